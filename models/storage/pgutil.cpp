#include "pgutil.h"

#include "dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <cctype>

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

Status beginCopyIn(PGconn *conn, const QByteArray &copyStatement)
{
    if (!conn)
        return Status::failure(QCoreApplication::translate("Uptake::Pg", "The server connection is not open."));
    PGresult *start = PQexec(conn, copyStatement.constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    const QString error = copying ? QString() : resultError(conn, start);
    PQclear(start);
    if (!copying) {
        drain(conn);
        return Status::failure(error);
    }
    return {};
}

Status putCopyData(PGconn *conn, const QByteArray &data)
{
    constexpr qsizetype Chunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += Chunk) {
        const qsizetype n = std::min(Chunk, data.size() - at);
        if (PQputCopyData(conn, data.constData() + at, int(n)) != 1)
            return Status::failure(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    }
    return {};
}

Status endCopyIn(PGconn *conn, const QByteArray &abortReason)
{
    const bool abort = !abortReason.isEmpty();
    QString error;
    if (PQputCopyEnd(conn, abort ? abortReason.constData() : nullptr) != 1)
        error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const Status finished = drain(conn);
    if (!error.isEmpty())
        return Status::failure(error);
    if (abort)
        return Status::failure(QString::fromUtf8(abortReason));
    return finished;
}

Status copyOut(PGconn *conn, const QByteArray &copyStatement, const std::function<bool(const char *, int)> &onRow)
{
    if (!conn)
        return Status::failure(QCoreApplication::translate("Uptake::Pg", "The server connection is not open."));
    PGresult *start = PQexec(conn, copyStatement.constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_OUT;
    QString error = copying ? QString() : resultError(conn, start);
    PQclear(start);
    if (!copying) {
        drain(conn);
        return Status::failure(error);
    }
    bool stopped = false;
    for (;;) {
        char *row = nullptr;
        const int n = PQgetCopyData(conn, &row, 0);
        if (n < 0) {
            if (n == -2 && error.isEmpty())
                error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
            break;
        }
        if (!stopped && !onRow(row, n)) {
            stopped = true;
            // Ask the server to stop sending; what is already under way is read and dropped below.
            if (PGcancel *cancel = PQgetCancel(conn)) {
                char message[256];
                PQcancel(cancel, message, sizeof message);
                PQfreeCancel(cancel);
            }
        }
        PQfreemem(row);
    }
    const Status finished = drain(conn);
    if (stopped)
        return Status::failure(QCoreApplication::translate("Uptake::Pg", "Stopped."));
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
    appendCopyBytes(line, utf8.constData(), utf8.size());
}

void appendCopyBytes(QByteArray &line, const char *utf8, qsizetype size)
{
    for (const char *p = utf8, *end = utf8 + size; p != end; ++p) {
        const char c = *p;
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

bool unescapeCopyField(const char *field, qsizetype size, QByteArray &out)
{
    out.clear();
    if (size == 2 && field[0] == '\\' && field[1] == 'N')
        return false;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        const char c = field[i];
        if (c != '\\' || i + 1 == size) {
            out += c;
            continue;
        }
        const char e = field[++i];
        switch (e) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'v':
            out += '\v';
            break;
        default:
            if (e >= '0' && e <= '7') { // up to three octal digits
                int v = e - '0';
                for (int k = 0; k < 2 && i + 1 < size && field[i + 1] >= '0' && field[i + 1] <= '7'; ++k)
                    v = v * 8 + (field[++i] - '0');
                out += char(v);
            } else if (e == 'x' && i + 1 < size && std::isxdigit(uchar(field[i + 1]))) {
                int v = 0;
                for (int k = 0; k < 2 && i + 1 < size && std::isxdigit(uchar(field[i + 1])); ++k) {
                    const char h = field[++i];
                    v = v * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                }
                out += char(v);
            } else {
                out += e; // \\ and any other escaped character stand for themselves
            }
        }
    }
    return true;
}

} // namespace Uptake::Pg
