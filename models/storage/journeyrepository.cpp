#include "journeyrepository.h"

#include "dialect.h"
#include "rowversions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

// --- SQL ------------------------------------------------------------------------------------------------------

constexpr auto SelectSnapshot =
    R"sql(SELECT id, pilot_id, as_of, taken_at, label, figures, row_version FROM baseline_snapshot)sql";
constexpr auto UpsertSnapshot = R"sql(
INSERT INTO baseline_snapshot (id, pilot_id, as_of, taken_at, label, figures) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, as_of = excluded.as_of, taken_at = excluded.taken_at,
                               label = excluded.label, figures = excluded.figures
)sql";
constexpr auto DeleteSnapshot = R"sql(DELETE FROM baseline_snapshot WHERE id = ?)sql";

constexpr auto SelectInterview =
    R"sql(SELECT id, pilot_id, name, role, function, location, date, notes, row_version FROM interview)sql";
constexpr auto UpsertInterview = R"sql(
INSERT INTO interview (id, pilot_id, name, role, function, location, date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, name = excluded.name, role = excluded.role,
                               function = excluded.function, location = excluded.location, date = excluded.date,
                               notes = excluded.notes
)sql";
constexpr auto DeleteInterview = R"sql(DELETE FROM interview WHERE id = ?)sql";
constexpr auto SelectInterviewLinks = R"sql(
SELECT ib.interview_id, ib.barrier_id FROM interview_barrier ib JOIN interview i ON i.id = ib.interview_id
WHERE i.pilot_id = ? ORDER BY ib.interview_id, ib.barrier_id
)sql";
constexpr auto SelectLinksOfInterview =
    R"sql(SELECT barrier_id FROM interview_barrier WHERE interview_id = ? ORDER BY barrier_id)sql";
constexpr auto DeleteLinksOfInterview = R"sql(DELETE FROM interview_barrier WHERE interview_id = ?)sql";
constexpr auto InsertInterviewLink = R"sql(INSERT INTO interview_barrier (interview_id, barrier_id) VALUES (?, ?))sql";
constexpr auto SelectInterviewCounts = R"sql(
SELECT ib.barrier_id, count(*) FROM interview_barrier ib JOIN barrier b ON b.id = ib.barrier_id
WHERE b.pilot_id = ? GROUP BY ib.barrier_id
)sql";

constexpr auto SelectBarrier =
    R"sql(SELECT id, pilot_id, title, category, severity, evidence, position, row_version FROM barrier)sql";
constexpr auto UpsertBarrier = R"sql(
INSERT INTO barrier (id, pilot_id, title, category, severity, evidence, position) VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, title = excluded.title, category = excluded.category,
                               severity = excluded.severity, evidence = excluded.evidence, position = excluded.position
)sql";
constexpr auto DeleteBarrier = R"sql(DELETE FROM barrier WHERE id = ?)sql";
constexpr auto SelectCustomCategories =
    R"sql(SELECT DISTINCT category FROM barrier ORDER BY category COLLATE NOCASE)sql";

constexpr auto SelectChecklist =
    R"sql(SELECT id, pilot_id, phase, position, text, done, owner, due_date, row_version FROM checklist_item)sql";
constexpr auto UpsertChecklist = R"sql(
INSERT INTO checklist_item (id, pilot_id, phase, position, text, done, owner, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, phase = excluded.phase, position = excluded.position,
                               text = excluded.text, done = excluded.done, owner = excluded.owner,
                               due_date = excluded.due_date
)sql";
constexpr auto DeleteChecklist = R"sql(DELETE FROM checklist_item WHERE id = ?)sql";

constexpr auto SelectLever = R"sql(
SELECT id, pilot_id, pillar, builtin, name, description, chosen, kpi, notes, position, row_version FROM lever
)sql";
constexpr auto UpsertLever = R"sql(
INSERT INTO lever (id, pilot_id, pillar, builtin, name, description, chosen, kpi, notes, position)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, pillar = excluded.pillar, builtin = excluded.builtin,
                               name = excluded.name, description = excluded.description, chosen = excluded.chosen,
                               kpi = excluded.kpi, notes = excluded.notes, position = excluded.position
)sql";
constexpr auto DeleteLever = R"sql(DELETE FROM lever WHERE id = ?)sql";
constexpr auto SelectLeverLinks = R"sql(
SELECT lb.lever_id, lb.barrier_id FROM lever_barrier lb JOIN lever l ON l.id = lb.lever_id
WHERE l.pilot_id = ? ORDER BY lb.lever_id, lb.barrier_id
)sql";
constexpr auto SelectLinksOfLever =
    R"sql(SELECT barrier_id FROM lever_barrier WHERE lever_id = ? ORDER BY barrier_id)sql";
constexpr auto DeleteLinksOfLever = R"sql(DELETE FROM lever_barrier WHERE lever_id = ?)sql";
constexpr auto InsertLeverLink = R"sql(INSERT INTO lever_barrier (lever_id, barrier_id) VALUES (?, ?))sql";

constexpr auto SelectScope = R"sql(
SELECT pc.pilot_id, pc.course_id, c.name, c.duration_minutes, pc.note, pc.row_version
FROM pilot_course pc JOIN course c ON c.id = pc.course_id
)sql";
constexpr auto UpsertScope = R"sql(
INSERT INTO pilot_course (pilot_id, course_id, note) VALUES (?, ?, ?)
ON CONFLICT (pilot_id, course_id) DO UPDATE SET note = excluded.note
)sql";
constexpr auto DeleteScope = R"sql(DELETE FROM pilot_course WHERE pilot_id = ? AND course_id = ?)sql";

constexpr auto SelectCycle =
    R"sql(SELECT id, pilot_id, number, start_date, end_date, notes, row_version FROM plan_cycle)sql";
constexpr auto UpsertCycle = R"sql(
INSERT INTO plan_cycle (id, pilot_id, number, start_date, end_date, notes) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, number = excluded.number,
                               start_date = excluded.start_date, end_date = excluded.end_date, notes = excluded.notes
)sql";
constexpr auto DeleteCycle = R"sql(DELETE FROM plan_cycle WHERE id = ?)sql";

constexpr auto SelectLaunch = R"sql(SELECT id, cycle_id, what, audience, date, row_version FROM cycle_launch)sql";
constexpr auto UpsertLaunch = R"sql(
INSERT INTO cycle_launch (id, cycle_id, what, audience, date) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET cycle_id = excluded.cycle_id, what = excluded.what, audience = excluded.audience,
                               date = excluded.date
)sql";
constexpr auto DeleteLaunch = R"sql(DELETE FROM cycle_launch WHERE id = ?)sql";

constexpr auto SelectFeedback =
    R"sql(SELECT id, cycle_id, date, source, sentiment, theme, quote, row_version FROM feedback)sql";
constexpr auto UpsertFeedback = R"sql(
INSERT INTO feedback (id, cycle_id, date, source, sentiment, theme, quote) VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET cycle_id = excluded.cycle_id, date = excluded.date, source = excluded.source,
                               sentiment = excluded.sentiment, theme = excluded.theme, quote = excluded.quote
)sql";
constexpr auto DeleteFeedback = R"sql(DELETE FROM feedback WHERE id = ?)sql";

