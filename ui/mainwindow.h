#pragma once

#include "pages/page.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QProgressDialog;
class QStackedWidget;
class QUndoStack;

namespace Uptake {
class ConnectDialog;
class Workspace;
class WelcomePage;

/// The document window: one workspace at a time, the journey's pages on the left.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace, replacing the current one; shows a message and returns false when it cannot.
    bool openWorkspace(const QString &path);
    /// Opens a workspace read-only: nothing in it can be changed (another Uptake may be editing it).
    bool openWorkspaceReadOnly(const QString &path);
    void reopenLastWorkspace();
    void closeWorkspace();
    /// "NFS", "SMB/CIFS"… when the open workspace is on a network share (warned about), else empty.
    QString networkWarning() const { return m_networkWarning; }

    Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    Page *page(PageId id) const;
    void showPage(PageId id);
    PageId currentPage() const;
    /// The last error shown to the user (for tests and the status bar).
    QString lastError() const { return m_lastError; }
    /// When false, errors are recorded but no message box opens (headless tests).
    void setInteractive(bool interactive) { m_interactive = interactive; }

public Q_SLOTS:
    void newWorkspace();
    void newDemoWorkspace();
    void openWorkspaceDialog();
    void saveWorkspaceAs();
    /// Edit → Preferences…: opens the preferences dialog (window-modal) and applies what it saved.
    void showPreferences();
    /// File → Restore from Backup…: replaces the open workspace by one of its backups after confirmation.
    void restoreFromBackup();
    /// Makes an automatic backup of the open workspace in the background if one is due (Preferences).
    void backupIfDue();
    void backupOnceTheDashboardIsUp();
    /// Opens a workspace file, or a team workspace's URL with its password from the system keychain (asking for
    /// it when none is kept or the server refuses it). What the recent lists use.
    void openLocation(const QString &location);
    /// File → Connect to Team Workspace…: asks where and who (prefilled from url), then connects.
    void connectToTeamWorkspace(const QString &url = {}, const QString &message = {});
    /// Connects to a team workspace; keeps the password for this run and, with remember, in the keychain.
    bool connectWith(const QString &url, const QString &password, bool remember);
    void startWaitingBackup();
    /// File → Publish Local Workspace to Server…: the open workspace file (or one the user picks) into an empty
    /// team workspace the user names in the Connect dialog.
    void publishToServer();
    /// File → Download a Local Copy…: the open team workspace (or one the user names) into a new workspace file.
    void downloadLocalCopy();
    /// Starts the import wizard on file (asks for one or more when empty).
    void importFile(const QString &file = {});
    /// Imports several files one after the other, each through its own wizard (a roster, this month's log and the
    /// performance file dropped together); files asked for while a wizard is open wait for it.
    void importFiles(const QStringList &files);
    /// The files still waiting for their wizard.
    QStringList pendingImports() const { return m_importQueue; }
    /// Edit → Targets and Annotations…: opens the editor for the pilot the journey pages show (or the first).
    void editTargets();

Q_SIGNALS:
    void workspaceChanged();
    /// A publish or download ended: ok, or the error (the cancel message when the user cancelled).
    void transferFinished(bool ok, const QString &message);
    void demoCreated(const QString &path);

public:
    /// Called with the lock owner's message when a workspace is open for editing elsewhere; returns true to
    /// open it read-only. By default asks (non-interactive: yes). Tests replace it.
    void setLockedPrompt(std::function<bool(const QString &)> prompt) { m_lockedPrompt = std::move(prompt); }
    /// For tests: fills in the Connect dialog instead of the user; returns whether to connect.
    void setConnectPrompt(std::function<bool(ConnectDialog &)> prompt) { m_connectPrompt = std::move(prompt); }
    /// Publishes the workspace file into the team workspace at url in the background, with a progress dialog and
    /// Cancel; on success offers to open the team workspace (keeping password in the keychain when given).
    void publishWorkspace(const QString &file, const QString &url, const QString &rememberPassword = {});
    /// Downloads the team workspace at url into file (replacing it) in the background, with progress and Cancel;
    /// on success offers to open the copy (keeping password in the keychain when given).
    void downloadWorkspace(const QString &url, const QString &file, const QString &rememberPassword = {});
    /// The progress dialog of the publish or download under way (for tests), nullptr when none runs.
    QProgressDialog *transferProgress() const;
    /// For tests: answers "open the result?" after a publish or download instead of the user.
    void setOpenResultPrompt(std::function<bool(const QString &)> prompt) { m_openResultPrompt = std::move(prompt); }
    /// For tests: picks the file a download goes to instead of the file dialog (empty: cancel).
    void setDownloadFilePrompt(std::function<QString(const QString &)> prompt)
    {
        m_downloadFilePrompt = std::move(prompt);
    }
    /// Restores backup into the open workspace's file without asking (what the dialog does once confirmed).
    void restoreBackup(const QString &backup);
    /// Set while an automatic backup runs (for tests).
    /// Whether an automatic backup is running or waiting for the dashboard to finish its first figures.
    bool isBackingUp() const { return m_backingUp || m_backupWaiting; }

    /// The import wizard opened last, while it is open (for tests).
    QWidget *importWizard() const { return m_lastWizard; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool openWorkspaceWith(const QString &path, bool readOnly);
    void runTransfer(bool publish, const QString &file, const QString &url, const QString &rememberPassword);
    bool askToOpenResult(const QString &title, const QString &message);
    void createActions();
    void importNext(); ///< opens the wizard for the first queued file
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    QStringList recentFiles() const;

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    QWidget *m_workspaceView;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QList<Page *> m_pageList;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_workspaceActions;
    QLabel *m_statusPath;
    QString m_lastError;
    QPointer<QWidget> m_lastWizard;
    QStringList m_importQueue;
    int m_importBatchSize = 0; ///< files in the current run of queued imports, for "2 of 3" in the wizard's title
    bool m_interactive = true;
    bool m_backingUp = false;
    bool m_backupWaiting = false;
    QMetaObject::Connection m_backupTrigger;
    std::function<bool(const QString &)> m_lockedPrompt;
    std::function<bool(ConnectDialog &)> m_connectPrompt;
    std::function<bool(const QString &)> m_openResultPrompt;
    std::function<QString(const QString &)> m_downloadFilePrompt;
    QPointer<QProgressDialog> m_transferProgress;
    /// The running publish's or download's cancel flag (closing the window cancels it: the target stays as it was).
    std::shared_ptr<std::atomic_bool> m_transferCancel;
    QString m_networkWarning;
    QAction *m_restoreAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace Uptake
