#include "analysis.h"

#include "storage/journeyrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake::Journey {

namespace {

constexpr auto SelectLastDay = R"sql(SELECT max(day) FROM learner_day)sql";
constexpr auto SelectRoster = R"sql(
SELECT id, department, team, country, role, manager, timezone FROM learner WHERE in_roster = 1
)sql";
// learner_day rows in a day range: learner, active events, failed logins.
constexpr auto SelectLearnerDays = R"sql(
SELECT learner_id, active_events, failed_logins FROM learner_day WHERE day BETWEEN ? AND ?
)sql";
// Per learner up to a day: first event and first completion (epoch seconds).
constexpr auto SelectFirsts = R"sql(
SELECT learner_id, min(first_ts), min(first_completion_ts) FROM learner_day WHERE day <= ? GROUP BY learner_id
)sql";
// learner_course_day rows in a day range.
constexpr auto SelectCourseDays = R"sql(
SELECT d.learner_id, d.course_id, d.day, d.events, d.completions, c.name
FROM learner_course_day d JOIN course c ON c.id = d.course_id WHERE d.day BETWEEN ? AND ?
)sql";
// Per learner and course up to a day: whether they completed, and where they were last (latest day's last item).
constexpr auto SelectStoppingPoints = R"sql(
SELECT learner_id, course_id, max(completions > 0),
       (SELECT d2.last_content_id FROM learner_course_day d2
        WHERE d2.learner_id = d.learner_id AND d2.course_id = d.course_id AND d2.day <= ?
        ORDER BY d2.day DESC LIMIT 1)
FROM learner_course_day d WHERE day <= ? GROUP BY learner_id, course_id
)sql";
constexpr auto SelectNames = R"sql(
SELECT c.id, c.name, t.id, t.name, coalesce(t.position, 0) FROM course c LEFT JOIN content t ON t.course_id = c.id
)sql";
constexpr auto SelectScopeCourses = R"sql(
SELECT c.id, c.name, c.duration_minutes, (SELECT count(*) FROM content t WHERE t.course_id = c.id)
FROM pilot_course pc JOIN course c ON c.id = pc.course_id WHERE pc.pilot_id = ? ORDER BY c.name
)sql";
constexpr auto CountCatalogue = R"sql(SELECT count(*) FROM course)sql";
constexpr auto SelectCourseWindow = R"sql(
SELECT learner_id, max(events > 0), max(completions > 0) FROM learner_course_day
WHERE course_id = ? AND day BETWEEN ? AND ? GROUP BY learner_id
)sql";
constexpr auto SelectContentPosition = R"sql(SELECT course_id, coalesce(position, 0) FROM content WHERE id = ?)sql";
constexpr auto SelectCourseEvents = R"sql(
SELECT e.learner_id, e.ts, e.kind, e.content_id, coalesce(c.position, -1)
FROM event e LEFT JOIN content c ON c.id = e.content_id
WHERE e.course_id = ? AND e.day BETWEEN ? AND ?
)sql";
constexpr auto SelectCourseUsage = R"sql(
SELECT c.id, c.name, min(d.day), max(d.day), count(DISTINCT d.learner_id),
       count(DISTINCT CASE WHEN d.completions > 0 THEN d.learner_id END)
FROM course c LEFT JOIN learner_course_day d ON d.course_id = c.id
GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id
)sql";

const QDate Epoch(1970, 1, 1);

template<typename T>
Result<T> queryFailed(const QString &what, const QSqlQuery &q)
{
    return Result<T>::failure(QCoreApplication::translate("Uptake::Journey", "%1: %2").arg(what, q.lastError().text()));
}

bool run(QSqlQuery &q, const char *statement, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(QString::fromUtf8(statement)))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QString percent(double fraction, int decimals = 0)
{
    const QLocale locale;
    return locale.toString(fraction * 100, 'f', decimals) + locale.percent();
}

} // namespace

qint64 dayNumber(const QDate &date)
{
    return Epoch.daysTo(date);
}

QDate dateOfDay(qint64 day)
{
    return Epoch.addDays(day);
}

Result<QDate> lastDataDay(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!run(q, SelectLastDay, {}) || !q.next())
        return queryFailed<QDate>(QCoreApplication::translate("Uptake::Journey", "Cannot read the data's last day"), q);
    return q.value(0).isNull() ? QDate() : dateOfDay(q.value(0).toLongLong());
}

