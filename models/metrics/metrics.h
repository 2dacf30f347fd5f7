#pragma once

// The adoption metrics of issue 4, computed from the aggregates the importer keeps (learner_day,
// learner_course_day; see storage/schema.h, migration 3) — never by scanning raw events.
//
// Definitions (also in definitions(), which the Help and the CLI show):
// - All dates are local days in the workspace time zone; weeks are ISO weeks, Monday to Sunday.
// - Active: at least one event other than a failed login in the period.
// - Cohort: roster members matching every attribute=value of the filter (and the pilot's own cohort filter);
//   without a roster, every learner seen in the data. Cohort size is the denominator of the active rate.
// - Completion rate of a course: learners with a completion in it ÷ learners with any event in it, in the window,
//   less those who completed it before the window (a revisit). Overall: the same over all learner–course pairs.
// - Time to first completion: per learner, days from their first event in the window to their first completion.
// - Drop-off: for learner–course pairs started (any event) and not completed in the window, the content item of the
//   pair's last event, ranked per course.
// - Learning time: the duration column where events have one, else gaps between consecutive events shorter than
//   the session timeout.
// - Learning-to-performance: per learner with KPI values in the window (roster members of the cohort, with 0 for no
//   learning; without a roster, learners present in both), activity in the window (minutes or events) against the
//   mean of the KPI's values in the window (or its change from the learner's mean over the 28 days before the
//   window); Pearson r with a 95% confidence interval (Fisher z), Spearman ρ (ties averaged), n.
// - Under-engaged cohorts and stopped engaging look at the window's last 14 days ("the last two weeks") and the
//   four 7-day blocks before them, counted back from the window's last day.
// - Pilot baselines: the four weeks before the pilot's start, clipped to the first day with data.
// - Current (RecentFigures, a target's current value): the window's last 28 days. Their active rate is the mean over
//   the ISO weeks with at least four of their days in them, so a last week cut short by the window's end counts.

#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Uptake::Metrics {

enum class Activity { Minutes, Events };
/// What the learning-to-performance correlation takes per learner from the KPI.
enum class PerformanceMeasure {
    Mean,              ///< the mean of the learner's values in the window
    ChangeFromBaseline ///< that mean minus the mean of their values in the 28 days before the window
};

/// What to compute the metrics over.
struct Filter
{
    qint64 pilotId = 0;                    ///< 0: no pilot (no targets, no comparison)
    QList<QPair<QString, QString>> cohort; ///< attribute = value, all must hold; the pilot's filter is added
    QDate from;                            ///< invalid: the first day with data
    QDate to;                              ///< invalid: the last day with data
    Activity activity = Activity::Minutes;
    int sessionTimeout = 30; ///< minutes, one of Aggregates::SessionTimeouts
    QString kpi;             ///< performance KPI; empty: the one with most values
    PerformanceMeasure performance = PerformanceMeasure::Mean;
    double underEngagedThreshold = 0.25; ///< active rate over the last two weeks below which a group is flagged
    double farBelowOrganisation = 0.5;   ///< …or below this share of the organisation's rate
    int minGroupSize = 3;                ///< smaller roster groups are not called cohorts
    int smallN = 30;                     ///< correlations on fewer learners carry a warning
    /// The pilot's comparison group: empty, the rest of the organisation (everyone outside the pilot cohort);
    /// else the people matching these conditions, still outside the pilot cohort.
    QList<QPair<QString, QString>> comparisonCohort;
};

/// Parses "department=Support; country=FR" (separators ';' or ','), as stored in pilot.cohort_filter.
QList<QPair<QString, QString>> parseCohort(const QString &text);

struct Week
{
    QDate start;     ///< the Monday
    QString isoWeek; ///< "2026-W38"
    qint64 active = 0;
    qint64 cohort = 0;
    double rate = 0;    ///< active ÷ cohort
    double minutes = 0; ///< learning minutes of the cohort in the week
};

struct CourseCompletion
{
    qint64 courseId = 0;
    QString course;
    qint64 learners = 0;
    qint64 completed = 0;
    double rate = 0;
};

