#include "workspacecopy.h"

#include "dialect.h"
#include "pgutil.h"
#include "schema.h"
#include "serverschema.h"
#include "sqliteutil.h"
#include "workspace.h"
#include "workspacelock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Uptake::WorkspaceCopy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Uptake::WorkspaceCopy", text);
}

/// How SQLite stores a column's values (its type affinity, from the declared type).
enum class Affinity { Integer, Real, Numeric, Text };

Affinity affinityOf(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(u"INT"_s))
        return Affinity::Integer;
    if (t.contains(u"CHAR"_s) || t.contains(u"CLOB"_s) || t.contains(u"TEXT"_s) || t.contains(u"BLOB"_s) || t.isEmpty())
        return Affinity::Text;
    if (t.contains(u"REAL"_s) || t.contains(u"FLOA"_s) || t.contains(u"DOUB"_s))
        return Affinity::Real;
    return Affinity::Numeric;
}

/// One table as the schema's migrations make it.
struct Table
{
    QString name;
    QStringList columns;
    QList<Affinity> affinities;
    QStringList primaryKey;     ///< in key order
    QStringList references;     ///< the tables its foreign keys name
    QList<QVariantList> seeded; ///< the rows a new workspace already has (program's single row)
};

/// The meta table: settings kept by key, merged into the target rather than copied (the schema version stays
/// the target's own, see Dialect::SchemaVersionKey).
const QString MetaTable = u"meta"_s;

QString text(sqlite3_stmt *stmt, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt, column)) : QString();
}

QVariant sqliteValue(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    default:
        return QVariant(text(stmt, column));
    }
}

/// The tables of the current schema in copy order, read from an in-memory database built by the migrations.
const QList<Table> &tables()
{
    static QList<Table> ordered;
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    if (!ordered.isEmpty())
        return ordered;
    QMap<QString, Table> byName;
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    for (const char *migration : Schema::Migrations)
        sqlite3_exec(db, migration, nullptr, nullptr, nullptr);
    auto each = [db](const QByteArray &sql, const std::function<void(sqlite3_stmt *)> &row) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK)
            while (sqlite3_step(stmt) == SQLITE_ROW)
                row(stmt);
        sqlite3_finalize(stmt);
    };
    each("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
         "ORDER BY name",
         [&byName](sqlite3_stmt *s) {
             Table t;
             t.name = text(s, 0);
             byName.insert(t.name, t);
         });
    for (Table &t : byName) {
        QMap<int, QString> key;
        each("SELECT name, type, pk FROM pragma_table_info('" + t.name.toUtf8() + "') ORDER BY cid",
             [&t, &key](sqlite3_stmt *s) {
                 t.columns.append(text(s, 0));
                 t.affinities.append(affinityOf(text(s, 1)));
                 if (const int pk = sqlite3_column_int(s, 2); pk > 0)
                     key.insert(pk, text(s, 0));
             });
        t.primaryKey = key.values();
        each("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('" + t.name.toUtf8() + "')",
             [&t](sqlite3_stmt *s) {
                 const QString target = text(s, 0);
                 if (target != t.name && !t.references.contains(target))
                     t.references.append(target);
             });
        QStringList quotedColumns;
        for (const QString &c : std::as_const(t.columns))
            quotedColumns.append(u'"' + c + u'"');
        each("SELECT " + quotedColumns.join(u", "_s).toUtf8() + " FROM \"" + t.name.toUtf8() + '"',
             [&t](sqlite3_stmt *s) {
                 QVariantList row;
                 for (int c = 0; c < t.columns.size(); ++c)
                     row.append(sqliteValue(s, c));
                 t.seeded.append(row);
             });
    }
    sqlite3_close(db);
    // Each table after the tables it references (Kahn's algorithm; ties in name order, so the order is stable).
    QStringList done;
    while (done.size() < byName.size()) {
        bool progressed = false;
        for (const Table &t : std::as_const(byName)) {
            if (done.contains(t.name))
                continue;
            bool ready = true;
            for (const QString &r : t.references)
                ready = ready && (done.contains(r) || !byName.contains(r));
            if (ready) {
                done.append(t.name);
                ordered.append(t);
                progressed = true;
            }
        }
        if (!progressed) { // a cycle of foreign keys: the schema has none; copy the rest in name order
            for (const Table &t : std::as_const(byName))
                if (!done.contains(t.name)) {
                    done.append(t.name);
                    ordered.append(t);
                }
        }
    }
    return ordered;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QString columnList(const Table &t)
{
    QStringList q;
    for (const QString &c : t.columns)
        q.append(quoted(c));
    return q.join(u", "_s);
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/// Rows between progress reports and cancel checks: a few milliseconds of work.
constexpr qint64 ReportEvery = 4096;

QString nextConnectionName(const char *what)
{
    static QAtomicInteger<quint64> counter;
    return u"uptake-%1-%2"_s.arg(QString::fromLatin1(what)).arg(counter.fetchAndAddRelaxed(1) + 1);
}

/// Closes a named connection when it goes out of scope (after every QSqlDatabase copy of it is gone).
struct ConnectionCloser
{
    QString name;
    ~ConnectionCloser()
    {
        if (!name.isEmpty())
            Workspace::closeConnection(name);
    }
};

bool sameValue(const QVariant &expected, const QVariant &actual)
{
    if (expected.isNull() || actual.isNull())
        return expected.isNull() == actual.isNull();
    if (expected.typeId() == QMetaType::LongLong)
        return actual.toLongLong() == expected.toLongLong();
    if (expected.typeId() == QMetaType::Double)
        return actual.toDouble() == expected.toDouble();
    return actual.toString() == expected.toString();
}

/// The number of rows of each table, in the connection's current transaction.
Result<QMap<QString, qint64>> rowCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    QSqlQuery q(db);
    for (const Table &t : tables()) {
        if (!q.exec(u"SELECT count(*) FROM "_s + quoted(t.name)) || !q.next())
            return Result<QMap<QString, qint64>>::failure(Dialect::errorText(q.lastError()));
        counts.insert(t.name, q.value(0).toLongLong());
    }
    return counts;
}

