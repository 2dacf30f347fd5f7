// The main window and a workspace that is shared or restored: a second window is told who edits it and
// offered read-only (where nothing that writes is enabled), and File → Restore from Backup brings a backup
// back while keeping the state before it.

#include "dialogs/restorebackupdialog.h"
#include "mainwindow.h"
#include "storage/backups.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestSharedWorkspace final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QAction *action(QWidget &w, const QString &name) { return w.findChild<QAction *>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Uptake"_s);
        QCoreApplication::setApplicationName(u"UptakeSharedTest"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(u"backup/intervalHours"_s, 0); // no automatic backups unless a test asks
    }

    void secondWindowIsOfferedReadOnly()
    {
        const QString path = m_dir.filePath(u"shared.uptake"_s);
        QVERIFY(Workspace::create(path, QTimeZone::utc(), true));
        qputenv("USER", "first.editor");
        MainWindow first;
        first.setInteractive(false);
        QVERIFY(first.openWorkspace(path));
        QVERIFY(!first.workspace()->isReadOnly());

        MainWindow second;
        second.setInteractive(false);
        QString told;
        second.setLockedPrompt([&told](const QString &message) {
            told = message;
            return false; // Cancel
        });
        QVERIFY(!second.openWorkspace(path));
        QVERIFY(!second.workspace());
        QVERIFY2(told.contains(u"first.editor"_s) || told.contains(u"this Uptake window"_s), qPrintable(told));
        QVERIFY2(told.contains(u"read-only"_s), qPrintable(told));

        second.setLockedPrompt([](const QString &) { return true; }); // Open Read-Only
        QVERIFY(second.openWorkspace(path));
        QVERIFY(second.workspace()->isReadOnly());
        QVERIFY(!action(second, u"restoreFromBackup"_s)->isEnabled());
        second.importFile(m_dir.filePath(u"whatever.csv"_s));
        QVERIFY(!second.importWizard());
        Pilot p;
        p.name = u"Not allowed"_s;
        QVERIFY(!PilotRepository(second.workspace()->database()).insert(p));
        // The first window still edits.
        QVERIFY(PilotRepository(first.workspace()->database()).insert(p));
        QVERIFY(action(first, u"restoreFromBackup"_s)->isEnabled());
    }

    void restoreFromBackup()
    {
        const QString path = m_dir.filePath(u"restore.uptake"_s);
        QVERIFY(Workspace::create(path, QTimeZone::utc(), true));
        QSettings().setValue(u"backup/intervalHours"_s, 24);
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(path));
        // Opening made the first automatic backup, in the background.
        QTRY_VERIFY(!w.isBackingUp());
        QCOMPARE(Backups::list(path).size(), 1);
        Pilot p;
        p.name = u"Added after the backup"_s;
        QVERIFY(PilotRepository(w.workspace()->database()).insert(p));

        RestoreBackupDialog dialog(path);
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QVERIFY(dialog.list()->topLevelItem(0)->text(2).contains(u"B"_s)); // a size such as "12 KiB"
        if (const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS"); !folder.isEmpty()) {
            dialog.show();
            dialog.grab().save(QDir(folder).filePath(u"restore-backup.png"_s));
        }
        dialog.setConfirm(false);
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        w.restoreBackup(dialog.chosenBackup());
        QTRY_VERIFY(w.workspace());
        QCOMPARE(w.workspace()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(PilotRepository(w.workspace()->database()).pilots()->isEmpty());
        const QList<BackupInfo> backups = Backups::list(path);
        QVERIFY(std::any_of(backups.cbegin(), backups.cend(),
                            [](const BackupInfo &b) { return b.reason == QLatin1String(Backups::BeforeRestore); }));
        QSettings().setValue(u"backup/intervalHours"_s, 0);
    }
};

QTEST_MAIN(TestSharedWorkspace)
#include "tst_sharedworkspace.moc"
