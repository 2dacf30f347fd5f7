#include "planexport.h"

#include "storage/journeyrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

template<typename T>
bool take(Result<T> r, T *into, QString *error)
{
    if (!r) {
        *error = r.error();
        return false;
    }
    *into = std::move(*r);
    return true;
}

QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonRate(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/// A Markdown table cell: pipes escaped, line breaks flattened.
QString cell(QString s)
{
    s.replace(u'|', u"\\|"_s);
    s.replace(u'\n', u' ');
    return s.trimmed();
}

QString shortDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QCoreApplication::translate("Uptake::PlanExport", "–");
}

void table(QString &md, const QStringList &header, const QList<QStringList> &rows)
{
    if (rows.isEmpty()) {
        md += QCoreApplication::translate("Uptake::PlanExport", "_None yet._") + u"\n\n"_s;
        return;
    }
    md += u"| "_s + header.join(u" | "_s) + u" |\n|"_s;
    for (qsizetype i = 0; i < header.size(); ++i)
        md += u" --- |"_s;
    md += u'\n';
    for (const QStringList &r : rows) {
        QStringList cells;
        for (const QString &c : r)
            cells << cell(c);
        md += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    md += u'\n';
}

QString names(const QList<qint64> &ids, const QHash<qint64, QString> &titles)
{
    QStringList list;
    for (qint64 id : ids)
        list << titles.value(id);
    return list.join(u", "_s);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QString percent(const std::optional<double> &v)
{
    const QLocale locale;
    return v ? locale.toString(*v * 100, 'f', 0) + locale.percent()
             : QCoreApplication::translate("Uptake::PlanExport", "–");
}

} // namespace

Result<PlanDocument> readPlan(const QSqlDatabase &db, const Pilot &pilot, const QDate &today, PlanDetail detail)
{
    using R = Result<PlanDocument>;
    JourneyRepository repo(db);
    PlanDocument p;
    p.pilot = pilot;
    p.today = today;
    QString error;
    QList<CatalogueCourse> catalogue;
    QList<PlanCycle> cycles;
    if (!take(repo.checklist(pilot.id), &p.checklist, &error) ||
        !take(repo.snapshots(pilot.id), &p.snapshots, &error) ||
        !take(repo.interviews(pilot.id), &p.interviews, &error) ||
        !take(repo.barriers(pilot.id), &p.barriers, &error) ||
        !take(repo.interviewCounts(pilot.id), &p.interviewCounts, &error) ||
        !take(repo.levers(pilot.id), &p.levers, &error) || !take(repo.scope(pilot.id), &p.scope, &error) ||
        (detail == PlanDetail::Full && !take(Journey::checkScope(db, pilot.id), &p.scopeCheck, &error)) ||
        !take(repo.cycles(pilot.id), &cycles, &error) || !take(repo.board(), &p.board, &error) ||
        !take(repo.decisions(pilot.id), &p.decisions, &error) || !take(repo.releases(), &p.releases, &error) ||
        !take(repo.retirementRules(), &p.retirementRules, &error) ||
        !take(Journey::retirementCandidates(db), &p.retirementCandidates, &error) ||
        !take(repo.actions(pilot.id), &p.actions, &error) || !take(repo.catalogue(), &catalogue, &error))
        return R::failure(error);
    p.coverage = Journey::analyseCoverage(p.barriers, p.levers);
    for (const CatalogueCourse &c : catalogue)
        p.courseNames.insert(c.id, c.name);
    QSet<qint64> cohort;
    if (!take(Journey::cohortLearners(db, pilot.cohortFilter), &cohort, &error))
        return R::failure(error);
    for (const PlanCycle &c : cycles) {
        PlanDocument::Cycle cycle;
        cycle.cycle = c;
        QList<Adaptation> adaptations;
        if (!take(repo.launches(c.id), &cycle.launches, &error) ||
            !take(repo.feedback(c.id), &cycle.feedback, &error) ||
            !take(repo.adaptations(c.id), &adaptations, &error) ||
            !take(repo.normalizeItems(c.id), &cycle.normalize, &error))
            return R::failure(error);
        for (const Adaptation &a : adaptations) {
            auto effect = Journey::measureAdaptation(db, a, cohort);
            if (!effect)
                return R::failure(effect.error());
            cycle.adaptations.append({a, *effect});
            if (a.contentId != 0 && !p.contentNames.contains(a.contentId)) {
                QList<CatalogueContent> contents;
                if (!take(repo.contents(a.courseId), &contents, &error))
                    return R::failure(error);
                for (const CatalogueContent &ct : contents)
                    p.contentNames.insert(ct.id, ct.name);
            }
        }
        p.cycles.append(cycle);
    }
    return p;
}

QString planToMarkdown(const PlanDocument &p)
{
    const QLocale locale;
    QHash<qint64, QString> barrierTitles, leverNames;
    for (const Barrier &b : p.barriers)
        barrierTitles.insert(b.id, b.title);
    for (const Lever &l : p.levers)
        leverNames.insert(l.id, l.name);

    QString md =
        u"# "_s + QCoreApplication::translate("Uptake::PlanExport", "Adoption plan: %1").arg(p.pilot.name) + u"\n\n"_s;
    md += QCoreApplication::translate("Uptake::PlanExport", "- **Cohort:** %1")
              .arg(p.pilot.cohortDescription.isEmpty() ? p.pilot.cohortFilter : p.pilot.cohortDescription) +
          u'\n';
    md += QCoreApplication::translate("Uptake::PlanExport", "- **Pilot:** %1 to %2 (%3 weeks), %4")
              .arg(shortDate(p.pilot.startDate), shortDate(p.pilot.endDate()))
              .arg(p.pilot.durationWeeks)
              .arg(pilotStatusLabel(p.pilot.status)) +
          u'\n';
    if (!p.pilot.owner.isEmpty())
        md += QCoreApplication::translate("Uptake::PlanExport", "- **Owner:** %1").arg(p.pilot.owner) + u'\n';
    md += QCoreApplication::translate("Uptake::PlanExport", "- **Current phase:** %1")
              .arg(phaseLabel(Journey::currentPhase(p.checklist))) +
          u"\n\n"_s;

    md += u"## "_s + QCoreApplication::translate("Uptake::PlanExport", "Checklist") + u"\n\n"_s;
    QList<QStringList> rows;
    for (const ChecklistItem &c : p.checklist)
        rows << QStringList{
            phaseLabel(c.phase), (c.done ? u"[x] "_s : u"[ ] "_s) + c.text, c.owner,
            shortDate(c.dueDate) +
                (c.isOverdue(p.today) ? QCoreApplication::translate("Uptake::PlanExport", " (overdue)") : QString())};
    table(md,
          {QCoreApplication::translate("Uptake::PlanExport", "Phase"),
           QCoreApplication::translate("Uptake::PlanExport", "Item"),
           QCoreApplication::translate("Uptake::PlanExport", "Owner"),
           QCoreApplication::translate("Uptake::PlanExport", "Due")},
          rows);

    md += u"## "_s + QCoreApplication::translate("Uptake::PlanExport", "Diagnose") + u"\n\n### "_s +
          QCoreApplication::translate("Uptake::PlanExport", "Baseline") + u"\n\n"_s;
    rows.clear();
    for (const BaselineSnapshot &s : p.snapshots) {
        const BaselineFigures f = s.figures();
        rows << QStringList{s.label.isEmpty() ? QCoreApplication::translate("Uptake::PlanExport", "Baseline") : s.label,
                            shortDate(s.asOf),
                            locale.toString(f.weeklyActive),
                            percent(f.activeRate),
                            percent(f.completionRate),
                            f.medianDaysToFirstCompletion ? locale.toString(*f.medianDaysToFirstCompletion, 'f', 1)
                                                          : QCoreApplication::translate("Uptake::PlanExport", "–"),
                            locale.toString(f.failedLogins)};
    }
    table(md,
          {QCoreApplication::translate("Uptake::PlanExport", "Snapshot"),
           QCoreApplication::translate("Uptake::PlanExport", "As of"),
           QCoreApplication::translate("Uptake::PlanExport", "WAU"),
           QCoreApplication::translate("Uptake::PlanExport", "Active rate"),
           QCoreApplication::translate("Uptake::PlanExport", "Learners who completed"),
           QCoreApplication::translate("Uptake::PlanExport", "Days to 1st completion"),
           QCoreApplication::translate("Uptake::PlanExport", "Failed logins")},
          rows);
    for (const BaselineSnapshot &s : p.snapshots) {
        const BaselineFigures f = s.figures();
        if (f.topDropOffs.isEmpty())
            continue;
        md += QCoreApplication::translate("Uptake::PlanExport", "Top drop-off points (%1):")
                  .arg(s.label.isEmpty() ? shortDate(s.asOf) : s.label) +
              u"\n\n"_s;
        for (const DropOffPoint &d : f.topDropOffs)
            md += u"- "_s +
                  QCoreApplication::translate("Uptake::PlanExport", "%1 — %2: %n learner(s)", nullptr, int(d.learners))
                      .arg(d.course, d.content) +
                  u'\n';
        md += u'\n';
    }

    md += u"### "_s + QCoreApplication::translate("Uptake::PlanExport", "Stakeholder interviews") + u"\n\n"_s;
    rows.clear();
    for (const Interview &i : p.interviews)
        rows << QStringList{
            shortDate(i.date), i.name, i.role, i.function, i.location, names(i.barrierIds, barrierTitles), i.notes};
    table(md,
          {QCoreApplication::translate("Uptake::PlanExport", "Date"),
           QCoreApplication::translate("Uptake::PlanExport", "Name"),
           QCoreApplication::translate("Uptake::PlanExport", "Role"),
           QCoreApplication::translate("Uptake::PlanExport", "Function"),
           QCoreApplication::translate("Uptake::PlanExport", "Location"),
           QCoreApplication::translate("Uptake::PlanExport", "Barriers"),
           QCoreApplication::translate("Uptake::PlanExport", "Notes")},
          rows);

    md += u"### "_s + QCoreApplication::translate("Uptake::PlanExport", "Barriers") + u"\n\n"_s;
    rows.clear();
    for (const Barrier &b : p.barriers)
        rows << QStringList{b.title, barrierCategoryLabel(b.category), severityLabel(b.severity),
                            locale.toString(p.interviewCounts.value(b.id)), b.evidence};
    table(md,
          {QCoreApplication::translate("Uptake::PlanExport", "Barrier"),
           QCoreApplication::translate("Uptake::PlanExport", "Category"),
           QCoreApplication::translate("Uptake::PlanExport", "Severity"),
           QCoreApplication::translate("Uptake::PlanExport", "Interviews"),
           QCoreApplication::translate("Uptake::PlanExport", "Evidence")},
          rows);

    md += u"## "_s + QCoreApplication::translate("Uptake::PlanExport", "Design") + u"\n\n### "_s +
          QCoreApplication::translate("Uptake::PlanExport", "Levers") + u"\n\n"_s;
    for (Pillar pillar : AllPillars) {
        md += u"**"_s + pillarLabel(pillar) + u"**\n\n"_s;
        bool any = false;
        for (const Lever &l : p.levers) {
            if (l.pillar != pillar || !l.chosen)
                continue;
            any = true;
            md += u"- "_s + l.name;
            if (!l.barrierIds.isEmpty())
                md += u" — "_s + QCoreApplication::translate("Uptake::PlanExport", "addresses %1")
                                     .arg(names(l.barrierIds, barrierTitles));
            if (!l.kpi.isEmpty())
                md += u"; "_s + QCoreApplication::translate("Uptake::PlanExport", "moves %1").arg(l.kpi);
            if (!l.notes.isEmpty())
                md += u". "_s + l.notes;
            md += u'\n';
        }
        md += any ? u"\n"_s : QCoreApplication::translate("Uptake::PlanExport", "_No lever chosen._") + u"\n\n"_s;
    }
    for (const Barrier &b : p.coverage.unaddressed)
        md += u"- ⚠ "_s +
              QCoreApplication::translate("Uptake::PlanExport", "No chosen lever addresses “%1”.").arg(b.title) + u'\n';
    for (const Lever &l : p.coverage.idleLevers)
        md += u"- ⚠ "_s + QCoreApplication::translate("Uptake::PlanExport", "“%1” addresses no barrier.").arg(l.name) +
              u'\n';
    if (!p.coverage.complete())
        md += u'\n';

    md += u"### "_s + QCoreApplication::translate("Uptake::PlanExport", "Content scope") + u"\n\n"_s;
    for (const ScopeCourse &s : p.scope)
        md += u"- "_s + s.name +
              (s.durationMinutes ? u" ("_s +
                                       QCoreApplication::translate("Uptake::PlanExport", "%1 min")
                                           .arg(locale.toString(*s.durationMinutes, 'f', 0)) +
                                       u")"_s
                                 : QString()) +
              u'\n';
    if (p.scope.isEmpty())
        md += QCoreApplication::translate("Uptake::PlanExport", "_No course in scope yet._") + u'\n';
    md += u'\n';
    if (p.scopeCheck.tooBroad())
        md += u"⚠ "_s + p.scopeCheck.message() + u"\n\n"_s;
    for (const Journey::SplitCandidate &s : p.scopeCheck.splitCandidates) {
        md +=
            u"- "_s +
            QCoreApplication::translate("Uptake::PlanExport", "Split candidate: %1 (%2 min, about %3 min per module)")
                .arg(s.course, locale.toString(s.durationMinutes, 'f', 0), locale.toString(s.minutesPerModule, 'f', 0));
        if (!s.stoppingPoint.isEmpty())
            md += u"; "_s +
                  QCoreApplication::translate("Uptake::PlanExport", "%1 of those who did not finish stopped at “%2”")
                      .arg(percent(s.stopShare), s.stoppingPoint);
        md += u'\n';
    }
    if (!p.scopeCheck.splitCandidates.isEmpty())
        md += u'\n';

    md += u"## "_s + QCoreApplication::translate("Uptake::PlanExport", "Pilot: PLAN cycles") + u"\n\n"_s;
    for (const PlanDocument::Cycle &c : p.cycles) {
        md += u"### "_s +
              QCoreApplication::translate("Uptake::PlanExport", "Cycle %1 (%2 to %3)")
                  .arg(c.cycle.number)
                  .arg(shortDate(c.cycle.startDate), shortDate(c.cycle.endDate)) +
              u"\n\n"_s;
        if (!c.cycle.notes.isEmpty())
            md += c.cycle.notes + u"\n\n"_s;
        md += u"**"_s + QCoreApplication::translate("Uptake::PlanExport", "Pilot quickly") + u"**\n\n"_s;
        for (const LaunchItem &l : c.launches)
            md += u"- "_s +
                  QCoreApplication::translate("Uptake::PlanExport", "%1: %2 — to %3")
                      .arg(shortDate(l.date), l.what, l.audience) +
                  u'\n';
        md += u"\n**"_s + QCoreApplication::translate("Uptake::PlanExport", "Listen continuously") + u"**\n\n"_s;
        rows.clear();
        for (const FeedbackItem &f : c.feedback)
            rows << QStringList{shortDate(f.date), feedbackSourceLabel(f.source), sentimentLabel(f.sentiment), f.theme,
                                f.quote.isEmpty() ? QString() : u"“"_s + f.quote + u"”"_s};
        table(md,
              {QCoreApplication::translate("Uptake::PlanExport", "Date"),
               QCoreApplication::translate("Uptake::PlanExport", "Source"),
               QCoreApplication::translate("Uptake::PlanExport", "Sentiment"),
               QCoreApplication::translate("Uptake::PlanExport", "Theme"),
               QCoreApplication::translate("Uptake::PlanExport", "Quote")},
              rows);
        const auto themes = Journey::themeCounts(c.feedback);
        if (!themes.isEmpty()) {
            QStringList list;
            for (const auto &[theme, n] : themes)
                list << QCoreApplication::translate("Uptake::PlanExport", "%1 (%2)").arg(theme).arg(n);
            md += QCoreApplication::translate("Uptake::PlanExport", "Themes: %1").arg(list.join(u", "_s)) + u"\n\n"_s;
        }
        md += u"**"_s + QCoreApplication::translate("Uptake::PlanExport", "Adapt content") + u"**\n\n"_s;
        for (const auto &[a, effect] : c.adaptations) {
            QString target = p.courseNames.value(a.courseId);
            if (a.contentId != 0)
                target += u" — "_s + p.contentNames.value(a.contentId);
            md += u"- "_s +
                  QCoreApplication::translate("Uptake::PlanExport", "%1: %2").arg(shortDate(a.date), a.description);
            if (!target.isEmpty())
                md += u" ("_s + target + u")"_s;
            md += u"\n  - "_s +
                  QCoreApplication::translate("Uptake::PlanExport", "Measured: %1; %2 (%3 days before and after)")
                      .arg(effect.label(), effect.detail())
                      .arg(effect.windowDays) +
                  u'\n';
        }
        md += u"\n**"_s + QCoreApplication::translate("Uptake::PlanExport", "Normalize usage") + u"**\n\n"_s;
        for (const NormalizeItem &n : c.normalize)
            md += u"- "_s +
                  QCoreApplication::translate("Uptake::PlanExport", "%1: %2 — to %3")
                      .arg(shortDate(n.date), n.what, n.targetGroup) +
                  u'\n';
        md += u'\n';
    }
    if (p.cycles.isEmpty())
        md += QCoreApplication::translate("Uptake::PlanExport", "_No PLAN cycle yet._") + u"\n\n"_s;

    md += u"## "_s + QCoreApplication::translate("Uptake::PlanExport", "Govern") + u"\n\n### "_s +
          QCoreApplication::translate("Uptake::PlanExport", "Governance board") + u"\n\n"_s;
    rows.clear();
    for (const BoardMember &m : p.board)
        rows << QStringList{m.name, boardFunctionLabel(m.function), m.role};
    table(md,
          {QCoreApplication::translate("Uptake::PlanExport", "Name"),
           QCoreApplication::translate("Uptake::PlanExport", "Function"),
           QCoreApplication::translate("Uptake::PlanExport", "Role")},
          rows);
    md += u"### "_s + QCoreApplication::translate("Uptake::PlanExport", "Decision log") + u"\n\n"_s;
    rows.clear();
    for (const Decision &d : p.decisions) {
        QStringList evidence;
        for (const EvidenceLink &e : d.evidence)
            evidence << e.label;
        rows << QStringList{
            shortDate(d.date), d.decision, d.rationale, d.owner, evidence.join(u"; "_s), decisionStatusLabel(d.status)};
    }
    table(md,
          {QCoreApplication::translate("Uptake::PlanExport", "Date"),
           QCoreApplication::translate("Uptake::PlanExport", "Decision"),
           QCoreApplication::translate("Uptake::PlanExport", "Rationale"),
           QCoreApplication::translate("Uptake::PlanExport", "Owner"),
           QCoreApplication::translate("Uptake::PlanExport", "Evidence"),
           QCoreApplication::translate("Uptake::PlanExport", "Status")},
          rows);
    md += u"### "_s + QCoreApplication::translate("Uptake::PlanExport", "Release calendar") + u"\n\n"_s;
    rows.clear();
    for (const Release &r : p.releases)
        rows << QStringList{shortDate(r.plannedDate), releaseCadenceLabel(r.cadence), r.title, r.content,
                            r.released ? QCoreApplication::translate("Uptake::PlanExport", "Released")
                                       : QCoreApplication::translate("Uptake::PlanExport", "Planned")};
    table(md,
          {QCoreApplication::translate("Uptake::PlanExport", "Date"),
           QCoreApplication::translate("Uptake::PlanExport", "Cadence"),
           QCoreApplication::translate("Uptake::PlanExport", "Release"),
           QCoreApplication::translate("Uptake::PlanExport", "Content"),
           QCoreApplication::translate("Uptake::PlanExport", "State")},
          rows);
    md += u"### "_s + QCoreApplication::translate("Uptake::PlanExport", "Content retirement") + u"\n\n"_s;
    for (const RetirementRule &r : p.retirementRules)
        if (r.enabled)
            md += u"- "_s + QCoreApplication::translate("Uptake::PlanExport", "Rule: %1").arg(retirementRuleLabel(r)) +
                  u'\n';
    md += u'\n';
    rows.clear();
    for (const Journey::RetirementCandidate &c : p.retirementCandidates)
        rows << QStringList{c.usage.name, c.reasons.join(u"; "_s), retirementVerdictLabel(c.decision.verdict),
                            c.decision.note};
    table(md,
          {QCoreApplication::translate("Uptake::PlanExport", "Course"),
           QCoreApplication::translate("Uptake::PlanExport", "Why"),
           QCoreApplication::translate("Uptake::PlanExport", "Board's decision"),
           QCoreApplication::translate("Uptake::PlanExport", "Note")},
          rows);

    md += u"## "_s + QCoreApplication::translate("Uptake::PlanExport", "30/60/90-day plan") + u"\n\n"_s;
    const auto progress = Journey::bucketProgress(p.actions, p.today);
    for (const Journey::BucketProgress &b : progress) {
        md += u"### "_s +
              QCoreApplication::translate("Uptake::PlanExport", "Day %1 (%2 of %3 done%4)")
                  .arg(b.bucket)
                  .arg(b.done)
                  .arg(b.total)
                  .arg(b.overdue ? QCoreApplication::translate("Uptake::PlanExport", ", %n overdue", nullptr, b.overdue)
                                 : QString()) +
              u"\n\n"_s;
        rows.clear();
        for (const Action &a : p.actions) {
            if (a.bucket != b.bucket)
                continue;
            QStringList serves;
            if (a.leverId)
                serves << leverNames.value(a.leverId);
            if (a.barrierId)
                serves << barrierTitles.value(a.barrierId);
            if (a.cohort)
                serves << QCoreApplication::translate("Uptake::PlanExport", "cohort");
            rows << QStringList{
                (a.status == ActionStatus::Done ? u"[x] "_s : u"[ ] "_s) + a.title,
                phaseLabel(a.phase),
                a.owner,
                shortDate(a.dueDate) +
                    (a.isOverdue(p.today)
                         ? u" **"_s + QCoreApplication::translate("Uptake::PlanExport", "overdue") + u"**"_s
                         : QString()),
                actionStatusLabel(a.status),
                serves.join(u", "_s)};
        }
        table(md,
              {QCoreApplication::translate("Uptake::PlanExport", "Action"),
               QCoreApplication::translate("Uptake::PlanExport", "Phase"),
               QCoreApplication::translate("Uptake::PlanExport", "Owner"),
               QCoreApplication::translate("Uptake::PlanExport", "Due"),
               QCoreApplication::translate("Uptake::PlanExport", "Status"),
               QCoreApplication::translate("Uptake::PlanExport", "Serves")},
              rows);
    }
    return md;
}

QJsonObject planToJson(const PlanDocument &p)
{
    QJsonArray checklist;
    for (const ChecklistItem &c : p.checklist)
        checklist.append(QJsonObject{{u"id"_s, c.id},
                                     {u"phase"_s, phaseKey(c.phase)},
                                     {u"text"_s, c.text},
                                     {u"done"_s, c.done},
                                     {u"owner"_s, c.owner},
                                     {u"due_date"_s, jsonDate(c.dueDate)},
                                     {u"overdue"_s, c.isOverdue(p.today)}});
    QJsonArray snapshots;
    for (const BaselineSnapshot &s : p.snapshots) {
        snapshots.append(QJsonObject{{u"id"_s, s.id},
                                     {u"label"_s, s.label},
                                     {u"as_of"_s, jsonDate(s.asOf)},
                                     {u"taken_at"_s, s.takenAt.toString(Qt::ISODate)},
                                     {u"figures"_s, QJsonDocument::fromJson(s.figuresJson.toUtf8()).object()}});
    }
    QJsonArray interviews;
    for (const Interview &i : p.interviews)
        interviews.append(QJsonObject{{u"id"_s, i.id},
                                      {u"name"_s, i.name},
                                      {u"role"_s, i.role},
                                      {u"function"_s, i.function},
                                      {u"location"_s, i.location},
                                      {u"date"_s, jsonDate(i.date)},
                                      {u"notes"_s, i.notes},
                                      {u"barrier_ids"_s, idArray(i.barrierIds)}});
    QJsonArray barriers;
    for (const Barrier &b : p.barriers)
        barriers.append(QJsonObject{{u"id"_s, b.id},
                                    {u"title"_s, b.title},
                                    {u"category"_s, b.category},
                                    {u"severity"_s, int(b.severity)},
                                    {u"evidence"_s, b.evidence},
                                    {u"interviews"_s, p.interviewCounts.value(b.id)},
                                    {u"addressed"_s, !p.coverage.unaddressed.contains(b)}});
    QJsonArray levers;
    for (const Lever &l : p.levers)
        levers.append(QJsonObject{{u"id"_s, l.id},
                                  {u"pillar"_s, pillarKey(l.pillar)},
                                  {u"builtin"_s, l.builtIn},
                                  {u"name"_s, l.name},
                                  {u"description"_s, l.description},
                                  {u"chosen"_s, l.chosen},
                                  {u"barrier_ids"_s, idArray(l.barrierIds)},
                                  {u"kpi"_s, l.kpi},
                                  {u"notes"_s, l.notes}});
    QJsonArray scope;
    for (const ScopeCourse &s : p.scope)
        scope.append(QJsonObject{
            {u"course_id"_s, s.courseId}, {u"course"_s, s.name}, {u"duration_minutes"_s, jsonRate(s.durationMinutes)}});
    QJsonArray splits;
    for (const Journey::SplitCandidate &s : p.scopeCheck.splitCandidates)
        splits.append(QJsonObject{{u"course"_s, s.course},
                                  {u"duration_minutes"_s, s.durationMinutes},
                                  {u"minutes_per_module"_s, s.minutesPerModule},
                                  {u"stopping_point"_s, s.stoppingPoint},
                                  {u"stop_share"_s, s.stopShare}});
    QJsonArray cycles;
    for (const PlanDocument::Cycle &c : p.cycles) {
        QJsonArray launches, feedback, adaptations, normalize, themes;
        for (const LaunchItem &l : c.launches)
            launches.append(
                QJsonObject{{u"what"_s, l.what}, {u"audience"_s, l.audience}, {u"date"_s, jsonDate(l.date)}});
        for (const FeedbackItem &f : c.feedback)
            feedback.append(QJsonObject{{u"id"_s, f.id},
                                        {u"date"_s, jsonDate(f.date)},
                                        {u"source"_s, feedbackSourceKey(f.source)},
                                        {u"sentiment"_s, sentimentKey(f.sentiment)},
                                        {u"theme"_s, f.theme},
                                        {u"quote"_s, f.quote}});
        for (const auto &[theme, n] : Journey::themeCounts(c.feedback))
            themes.append(QJsonObject{{u"theme"_s, theme}, {u"count"_s, n}});
        for (const auto &[a, e] : c.adaptations) {
            auto side = [](const Journey::EffectSide &s) {
                return QJsonObject{{u"from"_s, jsonDate(s.from)},
                                   {u"to"_s, jsonDate(s.to)},
                                   {u"n"_s, s.n},
                                   {u"hits"_s, s.hits},
                                   {u"rate"_s, jsonRate(s.rate())}};
            };
            adaptations.append(
                QJsonObject{{u"id"_s, a.id},
                            {u"date"_s, jsonDate(a.date)},
                            {u"description"_s, a.description},
                            {u"course"_s, p.courseNames.value(a.courseId)},
                            {u"content"_s, p.contentNames.value(a.contentId)},
                            {u"feedback_id"_s, a.feedbackId ? QJsonValue(a.feedbackId) : QJsonValue(QJsonValue::Null)},
                            {u"effect"_s, QJsonObject{{u"kpi"_s, adaptationKpiKey(e.kpi)},
                                                      {u"window_days"_s, e.windowDays},
                                                      {u"before"_s, side(e.before)},
                                                      {u"after"_s, side(e.after)},
                                                      {u"relative_change"_s, jsonRate(e.relativeChange())},
                                                      {u"point_change"_s, jsonRate(e.pointChange())},
                                                      {u"label"_s, e.label()}}}});
        }
        for (const NormalizeItem &n : c.normalize)
            normalize.append(
                QJsonObject{{u"what"_s, n.what}, {u"target_group"_s, n.targetGroup}, {u"date"_s, jsonDate(n.date)}});
        cycles.append(QJsonObject{{u"number"_s, c.cycle.number},
                                  {u"start_date"_s, jsonDate(c.cycle.startDate)},
                                  {u"end_date"_s, jsonDate(c.cycle.endDate)},
                                  {u"notes"_s, c.cycle.notes},
                                  {u"launches"_s, launches},
                                  {u"feedback"_s, feedback},
                                  {u"themes"_s, themes},
                                  {u"adaptations"_s, adaptations},
                                  {u"normalize"_s, normalize}});
    }
    QJsonArray board, decisions, releases, rules, candidates, actions, buckets;
    for (const BoardMember &m : p.board)
        board.append(
            QJsonObject{{u"name"_s, m.name}, {u"function"_s, boardFunctionKey(m.function)}, {u"role"_s, m.role}});
    for (const Decision &d : p.decisions) {
        QJsonArray evidence;
        for (const EvidenceLink &e : d.evidence)
            evidence.append(QJsonObject{{u"kind"_s, e.kind}, {u"ref"_s, e.ref}, {u"label"_s, e.label}});
        decisions.append(QJsonObject{{u"date"_s, jsonDate(d.date)},
                                     {u"decision"_s, d.decision},
                                     {u"rationale"_s, d.rationale},
                                     {u"owner"_s, d.owner},
                                     {u"evidence"_s, evidence},
                                     {u"status"_s, decisionStatusKey(d.status)},
                                     {u"program_wide"_s, d.pilotId == 0}});
    }
    for (const Release &r : p.releases)
        releases.append(QJsonObject{{u"planned_date"_s, jsonDate(r.plannedDate)},
                                    {u"cadence"_s, releaseCadenceKey(r.cadence)},
                                    {u"title"_s, r.title},
                                    {u"content"_s, r.content},
                                    {u"released"_s, r.released}});
    for (const RetirementRule &r : p.retirementRules)
        rules.append(QJsonObject{
            {u"kind"_s, retirementRuleKey(r.kind)}, {u"threshold"_s, r.threshold}, {u"enabled"_s, r.enabled}});
    for (const Journey::RetirementCandidate &c : p.retirementCandidates) {
        QJsonArray matched;
        for (RetirementRuleKind k : c.matched)
            matched.append(retirementRuleKey(k));
        candidates.append(QJsonObject{{u"course"_s, c.usage.name},
                                      {u"last_access"_s, jsonDate(c.usage.lastAccess)},
                                      {u"learners"_s, c.usage.learners},
                                      {u"completion_rate"_s, jsonRate(c.usage.completionRate())},
                                      {u"rules"_s, matched},
                                      {u"reasons"_s, QJsonArray::fromStringList(c.reasons)},
                                      {u"successor"_s, c.successorName},
                                      {u"verdict"_s, retirementVerdictKey(c.decision.verdict)},
                                      {u"note"_s, c.decision.note}});
    }
    for (const Action &a : p.actions)
        actions.append(
            QJsonObject{{u"id"_s, a.id},
                        {u"title"_s, a.title},
                        {u"bucket"_s, a.bucket},
                        {u"phase"_s, phaseKey(a.phase)},
                        {u"owner"_s, a.owner},
                        {u"due_date"_s, jsonDate(a.dueDate)},
                        {u"status"_s, actionStatusKey(a.status)},
                        {u"overdue"_s, a.isOverdue(p.today)},
                        {u"lever_id"_s, a.leverId ? QJsonValue(a.leverId) : QJsonValue(QJsonValue::Null)},
                        {u"barrier_id"_s, a.barrierId ? QJsonValue(a.barrierId) : QJsonValue(QJsonValue::Null)},
                        {u"cohort"_s, a.cohort}});
    for (const Journey::BucketProgress &b : Journey::bucketProgress(p.actions, p.today))
        buckets.append(QJsonObject{
            {u"bucket"_s, b.bucket}, {u"total"_s, b.total}, {u"done"_s, b.done}, {u"overdue"_s, b.overdue}});

    return QJsonObject{
        {u"pilot"_s, QJsonObject{{u"name"_s, p.pilot.name},
                                 {u"cohort"_s, p.pilot.cohortDescription},
                                 {u"cohort_filter"_s, p.pilot.cohortFilter},
                                 {u"start_date"_s, jsonDate(p.pilot.startDate)},
                                 {u"end_date"_s, jsonDate(p.pilot.endDate())},
                                 {u"status"_s, pilotStatusKey(p.pilot.status)},
                                 {u"owner"_s, p.pilot.owner}}},
        {u"today"_s, jsonDate(p.today)},
        {u"current_phase"_s, phaseKey(Journey::currentPhase(p.checklist))},
        {u"checklist"_s, checklist},
        {u"diagnose"_s,
         QJsonObject{{u"baselines"_s, snapshots}, {u"interviews"_s, interviews}, {u"barriers"_s, barriers}}},
        {u"design"_s, QJsonObject{{u"levers"_s, levers},
                                  {u"scope"_s, scope},
                                  {u"scope_limit"_s, p.scopeCheck.limit},
                                  {u"scope_too_broad"_s, p.scopeCheck.tooBroad()},
                                  {u"split_candidates"_s, splits}}},
        {u"cycles"_s, cycles},
        {u"govern"_s, QJsonObject{{u"board"_s, board},
                                  {u"decisions"_s, decisions},
                                  {u"releases"_s, releases},
                                  {u"retirement_rules"_s, rules},
                                  {u"retirement_candidates"_s, candidates}}},
        {u"actions"_s, actions},
        {u"buckets"_s, buckets},
    };
}

} // namespace Uptake
