#include "workspace.h"

#include "backups.h"
#include "dialect.h"
#include "expectedschema.h"
#include "pgutil.h"
#include "schema.h"
#include "serverschema.h"
#include "sqliteutil.h"
#include "workspacelock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>
#include <sys/vfs.h>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"uptake-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

quint32 bigEndian32(const char *p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8) |
           quint32(quint8(p[3]));
}

/// Lets SQLite roll back a hot journal beside path: a connection that may write reads the file once. Any failure
/// (another Uptake is writing, say) is left to the open that follows to report.
void rollBackHotJournal(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "PRAGMA user_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
}

Status runMigrations(QSqlDatabase &db, int from, int to)
{
    sqlite3 *handle = Sqlite::handle(db);
    if (auto s = Sqlite::exec(handle, "BEGIN IMMEDIATE"); !s)
        return s;
    for (int v = from + 1; v <= to; ++v) {
        Status s = Sqlite::exec(handle, Schema::Migrations[size_t(v - 1)]);
        if (!s) {
            Sqlite::exec(handle, "ROLLBACK");
            return Status::failure(
                QCoreApplication::translate("Uptake::Workspace", "Upgrading to schema version %1 failed: %2")
                    .arg(v)
                    .arg(s.error()));
        }
    }
    const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(Schema::ApplicationId) +
                               "; PRAGMA user_version = " + QByteArray::number(to) + ";";
    if (auto s = Sqlite::exec(handle, pragmas.constData()); !s) {
        Sqlite::exec(handle, "ROLLBACK");
        return s;
    }
    return Sqlite::exec(handle, "COMMIT");
}

/// Settings every connection gets: untrusted files cannot run anything, foreign keys are enforced.
Status configureConnection(QSqlDatabase &db, bool readOnly)
{
    sqlite3 *handle = Sqlite::handle(db);
    if (!handle)
        return Status::failure(
            QCoreApplication::translate("Uptake::Workspace", "The SQLite driver did not provide a connection handle."));
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    QByteArray pragmas = "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;";
    if (!readOnly)
        pragmas += " PRAGMA synchronous = NORMAL;";
    return Sqlite::exec(handle, pragmas.constData());
}

QSqlDatabase addConnection(const QString &path, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    return db;
}

/// Turns a change another client announced (the table it changed) into the Workspace's change signals.
void announceServerChange(Workspace *ws, const QString &table)
{
    static const QSet<QString> targets = {u"pilot_kpi"_s, u"annotation"_s};
    static const QSet<QString> data = {u"import_batch"_s, u"learner"_s,     u"course"_s,
                                       u"content"_s,      u"event"_s,       u"performance"_s,
                                       u"rejected_row"_s, u"learner_day"_s, u"learner_course_day"_s};
    if (table == u"program"_s)
        Q_EMIT ws->programChanged();
    else if (table == u"pilot"_s)
        Q_EMIT ws->pilotsChanged();
    else if (table == u"meta"_s)
        Q_EMIT ws->programChanged();
    else if (targets.contains(table))
        Q_EMIT ws->targetsChanged();
    else if (data.contains(table))
        Q_EMIT ws->dataChanged();
    else
        Q_EMIT ws->journeyChanged();
}

} // namespace

Workspace::Workspace(QString path, QString connectionName, Access access)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_access(access)
{}

Workspace::~Workspace()
{
    closeConnection(m_connectionName);
}

int Workspace::currentSchemaVersion()
{
    return Schema::CurrentVersion;
}

Result<FileHeader> Workspace::readHeader(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Result<FileHeader>::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot open “%1”: the file does not exist.")
                .arg(nativeName(path)));
    if (info.isDir())
        return Result<FileHeader>::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot open “%1”: it is a folder, not a workspace file.")
                .arg(nativeName(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Result<FileHeader>::failure(QCoreApplication::translate("Uptake::Workspace", "Cannot open “%1”: %2.")
                                               .arg(nativeName(path), file.errorString()));
    const QByteArray head = file.read(100);
    FileHeader header;
    header.isSqlite = head.size() == 100 && head.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (!header.isSqlite)
        return Result<FileHeader>::failure(
            QCoreApplication::translate("Uptake::Workspace",
                                        "“%1” is not an Uptake workspace: it is not an SQLite database file.")
                .arg(nativeName(path)));
    header.userVersion = int(bigEndian32(head.constData() + 60));
    header.applicationId = int(bigEndian32(head.constData() + 68));
    return header;
}

Result<QSqlDatabase> Workspace::openConnection(const QString &path, const QString &connectionName, Access access)
{
    if (Dialect::isServerUrl(path))
        return openServerConnection(path, connectionName, access);
    const bool readOnly = access == Access::ReadOnly;
    QSqlDatabase db = addConnection(path, connectionName, readOnly);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot open “%1”: %2").arg(nativeName(path), why));
    }
    if (auto s = configureConnection(db, readOnly); !s) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot open “%1”: %2").arg(nativeName(path), s.error()));
    }
    return db;
}