Result<QSet<qint64>> cohortLearners(const QSqlDatabase &db, const QString &cohortFilter)
{
    static const QStringList attributes = {u"department"_s, u"team"_s,    u"country"_s,
                                           u"role"_s,       u"manager"_s, u"timezone"_s};
    QHash<int, QStringList> wanted; // attribute column → accepted values
    const QStringList terms = cohortFilter.split(QRegularExpression(u"[;&]"_s), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        const qsizetype eq = term.indexOf(u'=');
        const QString key = term.left(eq).trimmed().toLower();
        const int column = int(attributes.indexOf(key));
        if (eq < 0 || column < 0)
            return Result<QSet<qint64>>::failure(
                QCoreApplication::translate(
                    "Uptake::Journey", "The cohort filter “%1” is not understood: use attribute=value with one of %2.")
                    .arg(term.trimmed(), attributes.join(u", "_s)));
        wanted[column].append(term.mid(eq + 1).trimmed());
    }
    QSqlQuery q(db);
    if (!run(q, SelectRoster, {}))
        return queryFailed<QSet<qint64>>(QCoreApplication::translate("Uptake::Journey", "Cannot read the roster"), q);
    QSet<qint64> ids;
    while (q.next()) {
        bool match = true;
        for (auto it = wanted.cbegin(); it != wanted.cend() && match; ++it) {
            const QString value = q.value(1 + it.key()).toString();
            match = std::any_of(it->cbegin(), it->cend(),
                                [&](const QString &v) { return v.compare(value, Qt::CaseInsensitive) == 0; });
        }
        if (match)
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

// --- baseline ---------------------------------------------------------------------------------------------------

Result<BaselineFigures> computeBaseline(const QSqlDatabase &db, const Pilot &pilot, const QDate &asOf, int windowDays)
{
    using R = Result<BaselineFigures>;
    if (!asOf.isValid())
        return R::failure(QCoreApplication::translate("Uptake::Journey", "Choose the date the baseline is taken at."));
    auto cohort = cohortLearners(db, pilot.cohortFilter);
    if (!cohort)
        return R::failure(cohort.error());
    BaselineFigures f;
    f.asOf = asOf;
    f.windowDays = std::max(7, windowDays);
    f.cohortSize = cohort->size();
    const qint64 last = dayNumber(asOf);
    const qint64 first = last - f.windowDays + 1;

    QSqlQuery q(db);
    // Weekly active users and failed logins.
    if (!run(q, SelectLearnerDays, {first, last}))
        return queryFailed<BaselineFigures>(QCoreApplication::translate("Uptake::Journey", "Cannot read the activity"),
                                            q);
    QSet<qint64> weekly, failing;
    while (q.next()) {
        const qint64 learner = q.value(0).toLongLong();
        if (!cohort->contains(learner))
            continue;
        // learner_day rows come for any day of the window: only the last seven count for WAU.
        f.failedLogins += q.value(2).toLongLong();
        if (q.value(2).toLongLong() > 0)
            failing.insert(learner);
    }
    if (!run(q, SelectLearnerDays, {last - 6, last}))
        return queryFailed<BaselineFigures>(QCoreApplication::translate("Uptake::Journey", "Cannot read the activity"),
                                            q);
    while (q.next())
        if (q.value(1).toLongLong() > 0 && cohort->contains(q.value(0).toLongLong()))
            weekly.insert(q.value(0).toLongLong());
    f.weeklyActive = weekly.size();
    f.learnersWithFailedLogins = failing.size();
    if (f.cohortSize > 0)
        f.activeRate = double(f.weeklyActive) / double(f.cohortSize);

    // Completion and the heatmap.
    if (!run(q, SelectCourseDays, {first, last}))
        return queryFailed<BaselineFigures>(
            QCoreApplication::translate("Uptake::Journey", "Cannot read the course activity"), q);
    QSet<qint64> withEvents, withCompletions;
    QHash<QString, QList<QSet<qint64>>> perCourseWeek;
    const int weeks = (f.windowDays + 6) / 7;
    while (q.next()) {
        const qint64 learner = q.value(0).toLongLong();
        if (!cohort->contains(learner) || q.value(3).toLongLong() == 0)
            continue;
        withEvents.insert(learner);
        if (q.value(4).toLongLong() > 0)
            withCompletions.insert(learner);
        auto &byWeek = perCourseWeek[q.value(5).toString()];
        if (byWeek.isEmpty())
            byWeek.resize(weeks);
        // Weeks counted back from asOf so the last week is always complete.
        const int weekFromEnd = int((last - q.value(2).toLongLong()) / 7);
        byWeek[std::clamp(weeks - 1 - weekFromEnd, 0, weeks - 1)].insert(learner);
    }
    f.learnersWithEvents = withEvents.size();
    f.learnersWithCompletions = withCompletions.size();
    if (f.learnersWithEvents > 0)
        f.completionRate = double(f.learnersWithCompletions) / double(f.learnersWithEvents);
    QList<std::pair<qint64, HeatmapRow>> rows;
    for (auto it = perCourseWeek.cbegin(); it != perCourseWeek.cend(); ++it) {
        HeatmapRow row{it.key(), {}};
        QSet<qint64> all;
        for (const QSet<qint64> &week : it.value()) {
            row.learnersPerWeek.append(week.size());
            all.unite(week);
        }
        rows.append({all.size(), row});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.course < b.second.course;
    });
    for (int i = 0; i < rows.size() && i < 10; ++i)
        f.heatmap.append(rows.at(i).second);

    // Time to first completion.
    if (!run(q, SelectFirsts, {last}))
        return queryFailed<BaselineFigures>(
            QCoreApplication::translate("Uptake::Journey", "Cannot read first completions"), q);
    QList<double> days;
    while (q.next()) {
        if (!cohort->contains(q.value(0).toLongLong()) || q.value(2).isNull())
            continue;
        days.append(double(q.value(2).toLongLong() - q.value(1).toLongLong()) / 86400.0);
    }
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        const qsizetype n = days.size();
        const double median = n % 2 ? days.at(n / 2) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2;
        f.medianDaysToFirstCompletion = std::round(median * 10) / 10;
    }

    // Drop-off points: where cohort learners who have not finished a course stopped.
    QHash<qint64, QString> courseNames, contentNames;
    if (!run(q, SelectNames, {}))
        return queryFailed<BaselineFigures>(QCoreApplication::translate("Uptake::Journey", "Cannot read the catalogue"),
                                            q);
    while (q.next()) {
        courseNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        if (!q.value(2).isNull())
            contentNames.insert(q.value(2).toLongLong(), q.value(3).toString());
    }
    if (!run(q, SelectStoppingPoints, {last, last}))
        return queryFailed<BaselineFigures>(
            QCoreApplication::translate("Uptake::Journey", "Cannot read the drop-off points"), q);
    QHash<std::pair<qint64, qint64>, qint64> stops;
    while (q.next()) {
        if (!cohort->contains(q.value(0).toLongLong()) || q.value(2).toInt() != 0)
            continue;
        ++stops[{q.value(1).toLongLong(), q.value(3).isNull() ? 0 : q.value(3).toLongLong()}];
    }
    QList<DropOffPoint> drops;
    for (auto it = stops.cbegin(); it != stops.cend(); ++it)
        drops.append({courseNames.value(it.key().first), contentNames.value(it.key().second), it.value()});
    std::sort(drops.begin(), drops.end(), [](const DropOffPoint &a, const DropOffPoint &b) {
        if (a.learners != b.learners)
            return a.learners > b.learners;
        return a.course != b.course ? a.course < b.course : a.content < b.content;
    });
    f.topDropOffs = drops.mid(0, 5);
    return f;
}

