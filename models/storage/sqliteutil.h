#pragma once

// Thin helpers over the raw sqlite3 handle, for what Qt's driver does not expose: multi-statement
// scripts, connection flags, the backup API and the bulk-insert hot path. Only models/storage and
// models/import include this.

#include "domain/result.h"

#include <QSqlDatabase>

struct sqlite3;

namespace Uptake::Sqlite {

/// The raw handle behind a QSQLITE connection (nullptr if it is not one).
sqlite3 *handle(const QSqlDatabase &db);
/// Runs one or more SQL statements without results.
Status exec(sqlite3 *db, const char *sql);

} // namespace Uptake::Sqlite