Result<QSqlDatabase> Workspace::openServerConnection(const QString &url, const QString &connectionName, Access access)
{
    const auto address = Dialect::parseServerUrl(url);
    if (!address)
        return Result<QSqlDatabase>::failure(address.error());
    QSqlDatabase db = Dialect::addServerConnection(*address, connectionName);
    if (!db.open()) {
        const QString why =
            db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot connect to the team workspace “%1”: %2")
                .arg(address->displayUrl(), why.trimmed()));
    }
    Pg::silenceNotices(Pg::handle(db));
    // Every date computation uses the workspace's zone, never the server's; ISO dates compare as text.
    QSqlQuery q(db);
    q.exec(u"SET TIME ZONE 'UTC'"_s);
    // Opened read-only, like a file opened read-only: the server refuses every change to the workspace (its
    // own scratch tables excepted, see Dialect::createTempTable), whatever the role may do.
    if (access == Access::ReadOnly)
        q.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    return db;
}

void Workspace::closeConnection(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        Dialect::releaseRetired(db); // none may outlive the connection
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Status Workspace::createAtVersion(const QString &path, int version, const QTimeZone &timeZone)
{
    if (version < 1 || version > Schema::CurrentVersion)
        return Status::failure(
            QCoreApplication::translate("Uptake::Workspace", "There is no schema version %1.").arg(version));
    const QString name = nextConnectionName();
    Status result;
    {
        QSqlDatabase db = addConnection(path, name, false);
        if (!db.open()) {
            result = Status::failure(QCoreApplication::translate("Uptake::Workspace", "Cannot create “%1”: %2")
                                         .arg(nativeName(path), db.lastError().text()));
        } else {
            result = configureConnection(db, false);
            if (result)
                result = runMigrations(db, 0, version);
            if (result) {
                QSqlQuery q(db);
                q.prepare(
                    u"INSERT INTO meta (key, value) VALUES ('timezone', ?), ('created_at', ?), ('created_by', ?)"_s);
                q.addBindValue(QString::fromUtf8(timeZone.id()));
                q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                q.addBindValue(u"Uptake " UPTAKE_VERSION ""_s);
                if (!q.exec())
                    result = Status::failure(q.lastError().text());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const QTimeZone &timeZone, bool overwrite)
{
    if (Dialect::isServerUrl(path))
        return createOnServer(path, timeZone);
    using R = Result<std::unique_ptr<Workspace>>;
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        return R::failure(QCoreApplication::translate("Uptake::Workspace",
                                                      "Cannot create “%1”: a file with that name already exists.")
                              .arg(nativeName(path)));
    if (info.isDir())
        return R::failure(QCoreApplication::translate("Uptake::Workspace", "Cannot create “%1”: it is a folder.")
                              .arg(nativeName(path)));
    if (!info.absoluteDir().exists())
        return R::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot create “%1”: the folder “%2” does not exist.")
                .arg(nativeName(path), nativeName(info.absolutePath())));
    if (!timeZone.isValid())
        return R::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot create “%1”: the time zone is not valid.")
                .arg(nativeName(path)));
    if (info.exists())
        if (const auto owner = WorkspaceLock::owner(path))
            return R::failure(WorkspaceLock::lockedMessage(path, *owner));

    const QString temp = info.absoluteFilePath() + u".creating"_s;
    QFile::remove(temp);
    if (auto s = createAtVersion(temp, Schema::CurrentVersion, timeZone); !s) {
        QFile::remove(temp);
        return R::failure(QCoreApplication::translate("Uptake::Workspace", "Cannot create “%1”: %2")
                              .arg(nativeName(path), s.error()));
    }
    // Move into place only once the whole file is built; stale side files of an old workspace go too.
    if (info.exists()) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(info.absoluteFilePath() + suffix);
    }
    if (!QFile::rename(temp, info.absoluteFilePath())) {
        QFile::remove(temp);
        return R::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot create “%1”: the file could not be written.")
                .arg(nativeName(path)));
    }
    return open(info.absoluteFilePath());
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Access access)
{
    using R = Result<std::unique_ptr<Workspace>>;
    if (Dialect::isServerUrl(path))
        return openOnServer(path, access);
    const auto header = readHeader(path);
    if (!header)
        return R::failure(header.error());
    const QString shown = nativeName(path);
    if (header->applicationId != Schema::ApplicationId)
        return R::failure(QCoreApplication::translate(
                              "Uptake::Workspace",
                              "“%1” is not an Uptake workspace: it is an SQLite database of another application.")
                              .arg(shown));
    if (header->userVersion > Schema::CurrentVersion)
        return R::failure(QCoreApplication::translate(
                              "Uptake::Workspace",
                              "“%1” was saved by a newer version of Uptake (workspace format %2; this version "
                              "reads up to %3). Update Uptake to open it.")
                              .arg(shown)
                              .arg(header->userVersion)
                              .arg(Schema::CurrentVersion));
    if (access == Access::ReadWrite && !QFileInfo(path).isWritable())
        return R::failure(
            QCoreApplication::translate("Uptake::Workspace",
                                        "Cannot open “%1” for editing: you do not have permission to write to it.")
                .arg(shown));

    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString name = nextConnectionName();
    // A command-line import that had the file to itself (DataWriter::takeWholeFile) and was killed leaves a hot
    // rollback journal beside it. SQLite rolls it back at the next read, but only on a connection that may write:
    // the read-only look below would fail on it. So a journal is handed to a writable connection first (one SQLite
    // opens when it reads the file anyway; a journal that is not hot is left alone).
    if (QFileInfo(absolute + u"-journal"_s).size() > 0 && QFileInfo(absolute).isWritable())
        rollBackHotJournal(absolute);
    // First look without writing anything: a damaged or foreign file must stay exactly as it is.
    int version = 0;
    QString problem;
    {
        auto probe = openConnection(absolute, name, Access::ReadOnly);
        if (!probe)
            return R::failure(probe.error());
        QSqlDatabase db = *probe;
        probe = Result<QSqlDatabase>::failure({});
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
            // SQLITE_BUSY (5, with its extended codes): a command-line import with the file to itself is writing.
            const bool busy = q.lastError().nativeErrorCode().toInt() % 256 == SQLITE_BUSY;
            problem = busy
                          ? QCoreApplication::translate("Uptake::Workspace",
                                                        "“%1” is being written by an import that has it to itself. "
                                                        "Open it again when the import has finished.")
                                .arg(shown)
                          : QCoreApplication::translate("Uptake::Workspace", "“%1” is damaged and cannot be read (%2).")
                                .arg(shown, q.lastError().text());
        } else {
            version = q.value(0).toInt();
            q.finish();
            if (version > Schema::CurrentVersion) {
                problem = QCoreApplication::translate(
                              "Uptake::Workspace",
                              "“%1” was saved by a newer version of Uptake (workspace format %2; this version "
                              "reads up to %3). Update Uptake to open it.")
                              .arg(shown)
                              .arg(version)
                              .arg(Schema::CurrentVersion);
            } else if (version < 1) {
                problem = QCoreApplication::translate(
                              "Uptake::Workspace",
                              "“%1” is damaged: it lacks parts every Uptake workspace has (schema version %2).")
                              .arg(shown)
                              .arg(version);
            } else if (const QStringList wrong = schemaProblems(db, version); !wrong.isEmpty()) {
                problem =
                    QCoreApplication::translate(
                        "Uptake::Workspace", "“%1” is damaged or was changed outside Uptake, so it is not opened: %2.")
                        .arg(shown, wrong.join(u"; "_s));
            }
        }
    }
    closeConnection(name);
    if (!problem.isEmpty())
        return R::failure(problem);

    QString backup;
    if (version < Schema::CurrentVersion) {
        if (access == Access::ReadOnly)
            return R::failure(QCoreApplication::translate(
                                  "Uptake::Workspace",
                                  "“%1” was saved by an older version of Uptake and must be upgraded before it can be "
                                  "opened read-only. Open it for editing once to upgrade it.")
                                  .arg(shown));
    }
    std::unique_ptr<WorkspaceLock> lock;
    if (access == Access::ReadWrite) {
        auto locked = WorkspaceLock::acquire(absolute);
        if (!locked)
            return R::failure(locked.error());
        lock = std::move(*locked);
    }
    if (version < Schema::CurrentVersion) {
        // Keep the file as it was before upgrading it (through SQLite, so a WAL left by a crash is included).
        auto kept = Backups::createFromFile(absolute, u"before-upgrade-v%1"_s.arg(version));
        if (!kept)
            return R::failure(
                QCoreApplication::translate("Uptake::Workspace", "Cannot upgrade “%1”: %2").arg(shown, kept.error()));
        backup = kept->path;
    }

    auto conn = openConnection(absolute, name, access);
    if (!conn)
        return R::failure(conn.error());
    std::unique_ptr<Workspace> ws(new Workspace(absolute, name, access));
    ws->m_migrationBackup = backup;
    ws->m_lock = std::move(lock);
    QSqlDatabase db = *conn;
    if (access == Access::ReadWrite) {
        sqlite3 *handle = Sqlite::handle(db);
        if (auto s = Sqlite::exec(handle, "PRAGMA journal_mode = WAL"); !s)
            return R::failure(
                QCoreApplication::translate("Uptake::Workspace", "Cannot open “%1”: %2").arg(shown, s.error()));
        if (version < Schema::CurrentVersion) {
            if (auto s = runMigrations(db, version, Schema::CurrentVersion); !s)
                return R::failure(QCoreApplication::translate("Uptake::Workspace",
                                                              "Cannot upgrade “%1”: %2 The file was left as it was.")
                                      .arg(shown, s.error()));
        }
    }
    QSqlQuery q(db);
    q.exec(u"SELECT value FROM meta WHERE key = 'timezone'"_s);
    ws->m_timeZone = q.next() ? QTimeZone(q.value(0).toString().toUtf8()) : QTimeZone::systemTimeZone();
    if (!ws->m_timeZone.isValid())
        ws->m_timeZone = QTimeZone::systemTimeZone();
    return R(std::move(ws));
}

