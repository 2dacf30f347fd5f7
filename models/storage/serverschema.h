#pragma once

// The schema and roles of a team workspace on PostgreSQL. The tables are the ones schema.h's migrations make
// (translated by Dialect::migrationSql); the version lives in meta.schema_version. Roles: <database>_editor may
// read and change everything, <database>_reader may only read; the server enforces both through grants.

#include "domain/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

namespace Uptake::ServerSchema {

/// Creates the schema in an empty database (one transaction): the dialect preamble, every migration, the
/// schema version and the time zone. Refuses a database that already has tables.
Status create(const QSqlDatabase &db, const QTimeZone &timeZone);

/// Upgrades an older team workspace to the current schema (one transaction).
Status upgrade(const QSqlDatabase &db, int fromVersion);

/// What is wrong with the tables and columns of a team workspace at schema version compared with those the
/// migrations make (the same comparison a file gets, less SQLite's types and indexes).
QStringList problems(const QSqlDatabase &db, int version);

/// True when the database's public schema holds no tables at all.
Result<bool> isEmpty(const QSqlDatabase &db);

/// The role names for a database: {editor, reader}.
QString editorRole(const QString &database);
QString readerRole(const QString &database);

/// What server-init did, for its report.
struct InitReport
{
    bool created = false; ///< the schema was created (false: it was there already)
    int upgradedFrom = 0; ///< the version it was upgraded from, 0 when not upgraded
    QStringList roles;    ///< the group roles that were created or refreshed
    QStringList logins;   ///< the login roles granted a group role
};

/// Sets a database up as a team workspace, idempotently: creates the schema (or upgrades it), creates the roles
/// <database>_editor and <database>_reader (NOLOGIN) if missing and (re)grants them their privileges, including
/// on tables future migrations add (editors may also move the id counters on, which publishing a workspace does); then
/// makes the named login roles (created when missing, LOGIN without a password: set one with ALTER ROLE … PASSWORD)
/// members of the editor or reader role. Refuses a database whose tables are not an Uptake workspace. Must run as the
/// database's owner or a superuser.
Result<InitReport> initialize(const QSqlDatabase &db, const QTimeZone &timeZone, const QStringList &editors,
                              const QStringList &readers);

/// True when the connected role may change the workspace (it holds INSERT on the pilot table).
bool canWrite(const QSqlDatabase &db);

} // namespace Uptake::ServerSchema