/// Writes one SQLite value as a field of a COPY text-format row.
void appendField(QByteArray &line, sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        line += "\\N";
        break;
    case SQLITE_INTEGER:
        line += QByteArray::number(qint64(sqlite3_column_int64(stmt, column)));
        break;
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(stmt, column);
        if (std::isnan(v))
            line += "NaN";
        else if (std::isinf(v))
            line += v > 0 ? "Infinity" : "-Infinity";
        else
            line += QByteArray::number(v, 'g', 17); // 17 significant digits: the same double on the other side
        break;
    }
    default: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        Pg::appendCopyBytes(line, p, sqlite3_column_bytes(stmt, column));
    }
    }
}

constexpr auto UpsertMetaPg = R"sql(
INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
)sql";
constexpr auto UpsertMetaSqlite = "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)";
// Id counters continue after the largest id copied (setval with is_called false: nextval returns exactly that).
constexpr auto SelectCounters = R"sql(
SELECT table_name, column_name FROM information_schema.columns
WHERE table_schema = 'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
ORDER BY table_name, column_name
)sql";
constexpr auto ResetCounter = R"sql(
SELECT setval(pg_get_serial_sequence(%1, %2), coalesce(max(%3), 0) + 1, false) FROM %4
)sql";

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

QString cancelledMessage()
{
    return tr("Cancelled: nothing was changed.");
}

QStringList tableOrder()
{
    QStringList names;
    for (const Table &t : tables())
        names.append(t.name);
    return names;
}

