// The metric engine on hand-built data with answers worked out by hand, on the demo workspace against an
// independent computation from raw events, and its statistics and target status rules.

#include "demo/demoworkspace.h"
#include "import/importer.h"
#include "metrics/metrics.h"
#include "metrics/stats.h"
#include "storage/workspace.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;
using namespace Uptake::Metrics;

class TestMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_small;

    bool import(const QString &ws, const QString &name, Import::DataKind kind, const QByteArray &bytes)
    {
        const QString file = m_dir.filePath(name);
        Test::writeFile(file, bytes);
        Import::ImportProfile p;
        p.kind = kind;
        const auto r = Import::importFile(ws, file, p, {}, {}, nullptr);
        if (!r.committed)
            qWarning() << r.error;
        return r.committed;
    }

    MetricSet small(const Filter &filter = {})
    {
        auto ws = Workspace::open(m_small, Workspace::Access::ReadOnly);
        if (!ws)
            return {};
        auto set = compute((*ws)->database(), filter);
        if (!set)
            qWarning() << set.error();
        return set ? *set : MetricSet{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Paris is UTC+1 in November: 2026-11-08T23:30Z is Monday 9 November, 00:30, in the second week.
        m_small = m_dir.filePath(u"small.uptake"_s);
        QVERIFY(Workspace::create(m_small, QTimeZone("Europe/Paris")));
        QVERIFY(import(m_small, u"roster.csv"_s, Import::DataKind::Roster,
                       "learner,name,department,country\na,Ann,Support,FR\nb,Bo,Support,DE\n"
                       "c,Cy,Sales,FR\nd,Di,Sales,FR\n"));
        QVERIFY(import(m_small, u"events.csv"_s, Import::DataKind::Events,
                       "learner,timestamp,course,content,event\n"
                       "a,2026-11-02T09:00:00Z,C1,M1,viewed\n"
                       "a,2026-11-02T09:20:00Z,C1,M2,completed\n"
                       "a,2026-11-02T09:40:00Z,C1,M2,viewed\n"
                       "b,2026-11-03T10:00:00Z,C1,M1,viewed\n"
                       "b,2026-11-08T23:30:00Z,C1,M2,viewed\n"
                       "c,2026-11-04T08:00:00Z,,,failed login\n"
                       "c,2026-11-09T00:30:00Z,C2,X,viewed\n"
                       "e,2026-11-05T12:00:00Z,C1,M1,completed\n"));
        QVERIFY(import(m_small, u"perf.csv"_s, Import::DataKind::Performance,
                       "learner,period,kpi,value\na,2026-11-05,csat,4\nb,2026-11-05,csat,3\n"));
    }

    void weeklyActiveAcrossTheWeekBoundary()
    {
        const MetricSet m = small();
        QCOMPARE(m.from, QDate(2026, 11, 2));
        QCOMPARE(m.to, QDate(2026, 11, 9));
        QCOMPARE(m.learners, 4); // the roster: e has no roster row
        QCOMPARE(m.weeks.size(), 2);
        QCOMPARE(m.weeks.at(0).isoWeek, u"2026-W45"_s);
        QCOMPARE(m.weeks.at(0).start, QDate(2026, 11, 2));
        QCOMPARE(m.weeks.at(0).active, 2); // a and b; c only failed to log in
        QCOMPARE(m.weeks.at(0).rate, 0.5);
        QCOMPARE(m.weeks.at(1).active, 2); // b's Sunday-night event is Monday in Paris, and c
        QCOMPARE(m.weeks.at(1).rate, 0.5);
    }

    void completionTimeToCompletionAndDropOff()
    {
        const MetricSet m = small();
        QCOMPARE(m.completionPairs, 3); // a–C1, b–C1, c–C2
        QCOMPARE(m.overallCompletion, 1.0 / 3.0);
        QCOMPARE(m.byCourse.size(), 2);
        QCOMPARE(m.byCourse.at(0).course, u"C1"_s);
        QCOMPARE(m.byCourse.at(0).learners, 2);
        QCOMPARE(m.byCourse.at(0).completed, 1);
        QCOMPARE(m.byCourse.at(1).course, u"C2"_s); // nobody completed it
        QCOMPARE(m.byCourse.at(1).rate, 0.0);
        QCOMPARE(m.timeToFirstCompletion.n, 1);
        QCOMPARE(m.timeToFirstCompletion.median, 20.0 / (24 * 60)); // a: 09:00 → 09:20
        QCOMPARE(m.dropOff.size(), 2);
        for (const CourseDropOff &c : m.dropOff) {
            QCOMPARE(c.notCompleted, 1);
            QCOMPARE(c.points.size(), 1);
            QCOMPARE(c.points.first().content, c.course == u"C1"_s ? u"M2"_s : u"X"_s); // the last event's item
            QCOMPARE(c.points.first().share, 1.0);
        }
    }

    void correlationWithTwoLearners()
    {
        Filter f;
        f.activity = Activity::Events;
        const MetricSet m = small(f);
        QCOMPARE(m.correlation.kpi, u"csat"_s);
        QCOMPARE(m.correlation.n, 2); // a: 3 events, csat 4; b: 2 events, csat 3
        QVERIFY(m.correlation.pearson);
        QCOMPARE(*m.correlation.pearson, 1.0);
        QVERIFY(!m.correlation.ciLow); // no interval for n ≤ 3
        QVERIFY(m.correlation.smallN);
        QCOMPARE(m.correlation.slope, 1.0);
        QCOMPARE(m.correlation.intercept, 1.0);
    }

    void cohortAndWindow()
    {
        Filter f;
        f.cohort = parseCohort(u"department=Sales"_s);
        MetricSet m = small(f);
        QCOMPARE(m.learners, 2); // c, d
        QCOMPARE(m.weeks.at(0).active, 0);
        QCOMPARE(m.weeks.at(1).active, 1);
        QCOMPARE(m.weeks.at(1).rate, 0.5);
        f = {};
        f.from = QDate(2026, 11, 9);
        m = small(f);
        QCOMPARE(m.weeks.size(), 1);
        QCOMPARE(m.completionPairs, 2); // b–C1 and c–C2 on 9 November
        QCOMPARE(m.overallCompletion, 0.0);
    }

    void parseCohortText()
    {
        QCOMPARE(parseCohort(u" department = Customer Support ; country=FR"_s),
                 (QList<QPair<QString, QString>>{{u"department"_s, u"Customer Support"_s}, {u"country"_s, u"FR"_s}}));
        QVERIFY(parseCohort(u"nonsense"_s).isEmpty());
    }

    void statistics()
    {
        QCOMPARE(Stats::quantile({1, 2, 3, 4}, 0.25), 1.75);
        QCOMPARE(Stats::quantile({1, 2, 3, 4}, 0.5), 2.5);
        QCOMPARE(Stats::ranks({10, 20, 20, 30}), (QList<double>{1, 2.5, 2.5, 4}));
        // r = 0.5, n = 28: z = 0.5493, se = 0.2, so tanh(0.1573) = 0.1560 and tanh(0.9413) = 0.7357.
        const auto ci = Stats::fisherInterval(0.5, 28);
        QVERIFY(ci);
        QVERIFY(qAbs(ci->first - 0.1560) < 5e-4);
        QVERIFY(qAbs(ci->second - 0.7357) < 5e-4);
        // Monotone but not linear: Spearman 1, Pearson below 1.
        const QList<double> x{1, 2, 3, 4, 5};
        const QList<double> y{1, 4, 9, 16, 100};
        QCOMPARE(*Stats::spearman(x, y), 1.0);
        QVERIFY(*Stats::pearson(x, y) < 0.9);
        QVERIFY(!Stats::pearson({1, 1, 1}, {1, 2, 3})); // no variance
    }

    void targetStatus_data()
    {
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("baseline");
        QTest::addColumn<bool>("higher");
        QTest::addColumn<int>("status");
        // Baseline 0.20, target 0.40: the gap is 0.20, so 10% tolerance is 0.02.
        QTest::newRow("met") << 0.41 << 0.40 << 0.20 << true << int(TargetStatus::OnTrack);
        QTest::newRow("exactly") << 0.40 << 0.40 << 0.20 << true << int(TargetStatus::OnTrack);
        QTest::newRow("within tolerance") << 0.385 << 0.40 << 0.20 << true << int(TargetStatus::AtRisk);
        QTest::newRow("beyond tolerance") << 0.37 << 0.40 << 0.20 << true << int(TargetStatus::OffTrack);
        // Lower is better (days to first completion): baseline 10, target 6, tolerance 0.4 days.
        QTest::newRow("lower, met") << 5.0 << 6.0 << 10.0 << false << int(TargetStatus::OnTrack);
        QTest::newRow("lower, at risk") << 6.3 << 6.0 << 10.0 << false << int(TargetStatus::AtRisk);
        QTest::newRow("lower, off") << 7.0 << 6.0 << 10.0 << false << int(TargetStatus::OffTrack);
    }

    void targetStatus()
    {
        QFETCH(double, actual);
        QFETCH(double, target);
        QFETCH(double, baseline);
        QFETCH(bool, higher);
        QFETCH(int, status);
        QCOMPARE(int(statusFor(actual, target, baseline, 0.1, higher)), status);
    }

    void demoAgainstRawEvents()
    {
        const QString path = m_dir.filePath(u"demo.uptake"_s);
        auto created = Demo::createDemoWorkspace(path, true);
        QVERIFY2(created, qPrintable(created.error()));
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        const QSqlDatabase db = (*ws)->database();
        auto set = compute(db, {});
        QVERIFY2(set, qPrintable(set.error()));

        // Independently, from raw events: distinct learners with a non-failed-login event per Monday week.
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT (day + 3) / 7 * 7 - 3, count(DISTINCT learner_id) FROM event WHERE kind <> 2 "
                       "GROUP BY 1 ORDER BY 1"_s));
        QHash<QDate, qint64> raw;
        while (q.next())
            raw.insert(QDate::fromJulianDay(q.value(0).toLongLong() + 2440588), q.value(1).toLongLong());
        QVERIFY(raw.size() > 10);
        for (const Week &w : set->weeks)
            QCOMPARE(w.active, raw.value(w.start));

        // Completion by course from raw events.
        QVERIFY(q.exec(u"SELECT c.name, count(*), sum(done) FROM (SELECT course_id, max(kind = 5) AS done FROM event "
                       "WHERE course_id IS NOT NULL GROUP BY learner_id, course_id) p JOIN course c ON c.id = "
                       "p.course_id GROUP BY c.name"_s));
        QHash<QString, QPair<qint64, qint64>> byCourse;
        while (q.next())
            byCourse.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
        QCOMPARE(set->byCourse.size(), byCourse.size());
        for (const CourseCompletion &c : set->byCourse) {
            QCOMPARE(c.learners, byCourse.value(c.course).first);
            QCOMPARE(c.completed, byCourse.value(c.course).second);
        }

        // The demo's story: the pilot lifts its cohort's active rate far more than the rest moves.
        auto pilots = QSqlQuery(db);
        QVERIFY(pilots.exec(u"SELECT id FROM pilot"_s) && pilots.next());
        Filter f;
        f.pilotId = pilots.value(0).toLongLong();
        auto pilot = compute(db, f);
        QVERIFY2(pilot, qPrintable(pilot.error()));
        QVERIFY(pilot->comparison);
        QVERIFY(pilot->comparison->pilot.baselineActiveRate < 0.3);
        QVERIFY(pilot->comparison->pilot.activeRate > 0.55);
        QVERIFY(qAbs(pilot->comparison->rest.activeRate - pilot->comparison->rest.baselineActiveRate) < 0.05);
        QVERIFY(pilot->comparison->activeRateDid > 0.3);
        QVERIFY(pilot->learners < set->learners);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