struct Distribution
{
    qint64 n = 0;
    double median = 0, p25 = 0, p75 = 0;
    QList<double> values; ///< sorted
};

struct DropOffPoint
{
    QString content; ///< empty: events without a content item
    int position = -1;
    qint64 learners = 0;
    double share = 0; ///< of the course's non-completers
};

/// One step of a course's funnel: the content item at a position, and the learners who got at least that far
/// (everyone who started, minus those whose drop-off point lies at an earlier position).
struct FunnelStep
{
    QString content;
    int position = 0;
    qint64 reached = 0;
    double share = 0; ///< of the funnel's starters
};

struct CourseDropOff
{
    QString course;
    qint64 started = 0;
    qint64 notCompleted = 0;
    QList<DropOffPoint> points; ///< most frequent first
    /// In content order, when the course's items have positions. Learners whose last item has no position are
    /// left out (their step is unknown), so funnel.first().reached can be below started.
    QList<FunnelStep> funnel;
};

struct Correlation
{
    QString kpi;
    Activity activity = Activity::Minutes;
    PerformanceMeasure performance = PerformanceMeasure::Mean;
    qint64 n = 0;
    std::optional<double> pearson, ciLow, ciHigh, spearman;
    double slope = 0, intercept = 0;
    bool smallN = true;
    QList<QPointF> points; ///< x = activity, y = KPI mean
};

struct Heatmap
{
    QStringList rows;           ///< courses (or departments), busiest first
    QList<QDate> weeks;         ///< Mondays
    QList<QList<qint64>> cells; ///< [row][week] distinct learners
};

struct Retention
{
    QList<QDate> startWeeks;     ///< week of first activity in the window
    QList<qint64> sizes;         ///< learners starting that week
    QList<QList<double>> shares; ///< [cohort][weeks since start] share active (week 0 = 1.0)
};

struct GroupEngagement
{
    QString attribute;
    QString value;
    qint64 size = 0;
    qint64 active = 0; ///< active in the last two weeks of the window
    double rate = 0;
    double organisationRate = 0;
};

struct StoppedLearner
{
    qint64 learnerId = 0;
    QString name;
    QString department;
    int activeWeeks = 0; ///< of the four weeks before the last two
    QDate lastActive;
};

struct GroupKpis
{
    QString label;
    qint64 size = 0;
    double activeRate = 0, baselineActiveRate = 0;
    double completionRate = 0, baselineCompletionRate = 0;
};

/// One KPI of the pilot cohort and the comparison group, each during the pilot and over its own baseline.
struct KpiComparison
{
    QString kpi; ///< active_rate, weekly_active_users, completion_rate, median_days_to_first_completion,
                 ///< weekly_learning_minutes_per_learner
    QString label;
    bool higherIsBetter = true;
    std::optional<double> pilot, pilotBaseline, comparison, comparisonBaseline;
    /// (pilot − pilot baseline) − (comparison − comparison baseline), when all four exist.
    std::optional<double> differenceInDifferences;
};

/// The pilot cohort against the rest of the organisation (or a chosen cohort), each against its own baseline
/// (the four weeks before the start), over the pilot's weeks that lie in the window.
struct Comparison
{
    GroupKpis pilot, rest;          ///< rest: the comparison group
    QDate from, to;                 ///< the pilot period compared (clipped to the window)
    QDate baselineFrom, baselineTo; ///< the baseline: the four weeks before the start, clipped to the data
    double activeRateDid = 0;       ///< difference in differences, points of active rate
    double completionRateDid = 0;
    QList<KpiComparison> kpis;   ///< every KPI, in the order above
    QList<Week> comparisonWeeks; ///< the comparison group's WAU and active rate for each week of the window
};

enum class TargetStatus { NotDue, OnTrack, AtRisk, OffTrack };
QString targetStatusKey(TargetStatus status);   ///< "not_due", "on_track", "at_risk", "off_track"
QString targetStatusLabel(TargetStatus status); ///< translated

struct Checkpoint
{
    int day = 30; ///< 30, 60 or 90 days after the pilot's start
    QDate date;
    std::optional<double> target;
    std::optional<double> actual; ///< the KPI over the 4 weeks (28 days) up to the checkpoint, once reached
    TargetStatus status = TargetStatus::NotDue;
};

