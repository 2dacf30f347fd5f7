// The JSON of `uptake metrics --json` and the metric definitions shown in Help and by the CLI.

#include "metrics.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Uptake::Metrics {

namespace {

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QJsonObject heatmapJson(const Heatmap &h)
{
    QJsonArray weeks;
    for (const QDate &w : h.weeks)
        weeks.append(date(w));
    QJsonArray rows;
    for (qsizetype r = 0; r < h.rows.size(); ++r) {
        QJsonArray cells;
        for (qint64 c : h.cells.at(r))
            cells.append(c);
        rows.append(QJsonObject{{u"name"_s, h.rows.at(r)}, {u"learners"_s, cells}});
    }
    return QJsonObject{{u"weeks"_s, weeks}, {u"rows"_s, rows}};
}

} // namespace

QJsonObject toJson(const MetricSet &m)
{
    QJsonObject o;
    o.insert(u"window"_s, QJsonObject{{u"from"_s, date(m.from)}, {u"to"_s, date(m.to)}, {u"timezone"_s, m.timeZone}});
    if (!m.pilotName.isEmpty())
        o.insert(u"pilot"_s, m.pilotName);
    o.insert(u"learners"_s, m.learners);
    o.insert(u"has_roster"_s, m.hasRoster);

    QJsonArray weeks;
    for (const Week &w : m.weeks)
        weeks.append(QJsonObject{{u"week"_s, w.isoWeek},
                                 {u"start"_s, date(w.start)},
                                 {u"active"_s, w.active},
                                 {u"active_rate"_s, w.rate},
                                 {u"learning_minutes"_s, w.minutes}});
    o.insert(u"weekly_active_users"_s, weeks);

    QJsonArray courses;
    for (const CourseCompletion &c : m.byCourse)
        courses.append(QJsonObject{
            {u"course"_s, c.course}, {u"learners"_s, c.learners}, {u"completed"_s, c.completed}, {u"rate"_s, c.rate}});
    o.insert(u"completion"_s, QJsonObject{{u"overall_rate"_s, m.overallCompletion},
                                          {u"pairs"_s, m.completionPairs},
                                          {u"by_course"_s, courses}});
    const RecentFigures &r = m.recent;
    o.insert(u"recent"_s, QJsonObject{{u"from"_s, date(r.from)},
                                      {u"to"_s, date(r.to)},
                                      {u"active_rate"_s, optional(r.activeRate)},
                                      {u"weekly_active_users"_s, optional(r.weeklyActiveUsers)},
                                      {u"completion_rate"_s, optional(r.completionRate)},
                                      {u"pairs"_s, r.completionPairs},
                                      {u"completed"_s, r.completedPairs}});

    const Distribution &t = m.timeToFirstCompletion;
    o.insert(u"time_to_first_completion_days"_s,
             QJsonObject{{u"median"_s, t.n ? QJsonValue(t.median) : QJsonValue(QJsonValue::Null)},
                         {u"p25"_s, t.n ? QJsonValue(t.p25) : QJsonValue(QJsonValue::Null)},
                         {u"p75"_s, t.n ? QJsonValue(t.p75) : QJsonValue(QJsonValue::Null)},
                         {u"n"_s, t.n}});

    QJsonArray drop;
    for (const CourseDropOff &c : m.dropOff) {
        QJsonArray points;
        for (const DropOffPoint &p : c.points)
            points.append(QJsonObject{{u"content"_s, p.content},
                                      {u"position"_s, p.position >= 0 ? QJsonValue(p.position) : QJsonValue()},
                                      {u"learners"_s, p.learners},
                                      {u"share"_s, p.share}});
        QJsonArray funnel;
        for (const FunnelStep &f : c.funnel)
            funnel.append(QJsonObject{{u"content"_s, f.content},
                                      {u"position"_s, f.position},
                                      {u"reached"_s, f.reached},
                                      {u"share"_s, f.share}});
        drop.append(QJsonObject{{u"course"_s, c.course},
                                {u"started"_s, c.started},
                                {u"not_completed"_s, c.notCompleted},
                                {u"points"_s, points},
                                {u"funnel"_s, funnel}});
    }
    o.insert(u"drop_off"_s, drop);

    o.insert(u"learning_time"_s, QJsonObject{{u"minutes"_s, m.learningMinutes},
                                             {u"estimated"_s, m.learningTimeEstimated},
                                             {u"session_timeout_minutes"_s, m.sessionTimeout}});

    const Correlation &c = m.correlation;
    o.insert(
        u"learning_performance"_s,
        QJsonObject{{u"kpi"_s, c.kpi.isEmpty() ? QJsonValue() : QJsonValue(c.kpi)},
                    {u"activity"_s, c.activity == Activity::Events ? u"events"_s : u"minutes"_s},
                    {u"performance"_s,
                     c.performance == PerformanceMeasure::ChangeFromBaseline ? u"change_from_baseline"_s : u"mean"_s},
                    {u"pearson_r"_s, optional(c.pearson)},
                    {u"ci_low"_s, optional(c.ciLow)},
                    {u"ci_high"_s, optional(c.ciHigh)},
                    {u"spearman_rho"_s, optional(c.spearman)},
                    {u"slope"_s, c.slope},
                    {u"intercept"_s, c.intercept},
                    {u"n"_s, c.n},
                    {u"small_n"_s, c.smallN}});

    QJsonObject heat = heatmapJson(m.courseHeatmap);
    heat.insert(u"by_department"_s, heatmapJson(m.departmentHeatmap));
    o.insert(u"heatmap"_s, heat);

    QJsonArray retention;
    for (qsizetype i = 0; i < m.retention.startWeeks.size(); ++i) {
        QJsonArray shares;
        for (double s : m.retention.shares.at(i))
            shares.append(s);
        retention.append(QJsonObject{{u"start_week"_s, date(m.retention.startWeeks.at(i))},
                                     {u"learners"_s, m.retention.sizes.at(i)},
                                     {u"active_share_by_week"_s, shares}});
    }
    o.insert(u"retention"_s, retention);

    QJsonArray under;
    for (const GroupEngagement &g : m.underEngaged)
        under.append(QJsonObject{{u"attribute"_s, g.attribute},
                                 {u"value"_s, g.value},
                                 {u"size"_s, g.size},
                                 {u"active"_s, g.active},
                                 {u"active_rate"_s, g.rate},
                                 {u"organisation_rate"_s, g.organisationRate}});
    o.insert(u"under_engaged"_s, under);

    QJsonArray stopped;
    for (const StoppedLearner &s : m.stoppedEngaging)
        stopped.append(QJsonObject{{u"learner"_s, s.name},
                                   {u"department"_s, s.department},
                                   {u"active_weeks_before"_s, s.activeWeeks},
                                   {u"last_active"_s, date(s.lastActive)}});
    o.insert(u"stopped_engaging"_s, stopped);

    if (m.comparison) {
        auto group = [](const GroupKpis &g) {
            return QJsonObject{{u"label"_s, g.label},
                               {u"learners"_s, g.size},
                               {u"active_rate"_s, g.activeRate},
                               {u"baseline_active_rate"_s, g.baselineActiveRate},
                               {u"completion_rate"_s, g.completionRate},
                               {u"baseline_completion_rate"_s, g.baselineCompletionRate}};
        };
        QJsonArray kpis;
        for (const KpiComparison &k : m.comparison->kpis)
            kpis.append(QJsonObject{{u"kpi"_s, k.kpi},
                                    {u"pilot"_s, optional(k.pilot)},
                                    {u"pilot_baseline"_s, optional(k.pilotBaseline)},
                                    {u"comparison"_s, optional(k.comparison)},
                                    {u"comparison_baseline"_s, optional(k.comparisonBaseline)},
                                    {u"difference_in_differences"_s, optional(k.differenceInDifferences)}});
        QJsonArray comparisonWeeks;
        for (const Week &w : m.comparison->comparisonWeeks)
            comparisonWeeks.append(QJsonObject{{u"week"_s, w.isoWeek},
                                               {u"start"_s, date(w.start)},
                                               {u"active"_s, w.active},
                                               {u"active_rate"_s, w.rate}});
        o.insert(u"pilot_vs_rest"_s, QJsonObject{{u"from"_s, date(m.comparison->from)},
                                                 {u"to"_s, date(m.comparison->to)},
                                                 {u"pilot"_s, group(m.comparison->pilot)},
                                                 {u"rest"_s, group(m.comparison->rest)},
                                                 {u"active_rate_did"_s, m.comparison->activeRateDid},
                                                 {u"completion_rate_did"_s, m.comparison->completionRateDid},
                                                 {u"kpis"_s, kpis},
                                                 {u"comparison_weeks"_s, comparisonWeeks}});
    }
    if (!m.pilotName.isEmpty()) {
        QJsonArray targets;
        for (const KpiTarget &target : m.targets) {
            QJsonArray checkpoints;
            for (const Checkpoint &cp : target.checkpoints)
                checkpoints.append(QJsonObject{{u"day"_s, cp.day},
                                               {u"date"_s, date(cp.date)},
                                               {u"target"_s, optional(cp.target)},
                                               {u"actual"_s, optional(cp.actual)},
                                               {u"status"_s, targetStatusKey(cp.status)}});
            targets.append(QJsonObject{
                {u"kpi"_s, target.kpi},
                {u"baseline"_s, target.baseline},
                {u"baseline_measured"_s, target.baselineMeasured},
                {u"current"_s, target.current},
                {u"tolerance"_s, target.tolerance},
                {u"pace_now"_s, optional(target.paceNow)},
                {u"pace_status"_s, targetStatusKey(target.paceStatus)},
                {u"next_checkpoint"_s, target.nextCheckpoint ? QJsonValue(target.nextCheckpoint) : QJsonValue()},
                {u"checkpoints"_s, checkpoints}});
        }
        o.insert(u"targets"_s, targets);
    }
    QJsonArray notes;
    for (const Annotation &a : m.annotations)
        notes.append(QJsonObject{{u"date"_s, date(a.date)}, {u"kind"_s, a.kind}, {u"label"_s, a.label}});
    o.insert(u"annotations"_s, notes);
    return o;
}

