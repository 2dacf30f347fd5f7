#pragma once

// The guided journey's value types: diagnose → design → pilot → govern. Plain values, copyable and
// comparable, without I/O. An id of 0 means "not stored yet"; a stored item keeps its id across undo/redo.
// Every enum has a stable storage key (never translated) and a label for people (translated).

#include "domain/conflict.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Uptake {

/// The four phases of the method, in order.
enum class Phase { Diagnose, Design, Pilot, Govern };

// ---------------------------------------------------------------------------------------------------------------
// Diagnose

/// One drop-off point of the baseline: the content where learners who did not finish a course stopped.
struct DropOffPoint
{
    QString course;
    QString content; ///< empty when the learners stopped on the course page itself
    qint64 learners = 0;
    friend bool operator==(const DropOffPoint &, const DropOffPoint &) = default;
};

/// One row of the baseline's consumption heatmap summary: a course and its active learners per week of the
/// baseline window (oldest week first).
struct HeatmapRow
{
    QString course;
    QList<qint64> learnersPerWeek;
    friend bool operator==(const HeatmapRow &, const HeatmapRow &) = default;
};

/// The figures of a baseline, computed once from the data (see journey/baseline.h) and then frozen.
/// Rates are fractions 0..1; a figure that cannot be computed (no learners) is nullopt.
struct BaselineFigures
{
    QDate asOf;                           ///< the last day the figures look at
    int windowDays = 28;                  ///< completion, logins and heatmap look at this many days up to asOf
    qint64 cohortSize = 0;                ///< roster learners the pilot's cohort filter selects
    qint64 weeklyActive = 0;              ///< learners of the cohort active in the 7 days up to asOf
    std::optional<double> activeRate;     ///< weeklyActive ÷ cohortSize
    qint64 learnersWithEvents = 0;        ///< cohort learners with course activity in the window
    qint64 learnersWithCompletions = 0;   ///< … of whom completed at least one course in the window
    std::optional<double> completionRate; ///< learnersWithCompletions ÷ learnersWithEvents
    std::optional<double> medianDaysToFirstCompletion; ///< from a learner's first event to first completion
    qint64 failedLogins = 0;                           ///< failed sign-ins in the window
    qint64 learnersWithFailedLogins = 0;
    QList<DropOffPoint> topDropOffs; ///< at most five, most learners first
    QList<HeatmapRow> heatmap;       ///< the busiest courses (at most ten), busiest first

    QString toJson() const;
    /// Reads what toJson wrote; false when the text is not such an object.
    static bool fromJson(const QString &json, BaselineFigures *figures);
    friend bool operator==(const BaselineFigures &, const BaselineFigures &) = default;
};

/// A baseline frozen at a date: the figures are kept as the JSON text written when it was taken, so later
/// changes to how metrics are computed never alter it.
struct BaselineSnapshot
{
    qint64 id = 0;
    qint64 pilotId = 0;
    QDate asOf;
    QDateTime takenAt; ///< UTC
    QString label;
    QString figuresJson = QStringLiteral("{}");

    BaselineFigures figures() const;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const BaselineSnapshot &, const BaselineSnapshot &) = default;
};

/// A stakeholder interview and the barriers it brought up.
struct Interview
{
    qint64 id = 0;
    qint64 pilotId = 0;
    QString name;
    QString role;
    QString function; ///< the part of the organisation, e.g. "Customer Support", "IT"
    QString location;
    QDate date;
    QString notes;
    QList<qint64> barrierIds;   ///< tagged barriers, ascending
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const Interview &, const Interview &) = default;
};

/// How badly a barrier holds adoption back.
enum class Severity { Low = 1, Medium = 2, High = 3, Critical = 4 };

/// A friction point or barrier. category is a built-in key (see builtInBarrierCategories()) or the name
/// of a category the user made up.
struct Barrier
{
    qint64 id = 0;
    qint64 pilotId = 0;
    QString title;
    QString category;
    Severity severity = Severity::Medium;
    QString evidence; ///< what shows it: metrics, observations (interviews are linked on the interview)
    int position = 0;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const Barrier &, const Barrier &) = default;
};

/// A checklist line the user ticks: "Stakeholder interviews held", with owner and due date.
struct ChecklistItem
{
    qint64 id = 0;
    qint64 pilotId = 0;
    Phase phase = Phase::Diagnose;
    int position = 0;
    QString text;
    bool done = false;
    QString owner;
    QDate dueDate;
    bool isOverdue(const QDate &today) const { return !done && dueDate.isValid() && dueDate < today; }
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const ChecklistItem &, const ChecklistItem &) = default;
};

// ---------------------------------------------------------------------------------------------------------------
// Design

enum class Pillar { ContentRelevance, HabitFormation, Recognition };

