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

/// Writes a consistent, self-contained copy of source's main database to target through the backup API.
/// The copy is built in a temporary file beside target, flushed to disk, then renamed over target and the
/// folder flushed: a crash or power cut leaves either the old target (or none) or the complete copy.
Status copyDatabase(sqlite3 *source, const QString &target);
/// The same, reading the database file at sourcePath through a read-only connection of its own.
Status copyDatabaseFile(const QString &sourcePath, const QString &target);
/// Flushes a file (or a folder's entries) to stable storage.
bool syncPath(const QString &path);

} // namespace Uptake::Sqlite