constexpr auto SelectAdaptation = R"sql(
SELECT a.id, a.cycle_id, a.date, a.course_id, a.content_id, a.feedback_id, a.description, a.kpi, a.window_days, a.row_version
FROM adaptation a
)sql";
constexpr auto UpsertAdaptation = R"sql(
INSERT INTO adaptation (id, cycle_id, date, course_id, content_id, feedback_id, description, kpi, window_days)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET cycle_id = excluded.cycle_id, date = excluded.date, course_id = excluded.course_id,
                               content_id = excluded.content_id, feedback_id = excluded.feedback_id,
                               description = excluded.description, kpi = excluded.kpi,
                               window_days = excluded.window_days
)sql";
constexpr auto DeleteAdaptation = R"sql(DELETE FROM adaptation WHERE id = ?)sql";

constexpr auto SelectNormalize =
    R"sql(SELECT id, cycle_id, what, target_group, date, row_version FROM cycle_normalize)sql";
constexpr auto UpsertNormalize = R"sql(
INSERT INTO cycle_normalize (id, cycle_id, what, target_group, date) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET cycle_id = excluded.cycle_id, what = excluded.what,
                               target_group = excluded.target_group, date = excluded.date
)sql";
constexpr auto DeleteNormalize = R"sql(DELETE FROM cycle_normalize WHERE id = ?)sql";

constexpr auto SelectBoard = R"sql(SELECT id, name, function, role, row_version FROM board_member)sql";
constexpr auto UpsertBoard = R"sql(
INSERT INTO board_member (id, name, function, role) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, function = excluded.function, role = excluded.role
)sql";
constexpr auto DeleteBoard = R"sql(DELETE FROM board_member WHERE id = ?)sql";

constexpr auto SelectDecision =
    R"sql(SELECT id, pilot_id, date, decision, rationale, owner, evidence, status, row_version FROM decision)sql";
constexpr auto UpsertDecision = R"sql(
INSERT INTO decision (id, pilot_id, date, decision, rationale, owner, evidence, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, date = excluded.date, decision = excluded.decision,
                               rationale = excluded.rationale, owner = excluded.owner, evidence = excluded.evidence,
                               status = excluded.status
)sql";
constexpr auto DeleteDecision = R"sql(DELETE FROM decision WHERE id = ?)sql";

constexpr auto SelectRelease =
    R"sql(SELECT id, planned_date, cadence, title, content, released, row_version FROM content_release)sql";
constexpr auto UpsertRelease = R"sql(
INSERT INTO content_release (id, planned_date, cadence, title, content, released) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET planned_date = excluded.planned_date, cadence = excluded.cadence,
                               title = excluded.title, content = excluded.content, released = excluded.released
)sql";
constexpr auto DeleteRelease = R"sql(DELETE FROM content_release WHERE id = ?)sql";

constexpr auto SelectRule = R"sql(SELECT id, kind, threshold, enabled, row_version FROM retirement_rule)sql";
constexpr auto UpsertRule = R"sql(
INSERT INTO retirement_rule (id, kind, threshold, enabled) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, threshold = excluded.threshold, enabled = excluded.enabled
)sql";
constexpr auto DeleteRule = R"sql(DELETE FROM retirement_rule WHERE id = ?)sql";

constexpr auto SelectSuccessor = R"sql(SELECT course_id, successor_id, row_version FROM course_successor)sql";
constexpr auto UpsertSuccessor = R"sql(
INSERT INTO course_successor (course_id, successor_id) VALUES (?, ?)
ON CONFLICT (course_id) DO UPDATE SET successor_id = excluded.successor_id
)sql";
constexpr auto DeleteSuccessor = R"sql(DELETE FROM course_successor WHERE course_id = ?)sql";

constexpr auto SelectRetirement =
    R"sql(SELECT course_id, verdict, decided_on, note, row_version FROM retirement_decision)sql";
constexpr auto UpsertRetirement = R"sql(
INSERT INTO retirement_decision (course_id, verdict, decided_on, note) VALUES (?, ?, ?, ?)
ON CONFLICT (course_id) DO UPDATE SET verdict = excluded.verdict, decided_on = excluded.decided_on,
                                      note = excluded.note
)sql";
constexpr auto DeleteRetirement = R"sql(DELETE FROM retirement_decision WHERE course_id = ?)sql";

constexpr auto SelectAction = R"sql(
SELECT id, pilot_id, title, bucket, phase, owner, due_date, status, lever_id, barrier_id, cohort, position, row_version
FROM plan_action
)sql";
constexpr auto UpsertAction = R"sql(
INSERT INTO plan_action (id, pilot_id, title, bucket, phase, owner, due_date, status, lever_id, barrier_id, cohort,
                         position)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET pilot_id = excluded.pilot_id, title = excluded.title, bucket = excluded.bucket,
                               phase = excluded.phase, owner = excluded.owner, due_date = excluded.due_date,
                               status = excluded.status, lever_id = excluded.lever_id,
                               barrier_id = excluded.barrier_id, cohort = excluded.cohort,
                               position = excluded.position
)sql";
constexpr auto DeleteAction = R"sql(DELETE FROM plan_action WHERE id = ?)sql";

constexpr auto SelectPilotKpis = R"sql(SELECT kpi FROM pilot_kpi WHERE pilot_id = ? ORDER BY kpi)sql";
constexpr auto SelectCatalogue = R"sql(
SELECT c.id, c.name, c.duration_minutes, (SELECT count(*) FROM content t WHERE t.course_id = c.id)
FROM course c ORDER BY c.name COLLATE NOCASE, c.id
)sql";
constexpr auto SelectContents = R"sql(
SELECT id, course_id, name, coalesce(position, 0) FROM content WHERE course_id = ? ORDER BY position, id
)sql";

// Filters and orders appended to the SELECTs above.
constexpr auto ById = " WHERE id = ?";
constexpr auto ByPilotOrdered = " WHERE pilot_id = ? ORDER BY ";
constexpr auto ByCycleOrdered = " WHERE cycle_id = ? ORDER BY date IS NULL, date, id";

constexpr auto Savepoint = "journey_save";

// --- helpers --------------------------------------------------------------------------------------------------

/// The error of a query that failed; the query is retired (Dialect::retire), so do not use it afterwards.
QString failed(const QString &what, QSqlQuery &q)
{
    const QString text =
        QCoreApplication::translate("Uptake::JourneyRepository", "%1: %2").arg(what, Dialect::errorText(q.lastError()));
    Dialect::retire(std::move(q));
    return text;
}

QString sql(const char *base, const char *tail = "", const char *order = "")
{
    return QString::fromUtf8(base) + QString::fromUtf8(tail) + QString::fromUtf8(order);
}

QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

qint64 idFrom(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

bool run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

template<typename T, typename From>
Result<QList<T>> select(const QSqlDatabase &db, const QString &statement, const QVariantList &values, From from,
                        const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, statement, values))
        return Result<QList<T>>::failure(failed(what, q));
    QList<T> list;
    const int version = q.record().indexOf(u"row_version"_s);
    while (q.next()) {
        list.append(from(q));
        if constexpr (requires(T t) { t.rowVersion; })
            list.last().rowVersion.value = version >= 0 ? q.value(version).toLongLong() : 0;
    }
    return list;
}

