#pragma once

// Thin helpers over libpq's connection behind a QPSQL connection, for what Qt's driver does not expose: scripts
// of several statements and COPY ... FROM STDIN (the bulk-load path). Only models/storage includes this.

#include "domain/result.h"

#include <QSqlDatabase>

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
/// Keeps the server's notices ("role is already a member…") off stderr.
void silenceNotices(PGconn *conn);
/// Appends a value to a COPY text-format line, escaped; null writes \N.
void appendCopyText(QByteArray &line, const QString &value);

} // namespace Uptake::Pg