Result<QStringList> tablesWithContent(const QSqlDatabase &db)
{
    QStringList found;
    QSqlQuery q(db);
    for (const Table &t : tables()) {
        if (t.name == MetaTable)
            continue;
        if (t.seeded.isEmpty()) {
            if (!q.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(quoted(t.name))))
                return Result<QStringList>::failure(Dialect::errorText(q.lastError()));
            if (q.next())
                found.append(t.name);
            continue;
        }
        // A table a new workspace already fills (program): content is anything else in it.
        QStringList key;
        for (const QString &k : t.primaryKey)
            key.append(quoted(k));
        if (!q.exec(u"SELECT %1 FROM %2%3"_s.arg(columnList(t), quoted(t.name),
                                                 key.isEmpty() ? QString() : u" ORDER BY "_s + key.join(u", "_s))))
            return Result<QStringList>::failure(Dialect::errorText(q.lastError()));
        int row = 0;
        bool same = true;
        while (same && q.next()) {
            if (row >= t.seeded.size()) {
                same = false;
                break;
            }
            for (int c = 0; c < t.columns.size() && same; ++c)
                same = sameValue(t.seeded.at(row).at(c), q.value(c));
            ++row;
        }
        if (!same || row != t.seeded.size())
            found.append(t.name);
    }
    return found;
}