Result<BaselineSnapshot> takeBaseline(const QSqlDatabase &db, const Pilot &pilot, const QDate &asOf,
                                      const QString &label)
{
    auto figures = computeBaseline(db, pilot, asOf);
    if (!figures)
        return Result<BaselineSnapshot>::failure(figures.error());
    BaselineSnapshot s;
    s.pilotId = pilot.id;
    s.asOf = asOf;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.label = label;
    s.figuresJson = figures->toJson();
    return s;
}

// --- design -----------------------------------------------------------------------------------------------------

Coverage analyseCoverage(const QList<Barrier> &barriers, const QList<Lever> &levers)
{
    Coverage c;
    QSet<qint64> known, addressed;
    for (const Barrier &b : barriers)
        known.insert(b.id);
    for (const Lever &l : levers) {
        if (!l.chosen)
            continue;
        bool any = false;
        for (qint64 id : l.barrierIds) {
            if (known.contains(id)) {
                addressed.insert(id);
                any = true;
            }
        }
        if (!any)
            c.idleLevers.append(l);
    }
    for (const Barrier &b : barriers)
        if (!addressed.contains(b.id))
            c.unaddressed.append(b);
    return c;
}

int scopeLimit(int catalogueCourses)
{
    const int share = int(std::ceil(ScopeShareLimit * catalogueCourses - 1e-9));
    return std::clamp(share, ScopeMinimumLimit, ScopeMaximumLimit);
}

