#include "workspace.h"

#include "schema.h"
#include "sqliteutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

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

/// The tables that migrations 1..version create, read from the migrations themselves.
QSet<QString> tablesUpTo(int version)
{
    static const QRegularExpression createTable(u"CREATE TABLE (\\w+)"_s);
    QSet<QString> tables;
    for (int i = 0; i < version && i < Schema::CurrentVersion; ++i) {
        auto it = createTable.globalMatch(QString::fromUtf8(Schema::Migrations[size_t(i)]));
        while (it.hasNext())
            tables.insert(it.next().captured(1));
    }
    return tables;
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

void Workspace::closeConnection(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
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
            problem = QCoreApplication::translate("Uptake::Workspace", "“%1” is damaged and cannot be read (%2).")
                          .arg(shown, q.lastError().text());
        } else {
            version = q.value(0).toInt();
            QSet<QString> tables;
            QStringList foreign;
            if (!q.exec(u"SELECT type, name FROM sqlite_schema"_s)) {
                problem = QCoreApplication::translate("Uptake::Workspace", "“%1” is damaged and cannot be read (%2).")
                              .arg(shown, q.lastError().text());
            } else {
                while (q.next()) {
                    const QString type = q.value(0).toString();
                    const QString object = q.value(1).toString();
                    if (type == u"table"_s)
                        tables.insert(object);
                    else if (type == u"trigger"_s || type == u"view"_s)
                        foreign.append(object);
                }
            }
            if (problem.isEmpty()) {
                const QSet<QString> expected = tablesUpTo(version);
                QStringList missing;
                for (const QString &t : expected)
                    if (!tables.contains(t))
                        missing.append(t);
                if (version > Schema::CurrentVersion)
                    problem = QCoreApplication::translate(
                                  "Uptake::Workspace",
                                  "“%1” was saved by a newer version of Uptake (workspace format %2; this version "
                                  "reads up to %3). Update Uptake to open it.")
                                  .arg(shown)
                                  .arg(version)
                                  .arg(Schema::CurrentVersion);
                else if (version < 1 || !missing.isEmpty()) {
                    missing.sort();
                    problem =
                        QCoreApplication::translate("Uptake::Workspace",
                                                    "“%1” is damaged: it lacks parts every Uptake workspace has (%2).")
                            .arg(shown, missing.join(u", "_s));
                } else if (!foreign.isEmpty()) {
                    foreign.sort();
                    problem = QCoreApplication::translate(
                                  "Uptake::Workspace",
                                  "“%1” contains triggers or views that Uptake did not create (%2); it is not opened "
                                  "because they could run code of unknown origin.")
                                  .arg(shown, foreign.join(u", "_s));
                }
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
        // Keep the file as it was before upgrading it, beside the original.
        backup = absolute + u".v%1.bak"_s.arg(version);
        QFile::remove(backup);
        if (!QFile::copy(absolute, backup))
            return R::failure(
                QCoreApplication::translate("Uptake::Workspace",
                                            "Cannot upgrade “%1”: a backup copy could not be written to “%2”.")
                    .arg(shown, nativeName(backup)));
    }

    auto conn = openConnection(absolute, name, access);
    if (!conn)
        return R::failure(conn.error());
    std::unique_ptr<Workspace> ws(new Workspace(absolute, name, access));
    ws->m_migrationBackup = backup;
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

QString Workspace::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : 0;
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
                                   .arg(q.lastError().text()));
    m_timeZone = zone;
    return {};
}

Status Workspace::saveAs(const QString &target) const
{
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
    const QString temp = absolute + u".saving"_s;
    QFile::remove(temp);
    sqlite3 *dest = nullptr;
    const QByteArray tempName = QFile::encodeName(temp);
    int rc = sqlite3_open_v2(tempName.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", Sqlite::handle(database()), "main");
        if (!backup) {
            error = QString::fromUtf8(sqlite3_errmsg(dest));
        } else {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                error = QString::fromUtf8(sqlite3_errstr(rc));
        }
    } else {
        error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    // The copy keeps the rollback journal until it is opened for editing, so it is one self-contained file.
    if (error.isEmpty())
        if (auto s = Sqlite::exec(dest, "PRAGMA journal_mode = DELETE"); !s)
            error = s.error();
    if (sqlite3_close(dest) != SQLITE_OK && error.isEmpty())
        error = QCoreApplication::translate("Uptake::Workspace", "the copy could not be closed");
    if (error.isEmpty()) {
        QFile::remove(absolute + u"-wal"_s);
        QFile::remove(absolute + u"-shm"_s);
        if (QFile::exists(absolute) && !QFile::remove(absolute))
            error = QCoreApplication::translate("Uptake::Workspace", "the existing file could not be replaced");
        else if (!QFile::rename(temp, absolute))
            error = QCoreApplication::translate("Uptake::Workspace", "the copy could not be moved into place");
    }
    if (!error.isEmpty()) {
        QFile::remove(temp);
        return Status::failure(QCoreApplication::translate("Uptake::Workspace", "Cannot save a copy to “%1”: %2")
                                   .arg(nativeName(target), error));
    }
    return {};
}

QString Workspace::quickCheck() const
{
    QSqlQuery q(database());
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
