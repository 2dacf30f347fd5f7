// Saved mapping profiles: stored by name in the user's settings, so every workspace can use them.

#include "import/savedprofiles.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;
using namespace Uptake::Import;

class TestSavedProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Uptake"_s);
        QCoreApplication::setApplicationName(u"Uptake"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { QSettings().clear(); }

    void roundTripKeepsEverything()
    {
        ImportProfile p;
        p.kind = DataKind::Roster;
        p.preset = u"moodle-gradebook"_s;
        p.mapping = {{u"learner"_s, {u"ID number"_s}}, {u"name"_s, {u"First name"_s, u"Surname"_s}}};
        p.constants = {{u"country"_s, u"Spain"_s}};
        p.delimiter = u";"_s;
        p.encoding = u"windows-1252"_s;
        p.hasHeader = 1;
        p.dayOrder = u"dmy"_s;
        p.timeZone = u"Europe/Madrid"_s;
        QVERIFY(saveProfile(u"  Gradebook, Spain  "_s, p)); // surrounding spaces are not part of the name
        QCOMPARE(savedProfileNames(), QStringList{u"Gradebook, Spain"_s});
        const std::optional<ImportProfile> back = savedProfile(u"Gradebook, Spain"_s);
        QVERIFY(back);
        QCOMPARE(*back, p);
        // Kept in the settings, not in memory: a fresh QSettings (another process) reads the same.
        QVERIFY(QSettings().value(u"import/savedProfiles"_s).toString().contains(u"First name"_s));
    }

    void replacingAndRemoving()
    {
        ImportProfile a;
        a.mapping = {{u"learner"_s, {u"user"_s}}};
        ImportProfile b;
        b.mapping = {{u"learner"_s, {u"email"_s}}};
        QVERIFY(saveProfile(u"zeta"_s, a));
        QVERIFY(saveProfile(u"Alpha"_s, a));
        QVERIFY(saveProfile(u"beta"_s, a));
        QCOMPARE(savedProfileNames(), (QStringList{u"Alpha"_s, u"beta"_s, u"zeta"_s})); // case-insensitive order
        QVERIFY(saveProfile(u"beta"_s, b));
        QCOMPARE(savedProfile(u"beta"_s)->mapping.value(u"learner"_s), QStringList{u"email"_s});
        QVERIFY(removeSavedProfile(u"beta"_s));
        QCOMPARE(savedProfileNames(), (QStringList{u"Alpha"_s, u"zeta"_s}));
        QVERIFY(!savedProfile(u"beta"_s));
        const Status missing = removeSavedProfile(u"beta"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(u"beta"_s));
    }

    void refusedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QString() << u"name"_s;
        QTest::addRow("blank") << u"   "_s << u"name"_s;
        QTest::addRow("built-in preset") << u"moodle-log"_s << u"built-in"_s;
        QTest::addRow("too long") << QString(81, u'x') << u"80"_s;
    }

    void refusedNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const Status s = saveProfile(name, ImportProfile{});
        QVERIFY(!s);
        QVERIFY2(s.error().contains(reason), qPrintable(s.error()));
        QVERIFY(savedProfileNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSavedProfiles)
#include "tst_savedprofiles.moc"
