// The guided journey's model layer: schema v4 migration, storage and undo of every entity, the analyses
// (before/after effect, coverage, retirement, scope guard), the templates and the list models. On both back ends
// (tests/support/backendfixture.h).

#include "backendfixture.h"
#include "editing/journeycommands.h"
#include "editing/pilotcommands.h"
#include "itemmodels/journeymodels.h"
#include "journey/analysis.h"
#include "journey/templates.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning("%s", qPrintable(q.lastError().text()));
    return ok;
}

} // namespace

class TestJourney : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::BackendFixture m_backend;

    std::unique_ptr<Workspace> newWorkspace()
    {
        auto ws = Workspace::create(m_backend.location(u"j"_s), QTimeZone::utc());
        return ws ? std::move(*ws) : nullptr;
    }

    qint64 addPilot(Workspace &ws, const QString &name = u"Support pilot"_s)
    {
        Pilot p;
        p.name = name;
        p.startDate = QDate(2026, 1, 5);
        auto id = PilotRepository(ws.database()).insert(p);
        return id ? *id : 0;
    }

    /// Create, edit, undo, redo, reload and delete one entity through the undo stack.
    template<typename T, typename Change>
    void roundTrip(Workspace &ws, T item, Change change)
    {
        QUndoStack stack;
        JourneyRepository repo(ws.database());
        qint64 id = 0;
        const Status added = Editing::addItem(stack, ws, item, &id);
        QVERIFY2(added, qPrintable(added.error()));
        QVERIFY(id > 0);
        if constexpr (requires { item.id; })
            item.id = id;
        auto stored = repo.find(item);
        QVERIFY(stored && stored->has_value());
        if (!(**stored == item))
            qWarning("%s does not round-trip", typeid(T).name());
        QCOMPARE(**stored, item);

        T changed = item;
        change(changed);
        QVERIFY(!(changed == item));
        const Status edited = Editing::editItem(stack, ws, changed);
        QVERIFY2(edited, qPrintable(edited.error()));
        QCOMPARE(*JourneyRepository(ws.database()).find(item).value(), changed);
        stack.undo();
        QCOMPARE(*JourneyRepository(ws.database()).find(item).value(), item);
        stack.redo();
        QCOMPARE(*JourneyRepository(ws.database()).find(item).value(), changed);

        QVERIFY(Editing::removeItem(stack, ws, changed));
        QVERIFY(!JourneyRepository(ws.database()).find(item)->has_value());
        stack.undo(); // back with the same identity
        QCOMPARE(*JourneyRepository(ws.database()).find(item).value(), changed);
        stack.undo();
        stack.undo(); // before it was added
        QVERIFY(!JourneyRepository(ws.database()).find(item)->has_value());
        stack.redo(); // added again with the same id
        QCOMPARE(*JourneyRepository(ws.database()).find(item).value(), item);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UPTAKE_INIT_BACKEND(m_backend);
    }
    void init() { m_backend.init(); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void migratesVersion3AndKeepsData()
    {
        UPTAKE_SKIP_ON_POSTGRES(m_backend, "createAtVersion writes older schema versions as files, and the upgrade "
                                           "keeps a backup copy of the file.");
        const QString path = m_dir.filePath(u"v3.uptake"_s);
        QVERIFY(Workspace::createAtVersion(path, 3, QTimeZone::utc()));
        {
            auto old = Workspace::openConnection(path, u"v3"_s);
            QVERIFY(old);
            QVERIFY(exec(*old, u"INSERT INTO pilot (id, name) VALUES (7, 'Kept pilot')"_s));
            QVERIFY(exec(*old, u"INSERT INTO pilot_kpi (pilot_id, kpi, target_30) VALUES (7, 'active_rate', 0.4)"_s));
            QVERIFY(exec(*old, u"INSERT INTO course (id, name) VALUES (3, 'Kept course')"_s));
        }
        Workspace::closeConnection(u"v3"_s);
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE((*ws)->schemaVersion(), Workspace::currentSchemaVersion());
        QVERIFY(QFile::exists((*ws)->migrationBackupPath()));
        auto pilot = PilotRepository((*ws)->database()).pilot(7);
        QVERIFY(pilot);
        QCOMPARE(pilot->name, u"Kept pilot"_s);
        JourneyRepository repo((*ws)->database());
        QCOMPARE(*repo.pilotKpis(7), QStringList{u"active_rate"_s});
        QVERIFY(repo.save(ScopeCourse{7, 3, {}, {}, {}}));
        QCOMPARE(repo.scope(7)->size(), 1);
        QCOMPARE(repo.scope(7)->first().name, u"Kept course"_s);
        // Deleting the pilot takes its journey with it.
        QVERIFY(PilotRepository((*ws)->database()).remove(7));
        QCOMPARE(repo.scope(7)->size(), 0);
    }

    void everyEntityRoundTrips()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        const qint64 pid = addPilot(*ws);
        QVERIFY(
            exec(ws->database(),
                 u"INSERT INTO course (id, name, duration_minutes) VALUES (1, 'A', 45), (2, 'B', 10), (3, 'C', 5)"_s));
        QVERIFY(exec(ws->database(), u"INSERT INTO content (id, course_id, name, position) VALUES (11, 1, 'A1', 1)"_s));
        JourneyRepository repo(ws->database());
        const qint64 barrierA = *repo.save(Barrier{0, pid, u"SSO"_s, u"login_failures"_s, Severity::High, {}, 0});
        const qint64 barrierB = *repo.save(Barrier{0, pid, u"Time"_s, u"Shift work"_s, Severity::Low, {}, 1});
        const qint64 cycle = *repo.save(PlanCycle{0, pid, 1, QDate(2026, 1, 5), QDate(2026, 1, 18), {}});
        const qint64 feedback =
            *repo.save(FeedbackItem{0, cycle, {}, FeedbackSource::Chat, Sentiment::Negative, u"x"_s, {}});

        BaselineSnapshot snapshot{0,
                                  pid,
                                  QDate(2026, 1, 4),
                                  QDateTime(QDate(2026, 1, 4), QTime(9, 0), Qt::UTC),
                                  u"Before"_s,
                                  u"{\"weekly_active\":3}"_s};
        roundTrip(*ws, snapshot, [](BaselineSnapshot &s) { s.label = u"Renamed"_s; });
        roundTrip(
            *ws,
            Interview{0, pid, u"Ana"_s, u"Lead"_s, u"Support"_s, u"Porto"_s, QDate(2026, 1, 2), u"n"_s, {barrierA}},
            [&](Interview &i) {
                i.barrierIds = {barrierA, barrierB};
            });
        roundTrip(*ws, Barrier{0, pid, u"Long module"_s, u"job_mismatch"_s, Severity::Critical, u"drop-off"_s, 2},
                  [](Barrier &b) { b.severity = Severity::Medium; });
        roundTrip(*ws, ChecklistItem{0, pid, Phase::Diagnose, 0, u"Baseline"_s, false, u"Ana"_s, QDate(2026, 1, 9)},
                  [](ChecklistItem &c) { c.done = true; });
        roundTrip(*ws,
                  Lever{0, pid, Pillar::HabitFormation, {}, u"Nudges"_s, {}, true, {barrierB}, u"active_rate"_s, {}, 0},
                  [&](Lever &l) { l.barrierIds = {barrierA}; });
        roundTrip(*ws, ScopeCourse{pid, 1, u"A"_s, 45.0, {}}, [](ScopeCourse &s) { s.note = u"core"_s; });
        roundTrip(*ws, PlanCycle{0, pid, 2, QDate(2026, 1, 19), QDate(2026, 2, 1), {}},
                  [](PlanCycle &c) { c.notes = u"second"_s; });
        roundTrip(*ws, LaunchItem{0, cycle, u"Paths"_s, u"Tier 1"_s, QDate(2026, 1, 5)},
                  [](LaunchItem &l) { l.audience = u"Tier 2"_s; });
        roundTrip(
            *ws, FeedbackItem{0, cycle, QDate(2026, 1, 6), FeedbackSource::Survey, Sentiment::Positive, u"t"_s, u"q"_s},
            [](FeedbackItem &f) { f.sentiment = Sentiment::Negative; });
        roundTrip(
            *ws,
            Adaptation{0, cycle, QDate(2026, 1, 12), 1, 11, feedback, u"Split"_s, AdaptationKpi::ContentCompletion, 7},
            [](Adaptation &a) { a.windowDays = 14; });
        roundTrip(*ws, NormalizeItem{0, cycle, u"Format"_s, u"Sales"_s, QDate(2026, 2, 1)},
                  [](NormalizeItem &n) { n.targetGroup = u"Ops"_s; });
        roundTrip(*ws, BoardMember{0, u"Hannah"_s, BoardFunction::LD, u"Chair"_s},
                  [](BoardMember &m) { m.function = BoardFunction::HR; });
        roundTrip(*ws,
                  Decision{0,
                           pid,
                           QDate(2026, 1, 3),
                           u"Scope"_s,
                           u"focus"_s,
                           u"H"_s,
                           {{u"chart"_s, u"wau"_s, u"WAU"_s}},
                           DecisionStatus::Proposed},
                  [](Decision &d) { d.status = DecisionStatus::Approved; });
        roundTrip(*ws, Release{0, QDate(2026, 2, 1), ReleaseCadence::Monthly, u"Feb"_s, u"c"_s, false},
                  [](Release &r) { r.released = true; });
        roundTrip(*ws, RetirementRule{0, RetirementRuleKind::CompletionBelow, 0.2, true},
                  [](RetirementRule &r) { r.threshold = 0.3; });
        roundTrip(*ws, CourseSuccessor{2, 1}, [](CourseSuccessor &s) { s.successorId = 3; });
        roundTrip(*ws, RetirementDecision{2, RetirementVerdict::Pending, {}, {}},
                  [](RetirementDecision &r) { r.verdict = RetirementVerdict::Retire; });
        roundTrip(*ws,
                  Action{0, pid, u"Baseline"_s, 30, Phase::Diagnose, u"Ana"_s, QDate(2026, 1, 12), ActionStatus::Open,
                         0, barrierA, false, 0},
                  [](Action &a) { a.status = ActionStatus::Done; });
    }

    void invalidEditsAreRefused()
    {
        auto ws = newWorkspace();
        const qint64 pid = addPilot(*ws);
        QUndoStack stack;
        QVERIFY(!Editing::addItem(stack, *ws, Interview{0, pid, u"  "_s, {}, {}, {}, {}, {}, {}}));
        QVERIFY(!Editing::addItem(
            stack, *ws, Action{0, pid, u"x"_s, 45, Phase::Pilot, {}, {}, ActionStatus::Open, 0, 0, false, 0}));
        QVERIFY(!Editing::addItem(stack, *ws,
                                  Barrier{0, 999, u"x"_s, u"poor_ux"_s, Severity::Low, {}, 0})); // no such pilot
        QCOMPARE(stack.count(), 0);
    }

    void removingABarrierUnlinksAndUndoRestores()
    {
        auto ws = newWorkspace();
        const qint64 pid = addPilot(*ws);
        JourneyRepository repo(ws->database());
        const qint64 b = *repo.save(Barrier{0, pid, u"SSO"_s, u"login_failures"_s, Severity::High, {}, 0});
        const qint64 i = *repo.save(Interview{0, pid, u"Ana"_s, {}, {}, {}, {}, {}, {b}});
        const qint64 l = *repo.save(Lever{0, pid, Pillar::Recognition, {}, u"Support"_s, {}, true, {b}, {}, {}, 0});
        const qint64 a =
            *repo.save(Action{0, pid, u"Fix"_s, 30, Phase::Design, {}, {}, ActionStatus::Open, l, b, false, 0});
        QUndoStack stack;
        QVERIFY(Editing::removeItem(stack, *ws, Barrier{b, pid, {}, {}, {}, {}, 0}));
        QCOMPARE(stack.count(), 1);
        QVERIFY(repo.find(Interview{i, pid, {}, {}, {}, {}, {}, {}, {}})->value().barrierIds.isEmpty());
        QCOMPARE(repo.find(Action{a, pid, {}, 30, {}, {}, {}, {}, 0, 0, false, 0})->value().barrierId, 0);
        stack.undo();
        QCOMPARE(repo.find(Interview{i, pid, {}, {}, {}, {}, {}, {}, {}})->value().barrierIds, QList<qint64>{b});
        QCOMPARE(repo.find(Lever{l, pid, {}, {}, {}, {}, {}, {}, {}, {}, 0})->value().barrierIds, QList<qint64>{b});
        QCOMPARE(repo.find(Action{a, pid, {}, 30, {}, {}, {}, {}, 0, 0, false, 0})->value().barrierId, b);
        QCOMPARE(*repo.interviewCounts(pid), (QHash<qint64, int>{{b, 1}}));
    }

    void templateStartsAPlanAsOneStep()
    {
        auto ws = newWorkspace();
        const qint64 pid = addPilot(*ws);
        const Pilot pilot = *PilotRepository(ws->database()).pilot(pid);
        QUndoStack stack;
        QVERIFY(Editing::applyJourneyTemplate(stack, *ws, pilot));
        JourneyRepository repo(ws->database());
        QCOMPARE(repo.levers(pid)->size(), 10);
        QCOMPARE(repo.checklist(pid)->size(), 12);
        const QList<Action> actions = *repo.actions(pid);
        QCOMPARE(actions.size(), 13);
        // Day 7 after the start of 2026-01-05, in the day-30 bucket; the last action is due on day 88.
        QCOMPARE(actions.first().dueDate, QDate(2026, 1, 12));
        QCOMPARE(actions.first().bucket, 30);
        QCOMPARE(actions.last().dueDate, QDate(2026, 4, 3));
        QCOMPARE(actions.last().bucket, 90);
        QCOMPARE(actions.last().phase, Phase::Govern);
        const QList<Lever> stored = *repo.levers(pid);
        for (Pillar p : AllPillars)
            QVERIFY(std::any_of(stored.cbegin(), stored.cend(),
                                [&](const Lever &l) { return l.pillar == p && !l.description.isEmpty(); }));
        QVERIFY(!Editing::applyJourneyTemplate(stack, *ws, pilot)); // only for a new plan
        stack.undo();
        QCOMPARE(repo.levers(pid)->size(), 0);
        QCOMPARE(repo.actions(pid)->size(), 0);
        QCOMPARE(Journey::bucketFor(QDate(2026, 1, 5), QDate(2026, 2, 4)), 30);
        QCOMPARE(Journey::bucketFor(QDate(2026, 1, 5), QDate(2026, 2, 5)), 60);
    }

    void effectBeforeAndAfter()
    {
        auto ws = newWorkspace();
        QSqlDatabase db = ws->database();
        // Course 1 with items at positions 1..3; the adaptation changes item 12 on 2026-01-15 (day 20468).
        QVERIFY(exec(db, u"INSERT INTO course (id, name) VALUES (1, 'C')"_s));
        QVERIFY(exec(
            db,
            u"INSERT INTO content (id, course_id, name, position) VALUES (11,1,'a',1),(12,1,'b',2),(13,1,'c',3)"_s));
        const qint64 d = Journey::dayNumber(QDate(2026, 1, 15));
        QCOMPARE(d, 20468);
        // Before (days d-7..d-1): learners 1..4 used the course, only 1 completed → 1/4.
        // After (days d..d+6): learners 1..5 used it, 2, 3 and 4 completed → 3/5. Relative: (0.6 − 0.25)/0.25 = +140%.
        QString rows;
        for (int l = 1; l <= 4; ++l)
            rows += u"(%1, 1, %2, 3, 3, %3, 0, 0),"_s.arg(l).arg(d - 3).arg(l == 1 ? 1 : 0);
        for (int l = 1; l <= 5; ++l)
            rows += u"(%1, 1, %2, 3, 3, %3, 0, 0),"_s.arg(l).arg(d + 2).arg(l >= 2 && l <= 4 ? 1 : 0);
        rows.chop(1);
        QVERIFY(
            exec(db, u"INSERT INTO learner_course_day (learner_id, course_id, day, events, active_events, completions, "
                     "first_ts, last_ts) VALUES "_s +
                         rows));
        // Data runs to d+10 so both windows keep 7 days.
        QVERIFY(exec(
            db, u"INSERT INTO learner_day (learner_id, day, events, first_ts) VALUES (1, %1, 1, 0)"_s.arg(d + 10)));
        Adaptation a{0, 0, QDate(2026, 1, 15), 1, 0, 0, u"x"_s, AdaptationKpi::CourseCompletion, 7};
        auto e = Journey::measureAdaptation(db, a, {});
        QVERIFY2(e, qPrintable(e.error()));
        QCOMPARE(e->windowDays, 7);
        QCOMPARE(e->before.from, QDate(2026, 1, 8));
        QCOMPARE(e->after.to, QDate(2026, 1, 21));
        QCOMPARE(e->before.n, 4);
        QCOMPARE(e->before.hits, 1);
        QCOMPARE(e->after.n, 5);
        QCOMPARE(e->after.hits, 3);
        QCOMPARE(*e->relativeChange(), 1.4);
        // 1/4 = 25% → 3/5 = 60%: 35 percentage points (the relative change, +140%, is not what people read).
        QCOMPARE(e->label(), u"+35.0 points in completion (n = 4 → 5)"_s);

        // A window longer than the data after the date shrinks on both sides: 11 days are left (d..d+10).
        a.windowDays = 30;
        e = Journey::measureAdaptation(db, a, {});
        QCOMPARE(e->windowDays, 11);
        QCOMPARE(e->before.from, QDate(2026, 1, 4));

        // Content completion from events: learner 1 reaches item 12 before, never gets past it; learner 2 reaches
        // it before and moves on to item 13; after, learners 3 and 4 reach it and both complete the course.
        // Before 1/2 = 50%, after 2/2 = 100% → +50 points.
        const qint64 ts = (d - 2) * 86400;
        const qint64 ta = (d + 1) * 86400;
        QString ev;
        auto event = [&](int id, int learner, qint64 t, qint64 day, QString content, int kind) {
            ev +=
                u"(%1, 1, %2, %3, %4, 1, %5, %6, %1, 1),"_s.arg(id).arg(learner).arg(t).arg(day).arg(content).arg(kind);
        };
        event(1, 1, ts, d - 2, u"12"_s, 3);
        event(2, 2, ts, d - 2, u"12"_s, 3);
        event(3, 2, ts + 60, d - 2, u"13"_s, 3);
        event(4, 3, ta, d + 1, u"12"_s, 3);
        event(5, 3, ta + 60, d + 1, u"NULL"_s, 5);
        event(6, 4, ta, d + 1, u"12"_s, 3);
        event(7, 4, ta + 90, d + 1, u"NULL"_s, 5);
        ev.chop(1);
        QVERIFY(
            exec(db, u"INSERT INTO event (id, batch_id, learner_id, ts, day, course_id, content_id, kind, fingerprint, "
                     "occurrence) VALUES "_s +
                         ev));
        Adaptation c{0, 0, QDate(2026, 1, 15), 1, 12, 0, u"split"_s, AdaptationKpi::ContentCompletion, 7};
        e = Journey::measureAdaptation(db, c, {});
        QVERIFY2(e, qPrintable(e.error()));
        QCOMPARE(e->before.n, 2);
        QCOMPARE(e->before.hits, 1);
        QCOMPARE(e->after.n, 2);
        QCOMPARE(e->after.hits, 2);
        QCOMPARE(e->label(), u"+50.0 points in completion of the module (n = 2 → 2)"_s);

        // Nothing before: not measurable.
        Adaptation early{0, 0, QDate(2025, 6, 1), 1, 0, 0, u"x"_s, AdaptationKpi::CourseCompletion, 7};
        e = Journey::measureAdaptation(db, early, {});
        QVERIFY(!e->measurable());
    }

    void coverage()
    {
        const Barrier a{1, 1, u"A"_s, u"poor_ux"_s, Severity::Low, {}, 0};
        const Barrier b{2, 1, u"B"_s, u"poor_ux"_s, Severity::Low, {}, 1};
        const Lever covers{10, 1, Pillar::Recognition, {}, u"covers A"_s, {}, true, {1}, {}, {}, 0};
        const Lever idle{11, 1, Pillar::Recognition, {}, u"idle"_s, {}, true, {}, {}, {}, 1};
        const Lever unchosen{12, 1, Pillar::Recognition, {}, u"unchosen covers B"_s, {}, false, {2}, {}, {}, 2};
        const Journey::Coverage c = Journey::analyseCoverage({a, b}, {covers, idle, unchosen});
        QCOMPARE(c.unaddressed, QList<Barrier>{b});
        QCOMPARE(c.idleLevers, QList<Lever>{idle});
        QVERIFY(!c.complete());
        QVERIFY(Journey::analyseCoverage({a}, {covers}).complete());
    }

    void scopeLimit_data()
    {
        QTest::addColumn<int>("catalogue");
        QTest::addColumn<int>("limit");
        QTest::addRow("tiny catalogue keeps 3") << 4 << 3;
        QTest::addRow("20 pct of 20") << 20 << 4;
        QTest::addRow("20 pct of 21 rounds up") << 21 << 5;
        QTest::addRow("capped at 8") << 200 << 8;
    }
    void scopeLimit()
    {
        QFETCH(int, catalogue);
        QFETCH(int, limit);
        QCOMPARE(Journey::scopeLimit(catalogue), limit);
    }

    void retirement()
    {
        const QDate asOf(2026, 10, 30);
        const QList<Journey::CourseUsage> usage = {
            {1, u"Old"_s, QDate(2023, 1, 1), QDate(2026, 7, 1), 30, 20},   // 121 days idle; 3+ years in use
            {2, u"Poor"_s, QDate(2026, 9, 1), QDate(2026, 10, 29), 20, 2}, // 10% completion
            {3, u"Few"_s, QDate(2026, 9, 1), QDate(2026, 10, 29), 5, 0},   // too few learners to judge
            {4, u"Never"_s, {}, {}, 0, 0},
            {5, u"Replaced"_s, QDate(2026, 9, 1), QDate(2026, 10, 29), 50, 40},
        };
        const QList<RetirementRule> rules = {{1, RetirementRuleKind::NotAccessed, 90, true},
                                             {2, RetirementRuleKind::CompletionBelow, 0.25, true},
                                             {3, RetirementRuleKind::OlderThan, 24, true},
                                             {4, RetirementRuleKind::Superseded, 0, true}};
        const auto c = Journey::evaluateRetirement(usage, rules, {{5, 3}},
                                                   {{2, RetirementVerdict::Revise, asOf, u"shorten"_s}}, asOf);
        QCOMPARE(c.size(), 4);
        QCOMPARE(c.at(0).usage.name, u"Old"_s);
        QCOMPARE(c.at(0).matched,
                 (QList<RetirementRuleKind>{RetirementRuleKind::NotAccessed, RetirementRuleKind::OlderThan}));
        QCOMPARE(c.at(1).usage.name, u"Poor"_s);
        QCOMPARE(c.at(1).matched, QList<RetirementRuleKind>{RetirementRuleKind::CompletionBelow});
        QCOMPARE(c.at(1).decision.verdict, RetirementVerdict::Revise);
        QCOMPARE(c.at(2).usage.name, u"Never"_s);
        QCOMPARE(c.at(2).decision.verdict, RetirementVerdict::Pending);
        QCOMPARE(c.at(3).successorName, u"Few"_s);
        // Disabled rules do not count; a threshold of 130 days spares "Old" on access.
        const auto relaxed = Journey::evaluateRetirement(
            usage,
            {{1, RetirementRuleKind::NotAccessed, 130, true}, {2, RetirementRuleKind::CompletionBelow, 0.25, false}},
            {}, {}, asOf);
        QCOMPARE(relaxed.size(), 1);
        QCOMPARE(relaxed.first().usage.name, u"Never"_s);
    }

    void currentPhase_data()
    {
        // Each item as "phase:done" with phases 0 Diagnose … 3 Govern.
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<int>("phase");
        QTest::addRow("no checklist: where a journey starts") << QStringList{} << int(Phase::Diagnose);
        QTest::addRow("diagnose open") << QStringList{u"0:0"_s, u"1:0"_s} << int(Phase::Diagnose);
        QTest::addRow("diagnose done, design open") << QStringList{u"0:1"_s, u"1:0"_s} << int(Phase::Design);
        QTest::addRow("a later phase open only") << QStringList{u"0:1"_s, u"2:0"_s} << int(Phase::Pilot);
        QTest::addRow("all done") << QStringList{u"0:1"_s, u"3:1"_s} << int(Phase::Govern);
    }

    void currentPhase()
    {
        QFETCH(QStringList, items);
        QFETCH(int, phase);
        QList<ChecklistItem> checklist;
        for (const QString &item : items) {
            ChecklistItem c;
            c.phase = Phase(item.section(u':', 0, 0).toInt());
            c.done = item.section(u':', 1, 1) == u"1"_s;
            checklist << c;
        }
        QCOMPARE(int(Journey::currentPhase(checklist)), phase);
    }

    void progressAndThemes()
    {
        const QDate today(2026, 2, 1);
        const QList<Action> actions = {
            {1, 1, u"a"_s, 30, Phase::Diagnose, {}, QDate(2026, 1, 10), ActionStatus::Done, 0, 0, false, 0},
            {2, 1, u"b"_s, 30, Phase::Diagnose, {}, QDate(2026, 1, 20), ActionStatus::InProgress, 0, 0, false, 1},
            {3, 1, u"c"_s, 60, Phase::Pilot, {}, QDate(2026, 3, 1), ActionStatus::Open, 0, 0, false, 2},
            {4, 1, u"d"_s, 60, Phase::Pilot, {}, QDate(2026, 1, 1), ActionStatus::Dropped, 0, 0, false, 3},
        };
        QVERIFY(actions.at(1).isOverdue(today));
        QVERIFY(!actions.at(3).isOverdue(today));
        const auto p = Journey::bucketProgress(actions, today);
        QCOMPARE(p.size(), 3);
        QCOMPARE(p.at(0).total, 2);
        QCOMPARE(p.at(0).done, 1);
        QCOMPARE(p.at(0).overdue, 1);
        QCOMPARE(p.at(1).total, 1);
        QCOMPARE(p.at(2).total, 0);
        const QList<FeedbackItem> feedback = {{1, 1, {}, {}, {}, u"Length"_s, {}},
                                              {2, 1, {}, {}, {}, u"length"_s, {}},
                                              {3, 1, {}, {}, {}, u"Sign-in"_s, {}},
                                              {4, 1, {}, {}, {}, u""_s, {}}};
        const auto themes = Journey::themeCounts(feedback);
        QCOMPARE(themes.size(), 2);
        QCOMPARE(themes.at(0), (std::pair<QString, int>{u"Length"_s, 2}));
    }

    void baselineFiguresSurviveJson()
    {
        BaselineFigures f;
        f.asOf = QDate(2026, 9, 20);
        f.cohortSize = 78;
        f.weeklyActive = 17;
        f.activeRate = 17.0 / 78;
        f.medianDaysToFirstCompletion = 2.5;
        f.topDropOffs = {{u"C"_s, u"M"_s, 11}};
        f.heatmap = {{u"C"_s, {1, 2, 3, 4}}};
        BaselineFigures back;
        QVERIFY(BaselineFigures::fromJson(f.toJson(), &back));
        QCOMPARE(back, f);
        QVERIFY(!BaselineFigures::fromJson(u"[1]"_s, &back));
    }

    void listModels()
    {
        auto ws = newWorkspace();
        const qint64 pid = addPilot(*ws);
        const Pilot pilot = *PilotRepository(ws->database()).pilot(pid);
        QUndoStack stack;
        QVERIFY(Editing::applyJourneyTemplate(stack, *ws, pilot));
        JourneyRepository repo(ws->database());

        ActionsModel actions;
        QAbstractItemModelTester actionsTester(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        actions.setActions(*repo.actions(pid), QDate(2026, 1, 20)); // day 7 and day 14 actions are overdue
        QCOMPARE(actions.rowCount(), 13);
        QCOMPARE(actions.index(0, ActionsModel::Title).data(OverdueRole).toBool(), true);
        QCOMPARE(actions.index(2, ActionsModel::Title).data(OverdueRole).toBool(), false);
        QCOMPARE(actions.index(12, ActionsModel::Title).data(GroupRole).toInt(), 90);
        actions.setEditor([&](const Action &a) { return Editing::editItem(stack, *ws, a); });
        QVERIFY(actions.flags(actions.index(0, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(actions.setData(actions.index(0, ActionsModel::Title), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(repo.actions(pid)->first().status, ActionStatus::Done);
        QCOMPARE(actions.index(0, ActionsModel::Title).data(OverdueRole).toBool(), false);
        stack.undo();
        QCOMPARE(repo.actions(pid)->first().status, ActionStatus::Open);

        ChecklistModel checklist;
        QAbstractItemModelTester checklistTester(&checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        checklist.setItems(*repo.checklist(pid));
        checklist.setEditor([&](const ChecklistItem &c) { return Editing::editItem(stack, *ws, c); });
        QVERIFY(checklist.setData(checklist.index(1, ChecklistModel::Owner), u"Ana"_s));
        QCOMPARE(repo.checklist(pid)->at(1).owner, u"Ana"_s);
        QVERIFY(!checklist.setData(checklist.index(1, ChecklistModel::Text), u" "_s)); // refused, row unchanged
        QVERIFY(!checklist.lastError().isEmpty());
        QVERIFY(!checklist.index(1, ChecklistModel::Text).data().toString().trimmed().isEmpty());

        LeversModel levers;
        QAbstractItemModelTester leversTester(&levers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        levers.setLevers(*repo.levers(pid));
        QCOMPARE(levers.index(0, 0).data(GroupRole).toString(), u"content_relevance"_s);
        QCOMPARE(levers.index(9, 0).data(GroupRole).toString(), u"recognition"_s);
        levers.setEditor([&](const Lever &l) { return Editing::editItem(stack, *ws, l); });
        QVERIFY(levers.setData(levers.index(4, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(repo.levers(pid)->at(4).chosen, true);
        // A KPI Uptake measures shows by its name, not its key; typed by name it is stored by key.
        int completionRow = -1;
        for (int r = 0; r < levers.rowCount() && completionRow < 0; ++r)
            if (levers.index(r, LeversModel::Kpi).data(Qt::EditRole).toString() == u"completion_rate"_s)
                completionRow = r;
        QVERIFY(completionRow >= 0);
        QCOMPARE(levers.index(completionRow, LeversModel::Kpi).data().toString(), u"Completion rate"_s);
        QVERIFY(levers.setData(levers.index(completionRow, LeversModel::Kpi), u"weekly active rate"_s));
        QCOMPARE(repo.levers(pid)->at(completionRow).kpi, u"active_rate"_s);
        QCOMPARE(levers.index(completionRow, LeversModel::Kpi).data().toString(), u"Weekly active rate"_s);

        const qint64 b = *repo.save(Barrier{0, pid, u"SSO"_s, u"login_failures"_s, Severity::High, u"e"_s, 0});
        repo.save(Interview{0, pid, u"Ana"_s, {}, {}, {}, {}, {}, {b}});
        repo.save(Interview{0, pid, u"Ben"_s, {}, {}, {}, {}, {}, {b}});
        BarriersModel barriers;
        QAbstractItemModelTester barriersTester(&barriers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        barriers.setBarriers(*repo.barriers(pid), *repo.interviewCounts(pid), *repo.levers(pid));
        QCOMPARE(barriers.index(0, BarriersModel::Interviews).data(CountRole).toInt(), 2);
        QCOMPARE(barriers.index(0, BarriersModel::Category).data().toString(), u"Login failures"_s);
        QCOMPARE(barriers.index(0, BarriersModel::Addressed).data(Qt::EditRole).toBool(), false);

        InterviewsModel interviews;
        QAbstractItemModelTester interviewsTester(&interviews, QAbstractItemModelTester::FailureReportingMode::QtTest);
        interviews.setBarrierTitles({{b, u"SSO"_s}});
        interviews.setItems(*repo.interviews(pid));
        QCOMPARE(interviews.rowCount(), 2);
        QCOMPARE(interviews.index(0, InterviewsModel::Barriers).data().toString(), u"SSO"_s);

        CyclesModel cycles;
        FeedbackModel feedback;
        AdaptationsModel adaptations;
        BoardModel board;
        DecisionsModel decisions;
        ReleasesModel releases;
        RetirementModel retirement;
        QAbstractItemModelTester t1(&cycles, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&feedback, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&adaptations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(&decisions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t6(&releases, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t7(&retirement, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PlanCycle cycle{7, pid, 1, QDate(2026, 1, 5), QDate(2026, 1, 18), {}};
        cycles.setCycles({cycle}, {{7, 3}}, {{7, 1}});
        QCOMPARE(cycles.index(0, CyclesModel::Feedback).data(CountRole).toInt(), 3);
        feedback.setItems(
            {{1, 7, QDate(2026, 1, 6), FeedbackSource::HelpDesk, Sentiment::Negative, u"Sign-in"_s, u"q"_s}});
        QCOMPARE(feedback.index(0, FeedbackModel::Source).data().toString(), u"Help desk"_s);
        Journey::AdaptationEffect effect;
        effect.before = {QDate(2026, 1, 1), QDate(2026, 1, 14), 140, 35};
        effect.after = {QDate(2026, 1, 15), QDate(2026, 1, 28), 152, 48};
        adaptations.setAdaptations(
            {{5, 7, QDate(2026, 1, 15), 1, 0, 0, u"Split"_s, AdaptationKpi::CourseCompletion, 14}}, {{5, effect}},
            {{5, u"C"_s}});
        // 35/140 = 25%, 48/152 ≈ 31.58%: +6.6 percentage points (not the relative +26%).
        QCOMPARE(adaptations.index(0, AdaptationsModel::Effect).data().toString(),
                 u"+6.6 points in completion (n = 140 → 152)"_s);
        board.setItems({{1, u"Hannah"_s, BoardFunction::LD, u"Chair"_s}});
        QCOMPARE(board.index(0, BoardModel::Function).data().toString(), u"L&D"_s);
        decisions.setItems({{1,
                             pid,
                             QDate(2026, 1, 3),
                             u"Scope"_s,
                             {},
                             {},
                             {{u"chart"_s, u"wau"_s, u"WAU chart"_s}},
                             DecisionStatus::Approved}});
        QCOMPARE(decisions.index(0, DecisionsModel::Evidence).data().toString(), u"WAU chart"_s);
        releases.setItems({{1, QDate(2026, 2, 1), ReleaseCadence::Quarterly, u"Q1"_s, {}, true}});
        QCOMPARE(releases.index(0, ReleasesModel::Title).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        Journey::RetirementCandidate candidate;
        candidate.usage = {3, u"Old"_s, {}, {}, 0, 0};
        candidate.reasons = {u"Never accessed"_s};
        retirement.setItems({candidate});
        QList<RetirementDecision> decided;
        retirement.setEditor([&](const Journey::RetirementCandidate &c) {
            decided << c.decision;
            return Status();
        });
        QVERIFY(retirement.setData(retirement.index(0, RetirementModel::Verdict), int(RetirementVerdict::Retire)));
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.first().verdict, RetirementVerdict::Retire);
        QCOMPARE(retirement.index(0, RetirementModel::Verdict).data().toString(), u"Retire"_s);
    }
};

QTEST_GUILESS_MAIN(TestJourney)
#include "tst_journey.moc"