template<typename T, typename From>
Result<std::optional<T>> selectOne(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                                   From from, const QString &what)
{
    auto list = select<T>(db, statement, values, from, what);
    if (!list)
        return Result<std::optional<T>>::failure(list.error());
    return list->isEmpty() ? std::optional<T>() : std::optional<T>(list->first());
}

Status execute(const QSqlDatabase &db, const char *statement, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    if (!run(q, QString::fromUtf8(statement), values))
        return Status::failure(failed(what, q));
    return {};
}

/// Runs body inside a savepoint: all of it is stored, or nothing.
template<typename Body>
Result<qint64> inSavepoint(const QSqlDatabase &db, Body body)
{
    Dialect::Savepoint savepoint(db, QString::fromUtf8(Savepoint));
    if (!savepoint.isOpen())
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::JourneyRepository", "Cannot start saving: %1").arg(savepoint.error()));
    Result<qint64> result = body();
    if (result) {
        if (!savepoint.release())
            return Result<qint64>::failure(savepoint.error());
    } else {
        savepoint.rollback();
    }
    return result;
}

/// Inserts or replaces a row; values[0] is the id (null for a new row). Returns the row's id.
Result<qint64> upsert(const QSqlDatabase &db, const char *statement, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    const qint64 given = values.isEmpty() ? 0 : idFrom(values.first());
    // RETURNING reads the new id the same way from SQLite and PostgreSQL (whose driver has no lastInsertId).
    if (!run(q, QString::fromUtf8(statement) + (given > 0 ? QString() : u" RETURNING id"_s), values))
        return Result<qint64>::failure(failed(what, q));
    return given > 0 ? given : (q.next() ? q.value(0).toLongLong() : 0);
}

Status replaceLinks(const QSqlDatabase &db, const char *del, const char *ins, qint64 owner, QList<qint64> barriers,
                    const QString &what)
{
    if (auto s = execute(db, del, {owner}, what); !s)
        return s;
    std::sort(barriers.begin(), barriers.end());
    barriers.erase(std::unique(barriers.begin(), barriers.end()), barriers.end());
    for (qint64 b : barriers)
        if (auto s = execute(db, ins, {owner, b}, what); !s)
            return s;
    return {};
}

Result<QList<qint64>> linksOf(const QSqlDatabase &db, const char *statement, qint64 owner, const QString &what)
{
    return select<qint64>(
        db, QString::fromUtf8(statement), {owner}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, what);
}

/// Attaches (owner, barrier) link rows to the items with those owner ids.
template<typename T>
Result<QList<T>> withLinks(const QSqlDatabase &db, Result<QList<T>> items, const char *statement, qint64 pilotId,
                           const QString &what)
{
    if (!items)
        return items;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, QString::fromUtf8(statement), {pilotId}))
        return Result<QList<T>>::failure(failed(what, q));
    QHash<qint64, QList<qint64>> links;
    while (q.next())
        links[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    for (T &item : *items)
        item.barrierIds = links.value(item.id);
    return items;
}

// --- row readers ----------------------------------------------------------------------------------------------

BaselineSnapshot snapshotFrom(const QSqlQuery &q)
{
    BaselineSnapshot s;
    s.id = q.value(0).toLongLong();
    s.pilotId = q.value(1).toLongLong();
    s.asOf = dateFrom(q.value(2));
    s.takenAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    s.label = q.value(4).toString();
    s.figuresJson = q.value(5).toString();
    return s;
}

Interview interviewFrom(const QSqlQuery &q)
{
    Interview i;
    i.id = q.value(0).toLongLong();
    i.pilotId = q.value(1).toLongLong();
    i.name = q.value(2).toString();
    i.role = q.value(3).toString();
    i.function = q.value(4).toString();
    i.location = q.value(5).toString();
    i.date = dateFrom(q.value(6));
    i.notes = q.value(7).toString();
    return i;
}

Barrier barrierFrom(const QSqlQuery &q)
{
    Barrier b;
    b.id = q.value(0).toLongLong();
    b.pilotId = q.value(1).toLongLong();
    b.title = q.value(2).toString();
    b.category = q.value(3).toString();
    b.severity = Severity(std::clamp(q.value(4).toInt(), 1, 4));
    b.evidence = q.value(5).toString();
    b.position = q.value(6).toInt();
    return b;
}

ChecklistItem checklistFrom(const QSqlQuery &q)
{
    ChecklistItem c;
    c.id = q.value(0).toLongLong();
    c.pilotId = q.value(1).toLongLong();
    phaseFromKey(q.value(2).toString(), &c.phase);
    c.position = q.value(3).toInt();
    c.text = q.value(4).toString();
    c.done = q.value(5).toInt() != 0;
    c.owner = q.value(6).toString();
    c.dueDate = dateFrom(q.value(7));
    return c;
}

Lever leverFrom(const QSqlQuery &q)
{
    Lever l;
    l.id = q.value(0).toLongLong();
    l.pilotId = q.value(1).toLongLong();
    pillarFromKey(q.value(2).toString(), &l.pillar);
    l.builtIn = q.value(3).toString();
    l.name = q.value(4).toString();
    l.description = q.value(5).toString();
    l.chosen = q.value(6).toInt() != 0;
    l.kpi = q.value(7).toString();
    l.notes = q.value(8).toString();
    l.position = q.value(9).toInt();
    return l;
}

ScopeCourse scopeFrom(const QSqlQuery &q)
{
    ScopeCourse s;
    s.pilotId = q.value(0).toLongLong();
    s.courseId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    if (!q.value(3).isNull())
        s.durationMinutes = q.value(3).toDouble();
    s.note = q.value(4).toString();
    return s;
}

PlanCycle cycleFrom(const QSqlQuery &q)
{
    PlanCycle c;
    c.id = q.value(0).toLongLong();
    c.pilotId = q.value(1).toLongLong();
    c.number = q.value(2).toInt();
    c.startDate = dateFrom(q.value(3));
    c.endDate = dateFrom(q.value(4));
    c.notes = q.value(5).toString();
    return c;
}

LaunchItem launchFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            dateFrom(q.value(4))};
}

FeedbackItem feedbackFrom(const QSqlQuery &q)
{
    FeedbackItem f;
    f.id = q.value(0).toLongLong();
    f.cycleId = q.value(1).toLongLong();
    f.date = dateFrom(q.value(2));
    feedbackSourceFromKey(q.value(3).toString(), &f.source);
    sentimentFromKey(q.value(4).toString(), &f.sentiment);
    f.theme = q.value(5).toString();
    f.quote = q.value(6).toString();
    return f;
}

Adaptation adaptationFrom(const QSqlQuery &q)
{
    Adaptation a;
    a.id = q.value(0).toLongLong();
    a.cycleId = q.value(1).toLongLong();
    a.date = dateFrom(q.value(2));
    a.courseId = idFrom(q.value(3));
    a.contentId = idFrom(q.value(4));
    a.feedbackId = idFrom(q.value(5));
    a.description = q.value(6).toString();
    adaptationKpiFromKey(q.value(7).toString(), &a.kpi);
    a.windowDays = q.value(8).toInt();
    return a;
}

