#include "metrics.h"

#include "stats.h"

#include "storage/aggregates.h"
#include "storage/datawriter.h"
#include "storage/dialect.h"
#include "storage/rowscan.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Uptake::Metrics {

namespace {

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
        // PostgreSQL: forward-only means libpq's single-row mode, which allows one open query per connection.
        const bool postgres = Dialect::isPostgres(m_db);
        q.setForwardOnly(!postgres);
        if (postgres && values.isEmpty()) { // PostgreSQL cannot prepare DDL (CREATE TEMP TABLE …)
            if (!q.exec(sql)) {
                m_error = Dialect::errorText(q.lastError());
                return false;
            }
            return true;
        }
        if (!q.prepare(sql)) {
            m_error = Dialect::errorText(q.lastError());
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = Dialect::errorText(q.lastError());
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
    /// A scratch table (Dialect::createTempTable: a read-only connection may make one too).
    bool createTemp(const QString &sql)
    {
        const Status s = Dialect::createTempTable(m_db, sql);
        if (!s)
            m_error = s.error();
        return bool(s);
    }

private:
    QSqlDatabase m_db;
    QString m_error;
};

/// Fills temp table `name` with the learners of a cohort: roster members (or everyone without a roster)
/// matching every condition. Returns the cohort's size, or -1 on error.
qint64 makeCohort(Sql &sql, const QString &name, const QList<QPair<QString, QString>> &conditions,
                  const QString &exceptTable = {})
{
    if (!sql.createTemp(u"CREATE TEMP TABLE IF NOT EXISTS %1 (learner_id INTEGER PRIMARY KEY)"_s.arg(name)) ||
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
/// of their days in the range (a range inside one week: that week). A week that starts before d0 counts whole, as
/// the WAU chart shows it (so a checkpoint's 28 days ending on a Tuesday are the four ISO weeks before it); the
/// last week counts up to d1, never past it.
std::optional<double> activeRate(Sql &sql, const QString &cohort, qint64 size, qint64 d0, qint64 d1,
                                 double *meanActive = nullptr)
{
    if (size <= 0 || d1 < d0)
        return std::nullopt;
    QList<qint64> counted;
    for (qint64 w = weekOf(d0); w <= weekOf(d1); ++w) {
        const qint64 first = std::max(d0, weekStartDay(w));
        const qint64 last = std::min(d1, weekStartDay(w) + 6);
        if (last - first + 1 >= 4 || weekOf(d0) == weekOf(d1))
            counted << w;
    }
    if (counted.isEmpty())
        return std::nullopt;
    QSqlQuery q;
    if (!sql.run(q,
                 u"SELECT (day + 3) / 7 AS w, count(DISTINCT learner_id) FROM learner_day "
                 "WHERE day BETWEEN ? AND ? AND active_events > 0 "
                 "AND learner_id IN (SELECT learner_id FROM %1) GROUP BY w"_s.arg(cohort),
                 {std::min(d0, weekStartDay(counted.first())), d1}))
        return std::nullopt;
    QHash<qint64, qint64> active;
    while (q.next())
        active.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    double sum = 0;
    for (qint64 w : std::as_const(counted))
        sum += double(active.value(w));
    const double mean = sum / double(counted.size());
    if (meanActive)
        *meanActive = mean;
    return mean / double(size);
}

/// Completion over the learner–course pairs of a cohort with activity in [d0, d1], less those completed before d0
/// (a revisit of a finished course is no unfinished start): (rate, pairs).
std::optional<QPair<double, qint64>> completionRate(Sql &sql, const QString &cohort, qint64 d0, qint64 d1)
{
    QSqlQuery q;
    if (!sql.run(q,
                 u"SELECT count(*), coalesce(sum(pair.done), 0) FROM (SELECT learner_id, course_id, "
                 "max(completions > 0) AS done FROM learner_course_day WHERE day BETWEEN ? AND ? "
                 "AND learner_id IN (SELECT learner_id FROM %1) GROUP BY learner_id, course_id) AS pair "
                 "LEFT JOIN (SELECT DISTINCT learner_id, course_id FROM learner_course_day WHERE day < ? "
                 "AND completions > 0 AND learner_id IN (SELECT learner_id FROM %1)) AS prior "
                 "ON prior.learner_id = pair.learner_id AND prior.course_id = pair.course_id "
                 "WHERE prior.learner_id IS NULL"_s.arg(cohort),
                 {d0, d1, d0}) ||
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
    bool rate;        ///< a share, shown in percent
    const char *unit; ///< what a value counts, for values that are not rates
};
constexpr KpiInfo Kpis[] = {
    {"active_rate", QT_TRANSLATE_NOOP("Uptake::Metrics", "Weekly active rate"), true, true, ""},
    {"weekly_active_users", QT_TRANSLATE_NOOP("Uptake::Metrics", "Weekly active users"), true, false,
     QT_TRANSLATE_NOOP("Uptake::Metrics", "learners")},
    {"completion_rate", QT_TRANSLATE_NOOP("Uptake::Metrics", "Completion rate"), true, true, ""},
    {"median_days_to_first_completion", QT_TRANSLATE_NOOP("Uptake::Metrics", "Median days to first completion"), false,
     false, QT_TRANSLATE_NOOP("Uptake::Metrics", "days")},
    {"weekly_learning_minutes_per_learner", QT_TRANSLATE_NOOP("Uptake::Metrics", "Weekly learning minutes per learner"),
     true, false, QT_TRANSLATE_NOOP("Uptake::Metrics", "min")},
};

/// A pilot KPI over [d0, d1] for the cohort.
std::optional<double> kpiValue(Sql &sql, const QString &kpi, const QString &cohort, qint64 size, qint64 d0, qint64 d1,
                               const QString &minutes)
{
    if (kpi == u"weekly_learning_minutes_per_learner"_s) {
        QSqlQuery q;
        if (size <= 0 ||
            !sql.run(q,
                     u"SELECT coalesce(sum(%1), 0) FROM learner_day WHERE day BETWEEN ? AND ? "
                     "AND learner_id IN (SELECT learner_id FROM %2)"_s.arg(minutes, cohort),
                     {d0, d1}) ||
            !q.next())
            return std::nullopt;
        return q.value(0).toDouble() / double(size) / (double(d1 - d0 + 1) / 7.0);
    }
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

/// KPI values by (KPI, cohort, range), each computed once: the comparison, the baselines, the checkpoints and
/// the pace ask for the same figures several times. The active rate is the weekly active users ÷ size.
class KpiCache
{
public:
    KpiCache(Sql &sql, QString minutes)
        : m_sql(sql)
        , m_minutes(std::move(minutes))
    {}
    std::optional<double> value(const QString &kpi, const QString &cohort, qint64 size, qint64 d0, qint64 d1)
    {
        const bool rate = kpi == u"active_rate"_s;
        const QString base = rate ? u"weekly_active_users"_s : kpi;
        const QString key = u"%1|%2|%3|%4"_s.arg(base, cohort).arg(d0).arg(d1);
        auto it = m_values.constFind(key);
        if (it == m_values.cend())
            it = m_values.insert(key, kpiValue(m_sql, base, cohort, size, d0, d1, m_minutes));
        if (rate)
            return *it && size > 0 ? std::optional<double>(**it / double(size)) : std::nullopt;
        return *it;
    }

private:
    Sql &m_sql;
    QString m_minutes;
    QHash<QString, std::optional<double>> m_values;
};

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

QList<QPair<QString, QString>> targetKpis()
{
    QList<QPair<QString, QString>> out;
    for (const KpiInfo &k : Kpis)
        out.append({QString::fromLatin1(k.key), QCoreApplication::translate("Uptake::Metrics", k.label)});
    return out;
}

QList<TargetKpiInfo> targetKpiInfos()
{
    QList<TargetKpiInfo> out;
    for (const KpiInfo &k : Kpis)
        out.append({QString::fromLatin1(k.key), QCoreApplication::translate("Uptake::Metrics", k.label),
                    k.higherIsBetter, k.rate,
                    *k.unit ? QCoreApplication::translate("Uptake::Metrics", k.unit) : QString()});
    return out;
}

std::optional<TargetKpiInfo> targetKpiInfo(const QString &key)
{
    for (const TargetKpiInfo &k : targetKpiInfos())
        if (k.key == key)
            return k;
    return std::nullopt;
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
        return QCoreApplication::translate("Uptake::Metrics", "Not due yet");
    case TargetStatus::OnTrack:
        return QCoreApplication::translate("Uptake::Metrics", "On track");
    case TargetStatus::AtRisk:
        return QCoreApplication::translate("Uptake::Metrics", "At risk");
    case TargetStatus::OffTrack:
        return QCoreApplication::translate("Uptake::Metrics", "Off track");
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

Pace paceAt(const KpiTarget &target, const QDate &pilotStart, const QDate &date)
{
    Pace out;
    for (const Checkpoint &c : target.checkpoints) {
        if (!c.target)
            continue;
        out.next = c; // all past so far: keep the latest
        if (c.date > date)
            break;
    }
    if (!pilotStart.isValid() || !date.isValid() || target.pace.size() < 2 || date < pilotStart)
        return out;
    const double day = double(pilotStart.daysTo(date));
    const QList<QPointF> &pace = target.pace;
    double expected = pace.last().y();
    for (qsizetype i = 1; i < pace.size(); ++i) {
        const QPointF a = pace.at(i - 1), b = pace.at(i);
        if (day <= b.x()) {
            const double t = b.x() > a.x() ? (day - a.x()) / (b.x() - a.x()) : 1.0;
            expected = a.y() + (b.y() - a.y()) * std::clamp(t, 0.0, 1.0);
            break;
        }
    }
    out.expected = expected;
    const bool met = target.higherIsBetter ? target.current >= expected : target.current <= expected;
    const double gap = std::abs((out.next ? *out.next->target : expected) - target.baseline);
    if (met)
        out.status = TargetStatus::OnTrack;
    else
        out.status = std::abs(expected - target.current) <= target.tolerance * gap ? TargetStatus::AtRisk
                                                                                   : TargetStatus::OffTrack;
    return out;
}

Result<MetricSet> compute(const QSqlDatabase &db, const Filter &filter, const std::atomic_bool *cancel)
{
    return compute(db, filter, Progress{cancel, {}});
}

Result<MetricSet> compute(const QSqlDatabase &db, const Filter &filterIn, const Progress &progress)
{
    using R = Result<MetricSet>;
    auto cancelled = [&progress] { return progress.cancel && progress.cancel->load(); };
    Sql sql(db);
    auto failed = [&sql]() {
        return R::failure(
            QCoreApplication::translate("Uptake::Metrics", "Cannot compute the metrics: %1").arg(sql.error()));
    };
    MetricSet m;
    // Hands a finished part to the caller; false when the caller cancelled.
    auto part = [&](Part p) {
        if (progress.onPart)
            progress.onPart(p, m);
        return !cancelled();
    };
    const auto cancelledResult = [] {
        return R::failure(QCoreApplication::translate("Uptake::Metrics", "Cancelled."));
    };
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
            return R::failure(
                QCoreApplication::translate("Uptake::Metrics", "There is no pilot %1.").arg(filter.pilotId));
        m.pilotName = q.value(0).toString();
        filter.cohort = parseCohort(q.value(1).toString()) + filter.cohort;
        pilotStart = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        pilotWeeks = q.value(3).toInt();
        m.pilotStart = pilotStart;
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
            QCoreApplication::translate("Uptake::Metrics", "The window ends (%1) before it starts (%2).")
                .arg(dateFromDayNumber(d1).toString(Qt::ISODate), dateFromDayNumber(d0).toString(Qt::ISODate)));
    m.from = dateFromDayNumber(d0);
    m.to = dateFromDayNumber(d1);
    m.sessionTimeout = Aggregates::isSessionTimeout(filter.sessionTimeout) ? filter.sessionTimeout : 30;

    const qint64 size = makeCohort(sql, u"m_cohort"_s, filter.cohort);
    if (size < 0)
        return failed();
    m.learners = size;
    if (!part(Part::Window))
        return cancelledResult();
    const QVariantList window{d0, d1};
    const QString inCohort = u"learner_id IN (SELECT learner_id FROM m_cohort)"_s;

    // One pass over learner_day (the window's rows of the cohort, in day order) feeds the weekly active users,
    // learning minutes, time to first completion, learning activity for the correlation, the department heatmap
    // and retention; one pass over learner_course_day feeds completion, drop-off and the course heatmap. The
    // rows go through a raw cursor and are summed up in C++: far cheaper than several grouped queries.
    const QString minutes =
        u"CASE WHEN duration_events > 0 THEN duration_minutes ELSE %1 / 60.0 END"_s.arg(gapColumn(m.sessionTimeout));
    struct LearnerActivity
    {
        QSet<qint64> activeWeeks;
        qint64 lastActiveWeek = -1;
        qint64 activeEvents = 0;
        double minutes = 0;
        qint64 firstTs = std::numeric_limits<qint64>::max();
        std::optional<qint64> firstCompletionTs;
    };
    QSet<qint64> members; // the cohort, checked in C++: cheaper than a lookup per row in SQL
    members.reserve(size);
    if (!sql.run(q, u"SELECT learner_id FROM m_cohort"_s))
        return failed();
    while (q.next())
        members.insert(q.value(0).toLongLong());
    QHash<qint64, LearnerActivity> activity;     // per learner with any event in the window
    QHash<qint64, QPair<qint64, double>> byWeek; // week → (active learners, minutes)
    {
        RowScan rows(db, u"SELECT learner_id, day, active_events, %1, duration_events, first_ts, first_completion_ts "
                         "FROM learner_day WHERE day BETWEEN ? AND ? ORDER BY day"_s.arg(minutes));
        rows.bind({d0, d1});
        qint64 durationEvents = 0;
        while (rows.next()) {
            if (!members.contains(rows.integer(0)))
                continue;
            const qint64 w = weekOf(rows.integer(1));
            const double dayMinutes = rows.real(3);
            LearnerActivity &a = activity[rows.integer(0)];
            const qint64 activeEvents = rows.integer(2);
            if (activeEvents > 0 && a.lastActiveWeek != w) {
                a.activeWeeks.insert(w);
                a.lastActiveWeek = w;
                ++byWeek[w].first;
            }
            a.activeEvents += activeEvents;
            a.minutes += dayMinutes;
            byWeek[w].second += dayMinutes;
            m.learningMinutes += dayMinutes;
            durationEvents += rows.integer(4);
            a.firstTs = std::min(a.firstTs, rows.integer(5));
            if (!rows.isNull(6))
                a.firstCompletionTs =
                    std::min(a.firstCompletionTs.value_or(std::numeric_limits<qint64>::max()), rows.integer(6));
        }
        if (!rows.error().isEmpty())
            return R::failure(
                QCoreApplication::translate("Uptake::Metrics", "Cannot compute the metrics: %1").arg(rows.error()));
        m.learningTimeEstimated = durationEvents == 0;
    }
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
    if (!part(Part::WeeklyActive))
        return cancelledResult();

    // Each learner–course pair of the window: its last event's content item and whether it was completed; and
    // per course and week the distinct active learners (rows come in day order, so a pair's weeks ascend).
    struct PairState
    {
        qint64 lastTs = std::numeric_limits<qint64>::min();
        qint64 lastContent = -1; ///< -1: no content item
        bool done = false;
        qint64 lastActiveWeek = -1;
    };
    QHash<quint64, PairState> pairs; // course id << 32 | learner id
    QHash<qint64, QHash<qint64, qint64>> courseWeekLearners;
    {
        RowScan rows(db, u"SELECT course_id, learner_id, day, active_events, completions, last_ts, last_content_id "
                         "FROM learner_course_day WHERE day BETWEEN ? AND ? ORDER BY day"_s);
        rows.bind({d0, d1});
        while (rows.next()) {
            if (!members.contains(rows.integer(1)))
                continue;
            const qint64 course = rows.integer(0);
            PairState &p = pairs[(quint64(course) << 32) | quint64(rows.integer(1))];
            const qint64 lastTs = rows.integer(5);
            if (lastTs >= p.lastTs) {
                p.lastTs = lastTs;
                p.lastContent = rows.isNull(6) ? -1 : rows.integer(6);
            }
            p.done = p.done || rows.integer(4) > 0;
            const qint64 w = weekOf(rows.integer(2));
            if (rows.integer(3) > 0 && p.lastActiveWeek != w) {
                p.lastActiveWeek = w;
                ++courseWeekLearners[course][w];
            }
        }
        if (!rows.error().isEmpty())
            return R::failure(
                QCoreApplication::translate("Uptake::Metrics", "Cannot compute the metrics: %1").arg(rows.error()));
    }
    // Pairs completed before the window are no starts in it: a learner who finished a course and comes back to it
    // has not left it unfinished (nor dropped off). Their activity still counts in the course heatmap.
    if (!sql.run(q,
                 u"SELECT DISTINCT learner_id, course_id FROM learner_course_day WHERE day < ? AND completions > 0 "
                 "AND %1"_s.arg(inCohort),
                 {d0}))
        return failed();
    while (q.next())
        pairs.remove((quint64(q.value(1).toLongLong()) << 32) | quint64(q.value(0).toLongLong()));
    QHash<qint64, QString> courseNames;
    if (!sql.run(q, u"SELECT id, name FROM course"_s))
        return failed();
    while (q.next())
        courseNames.insert(q.value(0).toLongLong(), q.value(1).toString());

    // Completion by course and overall.
    QHash<qint64, QPair<qint64, qint64>> completionByCourse; // course → (learners, completed)
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        auto &c = completionByCourse[qint64(it.key() >> 32)];
        ++c.first;
        c.second += it->done ? 1 : 0;
    }
    qint64 completedPairs = 0;
    for (auto it = completionByCourse.cbegin(); it != completionByCourse.cend(); ++it) {
        CourseCompletion c{it.key(), courseNames.value(it.key()), it->first, it->second, 0};
        c.rate = c.learners ? double(c.completed) / double(c.learners) : 0;
        m.completionPairs += c.learners;
        completedPairs += c.completed;
        m.byCourse.append(c);
    }
    std::sort(m.byCourse.begin(), m.byCourse.end(), [](const CourseCompletion &a, const CourseCompletion &b) {
        return a.learners != b.learners ? a.learners > b.learners : a.course < b.course;
    });
    m.overallCompletion = m.completionPairs ? double(completedPairs) / double(m.completionPairs) : 0;
    // The last four weeks: the "current" value of every target (computed by the same functions, see KpiCache).
    {
        const qint64 recentFrom = std::max(d0, d1 - 27);
        m.recent.from = dateFromDayNumber(recentFrom);
        m.recent.to = dateFromDayNumber(d1);
        double meanActive = 0;
        m.recent.activeRate = activeRate(sql, u"m_cohort"_s, size, recentFrom, d1, &meanActive);
        if (m.recent.activeRate)
            m.recent.weeklyActiveUsers = meanActive;
        const auto c = completionRate(sql, u"m_cohort"_s, recentFrom, d1);
        if (!c)
            return failed();
        m.recent.completionPairs = c->second;
        m.recent.completedPairs = qRound64(c->first * double(c->second));
        if (c->second > 0)
            m.recent.completionRate = c->first;
    }
    if (!part(Part::Completion))
        return cancelledResult();

    // Time to first completion: per learner, first event to first completion in the window.
    QList<double> days;
    for (const LearnerActivity &a : std::as_const(activity))
        if (a.firstCompletionTs)
            days << std::max(0.0, double(*a.firstCompletionTs - a.firstTs) / 86400.0);
    std::sort(days.begin(), days.end());
    m.timeToFirstCompletion.values = days;
    m.timeToFirstCompletion.n = days.size();
    if (!days.isEmpty()) {
        m.timeToFirstCompletion.median = Stats::quantile(days, 0.5);
        m.timeToFirstCompletion.p25 = Stats::quantile(days, 0.25);
        m.timeToFirstCompletion.p75 = Stats::quantile(days, 0.75);
    }
    if (!part(Part::TimeToFirstCompletion))
        return cancelledResult();

    // Drop-off: the last content item of learner–course pairs started and not completed in the window.
    QHash<qint64, QHash<qint64, qint64>> stops; // course → content (-1: none) → learners
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        if (!it->done)
            ++stops[qint64(it.key() >> 32)][it->lastContent];
    QHash<qint64, QPair<QString, int>> contents; // id → (name, position or -1)
    if (!stops.isEmpty()) {
        if (!sql.run(q, u"SELECT id, name, position FROM content"_s))
            return failed();
        while (q.next())
            contents.insert(q.value(0).toLongLong(),
                            {q.value(1).toString(), q.value(2).isNull() ? -1 : q.value(2).toInt()});
    }
    for (auto c = stops.cbegin(); c != stops.cend(); ++c) {
        CourseDropOff d{courseNames.value(c.key()), completionByCourse.value(c.key()).first, 0, {}, {}};
        for (auto p = c->cbegin(); p != c->cend(); ++p) {
            const auto content = contents.value(p.key(), {QString(), -1});
            d.points.append({content.first, content.second, p.value(), 0});
            d.notCompleted += p.value();
        }
        std::sort(d.points.begin(), d.points.end(), [](const DropOffPoint &x, const DropOffPoint &y) {
            if (x.learners != y.learners)
                return x.learners > y.learners;
            return x.position != y.position ? x.position < y.position : x.content < y.content;
        });
        m.dropOff.append(d);
    }
    std::sort(m.dropOff.begin(), m.dropOff.end(),
              [](const CourseDropOff &x, const CourseDropOff &y) { return x.course < y.course; });
    for (CourseDropOff &c : m.dropOff)
        for (DropOffPoint &p : c.points)
            p.share = c.notCompleted ? double(p.learners) / double(c.notCompleted) : 0;
    // The step funnel of courses whose items have positions: everyone who started, less those whose drop-off
    // point lies before the step (completers pass every step; drop-offs without a position are left out).
    if (!sql.run(q, u"SELECT c.name, ct.name, ct.position FROM content ct JOIN course c ON c.id = ct.course_id "
                    "WHERE ct.position IS NOT NULL ORDER BY c.name, ct.position, ct.id"_s))
        return failed();
    QHash<QString, QList<FunnelStep>> stepsByCourse;
    while (q.next())
        stepsByCourse[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toInt(), 0, 0});
    for (const CourseCompletion &c : std::as_const(m.byCourse)) {
        if (!stepsByCourse.contains(c.course))
            continue;
        auto it = std::find_if(m.dropOff.begin(), m.dropOff.end(),
                               [&c](const CourseDropOff &d) { return d.course == c.course; });
        if (it == m.dropOff.end())
            it = m.dropOff.insert(m.dropOff.end(), CourseDropOff{c.course, c.learners, 0, {}, {}});
        qint64 base = it->started;
        for (const DropOffPoint &p : std::as_const(it->points))
            if (p.position < 0)
                base -= p.learners;
        for (FunnelStep step : stepsByCourse.value(c.course)) {
            step.reached = base;
            for (const DropOffPoint &p : std::as_const(it->points))
                if (p.position >= 0 && p.position < step.position)
                    step.reached -= p.learners;
            step.share = base ? double(step.reached) / double(base) : 0;
            it->funnel.append(step);
        }
    }
    std::stable_sort(m.dropOff.begin(), m.dropOff.end(),
                     [](const CourseDropOff &a, const CourseDropOff &b) { return a.notCompleted > b.notCompleted; });
    if (!part(Part::DropOff))
        return cancelledResult();

    // Learning and performance.
    QString kpi = filter.kpi;
    if (kpi.isEmpty()) {
        if (!sql.run(q, u"SELECT kpi FROM performance GROUP BY kpi ORDER BY count(*) DESC, kpi LIMIT 1"_s))
            return failed();
        kpi = q.next() ? q.value(0).toString() : QString();
    }
    m.correlation.kpi = kpi;
    m.correlation.activity = filter.activity;
    m.correlation.performance = filter.performance;
    if (!kpi.isEmpty()) {
        const bool change = filter.performance == PerformanceMeasure::ChangeFromBaseline;
        const QString baseline =
            change ? u" JOIN (SELECT learner_id, avg(value) AS b FROM performance WHERE kpi = ? AND day BETWEEN ? "
                     "AND ? GROUP BY learner_id) base USING (learner_id)"_s
                   : QString();
        QVariantList values{kpi, d0, d1};
        if (change)
            values << kpi << d0 - 28 << d0 - 1;
        if (!sql.run(
                q,
                u"SELECT p.learner_id, p.y%1 FROM (SELECT learner_id, avg(value) AS y FROM performance "
                "WHERE kpi = ? AND day BETWEEN ? AND ? AND %2 GROUP BY learner_id) p%3 ORDER BY p.learner_id"_s.arg(
                    change ? u" - base.b"_s : QString(), inCohort, baseline),
                values))
            return failed();
        QList<double> xs, ys;
        while (q.next()) {
            // A roster member of the cohort with no learning in the window learned 0; without a roster only
            // learners present in both the learning data and the KPI count.
            const auto a = activity.constFind(q.value(0).toLongLong());
            if (a == activity.cend() && !m.hasRoster)
                continue;
            xs << (a == activity.cend()                  ? 0.0
                   : filter.activity == Activity::Events ? double(a->activeEvents)
                                                         : a->minutes);
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
    if (!part(Part::Correlation))
        return cancelledResult();

    // The cohort's people and their roster attributes (for the department heatmap and the groups).
    struct Person
    {
        QString externalId, name;
        QStringList attributes; // in the order of attributeNames: the six roster fields, then extra columns
    };
    QHash<qint64, Person> people;
    QStringList attributeNames = standardFields().mid(0, 6);
    if (!sql.run(q, u"SELECT id, external_id, name, department, team, country, timezone, manager, role, attributes "
                    "FROM learner WHERE id IN (SELECT learner_id FROM m_cohort)"_s))
        return failed();
    QHash<qint64, QJsonObject> extras;
    while (q.next()) {
        Person p{q.value(1).toString(), q.value(2).toString(), {}};
        for (int i = 3; i < 9; ++i)
            p.attributes << q.value(i).toString();
        const qint64 id = q.value(0).toLongLong();
        const QString json = q.value(9).toString();
        if (json.size() > 2) {
            const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
            if (!o.isEmpty())
                extras.insert(id, o);
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                if (!attributeNames.contains(it.key()))
                    attributeNames << it.key();
        }
        people.insert(id, p);
    }
    std::sort(attributeNames.begin() + 6, attributeNames.end());
    for (auto it = people.begin(); it != people.end(); ++it) {
        const QJsonObject o = extras.value(it.key());
        for (qsizetype a = 6; a < attributeNames.size(); ++a) {
            const QJsonValue v = o.value(attributeNames.at(a));
            it->attributes << (v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString());
        }
    }
    // Heatmaps: course × week (grouped SQL) and department × week (from the learner-week pass), distinct
    // active learners.
    auto fillHeatmap = [&](const QHash<QString, QHash<qint64, qint64>> &cells, Heatmap *out) {
        QHash<QString, qint64> totals;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it)
            for (qint64 n : *it)
                totals[it.key()] += n;
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
    };
    {
        QHash<QString, QHash<qint64, qint64>> cells;
        for (auto it = courseWeekLearners.cbegin(); it != courseWeekLearners.cend(); ++it)
            cells.insert(courseNames.value(it.key()), *it);
        fillHeatmap(cells, &m.courseHeatmap);
        cells.clear();
        const QString none = u"(none)"_s;
        for (auto it = activity.cbegin(); it != activity.cend(); ++it) {
            const QString department = people.value(it.key()).attributes.value(0);
            QHash<qint64, qint64> &line = cells[department.isEmpty() ? none : department];
            for (qint64 w : it->activeWeeks)
                ++line[w];
        }
        fillHeatmap(cells, &m.departmentHeatmap);
    }
    if (!part(Part::Heatmaps))
        return cancelledResult();

    // Retention by start week: from the active weeks of each learner.
    {
        const qint64 firstWeek = weekOf(d0);
        const qint64 lastWeek = weekOf(d1);
        QHash<qint64, QList<qint64>> starters; // start week → learners
        for (auto it = activity.cbegin(); it != activity.cend(); ++it)
            if (!it->activeWeeks.isEmpty())
                starters[*std::min_element(it->activeWeeks.cbegin(), it->activeWeeks.cend())].append(it.key());
        for (qint64 w = firstWeek; w <= lastWeek; ++w) {
            const QList<qint64> group = starters.value(w);
            if (group.isEmpty())
                continue;
            m.retention.startWeeks << weekStartDate(w);
            m.retention.sizes << group.size();
            QList<double> shares;
            for (qint64 k = 0; w + k <= lastWeek; ++k) {
                qint64 active = 0;
                for (qint64 id : group)
                    active += activity.value(id).activeWeeks.contains(w + k) ? 1 : 0;
                shares << double(active) / double(group.size());
            }
            m.retention.shares << shares;
        }
    }
    if (!part(Part::Retention))
        return cancelledResult();

    // Under-engaged groups and stopped engaging: the last six weeks' activity per learner.
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
    auto activeLastTwo = [&recent](qint64 id) {
        const QSet<int> blocks = recent.value(id);
        return blocks.contains(0) || blocks.contains(1);
    };
    qint64 orgActive = 0;
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        orgActive += activeLastTwo(it.key()) ? 1 : 0;
    const double orgRate = people.isEmpty() ? 0 : double(orgActive) / double(people.size());
    for (qsizetype a = 0; a < attributeNames.size(); ++a) {
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
            if (g->first < std::max(1, filter.minGroupSize))
                continue; // too small to call a cohort
            const double rate = double(g->second) / double(g->first);
            if (rate < filter.underEngagedThreshold || rate < filter.farBelowOrganisation * orgRate)
                m.underEngaged.append({attributeNames.at(a), g.key(), g->first, g->second, rate, orgRate});
        }
    }
    std::sort(m.underEngaged.begin(), m.underEngaged.end(), [](const GroupEngagement &x, const GroupEngagement &y) {
        if (x.rate != y.rate)
            return x.rate < y.rate;
        if (x.size != y.size)
            return x.size > y.size;
        return x.attribute != y.attribute ? x.attribute < y.attribute : x.value < y.value;
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
    if (!part(Part::Engagement))
        return cancelledResult();

    // The pilot: comparison with the rest (or a chosen cohort), targets and annotations.
    if (filter.pilotId && pilotStart.isValid()) {
        const qint64 start = dayNumber(pilotStart);
        // The baseline: the four weeks before the start, or as much of them as there is data for.
        const qint64 baseFrom = std::max(start - 28, dataFirst);
        const qint64 baseTo = start - 1;
        const qint64 nowFrom = std::max(d0, start);
        const qint64 nowTo = std::min(d1, start + qint64(pilotWeeks) * 7 - 1);
        const qint64 restSize = makeCohort(sql, u"m_rest"_s, filter.comparisonCohort, u"m_cohort"_s);
        KpiCache cache(sql, minutes);
        if (restSize < 0)
            return failed();
        if (nowTo >= nowFrom) {
            Comparison c;
            c.from = dateFromDayNumber(nowFrom);
            c.to = dateFromDayNumber(nowTo);
            c.baselineFrom = dateFromDayNumber(baseFrom);
            c.baselineTo = dateFromDayNumber(baseTo);
            auto group = [&](const QString &table, qint64 n, const QString &label) {
                GroupKpis g;
                g.label = label;
                g.size = n;
                g.activeRate = cache.value(u"active_rate"_s, table, n, nowFrom, nowTo).value_or(0);
                g.baselineActiveRate = cache.value(u"active_rate"_s, table, n, baseFrom, baseTo).value_or(0);
                g.completionRate = cache.value(u"completion_rate"_s, table, n, nowFrom, nowTo).value_or(0);
                g.baselineCompletionRate = cache.value(u"completion_rate"_s, table, n, baseFrom, baseTo).value_or(0);
                return g;
            };
            c.pilot = group(u"m_cohort"_s, size, QCoreApplication::translate("Uptake::Metrics", "Pilot cohort"));
            c.rest = group(u"m_rest"_s, restSize,
                           filter.comparisonCohort.isEmpty()
                               ? QCoreApplication::translate("Uptake::Metrics", "Rest of the organisation")
                               : QCoreApplication::translate("Uptake::Metrics", "Comparison group"));
            c.activeRateDid =
                (c.pilot.activeRate - c.pilot.baselineActiveRate) - (c.rest.activeRate - c.rest.baselineActiveRate);
            c.completionRateDid = (c.pilot.completionRate - c.pilot.baselineCompletionRate) -
                                  (c.rest.completionRate - c.rest.baselineCompletionRate);
            for (const KpiInfo &info : Kpis) {
                KpiComparison k;
                k.kpi = QString::fromLatin1(info.key);
                k.label = QCoreApplication::translate("Uptake::Metrics", info.label);
                k.higherIsBetter = info.higherIsBetter;
                k.pilot = cache.value(k.kpi, u"m_cohort"_s, size, nowFrom, nowTo);
                k.pilotBaseline = cache.value(k.kpi, u"m_cohort"_s, size, baseFrom, baseTo);
                k.comparison = cache.value(k.kpi, u"m_rest"_s, restSize, nowFrom, nowTo);
                k.comparisonBaseline = cache.value(k.kpi, u"m_rest"_s, restSize, baseFrom, baseTo);
                if (k.pilot && k.pilotBaseline && k.comparison && k.comparisonBaseline)
                    k.differenceInDifferences = (*k.pilot - *k.pilotBaseline) - (*k.comparison - *k.comparisonBaseline);
                c.kpis << k;
            }
            // The comparison group's weekly figures, for the trend chart next to the cohort's.
            if (!sql.run(q,
                         u"SELECT (day + 3) / 7 AS w, count(DISTINCT learner_id) FROM learner_day "
                         "WHERE day BETWEEN ? AND ? AND active_events > 0 "
                         "AND learner_id IN (SELECT learner_id FROM m_rest) GROUP BY w"_s,
                         window))
                return failed();
            QHash<qint64, qint64> restActive;
            while (q.next())
                restActive.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            for (Week w : std::as_const(m.weeks)) {
                w.active = restActive.value(weekOf(dayNumber(w.start)));
                w.cohort = restSize;
                w.rate = restSize ? double(w.active) / double(restSize) : 0.0;
                w.minutes = 0;
                c.comparisonWeeks << w;
            }
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
            t.label = QCoreApplication::translate("Uptake::Metrics", info->label);
            t.higherIsBetter = info->higherIsBetter;
            t.tolerance = row.tolerance;
            t.baselineMeasured = row.baseline.isNull();
            t.baseline = row.baseline.isNull() ? cache.value(row.kpi, u"m_cohort"_s, size, baseFrom, baseTo).value_or(0)
                                               : row.baseline.toDouble();
            t.current = cache.value(row.kpi, u"m_cohort"_s, size, std::max(d0, d1 - 27), d1).value_or(0);
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
                    c.actual = cache.value(row.kpi, u"m_cohort"_s, size, at - 27, at);
                    if (c.actual && c.target)
                        c.status = statusFor(*c.actual, *c.target, t.baseline, t.tolerance, t.higherIsBetter);
                } else if (!t.nextCheckpoint) {
                    t.nextCheckpoint = c.day;
                }
                t.checkpoints << c;
            }
            // The pace line at the window's end and the current value's status against it: the same rule as
            // the report's summary table (paceAt).
            const Pace pace = paceAt(t, pilotStart, m.to);
            t.paceNow = pace.expected;
            t.paceStatus = pace.status;
            m.targets << t;
        }
        if (pilotStart >= m.from && pilotStart <= m.to)
            m.annotations.append(
                {pilotStart, u"pilot_start"_s, QCoreApplication::translate("Uptake::Metrics", "Pilot starts")});
    }
    if (!part(Part::Pilot))
        return cancelledResult();
    // The user's marks, and every adaptation recorded in the pilot's PLAN cycles: the lead sees each change next to
    // the curve it was meant to move without entering it twice. (No PLAN cycle has pilot 0.)
    const QString from = m.from.toString(Qt::ISODate), to = m.to.toString(Qt::ISODate);
    if (!sql.run(q,
                 u"SELECT date, kind, label, 0, id FROM annotation "
                 "WHERE (pilot_id IS NULL OR pilot_id = ?) AND date BETWEEN ? AND ? "
                 "UNION ALL "
                 "SELECT a.date, 'adaptation', a.description, 1, a.id FROM adaptation a "
                 "JOIN plan_cycle c ON c.id = a.cycle_id WHERE c.pilot_id = ? AND a.date BETWEEN ? AND ? "
                 "ORDER BY 1, 4, 5"_s,
                 {filter.pilotId, from, to, filter.pilotId, from, to}))
        return failed();
    while (q.next())
        m.annotations.append(
            {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString()});
    std::stable_sort(m.annotations.begin(), m.annotations.end(),
                     [](const Annotation &a, const Annotation &b) { return a.date < b.date; });
    part(Part::Annotations);
    return m;
}

Result<MetricSet> computeFromFile(const QString &workspacePath, const Filter &filter, const std::atomic_bool *cancel)
{
    return computeFromFile(workspacePath, filter, Progress{cancel, {}});
}

Result<MetricSet> computeFromFile(const QString &workspacePath, const Filter &filter, const Progress &progress)
{
    const QString name = u"metrics-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    Result<MetricSet> result = Result<MetricSet>::failure({});
    {
        auto db = Workspace::openConnection(workspacePath, name, Workspace::Access::ReadOnly);
        if (!db)
            return Result<MetricSet>::failure(db.error());
        result = compute(*db, filter, progress);
    }
    Workspace::closeConnection(name);
    return result;
}

Result<QHash<QString, std::optional<double>>> measuredBaselines(const QSqlDatabase &db, qint64 pilotId,
                                                                int sessionTimeout)
{
    using R = Result<QHash<QString, std::optional<double>>>;
    QSqlQuery q(db);
    q.prepare(u"SELECT start_date FROM pilot WHERE id = ?"_s);
    q.addBindValue(pilotId);
    if (!q.exec())
        return R::failure(QCoreApplication::translate("Uptake::Metrics", "Cannot read the pilot: %1")
                              .arg(Dialect::errorText(q.lastError())));
    if (!q.next())
        return R::failure(QCoreApplication::translate("Uptake::Metrics", "There is no pilot %1.").arg(pilotId));
    const QDate start = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    QHash<QString, std::optional<double>> out;
    if (!start.isValid())
        return out;
    // The engine measures every KPI's baseline for the pilot-vs-rest comparison, with the same cache key and
    // range as a target's measured baseline; a window from four weeks before the start to the start day makes
    // that comparison exist even before the pilot has data of its own, and keeps the rest of the set small.
    Filter f;
    f.pilotId = pilotId;
    f.from = start.addDays(-28);
    f.to = start;
    f.sessionTimeout = sessionTimeout;
    const auto set = compute(db, f);
    if (!set)
        return R::failure(set.error());
    if (set->comparison)
        for (const KpiComparison &k : set->comparison->kpis)
            out.insert(k.kpi, k.pilotBaseline);
    return out;
}

Result<QHash<QString, std::optional<double>>> measuredBaselinesFromFile(const QString &workspacePath, qint64 pilotId,
                                                                        int sessionTimeout)
{
    using R = Result<QHash<QString, std::optional<double>>>;
    const QString name = u"baselines-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    R result = R::failure({});
    {
        auto db = Workspace::openConnection(workspacePath, name, Workspace::Access::ReadOnly);
        if (!db)
            return R::failure(db.error());
        result = measuredBaselines(*db, pilotId, sessionTimeout);
    }
    Workspace::closeConnection(name);
    return result;
}

Result<QList<LearnerRow>> learnersBehind(const QSqlDatabase &db, const Filter &filter, const QDate &weekStart,
                                         const QString &course, const QString &department)
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
    QString departmentCondition;
    if (!department.isEmpty()) {
        departmentCondition = u"AND l.department = ?"_s;
        values << (department == u"(none)"_s ? QString(u""_s) : department);
    }
    if (!sql.run(q,
                 u"SELECT l.id, coalesce(l.external_id, ''), l.name, l.department, sum(d.events) FROM %1 d "
                 "JOIN learner l ON l.id = d.learner_id WHERE d.day BETWEEN ? AND ? AND d.active_events > 0 "
                 "AND d.learner_id IN (SELECT learner_id FROM m_behind) %2 %3 GROUP BY l.id "
                 "ORDER BY lower(l.name), l.external_id"_s.arg(table, courseCondition, departmentCondition),
                 values))
        return R::failure(sql.error());
    QList<LearnerRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong()});
    return rows;
}

Result<QList<LearnerRow>> learnersBehindFromFile(const QString &workspacePath, const Filter &filter,
                                                 const QDate &weekStart, const QString &course,
                                                 const QString &department)
{
    const QString name = u"behind-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    Result<QList<LearnerRow>> result = Result<QList<LearnerRow>>::failure({});
    {
        auto db = Workspace::openConnection(workspacePath, name, Workspace::Access::ReadOnly);
        if (!db)
            return Result<QList<LearnerRow>>::failure(db.error());
        result = learnersBehind(*db, filter, weekStart, course, department);
    }
    Workspace::closeConnection(name);
    return result;
}

} // namespace Uptake::Metrics