/// A lever of the engagement plan. builtIn names the built-in lever it came from (empty for the user's own).
/// kpi is a KPI key as in the pilot_kpi table (its targets live there).
struct Lever
{
    qint64 id = 0;
    qint64 pilotId = 0;
    Pillar pillar = Pillar::ContentRelevance;
    QString builtIn;
    QString name;
    QString description;
    bool chosen = false;
    QList<qint64> barrierIds; ///< the barriers it addresses, ascending
    QString kpi;
    QString notes;
    int position = 0;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const Lever &, const Lever &) = default;
};

/// A course in a pilot's content scope.
struct ScopeCourse
{
    qint64 pilotId = 0;
    qint64 courseId = 0;
    QString name;                          ///< read from the catalogue, not stored with the scope
    std::optional<double> durationMinutes; ///< likewise
    QString note;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const ScopeCourse &, const ScopeCourse &) = default;
};

// ---------------------------------------------------------------------------------------------------------------
// Pilot and PLAN cycles

/// A PLAN cycle (Pilot quickly, Listen continuously, Adapt content, Normalize usage).
struct PlanCycle
{
    qint64 id = 0;
    qint64 pilotId = 0;
    int number = 1;
    QDate startDate;
    QDate endDate;
    QString notes;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const PlanCycle &, const PlanCycle &) = default;
};

/// Pilot quickly: what was launched, to whom, when.
struct LaunchItem
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QString what;
    QString audience;
    QDate date;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const LaunchItem &, const LaunchItem &) = default;
};

enum class FeedbackSource { Survey, Interview, Chat, HelpDesk, Analytics };
enum class Sentiment { Positive, Neutral, Negative };

/// Listen continuously: one piece of feedback.
struct FeedbackItem
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QDate date;
    FeedbackSource source = FeedbackSource::Survey;
    Sentiment sentiment = Sentiment::Neutral;
    QString theme;
    QString quote;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const FeedbackItem &, const FeedbackItem &) = default;
};

/// The KPI an adaptation is measured with (see journey/effect.h).
enum class AdaptationKpi { CourseCompletion, ContentCompletion, ActiveRate };

/// Adapt content: one change, its date, what it touched and the feedback it answers.
struct Adaptation
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QDate date;
    qint64 courseId = 0;   ///< 0: none
    qint64 contentId = 0;  ///< 0: none (the whole course)
    qint64 feedbackId = 0; ///< 0: none
    QString description;
    AdaptationKpi kpi = AdaptationKpi::CourseCompletion;
    int windowDays = 14;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const Adaptation &, const Adaptation &) = default;
};

/// Normalize usage: what is scaled to which wider group, and when.
struct NormalizeItem
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QString what;
    QString targetGroup;
    QDate date;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const NormalizeItem &, const NormalizeItem &) = default;
};

// ---------------------------------------------------------------------------------------------------------------
// Govern

enum class BoardFunction { HR, Managers, LD, IT, BusinessUnit };

struct BoardMember
{
    qint64 id = 0;
    QString name;
    BoardFunction function = BoardFunction::LD;
    QString role;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const BoardMember &, const BoardMember &) = default;
};

/// Something a decision rests on. kind: "chart", "adaptation", "snapshot", "interview", "barrier" or
/// "document"; ref: the id of the linked item (or a chart's name); label: what people read.
struct EvidenceLink
{
    QString kind;
    QString ref;
    QString label;
    friend bool operator==(const EvidenceLink &, const EvidenceLink &) = default;
};

enum class DecisionStatus { Proposed, Approved, Rejected, Implemented };

struct Decision
{
    qint64 id = 0;
    qint64 pilotId = 0; ///< 0: a program-wide decision
    QDate date;
    QString decision;
    QString rationale;
    QString owner;
    QList<EvidenceLink> evidence;
    DecisionStatus status = DecisionStatus::Proposed;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const Decision &, const Decision &) = default;
};

enum class ReleaseCadence { Monthly, Quarterly };

/// A planned content release on the release calendar.
struct Release
{
    qint64 id = 0;
    QDate plannedDate;
    ReleaseCadence cadence = ReleaseCadence::Monthly;
    QString title;
    QString content;
    bool released = false;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const Release &, const Release &) = default;
};

enum class RetirementRuleKind { NotAccessed, CompletionBelow, OlderThan, Superseded };

/// One rule of the content retirement policy. threshold: days (NotAccessed), a fraction 0..1
/// (CompletionBelow), months (OlderThan); unused for Superseded.
struct RetirementRule
{
    qint64 id = 0;
    RetirementRuleKind kind = RetirementRuleKind::NotAccessed;
    double threshold = 0;
    bool enabled = true;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const RetirementRule &, const RetirementRule &) = default;
};

/// A course replaced by a newer one.
struct CourseSuccessor
{
    qint64 courseId = 0;
    qint64 successorId = 0;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const CourseSuccessor &, const CourseSuccessor &) = default;
};

enum class RetirementVerdict { Pending, Keep, Revise, Retire };

/// The board's decision on a retirement candidate.
struct RetirementDecision
{
    qint64 courseId = 0;
    RetirementVerdict verdict = RetirementVerdict::Pending;
    QDate decidedOn;
    QString note;
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const RetirementDecision &, const RetirementDecision &) = default;
};