QString ScopeCheck::message() const
{
    if (!tooBroad())
        return {};
    return QCoreApplication::translate(
               "Uptake::Journey",
               "The scope holds %1 courses; the essential few for a catalogue of %2 are at most %3. Focus on the "
               "courses that drive most of the outcome and leave the rest for later.")
        .arg(scopeCourses)
        .arg(catalogueCourses)
        .arg(limit);
}

Result<ScopeCheck> checkScope(const QSqlDatabase &db, qint64 pilotId)
{
    ScopeCheck check;
    QSqlQuery q(db);
    if (!run(q, CountCatalogue, {}) || !q.next())
        return queryFailed<ScopeCheck>(QCoreApplication::translate("Uptake::Journey", "Cannot read the catalogue"), q);
    check.catalogueCourses = q.value(0).toInt();
    check.limit = scopeLimit(check.catalogueCourses);

    struct InScope
    {
        qint64 id;
        QString name;
        std::optional<double> minutes;
        int items;
    };
    QList<InScope> scope;
    if (!run(q, SelectScopeCourses, {pilotId}))
        return queryFailed<ScopeCheck>(QCoreApplication::translate("Uptake::Journey", "Cannot read the content scope"),
                                       q);
    while (q.next())
        scope.append({q.value(0).toLongLong(), q.value(1).toString(),
                      q.value(2).isNull() ? std::nullopt : std::optional<double>(q.value(2).toDouble()),
                      q.value(3).toInt()});
    check.scopeCourses = int(scope.size());
    if (scope.isEmpty())
        return check;

    auto last = lastDataDay(db);
    if (!last)
        return Result<ScopeCheck>::failure(last.error());
    QHash<qint64, QHash<qint64, qint64>> stopsByCourse; // course → content → non-finishers who stopped there
    QHash<qint64, qint64> nonFinishers;
    QHash<qint64, QString> contentNames;
    QHash<qint64, int> contentPositions;
    if (last->isValid()) {
        const qint64 lastDay = dayNumber(*last);
        if (!run(q, SelectStoppingPoints, {lastDay, lastDay}))
            return queryFailed<ScopeCheck>(
                QCoreApplication::translate("Uptake::Journey", "Cannot read the drop-off points"), q);
        while (q.next()) {
            if (q.value(2).toInt() != 0 || q.value(3).isNull())
                continue;
            ++stopsByCourse[q.value(1).toLongLong()][q.value(3).toLongLong()];
            ++nonFinishers[q.value(1).toLongLong()];
        }
        if (!run(q, SelectNames, {}))
            return queryFailed<ScopeCheck>(QCoreApplication::translate("Uptake::Journey", "Cannot read the catalogue"),
                                           q);
        while (q.next()) {
            if (!q.value(2).isNull()) {
                contentNames.insert(q.value(2).toLongLong(), q.value(3).toString());
                contentPositions.insert(q.value(2).toLongLong(), q.value(4).toInt());
            }
        }
    }
    for (const InScope &c : scope) {
        if (!c.minutes)
            continue;
        SplitCandidate s;
        s.courseId = c.id;
        s.course = c.name;
        s.durationMinutes = *c.minutes;
        s.minutesPerModule = *c.minutes / std::max(1, c.items);
        s.nonFinishers = nonFinishers.value(c.id);
        const auto &stops = stopsByCourse.value(c.id);
        qint64 top = 0, topContent = 0;
        for (auto it = stops.cbegin(); it != stops.cend(); ++it)
            if (it.value() > top || (it.value() == top && it.key() < topContent))
                top = it.value(), topContent = it.key();
        const bool longModule = s.minutesPerModule > LongModuleMinutes;
        const bool stopPoint = *c.minutes >= LongCourseMinutes && s.nonFinishers >= 10 &&
                               top >= 0.3 * double(s.nonFinishers) && contentPositions.value(topContent) > 1;
        if (stopPoint) {
            s.stoppingPoint = contentNames.value(topContent);
            s.stopShare = double(top) / double(s.nonFinishers);
        }
        if (longModule || stopPoint)
            check.splitCandidates.append(s);
    }
    return check;
}