Result<std::unique_ptr<Workspace>> Workspace::createOnServer(const QString &url, const QTimeZone &timeZone)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const QString name = nextConnectionName();
    {
        auto conn = openServerConnection(url, name);
        if (!conn)
            return R::failure(conn.error());
        const QString shown = Dialect::parseServerUrl(url)->displayUrl();
        if (auto s = ServerSchema::create(*conn, timeZone); !s) {
            conn = Result<QSqlDatabase>::failure({});
            closeConnection(name);
            return R::failure(
                QCoreApplication::translate("Uptake::Workspace", "Cannot create “%1”: %2").arg(shown, s.error()));
        }
    }
    closeConnection(name);
    return open(url);
}

Result<std::unique_ptr<Workspace>> Workspace::openOnServer(const QString &url, Access access)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const auto address = Dialect::parseServerUrl(url);
    if (!address)
        return R::failure(address.error());
    const QString shown = address->displayUrl();
    const QString name = nextConnectionName();
    auto conn = openServerConnection(url, name, access);
    if (!conn)
        return R::failure(conn.error());
    conn = Result<QSqlDatabase>::failure({}); // the Workspace owns the connection now
    std::unique_ptr<Workspace> ws(new Workspace(url, name, access));
    ws->m_server = true;
    ws->m_displayName = u"%1 (%2)"_s.arg(address->database, address->host);
    QString problem;
    {
        QSqlDatabase db = ws->database();
        QSqlQuery q(db);
        const bool hasMeta =
            q.exec(u"SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'meta'"_s) && q.next();
        q.finish();
        const int version = hasMeta ? Dialect::schemaVersion(db) : 0;
        // Readers are told now, not at their first edit: the server would refuse it anyway.
        if (version >= 1 && access == Access::ReadWrite && !ServerSchema::canWrite(db)) {
            ws->m_access = Access::ReadOnly;
            ws->m_readOnlyReason = Dialect::readOnlyMessage();
        }
        if (version < 1) {
            problem =
                QCoreApplication::translate("Uptake::Workspace", "“%1” is not a team workspace: set it up with uptake "
                                                                 "server-init, or create one in an empty database.")
                    .arg(shown);
        } else if (version > Schema::CurrentVersion) {
            problem = QCoreApplication::translate(
                          "Uptake::Workspace",
                          "“%1” was set up by a newer version of Uptake (workspace format %2; this version "
                          "reads up to %3). Update Uptake to open it.")
                          .arg(shown)
                          .arg(version)
                          .arg(Schema::CurrentVersion);
        } else if (const QStringList wrong = ServerSchema::problems(db, version); !wrong.isEmpty()) {
            problem = QCoreApplication::translate("Uptake::Workspace",
                                                  "“%1” was changed outside Uptake, so it is not opened: %2.")
                          .arg(shown, wrong.join(u"; "_s));
        } else if (version < Schema::CurrentVersion && ws->m_access == Access::ReadOnly) {
            problem = QCoreApplication::translate(
                          "Uptake::Workspace",
                          "“%1” was set up by an older version of Uptake; an editor must open it once (or "
                          "run uptake server-init) to upgrade it.")
                          .arg(shown);
        } else if (version < Schema::CurrentVersion) {
            if (auto s = ServerSchema::upgrade(db, version); !s)
                problem =
                    QCoreApplication::translate("Uptake::Workspace", "Cannot upgrade “%1”: %2").arg(shown, s.error());
        }
        if (problem.isEmpty()) {
            q.exec(u"SELECT value FROM meta WHERE key = 'timezone'"_s);
            ws->m_timeZone = q.next() ? QTimeZone(q.value(0).toString().toUtf8()) : QTimeZone::systemTimeZone();
            if (!ws->m_timeZone.isValid())
                ws->m_timeZone = QTimeZone::systemTimeZone();
        }
    }
    if (!problem.isEmpty())
        return R::failure(problem);
    // Changes others make show up without a restart: the server announces them (see Dialect::migrationSql).
    QSqlDriver *driver = ws->database().driver();
    if (driver && driver->subscribeToNotification(QString::fromUtf8(Dialect::ChangeChannel))) {
        Workspace *self = ws.get();
        connect(driver, &QSqlDriver::notification, self,
                [self](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (source == QSqlDriver::OtherSource)
                        announceServerChange(self, payload.toString());
                });
    }
    return R(std::move(ws));
}