// ---------------------------------------------------------------------------------------------------------------
// The 30/60/90-day plan

enum class ActionStatus { Open, InProgress, Done, Dropped };

struct Action
{
    qint64 id = 0;
    qint64 pilotId = 0;
    QString title;
    int bucket = 30; ///< 30, 60 or 90 days from the pilot's start
    Phase phase = Phase::Diagnose;
    QString owner;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
    qint64 leverId = 0;   ///< 0: none
    qint64 barrierId = 0; ///< 0: none
    bool cohort = false;  ///< serves the pilot's cohort directly (e.g. a comms push)
    int position = 0;

    bool isClosed() const { return status == ActionStatus::Done || status == ActionStatus::Dropped; }
    /// Open or in progress with a due date before today.
    bool isOverdue(const QDate &today) const { return !isClosed() && dueDate.isValid() && dueDate < today; }
    RowVersion rowVersion = {}; ///< the stored row's version when read (see domain/conflict.h)

    friend bool operator==(const Action &, const Action &) = default;
};

// ---------------------------------------------------------------------------------------------------------------
// Keys and labels. xKey() gives the stable storage key; xFromKey() parses it (false when unknown);
// xLabel() the translated text.

QString phaseKey(Phase phase);
bool phaseFromKey(const QString &key, Phase *phase);
QString phaseLabel(Phase phase);
inline constexpr Phase AllPhases[] = {Phase::Diagnose, Phase::Design, Phase::Pilot, Phase::Govern};

/// The built-in barrier categories, in the order the method lists them.
QStringList builtInBarrierCategories();
bool isBuiltInBarrierCategory(const QString &key);
/// A built-in category's translated label; a user-defined category is shown as written.
QString barrierCategoryLabel(const QString &category);

QString severityLabel(Severity severity);

QString pillarKey(Pillar pillar);
bool pillarFromKey(const QString &key, Pillar *pillar);
QString pillarLabel(Pillar pillar);
inline constexpr Pillar AllPillars[] = {Pillar::ContentRelevance, Pillar::HabitFormation, Pillar::Recognition};

QString feedbackSourceKey(FeedbackSource source);
bool feedbackSourceFromKey(const QString &key, FeedbackSource *source);
QString feedbackSourceLabel(FeedbackSource source);

QString sentimentKey(Sentiment sentiment);
bool sentimentFromKey(const QString &key, Sentiment *sentiment);
QString sentimentLabel(Sentiment sentiment);

QString adaptationKpiKey(AdaptationKpi kpi);
bool adaptationKpiFromKey(const QString &key, AdaptationKpi *kpi);
QString adaptationKpiLabel(AdaptationKpi kpi);

QString boardFunctionKey(BoardFunction function);
bool boardFunctionFromKey(const QString &key, BoardFunction *function);
QString boardFunctionLabel(BoardFunction function);

QString decisionStatusKey(DecisionStatus status);
bool decisionStatusFromKey(const QString &key, DecisionStatus *status);
QString decisionStatusLabel(DecisionStatus status);

QString releaseCadenceKey(ReleaseCadence cadence);
bool releaseCadenceFromKey(const QString &key, ReleaseCadence *cadence);
QString releaseCadenceLabel(ReleaseCadence cadence);

QString retirementRuleKey(RetirementRuleKind kind);
bool retirementRuleFromKey(const QString &key, RetirementRuleKind *kind);
/// "Not accessed in 180 days", "Completion below 20%", "Older than 24 months", "Superseded by a newer course".
QString retirementRuleLabel(const RetirementRule &rule);

QString retirementVerdictKey(RetirementVerdict verdict);
bool retirementVerdictFromKey(const QString &key, RetirementVerdict *verdict);
QString retirementVerdictLabel(RetirementVerdict verdict);

QString actionStatusKey(ActionStatus status);
bool actionStatusFromKey(const QString &key, ActionStatus *status);
QString actionStatusLabel(ActionStatus status);

/// Evidence links as the JSON array stored with a decision, and back (false on malformed text).
QString evidenceToJson(const QList<EvidenceLink> &links);
bool evidenceFromJson(const QString &json, QList<EvidenceLink> *links);

} // namespace Uptake

Q_DECLARE_METATYPE(Uptake::Interview)
Q_DECLARE_METATYPE(Uptake::Barrier)
Q_DECLARE_METATYPE(Uptake::ChecklistItem)
Q_DECLARE_METATYPE(Uptake::Lever)
Q_DECLARE_METATYPE(Uptake::PlanCycle)
Q_DECLARE_METATYPE(Uptake::FeedbackItem)
Q_DECLARE_METATYPE(Uptake::Adaptation)
Q_DECLARE_METATYPE(Uptake::BoardMember)
Q_DECLARE_METATYPE(Uptake::Decision)
Q_DECLARE_METATYPE(Uptake::Release)
Q_DECLARE_METATYPE(Uptake::Action)
