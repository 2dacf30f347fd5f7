#include "reportdata.h"

#include "storage/importrepository.h"
#include "storage/pilotrepository.h"
#include "storage/reportrepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {} // namespace

QString reportSectionKey(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return u"cover"_s;
    case ReportSection::Summary:
        return u"summary"_s;
    case ReportSection::Charts:
        return u"charts"_s;
    case ReportSection::Cycles:
        return u"cycles"_s;
    case ReportSection::Governance:
        return u"governance"_s;
    case ReportSection::Plan:
        return u"plan"_s;
    case ReportSection::Risks:
        return u"risks"_s;
    case ReportSection::Appendix:
        return u"appendix"_s;
    }
    return {};
}

bool reportSectionFromKey(const QString &key, ReportSection *section)
{
    for (ReportSection s : AllReportSections) {
        if (reportSectionKey(s) == key.trimmed().toLower()) {
            *section = s;
            return true;
        }
    }
    return false;
}

QString reportSectionLabel(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return QCoreApplication::translate("Uptake::ReportData", "Cover");
    case ReportSection::Summary:
        return QCoreApplication::translate("Uptake::ReportData", "Executive summary");
    case ReportSection::Charts:
        return QCoreApplication::translate("Uptake::ReportData", "Adoption in charts");
    case ReportSection::Cycles:
        return QCoreApplication::translate("Uptake::ReportData", "PLAN cycles since the last report");
    case ReportSection::Governance:
        return QCoreApplication::translate("Uptake::ReportData", "Governance");
    case ReportSection::Plan:
        return QCoreApplication::translate("Uptake::ReportData", "The 30/60/90-day plan");
    case ReportSection::Risks:
        return QCoreApplication::translate("Uptake::ReportData", "Risks and data quality");
    case ReportSection::Appendix:
        return QCoreApplication::translate("Uptake::ReportData", "Appendix: data sources and definitions");
    }
    return {};
}

QList<ReportSection> allReportSections()
{
    return {std::begin(AllReportSections), std::end(AllReportSections)};
}

Result<QList<ReportSection>> parseReportSections(const QString &list)
{
    QList<ReportSection> chosen;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        ReportSection s;
        if (!reportSectionFromKey(part, &s)) {
            QStringList keys;
            for (ReportSection k : AllReportSections)
                keys << reportSectionKey(k);
            return Result<QList<ReportSection>>::failure(
                QCoreApplication::translate("Uptake::ReportData", "Unknown report section “%1”; the sections are %2.")
                    .arg(part.trimmed(), keys.join(u", "_s)));
        }
        chosen << s;
    }
    QList<ReportSection> ordered;
    for (ReportSection s : AllReportSections)
        if (chosen.contains(s))
            ordered << s;
    if (ordered.isEmpty())
        return Result<QList<ReportSection>>::failure(
            QCoreApplication::translate("Uptake::ReportData", "Choose at least one report section."));
    return ordered;
}

QString reportSectionKeys(const QList<ReportSection> &sections)
{
    QStringList keys;
    for (ReportSection s : sections)
        keys << reportSectionKey(s);
    return keys.join(u',');
}

KpiLine kpiLine(const Metrics::KpiTarget &target, const QDate &pilotStart, const QDate &asOf)
{
    KpiLine line;
    line.kpi = target.kpi;
    line.label = target.label;
    line.higherIsBetter = target.higherIsBetter;
    line.baseline = target.baseline;
    line.current = target.current;
    // The same rule as the metrics' pace status (and so the Overview's tiles).
    const Metrics::Pace pace = Metrics::paceAt(target, pilotStart, asOf);
    line.next = pace.next;
    line.expectedNow = pace.expected;
    line.status = pace.status;
    return line;
}

Metrics::Filter reportFilter(const Pilot &pilot, const QDate &asOf, const QDate &firstDataDay, int sessionTimeout)
{
    Metrics::Filter f;
    f.pilotId = pilot.id;
    f.to = asOf;
    f.sessionTimeout = sessionTimeout;
    if (pilot.id && pilot.startDate.isValid()) {
        f.from = pilot.startDate.addDays(-56);
        if (firstDataDay.isValid() && f.from < firstDataDay)
            f.from = firstDataDay;
        if (f.from > asOf)
            f.from = asOf;
    }
    return f;
}

