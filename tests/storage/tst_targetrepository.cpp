// The pilot's KPI targets and the chart annotations: created, edited, read back after reopening the file,
// validated and deleted (with their pilot, too). On both back ends (tests/support/backendfixture.h).

#include "backendfixture.h"
#include "domain/pilot.h"
#include "storage/pilotrepository.h"
#include "storage/targetrepository.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestTargetRepository : public QObject
{
    Q_OBJECT

    Test::BackendFixture m_backend;

    qint64 addPilot(Workspace &ws, const QString &name)
    {
        Pilot p;
        p.name = name;
        p.startDate = QDate(2026, 9, 21);
        auto id = PilotRepository(ws.database()).insert(p);
        return id ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase() { UPTAKE_INIT_BACKEND(m_backend); }
    void init() { m_backend.init(); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void kpiCreateEditReload()
    {
        const QString path = m_backend.location(u"kpi"_s);
        PilotKpi rate;
        PilotKpi completion;
        {
            auto ws = Workspace::create(path, QTimeZone("Europe/Paris"));
            QVERIFY(ws);
            const qint64 pilot = addPilot(**ws, u"Support"_s);
            QVERIFY(pilot > 0);
            TargetRepository repo((*ws)->database());
            rate.pilotId = pilot;
            rate.kpi = u"active_rate"_s;
            rate.target30 = 0.45;
            rate.target60 = 0.55;
            rate.target90 = 0.65;
            auto id = repo.saveKpi(rate);
            QVERIFY2(id, qPrintable(id.error()));
            rate.id = *id;
            completion.pilotId = pilot;
            completion.kpi = u"completion_rate"_s;
            completion.mode = PilotKpi::Mode::Relative;
            completion.baseline = 0.3;
            completion.target90 = 0.2;
            completion.tolerance = 0.05;
            id = repo.saveKpi(completion);
            QVERIFY2(id, qPrintable(id.error()));
            completion.id = *id;
            // Edit: an entered baseline and no day-60 target any more.
            rate.baseline = 0.22;
            rate.target60.reset();
            QVERIFY(repo.saveKpi(rate));
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        TargetRepository repo((*ws)->database());
        auto all = repo.kpis(rate.pilotId);
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0), rate);
        QCOMPARE(all->at(1), completion);
        QCOMPARE(all->at(0).target(60), std::nullopt);
        QCOMPARE(all->at(1).target(90), 0.2);
        QCOMPARE(*repo.kpi(completion.id), completion);

        QVERIFY(repo.removeKpi(completion.id));
        QCOMPARE(repo.kpis(rate.pilotId)->size(), 1);
        QVERIFY(!repo.kpi(completion.id));
        // Targets go with their pilot.
        QVERIFY(PilotRepository((*ws)->database()).remove(rate.pilotId));
        QVERIFY(repo.kpis(rate.pilotId)->isEmpty());
    }

    void kpiValidation_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<bool>("relative");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<bool>("valid");
        QTest::addRow("fine") << u"weekly_active_users"_s << false << 120.0 << 0.1 << true;
        QTest::addRow("no kpi") << u" "_s << false << 0.5 << 0.1 << false;
        QTest::addRow("taken") << u"active_rate"_s << false << 0.5 << 0.1 << false;
        QTest::addRow("negative tolerance") << u"completion_rate"_s << false << 0.5 << -0.1 << false;
        QTest::addRow("not a number") << u"completion_rate"_s << false << std::numeric_limits<double>::quiet_NaN()
                                      << 0.1 << false;
        QTest::addRow("relative minus 100 percent") << u"completion_rate"_s << true << -1.0 << 0.1 << false;
        QTest::addRow("relative minus 50 percent")
            << u"median_days_to_first_completion"_s << true << -0.5 << 0.1 << true;
    }

    void kpiValidation()
    {
        QFETCH(QString, kpi);
        QFETCH(bool, relative);
        QFETCH(double, target);
        QFETCH(double, tolerance);
        QFETCH(bool, valid);
        auto ws = Workspace::create(m_backend.location(u"valid"_s), QTimeZone("UTC"));
        QVERIFY(ws);
        const qint64 pilot = addPilot(**ws, u"P"_s);
        TargetRepository repo((*ws)->database());
        PilotKpi taken;
        taken.pilotId = pilot;
        taken.kpi = u"active_rate"_s;
        QVERIFY(repo.saveKpi(taken));
        PilotKpi k;
        k.pilotId = pilot;
        k.kpi = kpi;
        k.mode = relative ? PilotKpi::Mode::Relative : PilotKpi::Mode::Absolute;
        k.target30 = target;
        k.tolerance = tolerance;
        QCOMPARE(bool(repo.validate(k)), valid);
        const auto saved = repo.saveKpi(k);
        QCOMPARE(bool(saved), valid);
        if (!valid)
            QVERIFY(!saved.error().isEmpty());
        QCOMPARE(repo.kpis(pilot)->size(), valid ? 2 : 1);
        k.pilotId = pilot + 100; // no such pilot
        k.kpi = u"other"_s;
        QVERIFY(!repo.validate(k));
    }

    void annotationsCreateEditReload()
    {
        const QString path = m_backend.location(u"notes"_s);
        AnnotationRecord own, everywhere, other;
        qint64 pilot = 0;
        {
            auto ws = Workspace::create(path, QTimeZone("Europe/Paris"));
            QVERIFY(ws);
            pilot = addPilot(**ws, u"Support"_s);
            const qint64 otherPilot = addPilot(**ws, u"Sales"_s);
            TargetRepository repo((*ws)->database());
            own = {0, pilot, QDate(2026, 9, 23), u"comms"_s, u"Huddle announcement"_s, u"All team leads"_s};
            everywhere = {0, 0, QDate(2026, 10, 7), u"outage"_s, u"SSO outage"_s, {}};
            other = {0, otherPilot, QDate(2026, 9, 30), u"note"_s, u"Sales kick-off"_s, {}};
            for (AnnotationRecord *a : {&own, &everywhere, &other}) {
                auto id = repo.saveAnnotation(*a);
                QVERIFY2(id, qPrintable(id.error()));
                a->id = *id;
            }
            everywhere.details = u"Nobody could log in for six hours"_s;
            everywhere.date = QDate(2026, 10, 8);
            QVERIFY(repo.saveAnnotation(everywhere));
        }
        everywhere.details = u"Nobody could log in for six hours"_s;
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        TargetRepository repo((*ws)->database());
        // The pilot's own marks and the program-wide ones, by date; another pilot's are not shown.
        auto marks = repo.annotations(pilot);
        QVERIFY2(marks, qPrintable(marks.error()));
        QCOMPARE(*marks, (QList<AnnotationRecord>{own, everywhere}));
        QCOMPARE(*repo.annotations(0), QList<AnnotationRecord>{everywhere});
        // A window: 2026-09-24 to 2026-10-31 holds only the outage; an open start holds both.
        QCOMPARE(*repo.annotations(pilot, QDate(2026, 9, 24), QDate(2026, 10, 31)),
                 QList<AnnotationRecord>{everywhere});
        QCOMPARE(repo.annotations(pilot, {}, QDate(2026, 10, 8))->size(), 2);
        QCOMPARE(*repo.annotation(own.id), own);

        QVERIFY(repo.removeAnnotation(own.id));
        QCOMPARE(*repo.annotations(pilot), QList<AnnotationRecord>{everywhere});
        // Program-wide marks stay when a pilot goes; the pilot's own go with it.
        QVERIFY(PilotRepository((*ws)->database()).remove(other.pilotId));
        QVERIFY(!repo.annotation(other.id));
        QVERIFY(repo.annotation(everywhere.id));
    }

    void annotationValidation_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("valid");
        QTest::addRow("fine") << QDate(2026, 1, 5) << u"adaptation"_s << u"Module split"_s << true;
        QTest::addRow("no date") << QDate() << u"note"_s << u"x"_s << false;
        QTest::addRow("blank label") << QDate(2026, 1, 5) << u"note"_s << u"  "_s << false;
        QTest::addRow("unknown kind") << QDate(2026, 1, 5) << u"party"_s << u"x"_s << false;
    }

    void annotationValidation()
    {
        QFETCH(QDate, date);
        QFETCH(QString, kind);
        QFETCH(QString, label);
        QFETCH(bool, valid);
        auto ws = Workspace::create(m_backend.location(u"note"_s), QTimeZone("UTC"));
        QVERIFY(ws);
        TargetRepository repo((*ws)->database());
        const AnnotationRecord a{0, 0, date, kind, label, {}};
        QCOMPARE(bool(repo.saveAnnotation(a)), valid);
        QCOMPARE(repo.annotations(0)->size(), valid ? 1 : 0);
        QVERIFY(!repo.saveAnnotation(AnnotationRecord{0, 42, QDate(2026, 1, 5), u"note"_s, u"x"_s, {}}));
        QVERIFY(!TargetRepository::annotationKindLabel(u"outage"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTargetRepository)
#include "tst_targetrepository.moc"
