#pragma once

// What the journey computes from the data and from the plan itself. Everything here reads the aggregate
// tables of schema version 3 (learner_day, learner_course_day) through its own small SQL; the event table
// only for a content item's completion. Call it off the UI thread with a connection of that thread.
//
// Note for later unification with models/metrics: the baseline's WAU, completion rate and time to first
// completion are computed here with their own SQL so that the journey does not depend on the metrics
// module. Their WAU counts the 7 days up to the snapshot (not an ISO week), and their completion rate counts
// learners (learners with a completion ÷ learners with course events in the window), where the metrics' completion
// rate counts learner–course pairs: the Diagnose page and the plan export name it "learners who completed".

#include "domain/journey.h"
#include "domain/pilot.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace Uptake::Journey {

/// The day number the aggregates use for a local date (days since 1970-01-01), and back.
qint64 dayNumber(const QDate &date);
QDate dateOfDay(qint64 day);

/// The last day with any activity in the workspace; invalid when there is none.
Result<QDate> lastDataDay(const QSqlDatabase &db);

/// The roster learners a pilot's cohort filter selects. The filter is "attribute=value" terms separated by
/// ';' or '&' (attributes: department, team, country, role, manager, timezone; values compared without
/// regard to case); terms on the same attribute are alternatives, different attributes must all match.
/// An empty filter selects the whole roster. Unknown attributes are an error.
Result<QSet<qint64>> cohortLearners(const QSqlDatabase &db, const QString &cohortFilter);

// --- Diagnose -------------------------------------------------------------------------------------------------

/// Computes the baseline figures for the pilot's cohort up to and including asOf (see BaselineFigures).
Result<BaselineFigures> computeBaseline(const QSqlDatabase &db, const Pilot &pilot, const QDate &asOf,
                                        int windowDays = 28);
/// A snapshot ready to be stored (Editing::addItem), taken now.
Result<BaselineSnapshot> takeBaseline(const QSqlDatabase &db, const Pilot &pilot, const QDate &asOf,
                                      const QString &label);

// --- Design ---------------------------------------------------------------------------------------------------

/// Barriers that no chosen lever addresses, and chosen levers that address no barrier.
struct Coverage
{
    QList<Barrier> unaddressed;
    QList<Lever> idleLevers;
    bool complete() const { return unaddressed.isEmpty() && idleLevers.isEmpty(); }
};
Coverage analyseCoverage(const QList<Barrier> &barriers, const QList<Lever> &levers);

/// The content-scope guard. The "essential few": a pilot's scope should hold at most 20% of the catalogue,
/// and never needs more than 8 courses nor fewer than 3 to be allowed (so small catalogues are not flagged
/// for a handful of courses): limit = clamp(ceil(20% × catalogue), 3, 8). A scope above the limit is too broad.
inline constexpr double ScopeShareLimit = 0.2;
inline constexpr int ScopeMinimumLimit = 3;
inline constexpr int ScopeMaximumLimit = 8;
int scopeLimit(int catalogueCourses);

/// A course in scope that should be split into shorter modules. A module is long when the course's
/// minutes per content item exceed LongModuleMinutes, or when the course lasts at least LongCourseMinutes and
/// one content item other than the first (first items lose curiosity clicks, not tired learners) is where at
/// least 30% of the learners who did not finish it stopped (with at least 10 such learners): that item is
/// then named as the one to split.
inline constexpr double LongModuleMinutes = 20;
inline constexpr double LongCourseMinutes = 45;
struct SplitCandidate
{
    qint64 courseId = 0;
    QString course;
    double durationMinutes = 0;
    double minutesPerModule = 0;
    QString stoppingPoint; ///< the content where non-finishers stopped most, when it is the reason
    double stopShare = 0;  ///< share of non-finishers who stopped there
    qint64 nonFinishers = 0;
};

struct ScopeCheck
{
    int scopeCourses = 0;
    int catalogueCourses = 0;
    int limit = 0;
    bool tooBroad() const { return scopeCourses > limit; }
    QString message() const; ///< empty when the scope is fine
    QList<SplitCandidate> splitCandidates;
};
Result<ScopeCheck> checkScope(const QSqlDatabase &db, qint64 pilotId);

// --- Pilot: the effect of an adaptation ---------------------------------------------------------------------------