QStringList Workspace::schemaProblems(const QSqlDatabase &db, int version)
{
    if (Dialect::isPostgres(db))
        return ServerSchema::problems(db, version);
    // Read through the raw handle, like the migrations' shape: no QSqlQuery and QVariant per column of ~40 tables.
    QString error;
    const SchemaShape actual = readSchemaShape(Sqlite::handle(db), &error);
    if (!error.isEmpty())
        return {QCoreApplication::translate("Uptake::Workspace", "its schema cannot be read (%1)").arg(error)};
    const SchemaShape &expected = expectedSchemaShape(version);
    QStringList problems;
    auto sorted = [](QStringList list) {
        list.sort();
        return list.join(u", "_s);
    };
    QStringList missing;
    for (auto it = expected.tables.cbegin(); it != expected.tables.cend(); ++it) {
        const auto found = actual.tables.constFind(it.key());
        if (found == actual.tables.cend()) {
            missing.append(it.key());
            continue;
        }
        QStringList wrongColumns;
        for (const SchemaColumn &c : *it) {
            const auto match =
                std::find_if(found->cbegin(), found->cend(), [&c](const SchemaColumn &a) { return a.name == c.name; });
            if (match == found->cend())
                wrongColumns.append(
                    QCoreApplication::translate("Uptake::Workspace", "column %1 is missing").arg(c.name));
            else if (!(*match == c))
                wrongColumns.append(
                    QCoreApplication::translate("Uptake::Workspace", "column %1 is not defined as Uptake defines it")
                        .arg(c.name));
        }
        for (const SchemaColumn &a : *found)
            if (std::none_of(it->cbegin(), it->cend(), [&a](const SchemaColumn &c) { return a.name == c.name; }))
                wrongColumns.append(
                    QCoreApplication::translate("Uptake::Workspace", "column %1 is unknown").arg(a.name));
        if (!wrongColumns.isEmpty())
            problems.append(QCoreApplication::translate("Uptake::Workspace", "in table %1 %2")
                                .arg(it.key(), wrongColumns.join(u", "_s)));
    }
    if (!missing.isEmpty())
        problems.prepend(
            QCoreApplication::translate("Uptake::Workspace", "it lacks parts every Uptake workspace has (%1)")
                .arg(sorted(missing)));
    QStringList missingIndexes;
    QStringList changedIndexes;
    QStringList foreignIndexes;
    for (auto it = expected.indexes.cbegin(); it != expected.indexes.cend(); ++it) {
        const auto found = actual.indexes.constFind(it.key());
        if (found == actual.indexes.cend())
            missingIndexes.append(it.key());
        else if (*found != *it)
            changedIndexes.append(it.key());
    }
    for (auto it = actual.indexes.cbegin(); it != actual.indexes.cend(); ++it)
        if (!expected.indexes.contains(it.key()))
            foreignIndexes.append(it.key());
    if (!missingIndexes.isEmpty())
        problems.append(
            QCoreApplication::translate("Uptake::Workspace", "indexes are missing (%1)").arg(sorted(missingIndexes)));
    if (!changedIndexes.isEmpty())
        problems.append(QCoreApplication::translate("Uptake::Workspace", "indexes differ from Uptake's (%1)")
                            .arg(sorted(changedIndexes)));
    if (!foreignIndexes.isEmpty())
        problems.append(QCoreApplication::translate("Uptake::Workspace", "it has indexes Uptake did not create (%1)")
                            .arg(sorted(foreignIndexes)));
    // Code of unknown origin: refused whatever it does.
    if (!actual.triggers.isEmpty())
        problems.append(QCoreApplication::translate(
                            "Uptake::Workspace",
                            "it contains triggers Uptake did not create, which could run code of unknown origin (%1)")
                            .arg(sorted(actual.triggers)));
    if (!actual.views.isEmpty())
        problems.append(QCoreApplication::translate(
                            "Uptake::Workspace",
                            "it contains views Uptake did not create, which could run code of unknown origin (%1)")
                            .arg(sorted(actual.views)));
    if (!actual.virtualTables.isEmpty())
        problems.append(
            QCoreApplication::translate("Uptake::Workspace", "it contains virtual tables Uptake did not create (%1)")
                .arg(sorted(actual.virtualTables.values())));
    return problems;
}

