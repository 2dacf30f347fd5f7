#include "reportbuilder.h"

#include "reportcharts.h"

#include "itemmodels/importsmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Uptake::Report {

namespace {

/// A translated text with a count. Without a translation (English) "(s)" becomes the right ending, so the board
/// reads "1 learner" and "78 learners" rather than "learner(s)".
QString tn(const char *text, qint64 n)
{
    QString s = QCoreApplication::translate("Uptake::Report", text, nullptr, int(n));
    return s.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

/// Small samples get a warning wherever a rate is shown.
constexpr qint64 SmallSample = 30;

QString date(const QLocale &l, const QDate &d)
{
    return d.isValid() ? l.toString(d, QLocale::ShortFormat) : u"—"_s;
}

QString longDate(const QLocale &l, const QDate &d)
{
    // QLocale's long format names the weekday too ("Friday, 30 October 2026"), too heavy for the report's lines:
    // the translator chooses the order of day, month and year; the locale gives the month's name.
    return d.isValid() ? l.toString(d, QCoreApplication::translate(
                                           "Uptake::Report", "d MMMM yyyy",
                                           "QDate::toString() pattern of a date in full, without the weekday "
                                           "(30 October 2026); keep the letters d, M, y"))
                       : u"—"_s;
}

QString number(const QLocale &l, qint64 n)
{
    return l.toString(n);
}

QString pct(const QLocale &l, double fraction, int decimals = 1)
{
    return Charts::percent(l, fraction, decimals);
}

QString rawNumber(double v, int decimals = 4)
{
    return QString::number(v, 'f', decimals);
}

TableCell cell(const QString &text, const QString &raw = {})
{
    TableCell c;
    c.text = text;
    c.raw = raw;
    return c;
}

TableCell numberCell(const QLocale &l, qint64 n)
{
    return cell(number(l, n), QString::number(n));
}

TableCell pctCell(const QLocale &l, double fraction, int decimals = 1)
{
    return cell(pct(l, fraction, decimals), rawNumber(fraction));
}

TableCell dateCell(const QLocale &l, const QDate &d)
{
    return cell(date(l, d), d.isValid() ? d.toString(Qt::ISODate) : QString());
}

TableColumn col(const QString &title, qreal weight, Qt::Alignment alignment = Qt::AlignLeft)
{
    return TableColumn{title, alignment, weight};
}

TableColumn numCol(const QString &title, qreal weight = 1)
{
    return TableColumn{title, Qt::AlignRight, weight};
}

/// A column of dates, which never wrap ("29 Nov" over "2026" reads badly).
TableColumn dateCol(const QString &title, qreal weight)
{
    return TableColumn{title, Qt::AlignLeft, weight, true};
}

TableColumn dateColumn()
{
    return dateCol(QCoreApplication::translate("Uptake::Report", "Date"), 1.1);
}

bool isRate(const QString &kpi)
{
    return kpi == u"active_rate"_s || kpi == u"completion_rate"_s;
}

bool inPeriod(const QDate &d, const QDate &since, const QDate &asOf)
{
    return d.isValid() && d > since && d <= asOf;
}

// --- Sections -----------------------------------------------------------------------------------------------------

struct Builder
{
    const ReportData &data;
    QString family;
    QLocale l;
    Document doc;

    QString pilotName() const
    {
        return data.pilot.id ? data.pilot.name : QCoreApplication::translate("Uptake::Report", "All learners");
    }
    /// What "Current" and "Baseline" in the summary table cover, with dates.
    QString currentNote() const
    {
        const Metrics::MetricSet &m = data.metrics;
        QString note =
            (data.pilot.id ? QCoreApplication::translate("Uptake::Report",
                                                         "Current: the pilot cohort over the last four weeks, %1 to %2 "
                                                         "(the weekly active rate is the mean of those weeks).")
                           : QCoreApplication::translate("Uptake::Report",
                                                         "Current: all learners over the last four weeks, %1 to %2 "
                                                         "(the weekly active rate is the mean of those weeks)."))
                .arg(date(l, m.recent.from), date(l, m.recent.to));
        if (m.comparison)
            note += u' ' + QCoreApplication::translate("Uptake::Report",
                                                       "Baseline: the four weeks before the start, %1 to %2, unless "
                                                       "entered by hand.")
                               .arg(date(l, m.comparison->baselineFrom), date(l, m.comparison->baselineTo));
        return note;
    }
    QString sinceText() const
    {
        if (data.sinceLastReport)
            return QCoreApplication::translate("Uptake::Report", "since the last report (%1)").arg(date(l, data.since));
        // Without a pilot (or its start date) "since" is the first day with data, not a pilot's start.
        if (!data.pilot.id || !data.pilot.startDate.isValid())
            return QCoreApplication::translate("Uptake::Report", "since the data begins (%1)").arg(date(l, data.since));
        return QCoreApplication::translate("Uptake::Report", "since the pilot started (%1)")
            .arg(date(l, data.since.addDays(1)));
    }

    void cover();
    void summary();
    void charts();
    void cycles();
    void governance();
    void plan();
    void risks();
    void appendix();
    QList<KpiLine> kpiLines() const;
};

void Builder::cover()
{
    Cover c;
    c.kicker = data.pilot.id ? QCoreApplication::translate("Uptake::Report", "Pilot status report")
                             : QCoreApplication::translate("Uptake::Report", "Adoption status report");
    c.title = data.pilot.id ? data.pilot.name : QCoreApplication::translate("Uptake::Report", "Learning adoption");
    const QString org = data.summary.program.organisation;
    c.subtitle = org.isEmpty()
                     ? QCoreApplication::translate("Uptake::Report", "As of %1").arg(longDate(l, data.asOf))
                     : QCoreApplication::translate("Uptake::Report", "%1 · as of %2").arg(org, longDate(l, data.asOf));
    if (!org.isEmpty())
        c.facts << qMakePair(
            QCoreApplication::translate("Uptake::Report", "Program"),
            data.summary.program.lmsName.isEmpty()
                ? org
                : QCoreApplication::translate("Uptake::Report", "%1 (LMS: %2)").arg(org, data.summary.program.lmsName));
    if (data.pilot.id) {
        c.facts << qMakePair(QCoreApplication::translate("Uptake::Report", "Pilot"), data.pilot.name);
        QString cohort = data.pilot.cohortDescription;
        if (cohort.isEmpty())
            cohort = data.pilot.cohortFilter.isEmpty()
                         ? QCoreApplication::translate("Uptake::Report", "everyone in the roster")
                         : data.pilot.cohortFilter;
        c.facts << qMakePair(QCoreApplication::translate("Uptake::Report", "Cohort"), cohort);
        c.facts << qMakePair(QCoreApplication::translate("Uptake::Report", "Cohort size"),
                             tn(QT_TRANSLATE_N_NOOP("Uptake::Report", "%n learner(s)"), data.metrics.learners));
        if (data.pilot.startDate.isValid())
            c.facts << qMakePair(
                QCoreApplication::translate("Uptake::Report", "Pilot period"),
                tn(QT_TRANSLATE_N_NOOP("Uptake::Report", "%1 to %2 (%n week(s))"), data.pilot.durationWeeks)
                    .arg(longDate(l, data.pilot.startDate), longDate(l, data.pilot.endDate())));
    }
    c.facts << qMakePair(QCoreApplication::translate("Uptake::Report", "Data covered"),
                         QCoreApplication::translate("Uptake::Report", "%1 to %2")
                             .arg(longDate(l, data.metrics.from), longDate(l, data.metrics.to)));
    c.facts << qMakePair(QCoreApplication::translate("Uptake::Report", "As of"), longDate(l, data.asOf));
    c.facts << qMakePair(QCoreApplication::translate("Uptake::Report", "Changes reported"), sinceText());
    if (!data.preparedBy.isEmpty())
        c.facts << qMakePair(QCoreApplication::translate("Uptake::Report", "Prepared by"), data.preparedBy);
    c.facts << qMakePair(
        QCoreApplication::translate("Uptake::Report", "Prepared with"),
        QCoreApplication::translate("Uptake::Report", "Uptake %1").arg(QCoreApplication::applicationVersion()));
    c.contentsTitle = QCoreApplication::translate("Uptake::Report", "Contents");
    c.notice = QCoreApplication::translate(
                   "Uptake::Report",
                   "Figures are computed from the LMS exports listed in the appendix, in the time zone %1. Rates "
                   "based on fewer than %2 learners are marked as small samples.")
                   .arg(data.summary.timeZone)
                   .arg(SmallSample);
    doc.addCover(c);
}

QList<KpiLine> Builder::kpiLines() const
{
    QList<KpiLine> lines;
    for (const Metrics::KpiTarget &t : data.metrics.targets)
        lines << kpiLine(t, data.pilot.startDate, data.asOf);
    return lines;
}

void Builder::summary()
{
    doc.addHeading(reportSectionLabel(ReportSection::Summary));
    const Metrics::MetricSet &m = data.metrics;
    QString lead;
    if (data.pilot.id && data.pilot.startDate.isValid()) {
        const qint64 day = data.pilot.startDate.daysTo(data.asOf);
        if (day < 0)
            lead = QCoreApplication::translate(
                       "Uptake::Report",
                       "The pilot <b>%1</b> starts on %2; this report shows the baseline it starts from.")
                       .arg(data.pilot.name, longDate(l, data.pilot.startDate));
        else
            lead = QCoreApplication::translate("Uptake::Report",
                                               "As of %1 the pilot <b>%2</b> is on day %3 (week %4 of %5).")
                       .arg(longDate(l, data.asOf), data.pilot.name, number(l, day + 1))
                       .arg(std::min<qint64>(day / 7 + 1, data.pilot.durationWeeks))
                       .arg(data.pilot.durationWeeks);
    } else {
        lead = QCoreApplication::translate("Uptake::Report", "As of %1.").arg(longDate(l, data.asOf));
    }
    // The headline uses the table's definition of "current" (the last four weeks up to the as-of date), so the
    // sentence never contradicts the table under it.
    const Metrics::RecentFigures &r = m.recent;
    if (r.activeRate && r.weeklyActiveUsers) {
        const double mean = *r.weeklyActiveUsers;
        const QString active =
            std::abs(mean - std::round(mean)) < 0.05 ? number(l, qRound64(mean)) : l.toString(mean, 'f', 1);
        lead += u' ' + QCoreApplication::translate("Uptake::Report",
                                                   "Over the last four weeks (%1 to %2), on average %3 of the %4 "
                                                   "learners in the cohort were active each week (%5).")
                           .arg(date(l, r.from), date(l, r.to), active, number(l, m.learners), pct(l, *r.activeRate));
        if (r.completionRate)
            lead +=
                u' ' + QCoreApplication::translate("Uptake::Report",
                                                   "Of the %1 learner–course pairs with activity in those weeks, "
                                                   "%2 (%3) had a completion in them.")
                           .arg(number(l, r.completionPairs), number(l, r.completedPairs), pct(l, *r.completionRate));
    }
    doc.addParagraph(lead);

    const QList<KpiLine> lines = kpiLines();
    Table t;
    t.name = u"kpi_summary"_s;
    t.caption = QCoreApplication::translate("Uptake::Report", "Key indicators against the 30/60/90-day targets");
    t.columns = {col(QCoreApplication::translate("Uptake::Report", "Indicator"), 2.2),
                 numCol(QCoreApplication::translate("Uptake::Report", "Baseline")),
                 numCol(QCoreApplication::translate("Uptake::Report", "Current")),
                 numCol(QCoreApplication::translate("Uptake::Report", "Next target"), 1.25),
                 col(QCoreApplication::translate("Uptake::Report", "Checkpoint"), 1.1),
                 col(QCoreApplication::translate("Uptake::Report", "Status"), 1.25)};
    if (lines.isEmpty()) {
        // No targets yet: still show where the headline figures stand.
        const Metrics::Comparison *c = m.comparison ? &*m.comparison : nullptr;
        auto row = [&](const QString &label, const QString &kpi, std::optional<double> baseline, double current) {
            TableCell status = cell(QCoreApplication::translate("Uptake::Report", "No target"));
            status.badge = statusColor(Metrics::TargetStatus::NotDue);
            t.rows << QList<TableCell>{cell(label),
                                       baseline ? cell(formatKpi(kpi, *baseline, l), rawNumber(*baseline))
                                                : cell(u"—"_s),
                                       cell(formatKpi(kpi, current, l), rawNumber(current)),
                                       cell(u"—"_s),
                                       cell(u"—"_s),
                                       status};
            t.details << QString();
        };
        // "Current" as with targets: the last four weeks (the whole window's figures are in the charts).
        row(QCoreApplication::translate("Uptake::Report", "Weekly active users"), u"weekly_active_users"_s,
            std::nullopt, r.weeklyActiveUsers.value_or(0));
        row(QCoreApplication::translate("Uptake::Report", "Weekly active rate"), u"active_rate"_s,
            c ? std::optional<double>(c->pilot.baselineActiveRate) : std::nullopt, r.activeRate.value_or(0));
        row(QCoreApplication::translate("Uptake::Report", "Completion rate"), u"completion_rate"_s,
            c ? std::optional<double>(c->pilot.baselineCompletionRate) : std::nullopt, r.completionRate.value_or(0));
        t.note = currentNote() + u' ' +
                 (data.pilot.id
                      ? QCoreApplication::translate(
                            "Uptake::Report",
                            "No targets are set for this pilot yet: set them on the Pilot page to see each "
                            "indicator's status against its 30/60/90-day checkpoints.")
                      : QCoreApplication::translate(
                            "Uptake::Report",
                            "There is no pilot yet: create one on the Pilot page first, then set its targets to see "
                            "each indicator's status against its 30/60/90-day checkpoints. The sections on PLAN "
                            "cycles, governance and the 30/60/90-day plan appear once there is a pilot."));
    } else {
        for (const KpiLine &line : lines) {
            TableCell status = cell(statusText(line.status), Metrics::targetStatusKey(line.status));
            status.badge = statusColor(line.status);
            t.rows << QList<TableCell>{
                cell(line.label, line.kpi),
                cell(formatKpi(line.kpi, line.baseline, l), rawNumber(line.baseline)),
                cell(formatKpi(line.kpi, line.current, l), rawNumber(line.current)),
                line.next ? cell(formatKpi(line.kpi, *line.next->target, l), rawNumber(*line.next->target))
                          : cell(u"—"_s),
                line.next ? cell(QCoreApplication::translate("Uptake::Report", "day %1 (%2)")
                                     .arg(line.next->day)
                                     .arg(date(l, line.next->date)),
                                 QString::number(line.next->day))
                          : cell(u"—"_s),
                status};
            t.details << kpiSentence(line, l);
        }
        t.note = currentNote() + u' ' +
                 QCoreApplication::translate(
                     "Uptake::Report",
                     "Status compares the current value with the pace from the baseline to the targets on the as-of "
                     "date: on track when it meets the pace, at risk when it falls short by no more than the "
                     "indicator's tolerance, off track otherwise.");
    }
    doc.addTable(t);

    // What needs the board's attention, in a few bullets.
    QStringList attention;
    for (const KpiLine &line : lines)
        if (line.status == Metrics::TargetStatus::OffTrack)
            attention << QCoreApplication::translate("Uptake::Report", "%1 is off track.").arg(line.label);
    if (data.plan) {
        int overdue = 0;
        for (const Action &a : data.plan->actions)
            overdue += a.isOverdue(data.asOf) ? 1 : 0;
        if (overdue)
            attention << tn(QT_TRANSLATE_N_NOOP("Uptake::Report", "Overdue actions in the 30/60/90-day plan: %n."),
                            overdue);
        int pending = 0;
        for (const Journey::RetirementCandidate &c : data.plan->retirementCandidates)
            pending += c.decision.verdict == RetirementVerdict::Pending ? 1 : 0;
        if (pending)
            attention << tn(QT_TRANSLATE_N_NOOP("Uptake::Report", "Courses awaiting a retirement decision: %n."),
                            pending);
        int proposed = 0;
        for (const Decision &d : data.plan->decisions)
            proposed += d.status == DecisionStatus::Proposed ? 1 : 0;
        if (proposed)
            attention << tn(QT_TRANSLATE_N_NOOP("Uptake::Report", "Proposed decisions waiting for the board: %n."),
                            proposed);
    }
    if (!m.underEngaged.isEmpty())
        attention << tn(QT_TRANSLATE_N_NOOP("Uptake::Report", "Under-engaged groups of learners: %n."),
                        int(m.underEngaged.size()));
    if (!attention.isEmpty()) {
        doc.addHeading(QCoreApplication::translate("Uptake::Report", "For the board's attention"), 2);
        for (const QString &a : attention)
            doc.addParagraph(u"•  "_s + a);
    }
}

void Builder::charts()
{
    doc.addHeading(reportSectionLabel(ReportSection::Charts));
    const Metrics::MetricSet &m = data.metrics;
    if (m.weeks.isEmpty())
        return; // no usage data: an empty frame says nothing (the section is left out)

    // Weekly activity against the targets.
    const Metrics::KpiTarget *target = nullptr;
    for (const Metrics::KpiTarget &t : m.targets)
        if (t.kpi == u"active_rate"_s || (!target && t.kpi == u"weekly_active_users"_s))
            target = &t;
    const bool asRate = !target || target->kpi == u"active_rate"_s;
    Charts::TrendSpec spec;
    spec.from = m.from;
    spec.to = m.to;
    spec.percent = asRate;
    Charts::TrendSeries actual{asRate ? QCoreApplication::translate("Uptake::Report", "Active rate of the cohort")
                                      : QCoreApplication::translate("Uptake::Report", "Weekly active users"),
                               Colors::Accent,
                               {},
                               false,
                               false};
    for (const Metrics::Week &w : m.weeks)
        actual.points << qMakePair(w.start.addDays(3), asRate ? w.rate : double(w.active));
    spec.series << actual;
    if (target && data.pilot.startDate.isValid()) {
        Charts::TrendSeries pace{
            QCoreApplication::translate("Uptake::Report", "Pace to the targets"), Colors::Neutral, {}, true, false};
        for (const QPointF &p : target->pace)
            pace.points << qMakePair(data.pilot.startDate.addDays(qint64(p.x())), p.y());
        Charts::TrendSeries targets{
            QCoreApplication::translate("Uptake::Report", "30/60/90-day targets"), Colors::Warn, {}, false, true};
        for (const Metrics::Checkpoint &c : target->checkpoints)
            if (c.target)
                targets.points << qMakePair(c.date, *c.target);
        // Show the targets even when they lie after the as-of date.
        for (const auto &[d, v] : std::as_const(targets.points))
            spec.to = std::max(spec.to, d);
        spec.series << pace << targets;
    }
    spec.annotations = m.annotations;
    // "against the targets" only when there are targets to be against.
    doc.addHeading(!target  ? QCoreApplication::translate("Uptake::Report", "Weekly active rate")
                   : asRate ? QCoreApplication::translate("Uptake::Report", "Weekly active rate against the targets")
                            : QCoreApplication::translate("Uptake::Report", "Weekly active users against the targets"),
                   2);
    Chart trendChart;
    trendChart.heightMm = 72;
    trendChart.paint = Charts::trend(spec, family, l);
    trendChart.caption =
        (target ? tn(QT_TRANSLATE_N_NOOP(
                         "Uptake::Report",
                         "Share of the cohort (%n learner(s)) active each ISO week; diamonds mark the 30/60/90-day "
                         "targets, "
                         "the dashed line the pace from the baseline to them; dotted lines mark events such as "
                         "adaptations."),
                     int(m.learners))
                : tn(QT_TRANSLATE_N_NOOP(
                         "Uptake::Report",
                         "Share of the cohort (%n learner(s)) active each ISO week; dotted lines mark events such as "
                         "adaptations. No target is set for this indicator."),
                     int(m.learners)));
    if (!m.weeks.isEmpty() && m.weeks.last().start.addDays(6) > m.to)
        trendChart.caption +=
            u' ' + QCoreApplication::translate("Uptake::Report", "The last point, the week of %1, counts only the "
                                                                 "days up to %2.")
                       .arg(date(l, m.weeks.last().start), date(l, m.to));
    if (m.learners < SmallSample)
        trendChart.caption +=
            u' ' + QCoreApplication::translate("Uptake::Report",
                                               "Small cohort: a few people change the rate by several points.");
    doc.addChart(trendChart);

    // Completion by course.
    if (!m.byCourse.isEmpty()) {
        doc.addHeading(QCoreApplication::translate("Uptake::Report", "Completion by course"), 2);
        QList<Charts::Bar> bars;
        int small = 0;
        for (const Metrics::CourseCompletion &c : m.byCourse.mid(0, 12)) {
            const bool isSmall = c.learners < SmallSample;
            small += isSmall ? 1 : 0;
            bars << Charts::Bar{c.course, c.rate,
                                QCoreApplication::translate("Uptake::Report", "%1 (%2 of %3)%4")
                                    .arg(pct(l, c.rate, 0), number(l, c.completed), number(l, c.learners),
                                         isSmall ? u" *"_s : QString())};
        }
        Chart chart;
        chart.heightMm = std::min(20.0 + 6.0 * bars.size(), 90.0);
        chart.paint = Charts::horizontalBars(bars, true, Colors::Accent, family, l);
        chart.caption = tn(QT_TRANSLATE_N_NOOP(
                               "Uptake::Report",
                               "The %n course(s) with the most learners from %1 to %2: learners who completed in that "
                               "period ÷ learners with any activity in the course in it."),
                           int(bars.size()))
                            .arg(date(l, m.from), date(l, m.to));
        if (small)
            chart.caption +=
                u' ' + QCoreApplication::translate("Uptake::Report", "* fewer than %1 learners: read with care.")
                           .arg(SmallSample);
        doc.addChart(chart);
    }

    // Heatmap.
    if (!m.courseHeatmap.rows.isEmpty() && !m.courseHeatmap.weeks.isEmpty()) {
        doc.addHeading(QCoreApplication::translate("Uptake::Report", "Content consumption by week"), 2);
        Chart chart;
        const int rows = std::min<int>(14, int(m.courseHeatmap.rows.size()));
        chart.heightMm = std::min(26.0 + 5.0 * rows, 100.0);
        chart.paint = Charts::heatmap(m.courseHeatmap, rows, family, l);
        chart.caption = QCoreApplication::translate(
            "Uptake::Report", "Distinct learners active in each course per week, busiest courses first. Pale cells: "
                              "content nobody went to that week.");
        doc.addChart(chart);
    }

    // Drop-off.
    QList<std::pair<const Metrics::CourseDropOff *, const Metrics::DropOffPoint *>> points;
    for (const Metrics::CourseDropOff &c : m.dropOff)
        if (!c.points.isEmpty())
            points.append({&c, &c.points.first()});
    std::sort(points.begin(), points.end(),
              [](const auto &a, const auto &b) { return a.second->learners > b.second->learners; });
    if (!points.isEmpty()) {
        doc.addHeading(QCoreApplication::translate("Uptake::Report", "Where learners stop"), 2);
        Table t;
        t.name = u"drop_off"_s;
        t.columns = {col(QCoreApplication::translate("Uptake::Report", "Course"), 2.4),
                     col(QCoreApplication::translate("Uptake::Report", "Where most non-finishers stopped"), 2.4),
                     numCol(QCoreApplication::translate("Uptake::Report", "Started"), 0.9),
                     numCol(QCoreApplication::translate("Uptake::Report", "Not completed"), 1.1),
                     numCol(QCoreApplication::translate("Uptake::Report", "Stopped there"), 1.1)};
        for (const auto &[course, point] : points.mid(0, 8))
            t.rows << QList<TableCell>{
                cell(course->course),
                cell(point->content.isEmpty() ? QCoreApplication::translate("Uptake::Report", "the course page itself")
                                              : point->content),
                numberCell(l, course->started), numberCell(l, course->notCompleted),
                cell(QCoreApplication::translate("Uptake::Report", "%1 (%2)")
                         .arg(number(l, point->learners), pct(l, point->share, 0)),
                     rawNumber(point->share))};
        t.note = QCoreApplication::translate(
            "Uptake::Report",
            "For learners who started a course and did not complete it in the window: the content item of their "
            "last activity. A long module here is a candidate for splitting.");
        doc.addTable(t);
    }

    // Learning and performance.
    const Metrics::Correlation &c = m.correlation;
    if (c.n >= 3 && c.pearson) {
        doc.addHeading(QCoreApplication::translate("Uptake::Report", "Learning and performance"), 2);
        const QString activity = c.activity == Metrics::Activity::Minutes
                                     ? QCoreApplication::translate("Uptake::Report", "learning minutes in the window")
                                     : QCoreApplication::translate("Uptake::Report", "learning events in the window");
        Chart chart;
        chart.heightMm = 70;
        chart.paint = Charts::scatter(c, activity, family, l);
        chart.caption = QCoreApplication::translate(
                            "Uptake::Report",
                            "Each dot is a learner: %1 (across) against the mean of “%2” (up), with the least-squares "
                            "line. r = %3 (95% confidence interval %4 to %5), Spearman ρ = %6, n = %7.")
                            .arg(activity, c.kpi, l.toString(*c.pearson, 'f', 2),
                                 l.toString(c.ciLow.value_or(0), 'f', 2), l.toString(c.ciHigh.value_or(0), 'f', 2),
                                 l.toString(c.spearman.value_or(0), 'f', 2), number(l, c.n));
        chart.caption += u' ' + QCoreApplication::translate(
                                    "Uptake::Report",
                                    "Correlation is not causation: people who learn more may differ in other ways.");
        if (c.smallN)
            chart.caption +=
                u' ' + QCoreApplication::translate("Uptake::Report",
                                                   "Small sample (n < %1): the interval is wide and r may not hold.")
                           .arg(m.correlation.n < SmallSample ? SmallSample : 30);
        doc.addChart(chart);
    }

    // Pilot against the rest.
    if (m.comparison) {
        const Metrics::Comparison &cmp = *m.comparison;
        doc.addHeading(
            QCoreApplication::translate("Uptake::Report", "The pilot cohort against the rest of the organisation"), 2);
        Chart chart;
        chart.heightMm = 58;
        chart.paint = Charts::groupedBars({{QCoreApplication::translate("Uptake::Report", "Active rate — pilot cohort"),
                                            {cmp.pilot.baselineActiveRate, cmp.pilot.activeRate}},
                                           {QCoreApplication::translate("Uptake::Report", "Active rate — rest"),
                                            {cmp.rest.baselineActiveRate, cmp.rest.activeRate}},
                                           {QCoreApplication::translate("Uptake::Report", "Completion — pilot cohort"),
                                            {cmp.pilot.baselineCompletionRate, cmp.pilot.completionRate}},
                                           {QCoreApplication::translate("Uptake::Report", "Completion — rest"),
                                            {cmp.rest.baselineCompletionRate, cmp.rest.completionRate}}},
                                          {QCoreApplication::translate("Uptake::Report", "4 weeks before the start"),
                                           QCoreApplication::translate("Uptake::Report", "Since the start")},
                                          {QColor(0xa9, 0xb8, 0xcc), Colors::Accent}, family, l);
        auto signedPoints = [this](double v) -> QString {
            return (v >= 0 ? u"+"_s : QString()) + l.toString(v * 100, 'f', 1);
        };
        chart.caption =
            QCoreApplication::translate("Uptake::Report",
                                        "Before: the four weeks before the start, %1 to %2. Since the start: %3 to %4 "
                                        "(these rates cover the whole pilot so far, not only the last four weeks "
                                        "of the summary table).")
                .arg(date(l, cmp.baselineFrom), date(l, cmp.baselineTo), date(l, cmp.from), date(l, cmp.to)) +
            u' ' +
            QCoreApplication::translate(
                "Uptake::Report",
                "Pilot cohort: %1 learners; rest of the organisation: %2. Difference in differences: active "
                "rate %3 points, completion %4 points. The cohort was not chosen at random, so other "
                "differences between the groups may explain part of the gap.")
                .arg(number(l, cmp.pilot.size), number(l, cmp.rest.size), signedPoints(cmp.activeRateDid),
                     signedPoints(cmp.completionRateDid));
        doc.addChart(chart);
    }
}

void Builder::cycles()
{
    if (!data.plan)
        return; // nothing to report without a pilot: no heading, no line in the contents
    doc.addHeading(reportSectionLabel(ReportSection::Cycles));
    const PlanDocument &plan = *data.plan;
    doc.addParagraph(
        QCoreApplication::translate("Uptake::Report", "What the pilot team launched, heard and changed %1, up to %2.")
            .arg(sinceText(), date(l, data.asOf)));
    bool any = false;
    for (const PlanDocument::Cycle &c : plan.cycles) {
        QList<FeedbackItem> feedback;
        for (const FeedbackItem &f : c.feedback)
            if (inPeriod(f.date, data.since, data.asOf))
                feedback << f;
        QList<std::pair<Adaptation, Journey::AdaptationEffect>> adaptations;
        for (const auto &a : c.adaptations)
            if (inPeriod(a.first.date, data.since, data.asOf))
                adaptations << a;
        const bool overlaps = c.cycle.startDate.isValid() && c.cycle.startDate <= data.asOf &&
                              (!c.cycle.endDate.isValid() || c.cycle.endDate > data.since);
        if (feedback.isEmpty() && adaptations.isEmpty() && !overlaps)
            continue;
        any = true;
        doc.addHeading(QCoreApplication::translate("Uptake::Report", "Cycle %1 (%2 to %3)")
                           .arg(c.cycle.number)
                           .arg(date(l, c.cycle.startDate), date(l, c.cycle.endDate)),
                       2);
        if (!c.cycle.notes.isEmpty())
            doc.addParagraph(c.cycle.notes);
        if (!feedback.isEmpty()) {
            Table t;
            t.name = u"feedback_themes_cycle_%1"_s.arg(c.cycle.number);
            t.caption = QCoreApplication::translate("Uptake::Report", "Feedback themes");
            t.columns = {col(QCoreApplication::translate("Uptake::Report", "Theme"), 2),
                         numCol(QCoreApplication::translate("Uptake::Report", "Mentions"), 0.8),
                         numCol(QCoreApplication::translate("Uptake::Report", "Positive"), 0.8),
                         numCol(QCoreApplication::translate("Uptake::Report", "Negative"), 0.8),
                         col(QCoreApplication::translate("Uptake::Report", "In their words"), 3.2)};
            for (const auto &[theme, count] : Journey::themeCounts(feedback)) {
                int positive = 0, negative = 0;
                QString quote;
                for (const FeedbackItem &f : feedback) {
                    if (f.theme != theme)
                        continue;
                    positive += f.sentiment == Sentiment::Positive ? 1 : 0;
                    negative += f.sentiment == Sentiment::Negative ? 1 : 0;
                    if (quote.isEmpty() && !f.quote.isEmpty())
                        quote = QCoreApplication::translate("Uptake::Report", "“%1”").arg(f.quote);
                }
                t.rows << QList<TableCell>{
                    cell(theme.isEmpty() ? QCoreApplication::translate("Uptake::Report", "(no theme)") : theme),
                    numberCell(l, count), numberCell(l, positive), numberCell(l, negative), cell(quote)};
            }
            doc.addTable(t);
        }
        if (!adaptations.isEmpty()) {
            Table t;
            t.name = u"adaptations_cycle_%1"_s.arg(c.cycle.number);
            t.caption = QCoreApplication::translate("Uptake::Report", "Adaptations and their measured effect");
            t.columns = {dateColumn(),
                         col(QCoreApplication::translate("Uptake::Report", "Change"), 3),
                         col(QCoreApplication::translate("Uptake::Report", "Measured by"), 1.4),
                         numCol(QCoreApplication::translate("Uptake::Report", "Before"), 0.9),
                         numCol(QCoreApplication::translate("Uptake::Report", "After"), 0.9),
                         col(QCoreApplication::translate("Uptake::Report", "Effect"), 1.9)};
            bool smallSample = false;
            for (const auto &[a, e] : adaptations) {
                const auto before = e.before.rate(), after = e.after.rate();
                smallSample = smallSample || (e.measurable() && std::min(e.before.n, e.after.n) < SmallSample);
                t.rows << QList<TableCell>{
                    dateCell(l, a.date),
                    cell(a.description),
                    cell(adaptationKpiLabel(a.kpi)),
                    before ? cell(QCoreApplication::translate("Uptake::Report", "%1 (n\u00a0=\u00a0%2)")
                                      .arg(pct(l, *before, 0), number(l, e.before.n)),
                                  rawNumber(*before))
                           : cell(u"—"_s),
                    after ? cell(QCoreApplication::translate("Uptake::Report", "%1 (n\u00a0=\u00a0%2)")
                                     .arg(pct(l, *after, 0), number(l, e.after.n)),
                                 rawNumber(*after))
                          : cell(u"—"_s),
                    cell(e.label())};
            }
            t.note = QCoreApplication::translate(
                "Uptake::Report",
                "Each adaptation is measured in equal windows before and after its date. A before/after change "
                "is not proof that the adaptation caused it: other things changed at the same time.");
            if (smallSample)
                t.note += u' ' + QCoreApplication::translate(
                                     "Uptake::Report",
                                     "Some windows hold fewer than %1 learners: read those effects with care.")
                                     .arg(SmallSample);
            doc.addTable(t);
        }
        if (feedback.isEmpty() && adaptations.isEmpty())
            doc.addParagraph(QCoreApplication::translate(
                "Uptake::Report", "No feedback or adaptation was recorded in this cycle during the period."));
    }
    if (!any)
        doc.addParagraph(QCoreApplication::translate(
            "Uptake::Report", "No PLAN cycle was active, and no feedback or adaptation was recorded, in the period."));
}

void Builder::governance()
{
    if (!data.plan)
        return; // nothing to report without a pilot: no heading, no line in the contents
    doc.addHeading(reportSectionLabel(ReportSection::Governance));
    const PlanDocument &plan = *data.plan;
    // Decisions in the period.
    QList<Decision> decisions;
    for (const Decision &d : plan.decisions)
        if (inPeriod(d.date, data.since, data.asOf) || (d.status == DecisionStatus::Proposed && d.date <= data.asOf))
            decisions << d;
    doc.addHeading(QCoreApplication::translate("Uptake::Report", "Decisions"), 2);
    if (decisions.isEmpty()) {
        doc.addParagraph(
            QCoreApplication::translate("Uptake::Report", "No decision was recorded %1.").arg(sinceText()));
    } else {
        Table t;
        t.name = u"decisions"_s;
        t.columns = {dateColumn(), col(QCoreApplication::translate("Uptake::Report", "Decision"), 3.6),
                     col(QCoreApplication::translate("Uptake::Report", "Owner"), 1.4),
                     col(QCoreApplication::translate("Uptake::Report", "Status"), 1.2)};
        for (const Decision &d : decisions) {
            t.rows << QList<TableCell>{dateCell(l, d.date), cell(d.decision), cell(d.owner),
                                       cell(decisionStatusLabel(d.status), decisionStatusKey(d.status))};
            QString detail = d.rationale.isEmpty()
                                 ? QString()
                                 : QCoreApplication::translate("Uptake::Report", "Rationale: %1").arg(d.rationale);
            if (!d.evidence.isEmpty()) {
                QStringList labels;
                for (const EvidenceLink &e : d.evidence)
                    labels << e.label;
                detail += (detail.isEmpty() ? QString() : u"  "_s) +
                          QCoreApplication::translate("Uptake::Report", "Evidence: %1").arg(labels.join(u"; "_s));
            }
            t.details << detail;
        }
        t.note = QCoreApplication::translate("Uptake::Report", "Decisions made %1, and proposals still open.")
                     .arg(sinceText());
        doc.addTable(t);
    }
    // Retirement candidates awaiting a decision.
    doc.addHeading(QCoreApplication::translate("Uptake::Report", "Content awaiting a retirement decision"), 2);
    QList<Journey::RetirementCandidate> pending;
    for (const Journey::RetirementCandidate &c : plan.retirementCandidates)
        if (c.decision.verdict == RetirementVerdict::Pending)
            pending << c;
    if (pending.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate("Uptake::Report",
                                                     "No course flagged by the retirement policy awaits a decision."));
    } else {
        Table t;
        t.name = u"retirement_candidates"_s;
        t.columns = {col(QCoreApplication::translate("Uptake::Report", "Course"), 2.4),
                     col(QCoreApplication::translate("Uptake::Report", "Why it is flagged"), 3.4),
                     numCol(QCoreApplication::translate("Uptake::Report", "Learners"), 0.9),
                     col(QCoreApplication::translate("Uptake::Report", "Last used"), 1.1)};
        for (const Journey::RetirementCandidate &c : pending)
            t.rows << QList<TableCell>{
                cell(c.usage.name), cell(c.reasons.join(u" "_s)), numberCell(l, c.usage.learners),
                c.usage.lastAccess.isValid() ? dateCell(l, c.usage.lastAccess)
                                             : cell(QCoreApplication::translate("Uptake::Report", "never"))};
        doc.addTable(t);
    }
    // Release calendar.
    doc.addHeading(QCoreApplication::translate("Uptake::Report", "Next releases"), 2);
    QList<Release> next;
    for (const Release &r : plan.releases)
        if (!r.released && r.plannedDate.isValid() && r.plannedDate > data.asOf)
            next << r;
    if (next.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate("Uptake::Report", "No content release is planned after %1.")
                             .arg(date(l, data.asOf)));
    } else {
        Table t;
        t.name = u"releases"_s;
        t.columns = {dateColumn(), col(QCoreApplication::translate("Uptake::Report", "Release"), 2.2),
                     col(QCoreApplication::translate("Uptake::Report", "Content"), 3),
                     col(QCoreApplication::translate("Uptake::Report", "Cadence"), 1)};
        for (const Release &r : next.mid(0, 6))
            t.rows << QList<TableCell>{dateCell(l, r.plannedDate), cell(r.title), cell(r.content),
                                       cell(releaseCadenceLabel(r.cadence), releaseCadenceKey(r.cadence))};
        doc.addTable(t);
    }
}

