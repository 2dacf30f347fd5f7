#pragma once

// Everything a pilot's status report shows, read once as a value snapshot (off the UI thread): the workspace's
// summary, the metrics as of a date, the pilot's plan (PLAN cycles, governance, 30/60/90 actions), the import
// history and data-quality notes. ui/report turns it into pages; `uptake report` and the Report page share it.

#include "domain/importbatch.h"
#include "domain/pilot.h"
#include "domain/result.h"
#include "export/planexport.h"
#include "metrics/metrics.h"
#include "metrics/summary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Uptake {

/// The sections of a report, in the order they appear.
enum class ReportSection { Cover, Summary, Charts, Cycles, Governance, Plan, Risks, Appendix };
inline constexpr ReportSection AllReportSections[] = {
    ReportSection::Cover,      ReportSection::Summary, ReportSection::Charts, ReportSection::Cycles,
    ReportSection::Governance, ReportSection::Plan,    ReportSection::Risks,  ReportSection::Appendix};

/// "cover", "summary", "charts", "cycles", "governance", "plan", "risks", "appendix": never translated.
QString reportSectionKey(ReportSection section);
bool reportSectionFromKey(const QString &key, ReportSection *section);
/// The section's title as the report and the Report page show it (translated).
QString reportSectionLabel(ReportSection section);
/// Parses a comma-separated list of keys ("cover,summary"); an unknown key is an error naming the known ones.
/// The result is in report order without repeats.
Result<QList<ReportSection>> parseReportSections(const QString &list);
QString reportSectionKeys(const QList<ReportSection> &sections); ///< "cover,summary"
QList<ReportSection> allReportSections();

/// What to report on.
struct ReportRequest
{
    QString workspacePath;
    qint64 pilotId = 0; ///< 0: the workspace's only pilot (an error when there are several)
    QDate asOf;         ///< invalid: the last day with data
    QList<ReportSection> sections = allReportSections();
    bool includeNames = false; ///< name the learners who stopped engaging (off: counts by group only)
    QDate since;               ///< invalid: the previous report's date, else the pilot's start
    int sessionTimeout = 30;
    QString preparedBy; ///< empty: the program's owner
};

/// What a reader must know to trust the figures.
struct DataQuality
{
    QList<QDate> weeksWithoutActivity; ///< Mondays of weeks in the window in which nobody in the cohort was active
    qint64 rejectedRows = 0;           ///< over all imports
    bool estimatedDurations = true;    ///< learning time from event gaps, not a duration column
    int sessionTimeout = 30;
    bool hasRoster = false;
    bool asOfAfterData = false; ///< the as-of date lies after the last day with data
    QDate lastDataDay;
};

/// One report's data, as of a date.
struct ReportData
{
    ReportRequest request;
    QDate asOf;
    QDate since;                  ///< what "since the last report" starts after
    bool sinceLastReport = false; ///< true: since is a previous report's date; false: the pilot's start
    WorkspaceSummary summary;
    Pilot pilot;            ///< id 0: the workspace has no pilot (a program-wide report)
    Metrics::Filter filter; ///< what the metrics were computed with
    Metrics::MetricSet metrics;
    std::optional<PlanDocument> plan;
    QList<ImportBatch> imports; ///< newest first
    DataQuality quality;
    QList<Metrics::Definition> definitions;
    QString preparedBy;

    bool has(ReportSection section) const { return request.sections.contains(section); }
};

/// One line of the executive summary: a KPI's baseline, current value and next checkpoint, and its status as
/// of the report's date.
struct KpiLine
{
    QString kpi; ///< "active_rate", "weekly_active_users", "completion_rate", "median_days_to_first_completion"
    QString label;
    bool higherIsBetter = true;
    double baseline = 0;
    double current = 0;
    /// The first checkpoint after asOf that has a target; once all are past, the last one with a target.
    std::optional<Metrics::Checkpoint> next;
    /// Where the pace line (baseline at the start, straight lines through the targets) stands at asOf.
    std::optional<double> expectedNow;
    /// Current value against expectedNow: on track when it meets it, at risk when short by no more than the
    /// KPI's tolerance × |next target − baseline|, else off track; NotDue before the start or without targets.
    Metrics::TargetStatus status = Metrics::TargetStatus::NotDue;
};

/// The summary line of a KPI target as of a date (pilotStart: day 0 of the pace line).
KpiLine kpiLine(const Metrics::KpiTarget &target, const QDate &pilotStart, const QDate &asOf);

/// The metrics filter a report uses: the pilot's cohort from eight weeks before its start (the baseline and
/// some history) up to asOf; without a pilot, all the data up to asOf.
Metrics::Filter reportFilter(const Pilot &pilot, const QDate &asOf, const QDate &firstDataDay, int sessionTimeout);

/// Reads a report's data through connections of its own (any thread). progress(0..100) may be empty; cancel
/// may be null (when it becomes true the result is a "Cancelled." failure).
Result<ReportData> gatherReport(const ReportRequest &request, const std::function<void(int)> &progress = {},
                                const std::atomic_bool *cancel = nullptr);

/// Remembers that a report as of asOf was made for the pilot (see ReportRepository); opens the workspace for
/// writing. A pilot id of 0 records nothing.
Status recordReport(const QString &workspacePath, qint64 pilotId, const QDate &asOf);

} // namespace Uptake