// --- effect -----------------------------------------------------------------------------------------------------

std::optional<double> AdaptationEffect::relativeChange() const
{
    const auto b = before.rate(), a = after.rate();
    if (!b || !a || *b <= 0)
        return std::nullopt;
    return (*a - *b) / *b;
}

std::optional<double> AdaptationEffect::pointChange() const
{
    const auto b = before.rate(), a = after.rate();
    if (!b || !a)
        return std::nullopt;
    return *a - *b;
}

QString AdaptationEffect::label() const
{
    const QLocale locale;
    const QString what = adaptationKpiLabel(kpi);
    if (!measurable())
        return QCoreApplication::translate("Uptake::Journey", "%1 not measurable yet (n = %2 → %3)")
            .arg(what, locale.toString(before.n), locale.toString(after.n));
    // A change in a rate is told in percentage points: 25% → 60% is "+35.0 points", not "+140%" (a relative
    // change of a percentage reads as if the rate itself were 140% higher in points, and explodes near zero).
    const double points = *pointChange() * 100;
    QString change = locale.toString(std::abs(points), 'f', 1);
    if (change != locale.toString(0.0, 'f', 1))
        change.prepend(points > 0 ? QString(locale.positiveSign()) : QString(locale.negativeSign()));
    return QCoreApplication::translate("Uptake::Journey", "%1 points in %2 (n = %3 → %4)")
        .arg(change, what, locale.toString(before.n), locale.toString(after.n));
}

QString AdaptationEffect::detail() const
{
    const auto b = before.rate(), a = after.rate();
    const QString dash = QCoreApplication::translate("Uptake::Journey", "–");
    return QCoreApplication::translate("Uptake::Journey", "%1 %2 → %3")
        .arg(adaptationKpiLabel(kpi), b ? percent(*b) : dash, a ? percent(*a) : dash);
}

