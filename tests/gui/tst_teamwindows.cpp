// Two Uptake windows on one team workspace on a PostgreSQL server, one as an editor and one as a reader (a board
// member): the reader's window is read-only (the server refuses its writes; Uptake offers none), and an edit made
// in the editor's window appears in the reader's without a restart (LISTEN/NOTIFY). Needs UPTAKE_TEST_PG_URL
// (scripts/test starts a throwaway server); screenshots of both windows go to UPTAKE_SCREENSHOTS.

#include "editing/pilotcommands.h"
#include "mainwindow.h"
#include "pages/pilotpage.h"
#include "storage/serverschema.h"
#include "storage/workspace.h"

#include <QAction>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestTeamWindows : public QObject
{
    Q_OBJECT

    QString m_adminUrl;
    QString m_database;
    QStringList m_roles;

    QString urlOf(const QString &user) const
    {
        QUrl url(m_adminUrl);
        url.setPath(u'/' + m_database);
        url.setUserName(user);
        return url.toString();
    }

    bool admin(const QString &sql)
    {
        const QString name = u"teamwindows-admin"_s;
        if (!QSqlDatabase::contains(name) && !Workspace::openConnection(m_adminUrl, name))
            return false;
        QSqlQuery q(QSqlDatabase::database(name));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s failed", qPrintable(sql));
        return ok;
    }

    static void shoot(QWidget &w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        w.grab().save(folder + u'/' + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UptakeTeamWindowsTest"_s);
        QSettings().clear();
        QSettings().setValue(u"backup/intervalHours"_s, 0);
        m_adminUrl = qEnvironmentVariable("UPTAKE_TEST_PG_URL");
        if (m_adminUrl.isEmpty())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        m_database = u"uptake_w%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(admin(u"CREATE DATABASE %1"_s.arg(m_database)));
        const QString editor = m_database + u"_alice"_s;
        const QString reader = m_database + u"_bob"_s;
        m_roles = {editor, reader, m_database + u"_editor"_s, m_database + u"_reader"_s};
        {
            auto conn = Workspace::openConnection(urlOf(QUrl(m_adminUrl).userName()), u"teamwindows-init"_s);
            QVERIFY2(conn, qPrintable(conn.error()));
            auto done = ServerSchema::initialize(*conn, QTimeZone("Europe/Berlin"), {editor}, {reader});
            QVERIFY2(done, qPrintable(done.error()));
        }
        Workspace::closeConnection(u"teamwindows-init"_s);
    }

    void editorAndReader()
    {
        // No prepared statement may outlive a transaction the server failed (the reader's refused writes).
        QTest::failOnWarning(QRegularExpression(u"^Unable to free statement"_s));
        MainWindow editor;
        editor.setInteractive(false);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY2(editor.openWorkspace(urlOf(m_database + u"_alice"_s)), qPrintable(editor.lastError()));
        QVERIFY(!editor.workspace()->isReadOnly());

        MainWindow reader;
        reader.setInteractive(false);
        reader.resize(1200, 800);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QVERIFY2(reader.openWorkspace(urlOf(m_database + u"_bob"_s)), qPrintable(reader.lastError()));
        // The server says bob may only read: Uptake offers nothing that writes.
        QVERIFY(reader.workspace()->isReadOnly());
        QVERIFY2(reader.statusBar()->currentMessage().contains(u"editor access"_s),
                 qPrintable(reader.statusBar()->currentMessage()));
        for (const QString &name : {u"import"_s, u"restoreFromBackup"_s}) {
            auto *a = reader.findChild<QAction *>(name);
            QVERIFY2(a && !a->isEnabled(), qPrintable(name));
        }
        QVERIFY(editor.findChild<QAction *>(u"import"_s)->isEnabled());

        editor.showPage(PageId::Pilot);
        reader.showPage(PageId::Pilot);
        auto *readerPilots = qobject_cast<PilotPage *>(reader.page(PageId::Pilot));
        QVERIFY(readerPilots);
        QCOMPARE(readerPilots->pilotId(), 0);

        // Alice plans a pilot; Bob's window shows it without reopening anything.
        Pilot p;
        p.name = u"Regional sales onboarding"_s;
        p.startDate = QDate(2026, 11, 2);
        p.status = Pilot::Status::Running;
        qint64 id = 0;
        QVERIFY(Editing::addPilot(*editor.undoStack(), *editor.workspace(), p, &id));
        QTRY_COMPARE_WITH_TIMEOUT(readerPilots->pilotId(), id, 10000);
        shoot(editor, u"team-editor"_s);
        shoot(reader, u"team-reader"_s);

        // Undone in Alice's window, gone from Bob's too.
        editor.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(readerPilots->pilotId(), qint64(0), 10000);
    }

    void cleanupTestCase()
    {
        if (m_adminUrl.isEmpty())
            return;
        admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
        for (const QString &role : std::as_const(m_roles))
            admin(u"DROP ROLE IF EXISTS %1"_s.arg(role));
        Workspace::closeConnection(u"teamwindows-admin"_s);
    }
};

QTEST_MAIN(TestTeamWindows)
#include "tst_teamwindows.moc"
