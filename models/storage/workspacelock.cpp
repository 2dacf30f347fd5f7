#include "workspacelock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QString userName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QString::number(::getuid());
}

std::unique_ptr<QLockFile> makeLock(const QString &workspace)
{
    auto lock = std::make_unique<QLockFile>(WorkspaceLock::lockPath(workspace));
    // Never stale by age (an Uptake may stay open for weeks); only when its process is gone.
    lock->setStaleLockTime(0);
    return lock;
}

LockOwner readOwner(const QString &workspace)
{
    QFile lockFile(WorkspaceLock::lockPath(workspace));
    QFile info(WorkspaceLock::infoPath(workspace));
    const QByteArray lockBytes = lockFile.open(QIODevice::ReadOnly) ? lockFile.read(4096) : QByteArray();
    const QByteArray infoBytes = info.open(QIODevice::ReadOnly) ? info.read(4096) : QByteArray();
    LockOwner owner = WorkspaceLock::parse(lockBytes, infoBytes);
    if (!owner.since.isValid())
        owner.since = QFileInfo(lockFile).lastModified().toUTC();
    owner.thisProcess = owner.pid == QCoreApplication::applicationPid() && owner.host == QSysInfo::machineHostName();
    return owner;
}

} // namespace

WorkspaceLock::WorkspaceLock(QString workspace, std::unique_ptr<QLockFile> lock)
    : m_workspace(std::move(workspace))
    , m_lock(std::move(lock))
{}

WorkspaceLock::~WorkspaceLock()
{
    QFile::remove(infoPath(m_workspace));
    m_lock->unlock();
}

QString WorkspaceLock::lockPath(const QString &workspace)
{
    return QFileInfo(workspace).absoluteFilePath() + u".lock"_s;
}

QString WorkspaceLock::infoPath(const QString &workspace)
{
    return QFileInfo(workspace).absoluteFilePath() + u".lock-info"_s;
}

LockOwner WorkspaceLock::parse(const QByteArray &lockFile, const QByteArray &infoJson)
{
    LockOwner owner;
    // QLockFile writes "pid\napplication\nhost\n…".
    const QList<QByteArray> lines = lockFile.split('\n');
    if (!lines.isEmpty())
        owner.pid = lines.at(0).trimmed().toLongLong();
    if (lines.size() > 1)
        owner.application = QString::fromUtf8(lines.at(1)).trimmed();
    if (lines.size() > 2)
        owner.host = QString::fromUtf8(lines.at(2)).trimmed();
    const QJsonObject info = QJsonDocument::fromJson(infoJson).object();
    // The info file only speaks for the same process (it may be left over from an older lock).
    const qint64 infoPid = info.value(u"pid"_s).toInteger();
    if (!info.isEmpty() && (owner.pid == 0 || infoPid == owner.pid)) {
        owner.pid = infoPid;
        owner.user = info.value(u"user"_s).toString().left(200);
        if (owner.host.isEmpty())
            owner.host = info.value(u"host"_s).toString().left(200);
        owner.since = QDateTime::fromString(info.value(u"since"_s).toString(), Qt::ISODate).toUTC();
    }
    return owner;
}

QString WorkspaceLock::describe(const LockOwner &owner)
{
    const QString who = owner.thisProcess ? QCoreApplication::translate("Uptake::WorkspaceLock", "this Uptake window")
                        : owner.user.isEmpty() ? QCoreApplication::translate("Uptake::WorkspaceLock", "someone")
                                               : owner.user;
    const QString host =
        owner.host.isEmpty() ? QCoreApplication::translate("Uptake::WorkspaceLock", "an unknown computer") : owner.host;
    const QString since = owner.since.isValid()
                              ? QLocale().toString(owner.since.toLocalTime(), QLocale::ShortFormat)
                              : QCoreApplication::translate("Uptake::WorkspaceLock", "an unknown time");
    return QCoreApplication::translate("Uptake::WorkspaceLock", "%1 on %2 since %3 (process %4)")
        .arg(who, host, since, QString::number(owner.pid));
}

QString WorkspaceLock::lockedMessage(const QString &workspace, const LockOwner &owner)
{
    return QCoreApplication::translate(
               "Uptake::WorkspaceLock",
               "“%1” is already open for editing by %2. Open it read-only, or close it there first.")
        .arg(QDir::toNativeSeparators(QFileInfo(workspace).absoluteFilePath()), describe(owner));
}