/// One side of a before/after comparison: the window and its counts.
struct EffectSide
{
    QDate from;
    QDate to;
    qint64 n = 0;    ///< learners measured
    qint64 hits = 0; ///< … of whom completed / got past / were active
    std::optional<double> rate() const
    {
        return n > 0 ? std::optional<double>(double(hits) / double(n)) : std::nullopt;
    }
};

/// An adaptation's KPI in equal windows before and after its date. Windows: before = the windowDays days
/// before the date, after = the date and the windowDays − 1 days after it; when the data ends earlier both
/// windows shrink to the days available after the date, so they stay equal.
///  - course completion: learners with events in the course in the window; hits: those with a completion
///    of the course in the same window (everyone who used the course: the change affects all of them).
///  - content completion: learners who reached the content item in the window; hits: those who got past it
///    in the window (a later item of the course or the course's completion, after first reaching it).
///  - active rate: the pilot cohort; hits: those active in the window.
struct AdaptationEffect
{
    AdaptationKpi kpi = AdaptationKpi::CourseCompletion;
    int windowDays = 0; ///< the days on each side actually used
    EffectSide before;
    EffectSide after;
    bool measurable() const { return before.n > 0 && after.n > 0; }
    /// (after − before) ÷ before, when before's rate is above zero.
    std::optional<double> relativeChange() const;
    /// after − before, in rate points (0.12 = 12 percentage points).
    std::optional<double> pointChange() const;
    /// "+12.3 points in completion (n = 140 → 152)": the change in percentage points, never a relative change
    /// of the rate; "not measurable yet" style text when a side has no learners.
    QString label() const;
    /// "completion 41% → 53%" (rates of both sides).
    QString detail() const;
};

/// Measures an adaptation. cohort is used for the active rate (the pilot's cohort).
Result<AdaptationEffect> measureAdaptation(const QSqlDatabase &db, const Adaptation &adaptation,
                                           const QSet<qint64> &cohort);

// --- Govern: retirement ---------------------------------------------------------------------------------------

/// A course's use over the whole history (learner_course_day).
struct CourseUsage
{
    qint64 courseId = 0;
    QString name;
    QDate firstUsed;       ///< invalid: never used
    QDate lastAccess;      ///< invalid: never used
    qint64 learners = 0;   ///< learners with events in the course
    qint64 completers = 0; ///< … of whom completed it
    std::optional<double> completionRate() const
    {
        return learners > 0 ? std::optional<double>(double(completers) / double(learners)) : std::nullopt;
    }
};
Result<QList<CourseUsage>> courseUsage(const QSqlDatabase &db);

/// The fewest learners for which a completion rate is trusted by the completion-below rule.
inline constexpr qint64 RetirementMinimumLearners = 10;

/// A course that at least one enabled rule flags, with the board's decision (Pending when none).
struct RetirementCandidate
{
    CourseUsage usage;
    QList<RetirementRuleKind> matched;
    QStringList reasons; ///< one translated sentence per matched rule
    qint64 successorId = 0;
    QString successorName;
    RetirementDecision decision;
};

/// Evaluates the rules as of asOf: not accessed in N days (never accessed counts), completion below X%
/// (with at least RetirementMinimumLearners learners), older than Y months (first used before asOf − Y
/// months; the catalogue has no creation date, so first use stands in for age), superseded (listed in
/// course_successor). Candidates come in catalogue (name) order.
QList<RetirementCandidate> evaluateRetirement(const QList<CourseUsage> &usage, const QList<RetirementRule> &rules,
                                              const QList<CourseSuccessor> &successors,
                                              const QList<RetirementDecision> &decisions, const QDate &asOf);
/// Reads everything and evaluates as of the last day with data.
Result<QList<RetirementCandidate>> retirementCandidates(const QSqlDatabase &db);

// --- The 30/60/90-day plan --------------------------------------------------------------------------------------

struct BucketProgress
{
    int bucket = 30;
    int total = 0; ///< actions not dropped
    int done = 0;
    int overdue = 0;
    double share() const { return total > 0 ? double(done) / total : 0; }
};
/// Progress of the three buckets (always three entries: 30, 60, 90) as of today.
QList<BucketProgress> bucketProgress(const QList<Action> &actions, const QDate &today);

/// Feedback themes and how often each came up, most frequent first (ties alphabetically).
QList<std::pair<QString, int>> themeCounts(const QList<FeedbackItem> &feedback);

/// Where a pilot is in the journey: the first phase with open checklist items (Govern when all are done,
/// Diagnose when there is no checklist yet).
Phase currentPhase(const QList<ChecklistItem> &checklist);

} // namespace Uptake::Journey
