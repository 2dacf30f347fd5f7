#include "metrics.h"

#include "stats.h"

#include "storage/aggregates.h"
#include "storage/datawriter.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake::Metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Uptake::Metrics", text);
}

/// Roster fields a cohort can be filtered on directly; anything else is a key of learner.attributes.
const QStringList &standardFields()
{
    static const QStringList fields{u"department"_s, u"team"_s, u"country"_s, u"timezone"_s,
                                    u"manager"_s,    u"role"_s, u"email"_s,   u"name"_s};
    return fields;
}

/// Monday-based week number of a day number (day 0, 1970-01-01, was a Thursday).
qint64 weekOf(qint64 day)
{
    const qint64 shifted = day + 3;
    return shifted >= 0 ? shifted / 7 : (shifted - 6) / 7;
}
qint64 weekStartDay(qint64 week)
{
    return week * 7 - 3;
}
QDate weekStartDate(qint64 week)
{
    return dateFromDayNumber(weekStartDay(week));
}
QString isoWeekName(const QDate &monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString gapColumn(int timeout)
{
    return Aggregates::isSessionTimeout(timeout) ? u"gap_s_%1"_s.arg(timeout) : u"gap_s_30"_s;
}

/// Runs a prepared query with values bound in order; the error names the metric.
class Sql
{
public:
    explicit Sql(const QSqlDatabase &db)
        : m_db(db)
    {}
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
    {
        q = QSqlQuery(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        return run(q, sql, values);
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

/// Fills temp table `name` with the learners of a cohort: roster members (or everyone without a roster)
/// matching every condition. Returns the cohort's size, or -1 on error.
qint64 makeCohort(Sql &sql, const QString &name, const QList<QPair<QString, QString>> &conditions,
                  const QString &exceptTable = {})
{
    if (!sql.exec(u"CREATE TEMP TABLE IF NOT EXISTS %1 (learner_id INTEGER PRIMARY KEY)"_s.arg(name)) ||
        !sql.exec(u"DELETE FROM %1"_s.arg(name)))
        return -1;
    QString where = u"(in_roster = 1 OR NOT EXISTS (SELECT 1 FROM learner WHERE in_roster = 1))"_s;
    QVariantList values;
    for (const auto &[attribute, value] : conditions) {
        const QString key = attribute.trimmed();
        if (standardFields().contains(key.toLower())) {
            where += u" AND %1 = ? COLLATE NOCASE"_s.arg(key.toLower()); // from the fixed list, never input
        } else {
            where += u" AND json_valid(attributes) AND json_extract(attributes, ?) = ?"_s;
            QString escaped = key;
            escaped.replace(u'"', u"\"\""_s);
            values << u"$.\"%1\""_s.arg(escaped);
        }
        values << value.trimmed();
    }
    if (!exceptTable.isEmpty())
        where += u" AND id NOT IN (SELECT learner_id FROM %1)"_s.arg(exceptTable);
    if (!sql.exec(u"INSERT INTO %1 SELECT id FROM learner WHERE %2"_s.arg(name, where), values))
        return -1;
    QSqlQuery q;
    if (!sql.run(q, u"SELECT count(*) FROM %1"_s.arg(name)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// The mean weekly active rate of a cohort over [d0, d1]: the mean over the ISO weeks that have at least four
/// of their days in the range (the same weeks the WAU chart shows).
std::optional<double> activeRate(Sql &sql, const QString &cohort, qint64 size, qint64 d0, qint64 d1,
                                 double *meanActive = nullptr)
{
    if (size <= 0 || d1 < d0)
        return std::nullopt;
    QSqlQuery q;
    if (!sql.run(q,
                 u"SELECT (day + 3) / 7 AS w, count(DISTINCT learner_id) FROM learner_day "
                 "WHERE day BETWEEN ? AND ? AND active_events > 0 "
                 "AND learner_id IN (SELECT learner_id FROM %1) GROUP BY w"_s.arg(cohort),
                 {d0, d1}))
        return std::nullopt;
    QHash<qint64, qint64> active;
    while (q.next())
        active.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    double sum = 0;
    int weeks = 0;
    for (qint64 w = weekOf(d0); w <= weekOf(d1); ++w) {
        const qint64 first = std::max(d0, weekStartDay(w));
        const qint64 last = std::min(d1, weekStartDay(w) + 6);
        if (last - first + 1 < 4 && weekOf(d0) != weekOf(d1))
            continue;
        sum += double(active.value(w));
        ++weeks;
    }
    if (weeks == 0)
        return std::nullopt;
    if (meanActive)
        *meanActive = sum / weeks;
    return sum / weeks / double(size);
}

/// Completion over all learner–course pairs of a cohort in [d0, d1]: (rate, pairs).
std::optional<QPair<double, qint64>> completionRate(Sql &sql, const QString &cohort, qint64 d0, qint64 d1)
{
    QSqlQuery q;
    if (!sql.run(q,
                 u"SELECT count(*), coalesce(sum(done), 0) FROM (SELECT max(completions > 0) AS done "
                 "FROM learner_course_day WHERE day BETWEEN ? AND ? "
                 "AND learner_id IN (SELECT learner_id FROM %1) GROUP BY learner_id, course_id)"_s.arg(cohort),
                 {d0, d1}) ||
        !q.next())
        return std::nullopt;
    const qint64 pairs = q.value(0).toLongLong();
    return QPair<double, qint64>{pairs ? q.value(1).toDouble() / double(pairs) : 0.0, pairs};
}

/// Days from each learner's first event to their first completion in [d0, d1], sorted.
std::optional<QList<double>> daysToFirstCompletion(Sql &sql, const QString &cohort, qint64 d0, qint64 d1)
{
    QSqlQuery q;
    if (!sql.run(q,
                 u"SELECT (min(first_completion_ts) - min(first_ts)) / 86400.0 FROM learner_day "
                 "WHERE day BETWEEN ? AND ? AND learner_id IN (SELECT learner_id FROM %1) "
                 "GROUP BY learner_id HAVING min(first_completion_ts) IS NOT NULL"_s.arg(cohort),
                 {d0, d1}))
        return std::nullopt;
    QList<double> days;
    while (q.next())
        days << std::max(0.0, q.value(0).toDouble());
    std::sort(days.begin(), days.end());
    return days;
}

struct KpiInfo
{
    const char *key;
    const char *label;
    bool higherIsBetter;
};
constexpr KpiInfo Kpis[] = {
    {"active_rate", QT_TRANSLATE_NOOP("Uptake::Metrics", "Weekly active rate"), true},
    {"weekly_active_users", QT_TRANSLATE_NOOP("Uptake::Metrics", "Weekly active users"), true},
    {"completion_rate", QT_TRANSLATE_NOOP("Uptake::Metrics", "Completion rate"), true},
    {"median_days_to_first_completion", QT_TRANSLATE_NOOP("Uptake::Metrics", "Median days to first completion"), false},
};

/// A pilot KPI over [d0, d1] for the cohort.
std::optional<double> kpiValue(Sql &sql, const QString &kpi, const QString &cohort, qint64 size, qint64 d0, qint64 d1)
{
    if (kpi == u"active_rate"_s)
        return activeRate(sql, cohort, size, d0, d1);
    if (kpi == u"weekly_active_users"_s) {
        double mean = 0;
        if (!activeRate(sql, cohort, size, d0, d1, &mean))
            return std::nullopt;
        return mean;
    }
    if (kpi == u"completion_rate"_s) {
        const auto c = completionRate(sql, cohort, d0, d1);
        if (!c || c->second == 0)
            return std::nullopt;
        return c->first;
    }
    if (kpi == u"median_days_to_first_completion"_s) {
        const auto days = daysToFirstCompletion(sql, cohort, d0, d1);
        if (!days || days->isEmpty())
            return std::nullopt;
        return Stats::quantile(*days, 0.5);
    }
    return std::nullopt;
}

} // namespace

QList<QPair<QString, QString>> parseCohort(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &part : text.split(QRegularExpression(u"[;,]"_s), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (!key.isEmpty() && !value.isEmpty())
            out.append({key, value});
    }
    return out;
}

QString targetStatusKey(TargetStatus status)
{
    switch (status) {
    case TargetStatus::NotDue:
        return u"not_due"_s;
    case TargetStatus::OnTrack:
        return u"on_track"_s;
    case TargetStatus::AtRisk:
        return u"at_risk"_s;
    case TargetStatus::OffTrack:
        return u"off_track"_s;
    }
    return {};
}

QString targetStatusLabel(TargetStatus status)
{
    switch (status) {
    case TargetStatus::NotDue:
        return tr("Not due yet");
    case TargetStatus::OnTrack:
        return tr("On track");
    case TargetStatus::AtRisk:
        return tr("At risk");
    case TargetStatus::OffTrack:
        return tr("Off track");
    }
    return {};
}

TargetStatus statusFor(double actual, double target, double baseline, double tolerance, bool higherIsBetter)
{
    const double shortfall = higherIsBetter ? target - actual : actual - target;
    if (shortfall <= 1e-12)
        return TargetStatus::OnTrack;
    const double gap = std::abs(target - baseline);
    return shortfall <= tolerance * gap ? TargetStatus::AtRisk : TargetStatus::OffTrack;
}

Result<MetricSet> compute(const QSqlDatabase &db, const Filter &filterIn, const std::atomic_bool *cancel)
{
    using R = Result<MetricSet>;
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    Sql sql(db);
    auto failed = [&sql]() { return R::failure(tr("Cannot compute the metrics: %1").arg(sql.error())); };
    MetricSet m;
    Filter filter = filterIn;
    QSqlQuery q;

    // The pilot, its cohort and dates.
    QDate pilotStart;
    int pilotWeeks = 6;
    if (filter.pilotId) {
        if (!sql.run(q, u"SELECT name, cohort_filter, start_date, duration_weeks FROM pilot WHERE id = ?"_s,
                     {filter.pilotId}))
            return failed();
        if (!q.next())
            return R::failure(tr("There is no pilot %1.").arg(filter.pilotId));
        m.pilotName = q.value(0).toString();
        filter.cohort = parseCohort(q.value(1).toString()) + filter.cohort;
        pilotStart = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        pilotWeeks = q.value(3).toInt();
    }
    if (!sql.run(q, u"SELECT value FROM meta WHERE key = 'timezone'"_s))
        return failed();
    m.timeZone = q.next() ? q.value(0).toString() : QString();
    if (!sql.run(q,
                 u"SELECT min(day), max(day), EXISTS (SELECT 1 FROM learner WHERE in_roster = 1) FROM learner_day"_s) ||
        !q.next())
        return failed();
    m.hasRoster = q.value(2).toBool();
    if (q.value(0).isNull())
        return m; // no data yet: an empty set
    const qint64 dataFirst = q.value(0).toLongLong();
    const qint64 dataLast = q.value(1).toLongLong();
    const qint64 d0 = filter.from.isValid() ? dayNumber(filter.from) : dataFirst;
    const qint64 d1 = filter.to.isValid() ? dayNumber(filter.to) : dataLast;
    if (d1 < d0)
        return R::failure(
            tr("The window ends (%1) before it starts (%2).")
                .arg(dateFromDayNumber(d1).toString(Qt::ISODate), dateFromDayNumber(d0).toString(Qt::ISODate)));
    m.from = dateFromDayNumber(d0);
    m.to = dateFromDayNumber(d1);
    m.sessionTimeout = Aggregates::isSessionTimeout(filter.sessionTimeout) ? filter.sessionTimeout : 30;

    const qint64 size = makeCohort(sql, u"m_cohort"_s, filter.cohort);
    if (size < 0)
        return failed();
    m.learners = size;
    const QVariantList window{d0, d1};
    const QString inCohort = u"learner_id IN (SELECT learner_id FROM m_cohort)"_s;

    // Weekly active users and learning minutes: ISO weeks overlapping the window.
    const QString minutes =
        u"CASE WHEN duration_events > 0 THEN duration_minutes ELSE %1 / 60.0 END"_s.arg(gapColumn(m.sessionTimeout));
    if (!sql.run(q,
                 u"SELECT (day + 3) / 7 AS w, count(DISTINCT CASE WHEN active_events > 0 THEN learner_id END), "
                 "sum(%1), sum(duration_events) FROM learner_day WHERE day BETWEEN ? AND ? AND %2 GROUP BY w"_s.arg(
                     minutes, inCohort),
                 window))
        return failed();
    QHash<qint64, QPair<qint64, double>> byWeek;
    qint64 durationEvents = 0;
    while (q.next()) {
        byWeek.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toDouble()});
        durationEvents += q.value(3).toLongLong();
        m.learningMinutes += q.value(2).toDouble();
    }
    m.learningTimeEstimated = durationEvents == 0;
    for (qint64 w = weekOf(d0); w <= weekOf(d1); ++w) {
        Week week;
        week.start = weekStartDate(w);
        week.isoWeek = isoWeekName(week.start);
        week.active = byWeek.value(w).first;
        week.minutes = byWeek.value(w).second;
        week.cohort = size;
        week.rate = size ? double(week.active) / double(size) : 0.0;
        m.weeks.append(week);
    }
    if (cancelled())
        return R::failure(tr("Cancelled."));

    // Completion by course and overall.
    if (!sql.run(q,
                 u"SELECT c.id, c.name, count(*), sum(done) FROM (SELECT course_id, max(completions > 0) AS done "
                 "FROM learner_course_day WHERE day BETWEEN ? AND ? AND %1 GROUP BY learner_id, course_id) p "
                 "JOIN course c ON c.id = p.course_id GROUP BY c.id ORDER BY count(*) DESC, c.name"_s.arg(inCohort),
                 window))
        return failed();
    qint64 completedPairs = 0;
    while (q.next()) {
        CourseCompletion c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                           q.value(3).toLongLong(), 0};
        c.rate = c.learners ? double(c.completed) / double(c.learners) : 0;
        m.completionPairs += c.learners;
        completedPairs += c.completed;
        m.byCourse.append(c);
    }
    m.overallCompletion = m.completionPairs ? double(completedPairs) / double(m.completionPairs) : 0;

    // Time to first completion.
    const auto days = daysToFirstCompletion(sql, u"m_cohort"_s, d0, d1);
    if (!days)
        return failed();
    m.timeToFirstCompletion.values = *days;
    m.timeToFirstCompletion.n = days->size();
    if (!days->isEmpty()) {
        m.timeToFirstCompletion.median = Stats::quantile(*days, 0.5);
        m.timeToFirstCompletion.p25 = Stats::quantile(*days, 0.25);
        m.timeToFirstCompletion.p75 = Stats::quantile(*days, 0.75);
    }

    // Drop-off: the last content item of learner–course pairs started and not completed in the window.
    if (!sql.run(q,
                 u"SELECT c.name, ct.name, ct.position, count(*) FROM ("
                 " SELECT course_id, last_content_id, done, row_number() OVER (PARTITION BY learner_id, course_id "
                 "   ORDER BY last_ts DESC) AS rn FROM ("
                 "  SELECT learner_id, course_id, last_content_id, last_ts, "
                 "   max(completions) OVER (PARTITION BY learner_id, course_id) AS done FROM learner_course_day "
                 "  WHERE day BETWEEN ? AND ? AND %1)) p "
                 "JOIN course c ON c.id = p.course_id LEFT JOIN content ct ON ct.id = p.last_content_id "
                 "WHERE rn = 1 AND done = 0 GROUP BY p.course_id, p.last_content_id "
                 "ORDER BY c.name, count(*) DESC"_s.arg(inCohort),
                 window))
        return failed();
    QHash<QString, qint64> startedByCourse;
    for (const CourseCompletion &c : std::as_const(m.byCourse))
        startedByCourse.insert(c.course, c.learners);
    while (q.next()) {
        const QString course = q.value(0).toString();
        if (m.dropOff.isEmpty() || m.dropOff.last().course != course)
            m.dropOff.append(CourseDropOff{course, startedByCourse.value(course), 0, {}});
        DropOffPoint p{q.value(1).toString(), q.value(2).isNull() ? -1 : q.value(2).toInt(), q.value(3).toLongLong(),
                       0};
        m.dropOff.last().notCompleted += p.learners;
        m.dropOff.last().points.append(p);
    }
    for (CourseDropOff &c : m.dropOff)
        for (DropOffPoint &p : c.points)
            p.share = c.notCompleted ? double(p.learners) / double(c.notCompleted) : 0;
    std::stable_sort(m.dropOff.begin(), m.dropOff.end(),
                     [](const CourseDropOff &a, const CourseDropOff &b) { return a.notCompleted > b.notCompleted; });
    if (cancelled())
        return R::failure(tr("Cancelled."));

    // Learning and performance.
    QString kpi = filter.kpi;
    if (kpi.isEmpty()) {
        if (!sql.run(q, u"SELECT kpi FROM performance GROUP BY kpi ORDER BY count(*) DESC, kpi LIMIT 1"_s))
            return failed();
        kpi = q.next() ? q.value(0).toString() : QString();
    }
    m.correlation.kpi = kpi;
    m.correlation.activity = filter.activity;
    if (!kpi.isEmpty()) {
        const QString activity =
            filter.activity == Activity::Events ? u"sum(active_events)"_s : u"sum(%1)"_s.arg(minutes);
        if (!sql.run(q,
                     u"SELECT a.x, p.y FROM (SELECT learner_id, %1 AS x FROM learner_day WHERE day BETWEEN ? AND ? "
                     "AND %2 GROUP BY learner_id) a JOIN (SELECT learner_id, avg(value) AS y FROM performance "
                     "WHERE kpi = ? AND day BETWEEN ? AND ? GROUP BY learner_id) p USING (learner_id)"_s.arg(activity,
                                                                                                             inCohort),
                     {d0, d1, kpi, d0, d1}))
            return failed();
        QList<double> xs, ys;
        while (q.next()) {
            xs << q.value(0).toDouble();
            ys << q.value(1).toDouble();
            m.correlation.points.append({xs.last(), ys.last()});
        }
        m.correlation.n = xs.size();
        m.correlation.smallN = xs.size() < filter.smallN;
        if (const auto r = Stats::pearson(xs, ys)) {
            m.correlation.pearson = *r;
            if (const auto ci = Stats::fisherInterval(*r, xs.size())) {
                m.correlation.ciLow = ci->first;
                m.correlation.ciHigh = ci->second;
            }
            const auto fit = Stats::linearFit(xs, ys);
            m.correlation.slope = fit.first;
            m.correlation.intercept = fit.second;
        }
        m.correlation.spearman = Stats::spearman(xs, ys);
    }

    // Heatmaps: course × week and department × week, distinct learners.
    auto heatmap = [&](const QString &select, Heatmap *out) {
        if (!sql.run(q, select, window))
            return false;
        QHash<QString, QHash<qint64, qint64>> cells;
        QHash<QString, qint64> totals;
        while (q.next()) {
            const QString row = q.value(0).toString();
            cells[row].insert(q.value(1).toLongLong(), q.value(2).toLongLong());
            totals[row] += q.value(2).toLongLong();
        }
        out->rows = totals.keys();
        std::sort(out->rows.begin(), out->rows.end(), [&totals](const QString &a, const QString &b) {
            return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
        });
        for (qint64 w = weekOf(d0); w <= weekOf(d1); ++w)
            out->weeks << weekStartDate(w);
        for (const QString &row : std::as_const(out->rows)) {
            QList<qint64> line;
            for (qint64 w = weekOf(d0); w <= weekOf(d1); ++w)
                line << cells.value(row).value(w);
            out->cells << line;
        }
        return true;
    };
    if (!heatmap(u"SELECT c.name, (d.day + 3) / 7 AS w, count(DISTINCT d.learner_id) FROM learner_course_day d "
                 "JOIN course c ON c.id = d.course_id WHERE d.day BETWEEN ? AND ? AND d.active_events > 0 AND d.%1 "
                 "GROUP BY d.course_id, w"_s.arg(inCohort),
                 &m.courseHeatmap) ||
        !heatmap(u"SELECT CASE WHEN l.department = '' THEN '(none)' ELSE l.department END, (d.day + 3) / 7 AS w, "
                 "count(DISTINCT d.learner_id) FROM learner_day d JOIN learner l ON l.id = d.learner_id "
                 "WHERE d.day BETWEEN ? AND ? AND d.active_events > 0 AND d.%1 GROUP BY 1, w"_s.arg(inCohort),
                 &m.departmentHeatmap))
        return failed();
    if (cancelled())
        return R::failure(tr("Cancelled."));

    // Retention by start week, under-engaged groups and stopped engaging: from active (learner, week) and the
    // last six weeks' active (learner, day).
    if (!sql.run(q,
                 u"SELECT learner_id, (day + 3) / 7 AS w FROM learner_day WHERE day BETWEEN ? AND ? "
                 "AND active_events > 0 AND %1 GROUP BY learner_id, w"_s.arg(inCohort),
                 window))
        return failed();
    QHash<qint64, QSet<qint64>> weeksOf;
    while (q.next())
        weeksOf[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
    {
        const qint64 firstWeek = weekOf(d0);
        const qint64 lastWeek = weekOf(d1);
        QHash<qint64, QList<qint64>> starters; // start week → learners
        for (auto it = weeksOf.cbegin(); it != weeksOf.cend(); ++it)
            starters[*std::min_element(it->cbegin(), it->cend())].append(it.key());
        for (qint64 w = firstWeek; w <= lastWeek; ++w) {
            const QList<qint64> people = starters.value(w);
            if (people.isEmpty())
                continue;
            m.retention.startWeeks << weekStartDate(w);
            m.retention.sizes << people.size();
            QList<double> shares;
            for (qint64 k = 0; w + k <= lastWeek; ++k) {
                qint64 active = 0;
                for (qint64 id : people)
                    active += weeksOf.value(id).contains(w + k) ? 1 : 0;
                shares << double(active) / double(people.size());
            }
            m.retention.shares << shares;
        }
    }
    // Recent activity per learner: the last two weeks (d1-13..d1) and four 7-day blocks before them.
    if (!sql.run(q,
                 u"SELECT learner_id, (? - day) / 7 AS block, max(day) FROM learner_day WHERE day BETWEEN ? AND ? "
                 "AND active_events > 0 AND %1 GROUP BY learner_id, block"_s.arg(inCohort),
                 {d1, d1 - 41, d1}))
        return failed();
    QHash<qint64, QSet<int>> recent; // block 0,1 = last two weeks; 2..5 = the four weeks before
    QHash<qint64, qint64> lastActiveDay;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        recent[id].insert(q.value(1).toInt());
        lastActiveDay[id] = std::max(lastActiveDay.value(id), q.value(2).toLongLong());
    }
    struct Person
    {
        QString externalId, name;
        QStringList attributes; // in standardFields() order, first six
    };
    QHash<qint64, Person> people;
    if (!sql.run(q, u"SELECT id, external_id, name, department, team, country, timezone, manager, role FROM learner "
                    "WHERE id IN (SELECT learner_id FROM m_cohort)"_s))
        return failed();
    while (q.next()) {
        Person p{q.value(1).toString(), q.value(2).toString(), {}};
        for (int i = 3; i < 9; ++i)
            p.attributes << q.value(i).toString();
        people.insert(q.value(0).toLongLong(), p);
    }
    auto activeLastTwo = [&recent](qint64 id) {
        const QSet<int> blocks = recent.value(id);
        return blocks.contains(0) || blocks.contains(1);
    };
    qint64 orgActive = 0;
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        orgActive += activeLastTwo(it.key()) ? 1 : 0;
    const double orgRate = people.isEmpty() ? 0 : double(orgActive) / double(people.size());
    for (int a = 0; a < 6; ++a) {
        QHash<QString, QPair<qint64, qint64>> groups; // value → (size, active)
        for (auto it = people.cbegin(); it != people.cend(); ++it) {
            const QString value = it->attributes.at(a);
            if (value.isEmpty())
                continue;
            auto &g = groups[value];
            ++g.first;
            g.second += activeLastTwo(it.key()) ? 1 : 0;
        }
        if (groups.size() < 2)
            continue; // one group is the organisation itself
        for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
            if (g->first < 3)
                continue; // too small to call a cohort
            const double rate = double(g->second) / double(g->first);
            if (rate < filter.underEngagedThreshold || rate < 0.5 * orgRate)
                m.underEngaged.append({standardFields().at(a), g.key(), g->first, g->second, rate, orgRate});
        }
    }
    std::sort(m.underEngaged.begin(), m.underEngaged.end(), [](const GroupEngagement &x, const GroupEngagement &y) {
        return x.rate != y.rate ? x.rate < y.rate : x.size > y.size;
    });
    for (auto it = recent.cbegin(); it != recent.cend(); ++it) {
        if (activeLastTwo(it.key()))
            continue;
        int before = 0;
        for (int b = 2; b <= 5; ++b)
            before += it->contains(b) ? 1 : 0;
        if (before < 2)
            continue;
        const Person p = people.value(it.key());
        m.stoppedEngaging.append({it.key(), p.name.isEmpty() ? p.externalId : p.name, p.attributes.value(0), before,
                                  dateFromDayNumber(lastActiveDay.value(it.key()))});
    }
    std::sort(m.stoppedEngaging.begin(), m.stoppedEngaging.end(), [](const StoppedLearner &a, const StoppedLearner &b) {
        return a.activeWeeks != b.activeWeeks ? a.activeWeeks > b.activeWeeks : a.name < b.name;
    });
    if (cancelled())
        return R::failure(tr("Cancelled."));

    // The pilot: comparison with the rest, targets and annotations.
    if (filter.pilotId && pilotStart.isValid()) {
        const qint64 start = dayNumber(pilotStart);
        const qint64 baseFrom = start - 28;
        const qint64 baseTo = start - 1;
        const qint64 nowTo = std::min(d1, start + qint64(pilotWeeks) * 7 - 1);
        const qint64 restSize = makeCohort(sql, u"m_rest"_s, {}, u"m_cohort"_s);
        if (restSize < 0)
            return failed();
        if (nowTo >= start) {
            Comparison c;
            auto group = [&](const QString &table, qint64 n, const QString &label) {
                GroupKpis g;
                g.label = label;
                g.size = n;
                g.activeRate = activeRate(sql, table, n, start, nowTo).value_or(0);
                g.baselineActiveRate = activeRate(sql, table, n, baseFrom, baseTo).value_or(0);
                g.completionRate = completionRate(sql, table, start, nowTo).value_or(QPair<double, qint64>{}).first;
                g.baselineCompletionRate =
                    completionRate(sql, table, baseFrom, baseTo).value_or(QPair<double, qint64>{}).first;
                return g;
            };
            c.pilot = group(u"m_cohort"_s, size, tr("Pilot cohort"));
            c.rest = group(u"m_rest"_s, restSize, tr("Rest of the organisation"));
            c.activeRateDid =
                (c.pilot.activeRate - c.pilot.baselineActiveRate) - (c.rest.activeRate - c.rest.baselineActiveRate);
            c.completionRateDid = (c.pilot.completionRate - c.pilot.baselineCompletionRate) -
                                  (c.rest.completionRate - c.rest.baselineCompletionRate);
            m.comparison = c;
        }
        if (!sql.run(q,
                     u"SELECT kpi, baseline, target_mode, target_30, target_60, target_90, tolerance "
                     "FROM pilot_kpi WHERE pilot_id = ? ORDER BY id"_s,
                     {filter.pilotId}))
            return failed();
        struct Row
        {
            QString kpi;
            QVariant baseline;
            bool relative;
            QVariant targets[3];
            double tolerance;
        };
        QList<Row> rows;
        while (q.next())
            rows.append({q.value(0).toString(),
                         q.value(1),
                         q.value(2).toString() == u"relative"_s,
                         {q.value(3), q.value(4), q.value(5)},
                         q.value(6).toDouble()});
        for (const Row &row : std::as_const(rows)) {
            const KpiInfo *info = nullptr;
            for (const KpiInfo &k : Kpis)
                if (row.kpi == QString::fromLatin1(k.key))
                    info = &k;
            if (!info)
                continue; // a KPI this version cannot measure
            KpiTarget t;
            t.kpi = row.kpi;
            t.label = tr(info->label);
            t.higherIsBetter = info->higherIsBetter;
            t.tolerance = row.tolerance;
            t.baselineMeasured = row.baseline.isNull();
            t.baseline = row.baseline.isNull()
                             ? kpiValue(sql, row.kpi, u"m_cohort"_s, size, baseFrom, baseTo).value_or(0)
                             : row.baseline.toDouble();
            t.current = kpiValue(sql, row.kpi, u"m_cohort"_s, size, std::max(d0, d1 - 27), d1).value_or(0);
            t.pace << QPointF(0, t.baseline);
            const int checkDays[] = {30, 60, 90};
            for (int i = 0; i < 3; ++i) {
                Checkpoint c;
                c.day = checkDays[i];
                c.date = pilotStart.addDays(c.day);
                if (!row.targets[i].isNull()) {
                    const double v = row.targets[i].toDouble();
                    c.target = row.relative ? t.baseline * (1.0 + v) : v;
                    t.pace << QPointF(c.day, *c.target);
                }
                const qint64 at = start + c.day - 1;
                if (at <= std::min(d1, dataLast)) {
                    c.actual = kpiValue(sql, row.kpi, u"m_cohort"_s, size, at - 27, at);
                    if (c.actual && c.target)
                        c.status = statusFor(*c.actual, *c.target, t.baseline, t.tolerance, t.higherIsBetter);
                }
                t.checkpoints << c;
            }
            m.targets << t;
        }
        m.annotations.append({pilotStart, u"pilot_start"_s, tr("Pilot starts")});
    }
    if (!sql.run(q,
                 u"SELECT date, kind, label FROM annotation WHERE (pilot_id IS NULL OR pilot_id = ?) "
                 "AND date BETWEEN ? AND ? ORDER BY date"_s,
                 {filter.pilotId, m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate)}))
        return failed();
    while (q.next())
        m.annotations.append(
            {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString()});
    std::stable_sort(m.annotations.begin(), m.annotations.end(),
                     [](const Annotation &a, const Annotation &b) { return a.date < b.date; });
    return m;
}

Result<MetricSet> computeFromFile(const QString &workspacePath, const Filter &filter, const std::atomic_bool *cancel)
{
    const QString name = u"metrics-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    Result<MetricSet> result = Result<MetricSet>::failure({});
    {
        auto db = Workspace::openConnection(workspacePath, name, Workspace::Access::ReadOnly);
        if (!db)
            return Result<MetricSet>::failure(db.error());
        result = compute(*db, filter, cancel);
    }
    Workspace::closeConnection(name);
    return result;
}

Result<QList<LearnerRow>> learnersBehind(const QSqlDatabase &db, const Filter &filter, const QDate &weekStart,
                                         const QString &course)
{
    using R = Result<QList<LearnerRow>>;
    Sql sql(db);
    QList<QPair<QString, QString>> conditions = filter.cohort;
    QSqlQuery q;
    if (filter.pilotId) {
        if (!sql.run(q, u"SELECT cohort_filter FROM pilot WHERE id = ?"_s, {filter.pilotId}))
            return R::failure(sql.error());
        if (q.next())
            conditions = parseCohort(q.value(0).toString()) + conditions;
    }
    if (makeCohort(sql, u"m_behind"_s, conditions) < 0)
        return R::failure(sql.error());
    const qint64 d0 = dayNumber(weekStart);
    const QString table = course.isEmpty() ? u"learner_day"_s : u"learner_course_day"_s;
    const QString courseCondition =
        course.isEmpty() ? QString() : u"AND d.course_id = (SELECT id FROM course WHERE name = ?)"_s;
    QVariantList values{d0, d0 + 6};
    if (!course.isEmpty())
        values << course;
    if (!sql.run(q,
                 u"SELECT l.id, coalesce(l.external_id, ''), l.name, l.department, sum(d.events) FROM %1 d "
                 "JOIN learner l ON l.id = d.learner_id WHERE d.day BETWEEN ? AND ? AND d.active_events > 0 "
                 "AND d.learner_id IN (SELECT learner_id FROM m_behind) %2 GROUP BY l.id "
                 "ORDER BY lower(l.name), l.external_id"_s.arg(table, courseCondition),
                 values))
        return R::failure(sql.error());
    QList<LearnerRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong()});
    return rows;
}

Result<QList<LearnerRow>> learnersBehindFromFile(const QString &workspacePath, const Filter &filter,
                                                 const QDate &weekStart, const QString &course)
{
    const QString name = u"behind-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    Result<QList<LearnerRow>> result = Result<QList<LearnerRow>>::failure({});
    {
        auto db = Workspace::openConnection(workspacePath, name, Workspace::Access::ReadOnly);
        if (!db)
            return Result<QList<LearnerRow>>::failure(db.error());
        result = learnersBehind(*db, filter, weekStart, course);
    }
    Workspace::closeConnection(name);
    return result;
}

} // namespace Uptake::Metrics