struct KpiTarget
{
    QString kpi; ///< "active_rate", "completion_rate", "weekly_active_users", "median_days_to_first_completion"
    QString label;
    bool higherIsBetter = true;
    double baseline = 0;
    bool baselineMeasured = true; ///< false: entered by the user
    double current = 0;           ///< over the last 4 weeks of the window (MetricSet::recent's range)
    double tolerance = 0.1;
    QList<Checkpoint> checkpoints;
    QList<QPointF> pace; ///< (days since start, value): baseline at day 0, then each target
    /// Where the pace line stands at the window's end (between baseline and the next target), and the status
    /// of current against it (paceAt() on the window's last day): how a lead sees early that the pilot falls
    /// behind. NotDue before the start. The report's summary table shows exactly this status.
    std::optional<double> paceNow;
    TargetStatus paceStatus = TargetStatus::NotDue;
    int nextCheckpoint = 0; ///< 30, 60 or 90: the next checkpoint after the window's end; 0 when all are past
};

/// The KPIs a pilot target can name (pilot_kpi.kpi), with their translated labels.
QList<QPair<QString, QString>> targetKpis();

/// A KPI a pilot target can name, as editors and the dashboard present it.
struct TargetKpiInfo
{
    QString key;   ///< pilot_kpi.kpi: active_rate, weekly_active_users, completion_rate, …
    QString label; ///< translated
    bool higherIsBetter = true;
    bool isRate = false; ///< a share (0.45 = 45%), shown and entered in percent
    QString unit;        ///< translated, for values that are not rates ("learners", "days", "min")
};
/// Every target KPI, in the order the dashboard lists them.
QList<TargetKpiInfo> targetKpiInfos();
/// The KPI with that key; nullopt for a key this version cannot measure.
std::optional<TargetKpiInfo> targetKpiInfo(const QString &key);

/// The pilot's baseline of every target KPI as compute() measures it when a target has no baseline of its own:
/// the pilot cohort over the four weeks before the start (clipped to the first day with data). Key → value;
/// nullopt where there is nothing to measure, and an empty map for a pilot without a start date or a workspace
/// without data. Slow on big workspaces: call it off the UI thread (the FromFile variant opens its own
/// read-only connection).
Result<QHash<QString, std::optional<double>>> measuredBaselines(const QSqlDatabase &db, qint64 pilotId,
                                                                int sessionTimeout = 30);
Result<QHash<QString, std::optional<double>>> measuredBaselinesFromFile(const QString &workspacePath, qint64 pilotId,
                                                                        int sessionTimeout = 30);

/// Status of an actual value against a target from a baseline: on track when the target is met, at risk when the
/// shortfall is within tolerance × |target − baseline|, else off track.
TargetStatus statusFor(double actual, double target, double baseline, double tolerance, bool higherIsBetter);

/// Where a target's pace stands on a date, and the status of its current value against it.
struct Pace
{
    /// The first checkpoint with a target dated after the date; once all are past, the last one with a target.
    std::optional<Checkpoint> next;
    /// The pace line on the date: day 0 is the pilot's start, the day-30 checkpoint falls on start + 30 days;
    /// straight lines from the baseline through the targets, the last target after it. Empty before the start.
    std::optional<double> expected;
    /// current against expected: on track when it meets it, at risk when short by no more than the tolerance ×
    /// |next target − baseline| (the whole step, so that the pace's small gap early on does not make any dip
    /// "off track"), else off track; NotDue before the start or without targets.
    TargetStatus status = TargetStatus::NotDue;
};
Pace paceAt(const KpiTarget &target, const QDate &pilotStart, const QDate &date);

struct Annotation
{
    QDate date;
    QString kind; ///< pilot_start, adaptation, comms, outage, note
    QString label;
};

/// Everything the dashboard, the CLI and the report show, for one filter.
/// The cohort's figures over the last four weeks of the window (its last 28 days, clipped to its start): every
/// target's "current" value, the report's headline and the Overview's tiles when the pilot has targets.
struct RecentFigures
{
    QDate from, to;
    std::optional<double> activeRate;        ///< mean weekly active rate (see the active_rate target KPI)
    std::optional<double> weeklyActiveUsers; ///< mean weekly active learners
    std::optional<double> completionRate;    ///< of the learner–course pairs with activity in the range
    qint64 completionPairs = 0;
    qint64 completedPairs = 0;
};