Result<Report> publish(const QString &localPath, const QString &serverUrl, const ProgressCallback &progress,
                       const std::atomic_bool *cancel)
{
    using R = Result<Report>;
    if (!Dialect::isServerUrl(serverUrl))
        return R::failure(tr("“%1” is not a team workspace address: write it as "
                             "postgresql://user@host:port/database.")
                              .arg(serverUrl));
    const auto address = Dialect::parseServerUrl(serverUrl);
    if (!address)
        return R::failure(address.error());
    const QString shown = address->displayUrl();
    if (Dialect::isServerUrl(localPath))
        return R::failure(tr("“%1” is a team workspace, not a workspace file.").arg(localPath));
    // Opening checks it really is a sound workspace of this version; read-only, so it may be open elsewhere.
    auto local = Workspace::open(localPath, Workspace::Access::ReadOnly);
    if (!local)
        return R::failure(local.error());
    sqlite3 *source = Sqlite::handle((*local)->database());

    ConnectionCloser closer{nextConnectionName("publish")};
    auto conn = Workspace::openConnection(serverUrl, closer.name);
    if (!conn)
        return R::failure(conn.error());
    QSqlDatabase server = *conn;
    PGconn *pg = Pg::handle(server);
    const int version = Dialect::schemaVersion(server);
    if (version < 1)
        return R::failure(tr("“%1” is not a team workspace yet: set the database up with uptake server-init "
                             "first, then publish into it.")
                              .arg(shown));
    if (version != Schema::CurrentVersion)
        return R::failure(tr("“%1” is a team workspace of format %2, this Uptake writes format %3: %4")
                              .arg(shown)
                              .arg(version)
                              .arg(Schema::CurrentVersion)
                              .arg(version < Schema::CurrentVersion
                                       ? tr("run uptake server-init on it to upgrade it first.")
                                       : tr("update Uptake to publish into it.")));
    if (const QStringList wrong = ServerSchema::problems(server, version); !wrong.isEmpty())
        return R::failure(tr("“%1” was changed outside Uptake, so nothing is published into it: %2.")
                              .arg(shown, wrong.join(u"; "_s)));
    if (!ServerSchema::canWrite(server))
        return R::failure(Dialect::readOnlyMessage());

    const QList<Table> &order = tables();
    QStringList all;
    for (const Table &t : order)
        all.append(quoted(t.name));
    // Nobody writes into the team workspace while it is filled (readers may still read the empty one).
    if (auto s = Pg::exec(pg, ("BEGIN; SET LOCAL lock_timeout = '15s'; LOCK TABLE " + all.join(u", "_s).toUtf8() +
                               " IN EXCLUSIVE MODE;"));
        !s)
        return R::failure(tr("Cannot publish into “%1”: %2").arg(shown, s.error()));
    auto rollback = [pg](const QString &why) {
        Pg::exec(pg, "ROLLBACK");
        return R::failure(why);
    };
    const auto content = tablesWithContent(server);
    if (!content)
        return rollback(tr("Cannot publish into “%1”: %2").arg(shown, content.error()));
    if (!content->isEmpty())
        return rollback(tr("The team workspace “%1” is not empty (it has rows in %2). Uptake publishes only into "
                           "an empty team workspace, so that nothing on the server is overwritten: set up a new "
                           "database with uptake server-init and publish into that.")
                            .arg(shown, content->join(u", "_s)));

    // One read transaction on the file: a consistent snapshot even if another Uptake edits it meanwhile.
    if (auto s = Sqlite::exec(source, "BEGIN"); !s)
        return rollback(s.error());
    struct EndRead
    {
        sqlite3 *db;
        ~EndRead() { Sqlite::exec(db, "ROLLBACK"); }
    } endRead{source};
    const auto counts = rowCounts((*local)->database());
    if (!counts)
        return rollback(counts.error());
    Progress p;
    p.tables = int(order.size());
    for (qint64 n : *counts)
        p.totalRows += n;
    Report report;

    for (const Table &t : order) {
        ++p.table;
        p.tableName = t.name;
        if (progress)
            progress(p);
        if (cancelled(cancel))
            return rollback(cancelledMessage());
        sqlite3_stmt *read = nullptr;
        const QByteArray select = "SELECT " + columnList(t).toUtf8() + " FROM " + quoted(t.name).toUtf8();
        if (sqlite3_prepare_v2(source, select.constData(), -1, &read, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(source));
            sqlite3_finalize(read);
            return rollback(tr("Cannot read the table %1 of the workspace file: %2").arg(t.name, why));
        }
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> readGuard(read, sqlite3_finalize);
        qint64 rows = 0;
        int step = SQLITE_ROW;
        if (t.name == MetaTable) {
            // Settings merge by key; the schema version is the server's own.
            QSqlQuery upsert(server);
            upsert.prepare(QString::fromUtf8(UpsertMetaPg));
            while ((step = sqlite3_step(read)) == SQLITE_ROW) {
                const QString key = text(read, 0);
                if (key == QString::fromUtf8(Dialect::SchemaVersionKey))
                    continue;
                upsert.addBindValue(key);
                upsert.addBindValue(text(read, 1));
                if (!upsert.exec())
                    return rollback(
                        tr("Cannot copy the workspace settings: %1").arg(Dialect::errorText(upsert.lastError())));
                ++rows;
            }
        } else {
            if (!t.seeded.isEmpty())
                if (auto s = Pg::exec(pg, "DELETE FROM " + quoted(t.name).toUtf8()); !s)
                    return rollback(tr("Cannot copy the table %1: %2").arg(t.name, s.error()));
            const QByteArray copy = "COPY " + quoted(t.name).toUtf8() + " (" + columnList(t).toUtf8() + ") FROM STDIN";
            if (auto s = Pg::beginCopyIn(pg, copy); !s)
                return rollback(tr("Cannot copy the table %1: %2").arg(t.name, s.error()));
            QByteArray buffer;
            buffer.reserve(1 << 20);
            const int columns = int(t.columns.size());
            QString failure;
            while ((step = sqlite3_step(read)) == SQLITE_ROW) {
                for (int c = 0; c < columns; ++c) {
                    if (c)
                        buffer += '\t';
                    appendField(buffer, read, c);
                }
                buffer += '\n';
                ++rows;
                if (rows % ReportEvery == 0) {
                    if (cancelled(cancel)) {
                        failure = cancelledMessage();
                        break;
                    }
                    if (progress) {
                        Progress now = p;
                        now.rows += rows;
                        progress(now);
                    }
                }
                if (buffer.size() >= (1 << 20)) {
                    if (auto s = Pg::putCopyData(pg, buffer); !s) {
                        failure = s.error();
                        break;
                    }
                    buffer.clear();
                }
            }
            if (failure.isEmpty() && step != SQLITE_DONE)
                failure = QString::fromUtf8(sqlite3_errmsg(source));
            if (failure.isEmpty() && !buffer.isEmpty())
                if (auto s = Pg::putCopyData(pg, buffer); !s)
                    failure = s.error();
            const Status ended = Pg::endCopyIn(pg, failure.isEmpty() ? QByteArray() : failure.toUtf8());
            if (failure == cancelledMessage())
                return rollback(failure);
            if (!failure.isEmpty() || !ended)
                return rollback(
                    tr("Cannot copy the table %1: %2").arg(t.name, failure.isEmpty() ? ended.error() : failure));
        }
        if (step != SQLITE_DONE && step != SQLITE_ROW)
            return rollback(tr("Cannot read the table %1 of the workspace file: %2")
                                .arg(t.name, QString::fromUtf8(sqlite3_errmsg(source))));
        p.rows += rows;
        report.rows += rows;
        report.rowsPerTable.insert(t.name, rows);
    }
    if (cancelled(cancel))
        return rollback(cancelledMessage());

    ++p.table;
    p.tableName.clear();
    if (progress)
        progress(p);
    // New rows made on the server after this must not collide with the copied ids.
    QSqlQuery counters(server);
    if (!counters.exec(QString::fromUtf8(SelectCounters)))
        return rollback(tr("Cannot publish into “%1”: %2").arg(shown, Dialect::errorText(counters.lastError())));
    QStringList resets;
    while (counters.next()) {
        const QString table = counters.value(0).toString();
        const QString column = counters.value(1).toString();
        resets.append(QString::fromUtf8(ResetCounter)
                          .trimmed()
                          .arg(literal(u"public."_s + quoted(table)), literal(column), quoted(column),
                               u"public."_s + quoted(table)));
    }
    counters.finish();
    if (!resets.isEmpty())
        if (auto s = Pg::exec(pg, (resets.join(u";\n"_s) + u';').toUtf8()); !s)
            return rollback(s.error() == Dialect::readOnlyMessage()
                                ? tr("Your role on the server may not reset the id counters of “%1”. Run uptake "
                                     "server-init on it again as the database's owner (that lets editors do it) and "
                                     "publish again.")
                                      .arg(shown)
                                : tr("Cannot publish into “%1”: %2").arg(shown, s.error()));
    if (auto s = Pg::exec(pg, "COMMIT"); !s)
        return rollback(tr("Cannot publish into “%1”: %2").arg(shown, s.error()));
    // Fresh statistics for the planner (the metrics' queries); only the tables' owner may, others skip quietly.
    if (!cancelled(cancel))
        Pg::exec(pg, "ANALYZE " + all.join(u", "_s).toUtf8());
    return report;
}

