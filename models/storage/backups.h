#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct sqlite3;

namespace Uptake {

/// One backup copy of a workspace.
struct BackupInfo
{
    QString path;
    QDateTime created; ///< UTC
    qint64 size = 0;
    QString reason; ///< "auto", "before-upgrade-vN", "before-restore", "manual"
    friend bool operator==(const BackupInfo &, const BackupInfo &) = default;
};

/// Backup copies of a workspace, kept in a folder beside it ("<name>.uptake.backups/"), each a complete,
/// self-contained workspace file written through SQLite's backup API (so a copy taken while Uptake writes
/// is consistent) into a temporary file that is flushed and renamed into place.
///
/// Automatic backups ("auto") are made at most once per interval and rotated: only the newest keep of them
/// stay. Backups made for a reason (before a schema upgrade, before a restore) are never rotated away.
namespace Backups {

inline constexpr auto Automatic = "auto";
inline constexpr auto BeforeRestore = "before-restore";

QString folder(const QString &workspace);
/// The file a backup taken at `when` for reason would have.
QString fileName(const QString &workspace, const QDateTime &when, const QString &reason);

/// Copies the database behind source (a connection to workspace) into a new backup.
Result<BackupInfo> create(sqlite3 *source, const QString &workspace, const QString &reason,
                          const QDateTime &when = QDateTime::currentDateTimeUtc());
/// The same through a read-only connection of its own (for a worker thread).
Result<BackupInfo> createFromFile(const QString &workspace, const QString &reason,
                                  const QDateTime &when = QDateTime::currentDateTimeUtc());

/// Every backup of workspace, newest first.
QList<BackupInfo> list(const QString &workspace);
/// Whether an automatic backup is due: none yet, or the newest is at least intervalHours old.
/// intervalHours <= 0 means automatic backups are off.
bool isDue(const QString &workspace, int intervalHours, const QDateTime &now = QDateTime::currentDateTimeUtc());
/// Deletes the oldest automatic backups beyond keep; returns the files removed.
QStringList rotate(const QString &workspace, int keep);

/// Replaces the workspace file by backup. The workspace must be closed (nobody may hold its lock); the file
/// as it was is kept first as a "before-restore" backup, and the backup is checked to be a workspace. The
/// copy is written beside the workspace and renamed into place, so a crash leaves one of the two whole.
Result<BackupInfo> restore(const QString &backup, const QString &workspace);

} // namespace Backups
} // namespace Uptake