Result<AdaptationEffect> measureAdaptation(const QSqlDatabase &db, const Adaptation &adaptation,
                                           const QSet<qint64> &cohort)
{
    using R = Result<AdaptationEffect>;
    if (!adaptation.date.isValid())
        return R::failure(QCoreApplication::translate("Uptake::Journey", "The adaptation has no date."));
    AdaptationEffect e;
    e.kpi = adaptation.kpi;
    auto last = lastDataDay(db);
    if (!last)
        return R::failure(last.error());
    int window = std::max(1, adaptation.windowDays);
    if (last->isValid())
        window = int(std::min<qint64>(window, adaptation.date.daysTo(*last) + 1));
    e.windowDays = std::max(0, window);
    e.before = {adaptation.date.addDays(-e.windowDays), adaptation.date.addDays(-1), 0, 0};
    e.after = {adaptation.date, adaptation.date.addDays(e.windowDays - 1), 0, 0};
    if (e.windowDays == 0)
        return e;

    QSqlQuery q(db);
    for (EffectSide *side : {&e.before, &e.after}) {
        const qint64 from = dayNumber(side->from), to = dayNumber(side->to);
        switch (adaptation.kpi) {
        case AdaptationKpi::CourseCompletion:
            if (adaptation.courseId == 0)
                return R::failure(QCoreApplication::translate(
                    "Uptake::Journey", "Name the course the adaptation changed to measure its completion."));
            if (!run(q, SelectCourseWindow, {adaptation.courseId, from, to}))
                return queryFailed<AdaptationEffect>(
                    QCoreApplication::translate("Uptake::Journey", "Cannot measure the adaptation"), q);
            while (q.next()) {
                if (q.value(1).toInt() == 0)
                    continue;
                ++side->n;
                side->hits += q.value(2).toInt() != 0;
            }
            break;
        case AdaptationKpi::ContentCompletion: {
            if (adaptation.contentId == 0)
                return R::failure(QCoreApplication::translate(
                    "Uptake::Journey", "Name the content the adaptation changed to measure its completion."));
            if (!run(q, SelectContentPosition, {adaptation.contentId}) || !q.next())
                return R::failure(
                    QCoreApplication::translate("Uptake::Journey", "The adapted content no longer exists."));
            const qint64 course = q.value(0).toLongLong();
            const int position = q.value(1).toInt();
            if (!run(q, SelectCourseEvents, {course, from, to}))
                return queryFailed<AdaptationEffect>(
                    QCoreApplication::translate("Uptake::Journey", "Cannot measure the adaptation"), q);
            struct Seen
            {
                qint64 reached = -1;
                QList<qint64> past; ///< times of events beyond the content, or of completing the course
            };
            QHash<qint64, Seen> learners;
            while (q.next()) {
                Seen &s = learners[q.value(0).toLongLong()];
                const qint64 ts = q.value(1).toLongLong();
                if (q.value(3).toLongLong() == adaptation.contentId)
                    s.reached = s.reached < 0 ? ts : std::min(s.reached, ts);
                else if (q.value(2).toInt() == 5 || q.value(4).toInt() > position)
                    s.past.append(ts);
            }
            for (const Seen &s : std::as_const(learners)) {
                if (s.reached < 0)
                    continue;
                ++side->n;
                side->hits += std::any_of(s.past.cbegin(), s.past.cend(), [&](qint64 t) { return t >= s.reached; });
            }
            break;
        }
        case AdaptationKpi::ActiveRate:
            if (!run(q, SelectLearnerDays, {from, to}))
                return queryFailed<AdaptationEffect>(
                    QCoreApplication::translate("Uptake::Journey", "Cannot measure the adaptation"), q);
            QSet<qint64> active;
            while (q.next())
                if (q.value(1).toLongLong() > 0 && cohort.contains(q.value(0).toLongLong()))
                    active.insert(q.value(0).toLongLong());
            side->n = cohort.size();
            side->hits = active.size();
            break;
        }
    }
    return e;
}

// --- retirement -------------------------------------------------------------------------------------------------

Result<QList<CourseUsage>> courseUsage(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!run(q, SelectCourseUsage, {}))
        return queryFailed<QList<CourseUsage>>(
            QCoreApplication::translate("Uptake::Journey", "Cannot read how courses are used"), q);
    QList<CourseUsage> list;
    while (q.next()) {
        CourseUsage u;
        u.courseId = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        if (!q.value(2).isNull()) {
            u.firstUsed = dateOfDay(q.value(2).toLongLong());
            u.lastAccess = dateOfDay(q.value(3).toLongLong());
        }
        u.learners = q.value(4).toLongLong();
        u.completers = q.value(5).toLongLong();
        list.append(u);
    }
    return list;
}

