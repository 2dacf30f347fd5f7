#include "demojourney.h"

#include "journey/analysis.h"
#include "journey/templates.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Uptake::Demo {

namespace {

/// Stores item and returns its id, or leaves the first error in *error.
template<typename T>
qint64 put(JourneyRepository &repo, const T &item, QString *error)
{
    if (!error->isEmpty())
        return 0;
    auto id = repo.save(item);
    if (!id) {
        *error = id.error();
        return 0;
    }
    return *id;
}

} // namespace

Status populateJourney(const QSqlDatabase &db, const DemoData &data)
{
    PilotRepository pilots(db);
    JourneyRepository repo(db);
    auto pilots_ = pilots.pilots();
    if (!pilots_)
        return Status::failure(pilots_.error());
    if (pilots_->isEmpty())
        return {};
    const Pilot pilot = pilots_->first();
    const QDate start = pilot.startDate;
    const QDate adaptationDay = start.addDays(AdaptationDayOffset);
    const QDate lastDay = data.lastDay;
    const qint64 pid = pilot.id;
    QString error;

    auto catalogue = repo.catalogue();
    if (!catalogue)
        return Status::failure(catalogue.error());
    auto courseId = [&](QStringView name) {
        for (const CatalogueCourse &c : *catalogue)
            if (c.name == name)
                return c.id;
        return qint64(0);
    };
    const qint64 adaptedCourse = courseId(AdaptedCourse);
    qint64 adaptedContent = 0;
    if (auto contents = repo.contents(adaptedCourse)) {
        for (const CatalogueContent &c : *contents)
            if (c.name == QStringView(AdaptedContent))
                adaptedContent = c.id;
    }

    // --- Diagnose ---------------------------------------------------------------------------------------------
    auto baseline = Journey::takeBaseline(db, pilot, start.addDays(-1),
                                          QCoreApplication::translate("Uptake::Demo", "Before the pilot"));
    if (!baseline)
        return Status::failure(baseline.error());
    baseline->takenAt = QDateTime(start.addDays(-1), QTime(16, 0), Qt::UTC);
    put(repo, *baseline, &error);

    struct BarrierDef
    {
        const char16_t *category;
        Severity severity;
        const char *title;
        const char *evidence;
    };
    const BarrierDef barrierDefs[] = {
        {u"job_mismatch", Severity::Critical, "The escalations module is too long to fit between tickets",
         "Top drop-off point of the baseline: most learners who did not finish the Customer Service Excellence "
         "Programme stopped at the 95-minute “Handling Escalations and Complaints”."},
        {u"lack_of_time", Severity::High, "No protected learning time during queue peaks",
         "Active rate falls in weeks with high ticket volume; five of seven interviewees named the queue."},
        {u"login_failures", Severity::High, "SSO lockouts keep agents out",
         "Failed sign-ins peaked in the SSO outage week in August; a handful of agents fail every week since."},
        {u"time_zones", Severity::Medium, "Live sessions land outside Bengaluru and São Paulo shifts",
         "Coaching circles were scheduled for UK mornings only."},
        {u"unclear_incentives", Severity::Medium, "Learning is not part of the weekly check-in",
         "Team leads do not ask about courses; completion is not recognised anywhere."},
        {u"unclear_paths", Severity::Medium, "Agents do not know which courses matter for their tier",
         "Six support courses with no recommended order; new starters pick at random."},
        {u"no_mobile", Severity::Low, "No mobile access on the shop floor of the hubs",
         "Two interviewees asked to learn on the commute; the LMS app is not rolled out."},
    };
    QList<qint64> barrier;
    int position = 0;
    for (const BarrierDef &b : barrierDefs) {
        Barrier item;
        item.pilotId = pid;
        item.category = QString::fromUtf16(b.category);
        item.severity = b.severity;
        item.title = QCoreApplication::translate("Uptake::Demo", b.title);
        item.evidence = QCoreApplication::translate("Uptake::Demo", b.evidence);
        item.position = position++;
        barrier << put(repo, item, &error);
    }
    if (!error.isEmpty())
        return Status::failure(error);
    enum { Mismatch, Time, Login, Zones, Incentives, Paths, Mobile };

    struct InterviewDef
    {
        const char *name, *role, *function, *location;
        int daysBefore;
        QList<int> barriers;
        const char *notes;
    };
    const InterviewDef interviewDefs[] = {
        {"Priya Raman",
         "Head of Customer Support",
         "Customer Support",
         "Manchester",
         14,
         {Time, Incentives},
         "Wants first-contact resolution up; will back protected learning time if it shows in CSAT."},
        {"Tom Whitfield",
         "Support Team Lead, Tier 1",
         "Customer Support",
         "Manchester",
         13,
         {Time, Mismatch},
         "Agents start the programme and stall at escalations: “nobody has 95 minutes in one go”."},
        {"Ananya Iyer",
         "Senior Support Agent",
         "Customer Support",
         "Bengaluru",
         12,
         {Zones, Mismatch, Mobile},
         "Coaching circles are at 09:00 UK time, the middle of her afternoon queue."},
        {"Lucas Ferreira",
         "Support Specialist",
         "Customer Support",
         "São Paulo",
         11,
         {Zones, Paths},
         "Did not know which of the six courses to take first."},
        {"Grace Mensah",
         "IT Service Owner, Identity",
         "IT",
         "Manchester",
         10,
         {Login},
         "SSO lockouts after password rotation; a self-service unlock is possible within two weeks."},
        {"Daniel Byrne",
         "Customer Support Agent",
         "Customer Support",
         "Manchester",
         9,
         {Time, Incentives},
         "Would learn more if the team lead asked about it in the weekly one-to-one."},
        {"Meera Kulkarni",
         "Support Team Lead, Bengaluru hub",
         "Customer Support",
         "Bengaluru",
         8,
         {Paths, Login, Mobile},
         "New starters need a clear first week; two of her agents were locked out for days."},
    };
    for (const InterviewDef &d : interviewDefs) {
        Interview i;
        i.pilotId = pid;
        i.name = QString::fromUtf8(d.name);
        i.role = QCoreApplication::translate("Uptake::Demo", d.role);
        i.function = QCoreApplication::translate("Uptake::Demo", d.function);
        i.location = QString::fromUtf8(d.location);
        i.date = start.addDays(-d.daysBefore);
        i.notes = QCoreApplication::translate("Uptake::Demo", d.notes);
        for (int b : d.barriers)
            i.barrierIds << barrier.at(b);
        put(repo, i, &error);
    }

    // --- Design -----------------------------------------------------------------------------------------------
    struct Choice
    {
        const char16_t *lever;
        QList<int> barriers;
        const char *notes;
    };
    const Choice choices[] = {
        {u"microlearning",
         {Mismatch, Time},
         "Start with the escalations module: three short lessons of about 12 minutes."},
        {u"role_paths", {Paths}, "One path per tier, five courses at most."},
        {u"weekly_nudges", {Time}, "Monday nudge at each hub's shift start."},
        {u"async_cohorts", {Zones}, "Coaching circles as a chat thread instead of a UK-morning call."},
        {u"manager_coaching", {Incentives}, "Team leads ask one question about learning in every one-to-one."},
        {u"tiered_support", {Login}, "Peer champions per hub; IT's self-service unlock for SSO lockouts."},
    };
    QHash<QString, qint64> leverIds;
    for (Lever l : Journey::defaultLevers(pid)) {
        for (const Choice &c : choices) {
            if (l.builtIn == QStringView(c.lever)) {
                l.chosen = true;
                for (int b : c.barriers)
                    l.barrierIds << barrier.at(b);
                l.notes = QCoreApplication::translate("Uptake::Demo", c.notes);
            }
        }
        leverIds.insert(l.builtIn, put(repo, l, &error));
    }
    for (const CatalogueCourse &c : *catalogue) {
        if (c.name == u"Customer Empathy Essentials"_s || c.name == QStringView(AdaptedCourse) ||
            c.name == u"Handling Difficult Conversations"_s || c.name == u"Zendesk Ticket Workflow"_s ||
            c.name == u"Writing for Customers"_s || c.name == u"De-escalation Techniques"_s)
            put(repo, ScopeCourse{pid, c.id, {}, {}, {}}, &error);
    }

    // --- PLAN cycles ------------------------------------------------------------------------------------------
    PlanCycle first{0,
                    pid,
                    1,
                    start,
                    adaptationDay,
                    QCoreApplication::translate("Uptake::Demo",
                                                "Launch to the whole Customer Support cohort; find what "
                                                "stops people in the first two weeks.")};
    first.id = put(repo, first, &error);
    PlanCycle second{0,
                     pid,
                     2,
                     adaptationDay.addDays(1),
                     adaptationDay.addDays(21),
                     QCoreApplication::translate(
                         "Uptake::Demo", "Bring back those who stalled; fit learning around the hubs' shifts.")};
    second.id = put(repo, second, &error);

    put(repo,
        LaunchItem{0, first.id, QCoreApplication::translate("Uptake::Demo", "Tier learning paths and Monday nudges"),
                   QCoreApplication::translate("Uptake::Demo", "All Customer Support agents"), start},
        &error);
    put(repo,
        LaunchItem{0, first.id, QCoreApplication::translate("Uptake::Demo", "Peer champions in each hub"),
                   QCoreApplication::translate("Uptake::Demo", "Manchester, Bengaluru, São Paulo"), start.addDays(2)},
        &error);
    struct FeedbackDef
    {
        int day;
        FeedbackSource source;
        Sentiment sentiment;
        const char *theme;
        const char *quote;
    };
    const FeedbackDef firstFeedback[] = {
        {4, FeedbackSource::Chat, Sentiment::Negative, "Module length",
         "I got 30 minutes into escalations and the queue turned red. Haven't been back."},
        {6, FeedbackSource::Survey, Sentiment::Positive, "Clear path", "Finally I know what to do first."},
        {8, FeedbackSource::Analytics, Sentiment::Negative, "Module length",
         "Most learners who stall in the programme stop at “Handling Escalations and Complaints”."},
        {10, FeedbackSource::HelpDesk, Sentiment::Negative, "Sign-in", "Locked out again after the password change."},
        {12, FeedbackSource::Interview, Sentiment::Neutral, "Shift times",
         "Nudges arrive at 08:00 UK — that's lunchtime in Bengaluru."},
    };
    qint64 lengthFeedback = 0;
    for (const FeedbackDef &f : firstFeedback) {
        const qint64 id = put(repo,
                              FeedbackItem{0, first.id, start.addDays(f.day), f.source, f.sentiment,
                                           QCoreApplication::translate("Uptake::Demo", f.theme),
                                           QCoreApplication::translate("Uptake::Demo", f.quote)},
                              &error);
        if (f.day == 8)
            lengthFeedback = id;
    }
    Adaptation split;
    split.cycleId = first.id;
    split.date = adaptationDay;
    split.courseId = adaptedCourse;
    split.contentId = adaptedContent;
    split.feedbackId = lengthFeedback;
    split.description = QCoreApplication::translate(
        "Uptake::Demo", "Split the 95-minute escalations module into short lessons of about 12 minutes and "
                        "invited those who had stopped there back");
    split.kpi = AdaptationKpi::ContentCompletion;
    split.windowDays = 14;
    put(repo, split, &error);
    put(repo,
        NormalizeItem{0, first.id,
                      QCoreApplication::translate("Uptake::Demo", "Short-lesson format for every new support module"),
                      QCoreApplication::translate("Uptake::Demo", "L&D content team"), adaptationDay.addDays(7)},
        &error);

    put(repo,
        LaunchItem{0, second.id,
                   QCoreApplication::translate("Uptake::Demo", "Win-back message to agents who stalled at escalations"),
                   QCoreApplication::translate("Uptake::Demo", "Agents with an unfinished programme"),
                   adaptationDay.addDays(1)},
        &error);
    const FeedbackDef secondFeedback[] = {
        {16, FeedbackSource::Chat, Sentiment::Positive, "Module length",
         "Did two of the new escalation lessons on my break. Much better."},
        {18, FeedbackSource::Survey, Sentiment::Positive, "Manager support", "My lead asked what I learnt this week."},
        {20, FeedbackSource::Survey, Sentiment::Neutral, "Shift times",
         "Better since the nudge moved to my shift start."},
        {24, FeedbackSource::HelpDesk, Sentiment::Negative, "Sign-in", "Still waiting for the self-service unlock."},
        {27, FeedbackSource::Analytics, Sentiment::Positive, "Completion",
         "Programme completions in the cohort doubled week on week."},
    };
    qint64 shiftFeedback = 0;
    for (const FeedbackDef &f : secondFeedback) {
        const qint64 id = put(repo,
                              FeedbackItem{0, second.id, start.addDays(f.day), f.source, f.sentiment,
                                           QCoreApplication::translate("Uptake::Demo", f.theme),
                                           QCoreApplication::translate("Uptake::Demo", f.quote)},
                              &error);
        if (f.day == 20)
            shiftFeedback = id;
    }
    Adaptation followUp;
    followUp.cycleId = second.id;
    followUp.date = adaptationDay.addDays(7);
    followUp.courseId = adaptedCourse;
    followUp.feedbackId = shiftFeedback;
    followUp.description = QCoreApplication::translate(
        "Uptake::Demo", "Moved the programme's coaching circle to an asynchronous chat thread for all hubs");
    followUp.kpi = AdaptationKpi::CourseCompletion;
    followUp.windowDays = 14;
    put(repo, followUp, &error);
    put(repo,
        NormalizeItem{0, second.id,
                      QCoreApplication::translate("Uptake::Demo", "Tier paths, shift-time nudges and short lessons"),
                      QCoreApplication::translate("Uptake::Demo", "Sales and Operations team leads"),
                      lastDay.addDays(14)},
        &error);

    // --- Govern -----------------------------------------------------------------------------------------------
    const std::tuple<const char *, BoardFunction, const char *> boardDefs[] = {
        {"Hannah Okafor", BoardFunction::LD, "Chair, Head of L&D"},
        {"Priya Raman", BoardFunction::BusinessUnit, "Sponsor, Head of Customer Support"},
        {"Rachel Adeyemi", BoardFunction::HR, "HR Business Partner"},
        {"Grace Mensah", BoardFunction::IT, "Identity and LMS platform"},
        {"Tom Whitfield", BoardFunction::Managers, "Team lead representative"},
    };
    for (const auto &[name, function, role] : boardDefs)
        put(repo, BoardMember{0, QString::fromUtf8(name), function, QCoreApplication::translate("Uptake::Demo", role)},
            &error);

    Decision scopeDecision{
        0,
        pid,
        start.addDays(-3),
        QCoreApplication::translate("Uptake::Demo", "Limit the pilot to six Customer Support courses"),
        QCoreApplication::translate("Uptake::Demo",
                                    "The essential few: the courses agents use every day; everything else waits."),
        u"Hannah Okafor"_s,
        {{u"snapshot"_s, QString::number(1), QCoreApplication::translate("Uptake::Demo", "Baseline before the pilot")}},
        DecisionStatus::Implemented};
    put(repo, scopeDecision, &error);
    put(repo,
        Decision{0,
                 pid,
                 adaptationDay.addDays(-1),
                 QCoreApplication::translate("Uptake::Demo", "Split long modules into lessons of 15 minutes at most"),
                 QCoreApplication::translate(
                     "Uptake::Demo", "Escalations was the top drop-off point; agents have short gaps between tickets."),
                 u"Priya Raman"_s,
                 {{u"chart"_s, u"drop_off"_s,
                   QCoreApplication::translate("Uptake::Demo", "Drop-off chart of the programme")}},
                 DecisionStatus::Implemented},
        &error);
    put(repo,
        Decision{0,
                 pid,
                 lastDay.addDays(-2),
                 QCoreApplication::translate("Uptake::Demo", "Scale the short-lesson format to Sales and Operations"),
                 QCoreApplication::translate("Uptake::Demo",
                                             "Completion of the split module rose sharply after the change."),
                 u"Hannah Okafor"_s,
                 {{u"adaptation"_s, QString(),
                   QCoreApplication::translate("Uptake::Demo", "Split of the escalations module")}},
                 DecisionStatus::Approved},
        &error);
    put(repo,
        Decision{0,
                 0,
                 lastDay.addDays(-1),
                 QCoreApplication::translate("Uptake::Demo", "Quarterly content review by the governance board"),
                 QCoreApplication::translate("Uptake::Demo", "Keeps the catalogue small and current."),
                 u"Rachel Adeyemi"_s,
                 {},
                 DecisionStatus::Proposed},
        &error);

    const QDate firstRelease(lastDay.year(), lastDay.month(), 1);
    put(repo,
        Release{0, firstRelease.addMonths(1), ReleaseCadence::Monthly,
                QCoreApplication::translate("Uptake::Demo", "November support release"),
                QCoreApplication::translate(
                    "Uptake::Demo", "Short-lesson versions of De-escalation Techniques and Writing for Customers"),
                false},
        &error);
    put(repo,
        Release{0, firstRelease.addMonths(2), ReleaseCadence::Monthly,
                QCoreApplication::translate("Uptake::Demo", "December support release"),
                QCoreApplication::translate("Uptake::Demo", "Tier 2 path; knowledge-base refresher"), false},
        &error);
    put(repo,
        Release{0, firstRelease.addMonths(3), ReleaseCadence::Quarterly,
                QCoreApplication::translate("Uptake::Demo", "Q1 catalogue review"),
                QCoreApplication::translate("Uptake::Demo", "Retire or revise the courses the policy flags"), false},
        &error);

    put(repo, RetirementRule{0, RetirementRuleKind::NotAccessed, 60, true}, &error);
    put(repo, RetirementRule{0, RetirementRuleKind::CompletionBelow, 0.25, true}, &error);
    put(repo, RetirementRule{0, RetirementRuleKind::OlderThan, 24, true}, &error);
    put(repo, RetirementRule{0, RetirementRuleKind::Superseded, 0, true}, &error);
    if (!error.isEmpty())
        return Status::failure(error);
    auto candidates = Journey::retirementCandidates(db);
    if (!candidates)
        return Status::failure(candidates.error());
    // The board has looked at the first two candidates so far.
    for (int i = 0; i < candidates->size() && i < 2; ++i)
        put(repo,
            RetirementDecision{
                candidates->at(i).usage.courseId, i == 0 ? RetirementVerdict::Revise : RetirementVerdict::Keep,
                lastDay.addDays(-1),
                i == 0 ? QCoreApplication::translate("Uptake::Demo", "Shorten and relaunch in the Q1 review")
                       : QCoreApplication::translate("Uptake::Demo", "Mandatory; keep as is")},
            &error);

    // --- Checklist and the 30/60/90-day plan ------------------------------------------------------------------
    // Both are seen as of day 65 of the programme, when the board has been set up (its members and decisions are
    // above): the checklist and the plan agree on what is done, and what was due by then is.
    const QDate plannedUpTo = start.addDays(65);
    for (ChecklistItem c : Journey::defaultChecklist(pid, start)) {
        c.done = c.dueDate <= plannedUpTo;
        c.owner = c.phase == Phase::Govern ? u"Hannah Okafor"_s : u"Tom Whitfield"_s;
        put(repo, c, &error);
    }
    for (Action a : Journey::templateActionPlan(pid, start)) {
        a.owner = a.phase == Phase::Pilot ? u"Tom Whitfield"_s : u"Hannah Okafor"_s;
        a.status = a.dueDate <= plannedUpTo         ? ActionStatus::Done
                   : a.dueDate <= start.addDays(80) ? ActionStatus::InProgress
                                                    : ActionStatus::Open;
        if (a.title == Journey::templateActionPlan(pid, start).at(5).title)
            a.leverId = leverIds.value(u"weekly_nudges"_s);
        if (a.title == Journey::templateActionPlan(pid, start).at(7).title)
            a.leverId = leverIds.value(u"microlearning"_s);
        put(repo, a, &error);
    }
    Action sso;
    sso.pilotId = pid;
    sso.title = QCoreApplication::translate("Uptake::Demo", "Switch on self-service unlock for SSO lockouts");
    sso.bucket = 30;
    sso.phase = Phase::Design;
    sso.owner = u"Grace Mensah"_s;
    sso.dueDate = start.addDays(25);
    sso.status = ActionStatus::InProgress;
    sso.barrierId = barrier.at(Login);
    sso.position = 100;
    put(repo, sso, &error); // overdue: still in progress when the data ends
    return error.isEmpty() ? Status() : Status::failure(error);
}

} // namespace Uptake::Demo
