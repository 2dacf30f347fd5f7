#pragma once

// The lists the journey's pages show. Each is a RecordTableModel (snapshot + reset, roles in JourneyRole)
// with a Column enum; grouped lists (levers by pillar, actions by bucket) come sorted by group and give
// the group's key in GroupRole so a view can draw sections. Editable cells call the editor set with
// setEditor (an Editing:: function in practice).

#include "domain/journey.h"
#include "itemmodels/recordtablemodel.h"
#include "journey/analysis.h"

#include <QDate>
#include <QHash>

Q_DECLARE_METATYPE(Uptake::Journey::RetirementCandidate)

namespace Uptake {

class InterviewsModel final : public RecordTableModel<Interview>
{
public:
    enum Column { Date, Name, Role, Function, Location, Barriers, Notes, ColumnCount };
    explicit InterviewsModel(QObject *parent = nullptr);
    /// Titles of the barriers, to show the tags by name.
    void setBarrierTitles(const QHash<qint64, QString> &titles);

private:
    QHash<qint64, QString> m_titles;
};

/// Barriers with how many interviews mention each (CountRole / Interviews column) and whether a chosen
/// lever addresses them (Addressed column, and Qt::ForegroundRole-free: the view decides the look).
class BarriersModel final : public RecordTableModel<Barrier>
{
public:
    enum Column { Title, Category, Severity, Interviews, Addressed, Evidence, ColumnCount };
    explicit BarriersModel(QObject *parent = nullptr);
    void setBarriers(const QList<Barrier> &barriers, const QHash<qint64, int> &interviewCounts,
                     const QList<Lever> &levers);

private:
    QHash<qint64, int> m_counts;
    QSet<qint64> m_addressed;
};

/// The checklist: Text is checkable (done) and editable, Owner and Due editable.
class ChecklistModel final : public RecordTableModel<ChecklistItem>
{
public:
    enum Column { Text, Phase, Owner, Due, ColumnCount };
    explicit ChecklistModel(QObject *parent = nullptr);
    void setToday(const QDate &today) { m_today = today; }

private:
    QDate m_today = QDate::currentDate();
};

/// Levers grouped by pillar (GroupRole: pillar key); Name is checkable (chosen).
class LeversModel final : public RecordTableModel<Lever>
{
public:
    enum Column { Name, Pillar, Barriers, Kpi, Description, ColumnCount };
    explicit LeversModel(QObject *parent = nullptr);
    /// Sorts by pillar, keeping the order within each.
    void setLevers(const QList<Lever> &levers);
};

class CyclesModel final : public RecordTableModel<PlanCycle>
{
public:
    enum Column { Number, Start, End, Feedback, Adaptations, Notes, ColumnCount };
    explicit CyclesModel(QObject *parent = nullptr);
    void setCycles(const QList<PlanCycle> &cycles, const QHash<qint64, int> &feedbackCounts,
                   const QHash<qint64, int> &adaptationCounts);

private:
    QHash<qint64, int> m_feedback, m_adaptations;
};

class FeedbackModel final : public RecordTableModel<FeedbackItem>
{
public:
    enum Column { Date, Source, Sentiment, Theme, Quote, ColumnCount };
    explicit FeedbackModel(QObject *parent = nullptr);
};

/// Adaptations with their measured effect ("+28% completion (n = 140 → 152)").
class AdaptationsModel final : public RecordTableModel<Adaptation>
{
public:
    enum Column { Date, Description, Target, Effect, ColumnCount };
    explicit AdaptationsModel(QObject *parent = nullptr);
    void setAdaptations(const QList<Adaptation> &adaptations, const QHash<qint64, Journey::AdaptationEffect> &effects,
                        const QHash<qint64, QString> &targetNames);

private:
    QHash<qint64, Journey::AdaptationEffect> m_effects;
    QHash<qint64, QString> m_targets; ///< adaptation id → "Course — content"
};

class BoardModel final : public RecordTableModel<BoardMember>
{
public:
    enum Column { Name, Function, Role, ColumnCount };
    explicit BoardModel(QObject *parent = nullptr);
};

class DecisionsModel final : public RecordTableModel<Decision>
{
public:
    enum Column { Date, Decision, Rationale, Owner, Evidence, Status, ColumnCount };
    explicit DecisionsModel(QObject *parent = nullptr);
};

/// The release calendar; Title is checkable (released).
class ReleasesModel final : public RecordTableModel<Release>
{
public:
    enum Column { Date, Cadence, Title, Content, ColumnCount };
    explicit ReleasesModel(QObject *parent = nullptr);
};

/// Retirement candidates; the Verdict column is editable (EditRole: a RetirementVerdict as int); the editor
/// receives the candidate with its changed decision.
class RetirementModel final : public RecordTableModel<Journey::RetirementCandidate>
{
public:
    enum Column { Course, Reasons, LastAccess, Completion, Verdict, ColumnCount };
    explicit RetirementModel(QObject *parent = nullptr);
};

/// The 30/60/90-day plan grouped by bucket (GroupRole: 30, 60 or 90); overdue rows answer OverdueRole true.
/// Title is checkable (done ⇄ open) and editable; Owner, Due and Status (EditRole: ActionStatus as int) too.
class ActionsModel final : public RecordTableModel<Action>
{
public:
    enum Column { Title, Bucket, Phase, Owner, Due, Status, ColumnCount };
    explicit ActionsModel(QObject *parent = nullptr);
    void setActions(const QList<Action> &actions, const QDate &today);

private:
    QDate m_today = QDate::currentDate();
};

} // namespace Uptake
