#include "templates.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Uptake::Journey {

namespace {

struct LeverDef
{
    const char16_t *key;
    Pillar pillar;
    const char *name;
    const char *description;
    const char16_t *kpi;
};

// KPI keys as stored in pilot_kpi.kpi (the metrics' snake_case names).
constexpr LeverDef Levers[] = {
    {u"role_paths", Pillar::ContentRelevance, QT_TRANSLATE_NOOP("Uptake::Journey", "Role-based learning paths"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "Give each role a short, ordered path of the courses that matter for its daily work."),
     u"completion_rate"},
    {u"microlearning", Pillar::ContentRelevance, QT_TRANSLATE_NOOP("Uptake::Journey", "Microlearning"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "Split long modules into 10–15-minute pieces, e.g. one 45-minute module into three of 12."),
     u"completion_rate"},
    {u"daily_tools", Pillar::ContentRelevance, QT_TRANSLATE_NOOP("Uptake::Journey", "Integration with daily tools"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "Put learning where work happens: links in chat, calendar slots, prompts in the workflow tool."),
     u"active_rate"},
    {u"apply_48h", Pillar::ContentRelevance, QT_TRANSLATE_NOOP("Uptake::Journey", "Apply within 48 hours"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "After each module, one small task to try on the job within two days, shared in a channel."),
     u"completion_rate"},
    {u"weekly_nudges", Pillar::HabitFormation, QT_TRANSLATE_NOOP("Uptake::Journey", "Weekly nudges"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "A short weekly reminder aiming at 15 minutes of practice a day, sent at a time that suits."),
     u"active_rate"},
    {u"async_cohorts", Pillar::HabitFormation, QT_TRANSLATE_NOOP("Uptake::Journey", "Asynchronous cohorts"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "Small groups move through the same path in the same weeks, each at their own hours."),
     u"active_rate"},
    {u"spaced_repetition", Pillar::HabitFormation, QT_TRANSLATE_NOOP("Uptake::Journey", "Spaced repetition"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "Bring key points back as quick questions a few days and a few weeks after the module."),
     u"completion_rate"},
    {u"manager_coaching", Pillar::Recognition, QT_TRANSLATE_NOOP("Uptake::Journey", "Manager micro-coaching"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "Managers spend 10–15 minutes of the weekly check-in on what was learnt and applied."),
     u"active_rate"},
    {u"milestone_recognition", Pillar::Recognition, QT_TRANSLATE_NOOP("Uptake::Journey", "Recognition of milestones"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "Peers or managers acknowledge finished paths and applied skills where the team can see it."),
     u"completion_rate"},
    {u"tiered_support", Pillar::Recognition, QT_TRANSLATE_NOOP("Uptake::Journey", "Tiered support model"),
     QT_TRANSLATE_NOOP("Uptake::Journey",
                       "Self-help first, then peer champions, then L&D specialists, so nobody stays stuck."),
     u"active_rate"},
};

struct ChecklistDef
{
    Phase phase;
    int dueDay; ///< days after the pilot's start
    const char *text;
};

constexpr ChecklistDef Checklist[] = {
    {Phase::Diagnose, 7, QT_TRANSLATE_NOOP("Uptake::Journey", "Usage baseline taken and frozen")},
    {Phase::Diagnose, 10, QT_TRANSLATE_NOOP("Uptake::Journey", "Content consumption heatmap reviewed")},
    {Phase::Diagnose, 10, QT_TRANSLATE_NOOP("Uptake::Journey", "Login failures checked with IT")},
    {Phase::Diagnose, 14, QT_TRANSLATE_NOOP("Uptake::Journey", "Stakeholder interviews held (at least five)")},
    {Phase::Diagnose, 14, QT_TRANSLATE_NOOP("Uptake::Journey", "Friction points identified and rated")},
    {Phase::Design, 21, QT_TRANSLATE_NOOP("Uptake::Journey", "Levers chosen for every serious barrier")},
    {Phase::Design, 21, QT_TRANSLATE_NOOP("Uptake::Journey", "Content scope cut to the essential few courses")},
    {Phase::Design, 25, QT_TRANSLATE_NOOP("Uptake::Journey", "KPIs and 30/60/90-day targets agreed")},
    {Phase::Pilot, 30, QT_TRANSLATE_NOOP("Uptake::Journey", "Cohort invited and first PLAN cycle launched")},
    {Phase::Pilot, 45, QT_TRANSLATE_NOOP("Uptake::Journey", "Feedback gathered and content adapted")},
    {Phase::Govern, 60, QT_TRANSLATE_NOOP("Uptake::Journey", "Governance board set up")},
    {Phase::Govern, 75, QT_TRANSLATE_NOOP("Uptake::Journey", "Release calendar and retirement policy agreed")},
};

struct ActionDef
{
    int dueDay;
    Phase phase;
    bool cohort;
    const char *title;
};

constexpr ActionDef Actions[] = {
    {7, Phase::Diagnose, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Take the usage baseline")},
    {14, Phase::Diagnose, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Interview stakeholders and learners")},
    {18, Phase::Diagnose, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Build the barrier register")},
    {24, Phase::Design, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Choose levers and the content scope")},
    {28, Phase::Design, true, QT_TRANSLATE_NOOP("Uptake::Journey", "Announce the pilot to the cohort")},
    {35, Phase::Pilot, true, QT_TRANSLATE_NOOP("Uptake::Journey", "Start the weekly nudges")},
    {42, Phase::Pilot, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Run the first PLAN cycle review")},
    {50, Phase::Pilot, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Adapt the content with the most drop-off")},
    {56, Phase::Pilot, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Measure the adaptations' effect")},
    {65, Phase::Govern, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Set up the governance board")},
    {75, Phase::Govern, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Agree the release calendar")},
    {80, Phase::Govern, false, QT_TRANSLATE_NOOP("Uptake::Journey", "Review retirement candidates")},
    {88, Phase::Govern, true, QT_TRANSLATE_NOOP("Uptake::Journey", "Decide how to scale to the next group")},
};

LeverTemplate fromDef(const LeverDef &d)
{
    return {QString::fromUtf16(d.key), d.pillar, QCoreApplication::translate("Uptake::Journey", d.name),
            QCoreApplication::translate("Uptake::Journey", d.description), QString::fromUtf16(d.kpi)};
}

} // namespace

QList<LeverTemplate> builtInLevers()
{
    QList<LeverTemplate> list;
    for (const LeverDef &d : Levers)
        list.append(fromDef(d));
    return list;
}

LeverTemplate builtInLever(const QString &key)
{
    for (const LeverDef &d : Levers)
        if (key == QStringView(d.key))
            return fromDef(d);
    return {{}, Pillar::ContentRelevance, {}, {}, {}};
}

QList<ChecklistItem> defaultChecklist(qint64 pilotId, const QDate &start)
{
    QList<ChecklistItem> list;
    int position = 0;
    for (const ChecklistDef &d : Checklist) {
        ChecklistItem c;
        c.pilotId = pilotId;
        c.phase = d.phase;
        c.position = position++;
        c.text = QCoreApplication::translate("Uptake::Journey", d.text);
        c.dueDate = start.isValid() ? start.addDays(d.dueDay) : QDate();
        list.append(c);
    }
    return list;
}

QList<Lever> defaultLevers(qint64 pilotId)
{
    QList<Lever> list;
    int position = 0;
    for (const LeverTemplate &t : builtInLevers()) {
        Lever l;
        l.pilotId = pilotId;
        l.pillar = t.pillar;
        l.builtIn = t.key;
        l.name = t.name;
        l.description = t.description;
        l.kpi = t.kpi;
        l.position = position++;
        list.append(l);
    }
    return list;
}

int bucketFor(const QDate &start, const QDate &date)
{
    if (!start.isValid() || !date.isValid())
        return 30;
    const qint64 day = start.daysTo(date);
    return day <= 30 ? 30 : day <= 60 ? 60 : 90;
}

QList<Action> templateActionPlan(qint64 pilotId, const QDate &start)
{
    QList<Action> list;
    int position = 0;
    for (const ActionDef &d : Actions) {
        Action a;
        a.pilotId = pilotId;
        a.title = QCoreApplication::translate("Uptake::Journey", d.title);
        a.phase = d.phase;
        a.cohort = d.cohort;
        a.dueDate = start.isValid() ? start.addDays(d.dueDay) : QDate();
        a.bucket = d.dueDay <= 30 ? 30 : d.dueDay <= 60 ? 60 : 90;
        a.position = position++;
        list.append(a);
    }
    return list;
}

} // namespace Uptake::Journey