struct MetricSet
{
    QDate from, to;
    QString timeZone;
    QString pilotName;
    QDate pilotStart;    ///< invalid without a pilot (or a pilot without a start date)
    qint64 learners = 0; ///< cohort size
    bool hasRoster = false;
    QList<Week> weeks;
    double overallCompletion = 0;
    qint64 completionPairs = 0;
    QList<CourseCompletion> byCourse;   ///< most learners first
    RecentFigures recent;               ///< the last four weeks of the window
    Distribution timeToFirstCompletion; ///< days
    QList<CourseDropOff> dropOff;
    bool learningTimeEstimated = true; ///< no duration column: from event gaps
    int sessionTimeout = 30;
    double learningMinutes = 0;
    Correlation correlation;
    Heatmap courseHeatmap;
    Heatmap departmentHeatmap;
    Retention retention;
    QList<GroupEngagement> underEngaged; ///< lowest rate first
    QList<StoppedLearner> stoppedEngaging;
    std::optional<Comparison> comparison;
    QList<KpiTarget> targets;
    QList<Annotation> annotations;
};

/// The parts of a MetricSet in the order compute() fills them.
enum class Part {
    Window,       ///< from, to, timeZone, pilotName, pilotStart, learners, hasRoster
    WeeklyActive, ///< weeks, learningMinutes, learningTimeEstimated, sessionTimeout
    Completion,   ///< overallCompletion, completionPairs, byCourse, recent
    TimeToFirstCompletion,
    DropOff,
    Correlation,
    Heatmaps, ///< courseHeatmap, departmentHeatmap
    Retention,
    Engagement, ///< underEngaged, stoppedEngaging
    Pilot,      ///< comparison, targets
    Annotations,
};
inline constexpr int PartCount = int(Part::Annotations) + 1;

/// How a caller follows a computation: a cancel flag (checked between parts), and onPart, called on the
/// computing thread after each part with the set filled so far (copy what you need; the fields of later parts
/// are still empty). part + 1 of PartCount is the progress.
struct Progress
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(Part part, const MetricSet &soFar)> onPart;
};

/// Computes the whole set on the calling thread's connection db. cancel may be null.
Result<MetricSet> compute(const QSqlDatabase &db, const Filter &filter, const std::atomic_bool *cancel = nullptr);
Result<MetricSet> compute(const QSqlDatabase &db, const Filter &filter, const Progress &progress);
/// The same through a read-only connection of its own, for any thread.
Result<MetricSet> computeFromFile(const QString &workspacePath, const Filter &filter,
                                  const std::atomic_bool *cancel = nullptr);
Result<MetricSet> computeFromFile(const QString &workspacePath, const Filter &filter, const Progress &progress);

/// The learners behind a figure: the cohort's active learners in the week starting weekStart (a WAU point), or,
/// with a course, those active in that course that week (a course heatmap cell), or, with a department, the
/// cohort's active learners of that department that week (a department heatmap cell; "(none)" for people
/// without one). Sorted by name.
struct LearnerRow
{
    qint64 id = 0;
    QString externalId, name, department;
    qint64 events = 0;
};
Result<QList<LearnerRow>> learnersBehind(const QSqlDatabase &db, const Filter &filter, const QDate &weekStart,
                                         const QString &course = {}, const QString &department = {});

/// The same through a read-only connection of its own, for any thread.
Result<QList<LearnerRow>> learnersBehindFromFile(const QString &workspacePath, const Filter &filter,
                                                 const QDate &weekStart, const QString &course = {},
                                                 const QString &department = {});

/// The JSON of `uptake metrics --json` (documented in the README).
QJsonObject toJson(const MetricSet &set);

struct Definition
{
    QString key, title, text;
};
/// Every metric's definition, translated, for Help and the CLI.
QList<Definition> definitions();

} // namespace Uptake::Metrics