Result<Report> download(const QString &serverUrl, const QString &localPath, bool overwrite,
                        const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    using R = Result<Report>;
    const auto address = Dialect::parseServerUrl(serverUrl);
    if (!address)
        return R::failure(address.error());
    const QString shown = address->displayUrl();
    const QFileInfo info(localPath);
    const QString target = info.absoluteFilePath();
    const QString nativeTarget = QDir::toNativeSeparators(target);
    if (Dialect::isServerUrl(localPath))
        return R::failure(tr("“%1” is a team workspace, not a file to download into.").arg(localPath));
    if (info.isDir())
        return R::failure(tr("Cannot download into “%1”: it is a folder.").arg(nativeTarget));
    if (info.exists() && !overwrite)
        return R::failure(tr("Cannot download into “%1”: a file with that name already exists.").arg(nativeTarget));
    if (!info.absoluteDir().exists())
        return R::failure(tr("Cannot download into “%1”: the folder “%2” does not exist.")
                              .arg(nativeTarget, QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists())
        if (const auto owner = WorkspaceLock::owner(target))
            return R::failure(WorkspaceLock::lockedMessage(target, *owner));

    ConnectionCloser serverCloser{nextConnectionName("download")};
    auto conn = Workspace::openConnection(serverUrl, serverCloser.name);
    if (!conn)
        return R::failure(conn.error());
    QSqlDatabase server = *conn;
    PGconn *pg = Pg::handle(server);
    const int version = Dialect::schemaVersion(server);
    if (version < 1)
        return R::failure(tr("“%1” is not a team workspace: there is nothing to download.").arg(shown));
    if (version > Schema::CurrentVersion)
        return R::failure(tr("“%1” was set up by a newer version of Uptake (workspace format %2; this version "
                             "reads up to %3). Update Uptake to download it.")
                              .arg(shown)
                              .arg(version)
                              .arg(Schema::CurrentVersion));
    if (version < Schema::CurrentVersion)
        return R::failure(tr("“%1” was set up by an older version of Uptake; an editor must open it once (or run "
                             "uptake server-init) to upgrade it before it can be downloaded.")
                              .arg(shown));
    if (const QStringList wrong = ServerSchema::problems(server, version); !wrong.isEmpty())
        return R::failure(
            tr("“%1” was changed outside Uptake, so it is not downloaded: %2.").arg(shown, wrong.join(u"; "_s)));
    // One snapshot of the whole team workspace, however much others change it meanwhile.
    if (auto s = Pg::exec(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"); !s)
        return R::failure(tr("Cannot download “%1”: %2").arg(shown, s.error()));
    struct EndSnapshot
    {
        PGconn *conn;
        ~EndSnapshot() { Pg::exec(conn, "ROLLBACK"); }
    } endSnapshot{pg};
    QTimeZone zone = QTimeZone::utc();
    {
        QSqlQuery q(server);
        if (q.exec(u"SELECT value FROM meta WHERE key = 'timezone'"_s) && q.next())
            zone = QTimeZone(q.value(0).toString().toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
    }
    const auto counts = rowCounts(server);
    if (!counts)
        return R::failure(tr("Cannot download “%1”: %2").arg(shown, counts.error()));

    // Built beside the target under a name of its own, renamed into place only when complete. SQLite creates the
    // file, so it gets the permissions any new workspace file gets.
    QString temp;
    for (int attempt = 0; temp.isEmpty() || QFileInfo::exists(temp); ++attempt) {
        if (attempt == 100)
            return R::failure(
                tr("Cannot download into “%1”: no temporary file can be made beside it.").arg(nativeTarget));
        temp = info.absoluteDir().filePath(
            u".%1.downloading-%2"_s.arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    }
    struct RemoveTemp
    {
        QString path;
        ~RemoveTemp()
        {
            if (!path.isEmpty())
                for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
                    QFile::remove(path + suffix);
        }
    } removeTemp{temp};
    if (auto s = Workspace::createAtVersion(temp, Schema::CurrentVersion, zone); !s)
        return R::failure(tr("Cannot download into “%1”: %2").arg(nativeTarget, s.error()));

    Report report;
    {
        ConnectionCloser localCloser{nextConnectionName("download-file")};
        auto file = Workspace::openConnection(temp, localCloser.name);
        if (!file)
            return R::failure(file.error());
        sqlite3 *db = Sqlite::handle(*file);
        auto fail = [db](const QString &why) {
            Sqlite::exec(db, "ROLLBACK");
            return why;
        };
        // Secondary indexes are built after the load, not kept up to date row by row.
        QList<QByteArray> indexes;
        {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL", -1,
                               &stmt, nullptr);
            QList<QByteArray> names;
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                names.append(text(stmt, 0).toUtf8());
                indexes.append(text(stmt, 1).toUtf8());
            }
            sqlite3_finalize(stmt);
            if (auto s = Sqlite::exec(db, "BEGIN IMMEDIATE"); !s)
                return R::failure(s.error());
            for (const QByteArray &name : std::as_const(names))
                if (auto s = Sqlite::exec(db, QByteArray("DROP INDEX \"" + name + '"').constData()); !s)
                    return R::failure(fail(s.error()));
        }

        const QList<Table> &order = tables();
        Progress p;
        p.tables = int(order.size());
        for (qint64 n : *counts)
            p.totalRows += n;
        for (const Table &t : order) {
            ++p.table;
            p.tableName = t.name;
            if (progress)
                progress(p);
            if (cancelled(cancel))
                return R::failure(fail(cancelledMessage()));
            const bool meta = t.name == MetaTable;
            if (!t.seeded.isEmpty() && !meta)
                if (auto s = Sqlite::exec(db, QByteArray("DELETE FROM " + quoted(t.name).toUtf8()).constData()); !s)
                    return R::failure(fail(s.error()));
            QStringList placeholders;
            for (int c = 0; c < t.columns.size(); ++c)
                placeholders.append(u"?"_s);
            const QByteArray insert = meta ? QByteArray(UpsertMetaSqlite)
                                           : "INSERT INTO " + quoted(t.name).toUtf8() + " (" + columnList(t).toUtf8() +
                                                 ") VALUES (" + placeholders.join(u", "_s).toUtf8() + ')';
            sqlite3_stmt *write = nullptr;
            if (sqlite3_prepare_v2(db, insert.constData(), -1, &write, nullptr) != SQLITE_OK) {
                const QString why = QString::fromUtf8(sqlite3_errmsg(db));
                sqlite3_finalize(write);
                return R::failure(fail(tr("Cannot write the table %1: %2").arg(t.name, why)));
            }
            std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> writeGuard(write, sqlite3_finalize);
            QStringList key;
            for (const QString &k : t.primaryKey)
                key.append(quoted(k));
            // In key order: rows append to SQLite's b-trees instead of landing all over them.
            const QByteArray copy = "COPY (SELECT " + columnList(t).toUtf8() + " FROM " + quoted(t.name).toUtf8() +
                                    (key.isEmpty() ? QByteArray() : " ORDER BY " + key.join(u", "_s).toUtf8()) +
                                    ") TO STDOUT";
            const int columns = int(t.columns.size());
            qint64 rows = 0;
            QByteArray field;
            QString rowError;
            const Status copied = Pg::copyOut(pg, copy, [&](const char *line, int size) {
                if (size > 0 && line[size - 1] == '\n')
                    --size;
                const char *at = line;
                const char *end = line + size;
                bool skip = false;
                for (int c = 0; c < columns; ++c) {
                    const char *tab = static_cast<const char *>(memchr(at, '\t', size_t(end - at)));
                    const char *stop = tab ? tab : end;
                    if (!Pg::unescapeCopyField(at, stop - at, field)) {
                        sqlite3_bind_null(write, c + 1);
                    } else {
                        switch (t.affinities.at(c)) {
                        case Affinity::Integer:
                            sqlite3_bind_int64(write, c + 1, std::strtoll(field.constData(), nullptr, 10));
                            break;
                        case Affinity::Real:
                            sqlite3_bind_double(write, c + 1, std::strtod(field.constData(), nullptr));
                            break;
                        default:
                            sqlite3_bind_text(write, c + 1, field.constData(), int(field.size()), SQLITE_TRANSIENT);
                        }
                        if (meta && c == 0 && field == QByteArrayView(Dialect::SchemaVersionKey))
                            skip = true;
                    }
                    at = tab ? tab + 1 : end;
                }
                if (!skip) {
                    if (sqlite3_step(write) != SQLITE_DONE) {
                        rowError = QString::fromUtf8(sqlite3_errmsg(db));
                        sqlite3_reset(write);
                        return false;
                    }
                    sqlite3_reset(write);
                    ++rows;
                }
                if (rows % ReportEvery == 0 && rows > 0) {
                    if (cancelled(cancel))
                        return false;
                    if (progress) {
                        Progress now = p;
                        now.rows += rows;
                        progress(now);
                    }
                }
                return true;
            });
            if (cancelled(cancel))
                return R::failure(fail(cancelledMessage()));
            if (!rowError.isEmpty())
                return R::failure(fail(tr("Cannot write the table %1: %2").arg(t.name, rowError)));
            if (!copied)
                return R::failure(fail(tr("Cannot download the table %1: %2").arg(t.name, copied.error())));
            p.rows += rows;
            report.rows += rows;
            report.rowsPerTable.insert(t.name, rows);
        }
        ++p.table;
        p.tableName.clear();
        if (progress)
            progress(p);
        for (const QByteArray &sql : std::as_const(indexes))
            if (auto s = Sqlite::exec(db, sql.constData()); !s)
                return R::failure(fail(s.error()));
        if (cancelled(cancel))
            return R::failure(fail(cancelledMessage()));
        if (auto s = Sqlite::exec(db, "COMMIT"); !s)
            return R::failure(fail(s.error()));
    }
    if (!Sqlite::syncPath(temp))
        return R::failure(tr("Cannot download into “%1”: the file could not be written.").arg(nativeTarget));
    // Side files of an old workspace at the target belong to it, not to the copy.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(target + suffix);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
        return R::failure(
            tr("Cannot download into “%1”: %2").arg(nativeTarget, QString::fromLocal8Bit(strerror(errno))));
    removeTemp.path.clear();
    Sqlite::syncPath(info.absolutePath());
    return report;
}

} // namespace Uptake::WorkspaceCopy