NormalizeItem normalizeFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            dateFrom(q.value(4))};
}

BoardMember boardFrom(const QSqlQuery &q)
{
    BoardMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    boardFunctionFromKey(q.value(2).toString(), &m.function);
    m.role = q.value(3).toString();
    return m;
}

Decision decisionFrom(const QSqlQuery &q)
{
    Decision d;
    d.id = q.value(0).toLongLong();
    d.pilotId = idFrom(q.value(1));
    d.date = dateFrom(q.value(2));
    d.decision = q.value(3).toString();
    d.rationale = q.value(4).toString();
    d.owner = q.value(5).toString();
    evidenceFromJson(q.value(6).toString(), &d.evidence);
    decisionStatusFromKey(q.value(7).toString(), &d.status);
    return d;
}

Release releaseFrom(const QSqlQuery &q)
{
    Release r;
    r.id = q.value(0).toLongLong();
    r.plannedDate = dateFrom(q.value(1));
    releaseCadenceFromKey(q.value(2).toString(), &r.cadence);
    r.title = q.value(3).toString();
    r.content = q.value(4).toString();
    r.released = q.value(5).toInt() != 0;
    return r;
}

RetirementRule ruleFrom(const QSqlQuery &q)
{
    RetirementRule r;
    r.id = q.value(0).toLongLong();
    retirementRuleFromKey(q.value(1).toString(), &r.kind);
    r.threshold = q.value(2).toDouble();
    r.enabled = q.value(3).toInt() != 0;
    return r;
}

CourseSuccessor successorFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

RetirementDecision retirementFrom(const QSqlQuery &q)
{
    RetirementDecision r;
    r.courseId = q.value(0).toLongLong();
    retirementVerdictFromKey(q.value(1).toString(), &r.verdict);
    r.decidedOn = dateFrom(q.value(2));
    r.note = q.value(3).toString();
    return r;
}

Action actionFrom(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.pilotId = q.value(1).toLongLong();
    a.title = q.value(2).toString();
    a.bucket = q.value(3).toInt();
    phaseFromKey(q.value(4).toString(), &a.phase);
    a.owner = q.value(5).toString();
    a.dueDate = dateFrom(q.value(6));
    actionStatusFromKey(q.value(7).toString(), &a.status);
    a.leverId = idFrom(q.value(8));
    a.barrierId = idFrom(q.value(9));
    a.cohort = q.value(10).toInt() != 0;
    a.position = q.value(11).toInt();
    return a;
}

Status required(const QString &value, const QString &message)
{
    return value.trimmed().isEmpty() ? Status::failure(message) : Status();
}

// --- row versions -------------------------------------------------------------------------------------------------

QString named(const char *noun, const QString &name)
{
    const QString n = QCoreApplication::translate("Uptake::JourneyRepository", noun);
    const QString shown = name.simplified();
    if (shown.isEmpty())
        return n;
    return QCoreApplication::translate("Uptake::JourneyRepository", "%1 “%2”")
        .arg(n, shown.size() > 40 ? shown.left(39) + u'…' : shown);
}

RowVersions::RowRef byId(const char *table, qint64 id, QString item)
{
    return {QString::fromUtf8(table), {u"id"_s}, {id}, std::move(item)};
}

RowVersions::RowRef rowRef(const BaselineSnapshot &s)
{
    return byId("baseline_snapshot", s.id,
                named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "baseline snapshot"), s.label));
}
RowVersions::RowRef rowRef(const Interview &i)
{
    return byId("interview", i.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "interview"), i.name));
}
RowVersions::RowRef rowRef(const Barrier &b)
{
    return byId("barrier", b.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "barrier"), b.title));
}
RowVersions::RowRef rowRef(const ChecklistItem &c)
{
    return byId("checklist_item", c.id,
                named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "checklist item"), c.text));
}
RowVersions::RowRef rowRef(const Lever &l)
{
    return byId("lever", l.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "lever"), l.name));
}
RowVersions::RowRef rowRef(const ScopeCourse &s)
{
    return {u"pilot_course"_s,
            {u"pilot_id"_s, u"course_id"_s},
            {s.pilotId, s.courseId},
            named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "course in scope"), s.name)};
}
RowVersions::RowRef rowRef(const PlanCycle &c)
{
    return byId("plan_cycle", c.id,
                named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "PLAN cycle"), QString::number(c.number)));
}
RowVersions::RowRef rowRef(const LaunchItem &l)
{
    return byId("cycle_launch", l.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "launch"), l.what));
}
RowVersions::RowRef rowRef(const FeedbackItem &f)
{
    return byId("feedback", f.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "feedback"), f.theme));
}
RowVersions::RowRef rowRef(const Adaptation &a)
{
    return byId("adaptation", a.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "adaptation"), a.description));
}
RowVersions::RowRef rowRef(const NormalizeItem &n)
{
    return byId("cycle_normalize", n.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "scaling step"), n.what));
}
RowVersions::RowRef rowRef(const BoardMember &m)
{
    return byId("board_member", m.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "board member"), m.name));
}
RowVersions::RowRef rowRef(const Decision &d)
{
    return byId("decision", d.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "decision"), d.decision));
}
RowVersions::RowRef rowRef(const Release &r)
{
    return byId("content_release", r.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "release"), r.title));
}
RowVersions::RowRef rowRef(const RetirementRule &r)
{
    return byId("retirement_rule", r.id,
                named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "retirement rule"), QString()));
}
RowVersions::RowRef rowRef(const CourseSuccessor &s)
{
    return {u"course_successor"_s,
            {u"course_id"_s},
            {s.courseId},
            named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "superseded course"), QString())};
}
RowVersions::RowRef rowRef(const RetirementDecision &r)
{
    return {u"retirement_decision"_s,
            {u"course_id"_s},
            {r.courseId},
            named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "retirement decision"), QString())};
}
RowVersions::RowRef rowRef(const Action &a)
{
    return byId("plan_action", a.id, named(QT_TRANSLATE_NOOP("Uptake::JourneyRepository", "action"), a.title));
}

template<typename T, typename Write>
Result<qint64> versionedSave(const QSqlDatabase &db, const T &item, Write write)
{
    return RowVersions::save(db, rowRef(item), item.rowVersion.value, write);
}

template<typename T, typename Delete>
Status versionedRemove(const QSqlDatabase &db, const T &item, Delete del)
{
    return RowVersions::remove(db, rowRef(item), item.rowVersion.value, del);
}

} // namespace

// --- lists ------------------------------------------------------------------------------------------------------

