#pragma once

// The whole plan of a pilot, read once, for `uptake plan` and for reports: phases with their checklists,
// baseline snapshots, interviews, barriers, levers and coverage, content scope, PLAN cycles with feedback and
// measured adaptations, governance (board, decisions, releases, retirement candidates) and the 30/60/90 plan.

#include "domain/journey.h"
#include "domain/pilot.h"
#include "domain/result.h"
#include "journey/analysis.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

namespace Uptake {

struct PlanDocument
{
    struct Cycle
    {
        PlanCycle cycle;
        QList<LaunchItem> launches;
        QList<FeedbackItem> feedback;
        QList<std::pair<Adaptation, Journey::AdaptationEffect>> adaptations;
        QList<NormalizeItem> normalize;
    };

    Pilot pilot;
    QDate today; ///< what "overdue" is measured against
    QList<ChecklistItem> checklist;
    QList<BaselineSnapshot> snapshots;
    QList<Interview> interviews;
    QList<Barrier> barriers;
    QHash<qint64, int> interviewCounts;
    QList<Lever> levers;
    Journey::Coverage coverage;
    QList<ScopeCourse> scope;
    Journey::ScopeCheck scopeCheck;
    QList<Cycle> cycles;
    QList<BoardMember> board;
    QList<Decision> decisions;
    QList<Release> releases;
    QList<RetirementRule> retirementRules;
    QList<Journey::RetirementCandidate> retirementCandidates;
    QList<Action> actions;
    QHash<qint64, QString> courseNames, contentNames;
};

/// How much readPlan reads: everything, or all but the content-scope check (which scans the events and is most of
/// the time on a large workspace; the status report does not show it).
enum class PlanDetail { Full, WithoutScopeCheck };

/// Reads a pilot's plan. today decides which actions are overdue.
Result<PlanDocument> readPlan(const QSqlDatabase &db, const Pilot &pilot, const QDate &today,
                              PlanDetail detail = PlanDetail::Full);

/// Markdown for a wiki: headings per phase, tables for lists.
QString planToMarkdown(const PlanDocument &plan);
/// JSON with snake_case keys (documented in README.md, section "Exporting the plan").
QJsonObject planToJson(const PlanDocument &plan);

} // namespace Uptake
