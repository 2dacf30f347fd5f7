#include "serverschema.h"

#include "dialect.h"
#include "pgutil.h"
#include "schema.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Uptake::ServerSchema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Uptake::ServerSchema", text);
}

using Tables = QMap<QString, QStringList>; ///< table → its columns, in order

/// The tables and columns migrations 1..version make, read from an in-memory SQLite database built by them.
const Tables &expectedTables(int version)
{
    static QMap<int, Tables> cache;
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    if (auto it = cache.constFind(version); it != cache.cend())
        return *it;
    Tables tables;
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    for (int v = 1; v <= version && v <= Schema::CurrentVersion; ++v)
        sqlite3_exec(db, Schema::Migrations[size_t(v - 1)], nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
                       "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables[QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))].append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return *cache.insert(version, tables);
}

Status run(const QSqlDatabase &db, const QString &sql)
{
    return Pg::exec(Pg::handle(db), sql.toUtf8());
}

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

QString literal(const QString &text)
{
    QString q = text;
    q.replace(u'\'', u"''"_s);
    return u'\'' + q + u'\'';
}

Status migrate(const QSqlDatabase &db, int from, int to)
{
    QString script = Dialect::postgresPreamble();
    for (int v = from + 1; v <= to; ++v)
        script += Dialect::migrationSql(Dialect::Backend::PostgreSQL, v) + u";\n"_s;
    script +=
        u"INSERT INTO meta (key, value) VALUES ('%1', '%2') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value;\n"_s.arg(QString::fromUtf8(Dialect::SchemaVersionKey))
            .arg(to);
    return run(db, u"BEGIN;\n"_s + script + u"COMMIT;"_s);
}

} // namespace

QString editorRole(const QString &database)
{
    return database + u"_editor"_s;
}

QString readerRole(const QString &database)
{
    return database + u"_reader"_s;
}

Result<bool> isEmpty(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s) || !q.next())
        return Result<bool>::failure(Dialect::errorText(q.lastError()));
    return q.value(0).toLongLong() == 0;
}

Status create(const QSqlDatabase &db, const QTimeZone &timeZone)
{
    const auto empty = isEmpty(db);
    if (!empty)
        return Status::failure(empty.error());
    if (!*empty)
        return Status::failure(tr("The database is not empty: Uptake creates a team workspace only in an empty "
                                  "database."));
    QString script = Dialect::postgresPreamble();
    for (int v = 1; v <= Schema::CurrentVersion; ++v)
        script += Dialect::migrationSql(Dialect::Backend::PostgreSQL, v) + u";\n"_s;
    script +=
        u"INSERT INTO meta (key, value) VALUES ('%1', '%2');\n"_s.arg(QString::fromUtf8(Dialect::SchemaVersionKey))
            .arg(Schema::CurrentVersion);
    script +=
        u"INSERT INTO meta (key, value) VALUES ('timezone', %1);\n"_s.arg(literal(QString::fromUtf8(timeZone.id())));
    return run(db, u"BEGIN;\n"_s + script + u"COMMIT;"_s);
}

Status upgrade(const QSqlDatabase &db, int fromVersion)
{
    return migrate(db, fromVersion, Schema::CurrentVersion);
}

QStringList problems(const QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
                "ORDER BY table_name, ordinal_position"_s))
        return {tr("its schema cannot be read (%1)").arg(Dialect::errorText(q.lastError()))};
    Tables actual;
    while (q.next())
        actual[q.value(0).toString()].append(q.value(1).toString());
    QStringList result;
    QStringList missing;
    const Tables &expected = expectedTables(version);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend()) {
            missing.append(it.key());
            continue;
        }
        QStringList wrong;
        for (const QString &c : *it)
            if (!found->contains(c))
                wrong.append(tr("column %1 is missing").arg(c));
        for (const QString &c : *found)
            if (!it->contains(c))
                wrong.append(tr("column %1 is unknown").arg(c));
        if (!wrong.isEmpty())
            result.append(tr("in table %1 %2").arg(it.key(), wrong.join(u", "_s)));
    }
    if (!missing.isEmpty())
        result.prepend(tr("it lacks parts every Uptake workspace has (%1)").arg(missing.join(u", "_s)));
    return result;
}