Result<QList<BaselineSnapshot>> JourneyRepository::snapshots(qint64 pilotId) const
{
    return select<BaselineSnapshot>(
        m_db, sql(SelectSnapshot, ByPilotOrdered, "as_of, id"), {pilotId}, snapshotFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the baseline snapshots"));
}

Result<QList<Interview>> JourneyRepository::interviews(qint64 pilotId) const
{
    const QString what = QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the interviews");
    return withLinks(
        m_db,
        select<Interview>(m_db, sql(SelectInterview, ByPilotOrdered, "date IS NULL, date, name COLLATE NOCASE, id"),
                          {pilotId}, interviewFrom, what),
        SelectInterviewLinks, pilotId, what);
}

Result<QList<Barrier>> JourneyRepository::barriers(qint64 pilotId) const
{
    return select<Barrier>(m_db, sql(SelectBarrier, ByPilotOrdered, "position, id"), {pilotId}, barrierFrom,
                           QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the barriers"));
}

Result<QHash<qint64, int>> JourneyRepository::interviewCounts(qint64 pilotId) const
{
    QSqlQuery q(m_db);
    if (!run(q, QString::fromUtf8(SelectInterviewCounts), {pilotId}))
        return Result<QHash<qint64, int>>::failure(
            failed(QCoreApplication::translate("Uptake::JourneyRepository", "Cannot count the interviews"), q));
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<QStringList> JourneyRepository::barrierCategories() const
{
    QStringList categories = builtInBarrierCategories();
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(SelectCustomCategories)))
        return Result<QStringList>::failure(
            failed(QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the barrier categories"), q));
    while (q.next()) {
        const QString c = q.value(0).toString();
        if (!isBuiltInBarrierCategory(c))
            categories.append(c);
    }
    return categories;
}

Result<QList<ChecklistItem>> JourneyRepository::checklist(qint64 pilotId) const
{
    return select<ChecklistItem>(
        m_db,
        sql(SelectChecklist, ByPilotOrdered,
            "CASE phase WHEN 'diagnose' THEN 0 WHEN 'design' THEN 1 WHEN 'pilot' THEN 2 ELSE 3 END, position, id"),
        {pilotId}, checklistFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the checklist"));
}

Result<QList<Lever>> JourneyRepository::levers(qint64 pilotId) const
{
    const QString what = QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the levers");
    return withLinks(
        m_db,
        select<Lever>(m_db,
                      sql(SelectLever, ByPilotOrdered,
                          "CASE pillar WHEN 'content_relevance' THEN 0 WHEN 'habit_formation' THEN 1 ELSE 2 END, "
                          "position, id"),
                      {pilotId}, leverFrom, what),
        SelectLeverLinks, pilotId, what);
}

Result<QList<ScopeCourse>> JourneyRepository::scope(qint64 pilotId) const
{
    return select<ScopeCourse>(
        m_db, sql(SelectScope, " WHERE pc.pilot_id = ? ORDER BY c.name COLLATE NOCASE, c.id"), {pilotId}, scopeFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the content scope"));
}

Result<QList<PlanCycle>> JourneyRepository::cycles(qint64 pilotId) const
{
    return select<PlanCycle>(m_db, sql(SelectCycle, ByPilotOrdered, "number"), {pilotId}, cycleFrom,
                             QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the PLAN cycles"));
}

Result<QList<LaunchItem>> JourneyRepository::launches(qint64 cycleId) const
{
    return select<LaunchItem>(
        m_db, sql(SelectLaunch, ByCycleOrdered), {cycleId}, launchFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read what was launched"));
}

Result<QList<FeedbackItem>> JourneyRepository::feedback(qint64 cycleId) const
{
    return select<FeedbackItem>(m_db, sql(SelectFeedback, ByCycleOrdered), {cycleId}, feedbackFrom,
                                QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the feedback"));
}

Result<QList<Adaptation>> JourneyRepository::adaptations(qint64 cycleId) const
{
    return select<Adaptation>(m_db, sql(SelectAdaptation, " WHERE a.cycle_id = ? ORDER BY a.date, a.id"), {cycleId},
                              adaptationFrom,
                              QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the adaptations"));
}

Result<QList<Adaptation>> JourneyRepository::adaptationsOfPilot(qint64 pilotId) const
{
    return select<Adaptation>(
        m_db,
        sql(SelectAdaptation, " JOIN plan_cycle c ON c.id = a.cycle_id WHERE c.pilot_id = ? ORDER BY a.date, a.id"),
        {pilotId}, adaptationFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the adaptations"));
}

Result<QList<NormalizeItem>> JourneyRepository::normalizeItems(qint64 cycleId) const
{
    return select<NormalizeItem>(
        m_db, sql(SelectNormalize, ByCycleOrdered), {cycleId}, normalizeFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read what was scaled"));
}

Result<QList<BoardMember>> JourneyRepository::board() const
{
    return select<BoardMember>(
        m_db,
        sql(SelectBoard,
            " ORDER BY CASE function WHEN 'hr' THEN 0 WHEN 'managers' THEN 1 WHEN 'ld' THEN 2 WHEN 'it' THEN 3 "
            "ELSE 4 END, name COLLATE NOCASE, id"),
        {}, boardFrom, QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the governance board"));
}

Result<QList<Decision>> JourneyRepository::decisions(qint64 pilotId) const
{
    return select<Decision>(
        m_db, sql(SelectDecision, " WHERE pilot_id IS NULL OR pilot_id = ? ORDER BY date DESC, id DESC"), {pilotId},
        decisionFrom, QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the decisions"));
}

Result<QList<Release>> JourneyRepository::releases() const
{
    return select<Release>(
        m_db, sql(SelectRelease, " ORDER BY planned_date, id"), {}, releaseFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the release calendar"));
}

Result<QList<RetirementRule>> JourneyRepository::retirementRules() const
{
    return select<RetirementRule>(
        m_db,
        sql(SelectRule, " ORDER BY CASE kind WHEN 'not_accessed' THEN 0 WHEN 'completion_below' THEN 1 "
                        "WHEN 'older_than' THEN 2 ELSE 3 END"),
        {}, ruleFrom, QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the retirement rules"));
}

Result<QList<CourseSuccessor>> JourneyRepository::successors() const
{
    return select<CourseSuccessor>(
        m_db, sql(SelectSuccessor, " ORDER BY course_id"), {}, successorFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the superseded courses"));
}

Result<QList<RetirementDecision>> JourneyRepository::retirementDecisions() const
{
    return select<RetirementDecision>(
        m_db, sql(SelectRetirement, " ORDER BY course_id"), {}, retirementFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the retirement decisions"));
}

Result<QList<Action>> JourneyRepository::actions(qint64 pilotId) const
{
    return select<Action>(m_db, sql(SelectAction, ByPilotOrdered, "bucket, due_date IS NULL, due_date, position, id"),
                          {pilotId}, actionFrom,
                          QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the action plan"));
}

Result<QStringList> JourneyRepository::pilotKpis(qint64 pilotId) const
{
    auto list = select<QString>(
        m_db, QString::fromUtf8(SelectPilotKpis), {pilotId}, [](const QSqlQuery &q) { return q.value(0).toString(); },
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the KPIs"));
    if (!list)
        return Result<QStringList>::failure(list.error());
    return QStringList(*list);
}

Result<QList<CatalogueCourse>> JourneyRepository::catalogue() const
{
    return select<CatalogueCourse>(
        m_db, QString::fromUtf8(SelectCatalogue), {},
        [](const QSqlQuery &q) {
            CatalogueCourse c;
            c.id = q.value(0).toLongLong();
            c.name = q.value(1).toString();
            if (!q.value(2).isNull())
                c.durationMinutes = q.value(2).toDouble();
            c.contentItems = q.value(3).toInt();
            return c;
        },
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the course catalogue"));
}

Result<QList<CatalogueContent>> JourneyRepository::contents(qint64 courseId) const
{
    return select<CatalogueContent>(
        m_db, QString::fromUtf8(SelectContents), {courseId},
        [](const QSqlQuery &q) {
            return CatalogueContent{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                    q.value(3).toInt()};
        },
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the course's content"));
}

// --- find / save / remove ---------------------------------------------------------------------------------------

#define UPTAKE_JOURNEY_ENTITY(T)                                                                                       \
    Result<qint64> JourneyRepository::save(const T &item)                                                              \
    {                                                                                                                  \
        return versionedSave(m_db, item, [&] { return saveRow(item); });                                               \
    }                                                                                                                  \
    Status JourneyRepository::remove(const T &item)                                                                    \
    {                                                                                                                  \
        return versionedRemove(m_db, item, [&] { return removeRow(item); });                                           \
    }                                                                                                                  \
    RowVersions::RowRef JourneyRepository::rowOf(const T &item)                                                        \
    {                                                                                                                  \
        return rowRef(item);                                                                                           \
    }
UPTAKE_JOURNEY_ENTITY(BaselineSnapshot)
UPTAKE_JOURNEY_ENTITY(Interview)
UPTAKE_JOURNEY_ENTITY(Barrier)
UPTAKE_JOURNEY_ENTITY(ChecklistItem)
UPTAKE_JOURNEY_ENTITY(Lever)
UPTAKE_JOURNEY_ENTITY(ScopeCourse)
UPTAKE_JOURNEY_ENTITY(PlanCycle)
UPTAKE_JOURNEY_ENTITY(LaunchItem)
UPTAKE_JOURNEY_ENTITY(FeedbackItem)
UPTAKE_JOURNEY_ENTITY(Adaptation)
UPTAKE_JOURNEY_ENTITY(NormalizeItem)
UPTAKE_JOURNEY_ENTITY(BoardMember)
UPTAKE_JOURNEY_ENTITY(Decision)
UPTAKE_JOURNEY_ENTITY(Release)
UPTAKE_JOURNEY_ENTITY(RetirementRule)
UPTAKE_JOURNEY_ENTITY(CourseSuccessor)
UPTAKE_JOURNEY_ENTITY(RetirementDecision)
UPTAKE_JOURNEY_ENTITY(Action)
#undef UPTAKE_JOURNEY_ENTITY

// BaselineSnapshot
Result<std::optional<BaselineSnapshot>> JourneyRepository::find(const BaselineSnapshot &key) const
{
    return selectOne<BaselineSnapshot>(
        m_db, sql(SelectSnapshot, ById), {key.id}, snapshotFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the baseline snapshot"));
}
Result<qint64> JourneyRepository::saveRow(const BaselineSnapshot &s)
{
    BaselineFigures parsed;
    if (!BaselineFigures::fromJson(s.figuresJson, &parsed))
        return Result<qint64>::failure(QCoreApplication::translate(
            "Uptake::JourneyRepository", "A baseline snapshot's figures must be a JSON object."));
    const QDateTime taken = s.takenAt.isValid() ? s.takenAt : QDateTime::currentDateTimeUtc();
    return upsert(m_db, UpsertSnapshot,
                  {idValue(s.id), s.pilotId, dateValue(s.asOf), taken.toUTC().toString(Qt::ISODate), text(s.label),
                   s.figuresJson},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the baseline snapshot"));
}
Status JourneyRepository::removeRow(const BaselineSnapshot &s)
{
    return execute(m_db, DeleteSnapshot, {s.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the baseline snapshot"));
}

// Interview
Result<std::optional<Interview>> JourneyRepository::find(const Interview &key) const
{
    const QString what = QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the interview");
    auto found = selectOne<Interview>(m_db, sql(SelectInterview, ById), {key.id}, interviewFrom, what);
    if (found && found->has_value()) {
        auto links = linksOf(m_db, SelectLinksOfInterview, key.id, what);
        if (!links)
            return Result<std::optional<Interview>>::failure(links.error());
        (*found)->barrierIds = *links;
    }
    return found;
}
Result<qint64> JourneyRepository::saveRow(const Interview &i)
{
    if (auto s =
            required(i.name, QCoreApplication::translate("Uptake::JourneyRepository",
                                                         "An interview needs the name of the person interviewed."));
        !s)
        return Result<qint64>::failure(s.error());
    const QString what = QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the interview");
    return inSavepoint(m_db, [&]() -> Result<qint64> {
        auto id = upsert(m_db, UpsertInterview,
                         {idValue(i.id), i.pilotId, i.name.trimmed(), text(i.role), text(i.function), text(i.location),
                          dateValue(i.date), text(i.notes)},
                         what);
        if (!id)
            return id;
        if (auto s = replaceLinks(m_db, DeleteLinksOfInterview, InsertInterviewLink, *id, i.barrierIds, what); !s)
            return Result<qint64>::failure(s.error());
        return id;
    });
}
Status JourneyRepository::removeRow(const Interview &i)
{
    return execute(m_db, DeleteInterview, {i.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the interview"));
}

// Barrier
Result<std::optional<Barrier>> JourneyRepository::find(const Barrier &key) const
{
    return selectOne<Barrier>(m_db, sql(SelectBarrier, ById), {key.id}, barrierFrom,
                              QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the barrier"));
}
Result<qint64> JourneyRepository::saveRow(const Barrier &b)
{
    if (auto s =
            required(b.title, QCoreApplication::translate("Uptake::JourneyRepository", "A barrier needs a title."));
        !s)
        return Result<qint64>::failure(s.error());
    if (auto s = required(b.category,
                          QCoreApplication::translate("Uptake::JourneyRepository", "A barrier needs a category."));
        !s)
        return Result<qint64>::failure(s.error());
    return upsert(m_db, UpsertBarrier,
                  {idValue(b.id), b.pilotId, b.title.trimmed(), b.category.trimmed(), int(b.severity), text(b.evidence),
                   b.position},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the barrier"));
}
Status JourneyRepository::removeRow(const Barrier &b)
{
    return execute(m_db, DeleteBarrier, {b.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the barrier"));
}

// ChecklistItem
Result<std::optional<ChecklistItem>> JourneyRepository::find(const ChecklistItem &key) const
{
    return selectOne<ChecklistItem>(
        m_db, sql(SelectChecklist, ById), {key.id}, checklistFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the checklist item"));
}
Result<qint64> JourneyRepository::saveRow(const ChecklistItem &c)
{
    if (auto s = required(c.text,
                          QCoreApplication::translate("Uptake::JourneyRepository", "A checklist item needs a text."));
        !s)
        return Result<qint64>::failure(s.error());
    return upsert(m_db, UpsertChecklist,
                  {idValue(c.id), c.pilotId, phaseKey(c.phase), c.position, c.text.trimmed(), c.done ? 1 : 0,
                   text(c.owner), dateValue(c.dueDate)},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the checklist item"));
}
Status JourneyRepository::removeRow(const ChecklistItem &c)
{
    return execute(m_db, DeleteChecklist, {c.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the checklist item"));
}

// Lever
Result<std::optional<Lever>> JourneyRepository::find(const Lever &key) const
{
    const QString what = QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the lever");
    auto found = selectOne<Lever>(m_db, sql(SelectLever, ById), {key.id}, leverFrom, what);
    if (found && found->has_value()) {
        auto links = linksOf(m_db, SelectLinksOfLever, key.id, what);
        if (!links)
            return Result<std::optional<Lever>>::failure(links.error());
        (*found)->barrierIds = *links;
    }
    return found;
}
Result<qint64> JourneyRepository::saveRow(const Lever &l)
{
    if (auto s = required(l.name, QCoreApplication::translate("Uptake::JourneyRepository", "A lever needs a name."));
        !s)
        return Result<qint64>::failure(s.error());
    const QString what = QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the lever");
    return inSavepoint(m_db, [&]() -> Result<qint64> {
        auto id = upsert(m_db, UpsertLever,
                         {idValue(l.id), l.pilotId, pillarKey(l.pillar), text(l.builtIn), l.name.trimmed(),
                          text(l.description), l.chosen ? 1 : 0, text(l.kpi), text(l.notes), l.position},
                         what);
        if (!id)
            return id;
        if (auto s = replaceLinks(m_db, DeleteLinksOfLever, InsertLeverLink, *id, l.barrierIds, what); !s)
            return Result<qint64>::failure(s.error());
        return id;
    });
}
Status JourneyRepository::removeRow(const Lever &l)
{
    return execute(m_db, DeleteLever, {l.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the lever"));
}

// ScopeCourse
Result<std::optional<ScopeCourse>> JourneyRepository::find(const ScopeCourse &key) const
{
    return selectOne<ScopeCourse>(
        m_db, sql(SelectScope, " WHERE pc.pilot_id = ? AND pc.course_id = ?"), {key.pilotId, key.courseId}, scopeFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the content scope"));
}
Result<qint64> JourneyRepository::saveRow(const ScopeCourse &s)
{
    auto id = upsert(m_db, UpsertScope, {s.pilotId, s.courseId, text(s.note)},
                     QCoreApplication::translate("Uptake::JourneyRepository", "Cannot add the course to the scope"));
    if (!id)
        return id;
    return s.courseId;
}
Status JourneyRepository::removeRow(const ScopeCourse &s)
{
    return execute(m_db, DeleteScope, {s.pilotId, s.courseId},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot remove the course from the scope"));
}

// PlanCycle
Result<std::optional<PlanCycle>> JourneyRepository::find(const PlanCycle &key) const
{
    return selectOne<PlanCycle>(m_db, sql(SelectCycle, ById), {key.id}, cycleFrom,
                                QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the PLAN cycle"));
}
Result<qint64> JourneyRepository::saveRow(const PlanCycle &c)
{
    if (c.number < 1)
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::JourneyRepository", "PLAN cycles are numbered from 1."));
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::JourneyRepository", "A PLAN cycle cannot end before it starts."));
    return upsert(m_db, UpsertCycle,
                  {idValue(c.id), c.pilotId, c.number, dateValue(c.startDate), dateValue(c.endDate), text(c.notes)},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the PLAN cycle"));
}
Status JourneyRepository::removeRow(const PlanCycle &c)
{
    return execute(m_db, DeleteCycle, {c.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the PLAN cycle"));
}

// LaunchItem
Result<std::optional<LaunchItem>> JourneyRepository::find(const LaunchItem &key) const
{
    return selectOne<LaunchItem>(m_db, sql(SelectLaunch, ById), {key.id}, launchFrom,
                                 QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the launch"));
}
Result<qint64> JourneyRepository::saveRow(const LaunchItem &l)
{
    if (auto s = required(l.what, QCoreApplication::translate("Uptake::JourneyRepository", "Say what was launched."));
        !s)
        return Result<qint64>::failure(s.error());
    return upsert(m_db, UpsertLaunch, {idValue(l.id), l.cycleId, l.what.trimmed(), text(l.audience), dateValue(l.date)},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the launch"));
}
Status JourneyRepository::removeRow(const LaunchItem &l)
{
    return execute(m_db, DeleteLaunch, {l.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the launch"));
}

// FeedbackItem
Result<std::optional<FeedbackItem>> JourneyRepository::find(const FeedbackItem &key) const
{
    return selectOne<FeedbackItem>(
        m_db, sql(SelectFeedback, ById), {key.id}, feedbackFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the feedback"));
}
Result<qint64> JourneyRepository::saveRow(const FeedbackItem &f)
{
    return upsert(m_db, UpsertFeedback,
                  {idValue(f.id), f.cycleId, dateValue(f.date), feedbackSourceKey(f.source), sentimentKey(f.sentiment),
                   text(f.theme.trimmed()), text(f.quote)},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the feedback"));
}
Status JourneyRepository::removeRow(const FeedbackItem &f)
{
    return execute(m_db, DeleteFeedback, {f.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the feedback"));
}

// Adaptation
Result<std::optional<Adaptation>> JourneyRepository::find(const Adaptation &key) const
{
    return selectOne<Adaptation>(
        m_db, sql(SelectAdaptation, " WHERE a.id = ?"), {key.id}, adaptationFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the adaptation"));
}
Result<qint64> JourneyRepository::saveRow(const Adaptation &a)
{
    if (!a.date.isValid())
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::JourneyRepository", "An adaptation needs the date it took effect."));
    if (auto s = required(a.description,
                          QCoreApplication::translate("Uptake::JourneyRepository", "Describe the adaptation."));
        !s)
        return Result<qint64>::failure(s.error());
    if (a.windowDays < 1 || a.windowDays > 182)
        return Result<qint64>::failure(QCoreApplication::translate(
            "Uptake::JourneyRepository", "An adaptation is measured over 1 to 182 days on each side."));
    return upsert(m_db, UpsertAdaptation,
                  {idValue(a.id), a.cycleId, dateValue(a.date), idValue(a.courseId), idValue(a.contentId),
                   idValue(a.feedbackId), a.description.trimmed(), adaptationKpiKey(a.kpi), a.windowDays},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the adaptation"));
}
Status JourneyRepository::removeRow(const Adaptation &a)
{
    return execute(m_db, DeleteAdaptation, {a.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the adaptation"));
}

// NormalizeItem
Result<std::optional<NormalizeItem>> JourneyRepository::find(const NormalizeItem &key) const
{
    return selectOne<NormalizeItem>(
        m_db, sql(SelectNormalize, ById), {key.id}, normalizeFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read what was scaled"));
}
Result<qint64> JourneyRepository::saveRow(const NormalizeItem &n)
{
    if (auto s = required(n.what, QCoreApplication::translate("Uptake::JourneyRepository", "Say what is scaled.")); !s)
        return Result<qint64>::failure(s.error());
    return upsert(m_db, UpsertNormalize,
                  {idValue(n.id), n.cycleId, n.what.trimmed(), text(n.targetGroup), dateValue(n.date)},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save what is scaled"));
}
Status JourneyRepository::removeRow(const NormalizeItem &n)
{
    return execute(m_db, DeleteNormalize, {n.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete what is scaled"));
}

// BoardMember
Result<std::optional<BoardMember>> JourneyRepository::find(const BoardMember &key) const
{
    return selectOne<BoardMember>(
        m_db, sql(SelectBoard, ById), {key.id}, boardFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the board member"));
}
Result<qint64> JourneyRepository::saveRow(const BoardMember &m)
{
    if (auto s =
            required(m.name, QCoreApplication::translate("Uptake::JourneyRepository", "A board member needs a name."));
        !s)
        return Result<qint64>::failure(s.error());
    return upsert(m_db, UpsertBoard, {idValue(m.id), m.name.trimmed(), boardFunctionKey(m.function), text(m.role)},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the board member"));
}
Status JourneyRepository::removeRow(const BoardMember &m)
{
    return execute(m_db, DeleteBoard, {m.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the board member"));
}

// Decision
Result<std::optional<Decision>> JourneyRepository::find(const Decision &key) const
{
    return selectOne<Decision>(m_db, sql(SelectDecision, ById), {key.id}, decisionFrom,
                               QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the decision"));
}
Result<qint64> JourneyRepository::saveRow(const Decision &d)
{
    if (!d.date.isValid())
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::JourneyRepository", "A decision needs a date."));
    if (auto s =
            required(d.decision, QCoreApplication::translate("Uptake::JourneyRepository", "Say what was decided."));
        !s)
        return Result<qint64>::failure(s.error());
    return upsert(m_db, UpsertDecision,
                  {idValue(d.id), idValue(d.pilotId), dateValue(d.date), d.decision.trimmed(), text(d.rationale),
                   text(d.owner), evidenceToJson(d.evidence), decisionStatusKey(d.status)},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the decision"));
}
Status JourneyRepository::removeRow(const Decision &d)
{
    return execute(m_db, DeleteDecision, {d.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the decision"));
}

// Release
Result<std::optional<Release>> JourneyRepository::find(const Release &key) const
{
    return selectOne<Release>(m_db, sql(SelectRelease, ById), {key.id}, releaseFrom,
                              QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the release"));
}
Result<qint64> JourneyRepository::saveRow(const Release &r)
{
    if (!r.plannedDate.isValid())
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::JourneyRepository", "A release needs a planned date."));
    if (auto s =
            required(r.title, QCoreApplication::translate("Uptake::JourneyRepository", "A release needs a title."));
        !s)
        return Result<qint64>::failure(s.error());
    return upsert(m_db, UpsertRelease,
                  {idValue(r.id), dateValue(r.plannedDate), releaseCadenceKey(r.cadence), r.title.trimmed(),
                   text(r.content), r.released ? 1 : 0},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the release"));
}
Status JourneyRepository::removeRow(const Release &r)
{
    return execute(m_db, DeleteRelease, {r.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the release"));
}

// RetirementRule
Result<std::optional<RetirementRule>> JourneyRepository::find(const RetirementRule &key) const
{
    return selectOne<RetirementRule>(
        m_db, sql(SelectRule, ById), {key.id}, ruleFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the retirement rule"));
}
Result<qint64> JourneyRepository::saveRow(const RetirementRule &r)
{
    if (r.threshold < 0 || (r.kind == RetirementRuleKind::CompletionBelow && r.threshold > 1))
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::JourneyRepository", "That threshold is out of range for this rule."));
    return upsert(m_db, UpsertRule, {idValue(r.id), retirementRuleKey(r.kind), r.threshold, r.enabled ? 1 : 0},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the retirement rule"));
}
Status JourneyRepository::removeRow(const RetirementRule &r)
{
    return execute(m_db, DeleteRule, {r.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the retirement rule"));
}

// CourseSuccessor
Result<std::optional<CourseSuccessor>> JourneyRepository::find(const CourseSuccessor &key) const
{
    return selectOne<CourseSuccessor>(
        m_db, sql(SelectSuccessor, " WHERE course_id = ?"), {key.courseId}, successorFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the superseded course"));
}
Result<qint64> JourneyRepository::saveRow(const CourseSuccessor &s)
{
    if (s.courseId == s.successorId)
        return Result<qint64>::failure(
            QCoreApplication::translate("Uptake::JourneyRepository", "A course cannot supersede itself."));
    auto id = upsert(m_db, UpsertSuccessor, {s.courseId, s.successorId},
                     QCoreApplication::translate("Uptake::JourneyRepository", "Cannot mark the course as superseded"));
    if (!id)
        return id;
    return s.courseId;
}
Status JourneyRepository::removeRow(const CourseSuccessor &s)
{
    return execute(m_db, DeleteSuccessor, {s.courseId},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot unmark the superseded course"));
}

// RetirementDecision
Result<std::optional<RetirementDecision>> JourneyRepository::find(const RetirementDecision &key) const
{
    return selectOne<RetirementDecision>(
        m_db, sql(SelectRetirement, " WHERE course_id = ?"), {key.courseId}, retirementFrom,
        QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the retirement decision"));
}
Result<qint64> JourneyRepository::saveRow(const RetirementDecision &r)
{
    auto id = upsert(m_db, UpsertRetirement,
                     {r.courseId, retirementVerdictKey(r.verdict), dateValue(r.decidedOn), text(r.note)},
                     QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the retirement decision"));
    if (!id)
        return id;
    return r.courseId;
}
Status JourneyRepository::removeRow(const RetirementDecision &r)
{
    return execute(m_db, DeleteRetirement, {r.courseId},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the retirement decision"));
}

// Action
Result<std::optional<Action>> JourneyRepository::find(const Action &key) const
{
    return selectOne<Action>(m_db, sql(SelectAction, ById), {key.id}, actionFrom,
                             QCoreApplication::translate("Uptake::JourneyRepository", "Cannot read the action"));
}
Result<qint64> JourneyRepository::saveRow(const Action &a)
{
    if (auto s =
            required(a.title, QCoreApplication::translate("Uptake::JourneyRepository", "An action needs a title."));
        !s)
        return Result<qint64>::failure(s.error());
    if (a.bucket != 30 && a.bucket != 60 && a.bucket != 90)
        return Result<qint64>::failure(QCoreApplication::translate(
            "Uptake::JourneyRepository", "An action belongs to the day-30, day-60 or day-90 bucket."));
    return upsert(m_db, UpsertAction,
                  {idValue(a.id), a.pilotId, a.title.trimmed(), a.bucket, phaseKey(a.phase), text(a.owner),
                   dateValue(a.dueDate), actionStatusKey(a.status), idValue(a.leverId), idValue(a.barrierId),
                   a.cohort ? 1 : 0, a.position},
                  QCoreApplication::translate("Uptake::JourneyRepository", "Cannot save the action"));
}
Status JourneyRepository::removeRow(const Action &a)
{
    return execute(m_db, DeleteAction, {a.id},
                   QCoreApplication::translate("Uptake::JourneyRepository", "Cannot delete the action"));
}

} // namespace Uptake
