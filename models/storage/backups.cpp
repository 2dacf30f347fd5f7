#include "backups.h"

#include "sqliteutil.h"
#include "workspace.h"
#include "workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake::Backups {

namespace {

constexpr auto TimeFormat = "yyyyMMdd-HHmmsszzz";

/// "<name>.<yyyyMMdd-HHmmsszzz>.<reason>.uptake"
std::optional<BackupInfo> parse(const QFileInfo &file, const QString &baseName)
{
    static const QRegularExpression pattern(u"^(.*)\\.(\\d{8}-\\d{9})\\.([a-z0-9-]+)\\.uptake$"_s);
    const auto m = pattern.match(file.fileName());
    if (!m.hasMatch() || m.captured(1) != baseName)
        return std::nullopt;
    QDateTime created = QDateTime::fromString(m.captured(2), QString::fromLatin1(TimeFormat));
    if (!created.isValid())
        return std::nullopt;
    created.setTimeSpec(Qt::UTC);
    return BackupInfo{file.absoluteFilePath(), created, file.size(), m.captured(3)};
}

Result<BackupInfo> prepare(const QString &workspace, const QString &reason, const QDateTime &when)
{
    const QString dir = folder(workspace);
    if (!QDir().mkpath(dir))
        return Result<BackupInfo>::failure(
            QCoreApplication::translate("Uptake::Backups", "Cannot make a backup: the folder “%1” cannot be created.")
                .arg(QDir::toNativeSeparators(dir)));
    return BackupInfo{QDir(dir).filePath(fileName(workspace, when, reason)), when.toUTC(), 0, reason};
}

Result<BackupInfo> finish(BackupInfo info, const Status &copied)
{
    if (!copied)
        return Result<BackupInfo>::failure(
            QCoreApplication::translate("Uptake::Backups", "Cannot make a backup copy at “%1”: %2")
                .arg(QDir::toNativeSeparators(info.path), copied.error()));
    info.size = QFileInfo(info.path).size();
    return info;
}

} // namespace

QString folder(const QString &workspace)
{
    return QFileInfo(workspace).absoluteFilePath() + u".backups"_s;
}

QString fileName(const QString &workspace, const QDateTime &when, const QString &reason)
{
    return u"%1.%2.%3.uptake"_s.arg(QFileInfo(workspace).completeBaseName(),
                                    when.toUTC().toString(QString::fromLatin1(TimeFormat)), reason);
}

Result<BackupInfo> create(sqlite3 *source, const QString &workspace, const QString &reason, const QDateTime &when)
{
    auto info = prepare(workspace, reason, when);
    if (!info)
        return info;
    return finish(*info, Sqlite::copyDatabase(source, info->path));
}

Result<BackupInfo> createFromFile(const QString &workspace, const QString &reason, const QDateTime &when)
{
    auto info = prepare(workspace, reason, when);
    if (!info)
        return info;
    return finish(*info, Sqlite::copyDatabaseFile(workspace, info->path));
}

QList<BackupInfo> list(const QString &workspace)
{
    QList<BackupInfo> backups;
    const QString base = QFileInfo(workspace).completeBaseName();
    const QFileInfoList files = QDir(folder(workspace)).entryInfoList({u"*.uptake"_s}, QDir::Files);
    for (const QFileInfo &f : files)
        if (auto b = parse(f, base))
            backups.append(*b);
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return backups;
}

bool isDue(const QString &workspace, int intervalHours, const QDateTime &now)
{
    if (intervalHours <= 0)
        return false;
    for (const BackupInfo &b : list(workspace))
        if (b.reason == QLatin1String(Automatic))
            return b.created.secsTo(now) >= qint64(intervalHours) * 3600;
    return true;
}

QStringList rotate(const QString &workspace, int keep)
{
    QStringList removed;
    int kept = 0;
    for (const BackupInfo &b : list(workspace)) {
        if (b.reason != QLatin1String(Automatic))
            continue;
        if (kept < std::max(keep, 1)) {
            ++kept;
            continue;
        }
        if (QFile::remove(b.path))
            removed.append(b.path);
    }
    return removed;
}

Result<BackupInfo> restore(const QString &backup, const QString &workspace)
{
    using R = Result<BackupInfo>;
    const QString shown = QDir::toNativeSeparators(backup);
    // The backup must itself be a sound workspace of a version this Uptake reads.
    {
        auto check = Workspace::open(backup, Workspace::Access::ReadOnly);
        if (!check)
            return R::failure(QCoreApplication::translate("Uptake::Backups", "Cannot restore from “%1”: %2")
                                  .arg(shown, check.error()));
        if (const QString problems = (*check)->quickCheck(); !problems.isEmpty())
            return R::failure(
                QCoreApplication::translate("Uptake::Backups", "Cannot restore from “%1”: it is damaged (%2).")
                    .arg(shown, problems));
    }
    auto lock = WorkspaceLock::acquire(workspace);
    if (!lock)
        return R::failure(lock.error());
    // Keep the workspace as it is now, so a restore can itself be undone.
    Result<BackupInfo> kept = R::failure({});
    if (QFileInfo::exists(workspace)) {
        kept = createFromFile(workspace, QString::fromLatin1(BeforeRestore));
        if (!kept)
            return R::failure(
                QCoreApplication::translate("Uptake::Backups",
                                            "Cannot restore: the current workspace could not be kept first. %1")
                    .arg(kept.error()));
    }
    if (auto s = Sqlite::copyDatabaseFile(backup, workspace); !s)
        return R::failure(
            QCoreApplication::translate("Uptake::Backups", "Cannot restore from “%1”: %2").arg(shown, s.error()));
    return kept ? kept : R(BackupInfo{});
}

} // namespace Uptake::Backups