bool canWrite(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT has_table_privilege('public.pilot', 'INSERT')"_s) && q.next() && q.value(0).toBool();
}

Result<InitReport> initialize(const QSqlDatabase &db, const QTimeZone &timeZone, const QStringList &editors,
                              const QStringList &readers)
{
    using R = Result<InitReport>;
    InitReport report;
    const QString database = db.databaseName();
    static const QRegularExpression plainName(u"^[a-z_][a-z0-9_]{0,40}$"_s);
    if (!plainName.match(database).hasMatch())
        return R::failure(tr("Name the database with lower-case letters, digits and underscores only (“%1” is "
                             "not): its roles are named after it.")
                              .arg(database));
    for (const QString &login : editors + readers)
        if (!plainName.match(login).hasMatch())
            return R::failure(
                tr("“%1” is not a valid user name: use lower-case letters, digits and underscores.").arg(login));

    const auto empty = isEmpty(db);
    if (!empty)
        return R::failure(empty.error());
    if (*empty) {
        if (auto s = create(db, timeZone); !s)
            return R::failure(s.error());
        report.created = true;
    } else {
        QSqlQuery q(db);
        const bool hasMeta =
            q.exec(u"SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'meta'"_s) && q.next();
        q.finish();
        const int version = hasMeta ? Dialect::schemaVersion(db) : 0;
        if (version < 1)
            return R::failure(tr("The database “%1” already holds tables that are not an Uptake workspace; "
                                 "server-init only sets up an empty database or an existing team workspace.")
                                  .arg(database));
        if (version > Schema::CurrentVersion)
            return R::failure(tr("The team workspace “%1” was set up by a newer version of Uptake (format %2; this "
                                 "version knows up to %3).")
                                  .arg(database)
                                  .arg(version)
                                  .arg(Schema::CurrentVersion));
        if (const QStringList wrong = problems(db, version); !wrong.isEmpty())
            return R::failure(
                tr("The team workspace “%1” was changed outside Uptake: %2.").arg(database, wrong.join(u"; "_s)));
        if (version < Schema::CurrentVersion) {
            if (auto s = upgrade(db, version); !s)
                return R::failure(s.error());
            report.upgradedFrom = version;
        }
    }

    const QString editor = editorRole(database);
    const QString reader = readerRole(database);
    QString script = u"BEGIN;\n"_s;
    for (const QString &role : {editor, reader})
        script += u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                  "CREATE ROLE %2 NOLOGIN; END IF; END $$;\n"_s.arg(literal(role), quoted(role));
    const QString db_ = quoted(database);
    script += uR"sql(
REVOKE ALL ON DATABASE %1 FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2, %3;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO %2, %3;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO %3;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM %3;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %2;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %2;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO %3;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %3;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %2;
)sql"_s.arg(db_, quoted(editor), quoted(reader));
    auto addLogins = [&script, &report](const QStringList &logins, const QString &group) {
        for (const QString &login : logins) {
            script += u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                      "CREATE ROLE %2 LOGIN; END IF; END $$;\nGRANT %3 TO %2;\n"_s.arg(literal(login), quoted(login),
                                                                                       quoted(group));
            report.logins.append(login + u" → "_s + group);
        }
    };
    addLogins(editors, editor);
    addLogins(readers, reader);
    script += u"COMMIT;"_s;
    if (auto s = run(db, script); !s)
        return R::failure(tr("Cannot set up the roles of “%1”: %2").arg(database, s.error()));
    report.roles = {editor, reader};
    return report;
}

} // namespace Uptake::ServerSchema
