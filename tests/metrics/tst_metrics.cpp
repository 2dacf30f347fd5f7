// The metric engine on hand-built data with answers worked out by hand, on the demo workspace against an
// independent computation from raw events, and its statistics and target status rules. On both back ends
// (tests/support/backendfixture.h).

#include "backendfixture.h"
#include "demo/demoworkspace.h"
#include "import/importer.h"
#include "metrics/metrics.h"
#include "metrics/stats.h"
#include "metrics/summary.h"
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
    Test::BackendFixture m_backend;
    QString m_small;
    QString m_weeks;

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

    MetricSet small(const Filter &filter = {}) { return metrics(m_small, filter); }
    MetricSet weeks(const Filter &filter = {}) { return metrics(m_weeks, filter); }

    MetricSet metrics(const QString &path, const Filter &filter)
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
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
        UPTAKE_INIT_BACKEND(m_backend);
        // Paris is UTC+1 in November: 2026-11-08T23:30Z is Monday 9 November, 00:30, in the second week.
        m_small = m_backend.location(u"small"_s);
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

        // Six ISO weeks in UTC, Mondays W1 2026-01-05 … W6 2026-02-09; p8's Sunday 2026-02-15 ends the data.
        // One "viewed" event in course K per listed week (Monday 10:00), on the learner's content item:
        //   p1 W1–W6 (S1; completes K at S3 in W6)   p2 W1 W2 (S2)      p3 W1 (S1)       p4 W3 W4 W6 (S3)
        //   p5 W2 W3 W4 (S2)                          p6 W1–W4 (S1)      p7 never          p8 Sun of W6 (S1)
        // Roster: Ops = p1–p4, Sales = p5–p8; team X = p1 p2 p5 p6, team Y = p3 p4 p7 p8;
        // the extra column Region: North = p2 p3 p5, South = the rest.
        m_weeks = m_backend.location(u"weeks"_s);
        QVERIFY(Workspace::create(m_weeks, QTimeZone("UTC")));
        QVERIFY(import(m_weeks, u"roster-w.csv"_s, Import::DataKind::Roster,
                       "learner,name,department,team,Region\n"
                       "p1,P1,Ops,X,South\np2,P2,Ops,X,North\np3,P3,Ops,Y,North\np4,P4,Ops,Y,South\n"
                       "p5,P5,Sales,X,North\np6,P6,Sales,X,South\np7,P7,Sales,Y,South\np8,P8,Sales,Y,South\n"));
        const QDate w1(2026, 1, 5);
        const QList<std::tuple<QString, QList<int>, QString>> plan{
            {u"p1"_s, {1, 2, 3, 4, 5}, u"S1"_s}, {u"p2"_s, {1, 2}, u"S2"_s},    {u"p3"_s, {1}, u"S1"_s},
            {u"p4"_s, {3, 4, 6}, u"S3"_s},       {u"p5"_s, {2, 3, 4}, u"S2"_s}, {u"p6"_s, {1, 2, 3, 4}, u"S1"_s}};
        QByteArray events = "learner,timestamp,course,content,event\n";
        for (const auto &[who, inWeeks, content] : plan)
            for (int w : inWeeks)
                events += (who + u',' + w1.addDays(7 * (w - 1)).toString(Qt::ISODate) + u"T10:00:00Z,K,"_s + content +
                           u",viewed\n"_s)
                              .toUtf8();
        events += "p1,2026-02-09T10:00:00Z,K,S3,completed\np8,2026-02-15T10:00:00Z,K,S1,viewed\n";
        QVERIFY(import(m_weeks, u"events-w.csv"_s, Import::DataKind::Events, events));
        // Sales values: p1 and p4 also have one in the 28 days before the window (baseline for the change).
        QVERIFY(
            import(m_weeks, u"perf-w.csv"_s, Import::DataKind::Performance,
                   "learner,period,kpi,value\np1,2025-12-20,sales,10\np1,2026-01-20,sales,14\n"
                   "p4,2025-12-22,sales,10\np4,2026-01-20,sales,11\np5,2026-01-20,sales,9\np7,2026-01-20,sales,8\n"));
        auto ws = Workspace::open(m_weeks);
        QVERIFY(ws);
        QSqlQuery q((*ws)->database());
        // The catalogue's order of K's items (the importer has no position column).
        QVERIFY(q.exec(u"UPDATE content SET position = CAST(substr(name, 2) AS INTEGER)"_s));
        // The Ops pilot starts on Monday of W2 for four weeks (W2–W5); targets for its active rate
        // (entered baseline 0.25; absolute) and its weekly active users (measured baseline; relative).
        QVERIFY(q.exec(u"INSERT INTO pilot (id, name, cohort_filter, start_date, duration_weeks) "
                       "VALUES (1, 'Ops pilot', 'department=Ops', '2026-01-12', 4)"_s));
        QVERIFY(q.exec(u"INSERT INTO pilot_kpi (pilot_id, kpi, baseline, target_mode, target_30, target_60) "
                       "VALUES (1, 'active_rate', 0.25, 'absolute', 0.45, 0.55)"_s));
        QVERIFY(q.exec(u"INSERT INTO pilot_kpi (pilot_id, kpi, target_mode, target_30) "
                       "VALUES (1, 'weekly_active_users', 'relative', -0.5)"_s));
        QVERIFY(q.exec(u"INSERT INTO annotation (pilot_id, date, kind, label) VALUES "
                       "(1, '2026-01-20', 'comms', 'Mail'), (NULL, '2026-02-03', 'outage', 'SSO'), "
                       "(1, '2026-03-20', 'note', 'After the window')"_s));
        // A PLAN cycle of the pilot adapted content on 27 January: the charts mark it as well.
        QVERIFY(q.exec(u"INSERT INTO plan_cycle (id, pilot_id, number, start_date) VALUES (1, 1, 1, '2026-01-12')"_s));
        QVERIFY(
            q.exec(u"INSERT INTO adaptation (cycle_id, date, description) VALUES (1, '2026-01-27', 'Shorter K')"_s));
    }

    void summaryOfHandBuiltData()
    {
        auto ws = Workspace::open(m_small, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        auto s = readSummary((*ws)->database());
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->timeZone, u"Europe/Paris"_s);
        QCOMPARE(s->learners, 5); // a–d from the roster, e from the events
        QCOMPARE(s->rosterLearners, 4);
        QCOMPARE(s->courses, 2); // C1, C2; the failed login has none
        QCOMPARE(s->events, 8);
        QCOMPARE(s->failedLogins, 1);
        QCOMPARE(s->activeLearners, 4); // a, b, c (C2), e; c's failed login alone would not count
        QCOMPARE(s->performanceValues, 2);
        QCOMPARE(s->imports, 3);
        QCOMPARE(s->rejectedRows, 0);
        // Paris: the first event is Monday 2 November; b's 23:30Z and c's 00:30 are both Monday 9 November.
        QCOMPARE(s->firstDay, QDate(2026, 11, 2));
        QCOMPARE(s->lastDay, QDate(2026, 11, 9));
        // The last full week with data is 2–8 November: a, b and e were active; c only failed to log in.
        QCOMPARE(s->lastWeekStart, QDate(2026, 11, 2));
        QCOMPARE(s->lastWeekActive, 3);
        // Pairs (a,C1) done, (b,C1) not, (c,C2) not, (e,C1) done.
        QCOMPARE(s->completionRate, 0.5);
    }

    void summaryCompletionIsTheOverviews()
    {
        // `uptake info` tells the completion of the last four weeks, as the Overview's tile for all learners does
        // (see recentFigures, "everyone"): 19 January – 15 February, pairs p1 (completed) p4 p5 p6 p8 → 1 of 5.
        // Over all the data: p1–p6 and p8 in K, p1 completed → 1 of 7.
        auto ws = Workspace::open(m_weeks, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        auto s = readSummary((*ws)->database());
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->lastDay, QDate(2026, 2, 15));
        QCOMPARE(s->recentFrom, QDate(2026, 1, 19));
        QCOMPARE(s->recentCompletionPairs, 5);
        QCOMPARE(s->recentCompletionRate, 0.2);
        QCOMPARE(s->completionRate, 1.0 / 7.0);
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

    void partsArriveInOrderAndCancel()
    {
        auto ws = Workspace::open(m_small, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        QList<Part> parts;
        Progress progress;
        progress.onPart = [&parts](Part p, const MetricSet &soFar) {
            parts << p;
            if (p == Part::WeeklyActive) { // weeks are there, completion is not yet
                QCOMPARE(soFar.weeks.size(), 2);
                QVERIFY(soFar.byCourse.isEmpty());
            }
        };
        auto set = compute((*ws)->database(), {}, progress);
        QVERIFY(set);
        QCOMPARE(parts.size(), PartCount);
        for (int i = 0; i < PartCount; ++i)
            QCOMPARE(int(parts.at(i)), i);

        std::atomic_bool cancel = false;
        parts.clear();
        progress.cancel = &cancel;
        progress.onPart = [&](Part p, const MetricSet &) {
            parts << p;
            if (p == Part::Completion)
                cancel = true;
        };
        set = compute((*ws)->database(), {}, progress);
        QVERIFY(!set);
        QCOMPARE(parts.last(), Part::Completion); // nothing after the cancel
    }

    void learnersBehindAFigure()
    {
        auto ws = Workspace::open(m_small, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        const QSqlDatabase db = (*ws)->database();
        auto names = [](const Result<QList<LearnerRow>> &rows) {
            QStringList out;
            for (const LearnerRow &r : *rows)
                out << r.name;
            return out;
        };
        // Week 2 (9 November): b's Sunday-night event in Paris, and c.
        auto rows = learnersBehind(db, {}, QDate(2026, 11, 9));
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(names(rows), (QStringList{u"Bo"_s, u"Cy"_s}));
        // The C1 cell of week 1: a (3 events) and b; e has no roster row.
        rows = learnersBehind(db, {}, QDate(2026, 11, 2), u"C1"_s);
        QCOMPARE(names(rows), (QStringList{u"Ann"_s, u"Bo"_s}));
        QCOMPARE(rows->first().events, 3);
        // The Sales cell of week 1 is empty: c only failed to log in.
        QVERIFY(learnersBehind(db, {}, QDate(2026, 11, 2), {}, u"Sales"_s)->isEmpty());
        QCOMPARE(names(learnersBehind(db, {}, QDate(2026, 11, 9), {}, u"Sales"_s)), QStringList{u"Cy"_s});
        // The cohort filter applies too.
        Filter f;
        f.cohort = parseCohort(u"country=DE"_s);
        QCOMPARE(names(learnersBehind(db, f, QDate(2026, 11, 9))), QStringList{u"Bo"_s});
    }

    void heatmapsOnSmallData()
    {
        const MetricSet m = small();
        // Course × week: C1 has a and b in week 1, b in week 2; C2 has c in week 2 (e is not in the roster).
        QCOMPARE(m.courseHeatmap.rows, (QStringList{u"C1"_s, u"C2"_s}));
        QCOMPARE(m.courseHeatmap.weeks, (QList<QDate>{QDate(2026, 11, 2), QDate(2026, 11, 9)}));
        QCOMPARE(m.courseHeatmap.cells, (QList<QList<qint64>>{{2, 1}, {0, 1}}));
        // Department × week: Support a, b then b; Sales only c in week 2 (its failed login does not count).
        QCOMPARE(m.departmentHeatmap.rows, (QStringList{u"Support"_s, u"Sales"_s}));
        QCOMPARE(m.departmentHeatmap.cells, (QList<QList<qint64>>{{2, 1}, {0, 1}}));
        // Learning time from gaps under 30 minutes: a's 20 + 20 minutes; nobody else has two events that close.
        QVERIFY(m.learningTimeEstimated);
        QCOMPARE(m.sessionTimeout, 30);
        QCOMPARE(m.learningMinutes, 40.0);
        Filter f;
        f.sessionTimeout = 15; // 20-minute gaps no longer count
        QCOMPARE(small(f).learningMinutes, 0.0);
    }

    void retentionAndWeeks()
    {
        const MetricSet m = weeks();
        QCOMPARE(m.from, QDate(2026, 1, 5));
        QCOMPARE(m.to, QDate(2026, 2, 15));
        QCOMPARE(m.learners, 8);
        // WAU: W1 p1 p2 p3 p6; W2 p1 p2 p5 p6; W3 and W4 p1 p4 p5 p6; W5 p1; W6 p1 p4 p8.
        QList<qint64> active;
        for (const Week &w : m.weeks)
            active << w.active;
        QCOMPARE(active, (QList<qint64>{4, 4, 4, 4, 1, 3}));
        QCOMPARE(m.weeks.last().rate, 3.0 / 8.0);
        // Start weeks: W1 p1 p2 p3 p6, W2 p5, W3 p4, W6 p8.
        QCOMPARE(m.retention.startWeeks,
                 (QList<QDate>{QDate(2026, 1, 5), QDate(2026, 1, 12), QDate(2026, 1, 19), QDate(2026, 2, 9)}));
        QCOMPARE(m.retention.sizes, (QList<qint64>{4, 1, 1, 1}));
        // W1 group: all four, then p1 p2 p6, p1 p6, p1 p6, p1, p1.
        QCOMPARE(m.retention.shares.at(0), (QList<double>{1, 0.75, 0.5, 0.5, 0.25, 0.25}));
        QCOMPARE(m.retention.shares.at(1), (QList<double>{1, 1, 1, 0, 0})); // p5: W2–W4
        QCOMPARE(m.retention.shares.at(2), (QList<double>{1, 1, 0, 1}));    // p4: W3 W4 W6
        QCOMPARE(m.retention.shares.at(3), (QList<double>{1}));
    }

    void dropOffFunnel()
    {
        const MetricSet m = weeks();
        // K: started by everyone but p7 (7), completed by p1 only.
        QCOMPARE(m.byCourse.size(), 1);
        QCOMPARE(m.byCourse.first().learners, 7);
        QCOMPARE(m.byCourse.first().completed, 1);
        // TTFC: p1's first event 5 January 10:00, completion 9 February 10:00.
        QCOMPARE(m.timeToFirstCompletion.n, 1);
        QCOMPARE(m.timeToFirstCompletion.median, 35.0);
        QCOMPARE(m.dropOff.size(), 1);
        const CourseDropOff &k = m.dropOff.first();
        // Non-completers' last items: S1 p3 p6 p8, S2 p2 p5, S3 p4.
        QCOMPARE(k.notCompleted, 6);
        QCOMPARE(k.points.size(), 3);
        QCOMPARE(k.points.at(0).content, u"S1"_s);
        QCOMPARE(k.points.at(0).learners, 3);
        QCOMPARE(k.points.at(0).share, 0.5);
        QCOMPARE(k.points.at(2).content, u"S3"_s);
        QCOMPARE(k.points.at(2).position, 3);
        // Funnel: 7 reach S1; 7 − 3 = 4 reach S2; 4 − 2 = 2 reach S3 (p1 and p4).
        QCOMPARE(k.funnel.size(), 3);
        QCOMPARE(k.funnel.at(0).reached, 7);
        QCOMPARE(k.funnel.at(1).reached, 4);
        QCOMPARE(k.funnel.at(2).content, u"S3"_s);
        QCOMPARE(k.funnel.at(2).reached, 2);
        QCOMPARE(k.funnel.at(2).share, 2.0 / 7.0);
    }

    void correlationMeasures()
    {
        Filter f;
        f.activity = Activity::Events;
        // Mean in the window: p1 (6 events, 14), p4 (3, 11), p5 (3, 9), and p7, in the roster but never active
        // (0, 8). x̄ = 3, ȳ = 10.5; Sxy = 18, Sxx = 18, Syy = 21, so r = 18/√378 = 0.92582, slope 1, intercept 7.5.
        // Ranks: x 4, 2.5, 2.5, 1 (tie averaged), y 4, 3, 2, 1: ρ = 4.5/√22.5 = 3/√10.
        MetricSet m = weeks(f);
        QCOMPARE(m.correlation.kpi, u"sales"_s);
        QCOMPARE(m.correlation.n, 4);
        QVERIFY(qAbs(*m.correlation.pearson - 18.0 / std::sqrt(378.0)) < 1e-9);
        QVERIFY(qAbs(*m.correlation.spearman - 3.0 / std::sqrt(10.0)) < 1e-9);
        QCOMPARE(m.correlation.slope, 1.0);
        QCOMPARE(m.correlation.intercept, 7.5);
        // Change from the 28 days before the window: p1 14 − 10 = 4, p4 11 − 10 = 1; p5 and p7 have no baseline.
        f.performance = PerformanceMeasure::ChangeFromBaseline;
        m = weeks(f);
        QCOMPARE(m.correlation.n, 2);
        QList<QPointF> points = m.correlation.points;
        std::sort(points.begin(), points.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
        QCOMPARE(points, (QList<QPointF>{{3, 1}, {6, 4}}));
        QCOMPARE(m.correlation.slope, 1.0);
        QCOMPARE(m.correlation.intercept, -2.0);
    }

    void underEngagedAndStopped()
    {
        // Active in the last two weeks (1–15 February … 2–15 February): p1, p4, p8, so the organisation's rate
        // is 3/8. Ops 2/4, Sales 1/4, team X 1/4 (p1), team Y 2/4, Region North 0/3 (p2 p3 p5), South 3/5.
        MetricSet m = weeks();
        QCOMPARE(m.underEngaged.size(), 1); // only North is below 25% (or half of 37.5%)
        QCOMPARE(m.underEngaged.first().attribute, u"Region"_s);
        QCOMPARE(m.underEngaged.first().value, u"North"_s);
        QCOMPARE(m.underEngaged.first().size, 3);
        QCOMPARE(m.underEngaged.first().rate, 0.0);
        QCOMPARE(m.underEngaged.first().organisationRate, 3.0 / 8.0);
        Filter f;
        f.underEngagedThreshold = 0.3;
        m = weeks(f);
        QCOMPARE(m.underEngaged.size(), 3);
        QCOMPARE(m.underEngaged.at(1).attribute, u"department"_s);
        QCOMPARE(m.underEngaged.at(1).value, u"Sales"_s);
        QCOMPARE(m.underEngaged.at(1).rate, 0.25);
        QCOMPARE(m.underEngaged.at(2).attribute, u"team"_s);
        QCOMPARE(m.underEngaged.at(2).value, u"X"_s);
        // Stopped: p6 (4 of W1–W4), p5 (3), p2 (2); p3 had only one week, p4 and p1 are still active.
        QCOMPARE(m.stoppedEngaging.size(), 3);
        QCOMPARE(m.stoppedEngaging.at(0).name, u"P6"_s);
        QCOMPARE(m.stoppedEngaging.at(0).activeWeeks, 4);
        QCOMPARE(m.stoppedEngaging.at(1).name, u"P5"_s);
        QCOMPARE(m.stoppedEngaging.at(1).lastActive, QDate(2026, 1, 26));
        QCOMPARE(m.stoppedEngaging.at(2).name, u"P2"_s);
        QCOMPARE(m.stoppedEngaging.at(2).activeWeeks, 2);
        // A window ending on 8 February: the last two weeks are W4 and W5; the four before are W3, W2, W1 and the
        // week before the data. Active in W4–W5: p1, p4, p5, p6.
        f = {};
        f.to = QDate(2026, 2, 8);
        m = weeks(f);
        QStringList stopped;
        for (const StoppedLearner &s : m.stoppedEngaging)
            stopped << s.name;
        QCOMPARE(stopped, (QStringList{u"P2"_s})); // p2: W1 W2, then nothing; p3 one week only
    }

    void pilotComparisonAndTargets()
    {
        Filter f;
        f.pilotId = 1;
        const MetricSet m = weeks(f);
        QCOMPARE(m.pilotName, u"Ops pilot"_s);
        QCOMPARE(m.learners, 4);
        QVERIFY(m.comparison);
        const Comparison &c = *m.comparison;
        QCOMPARE(c.from, QDate(2026, 1, 12));
        QCOMPARE(c.to, QDate(2026, 2, 8));
        // Baseline: the four weeks before 12 January, clipped to the data: W1 only. Ops 3 of 4, Sales 1 (p6) of 4.
        // Pilot W2–W5: Ops 2, 2, 2, 1 → mean 1.75 of 4; Sales 2, 2, 2, 0 → 1.5 of 4.
        QCOMPARE(c.pilot.baselineActiveRate, 0.75);
        QCOMPARE(c.pilot.activeRate, 0.4375);
        QCOMPARE(c.rest.size, 4);
        QCOMPARE(c.rest.baselineActiveRate, 0.25);
        QCOMPARE(c.rest.activeRate, 0.375);
        QCOMPARE(c.activeRateDid, (0.4375 - 0.75) - (0.375 - 0.25));
        QCOMPARE(c.kpis.first().kpi, u"active_rate"_s);
        QCOMPARE(*c.kpis.first().differenceInDifferences, c.activeRateDid);
        QCOMPARE(*c.kpis.at(1).pilot, 1.75); // weekly active users
        // The rest's weeks: W1 p6; W2–W4 p5 p6; W5 nobody; W6 p8.
        QList<qint64> restWeeks;
        for (const Week &w : c.comparisonWeeks)
            restWeeks << w.active;
        QCOMPARE(restWeeks, (QList<qint64>{1, 2, 2, 2, 0, 1}));
        QCOMPARE(c.comparisonWeeks.at(1).rate, 0.5);

        QCOMPARE(m.targets.size(), 2);
        const KpiTarget &rate = m.targets.at(0);
        QCOMPARE(rate.kpi, u"active_rate"_s);
        QCOMPARE(rate.baseline, 0.25);
        QVERIFY(!rate.baselineMeasured);
        // Day 30 is 11 February; its four weeks end the day before: 14 January – 10 February hold W2 (5 of its
        // days) … W5 (W6 has only 2 days in them), as above: 0.4375.
        // Target 0.45 misses by 0.0125, within 10% of the 0.20 gap → at risk. Day 60 is past the data.
        QCOMPARE(rate.checkpoints.at(0).date, QDate(2026, 2, 11));
        QCOMPARE(*rate.checkpoints.at(0).actual, 0.4375);
        QCOMPARE(rate.checkpoints.at(0).status, TargetStatus::AtRisk);
        QCOMPARE(rate.checkpoints.at(1).status, TargetStatus::NotDue);
        QVERIFY(!rate.checkpoints.at(1).actual);
        QCOMPARE(rate.nextCheckpoint, 60);
        // Pace on 15 February, 34 days after the start (day 30 is 11 February, 30 days after it): 0.45 +
        // (0.55 − 0.45) × 4/30 = 0.46333. Current (W3–W6: 2, 2, 1, 2 of 4) 0.4375 misses it by 0.02583, within
        // 10% of the 0.30 step from the baseline 0.25 to the next target 0.55 → at risk: the report's rule.
        QVERIFY(qAbs(*rate.paceNow - (0.45 + 0.1 * 4.0 / 30.0)) < 1e-12);
        QCOMPARE(rate.current, 0.4375);
        QCOMPARE(rate.paceStatus, TargetStatus::AtRisk);
        // The current value is the last four weeks' figure the set reports for the cohort.
        QCOMPARE(m.recent.from, QDate(2026, 1, 19));
        QCOMPARE(m.recent.to, QDate(2026, 2, 15));
        QCOMPARE(*m.recent.activeRate, rate.current);
        QCOMPARE(rate.pace, (QList<QPointF>{{0, 0.25}, {30, 0.45}, {60, 0.55}}));

        const KpiTarget &wau = m.targets.at(1);
        QVERIFY(wau.baselineMeasured);
        QCOMPARE(wau.baseline, 3.0);                   // W1: p1 p2 p3
        QCOMPARE(*wau.checkpoints.at(0).target, 1.5);  // 3 × (1 − 50%)
        QCOMPARE(*wau.checkpoints.at(0).actual, 1.75); // mean of W2–W5
        QCOMPARE(wau.checkpoints.at(0).status, TargetStatus::OnTrack);
        QVERIFY(!wau.checkpoints.at(2).target);

        // Annotations in the window: the pilot start, its comms mail, the adaptation of its PLAN cycle and the
        // program-wide outage, by date.
        QCOMPARE(m.annotations.size(), 4);
        QCOMPARE(m.annotations.at(0).kind, u"pilot_start"_s);
        QCOMPARE(m.annotations.at(1).label, u"Mail"_s);
        QCOMPARE(m.annotations.at(2).kind, u"adaptation"_s);
        QCOMPARE(m.annotations.at(2).label, u"Shorter K"_s);
        QCOMPARE(m.annotations.at(2).date, QDate(2026, 1, 27));
        QCOMPARE(m.annotations.at(3).kind, u"outage"_s);

        // A chosen comparison group: team Y outside the pilot (p7 p8): never active before, so baseline 0.
        f.comparisonCohort = parseCohort(u"team=Y"_s);
        const MetricSet y = weeks(f);
        QCOMPARE(y.comparison->rest.size, 2);
        QCOMPARE(y.comparison->rest.baselineActiveRate, 0.0);
        QCOMPARE(y.comparison->rest.activeRate, 0.0); // p8 is active in W6, after the pilot
    }

    // A learner who finished a course and comes back to it has not left it unfinished: the pair is no start in a
    // window after the completion (neither in the completion rate nor among the drop-offs).
    void revisitOfAFinishedCourse()
    {
        const QString path = m_backend.location(u"revisit"_s);
        QVERIFY(Workspace::create(path, QTimeZone("UTC")));
        QVERIFY(import(path, u"roster-r.csv"_s, Import::DataKind::Roster, "learner,name\nr1,R1\nr2,R2\n"));
        // r1 completes K on 2 March and looks at it again on 10 March; r2 opens K on 10 March without finishing,
        // opens L on 3 March and completes it on 11 March.
        QVERIFY(import(path, u"events-r.csv"_s, Import::DataKind::Events,
                       "learner,timestamp,course,content,event\n"
                       "r1,2026-03-02T09:00:00Z,K,K1,completed\n"
                       "r1,2026-03-10T09:00:00Z,K,K1,viewed\n"
                       "r2,2026-03-10T10:00:00Z,K,K1,viewed\n"
                       "r2,2026-03-03T10:00:00Z,L,L1,viewed\n"
                       "r2,2026-03-11T10:00:00Z,L,L1,completed\n"));
        // The whole data (2–11 March): r1–K done, r2–K not, r2–L done → 2 of 3.
        MetricSet m = metrics(path, {});
        QCOMPARE(m.completionPairs, 3);
        QCOMPARE(m.overallCompletion, 2.0 / 3.0);
        // From 9 March: r1–K was finished before, so the pairs are r2–K (not done) and r2–L (done) → 1 of 2, not
        // 1 of 3; K has one starter and one drop-off, not two.
        Filter f;
        f.from = QDate(2026, 3, 9);
        m = metrics(path, f);
        QCOMPARE(m.completionPairs, 2);
        QCOMPARE(m.overallCompletion, 0.5);
        QCOMPARE(*m.recent.completionRate, 0.5); // the same rule in the SQL of the KPIs
        QCOMPARE(m.recent.completionPairs, 2);
        const auto k = std::find_if(m.byCourse.cbegin(), m.byCourse.cend(),
                                    [](const CourseCompletion &c) { return c.course == u"K"_s; });
        QVERIFY(k != m.byCourse.cend());
        QCOMPARE(k->learners, 1);
        QCOMPARE(k->completed, 0);
        QCOMPARE(m.dropOff.size(), 1);
        QCOMPARE(m.dropOff.first().course, u"K"_s);
        QCOMPARE(m.dropOff.first().notCompleted, 1);
        // r1's return to K still shows as activity in the course heatmap: r1 and r2 in the week of 9 March.
        const qsizetype row = m.courseHeatmap.rows.indexOf(u"K"_s);
        QVERIFY(row >= 0);
        QCOMPARE(m.courseHeatmap.cells.at(row).first(), 2);
    }

    // The last four weeks of the window, worked by hand on the six-week data (W1 = 5 January … W6 = 9 February;
    // each listed week's event is on its Monday).
    void recentFigures_data()
    {
        QTest::addColumn<qint64>("pilot");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("wau");
        QTest::addColumn<qint64>("pairs");
        QTest::addColumn<qint64>("completed");
        // Everyone (8), 19 January – 15 February = W3–W6: active 4 (p1 p4 p5 p6), 4, 1 (p1), 3 (p1 p4 p8) → 3 a
        // week, 3/8. Pairs with K events in them: p1 (completed in W6), p4, p5, p6, p8 → 1 of 5.
        QTest::addRow("everyone") << qint64(0) << QDate() << QDate(2026, 1, 19) << 3.0 / 8 << 3.0 << qint64(5)
                                  << qint64(1);
        // The Ops pilot (p1–p4): W3 2, W4 2, W5 1, W6 2 → 1.75 of 4. Pairs: p1 (completed), p4 → 1 of 2, where the
        // whole window has p1–p4: 1 of 4. A short window shows a lower completion rate.
        QTest::addRow("pilot") << qint64(1) << QDate() << QDate(2026, 1, 19) << 0.4375 << 1.75 << qint64(2)
                               << qint64(1);
        // Up to Wednesday 11 February: 15 January – 11 February. W2 has four of its days (15–18 January) in it and
        // counts whole: 4 (p1 p2 p5 p6); W3 4, W4 4, W5 1; W6 has three days and does not count → 13/4 a week.
        // Pairs: W2's Monday lies before the range, so p1 (completed 9 February), p4, p5, p6 → 1 of 4.
        QTest::addRow("up to a Wednesday")
            << qint64(0) << QDate(2026, 2, 11) << QDate(2026, 1, 15) << 13.0 / 32 << 3.25 << qint64(4) << qint64(1);
    }

    void recentFigures()
    {
        QFETCH(qint64, pilot);
        QFETCH(QDate, to);
        QFETCH(QDate, from);
        QFETCH(double, rate);
        QFETCH(double, wau);
        QFETCH(qint64, pairs);
        QFETCH(qint64, completed);
        Filter f;
        f.pilotId = pilot;
        f.to = to;
        const MetricSet m = weeks(f);
        QCOMPARE(m.recent.from, from);
        QCOMPARE(m.recent.to, to.isValid() ? to : QDate(2026, 2, 15));
        QVERIFY(m.recent.activeRate && m.recent.weeklyActiveUsers && m.recent.completionRate);
        QCOMPARE(*m.recent.activeRate, rate);
        QCOMPARE(*m.recent.weeklyActiveUsers, wau);
        QCOMPARE(m.recent.completionPairs, pairs);
        QCOMPARE(m.recent.completedPairs, completed);
        QCOMPARE(*m.recent.completionRate, double(completed) / double(pairs));
        const QJsonObject json = toJson(m).value(u"recent"_s).toObject();
        QCOMPARE(json.value(u"from"_s).toString(), from.toString(Qt::ISODate));
        QCOMPARE(json.value(u"pairs"_s).toInteger(), pairs);
    }

    // One rule for the status against the pace, whoever asks (the report, the Overview, the command line).
    void paceOnADate_data()
    {
        QTest::addColumn<double>("current");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("nextDay");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("status");
        // Start 12 January, baseline 0.25, day 30 (11 February) 0.45, day 60 (13 March) 0.55, tolerance 0.1.
        // The start day is day 0: the pace is the baseline, the band 0.1 × (0.45 − 0.25) = 0.02.
        QTest::addRow("start day") << 0.24 << QDate(2026, 1, 12) << 30 << 0.25 << int(TargetStatus::AtRisk);
        // 11 February is day 30 exactly: 0.45; the day-30 checkpoint is not after it, so the next is day 60 and
        // the band 0.1 × 0.30 = 0.03.
        QTest::addRow("day 30") << 0.425 << QDate(2026, 2, 11) << 60 << 0.45 << int(TargetStatus::AtRisk);
        QTest::addRow("day 30, short") << 0.41 << QDate(2026, 2, 11) << 60 << 0.45 << int(TargetStatus::OffTrack);
        // After the last target: it holds.
        QTest::addRow("after day 60") << 0.56 << QDate(2026, 4, 1) << 60 << 0.55 << int(TargetStatus::OnTrack);
        QTest::addRow("before the start") << 0.1 << QDate(2026, 1, 5) << 30 << -1.0 << int(TargetStatus::NotDue);
    }

    void paceOnADate()
    {
        QFETCH(double, current);
        QFETCH(QDate, date);
        QFETCH(int, nextDay);
        QFETCH(double, expected);
        QFETCH(int, status);
        const QDate start(2026, 1, 12);
        KpiTarget t;
        t.kpi = u"active_rate"_s;
        t.baseline = 0.25;
        t.current = current;
        t.tolerance = 0.1;
        t.pace = {{0, 0.25}, {30, 0.45}, {60, 0.55}};
        for (const auto &[day, target] : {std::pair{30, 0.45}, std::pair{60, 0.55}}) {
            Checkpoint c;
            c.day = day;
            c.date = start.addDays(day);
            c.target = target;
            t.checkpoints << c;
        }
        const Pace p = paceAt(t, start, date);
        QVERIFY(p.next);
        QCOMPARE(p.next->day, nextDay);
        if (expected < 0)
            QVERIFY(!p.expected);
        else
            QVERIFY(qAbs(*p.expected - expected) < 1e-12);
        QCOMPARE(int(p.status), status);
    }

    void init() { m_backend.init(); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void definitionsCoverEveryMetric()
    {
        QStringList keys;
        for (const Definition &d : definitions()) {
            keys << d.key;
            QVERIFY(!d.title.isEmpty() && d.text.size() > 40);
        }
        Filter pilot;
        pilot.pilotId = 1;
        const QJsonObject json = toJson(weeks(pilot));
        for (const QString &key : std::as_const(keys))
            QVERIFY2(json.contains(key), qPrintable(key));
    }

    void demoAgainstRawEvents()
    {
        const QString path = m_backend.location(u"demo"_s);
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

        // Time to first completion from raw events: per learner, first completion − first event, in days.
        QVERIFY(q.exec(u"SELECT (min(CASE WHEN kind = 5 THEN ts END) - min(ts)) / 86400.0 FROM event "
                       "WHERE learner_id IN (SELECT id FROM learner WHERE in_roster = 1) GROUP BY learner_id "
                       "HAVING max(CASE WHEN kind = 5 THEN 1 ELSE 0 END) = 1"_s));
        QList<double> days;
        while (q.next())
            days << q.value(0).toDouble();
        std::sort(days.begin(), days.end());
        QVERIFY(days.size() > 50);
        QCOMPARE(set->timeToFirstCompletion.n, days.size());
        const qsizetype mid = days.size() / 2;
        const double median = days.size() % 2 ? days.at(mid) : (days.at(mid - 1) + days.at(mid)) / 2;
        QVERIFY(qAbs(set->timeToFirstCompletion.median - median) < 1e-9);

        // Heatmap cells: distinct learners with a non-failed-login event per course and Monday week.
        QVERIFY(q.exec(u"SELECT c.name, (e.day + 3) / 7 * 7 - 3, count(DISTINCT e.learner_id) FROM event e "
                       "JOIN course c ON c.id = e.course_id WHERE e.kind <> 2 GROUP BY 1, 2"_s));
        QHash<QPair<QString, QDate>, qint64> cells;
        while (q.next())
            cells.insert({q.value(0).toString(), QDate::fromJulianDay(q.value(1).toLongLong() + 2440588)},
                         q.value(2).toLongLong());
        qint64 nonZero = 0;
        const Heatmap &h = set->courseHeatmap;
        for (qsizetype r = 0; r < h.rows.size(); ++r)
            for (qsizetype w = 0; w < h.weeks.size(); ++w) {
                QCOMPARE(h.cells.at(r).at(w), cells.value({h.rows.at(r), h.weeks.at(w)}));
                nonZero += h.cells.at(r).at(w) > 0 ? 1 : 0;
            }
        QCOMPARE(nonZero, cells.size()); // and no cell of the raw data is missing

        // The learners behind a WAU point and a department cell are as many as the figure says.
        const Week &busy = *std::max_element(set->weeks.cbegin(), set->weeks.cend(),
                                             [](const Week &a, const Week &b) { return a.active < b.active; });
        auto behind = learnersBehind(db, {}, busy.start);
        QVERIFY2(behind, qPrintable(behind.error()));
        QCOMPARE(behind->size(), busy.active);
        const Heatmap &d = set->departmentHeatmap;
        const qsizetype wi = d.weeks.indexOf(busy.start);
        QVERIFY(wi >= 0);
        behind = learnersBehind(db, {}, busy.start, {}, d.rows.first());
        QCOMPARE(behind->size(), d.cells.first().at(wi));

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
