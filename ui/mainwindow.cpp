#include "mainwindow.h"

#include "demo/demoworkspace.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/helpdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "dialogs/targetsdialog.h"
#include "pages/datapage.h"
#include "pages/designpage.h"
#include "pages/diagnosepage.h"
#include "pages/governpage.h"
#include "pages/journeypage.h"
#include "pages/overviewpage.h"
#include "pages/pilotpage.h"
#include "pages/reportpage.h"
#include "pages/welcomepage.h"
#include "settings/appsettings.h"
#include "storage/backups.h"
#include "storage/dialect.h"
#include "storage/servercredentials.h"
#include "storage/workspace.h"
#include "storage/workspacecopy.h"
#include "storage/workspacelock.h"
#include "theme.h"

#include "async.h"
#include "passwordstore.h"
#include <QtConcurrent>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QWhatsThis>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

const QString RecentKey = u"workspace/recent"_s;
const QString LastKey = u"workspace/last"_s;

QString fileFilter()
{
    return MainWindow::tr("Uptake workspaces (*.uptake);;All files (*)");
}

QString withExtension(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".uptake"_s;
    return path;
}

QString defaultFolder()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_workspaceView(new QWidget(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_statusPath(new QLabel(this))
{
    Theme::apply(this);
    setObjectName(u"mainWindow"_s);
    resize(1280, 820);
    setMinimumSize(900, 600);
    setAcceptDrops(true);

    m_pageList = {
        new OverviewPage(this), new DiagnosePage(this), new DesignPage(this), new PilotPage(this),
        new GovernPage(this),   new DataPage(this),     new ReportPage(this),
    };
    const QStringList labels{tr("Overview"), tr("Diagnose"), tr("Design"), tr("Pilot"),
                             tr("Govern"),   tr("Data"),     tr("Report")};
    const QStringList hints{tr("Where the program stands"),   tr("Baseline, interviews, barriers"),
                            tr("Engagement plan and levers"), tr("Cohorts, sprints, PLAN cycles"),
                            tr("Board, decisions, releases"), tr("Imports and their quality"),
                            tr("Status report for the board")};
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Journey"));
    m_navigation->setFixedWidth(220);
    m_navigation->setFrameShape(QFrame::NoFrame);
    for (int i = 0; i < m_pageList.size(); ++i) {
        auto *item = new QListWidgetItem(labels.at(i), m_navigation);
        item->setToolTip(hints.at(i));
        item->setSizeHint(QSize(200, 40));
        m_pages->addWidget(m_pageList.at(i));
        connect(m_pageList.at(i), &Page::navigateRequested, this, [this](int p) { showPage(PageId(p)); });
        connect(m_pageList.at(i), &Page::importRequested, this, [this] { importFile(); });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *viewLayout = new QHBoxLayout(m_workspaceView);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->setSpacing(0);
    viewLayout->addWidget(m_navigation);
    viewLayout->addWidget(m_pages, 1);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspaceView);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_statusPath);

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::newDemoWorkspace);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openLocation);

    createActions();
    updateRecentMenu();
    updateTitle();
    restoreGeometry(QSettings().value(u"window/geometry"_s).toByteArray());

    // Automatic backups: checked when a workspace opens and every half hour while it stays open.
    auto *backupTimer = new QTimer(this);
    backupTimer->setInterval(30 * 60 * 1000);
    connect(backupTimer, &QTimer::timeout, this, &MainWindow::backupIfDue);
    backupTimer->start();
}

