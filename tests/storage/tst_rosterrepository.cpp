// The cohort attributes a roster offers: standard fields and extra columns, with head counts. On both back ends
// (tests/support/backendfixture.h).

#include "backendfixture.h"
#include "import/importer.h"
#include "storage/rosterrepository.h"
#include "storage/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestRosterRepository : public QObject
{
    Q_OBJECT

    Test::BackendFixture m_backend;

private Q_SLOTS:
    void initTestCase() { UPTAKE_INIT_BACKEND(m_backend); }
    void init() { m_backend.init(); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void attributesAndCounts()
    {
        QTemporaryDir dir;
        const QString path = m_backend.location(u"w"_s);
        QVERIFY(Workspace::create(path, QTimeZone("Europe/Paris")));
        // An events file first: without a roster, everyone seen counts (nobody has a department yet).
        const QString events = dir.filePath(u"e.csv"_s);
        Test::writeFile(events, "learner,timestamp,event\nu1,2026-01-05T08:00:00Z,viewed\n"
                                "u9,2026-01-05T08:00:00Z,viewed\n");
        Import::ImportProfile ev;
        ev.kind = Import::DataKind::Events;
        QVERIFY(Import::importFile(path, events, ev, {}, {}, nullptr).committed);
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            auto attributes = RosterRepository((*ws)->database()).cohortAttributes();
            QVERIFY2(attributes, qPrintable(attributes.error()));
            QVERIFY(attributes->isEmpty());
        }
        const QString roster = dir.filePath(u"r.csv"_s);
        Test::writeFile(roster, "learner,name,department,country,Region,Shift\n"
                                "u1,Ann,Support,FR,West,\n"
                                "u2,Bob,Support,DE,West,Night\n"
                                "u3,Cy,Sales,FR,East,\n");
        Import::ImportProfile rp;
        rp.kind = Import::DataKind::Roster;
        const auto r = Import::importFile(path, roster, rp, {}, {}, nullptr);
        QVERIFY2(r.committed, qPrintable(r.error));

        auto ws = Workspace::open(path);
        QVERIFY(ws);
        auto attributes = RosterRepository((*ws)->database()).cohortAttributes();
        QVERIFY2(attributes, qPrintable(attributes.error()));
        QStringList keys;
        for (const CohortAttribute &a : *attributes)
            keys << a.key;
        // u9 is not in the roster: the roster's three people are counted, empty Shift values are not values.
        QCOMPARE(keys, (QStringList{u"department"_s, u"country"_s, u"Region"_s, u"Shift"_s}));
        QCOMPARE(attributes->at(0).values, (QList<AttributeValue>{{u"Support"_s, 2}, {u"Sales"_s, 1}}));
        QCOMPARE(attributes->at(0).label(), u"Department"_s);
        QCOMPARE(attributes->at(1).values, (QList<AttributeValue>{{u"FR"_s, 2}, {u"DE"_s, 1}}));
        QCOMPARE(attributes->at(2).values, (QList<AttributeValue>{{u"West"_s, 2}, {u"East"_s, 1}}));
        QCOMPARE(attributes->at(2).label(), u"Region"_s);
        QCOMPARE(attributes->at(3).values, (QList<AttributeValue>{{u"Night"_s, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestRosterRepository)
#include "tst_rosterrepository.moc"
