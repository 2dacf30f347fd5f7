#pragma once

#include "domain/conflict.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Uptake {
class WorkspaceLock;

/// What the first 100 bytes of a file say about it, read without letting SQLite touch the file.
struct FileHeader
{
    bool isSqlite = false;
    int applicationId = 0;
    int userVersion = 0;
};

/// An open workspace: one SQLite file (*.uptake) holding one organisation's adoption program.
///
/// The connection belongs to the thread that opened the workspace. Background work opens its own
/// connection with openConnection() and closes it with closeConnection() in the same thread.
/// Edits are written as they are made; there is no unsaved state.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    enum class Access { ReadWrite, ReadOnly };

    ~Workspace() override;

    /// Creates a new, empty workspace at path (a file, or a postgresql:// URL of an empty database). The file is built
    /// beside the target and moved into place, so an existing file is untouched unless the whole creation succeeded;
    /// without overwrite an existing file is an error.
    static Result<std::unique_ptr<Workspace>> create(const QString &path, const QTimeZone &timeZone,
                                                     bool overwrite = false);
    /// Opens an existing workspace, upgrading its schema when it comes from an older Uptake (after
    /// keeping a backup copy, see Backups). A file that is not a workspace, is damaged, is from a newer Uptake
    /// or has a schema that differs from Uptake's (schemaProblems()) is refused with a message naming it, and
    /// nothing on disk changes. Opening for editing takes the workspace's lock (WorkspaceLock) for as long
    /// as the Workspace lives; a workspace another Uptake has open for editing is refused with a message
    /// saying who, where and since when — it can still be opened read-only.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, Access access = Access::ReadWrite);

    /// What is wrong with the schema of db (at schema version) compared with the one Uptake's migrations make:
    /// missing or changed tables, columns and indexes, and any trigger, view, virtual table or index Uptake
    /// did not create. Tables Uptake does not know are ignored (they are never read, and cannot run code).
    static QStringList schemaProblems(const QSqlDatabase &db, int version);

    /// The kind of network file system path lies on ("NFS", "SMB/CIFS", "SSHFS/FUSE"…), empty when local.
    /// SQLite's locking is unreliable there, so Uptake warns.
    static QString networkFileSystem(const QString &path);
    /// The name of a network file system by its statfs f_type magic, empty for a local one.
    static QString networkFileSystemName(quint64 magic);

    /// Reads the SQLite header of a file; fails with a message when it is not an SQLite database.
    static Result<FileHeader> readHeader(const QString &path);

    /// A new connection to the workspace at path (or postgresql:// URL) for the calling thread. Use it only on
    /// that thread.
    static Result<QSqlDatabase> openConnection(const QString &path, const QString &connectionName,
                                               Access access = Access::ReadWrite);
    static void closeConnection(const QString &connectionName);

    /// Where the workspace is: a file's absolute path, or a team workspace's postgresql:// URL as it was given
    /// (it may carry a password: show displayName() instead).
    QString path() const { return m_path; }
    /// True for a team workspace on a PostgreSQL server.
    bool isServer() const { return m_server; }
    /// Why the workspace is read-only when the server decided it (the user's role may only read); empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The file name without its folder or extension (a team workspace: "database (host)"), for window titles.
    QString displayName() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// The zone every date computation uses (learners sit in many zones; the workspace picks one).
    QTimeZone timeZone() const { return m_timeZone; }
    Status setTimeZone(const QTimeZone &zone);

    /// Writes a consistent copy of the workspace to target through SQLite's backup API. The copy is
    /// built beside the target and renamed into place: a failure leaves any old target intact.
    Status saveAs(const QString &target) const;

    /// Runs PRAGMA quick_check; an empty string means the file is sound.
    QString quickCheck() const;

    /// Called by editors after they changed something, so views refresh.
    void notifyProgramChanged() { Q_EMIT programChanged(); }
    void notifyPilotsChanged() { Q_EMIT pilotsChanged(); }
    void notifyDataChanged() { Q_EMIT dataChanged(); }
    void notifyJourneyChanged() { Q_EMIT journeyChanged(); }
    void notifyTargetsChanged() { Q_EMIT targetsChanged(); }

    /// Where an edit meets a conflict: saving a form, or undoing/redoing a step.
    enum class ConflictContext { Edit, UndoRedo };
    /// Asks people what to do about a conflict (the UI shows ConflictDialog); models never show it themselves.
    using ConflictResolver = std::function<ConflictChoice(const Conflict &, ConflictContext)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    /// What to do about conflict: the resolver's answer; without one, an edit is refused with the conflict
    /// (Cancel) and an undo/redo step keeps theirs (never a silent overwrite). In the UndoRedo context Cancel counts as
    /// KeepTheirs: the step cannot stay half applied.
    ConflictChoice resolveConflict(const Conflict &conflict, ConflictContext context) const
    {
        const ConflictChoice fallback =
            context == ConflictContext::Edit ? ConflictChoice::Cancel : ConflictChoice::KeepTheirs;
        const ConflictChoice choice = m_resolver ? m_resolver(conflict, context) : fallback;
        return context == ConflictContext::UndoRedo && choice == ConflictChoice::Cancel ? ConflictChoice::KeepTheirs
                                                                                        : choice;
    }

    /// The row version this window's own edits and undo steps last left on a row (key: RowVersions::keyOf), so
    /// that undoing several own steps in a row checks against what they wrote, and only others' writes conflict.
    qint64 seenVersion(const QString &rowKey, qint64 otherwise) const { return m_seen.value(rowKey, otherwise); }
    void setSeenVersion(const QString &rowKey, qint64 version) { m_seen.insert(rowKey, version); }

    static int currentSchemaVersion();
    /// For tests of the migration path: creates a workspace at an older schema version.
    static Status createAtVersion(const QString &path, int version, const QTimeZone &timeZone);

Q_SIGNALS:
    void programChanged();
    void pilotsChanged();
    void dataChanged();
    /// Something of the guided journey (interviews, barriers, levers, cycles, plan, governance) changed.
    void journeyChanged();
    /// A pilot's KPI targets or the chart annotations changed (the dashboard measures against them).
    void targetsChanged();

private:
    Workspace(QString path, QString connectionName, Access access);
    static Result<QSqlDatabase> openServerConnection(const QString &url, const QString &connectionName,
                                                     Access access = Access::ReadWrite);
    static Result<std::unique_ptr<Workspace>> createOnServer(const QString &url, const QTimeZone &timeZone);
    static Result<std::unique_ptr<Workspace>> openOnServer(const QString &url, Access access);

    QString m_path;
    QString m_connectionName;
    Access m_access;
    QTimeZone m_timeZone;
    QString m_migrationBackup;
    QString m_displayName;
    QString m_readOnlyReason;
    bool m_server = false;
    std::unique_ptr<WorkspaceLock> m_lock;
    ConflictResolver m_resolver;
    QHash<QString, qint64> m_seen;
};

} // namespace Uptake
