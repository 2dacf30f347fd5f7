#pragma once

// Running SQL on a workspace file directly, bypassing Uptake (to build hostile or foreign files in tests).

#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace Uptake::Test {

/// Runs sql on the SQLite file at path; whether it succeeded.
inline bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace Uptake::Test
