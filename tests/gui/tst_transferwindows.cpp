// File → Publish Local Workspace to Server… and File → Download a Local Copy… in the main window: the dialogs, the
// progress dialog with Cancel, and opening the result. The rows that copy need UPTAKE_TEST_PG_URL (scripts/test
// starts a throwaway server); screenshots go to UPTAKE_SCREENSHOTS.

#include "demo/demoworkspace.h"
#include "dialogs/connectdialog.h"
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "storage/serverschema.h"
#include "storage/workspace.h"
#include "storage/workspacecopy.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestTransferWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_adminUrl;
    QString m_demo;
    QStringList m_databases;
    int m_next = 0;

    static void shoot(QWidget &w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        w.grab().save(folder + u'/' + name + u".png"_s);
    }

    bool admin(const QString &sql)
    {
        const QString name = u"transferwindows-admin"_s;
        if (!QSqlDatabase::contains(name) && !Workspace::openConnection(m_adminUrl, name))
            return false;
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql);
    }

    /// A new team workspace (server-init'ed) on the test server.
    QString newTeamWorkspace()
    {
        const QString name = u"uptake_tw%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_next);
        if (!admin(u"CREATE DATABASE %1"_s.arg(name)))
            return {};
        m_databases.append(name);
        QUrl url(m_adminUrl);
        url.setPath(u'/' + name);
        bool ok = false;
        {
            auto conn = Workspace::openConnection(url.toString(), u"transferwindows-init"_s);
            ok = conn && ServerSchema::initialize(*conn, QTimeZone::utc(), {}, {});
        }
        Workspace::closeConnection(u"transferwindows-init"_s);
        return ok ? url.toString() : QString();
    }

    /// Calls shot(progress dialog) once, when the copy has got past the first tenth of its rows.
    static void whenUnderWay(MainWindow &w, const std::function<void(QProgressDialog *)> &shot)
    {
        QProgressDialog *progress = w.transferProgress();
        QVERIFY(progress);
        auto *bar = progress->findChild<QProgressBar *>();
        QVERIFY(bar);
        auto done = std::make_shared<bool>(false);
        QObject::connect(bar, &QProgressBar::valueChanged, progress, [progress, shot, done](int value) {
            if (!*done && value > 100) {
                *done = true;
                shot(progress);
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UptakeTransferWindowsTest"_s);
        QSettings().clear();
        QSettings().setValue(u"backup/intervalHours"_s, 0);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"Acme adoption.uptake"_s);
        QVERIFY(Demo::createDemoWorkspace(m_demo, false));
        m_adminUrl = qEnvironmentVariable("UPTAKE_TEST_PG_URL");
    }

    void cleanupTestCase()
    {
        for (const QString &db : std::as_const(m_databases)) {
            admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(db));
            admin(u"DROP ROLE IF EXISTS %1_editor"_s.arg(db));
            admin(u"DROP ROLE IF EXISTS %1_reader"_s.arg(db));
        }
        Workspace::closeConnection(u"transferwindows-admin"_s);
    }

    // The File menu offers both; the Connect dialog says what publishing and downloading will do.
    void dialogsSayWhatHappens()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *publish = w.findChild<QAction *>(u"publishToServer"_s);
        auto *download = w.findChild<QAction *>(u"downloadLocalCopy"_s);
        QVERIFY(publish && publish->isEnabled());
        QVERIFY(download && download->isEnabled());
        QVERIFY(w.openWorkspace(m_demo));

        QString lead;
        QString button;
        QString title;
        w.setConnectPrompt([&](ConnectDialog &dialog) {
            dialog.setUrl(u"postgresql://alice@db.example.org:5432/adoption"_s);
            dialog.show();
            shoot(dialog, u"publish-1-dialog"_s);
            lead = dialog.findChild<QLabel *>(u"lead"_s)->text();
            button = dialog.findChild<QPushButton *>(u"connect"_s)->text();
            title = dialog.windowTitle();
            return false; // the user cancels
        });
        publish->trigger();
        QCOMPARE(title, u"Publish Local Workspace to Server"_s);
        QVERIFY2(lead.contains(u"Acme adoption.uptake"_s), qPrintable(lead));
        QVERIFY2(lead.contains(u"empty"_s), qPrintable(lead));
        QCOMPARE(button, u"&Publish"_s);
        QVERIFY(!w.transferProgress());

        // With a file open, Download asks where the team workspace is, then for the file.
        QString asked;
        w.setDownloadFilePrompt([&asked](const QString &suggested) {
            asked = suggested;
            return QString();
        });
        w.setConnectPrompt([&](ConnectDialog &dialog) {
            dialog.setUrl(u"postgresql://bob@db.example.org:5432/adoption"_s);
            dialog.show();
            shoot(dialog, u"download-1-dialog"_s);
            title = dialog.windowTitle();
            button = dialog.findChild<QPushButton *>(u"connect"_s)->text();
            return true;
        });
        download->trigger();
        QCOMPARE(title, u"Download a Local Copy"_s);
        QCOMPARE(button, u"&Choose File…"_s);
        QVERIFY2(asked.endsWith(u"/adoption.uptake"_s), qPrintable(asked));
        QVERIFY(!w.transferProgress()); // no file chosen: nothing runs
    }

    // Publish the open file through the menu, watch the progress, open the team workspace; then download it.
    void publishThenDownload()
    {
        if (m_adminUrl.isEmpty())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString url = newTeamWorkspace();
        QVERIFY(!url.isEmpty());
        MainWindow w;
        w.setInteractive(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(m_demo));
        w.setConnectPrompt([&url](ConnectDialog &dialog) {
            dialog.setUrl(url);
            return true;
        });
        QString offered;
        w.setOpenResultPrompt([&offered](const QString &message) {
            offered = message;
            return true;
        });
        QSignalSpy finished(&w, &MainWindow::transferFinished);
        QString label;
        w.findChild<QAction *>(u"publishToServer"_s)->trigger();
        whenUnderWay(w, [&label](QProgressDialog *p) {
            label = p->labelText();
            shoot(*p, u"publish-2-progress"_s);
        });
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY2(label.contains(u"Copying"_s) && label.contains(u"rows"_s), qPrintable(label));
        QVERIFY2(offered.contains(u"Open the team workspace now?"_s), qPrintable(offered));
        QTRY_VERIFY(w.workspace() && w.workspace()->isServer());
        QVERIFY(!w.transferProgress());
        auto *overview = qobject_cast<OverviewPage *>(w.page(PageId::Overview));
        QVERIFY(overview);
        QSignalSpy settled(overview, &OverviewPage::settled);
        overview->choose({}); // recomputes now, so the wait below is for the server's
        QVERIFY(settled.wait(60000));
        QVERIFY(overview->metrics().learners > 0);
        shoot(w, u"publish-3-opened"_s);

        // The team workspace is open: Download goes straight to choosing the file.
        const QString copy = m_dir.filePath(u"Local copy.uptake"_s);
        w.setDownloadFilePrompt([&copy](const QString &) { return copy; });
        w.setConnectPrompt([](ConnectDialog &) {
            qWarning("the Connect dialog should not be asked for the open team workspace");
            return false;
        });
        finished.clear();
        offered.clear();
        w.findChild<QAction *>(u"downloadLocalCopy"_s)->trigger();
        whenUnderWay(w, [](QProgressDialog *p) { shoot(*p, u"download-2-progress"_s); });
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY2(offered.contains(u"Open the local copy now?"_s), qPrintable(offered));
        QTRY_COMPARE(w.workspace() ? w.workspace()->path() : QString(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(!w.workspace()->isServer());
    }

    // Cancel in the progress dialog: the team workspace stays empty and the window says so.
    void cancelPublish()
    {
        if (m_adminUrl.isEmpty())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString url = newTeamWorkspace();
        QVERIFY(!url.isEmpty());
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setOpenResultPrompt([](const QString &) {
            qWarning("a cancelled publish offered to open its result");
            return false;
        });
        QSignalSpy finished(&w, &MainWindow::transferFinished);
        w.publishWorkspace(m_demo, url);
        whenUnderWay(w, [](QProgressDialog *p) {
            p->findChild<QPushButton *>()->click();
            shoot(*p, u"publish-4-cancelling"_s);
        });
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(), WorkspaceCopy::cancelledMessage());
        QVERIFY2(w.statusBar()->currentMessage().contains(u"cancelled"_s), qPrintable(w.statusBar()->currentMessage()));
        auto ws = Workspace::open(url, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        const auto content = WorkspaceCopy::tablesWithContent((*ws)->database());
        QVERIFY(content);
        QCOMPARE(*content, QStringList());
    }
};

QTEST_MAIN(TestTransferWindows)
#include "tst_transferwindows.moc"