namespace {

enum class LockFileState {
    Owned,        ///< names a process that may still run (or one on another computer: never broken)
    Abandoned,    ///< no process can own it any more
    BeingWritten, ///< empty or partial, and so young that its process may be writing its owner into it right now
    Gone,         ///< no lock file any more (its owner unlocked): try again
};

/// A lock file no process can own any more that QLockFile does not take for stale: an empty or partial one (the
/// process was killed, or the machine lost power, between creating the file and writing its owner into it), which
/// QLockFile with no stale age keeps forever, or one whose process on this computer is gone. An empty file younger
/// than a second may be one another process is writing right now (it takes microseconds).
LockFileState lockFileState(const QString &workspace)
{
    QFile file(WorkspaceLock::lockPath(workspace));
    if (!file.open(QIODevice::ReadOnly))
        return file.exists() ? LockFileState::Owned : LockFileState::Gone;
    const QList<QByteArray> lines = file.read(4096).split('\n');
    const qint64 pid = lines.value(0).trimmed().toLongLong();
    const QString host = QString::fromUtf8(lines.value(2)).trimmed();
    if (pid > 0 && lines.size() >= 3) {
        const bool gone = host == QSysInfo::machineHostName() && ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
        return gone ? LockFileState::Abandoned : LockFileState::Owned;
    }
    const QDateTime modified = QFileInfo(file).lastModified();
    if (!modified.isValid())
        return LockFileState::Owned;
    return modified.msecsTo(QDateTime::currentDateTime()) > 1000 ? LockFileState::Abandoned
                                                                 : LockFileState::BeingWritten;
}

/// The state of the lock file once a half-written one has settled: its writer fills it within microseconds, so one
/// still partial a second after it was written was left by a process that died. Waits about that second (at most
/// 1.5 s, for a file stamped slightly in the future by another computer's clock), and only right after a crash (a
/// reopen straight after a killed Uptake found the lock "held by someone on an unknown computer").
LockFileState settledLockFileState(const QString &workspace)
{
    LockFileState state = lockFileState(workspace);
    const QDeadlineTimer deadline(1500);
    while (state == LockFileState::BeingWritten && !deadline.hasExpired()) {
        QThread::msleep(20);
        state = lockFileState(workspace);
    }
    return state;
}

} // namespace

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString &workspace)
{
    using R = Result<std::unique_ptr<WorkspaceLock>>;
    auto lock = makeLock(workspace);
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError) {
        const LockFileState state = settledLockFileState(workspace);
        if (state == LockFileState::Abandoned)
            lock->removeStaleLockFile();
        if (state == LockFileState::Abandoned || state == LockFileState::Gone)
            locked = lock->tryLock(0);
    }
    if (!locked) {
        if (lock->error() == QLockFile::LockFailedError)
            return R::failure(lockedMessage(workspace, readOwner(workspace)));
        return R::failure(
            QCoreApplication::translate("Uptake::WorkspaceLock",
                                        "Cannot open “%1” for editing: its lock file “%2” cannot be written.")
                .arg(QDir::toNativeSeparators(workspace), QDir::toNativeSeparators(lockPath(workspace))));
    }
    QSaveFile info(infoPath(workspace));
    if (info.open(QIODevice::WriteOnly)) {
        info.write(QJsonDocument(QJsonObject{
                                     {u"pid"_s, QCoreApplication::applicationPid()},
                                     {u"user"_s, userName()},
                                     {u"host"_s, QSysInfo::machineHostName()},
                                     {u"since"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                 })
                       .toJson(QJsonDocument::Compact));
        info.commit(); // without it the message lacks the user name, nothing more
    }
    return R(std::unique_ptr<WorkspaceLock>(new WorkspaceLock(workspace, std::move(lock))));
}

std::optional<LockOwner> WorkspaceLock::owner(const QString &workspace)
{
    if (!QFileInfo::exists(lockPath(workspace)))
        return std::nullopt;
    auto lock = makeLock(workspace);
    if (lock->tryLock(0)) { // free, or a stale lock that tryLock just removed
        lock->unlock();
        return std::nullopt;
    }
    if (const LockFileState state = lockFileState(workspace);
        state == LockFileState::Abandoned || state == LockFileState::Gone)
        return std::nullopt;
    return readOwner(workspace);
}

} // namespace Uptake