void Builder::plan()
{
    if (!data.plan)
        return; // nothing to report without a pilot: no heading, no line in the contents
    doc.addHeading(reportSectionLabel(ReportSection::Plan));
    const PlanDocument &plan = *data.plan;
    const QList<Journey::BucketProgress> buckets = Journey::bucketProgress(plan.actions, data.asOf);
    Table t;
    t.name = u"plan_buckets"_s;
    t.caption = QCoreApplication::translate("Uptake::Report", "Progress by bucket as of %1").arg(date(l, data.asOf));
    t.columns = {col(QCoreApplication::translate("Uptake::Report", "Bucket"), 2),
                 col(QCoreApplication::translate("Uptake::Report", "Due by"), 1.3),
                 numCol(QCoreApplication::translate("Uptake::Report", "Actions")),
                 numCol(QCoreApplication::translate("Uptake::Report", "Done")),
                 numCol(QCoreApplication::translate("Uptake::Report", "Overdue")),
                 numCol(QCoreApplication::translate("Uptake::Report", "Progress"))};
    for (const Journey::BucketProgress &b : buckets) {
        TableCell overdue = numberCell(l, b.overdue);
        overdue.bold = b.overdue > 0;
        t.rows << QList<TableCell>{cell(QCoreApplication::translate("Uptake::Report", "First %1 days").arg(b.bucket),
                                        QString::number(b.bucket)),
                                   data.pilot.startDate.isValid() ? dateCell(l, data.pilot.startDate.addDays(b.bucket))
                                                                  : cell(u"—"_s),
                                   numberCell(l, b.total),
                                   numberCell(l, b.done),
                                   overdue,
                                   pctCell(l, b.share(), 0)};
    }
    t.note = QCoreApplication::translate(
        "Uptake::Report",
        "Dropped actions are not counted. Overdue: open or in progress with a due date before the as-of date.");
    doc.addTable(t);

    QList<Action> open;
    for (const Action &a : plan.actions)
        if (!a.isClosed())
            open << a;
    std::stable_sort(open.begin(), open.end(), [this](const Action &a, const Action &b) {
        const bool ao = a.isOverdue(data.asOf), bo = b.isOverdue(data.asOf);
        if (ao != bo)
            return ao;
        return a.dueDate < b.dueDate;
    });
    if (open.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate("Uptake::Report", "Every action of the plan is done or dropped."));
        return;
    }
    Table actions;
    actions.name = u"open_actions"_s;
    actions.caption = QCoreApplication::translate("Uptake::Report", "Open actions, overdue first");
    actions.columns = {col(QCoreApplication::translate("Uptake::Report", "Action"), 3.4),
                       numCol(QCoreApplication::translate("Uptake::Report", "Bucket"), 0.8),
                       col(QCoreApplication::translate("Uptake::Report", "Owner"), 1.5),
                       dateCol(QCoreApplication::translate("Uptake::Report", "Due"), 1.1),
                       col(QCoreApplication::translate("Uptake::Report", "Status"), 1.4)};
    for (const Action &a : open) {
        TableCell status = cell(actionStatusLabel(a.status), actionStatusKey(a.status));
        if (a.isOverdue(data.asOf)) {
            status.text =
                tn(QT_TRANSLATE_N_NOOP("Uptake::Report", "Overdue by %n day(s)"), int(a.dueDate.daysTo(data.asOf)));
            status.badge = Colors::Bad;
        }
        actions.rows << QList<TableCell>{
            cell(a.title), cell(number(l, a.bucket), QString::number(a.bucket)),
            cell(a.owner.isEmpty() ? QCoreApplication::translate("Uptake::Report", "(no owner)") : a.owner),
            dateCell(l, a.dueDate), status};
    }
    doc.addTable(actions);

    // Owners at a glance.
    QMap<QString, QPair<int, int>> owners; // owner → (open, overdue)
    for (const Action &a : open) {
        auto &o = owners[a.owner.isEmpty() ? QCoreApplication::translate("Uptake::Report", "(no owner)") : a.owner];
        ++o.first;
        o.second += a.isOverdue(data.asOf) ? 1 : 0;
    }
    Table byOwner;
    byOwner.name = u"actions_by_owner"_s;
    byOwner.caption = QCoreApplication::translate("Uptake::Report", "Open actions by owner");
    byOwner.columns = {col(QCoreApplication::translate("Uptake::Report", "Owner"), 3),
                       numCol(QCoreApplication::translate("Uptake::Report", "Open")),
                       numCol(QCoreApplication::translate("Uptake::Report", "Overdue"))};
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        byOwner.rows << QList<TableCell>{cell(it.key()), numberCell(l, it->first), numberCell(l, it->second)};
    doc.addTable(byOwner);
}

