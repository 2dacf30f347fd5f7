#pragma once

#include "domain/pilot.h"
#include "domain/program.h"
#include "domain/result.h"
#include "storage/rosterrepository.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace Uptake {

/// The headline figures of a workspace: what `uptake info` prints and the Overview page shows first.
struct WorkspaceSummary
{
    int schemaVersion = 0;
    QString timeZone;
    Program program;
    QList<Pilot> pilots;
    qint64 learners = 0;       ///< everyone known, from the roster or the events
    qint64 rosterLearners = 0; ///< people in the roster
    qint64 activeLearners = 0; ///< learners with at least one event other than a failed login
    qint64 courses = 0;
    qint64 events = 0;
    qint64 performanceValues = 0;
    qint64 imports = 0;
    qint64 rejectedRows = 0;
    QDate firstDay; ///< of the events, in the workspace zone; invalid without events
    QDate lastDay;
    /// Distinct active learners in the last full ISO week (Monday to Sunday) up to lastDay, lastWeekStart to
    /// lastWeekEnd. When the data holds no full week, lastWeekComplete is false and the week is clipped to
    /// firstDay (so it may be empty, with lastWeekActive 0).
    qint64 lastWeekActive = 0;
    QDate lastWeekStart;
    QDate lastWeekEnd;
    bool lastWeekComplete = false;
    /// Distinct active learners in the seven days ending on lastDay (from firstDay at the earliest): the figure
    /// that is never empty when the data ends mid-week.
    qint64 lastSevenDaysActive = 0;
    QDate lastSevenDaysFrom;
    /// Learners with a completion ÷ learners with any event, over all learner–course pairs.
    double completionRate = 0;
    /// The Overview's "current" completion for all learners: over the last four weeks up to lastDay (from
    /// recentFrom), the learner–course pairs with activity in them (less those completed before) and the share
    /// of them with a completion in those weeks.
    QDate recentFrom;
    qint64 recentCompletionPairs = 0;
    double recentCompletionRate = 0;
    qint64 failedLogins = 0;
    /// The roster attributes a cohort can be drawn from, with their values (for the dashboard's filters).
    QList<CohortAttribute> cohortAttributes;
};

/// Reads the summary from a workspace connection (on the thread that owns it).
Result<WorkspaceSummary> readSummary(const QSqlDatabase &db);
/// Reads the summary through a connection of its own, so it can run on any thread (read-only).
Result<WorkspaceSummary> readSummaryFromFile(const QString &path);

} // namespace Uptake
