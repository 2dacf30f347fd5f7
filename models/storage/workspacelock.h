#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Uptake {

/// Who holds a workspace open for editing.
struct LockOwner
{
    qint64 pid = 0;
    QString host;
    QString user;
    QString application;
    QDateTime since; ///< UTC
    bool thisProcess = false;
    friend bool operator==(const LockOwner &, const LockOwner &) = default;
};

/// The lock an Uptake holds on a workspace while it may write to it: "<workspace>.lock" (a QLockFile: pid,
/// application, host) plus "<workspace>.lock-info" (user and since when, JSON) for the message a second
/// Uptake shows. A lock left by a crashed Uptake on this host (its process is gone) is recognised as stale
/// and taken over; a lock of another host is never broken.
class WorkspaceLock final
{
    Q_DISABLE_COPY_MOVE(WorkspaceLock)
public:
    ~WorkspaceLock();

    static QString lockPath(const QString &workspace);
    static QString infoPath(const QString &workspace);

    /// Takes the lock, or fails with a message naming who holds it, on which host and since when.
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString &workspace);
    /// Who holds the workspace now (nothing when it is free or only a stale lock is left, which is removed).
    static std::optional<LockOwner> owner(const QString &workspace);

    /// The owner from a QLockFile's contents and the info file's JSON (either may be empty or garbage).
    static LockOwner parse(const QByteArray &lockFile, const QByteArray &infoJson);
    /// "jane on host-a since 29 Nov 2026 14:05 (process 1234)" — for messages.
    static QString describe(const LockOwner &owner);
    /// The message shown when path is locked by owner.
    static QString lockedMessage(const QString &workspace, const LockOwner &owner);

private:
    WorkspaceLock(QString workspace, std::unique_ptr<QLockFile> lock);

    QString m_workspace;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Uptake
