#pragma once

// Where SQLite and PostgreSQL differ, in one place. A workspace is either a local SQLite file (the default) or a
// team workspace on a PostgreSQL server, named by a postgresql:// URL. Repositories and the metric engine write
// SQL both understand; what cannot be written that way (DDL types, identity columns, schema versions, the
// PostgreSQL stand-ins for SQLite's boolean sums and JSON functions, error codes) is answered here.

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Uptake::Dialect {

enum class Backend { SQLite, PostgreSQL };

/// The back end behind a connection.
Backend backend(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db)
{
    return backend(db) == Backend::PostgreSQL;
}

/// True when location names a team workspace (postgresql:// or postgres://) rather than a file.
bool isServerUrl(const QString &location);

/// A team workspace's address, from a URL postgresql://user[:password]@host[:port]/database[?option=value&…].
/// The password may also come from PGPASSWORD or ~/.pgpass (libpq reads them when the URL has none).
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options; ///< libpq options (sslmode=…;connect_timeout=…) as QPSQL's connect options
    /// The URL without the password, for messages and window titles.
    QString displayUrl() const;
};
Result<ServerAddress> parseServerUrl(const QString &url);

/// Adds (but does not open) a QPSQL connection to address under connectionName.
QSqlDatabase addServerConnection(const ServerAddress &address, const QString &connectionName);

/// The SQL of schema migration version (1-based) for a back end: SQLite's as written in schema.h, PostgreSQL's
/// translated from it (integer types widened to 64 bits, REAL to double precision, identity ids, no WITHOUT
/// ROWID). One source for both, so their tables and columns cannot drift apart.
QString migrationSql(Backend backend, int version);

/// What a PostgreSQL database needs before the migrations run: the case-insensitive collation "nocase" and the
/// aggregates and functions that let SQLite's idioms (sum and max over comparisons, json_valid, json_extract)
/// mean the same there. Idempotent.
QString postgresPreamble();

/// A savepoint: all of what follows is kept (release) or none of it (rollback). SQLite opens a transaction for a
/// savepoint outside one; PostgreSQL needs BEGIN first, which this then issues and ends again.
class Savepoint
{
    Q_DISABLE_COPY_MOVE(Savepoint)
public:
    Savepoint(const QSqlDatabase &db, const QString &name);
    /// Rolls back when neither release() nor rollback() was called.
    ~Savepoint();
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    /// Keeps what was done since the savepoint; false (see error()) when that failed.
    bool release();
    /// Undoes what was done since the savepoint.
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_open = false;
    bool m_began = false; ///< PostgreSQL: this savepoint began the transaction
};

/// The channel a team workspace announces its changes on (payload: the table changed).
inline constexpr auto ChangeChannel = "uptake_changed";

/// The meta key under which a PostgreSQL workspace keeps its schema version (SQLite uses PRAGMA user_version).
inline constexpr auto SchemaVersionKey = "schema_version";
/// The schema version of a workspace, 0 when it has none.
int schemaVersion(const QSqlDatabase &db);

/// Who is editing through db, as other people should read it in a conflict: the server role on PostgreSQL, the
/// operating system's user name for a file.
QString currentUser(const QSqlDatabase &db);

/// Creates a scratch table of the connection (CREATE TEMP TABLE …, sql). A read-only connection may make its own
/// scratch tables on both back ends (PostgreSQL: in a transaction of its own that may write, when none is open).
Status createTempTable(const QSqlDatabase &db, const QString &sql);

/// Where a query that failed goes instead of being destroyed. A statement that fails inside a PostgreSQL
/// transaction leaves it aborted until it is rolled back, and meanwhile Qt's driver cannot free a prepared
/// statement: destroying the query then warns "Unable to free statement" and leaves the statement on the server.
/// So inside such a transaction the query is kept until Savepoint (or releaseRetired(), after a rollback) ends it;
/// anywhere else it goes at once.
void retire(QSqlQuery query);
/// Frees the queries retire() kept for db's connection; call once its failed transaction was rolled back.
void releaseRetired(const QSqlDatabase &db);

/// Runs a script of several statements (PostgreSQL: in one simple-protocol round trip).
Status execScript(const QSqlDatabase &db, const QString &sql);

/// A database error as people should read it: a write refused because the role may only read becomes a clear
/// read-only message instead of the server's "permission denied for table …".
QString errorText(const QSqlError &error);
/// True when error means the server refused a write the user's role is not allowed to make.
bool isPermissionDenied(const QSqlError &error);
/// The message shown when a reader tries to change a team workspace.
QString readOnlyMessage();
/// The message shown for a change to a team workspace that was opened read-only (Workspace::Access::ReadOnly).
QString openedReadOnlyMessage();
/// The message for a refused write by its SQLSTATE (42501: the role; 25006: opened read-only); empty for others.
QString refusalMessage(const QString &sqlState);

} // namespace Uptake::Dialect