Result<ReportData> gatherReport(const ReportRequest &request, const std::function<void(int)> &progress,
                                const std::atomic_bool *cancel)
{
    using R = Result<ReportData>;
    auto report = [&progress](int value) {
        if (progress)
            progress(value);
    };
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    const QString name = u"report-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    R result = R::failure({});
    {
        auto db = Workspace::openConnection(request.workspacePath, name, Workspace::Access::ReadOnly);
        if (!db) {
            Workspace::closeConnection(name);
            return R::failure(db.error());
        }
        result = [&]() -> R {
            ReportData data;
            data.request = request;
            report(2);
            // The headline facts the report needs, read from small tables and the aggregates: the summary of the
            // Overview page counts raw events, which takes seconds on millions of them.
            PilotRepository pilots(*db);
            ReportRepository reports(*db);
            auto program = pilots.program();
            auto allPilots = pilots.pilots();
            auto range = reports.dataRange();
            auto zone = reports.timeZoneId();
            auto batches = ImportRepository(*db).batches();
            for (const QString &e : {program.error(), allPilots.error(), range.error(), zone.error(), batches.error()})
                if (!e.isEmpty())
                    return R::failure(e);
            data.summary.program = *program;
            data.summary.pilots = *allPilots;
            data.summary.firstDay = range->first;
            data.summary.lastDay = range->second;
            data.summary.timeZone = *zone;
            data.imports = *batches;
            data.summary.imports = batches->size();
            for (const ImportBatch &b : std::as_const(data.imports))
                data.summary.rejectedRows += b.rejected;
            if (cancelled())
                return R::failure(QCoreApplication::translate("Uptake::ReportData", "Cancelled."));

            if (request.pilotId) {
                auto p = pilots.pilot(request.pilotId);
                if (!p)
                    return R::failure(p.error());
                data.pilot = *p;
            } else if (data.summary.pilots.size() == 1) {
                data.pilot = data.summary.pilots.first();
            } else if (data.summary.pilots.size() > 1) {
                QStringList names;
                for (const Pilot &p : std::as_const(data.summary.pilots))
                    names << p.name;
                return R::failure(
                    QCoreApplication::translate("Uptake::ReportData", "Choose the pilot to report on: %1.")
                        .arg(names.join(u", "_s)));
            }

            data.asOf = request.asOf.isValid() ? request.asOf : data.summary.lastDay;
            if (!data.asOf.isValid())
                return R::failure(QCoreApplication::translate(
                    "Uptake::ReportData", "The workspace has no usage data yet: import an LMS export first."));
            data.quality.lastDataDay = data.summary.lastDay;
            data.quality.asOfAfterData = data.summary.lastDay.isValid() && data.asOf > data.summary.lastDay;
            data.quality.rejectedRows = data.summary.rejectedRows;
            data.preparedBy = request.preparedBy.isEmpty() ? data.summary.program.owner : request.preparedBy;

            // "Since the last report": a date given, else the latest earlier report, else the pilot's start.
            if (request.since.isValid()) {
                data.since = request.since;
                data.sinceLastReport = true;
            } else if (data.pilot.id) {
                auto previous = ReportRepository(*db).previousReport(data.pilot.id, data.asOf);
                if (!previous)
                    return R::failure(previous.error());
                data.since = *previous;
                data.sinceLastReport = previous->isValid();
            }
            if (!data.since.isValid())
                data.since = data.pilot.startDate.isValid() ? data.pilot.startDate.addDays(-1) : data.summary.firstDay;
            report(8);

            data.filter = reportFilter(data.pilot, data.asOf, data.summary.firstDay, request.sessionTimeout);
            // The metrics report their own progress from 8 to 70.
            auto metrics = Metrics::compute(*db, data.filter, cancel);
            if (!metrics)
                return R::failure(cancelled() ? QCoreApplication::translate("Uptake::ReportData", "Cancelled.")
                                              : metrics.error());
            data.metrics = *metrics;
            report(70);
            data.quality.estimatedDurations = data.metrics.learningTimeEstimated;
            data.quality.sessionTimeout = data.metrics.sessionTimeout;
            data.quality.hasRoster = data.metrics.hasRoster;
            for (const Metrics::Week &w : std::as_const(data.metrics.weeks))
                if (w.active == 0)
                    data.quality.weeksWithoutActivity << w.start;

            if (data.pilot.id) {
                auto plan = readPlan(*db, data.pilot, data.asOf, PlanDetail::WithoutScopeCheck);
                if (!plan)
                    return R::failure(plan.error());
                data.plan = *plan;
            }
            if (cancelled())
                return R::failure(QCoreApplication::translate("Uptake::ReportData", "Cancelled."));
            report(85);
            data.definitions = Metrics::definitions();
            report(90);
            return data;
        }();
    }
    Workspace::closeConnection(name);
    return result;
}

Status recordReport(const QString &workspacePath, qint64 pilotId, const QDate &asOf)
{
    if (!pilotId || !asOf.isValid())
        return {};
    const QString name = u"report-history-%1"_s.arg(quintptr(QThread::currentThreadId()), 0, 16);
    Status status;
    {
        auto db = Workspace::openConnection(workspacePath, name, Workspace::Access::ReadWrite);
        if (!db) {
            status = Status::failure(db.error());
        } else {
            status = ReportRepository(*db).record(pilotId, asOf);
        }
    }
    Workspace::closeConnection(name);
    return status;
}

} // namespace Uptake
