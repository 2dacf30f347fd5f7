#include "sqliteutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

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

bool syncPath(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status copyDatabase(sqlite3 *source, const QString &target)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Uptake::Sqlite", text); };
    if (!source)
        return Status::failure(tr("no database connection"));
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    // A unique temporary name in the same folder, so the final rename stays on one file system.
    const QString temp = absolute + u".partial-%1"_s.arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    QFile::remove(temp + u"-journal"_s);
    sqlite3 *dest = nullptr;
    const QByteArray tempName = QFile::encodeName(temp);
    int rc = sqlite3_open_v2(tempName.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
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
        if (auto s = exec(dest, "PRAGMA journal_mode = DELETE"); !s)
            error = s.error();
    if (sqlite3_close(dest) != SQLITE_OK && error.isEmpty())
        error = tr("the copy could not be closed");
    if (error.isEmpty() && !syncPath(temp))
        error = tr("the copy could not be flushed to disk");
    if (error.isEmpty()) {
        // Side files of an old database at target would be replayed onto the new one: remove them first.
        QFile::remove(absolute + u"-wal"_s);
        QFile::remove(absolute + u"-shm"_s);
        QFile::remove(absolute + u"-journal"_s);
        if (::rename(tempName.constData(), QFile::encodeName(absolute).constData()) != 0)
            error = tr("the copy could not be moved into place");
        else
            syncPath(info.absolutePath());
    }
    if (!error.isEmpty()) {
        QFile::remove(temp);
        QFile::remove(temp + u"-journal"_s);
        return Status::failure(error);
    }
    return {};
}

Status copyDatabaseFile(const QString &sourcePath, const QString &target)
{
    sqlite3 *source = nullptr;
    const QByteArray name = QFile::encodeName(sourcePath);
    int rc = sqlite3_open_v2(name.constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    Status result;
    if (rc != SQLITE_OK) {
        result = Status::failure(QString::fromUtf8(sqlite3_errstr(rc)));
    } else {
        sqlite3_db_config(source, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(source, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_busy_timeout(source, 5000);
        result = copyDatabase(source, target);
    }
    sqlite3_close(source);
    return result;
}

} // namespace Uptake::Sqlite
