// File → Connect to Team Workspace…: the dialog's URL round trip and its checks, and the main window's handling
// of a server that cannot be reached: a clear error, the password forgotten, nothing secret remembered.

#include "dialogs/connectdialog.h"
#include "mainwindow.h"
#include "storage/servercredentials.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestConnectDialog : public QObject
{
    Q_OBJECT

    static QLineEdit *edit(ConnectDialog &d, const QString &name) { return d.findChild<QLineEdit *>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UptakeConnectDialogTest"_s);
        QSettings().clear();
    }

    void urlRoundTrip()
    {
        ConnectDialog d;
        auto *connectButton = d.findChild<QPushButton *>(u"connect"_s);
        QVERIFY(connectButton);
        QVERIFY(!connectButton->isEnabled()); // nothing filled in yet
        d.setUrl(u"postgresql://ana:ignored@db.example.org:5433/north%20wind"_s);
        QCOMPARE(edit(d, u"host"_s)->text(), u"db.example.org"_s);
        QCOMPARE(d.findChild<QSpinBox *>(u"port"_s)->value(), 5433);
        QCOMPARE(edit(d, u"database"_s)->text(), u"north wind"_s);
        QCOMPARE(edit(d, u"user"_s)->text(), u"ana"_s);
        QCOMPARE(edit(d, u"password"_s)->text(), QString()); // a password in a URL is never taken over
        QVERIFY(connectButton->isEnabled());
        QCOMPARE(d.url(), u"postgresql://ana@db.example.org:5433/north%20wind"_s);
        QCOMPARE(ServerCredentials::account(d.url()), u"ana@db.example.org:5433/north wind"_s);
        edit(d, u"user"_s)->clear();
        QVERIFY(!connectButton->isEnabled());
        QCOMPARE(edit(d, u"password"_s)->echoMode(), QLineEdit::Password);
    }

    void tabOrderFollowsTheForm()
    {
        ConnectDialog d;
        d.setUrl(u"postgresql://ana@db.example.org/uptake"_s);
        d.setMessage(u"The server refused the password."_s);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        if (const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS"); !folder.isEmpty())
            d.grab().save(folder + u"/connect-dialog.png"_s);
        QWidget *expected[] = {edit(d, u"host"_s),     d.findChild<QSpinBox *>(u"port"_s),
                               edit(d, u"database"_s), edit(d, u"user"_s),
                               edit(d, u"password"_s), d.findChild<QCheckBox *>(u"remember"_s)};
        for (size_t i = 0; i + 1 < std::size(expected); ++i) {
            QWidget *next = expected[i]->nextInFocusChain();
            // A spin box's own line edit is part of it.
            while (next && (!(next->focusPolicy() & Qt::TabFocus) || expected[i]->isAncestorOf(next)))
                next = next->nextInFocusChain();
            QCOMPARE(next, expected[i + 1]);
        }
    }

    void unreachableServerIsReportedAndForgotten()
    {
        MainWindow w;
        w.setInteractive(false);
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        w.setConnectPrompt([](ConnectDialog &d) {
            d.setUrl(u"postgresql://ana@127.0.0.1:1/uptake"_s);
            d.setPassword(u"s3cret"_s);
            d.setRememberPassword(true);
            return true;
        });
        w.connectToTeamWorkspace();
        QVERIFY(!w.workspace());
        QVERIFY2(!w.lastError().isEmpty(), "the failure is reported");
        QVERIFY2(!w.lastError().contains(u"s3cret"_s), qPrintable(w.lastError()));
        QCOMPARE(ServerCredentials::password(u"postgresql://ana@127.0.0.1:1/uptake"_s), QString());
        // Nothing about the failed attempt, and never a password, is remembered.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"s3cret"_s), qPrintable(key));
        QVERIFY(w.findChild<QAction *>(u"connectToTeamWorkspace"_s));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