QString Workspace::networkFileSystemName(quint64 magic)
{
    switch (magic) {
    case 0x6969:
        return u"NFS"_s;
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return u"SMB/CIFS"_s;
    case 0x65735546:
        return u"FUSE (SSHFS, …)"_s;
    case 0x5346414F:
        return u"AFS"_s;
    case 0x73757245:
        return u"Coda"_s;
    case 0x01021997:
        return u"9P"_s;
    case 0x00C36400:
        return u"CephFS"_s;
    case 0x0BD00BD0:
        return u"Lustre"_s;
    case 0x564C:
        return u"NCP"_s;
    default:
        return {};
    }
}

QString Workspace::networkFileSystem(const QString &path)
{
    struct statfs info = {};
    const QByteArray name = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::statfs(name.constData(), &info) != 0)
        return {};
    return networkFileSystemName(quint64(quint32(info.f_type)));
}

QString Workspace::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    return QFileInfo(m_path).completeBaseName();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    return Dialect::schemaVersion(database());
}

Status Workspace::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return Status::failure(QCoreApplication::translate("Uptake::Workspace", "That time zone is not valid."));
    QSqlQuery q(database());
    q.prepare(
        u"INSERT INTO meta (key, value) VALUES ('timezone', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::fromUtf8(zone.id()));
    if (!q.exec())
        return Status::failure(QCoreApplication::translate("Uptake::Workspace", "Cannot change the time zone: %1")
                                   .arg(Dialect::errorText(q.lastError())));
    m_timeZone = zone;
    return {};
}