void Builder::risks()
{
    doc.addHeading(reportSectionLabel(ReportSection::Risks));
    const Metrics::MetricSet &m = data.metrics;
    doc.addHeading(QCoreApplication::translate("Uptake::Report", "Under-engaged groups"), 2);
    if (m.underEngaged.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate(
            "Uptake::Report", "No group of three or more people is markedly less active than the cohort over the last "
                              "two weeks."));
    } else {
        Table t;
        t.name = u"under_engaged_groups"_s;
        t.columns = {col(QCoreApplication::translate("Uptake::Report", "Attribute"), 1.3),
                     col(QCoreApplication::translate("Uptake::Report", "Group"), 2.2),
                     numCol(QCoreApplication::translate("Uptake::Report", "People")),
                     numCol(QCoreApplication::translate("Uptake::Report", "Active (2 weeks)"), 1.3),
                     numCol(QCoreApplication::translate("Uptake::Report", "Active rate")),
                     numCol(QCoreApplication::translate("Uptake::Report", "Cohort rate"))};
        for (const Metrics::GroupEngagement &g : m.underEngaged.mid(0, 15))
            t.rows << QList<TableCell>{cell(g.attribute),     cell(g.value),
                                       numberCell(l, g.size), numberCell(l, g.active),
                                       pctCell(l, g.rate, 0), pctCell(l, g.organisationRate, 0)};
        t.note =
            QCoreApplication::translate(
                "Uptake::Report",
                "Groups of at least three people by a roster attribute whose active rate over the last two weeks is "
                "below %1 or below half the cohort's.")
                .arg(pct(l, data.filter.underEngagedThreshold, 0));
        if (m.underEngaged.size() > 15)
            t.note += u' ' + tn(QT_TRANSLATE_N_NOOP("Uptake::Report", "Not listed: %n more group(s)."),
                                int(m.underEngaged.size() - 15));
        doc.addTable(t);
    }

    doc.addHeading(QCoreApplication::translate("Uptake::Report", "Learners who stopped engaging"), 2);
    if (m.stoppedEngaging.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate(
            "Uptake::Report",
            "Nobody who was active in at least two of the four weeks before the last two went quiet."));
    } else {
        QMap<QString, int> byDepartment;
        for (const Metrics::StoppedLearner &s : m.stoppedEngaging)
            ++byDepartment[s.department.isEmpty() ? QCoreApplication::translate("Uptake::Report", "(no department)")
                                                  : s.department];
        doc.addParagraph(
            tn(QT_TRANSLATE_N_NOOP(
                   "Uptake::Report",
                   "Learners who were active in at least two of the four weeks before the last two and not "
                   "since: %n."),
               int(m.stoppedEngaging.size())));
        Table t;
        t.name = u"stopped_engaging_by_group"_s;
        t.columns = {col(QCoreApplication::translate("Uptake::Report", "Department"), 3),
                     numCol(QCoreApplication::translate("Uptake::Report", "Learners"))};
        for (auto it = byDepartment.cbegin(); it != byDepartment.cend(); ++it)
            t.rows << QList<TableCell>{cell(it.key()), numberCell(l, it.value())};
        if (!data.request.includeNames)
            t.note = QCoreApplication::translate(
                "Uptake::Report", "Counts only: names are left out of this report (they can be included on request).");
        doc.addTable(t);
        if (data.request.includeNames) {
            Table names;
            names.name = u"stopped_engaging_learners"_s;
            names.caption = QCoreApplication::translate(
                "Uptake::Report", "Learners who stopped engaging (names included at the author's request)");
            names.columns = {col(QCoreApplication::translate("Uptake::Report", "Learner"), 2.4),
                             col(QCoreApplication::translate("Uptake::Report", "Department"), 2),
                             numCol(QCoreApplication::translate("Uptake::Report", "Active weeks"), 1.1),
                             col(QCoreApplication::translate("Uptake::Report", "Last active"), 1.2)};
            for (const Metrics::StoppedLearner &s : m.stoppedEngaging)
                names.rows << QList<TableCell>{cell(s.name), cell(s.department), numberCell(l, s.activeWeeks),
                                               dateCell(l, s.lastActive)};
            doc.addTable(names);
        }
    }

    doc.addHeading(QCoreApplication::translate("Uptake::Report", "Data quality"), 2);
    const DataQuality &q = data.quality;
    QStringList notes;
    if (q.weeksWithoutActivity.isEmpty()) {
        notes << QCoreApplication::translate("Uptake::Report", "Every week in the window has recorded activity.");
    } else {
        notes << tn(QT_TRANSLATE_N_NOOP(
                        "Uptake::Report",
                        "%n week(s) without any recorded activity in the cohort (%1): a gap in the export or a "
                        "holiday? Rates for those weeks are shown as zero."),
                    int(q.weeksWithoutActivity.size()))
                     .arg(dateRanges(q.weeksWithoutActivity, 7, l));
    }
    notes << (q.rejectedRows > 0
                  ? tn(QT_TRANSLATE_N_NOOP(
                           "Uptake::Report",
                           "Rows rejected by the imports: %n. They are in no figure; the appendix lists them per "
                           "import."),
                       int(q.rejectedRows))
                  : QCoreApplication::translate("Uptake::Report", "No imported row was rejected."));
    if (q.estimatedDurations)
        notes << tn(QT_TRANSLATE_N_NOOP(
                        "Uptake::Report",
                        "Learning time is estimated from the gaps between events (a gap under %n minute(s) counts as "
                        "learning): the export has no duration column."),
                    q.sessionTimeout);
    if (!q.hasRoster)
        notes << QCoreApplication::translate(
            "Uptake::Report",
            "No roster is imported: the cohort is everyone seen in the data, so people who never signed in are "
            "not counted and active rates are overstated.");
    if (q.asOfAfterData)
        notes << QCoreApplication::translate(
                     "Uptake::Report",
                     "The as-of date lies after the last day with data (%1): the most recent weeks may be incomplete.")
                     .arg(date(l, q.lastDataDay));
    for (const QString &n : notes)
        doc.addNote(n, Colors::Warn);
}