MainWindow::~MainWindow()
{
    if (m_transferCancel)
        m_transferCancel->store(true);
    // Pages hold a QPointer to the workspace; detach them before it goes.
    for (Page *p : std::as_const(m_pageList))
        p->setWorkspace(nullptr, nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        file->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    file->addAction(tr("New &Demo Workspace…"), this, &MainWindow::newDemoWorkspace);
    QAction *openAction =
        file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this, &MainWindow::openWorkspaceDialog);
    openAction->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(QIcon::fromTheme(u"network-server"_s), tr("Connect to &Team Workspace…"),
                                             this, [this] { connectToTeamWorkspace(); });
    connectAction->setObjectName(u"connectToTeamWorkspace"_s);
    connectAction->setStatusTip(tr("Open a workspace your team shares on a PostgreSQL server."));
    QAction *publishAction =
        file->addAction(QIcon::fromTheme(u"document-send"_s), tr("&Publish Local Workspace to Server…"), this,
                        &MainWindow::publishToServer);
    publishAction->setObjectName(u"publishToServer"_s);
    publishAction->setStatusTip(tr("Copy a workspace file into a new, empty team workspace on a PostgreSQL server."));
    QAction *downloadAction = file->addAction(QIcon::fromTheme(u"document-save"_s), tr("Download a &Local Copy…"), this,
                                              &MainWindow::downloadLocalCopy);
    downloadAction->setObjectName(u"downloadLocalCopy"_s);
    downloadAction->setStatusTip(tr("Copy a team workspace into a workspace file on this computer."));
    m_recentMenu = file->addMenu(QIcon::fromTheme(u"document-open-recent"_s), tr("Open &Recent"));
    file->addSeparator();
    QAction *saveAs = file->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save a Copy &As…"), this,
                                      &MainWindow::saveWorkspaceAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setStatusTip(tr("Write a consistent copy of the workspace to another file and continue there."));
    m_saveAsAction = saveAs;
    QAction *close = file->addAction(QIcon::fromTheme(u"document-close"_s), tr("&Close Workspace"), this,
                                     &MainWindow::closeWorkspace);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QAction *import = new QAction(QIcon::fromTheme(u"document-import"_s), tr("&Import…"), this);
    import->setObjectName(u"import"_s);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Import an LMS usage export, a roster or performance data."));
    connect(import, &QAction::triggered, this, [this] { importFile(); });
    file->insertAction(saveAs, import);
    file->insertSeparator(saveAs);
    m_restoreAction = new QAction(tr("&Restore from Backup…"), this);
    m_restoreAction->setObjectName(u"restoreFromBackup"_s);
    m_restoreAction->setStatusTip(tr("Replace the workspace by one of its backups."));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    file->insertAction(close, m_restoreAction);
    m_importAction = import;
    m_workspaceActions = {saveAs, close, import, m_restoreAction};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *targets = edit->addAction(tr("&Targets and Annotations…"), this, &MainWindow::editTargets);
    targets->setStatusTip(tr("Set the pilot's KPI targets for day 30, 60 and 90 and add annotations to its charts."));
    m_workspaceActions.append(targets);
    edit->addSeparator();
    QAction *preferences = edit->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences…"), this,
                                           &MainWindow::showPreferences);
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma)); // what GNOME and most apps use on Linux
    preferences->setShortcuts(preferencesKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *a = view->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(PageId(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_workspaceActions.append(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(QIcon::fromTheme(u"help-contents"_s), tr("Uptake &Guide"), this, [this] {
        auto *dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("What's &This?"));
    help->addAction(whatsThis);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Uptake"), this, [this] {
        QMessageBox::about(
            this, tr("About Uptake"),
            tr("<h3>Uptake %1</h3>"
               "<p>Drive LMS adoption with a disciplined program: diagnose, design, pilot and govern, measured "
               "against 30/60/90-day targets.</p>"
               "<p>© 2026 The Uptake Team · <a href=\"%2\">%2</a></p>"
               "<p>Uptake is free software: you can redistribute it and/or modify it under the terms of the GNU "
               "General Public License, version 3 or (at your option) any later version. It comes with "
               "absolutely no warranty.</p>"
               "<p>Built with Qt %3 (running on Qt %4), QCoro and SQLite.</p>"
               "<p><b>Third-party licences</b><br>"
               "Qt: GNU LGPL version 3; Qt Charts: GNU GPL version 3<br>"
               "QCoro: MIT licence<br>"
               "SQLite: public domain</p>")
                .arg(QCoreApplication::applicationVersion(), u"https://uptake.example.org"_s,
                     QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

Page *MainWindow::page(PageId id) const
{
    return m_pageList.value(int(id));
}

void MainWindow::showPage(PageId id)
{
    if (m_workspace)
        m_navigation->setCurrentRow(int(id));
}

PageId MainWindow::currentPage() const
{
    return PageId(m_navigation->currentRow());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (!m_interactive)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openWorkspace(const QString &path)
{
    return openWorkspaceWith(path, false);
}

bool MainWindow::openWorkspaceReadOnly(const QString &path)
{
    return openWorkspaceWith(path, true);
}

bool MainWindow::openWorkspaceWith(const QString &path, bool readOnly)
{
    // A team workspace is named by its URL (never with a password in what is shown or remembered).
    const bool server = ServerCredentials::isServerUrl(path);
    const QString absolute = server ? ServerCredentials::withoutPassword(path) : QFileInfo(path).absoluteFilePath();
    if (m_workspace && m_workspace->path() == absolute && m_workspace->isReadOnly() == readOnly)
        return true;
    // The server keeps several editors apart itself (transactions, row versions); a file needs its lock.
    if (!readOnly && !server) {
        // Someone else (another Uptake, here or on another computer) edits it: say who, offer read-only.
        if (const auto owner = WorkspaceLock::owner(absolute);
            owner && !(m_workspace && m_workspace->path() == absolute)) {
            const QString message = WorkspaceLock::lockedMessage(absolute, *owner);
            m_lastError = message;
            bool asReadOnly = true;
            if (m_lockedPrompt) {
                asReadOnly = m_lockedPrompt(message);
            } else if (m_interactive) {
                QMessageBox box(QMessageBox::Information, tr("Workspace in Use"), message, QMessageBox::Cancel, this);
                QPushButton *open = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
                box.setDefaultButton(open);
                box.exec();
                asReadOnly = box.clickedButton() == open;
            }
            if (!asReadOnly)
                return false;
            readOnly = true;
        }
    }
    // Release our own lock on it before opening it again (e.g. switching to read-only).
    if (m_workspace && m_workspace->path() == absolute)
        closeWorkspace();
    auto opened = Workspace::open(path, readOnly ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite);
    if (!opened) {
        showError(tr("Cannot Open Workspace"), opened.error());
        return false;
    }
    closeWorkspace();
    m_workspace = std::move(*opened);
    // Someone else changed what is being saved, undone or redone: people choose, over the dialog they are in.
    m_workspace->setConflictResolver([this](const Conflict &conflict, Workspace::ConflictContext context) {
        QWidget *over = QApplication::activeModalWidget();
        return ConflictDialog::ask(conflict, context, over ? over : this);
    });
    for (Page *p : std::as_const(m_pageList))
        p->setWorkspace(m_workspace.get(), m_undoStack);
    m_central->setCurrentWidget(m_workspaceView);
    showPage(PageId::Overview);
    const QString remembered = ServerCredentials::withoutPassword(m_workspace->path());
    addRecentFile(remembered);
    QSettings().setValue(LastKey, remembered);
    m_networkWarning = server ? QString() : Workspace::networkFileSystem(m_workspace->path());
    if (!m_networkWarning.isEmpty())
        statusBar()->showMessage(tr("This workspace is on a network share (%1), where SQLite cannot lock files "
                                    "reliably: two people editing it at once could damage it. Keep it on this "
                                    "computer and share copies.")
                                     .arg(m_networkWarning),
                                 30000);
    else if (m_workspace->isReadOnly())
        // A team workspace's reader hears why (the server's role), not just that.
        statusBar()->showMessage(m_workspace->readOnlyReason().isEmpty()
                                     ? tr("Opened read-only: nothing in this workspace can be changed.")
                                     : m_workspace->readOnlyReason(),
                                 15000);
    else if (!m_workspace->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("Upgraded from an older Uptake; the original was kept as %1")
                                     .arg(QDir::toNativeSeparators(m_workspace->migrationBackupPath())),
                                 15000);
    updateTitle();
    Q_EMIT workspaceChanged();
    backupOnceTheDashboardIsUp();
    return true;
}

void MainWindow::backupOnceTheDashboardIsUp()
{
    if (!m_workspace || m_workspace->isReadOnly() || m_backingUp ||
        !Backups::isDue(m_workspace->path(), AppSettings().backupIntervalHours()))
        return;
    // The copy reads the whole file. Let the dashboard have the disk and the cores first: start it when every
    // figure is on screen (or it has none to show), or after a while if the dashboard never settles.
    m_backupWaiting = true;
    auto *overview = qobject_cast<OverviewPage *>(m_pageList.value(int(PageId::Overview)));
    if (overview) {
        m_backupTrigger = connect(overview, &OverviewPage::settled, this, &MainWindow::startWaitingBackup);
    }
    QTimer::singleShot(std::chrono::seconds(20), this, &MainWindow::startWaitingBackup);
}

void MainWindow::startWaitingBackup()
{
    disconnect(m_backupTrigger);
    if (!m_backupWaiting)
        return;
    m_backupWaiting = false;
    backupIfDue();
}

void MainWindow::backupIfDue()
{
    if (!m_workspace || m_workspace->isReadOnly() || m_backingUp)
        return;
    const AppSettings settings;
    const QString path = m_workspace->path();
    const int interval = settings.backupIntervalHours();
    const int keep = settings.backupsKept();
    if (!Backups::isDue(path, interval))
        return;
    m_backingUp = true;
    // The copy reads through a connection of the worker's own; SQLite gives it a consistent snapshot.
    auto work = QtConcurrent::run([path, keep] {
        auto made = Backups::createFromFile(path, QString::fromLatin1(Backups::Automatic));
        if (made)
            Backups::rotate(path, keep);
        return made ? QString() : made.error();
    });
    whenReady(std::move(work), this, [this](const QString &error) {
        m_backingUp = false;
        if (!error.isEmpty())
            statusBar()->showMessage(error, 15000);
    });
}

void MainWindow::restoreFromBackup()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    auto *dialog = new RestoreBackupDialog(m_workspace->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { restoreBackup(dialog->chosenBackup()); });
    dialog->open();
}

void MainWindow::restoreBackup(const QString &backup)
{
    if (!m_workspace || m_workspace->isReadOnly() || backup.isEmpty())
        return;
    const QString path = m_workspace->path();
    // The workspace must be closed (its connection and lock released) before its file is replaced.
    closeWorkspace();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto work = QtConcurrent::run([backup, path] {
        auto restored = Backups::restore(backup, path);
        return restored ? QString() : restored.error();
    });
    whenReady(std::move(work), this, [this, path](const QString &error) {
        QApplication::restoreOverrideCursor();
        if (!error.isEmpty())
            showError(tr("Cannot Restore"), error);
        if (openWorkspace(path) && error.isEmpty())
            statusBar()->showMessage(tr("Restored from the backup; the state before was kept as a backup."), 15000);
    });
}

void MainWindow::openLocation(const QString &location)
{
    if (!ServerCredentials::isServerUrl(location) || !ServerCredentials::password(location).isEmpty()) {
        openWorkspace(location);
        return;
    }
    // A team workspace: its password comes from the system keychain, or the user types it.
    PasswordStore::read(
        ServerCredentials::account(location), this, [this, location](const QString &password, const QString &error) {
            if (!password.isEmpty()) {
                ServerCredentials::setPassword(location, password);
                if (openWorkspace(location))
                    return;
                ServerCredentials::forget(location);
            }
            connectToTeamWorkspace(location, error.isEmpty()
                                                 ? QString()
                                                 : tr("The system keychain could not be read (%1). Type the password "
                                                      "to connect.")
                                                       .arg(error));
        });
}

void MainWindow::connectToTeamWorkspace(const QString &url, const QString &message)
{
    ConnectDialog dialog(this);
    if (!url.isEmpty())
        dialog.setUrl(url);
    dialog.setMessage(message);
    if (m_connectPrompt) {
        if (!m_connectPrompt(dialog))
            return;
    } else if (!m_interactive || dialog.exec() != QDialog::Accepted) {
        return;
    }
    connectWith(dialog.url(), dialog.password(), dialog.rememberPassword());
}

bool MainWindow::connectWith(const QString &url, const QString &password, bool remember)
{
    ServerCredentials::setPassword(url, password);
    if (!openWorkspace(url)) {
        ServerCredentials::forget(url);
        return false;
    }
    if (remember && !password.isEmpty()) {
        PasswordStore::write(ServerCredentials::account(url), password, this, [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("The password could not be kept in the system keychain (%1); Uptake "
                                            "will ask for it next time.")
                                             .arg(error),
                                         15000);
        });
    }
    return true;
}

void MainWindow::publishToServer()
{
    if (m_transferProgress)
        return;
    QString file;
    if (m_workspace && !m_workspace->isServer()) {
        file = m_workspace->path();
    } else if (m_interactive) {
        file = QFileDialog::getOpenFileName(this, tr("Publish Local Workspace"), defaultFolder(), fileFilter());
    }
    if (file.isEmpty())
        return;
    ConnectDialog dialog(this);
    dialog.setWindowTitle(tr("Publish Local Workspace to Server"));
    dialog.setLead(
        tr("Uptake copies <b>%1</b>, with its pilots, plans and imported data, into a team workspace on "
           "your organisation's PostgreSQL server. The team workspace must be new and empty: your IT "
           "team sets it up with <nobr><tt>uptake server-init</tt></nobr> and makes you one of its editors. The file "
           "itself does not change.")
            .arg(QFileInfo(file).fileName().toHtmlEscaped()));
    dialog.setAcceptText(tr("&Publish"));
    if (m_connectPrompt) {
        if (!m_connectPrompt(dialog))
            return;
    } else if (!m_interactive || dialog.exec() != QDialog::Accepted) {
        return;
    }
    ServerCredentials::setPassword(dialog.url(), dialog.password());
    publishWorkspace(file, dialog.url(), dialog.rememberPassword() ? dialog.password() : QString());
}

void MainWindow::downloadLocalCopy()
{
    if (m_transferProgress)
        return;
    QString url;
    QString remember;
    if (m_workspace && m_workspace->isServer()) {
        url = m_workspace->path(); // its password is kept for this run already
    } else {
        ConnectDialog dialog(this);
        dialog.setWindowTitle(tr("Download a Local Copy"));
        dialog.setLead(tr("Uptake copies a team workspace, with its pilots, plans and imported data, into a "
                          "workspace file on this computer, to work on without the server or to keep. Later "
                          "changes on the server do not reach the copy."));
        dialog.setAcceptText(tr("&Choose File…"));
        if (m_connectPrompt) {
            if (!m_connectPrompt(dialog))
                return;
        } else if (!m_interactive || dialog.exec() != QDialog::Accepted) {
            return;
        }
        url = dialog.url();
        ServerCredentials::setPassword(url, dialog.password());
        if (dialog.rememberPassword())
            remember = dialog.password();
    }
    const auto address = Dialect::parseServerUrl(url);
    const QString suggested =
        defaultFolder() + u'/' + (address ? address->database : tr("Team workspace")) + u".uptake"_s;
    QString file;
    if (m_downloadFilePrompt)
        file = m_downloadFilePrompt(suggested);
    else if (m_interactive)
        file = withExtension(QFileDialog::getSaveFileName(this, tr("Download a Local Copy"), suggested, fileFilter()));
    if (file.isEmpty())
        return;
    downloadWorkspace(url, file, remember);
}

void MainWindow::publishWorkspace(const QString &file, const QString &url, const QString &rememberPassword)
{
    runTransfer(true, file, url, rememberPassword);
}

void MainWindow::downloadWorkspace(const QString &url, const QString &file, const QString &rememberPassword)
{
    runTransfer(false, file, url, rememberPassword);
}

QProgressDialog *MainWindow::transferProgress() const
{
    return m_transferProgress;
}

bool MainWindow::askToOpenResult(const QString &title, const QString &message)
{
    if (m_openResultPrompt)
        return m_openResultPrompt(message);
    if (!m_interactive)
        return false;
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::NoButton, this);
    QPushButton *open = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
    box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    return box.clickedButton() == open;
}

void MainWindow::runTransfer(bool publish, const QString &file, const QString &url, const QString &rememberPassword)
{
    if (m_transferProgress)
        return;
    const QString shownUrl = ServerCredentials::withoutPassword(url);
    const auto address = Dialect::parseServerUrl(url);
    // Short names in the progress and the status bar: "Acme.uptake", "adoption (db.example.org)".
    const QString server = address ? tr("%1 (%2)").arg(address->database, address->host) : shownUrl;
    const QString fileName = QFileInfo(file).fileName();
    const QString title = publish ? tr("Publish to Server") : tr("Download a Local Copy");
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(u"transferProgress"_s);
    progress->setWindowTitle(title);
    progress->setLabelText(tr("Connecting to %1…").arg(address ? address->displayUrl() : shownUrl));
    progress->setCancelButtonText(tr("Cancel"));
    progress->setRange(0, 1000);
    progress->setValue(0);
    progress->setMinimumWidth(480);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_transferProgress = progress;
    QPointer<QProgressDialog> guard(progress);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_transferCancel = cancel;
    // Cancel takes effect at the worker's next check (every few thousand rows); the target stays as it was.
    connect(progress, &QProgressDialog::canceled, this, [cancel, guard] {
        cancel->store(true);
        if (guard) {
            guard->setLabelText(tr("Cancelling…"));
            guard->show();
        }
    });
    progress->show();
    const QLocale locale;
    auto report = [guard, publish, locale, fileName, server](const WorkspaceCopy::Progress &p) {
        QMetaObject::invokeMethod(qApp, [guard, p, publish, locale, fileName, server] {
            if (!guard || guard->wasCanceled())
                return;
            const QString what = p.table > p.tables
                                     ? tr("Finishing: id counters, indexes and the commit…")
                                     : tr("Copying %1 (table %2 of %3)")
                                           .arg(p.tableName, locale.toString(p.table), locale.toString(p.tables));
            guard->setLabelText((publish ? tr("Publishing “%1” to the team workspace %2")
                                         : tr("Downloading the team workspace %1 to “%2”"))
                                    .arg(publish ? fileName : server, publish ? server : fileName) +
                                u"\n"_s + what + u"\n"_s +
                                tr("%1 of %2 rows").arg(locale.toString(p.rows), locale.toString(p.totalRows)));
            const int value = p.totalRows > 0 ? int(p.rows * 1000 / p.totalRows) : 0;
            guard->setValue(p.table > p.tables ? 1000 : std::min(999, value));
        });
    };
    auto work = QtConcurrent::run([publish, file, url, report, cancel] {
        // The worker's own connections to the file and the server, opened and closed on its thread.
        return publish ? WorkspaceCopy::publish(file, url, report, cancel.get())
                       : WorkspaceCopy::download(url, file, true, report, cancel.get());
    });
    whenReady(
        std::move(work), this,
        [this, guard, publish, file, url, server, fileName, rememberPassword, cancel,
         title](const Result<WorkspaceCopy::Report> &r) {
            m_transferCancel.reset();
            if (guard)
                guard->close();
            if (!r) {
                if (cancel->load()) {
                    m_lastError = r.error();
                    statusBar()->showMessage(publish ? tr("Publishing cancelled: the server was left as it was.")
                                                     : tr("Download cancelled: no file was changed."),
                                             15000);
                } else {
                    showError(publish ? tr("Cannot Publish") : tr("Cannot Download"), r.error());
                }
                Q_EMIT transferFinished(false, r.error());
                return;
            }
            const QLocale l;
            const QString done = publish ? tr("Published “%1” to the team workspace %2 (%3 rows).")
                                               .arg(fileName, server, l.toString(r->rows))
                                         : tr("Downloaded the team workspace %1 to “%2” (%3 rows).")
                                               .arg(server, fileName, l.toString(r->rows));
            statusBar()->showMessage(done, 15000);
            if (publish && !rememberPassword.isEmpty())
                PasswordStore::write(ServerCredentials::account(url), rememberPassword, this, [](const QString &) {});
            Q_EMIT transferFinished(true, done);
            const QString question = publish ? tr("Open the team workspace now?") : tr("Open the local copy now?");
            if (askToOpenResult(title, done + u"\n\n"_s + question))
                openLocation(publish ? url : file);
        });
}

void MainWindow::reopenLastWorkspace()
{
    const QString last = QSettings().value(LastKey).toString();
    if (!last.isEmpty() && (ServerCredentials::isServerUrl(last) || QFileInfo::exists(last)))
        openLocation(last);
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    for (Page *p : std::as_const(m_pageList))
        p->setWorkspace(nullptr, nullptr);
    disconnect(m_backupTrigger);
    m_backupWaiting = false;
    m_undoStack->clear();
    m_workspace.reset();
    QSettings().remove(LastKey);
    m_central->setCurrentWidget(m_welcome);
    updateTitle();
    Q_EMIT workspaceChanged();
}

void MainWindow::newWorkspace()
{
    const QString path = withExtension(QFileDialog::getSaveFileName(
        this, tr("New Workspace"), defaultFolder() + u"/"_s + tr("Adoption program") + u".uptake"_s, fileFilter()));
    if (path.isEmpty())
        return;
    // The file dialog already asked whether to replace an existing file.
    auto created = Workspace::create(path, AppSettings().defaultTimeZone(), true);
    if (!created) {
        showError(tr("Cannot Create Workspace"), created.error());
        return;
    }
    created->reset();
    openWorkspace(path);
}

void MainWindow::newDemoWorkspace()
{
    const QString path = withExtension(QFileDialog::getSaveFileName(
        this, tr("New Demo Workspace"), defaultFolder() + u"/"_s + tr("Uptake demo") + u".uptake"_s, fileFilter()));
    if (path.isEmpty())
        return;
    auto *progress = new QProgressDialog(tr("Building the demo workspace…"), QString(), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QProgressDialog> guard(progress);
    // The generator and the writes run on a worker thread with a connection of their own.
    auto work = QtConcurrent::run([path, guard] {
        return Demo::createDemoWorkspace(path, true, {}, [guard](int percent) {
            QMetaObject::invokeMethod(qApp, [guard, percent] {
                if (guard)
                    guard->setValue(percent);
            });
        });
    });
    whenReady(std::move(work), this, [this, path, guard](const Status &s) {
        if (guard)
            guard->close();
        if (!s) {
            showError(tr("Cannot Create Demo Workspace"), s.error());
            return;
        }
        if (openWorkspace(path))
            Q_EMIT demoCreated(path);
    });
}

void MainWindow::importFile(const QString &file)
{
    if (!m_workspace)
        return;
    if (m_workspace->isReadOnly()) {
        showError(tr("Import"), tr("The workspace is open read-only."));
        return;
    }
    if (!file.isEmpty()) {
        importFiles({file});
        return;
    }
    QSettings settings;
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Import Data"), settings.value(u"import/folder"_s, defaultFolder()).toString(),
        tr("LMS exports (*.csv *.tsv *.txt *.json *.js *.jsonl);;All files (*)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(u"import/folder"_s, QFileInfo(chosen.first()).absolutePath());
    importFiles(chosen);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (!m_workspace || files.isEmpty())
        return;
    if (m_workspace->isReadOnly()) {
        showError(tr("Import"), tr("The workspace is open read-only."));
        return;
    }
    if (m_lastWizard && m_lastWizard->isVisible()) { // one wizard at a time: these follow the current one
        m_importQueue << files;
        m_importBatchSize += int(files.size());
        return;
    }
    m_importQueue = files;
    m_importBatchSize = int(files.size());
    importNext();
}

void MainWindow::importNext()
{
    if (m_lastWizard && m_lastWizard->isVisible())
        return; // a wizard is open (a late call from one that closed earlier): its own close goes on
    if (m_importQueue.isEmpty() || !m_workspace || m_workspace->isReadOnly()) {
        m_importQueue.clear();
        m_importBatchSize = 0;
        return;
    }
    const QString path = m_importQueue.takeFirst();
    auto *wizard = new ImportWizard(m_workspace->path(), path, this, m_workspace->timeZone());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_importBatchSize > 1)
        wizard->setWindowTitle(tr("Import %1 (%2 of %3)")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(m_importBatchSize - m_importQueue.size())
                                   .arg(m_importBatchSize));
    // The next file's wizard opens once this one has closed (finished, skipped or cancelled).
    connect(wizard, &QDialog::finished, this, [this] { QTimer::singleShot(0, this, &MainWindow::importNext); });
    connect(wizard, &ImportWizard::importFinished, this, [this, wizard, path] {
        if (wizard->importResult().committed && m_workspace) {
            m_workspace->notifyDataChanged();
            statusBar()->showMessage(
                tr("Imported %1 rows from %2")
                    .arg(QLocale().toString(wizard->importResult().imported), QFileInfo(path).fileName()),
                10000);
        }
    });
    m_lastWizard = wizard;
    wizard->open();
}

namespace {

/// What a drop brings: one workspace file to open, or data files to import (never a mix).
QStringList droppedFiles(const QMimeData *mime, bool *workspace)
{
    QStringList files;
    int workspaces = 0;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        files << url.toLocalFile();
        workspaces += files.last().endsWith(u".uptake"_s, Qt::CaseInsensitive) ? 1 : 0;
    }
    *workspace = workspaces > 0;
    if (workspaces > 0 && files.size() > 1)
        return {};
    return files;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    bool workspace = false;
    if (m_workspace && event->mimeData()->hasUrls() && !droppedFiles(event->mimeData(), &workspace).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    bool workspace = false;
    const QStringList files = droppedFiles(event->mimeData(), &workspace);
    if (files.isEmpty())
        return;
    if (workspace)
        openWorkspace(files.first());
    else
        importFiles(files);
    event->acceptProposedAction();
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), defaultFolder(), fileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveWorkspaceAs()
{
    if (!m_workspace)
        return;
    const QString target =
        withExtension(QFileDialog::getSaveFileName(this, tr("Save a Copy As"),
                                                   QFileInfo(m_workspace->path()).absolutePath() + u"/"_s +
                                                       tr("%1 copy").arg(m_workspace->displayName()) + u".uptake"_s,
                                                   fileFilter()));
    if (target.isEmpty())
        return;
    if (const Status s = m_workspace->saveAs(target); !s) {
        showError(tr("Cannot Save Copy"), s.error());
        return;
    }
    // Like "Save As" in any document app: continue working in the copy.
    openWorkspace(target);
}

void MainWindow::showPreferences()
{
    auto *settings = new AppSettings;
    auto *dialog = new PreferencesDialog(*settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [settings] { delete settings; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings().setValue(RecentKey, recentFiles()); // forget what no longer fits
        updateRecentMenu();
        if (dialog->languageChanged())
            statusBar()->showMessage(tr("The new language applies the next time Uptake starts."), 15000);
    });
    dialog->open();
}

void MainWindow::editTargets()
{
    if (!m_workspace)
        return;
    TargetsDialog::open(this, *m_workspace, *m_undoStack, PilotSelection::of(m_workspace.get())->pilotId());
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    files = files.mid(0, AppSettings().recentFilesCount());
    QSettings().setValue(RecentKey, files);
    updateRecentMenu();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(RecentKey).toStringList().mid(0, AppSettings().recentFilesCount());
}

void MainWindow::updateRecentMenu()
{
    const QStringList files = recentFiles();
    m_recentMenu->clear();
    int n = 1;
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(u"&%1 %2"_s.arg(n++).arg(QDir::toNativeSeparators(f)));
        connect(a, &QAction::triggered, this, [this, f] { openLocation(f); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(RecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::updateTitle()
{
    const bool open = m_workspace != nullptr;
    for (QAction *a : std::as_const(m_workspaceActions))
        a->setEnabled(open);
    // Read-only really is: nothing that writes to the workspace is offered.
    const bool writable = open && !m_workspace->isReadOnly();
    m_importAction->setEnabled(writable);
    // Backups and Save As copy a file; the server's own backups cover a team workspace.
    const bool file = open && !ServerCredentials::isServerUrl(m_workspace->path());
    m_restoreAction->setEnabled(writable && file);
    m_saveAsAction->setEnabled(file);
    if (!open) {
        setWindowFilePath({});
        setWindowTitle(QCoreApplication::applicationName());
        m_statusPath->clear();
        return;
    }
    setWindowTitle(tr("%1 — Uptake").arg(m_workspace->displayName()));
    m_statusPath->setText(tr("%1 · dates in %2%3")
                              .arg(QDir::toNativeSeparators(m_workspace->path()),
                                   QString::fromUtf8(m_workspace->timeZone().id()),
                                   m_workspace->isReadOnly() ? tr(" · read-only") : QString()) +
                          (m_networkWarning.isEmpty() ? QString() : tr(" · on a network share")));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // The system switched between light and dark while Uptake runs: restyle without a restart.
    if (event->type() == QEvent::PaletteChange)
        Theme::apply(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_transferCancel)
        m_transferCancel->store(true);
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace Uptake