QList<RetirementCandidate> evaluateRetirement(const QList<CourseUsage> &usage, const QList<RetirementRule> &rules,
                                              const QList<CourseSuccessor> &successors,
                                              const QList<RetirementDecision> &decisions, const QDate &asOf)
{
    QHash<qint64, qint64> successorOf;
    for (const CourseSuccessor &s : successors)
        successorOf.insert(s.courseId, s.successorId);
    QHash<qint64, RetirementDecision> decided;
    for (const RetirementDecision &d : decisions)
        decided.insert(d.courseId, d);
    QHash<qint64, QString> names;
    for (const CourseUsage &u : usage)
        names.insert(u.courseId, u.name);

    const QLocale locale;
    QList<RetirementCandidate> result;
    for (const CourseUsage &u : usage) {
        RetirementCandidate c;
        c.usage = u;
        for (const RetirementRule &rule : rules) {
            if (!rule.enabled)
                continue;
            switch (rule.kind) {
            case RetirementRuleKind::NotAccessed: {
                const int days = qRound(rule.threshold);
                if (!u.lastAccess.isValid())
                    c.reasons << QCoreApplication::translate("Uptake::Journey", "Never accessed");
                else if (u.lastAccess.daysTo(asOf) > days)
                    c.reasons << QCoreApplication::translate("Uptake::Journey",
                                                             "Last accessed %1, more than %2 days ago")
                                     .arg(locale.toString(u.lastAccess, QLocale::ShortFormat))
                                     .arg(days);
                else
                    continue;
                break;
            }
            case RetirementRuleKind::CompletionBelow: {
                const auto rate = u.completionRate();
                if (u.learners < RetirementMinimumLearners || !rate || *rate >= rule.threshold)
                    continue;
                c.reasons << QCoreApplication::translate("Uptake::Journey",
                                                         "Completion %1 (%2 of %3 learners), below %4")
                                 .arg(percent(*rate), locale.toString(u.completers), locale.toString(u.learners),
                                      percent(rule.threshold));
                break;
            }
            case RetirementRuleKind::OlderThan: {
                const int months = qRound(rule.threshold);
                if (!u.firstUsed.isValid() || u.firstUsed >= asOf.addMonths(-months))
                    continue;
                c.reasons << QCoreApplication::translate("Uptake::Journey", "In use since %1, more than %2 months")
                                 .arg(locale.toString(u.firstUsed, QLocale::ShortFormat))
                                 .arg(months);
                break;
            }
            case RetirementRuleKind::Superseded:
                if (!successorOf.contains(u.courseId))
                    continue;
                c.successorId = successorOf.value(u.courseId);
                c.successorName = names.value(c.successorId);
                c.reasons << QCoreApplication::translate("Uptake::Journey", "Superseded by “%1”").arg(c.successorName);
                break;
            }
            c.matched << rule.kind;
        }
        if (c.matched.isEmpty())
            continue;
        c.decision = decided.value(u.courseId, RetirementDecision{u.courseId, RetirementVerdict::Pending, {}, {}});
        result.append(c);
    }
    return result;
}

Result<QList<RetirementCandidate>> retirementCandidates(const QSqlDatabase &db)
{
    using R = Result<QList<RetirementCandidate>>;
    JourneyRepository repo(db);
    auto usage = courseUsage(db);
    auto rules = repo.retirementRules();
    auto successors = repo.successors();
    auto decisions = repo.retirementDecisions();
    auto last = lastDataDay(db);
    for (const QString &error : {usage.error(), rules.error(), successors.error(), decisions.error(), last.error()})
        if (!error.isEmpty())
            return R::failure(error);
    const QDate asOf = last->isValid() ? *last : QDate::currentDate();
    return evaluateRetirement(*usage, *rules, *successors, *decisions, asOf);
}

// --- plan -------------------------------------------------------------------------------------------------------

QList<BucketProgress> bucketProgress(const QList<Action> &actions, const QDate &today)
{
    QList<BucketProgress> list = {{30}, {60}, {90}};
    for (const Action &a : actions) {
        if (a.status == ActionStatus::Dropped)
            continue;
        BucketProgress &b = list[a.bucket <= 30 ? 0 : a.bucket <= 60 ? 1 : 2];
        ++b.total;
        b.done += a.status == ActionStatus::Done;
        b.overdue += a.isOverdue(today);
    }
    return list;
}

QList<std::pair<QString, int>> themeCounts(const QList<FeedbackItem> &feedback)
{
    QHash<QString, std::pair<QString, int>> counts; // case-folded theme → (first spelling, count)
    for (const FeedbackItem &f : feedback) {
        const QString theme = f.theme.trimmed();
        if (theme.isEmpty())
            continue;
        auto &entry = counts[theme.toCaseFolded()];
        if (entry.first.isEmpty())
            entry.first = theme;
        ++entry.second;
    }
    QList<std::pair<QString, int>> list(counts.cbegin(), counts.cend());
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
    });
    return list;
}

Phase currentPhase(const QList<ChecklistItem> &checklist)
{
    if (checklist.isEmpty())
        return Phase::Diagnose; // nothing ticked yet: where every journey starts, not "all done"
    for (Phase p : AllPhases)
        for (const ChecklistItem &c : checklist)
            if (c.phase == p && !c.done)
                return p;
    return Phase::Govern;
}

} // namespace Uptake::Journey
