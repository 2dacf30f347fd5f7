#include "pgutil.h"

#include "dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace Uptake::Pg {

namespace {

/// The error of a result (or of the connection when there is none), read-only refusals worded for people.
QString resultError(PGconn *conn, const PGresult *result)
{
    if (result) {
        const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        if (const QString refusal = Dialect::refusalMessage(QString::fromLatin1(state ? state : ""));
            !refusal.isEmpty())
            return refusal;
        const char *message = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        if (message && *message)
            return QString::fromUtf8(message);
    }
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

/// Reads every pending result; the first error wins.
Status drain(PGconn *conn)
{
    QString error;
    while (PGresult *r = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(r);
        if (error.isEmpty() && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
            error = resultError(conn, r);
        PQclear(r);
    }
    return error.isEmpty() ? Status() : Status::failure(error);
}

} // namespace

PGconn *handle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.data());
}

Status exec(PGconn *conn, const QByteArray &sql)
{
    if (!conn)
        return Status::failure(QCoreApplication::translate("Uptake::Pg", "The server connection is not open."));
    if (!PQsendQuery(conn, sql.constData()))
        return Status::failure(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    return drain(conn);
}

Status copyIn(PGconn *conn, const QByteArray &copyStatement, const QByteArray &data)
{
    if (!conn)
        return Status::failure(QCoreApplication::translate("Uptake::Pg", "The server connection is not open."));
    PGresult *start = PQexec(conn, copyStatement.constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    QString error = copying ? QString() : resultError(conn, start);
    PQclear(start);
    if (!copying) {
        drain(conn);
        return Status::failure(error);
    }
    // Chunks of at most 1 MiB: libpq buffers what it sends.
    constexpr qsizetype Chunk = 1 << 20;
    for (qsizetype at = 0; at < data.size() && error.isEmpty(); at += Chunk) {
        const qsizetype n = std::min(Chunk, data.size() - at);
        if (PQputCopyData(conn, data.constData() + at, int(n)) != 1)
            error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    }
    if (PQputCopyEnd(conn, error.isEmpty() ? nullptr : "aborted by Uptake") != 1 && error.isEmpty())
        error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const Status finished = drain(conn);
    if (!error.isEmpty())
        return Status::failure(error);
    return finished;
}

void silenceNotices(PGconn *conn)
{
    if (conn)
        PQsetNoticeProcessor(
            conn, [](void *, const char *) {}, nullptr);
}

void appendCopyText(QByteArray &line, const QString &value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

} // namespace Uptake::Pg