Status Workspace::saveAs(const QString &target) const
{
    if (isServer())
        return Status::failure(QCoreApplication::translate(
            "Uptake::Workspace", "A team workspace lives on its server; a local copy of it cannot be saved yet."));
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    if (absolute == m_path)
        return Status::failure(
            QCoreApplication::translate("Uptake::Workspace", "Choose a different file: “%1” is the workspace itself.")
                .arg(nativeName(target)));
    if (!info.absoluteDir().exists())
        return Status::failure(
            QCoreApplication::translate("Uptake::Workspace", "Cannot save a copy to “%1”: the folder does not exist.")
                .arg(nativeName(target)));
    if (const auto owner = WorkspaceLock::owner(absolute))
        return Status::failure(WorkspaceLock::lockedMessage(absolute, *owner));
    if (auto s = Sqlite::copyDatabase(Sqlite::handle(database()), absolute); !s)
        return Status::failure(QCoreApplication::translate("Uptake::Workspace", "Cannot save a copy to “%1”: %2")
                                   .arg(nativeName(target), s.error()));
    return {};
}

QString Workspace::quickCheck() const
{
    QSqlQuery q(database());
    if (isServer()) // the server keeps its own integrity; a connection that answers is sound
        return q.exec(u"SELECT 1"_s) ? QString() : q.lastError().text();
    if (!q.exec(u"PRAGMA quick_check"_s))
        return q.lastError().text();
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    return problems.join(u'\n');
}

} // namespace Uptake
