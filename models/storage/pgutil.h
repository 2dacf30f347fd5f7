#pragma once

// Thin helpers over libpq's connection behind a QPSQL connection, for what Qt's driver does not expose: scripts
// of several statements and COPY ... FROM STDIN (the bulk-load path). Only models/storage includes this.

#include "domain/result.h"

#include <QSqlDatabase>

#include <functional>

struct pg_conn;
using PGconn = pg_conn;

namespace Uptake::Pg {

/// The libpq connection behind a QPSQL connection (nullptr if it is not one).
PGconn *handle(const QSqlDatabase &db);
/// Runs one or more statements without results; the error carries the server's message (or the read-only
/// message when the role may not write).
Status exec(PGconn *conn, const QByteArray &sql);
/// Runs "COPY … FROM STDIN" (text format) with data as its whole input.
Status copyIn(PGconn *conn, const QByteArray &copyStatement, const QByteArray &data);
/// Starts "COPY … FROM STDIN" (text format) for rows sent piecewise with putCopyData() and ended by endCopyIn().
Status beginCopyIn(PGconn *conn, const QByteArray &copyStatement);
/// Sends the next part of a COPY's input (whole lines or not: the server joins them).
Status putCopyData(PGconn *conn, const QByteArray &data);
/// Ends a COPY begun by beginCopyIn(): with an empty abortReason the rows are kept (the server's verdict is
/// returned), otherwise the COPY fails with that reason and nothing it sent stays.
Status endCopyIn(PGconn *conn, const QByteArray &abortReason = {});
/// Runs "COPY … TO STDOUT" (text format), handing each row (one line, its newline included) to onRow as it
/// arrives. When onRow returns false the server is told to stop and the result is a failure.
Status copyOut(PGconn *conn, const QByteArray &copyStatement, const std::function<bool(const char *, int)> &onRow);
/// Keeps the server's notices ("role is already a member…") off stderr.
void silenceNotices(PGconn *conn);
/// Appends a value to a COPY text-format line, escaped; null writes \N.
void appendCopyText(QByteArray &line, const QString &value);
/// The same for UTF-8 bytes as they are.
void appendCopyBytes(QByteArray &line, const char *utf8, qsizetype size);
/// Turns one field of a COPY text-format row back into its bytes (undoes the escapes); false for \N (null).
bool unescapeCopyField(const char *field, qsizetype size, QByteArray &out);

} // namespace Uptake::Pg