QList<Definition> definitions()
{
    return {
        {u"weekly_active_users"_s,
         QCoreApplication::translate("Uptake::Metrics::Definitions", "Weekly active users and active rate"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "Distinct learners with at least one event other than a failed login in an ISO week (Monday to Sunday, "
             "in the workspace time zone). The active rate divides them by the cohort: roster members matching the "
             "filters, or, without a roster, every learner seen in the data.")},
        {u"completion"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Completion rate"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "For a course: learners with a completion event in it ÷ learners with any event in it, within the "
             "window. Overall: the same over all learner–course pairs. A pair completed before the window (a "
             "learner coming back to a course they finished) is not counted in it. A pair counts as completed only "
             "with a completion inside the window, so a course started shortly before its end has had little time: "
             "every figure says which window it covers (the last four weeks, since the pilot started, or the "
             "period shown).")},
        {u"recent"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Current value (last four weeks)"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "The cohort over the last 28 days of the window (for a report, up to its as-of date): the mean weekly "
             "active rate over the ISO weeks with at least four of their days in them (the last week may be cut "
             "short by the window's end), and the completion rate of the learner–course pairs with activity in "
             "them. It is every target's current value, the one the report's summary and the Overview's tiles show "
             "for a pilot with targets.")},
        {u"time_to_first_completion_days"_s,
         QCoreApplication::translate("Uptake::Metrics::Definitions", "Time to first completion"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "Per learner, the days from their first event in the window to their first completion; shown as "
             "median and quartiles with n, the number of learners who completed something.")},
        {u"drop_off"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Drop-off points"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "For learners who started a course (any event in it) and did not complete it in the window, the content "
             "item of their last event in it, counted per course and as a share of the non-completers. Where the "
             "course's items have an order, the funnel shows how many got at least as far as each item: everyone "
             "who started, less those who stopped at an earlier item.")},
        {u"learning_time"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Learning time"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "The duration column where events have one; otherwise estimated from each learner's event sequence: "
             "gaps between consecutive events shorter than the session timeout count as learning.")},
        {u"learning_performance"_s,
         QCoreApplication::translate("Uptake::Metrics::Definitions", "Learning and performance"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "Per learner with KPI values in the window — every roster member of the cohort (no learning counts as "
             "0), or without a roster the learners present in both data sets: learning activity in the window "
             "(minutes or events other than failed logins) against the mean of "
             "the performance KPI in the window, or its change from the learner's mean over the 28 days before the "
             "window. Pearson r with a 95% confidence interval (Fisher z), Spearman ρ (ties get their average rank) "
             "and n. Correlation is not causation, and small n makes r unreliable.")},
        {u"heatmap"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Content consumption heatmap"),
         QCoreApplication::translate("Uptake::Metrics::Definitions",
                                     "Distinct active learners per course (or department) and week.")},
        {u"retention"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Retention by start week"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "Learners grouped by the week of their first activity in the window; the share of each group active in "
             "each later week.")},
        {u"under_engaged"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Under-engaged cohorts"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "Groups of at least three people by a roster attribute (department, team, country, time zone, manager, "
             "role or an extra roster column) whose active rate over the last two weeks of the window (its last 14 "
             "days) is below the threshold (default 25%) or below half the organisation's, lowest first.")},
        {u"stopped_engaging"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Stopped engaging"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "Learners active in at least two of the four weeks before the last two weeks of the window and in "
             "neither of the last two (weeks counted back from the window's last day).")},
        {u"pilot_vs_rest"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Pilot vs the rest"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "Every KPI (active rate, weekly active users, completion, median days to first completion, weekly "
             "learning "
             "minutes per learner) of the pilot cohort and of a comparison group — everyone else, or a chosen "
             "cohort — during the pilot's weeks in the window, each against its own baseline over the four weeks "
             "before the start; the difference in differences estimates the pilot's effect beyond the general "
             "trend.")},
        {u"targets"_s, QCoreApplication::translate("Uptake::Metrics::Definitions", "Targets and status"),
         QCoreApplication::translate(
             "Uptake::Metrics::Definitions",
             "Each pilot KPI's baseline (the four weeks before the start unless entered) and its targets for day 30, "
             "60 and 90. At each checkpoint the KPI over the preceding four weeks is on track when it meets the "
             "target, at risk when it misses by no more than the tolerance (default 10% of the gap from baseline to "
             "target), else off track. Between checkpoints, a pace line runs from the baseline (on the start day) "
             "to the next target (the day-30 target on the 30th day after the start); the current value (the last "
             "four weeks) is on track when it meets where the line stands at the window's end, at risk when short "
             "by no more than the tolerance times the step from the baseline to the next target, else off track. "
             "The report's summary table and the Overview's tiles show this status.")},
    };
}

} // namespace Uptake::Metrics
