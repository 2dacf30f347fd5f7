#include "rowscan.h"

#include "dialect.h"
#include "sqliteutil.h"

#include <QSqlError>

#include <sqlite3.h>

namespace Uptake {

RowScan::RowScan(const QSqlDatabase &db, const QString &sql)
{
    if (Dialect::isPostgres(db)) {
        m_query.emplace(db);
        if (!m_query->prepare(sql)) {
            m_error = m_query->lastError().text();
            m_query.reset();
        }
        return;
    }
    sqlite3 *handle = Sqlite::handle(db);
    if (!handle) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RowScan::~RowScan()
{
    sqlite3_finalize(m_stmt);
}

void RowScan::bind(const QList<qint64> &values)
{
    if (m_query) {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query->bindValue(int(i), values.at(i));
        return;
    }
    if (!m_stmt)
        return;
    for (qsizetype i = 0; i < values.size(); ++i)
        sqlite3_bind_int64(m_stmt, int(i + 1), values.at(i));
}

bool RowScan::next()
{
    if (m_query) {
        if (!m_executed) {
            m_executed = true;
            if (!m_query->exec()) {
                m_error = m_query->lastError().text();
                return false;
            }
        }
        return m_query->next();
    }
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    return false;
}

qint64 RowScan::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

double RowScan::real(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_stmt, column);
}

bool RowScan::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace Uptake