void Builder::appendix()
{
    doc.addHeading(reportSectionLabel(ReportSection::Appendix));
    doc.addHeading(QCoreApplication::translate("Uptake::Report", "Data sources"), 2);
    if (data.imports.isEmpty()) {
        doc.addParagraph(
            QCoreApplication::translate("Uptake::Report", "Nothing has been imported into this workspace."));
    } else {
        Table t;
        t.name = u"data_sources"_s;
        t.columns = {col(QCoreApplication::translate("Uptake::Report", "File"), 2),
                     col(QCoreApplication::translate("Uptake::Report", "Kind"), 1.4),
                     col(QCoreApplication::translate("Uptake::Report", "Format"), 1.8),
                     dateCol(QCoreApplication::translate("Uptake::Report", "Imported"), 1.8),
                     numCol(QCoreApplication::translate("Uptake::Report", "Rows"), 0.9),
                     numCol(QCoreApplication::translate("Uptake::Report", "Imported rows"), 1.2),
                     numCol(QCoreApplication::translate("Uptake::Report", "Rejected"), 1),
                     numCol(QCoreApplication::translate("Uptake::Report", "Duplicates"), 1.1)};
        for (const ImportBatch &b : data.imports)
            t.rows << QList<TableCell>{
                cell(b.fileName),
                cell(ImportsModel::kindLabel(b.kind), b.kind),
                cell(ImportsModel::formatLabel(b)),
                cell(date(l, b.importedAt.toLocalTime().date()), b.importedAt.toUTC().toString(Qt::ISODate)),
                numberCell(l, b.rowsRead),
                numberCell(l, b.imported),
                numberCell(l, b.rejected),
                numberCell(l, b.duplicates)};
        t.note = QCoreApplication::translate("Uptake::Report", "Times are in the workspace time zone %1.")
                     .arg(data.summary.timeZone);
        doc.addTable(t);
    }
    doc.addHeading(QCoreApplication::translate("Uptake::Report", "Metric definitions"), 2);
    Table defs;
    defs.name = u"metric_definitions"_s;
    defs.zebra = false;
    defs.columns = {col(QCoreApplication::translate("Uptake::Report", "Metric"), 1.4),
                    col(QCoreApplication::translate("Uptake::Report", "Definition"), 4.6)};
    for (const Metrics::Definition &d : data.definitions)
        defs.rows << QList<TableCell>{cell(d.title, d.key), cell(d.text)};
    defs.rows << QList<TableCell>{
        cell(QCoreApplication::translate("Uptake::Report", "Status in this report"), u"status"_s),
        cell(QCoreApplication::translate(
            "Uptake::Report", "On track: the current value meets the pace from the baseline to the targets on "
                              "the as-of date. At risk: short of it by no more than the indicator's "
                              "tolerance times the step from the baseline to the next target. Off track: "
                              "short by more. Not due: no target yet."))};
    for (auto &row : defs.rows)
        row.first().bold = true;
    doc.addTable(defs);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

QString statusText(Metrics::TargetStatus status)
{
    switch (status) {
    case Metrics::TargetStatus::OnTrack:
        return QCoreApplication::translate("Uptake::Report", "On track");
    case Metrics::TargetStatus::AtRisk:
        return QCoreApplication::translate("Uptake::Report", "At risk");
    case Metrics::TargetStatus::OffTrack:
        return QCoreApplication::translate("Uptake::Report", "Off track");
    case Metrics::TargetStatus::NotDue:
        break;
    }
    return QCoreApplication::translate("Uptake::Report", "Not due");
}

QColor statusColor(Metrics::TargetStatus status)
{
    switch (status) {
    case Metrics::TargetStatus::OnTrack:
        return Colors::Good;
    case Metrics::TargetStatus::AtRisk:
        return Colors::Warn;
    case Metrics::TargetStatus::OffTrack:
        return Colors::Bad;
    case Metrics::TargetStatus::NotDue:
        break;
    }
    return Colors::Neutral;
}

QString formatKpi(const QString &kpi, double value, const QLocale &locale)
{
    if (isRate(kpi))
        return Charts::percent(locale, value, 1);
    if (kpi == u"weekly_active_users"_s)
        return locale.toString(qRound64(value));
    return locale.toString(value, 'f', 1);
}

QString kpiSentence(const KpiLine &line, const QLocale &l)
{
    const QString current = formatKpi(line.kpi, line.current, l);
    if (!line.next)
        return QCoreApplication::translate("Uptake::Report", "%1 is %2; no target is set.").arg(line.label, current);
    const double target = *line.next->target;
    const QString targetText = formatKpi(line.kpi, target, l);
    const double diff = line.current - target;
    const bool met = line.higherIsBetter ? diff >= 0 : diff <= 0;
    QString gap;
    if (isRate(line.kpi)) {
        gap = QCoreApplication::translate("Uptake::Report", "%1 points").arg(l.toString(std::abs(diff) * 100, 'f', 1));
    } else if (line.kpi == u"weekly_active_users"_s) {
        gap = target != 0 ? Charts::percent(l, std::abs(diff) / std::abs(target), 0)
                          : l.toString(qRound64(std::abs(diff)));
    } else {
        gap = QCoreApplication::translate("Uptake::Report", "%1 days").arg(l.toString(std::abs(diff), 'f', 1));
    }
    QString sentence;
    if (std::abs(diff) < 1e-9)
        sentence = QCoreApplication::translate("Uptake::Report", "%1 is %2, exactly the day-%3 target.")
                       .arg(line.label, current)
                       .arg(line.next->day);
    else if (diff > 0)
        sentence = QCoreApplication::translate("Uptake::Report", "%1 is %2, %3 above the day-%4 target of %5.")
                       .arg(line.label, current, gap)
                       .arg(line.next->day)
                       .arg(targetText);
    else
        sentence = QCoreApplication::translate("Uptake::Report", "%1 is %2, %3 below the day-%4 target of %5.")
                       .arg(line.label, current, gap)
                       .arg(line.next->day)
                       .arg(targetText);
    if (line.expectedNow && !met)
        sentence += u' ' + QCoreApplication::translate("Uptake::Report", "The pace expects %1 by now.")
                               .arg(formatKpi(line.kpi, *line.expectedNow, l));
    return sentence;
}

QString dateRange(const QDate &first, const QDate &last, const QLocale &l)
{
    // The patterns are the translator's (QDate::toString() patterns; the locale gives the month names): the
    // order of day, month and year, and how a range shares its month or year, differ between languages.
    const QString day = QCoreApplication::translate(
        "Uptake::Report", "d MMM yyyy",
        "QDate::toString() pattern of a day in a date range (3 Mar 2025), and of the last day of a range; keep the "
        "letters d, M, y");
    if (first == last)
        return l.toString(first, day);
    if (first.year() == last.year() && first.month() == last.month())
        return QCoreApplication::translate("Uptake::Report", "%1–%2",
                                           "a range of days in the same month: its first day, its last day")
            .arg(l.toString(first,
                            QCoreApplication::translate("Uptake::Report", "d",
                                                        "QDate::toString() pattern of the first day of a range in "
                                                        "the same month (the 3 of 3–9 Mar 2025)")),
                 l.toString(last, day));
    const QString range = QCoreApplication::translate(
        "Uptake::Report", "%1 – %2", "a range of days across months or years: its first day, its last day");
    if (first.year() == last.year())
        return range.arg(l.toString(first, QCoreApplication::translate(
                                               "Uptake::Report", "d MMM",
                                               "QDate::toString() pattern of the first day of a range in the same "
                                               "year (the 24 Feb of 24 Feb – 9 Mar 2025)")),
                         l.toString(last, day));
    return range.arg(l.toString(first, day), l.toString(last, day));
}

QString dateRanges(QList<QDate> starts, int days, const QLocale &l)
{
    std::sort(starts.begin(), starts.end());
    QStringList ranges;
    for (qsizetype i = 0; i < starts.size();) {
        qsizetype j = i;
        while (j + 1 < starts.size() && starts.at(j).daysTo(starts.at(j + 1)) <= days)
            ++j;
        ranges << dateRange(starts.at(i), starts.at(j).addDays(days - 1), l);
        i = j + 1;
    }
    return ranges.join(u", "_s);
}

Document buildDocument(const ReportData &data, const QString &fontFamily, const QLocale &locale)
{
    Builder b{data, fontFamily, locale, {}};
    for (ReportSection s : data.request.sections) {
        const qsizetype before = b.doc.blocks().size();
        switch (s) {
        case ReportSection::Cover:
            b.cover();
            break;
        case ReportSection::Summary:
            b.summary();
            break;
        case ReportSection::Charts:
            b.charts();
            break;
        case ReportSection::Cycles:
            b.cycles();
            break;
        case ReportSection::Governance:
            b.governance();
            break;
        case ReportSection::Plan:
            b.plan();
            break;
        case ReportSection::Risks:
            b.risks();
            break;
        case ReportSection::Appendix:
            b.appendix();
            break;
        }
        // A section that renders nothing but headings is left out, with its line in the contents.
        bool empty = true;
        for (qsizetype i = before; i < b.doc.blocks().size() && empty; ++i)
            empty = b.doc.blocks().at(i).kind == Block::Kind::Heading;
        if (empty)
            b.doc.truncate(before);
    }
    return b.doc;
}

PageSetup pageSetup(const ReportData &data, QPageSize::PageSizeId pageSize, const QString &fontFamily,
                    const QLocale &locale)
{
    PageSetup s;
    s.pageSize = pageSize;
    s.fontFamily = fontFamily;
    QStringList header;
    if (!data.summary.program.organisation.isEmpty())
        header << data.summary.program.organisation;
    if (data.pilot.id)
        header << data.pilot.name;
    header << QCoreApplication::translate("Uptake::Report", "as of %1")
                  .arg(locale.toString(data.asOf, QLocale::ShortFormat));
    s.headerLeft = header.join(u"  ·  "_s);
    s.headerRight = QCoreApplication::translate("Uptake::Report", "Adoption status report");
    s.footerLeft = QCoreApplication::translate("Uptake::Report", "Prepared with Uptake %1")
                       .arg(QCoreApplication::applicationVersion());
    s.pageNumberFormat = QCoreApplication::translate("Uptake::Report", "Page %1 of %2");
    s.continuedFormat = QCoreApplication::translate("Uptake::Report", "%1 (continued)");
    return s;
}

} // namespace Uptake::Report
