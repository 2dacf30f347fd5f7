#include "sqliteutil.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Uptake::Sqlite {

sqlite3 *handle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

Status exec(sqlite3 *db, const char *sql)
{
    if (!db)
        return Status::failure(QStringLiteral("no database connection"));
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Status::failure(text);
}

} // namespace Uptake::Sqlite
