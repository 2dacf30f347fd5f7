#include "presets.h"

#include "domain/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

/// Header aliases per canonical field, lower case, across LMSs and languages we have seen.
const QHash<QString, QStringList> &aliases()
{
    static const QHash<QString, QStringList> a{
        {u"learner"_s,
         {u"learner"_s, u"learner_id"_s, u"learner id"_s, u"user"_s, u"user_id"_s, u"userid"_s, u"user id"_s,
          u"username"_s, u"student"_s, u"student_id"_s, u"id_student"_s, u"employee_id"_s, u"employee id"_s,
          u"person_id"_s, u"id number"_s, u"user full name"_s, u"nom complet de l'utilisateur"_s,
          u"vollständiger name"_s, u"nombre completo del usuario"_s}},
        {u"timestamp"_s,
         {u"timestamp"_s, u"time"_s, u"datetime"_s, u"date"_s, u"event_time"_s, u"event time"_s, u"timecreated"_s,
          u"created"_s, u"created_at"_s, u"occurred_at"_s, u"heure"_s, u"zeit"_s, u"hora"_s}},
        {u"course"_s,
         {u"course"_s, u"course_name"_s, u"course name"_s, u"coursename"_s, u"course_id"_s, u"courseid"_s, u"cours"_s,
          u"kurs"_s, u"curso"_s}},
        {u"content"_s,
         {u"content"_s, u"content_item"_s, u"activity"_s, u"item"_s, u"module"_s, u"resource"_s, u"event context"_s,
          u"contexte de l'événement"_s, u"ereigniskontext"_s, u"contexto del evento"_s}},
        {u"event"_s,
         {u"event"_s, u"event_type"_s, u"event type"_s, u"verb"_s, u"action"_s, u"event name"_s, u"eventname"_s,
          u"status"_s, u"nom de l'événement"_s, u"ereignisname"_s, u"nombre del evento"_s}},
        {u"duration"_s,
         {u"duration"_s, u"duration_minutes"_s, u"duration (minutes)"_s, u"minutes"_s, u"time_spent"_s,
          u"time spent"_s}},
        {u"score"_s, {u"score"_s, u"grade"_s, u"result"_s, u"points"_s}},
        {u"name"_s, {u"name"_s, u"full name"_s, u"full_name"_s, u"display name"_s, u"employee name"_s}},
        {u"email"_s, {u"email"_s, u"e-mail"_s, u"email address"_s, u"mail"_s, u"work email"_s}},
        {u"department"_s, {u"department"_s, u"dept"_s, u"division"_s, u"business unit"_s}},
        {u"team"_s, {u"team"_s, u"group"_s, u"squad"_s}},
        {u"country"_s, {u"country"_s, u"location"_s, u"office"_s}},
        {u"timezone"_s, {u"timezone"_s, u"time zone"_s, u"time_zone"_s, u"tz"_s}},
        {u"manager"_s, {u"manager"_s, u"manager_name"_s, u"line manager"_s, u"supervisor"_s}},
        {u"role"_s, {u"role"_s, u"job title"_s, u"job_title"_s, u"position"_s, u"title"_s}},
        {u"hire_date"_s, {u"hire_date"_s, u"hire date"_s, u"start date"_s, u"start_date"_s, u"joined"_s}},
        {u"period"_s, {u"period"_s, u"week"_s, u"date"_s, u"month"_s, u"day"_s}},
        {u"kpi"_s, {u"kpi"_s, u"metric"_s, u"measure"_s, u"indicator"_s}},
        {u"value"_s, {u"value"_s, u"score"_s, u"amount"_s, u"result"_s}},
    };
    return a;
}

Preset make(const QString &name, const QString &title, const QString &description, DataKind kind)
{
    Preset p;
    p.name = name;
    p.title = title;
    p.description = description;
    p.profile.kind = kind;
    p.profile.preset = name;
    return p;
}

QList<Preset> buildPresets()
{
    QList<Preset> list;

    Preset moodleLog =
        make(u"moodle-log"_s, QCoreApplication::translate("Uptake::Import", "Moodle log download"),
             QCoreApplication::translate("Uptake::Import", "Site administration → Reports → Logs → Download (CSV)."),
             DataKind::Events);
    moodleLog.signature = {
        {u"user full name"_s, u"nom complet de l'utilisateur"_s, u"vollständiger name"_s,
         u"nombre completo del usuario"_s},
        {u"event name"_s, u"nom de l'événement"_s, u"ereignisname"_s, u"nombre del evento"_s},
        {u"event context"_s, u"contexte de l'événement"_s, u"ereigniskontext"_s, u"contexto del evento"_s}};
    moodleLog.profile.completionValues = {u"Course completed"_s, u"Course activity completion updated"_s,
                                          u"Course module completion updated"_s};
    moodleLog.profile.dayOrder = u"dmy"_s;
    list << moodleLog;

    Preset logstore =
        make(u"moodle-logstore"_s, QCoreApplication::translate("Uptake::Import", "Moodle logstore_standard_log table"),
             QCoreApplication::translate("Uptake::Import",
                                         "A dump of Moodle's standard log table: no header, 21 columns, epoch times."),
             DataKind::Events);
    logstore.headerlessColumns = {
        u"id"_s,       u"eventname"_s, u"component"_s,     u"action"_s,    u"target"_s,       u"objecttable"_s,
        u"objectid"_s, u"crud"_s,      u"edulevel"_s,      u"contextid"_s, u"contextlevel"_s, u"contextinstanceid"_s,
        u"userid"_s,   u"courseid"_s,  u"relateduserid"_s, u"anonymous"_s, u"other"_s,        u"timecreated"_s,
        u"origin"_s,   u"ip"_s,        u"realuserid"_s};
    logstore.signature = {{u"eventname"_s}, {u"timecreated"_s}, {u"contextinstanceid"_s}};
    logstore.profile.hasHeader = 0;
    logstore.profile.mapping = {{u"learner"_s, {u"userid"_s}},
                                {u"timestamp"_s, {u"timecreated"_s}},
                                {u"course"_s, {u"courseid"_s}},
                                {u"content"_s, {u"contextinstanceid"_s}},
                                {u"event"_s, {u"eventname"_s}}};
    logstore.profile.dateFormat = u"epoch"_s;
    logstore.profile.courseIds = u"moodle"_s;
    logstore.profile.completionValues = {u"\\core\\event\\course_completed"_s,
                                         u"\\core\\event\\course_module_completion_updated"_s};
    list << logstore;

    Preset gradebook = make(
        u"moodle-gradebook"_s, QCoreApplication::translate("Uptake::Import", "Moodle gradebook export (participants)"),
        QCoreApplication::translate("Uptake::Import",
                                    "Grades → Export → Plain text file: first name and surname in separate columns."),
        DataKind::Roster);
    gradebook.signature = {{u"first name"_s, u"prénom"_s, u"vorname"_s, u"nombre"_s},
                           {u"surname"_s, u"last name"_s, u"nom"_s, u"nachname"_s, u"apellido(s)"_s}};
    gradebook.profile.mapping = {{u"learner"_s, {u"Email address"_s}},
                                 {u"name"_s, {u"First name"_s, u"Surname"_s}},
                                 {u"email"_s, {u"Email address"_s}},
                                 {u"department"_s, {u"Department"_s}}};
    list << gradebook;

    Preset vle =
        make(u"oulad-studentvle"_s, QCoreApplication::translate("Uptake::Import", "Open University OULAD studentVle"),
             QCoreApplication::translate("Uptake::Import",
                                         "Clicks per student, VLE site and day, relative to the module start."),
             DataKind::Events);
    vle.signature = {{u"id_student"_s}, {u"id_site"_s}, {u"sum_click"_s}};
    vle.profile.mapping = {{u"learner"_s, {u"id_student"_s}},
                           {u"timestamp"_s, {u"date"_s}},
                           {u"course"_s, {u"code_module"_s, u"code_presentation"_s}},
                           {u"content"_s, {u"id_site"_s}}};
    vle.profile.constants = {{u"event"_s, u"viewed"_s}};
    vle.profile.dateFormat = u"relative-days"_s;
    list << vle;

    Preset info =
        make(u"oulad-studentinfo"_s, QCoreApplication::translate("Uptake::Import", "Open University OULAD studentInfo"),
             QCoreApplication::translate("Uptake::Import", "One row per student and module presentation: the roster."),
             DataKind::Roster);
    info.signature = {{u"id_student"_s}, {u"final_result"_s}, {u"highest_education"_s}};
    info.profile.mapping = {{u"learner"_s, {u"id_student"_s}}, {u"department"_s, {u"code_module"_s}}};
    list << info;

    Preset assessment =
        make(u"oulad-studentassessment"_s,
             QCoreApplication::translate("Uptake::Import", "Open University OULAD studentAssessment"),
             QCoreApplication::translate("Uptake::Import", "Assessment scores per student, a performance measure."),
             DataKind::Performance);
    assessment.signature = {{u"id_assessment"_s}, {u"id_student"_s}, {u"score"_s}};
    assessment.profile.mapping = {
        {u"learner"_s, {u"id_student"_s}}, {u"period"_s, {u"date_submitted"_s}}, {u"value"_s, {u"score"_s}}};
    assessment.profile.constants = {{u"kpi"_s, u"Assessment score"_s}};
    assessment.profile.dateFormat = u"relative-days"_s;
    list << assessment;

    Preset xapi = make(
        u"xapi"_s, QCoreApplication::translate("Uptake::Import", "xAPI statements (JSON)"),
        QCoreApplication::translate(
            "Uptake::Import", "One statement, an array of statements, or JSON lines from a learning record store."),
        DataKind::Events);
    xapi.profile.completionValues = {u"completed"_s, u"passed"_s, u"mastered"_s};
    list << xapi;

    Preset events = make(u"events"_s, QCoreApplication::translate("Uptake::Import", "Generic learning events"),
                         QCoreApplication::translate("Uptake::Import", "Any CSV with one row per learner action."),
                         DataKind::Events);
    events.profile.completionValues = {u"completed"_s, u"complete"_s, u"passed"_s, u"finished"_s};
    list << events;
    list << make(u"roster"_s, QCoreApplication::translate("Uptake::Import", "Generic roster"),
                 QCoreApplication::translate("Uptake::Import", "Any CSV with one row per person."), DataKind::Roster);
    list << make(u"performance"_s, QCoreApplication::translate("Uptake::Import", "Generic performance"),
                 QCoreApplication::translate("Uptake::Import", "Any CSV with learner, period, KPI and value."),
                 DataKind::Performance);
    return list;
}

QString norm(const QString &s)
{
    return s.trimmed().toLower();
}

} // namespace

const QList<Preset> &presets()
{
    static const QList<Preset> list = buildPresets();
    return list;
}

const Preset *findPreset(const QString &name)
{
    for (const Preset &p : presets())
        if (p.name == name)
            return &p;
    return nullptr;
}

QString formatTitle(const ImportProfile &profile)
{
    if (profile.preset.isEmpty())
        return QCoreApplication::translate("Uptake::Import", "Custom mapping");
    if (profile.preset == u"demo"_s)
        return QCoreApplication::translate("Uptake::Import", "Demo data");
    const Preset *preset = findPreset(profile.preset);
    if (!preset)
        return profile.preset; // a preset of a newer Uptake: its key is all we know
    // Adjusted: a field the preset maps fed from other columns, or a fixed value the preset has not. Fields the preset
    // leaves to the header (the generic ones map nothing) are filled in at every import, and a field whose column
    // the file lacks is dropped: neither is the user's doing.
    bool adjusted = profile.constants != preset->profile.constants;
    for (auto it = preset->profile.mapping.cbegin(); it != preset->profile.mapping.cend() && !adjusted; ++it)
        adjusted = profile.mapping.contains(it.key()) && profile.mapping.value(it.key()) != it.value();
    return adjusted ? QCoreApplication::translate("Uptake::Import", "%1 (mapping adjusted)").arg(preset->title)
                    : preset->title;
}

const Preset *detectPreset(const QStringList &header, bool hasHeader, int columnCount, const DataKind *kindHint)
{
    QStringList names;
    for (const QString &h : header)
        names << norm(h);
    for (const Preset &p : presets()) {
        if (p.signature.isEmpty() || (kindHint && p.profile.kind != *kindHint))
            continue;
        if (!hasHeader) {
            if (!p.headerlessColumns.isEmpty() && p.headerlessColumns.size() == columnCount)
                return &p;
            continue;
        }
        bool all = true;
        for (const QStringList &group : p.signature) {
            bool any = false;
            for (const QString &alias : group)
                any = any || names.contains(alias);
            all = all && any;
        }
        if (all)
            return &p;
    }
    const DataKind kind = kindHint ? *kindHint : DataKind::Events;
    return findPreset(dataKindKey(kind));
}

DataKind guessKind(const QStringList &header)
{
    auto mapped = [&header](DataKind kind) {
        ImportProfile p;
        p.kind = kind;
        suggestMapping(p, header);
        return p.mapping;
    };
    const auto performance = mapped(DataKind::Performance);
    const QStringList needed = requiredFields(DataKind::Performance);
    if (std::all_of(needed.cbegin(), needed.cend(),
                    [&performance](const QString &f) { return performance.contains(f); }))
        return DataKind::Performance;
    const auto events = mapped(DataKind::Events);
    if (events.contains(u"learner"_s) && events.contains(u"timestamp"_s))
        return DataKind::Events;
    const auto roster = mapped(DataKind::Roster);
    if (roster.contains(u"learner"_s) && roster.size() >= 2)
        return DataKind::Roster;
    return DataKind::Events;
}

QStringList suggestMapping(ImportProfile &profile, const QStringList &header)
{
    QStringList unmapped;
    QSet<QString> used;
    for (const QStringList &cols : std::as_const(profile.mapping))
        for (const QString &c : cols)
            used.insert(norm(c));
    for (const QString &field : canonicalFields(profile.kind)) {
        if (profile.mapping.contains(field) || profile.constants.contains(field))
            continue;
        QString found;
        for (const QString &alias : aliases().value(field)) {
            for (const QString &column : header) {
                if (norm(column) == alias && !used.contains(alias)) {
                    found = column;
                    break;
                }
            }
            if (!found.isEmpty())
                break;
        }
        if (found.isEmpty()) {
            unmapped << field;
        } else {
            profile.mapping.insert(field, {found});
            used.insert(norm(found));
        }
    }
    return unmapped;
}

QString courseName(const QString &value, const ImportProfile &profile)
{
    if (profile.courseIds != u"moodle"_s)
        return value;
    bool number = false;
    const qint64 id = value.toLongLong(&number);
    if (!number || id < 0)
        return value; // a name already (a column the user mapped instead), kept as it is
    if (id == 0)
        return {};
    if (id == 1)
        return u"Site home"_s;
    return u"Course %1"_s.arg(id);
}

int classifyEvent(const QString &value, const ImportProfile &profile)
{
    const QString v = norm(value);
    for (const QString &c : profile.completionValues)
        if (norm(c) == v)
            return int(EventKind::Completed);
    // Known words of common LMSs; anything else is activity of an unknown kind ("other").
    static const QList<QPair<QStringList, EventKind>> words{
        {{u"failed login"_s, u"login failed"_s, u"user login failed"_s, u"\\core\\event\\user_login_failed"_s,
          u"loginfailed"_s, u"failed_login"_s},
         EventKind::FailedLogin},
        {{u"logged in"_s, u"login"_s, u"user has logged in"_s, u"\\core\\event\\user_loggedin"_s, u"loggedin"_s,
          u"logged-in"_s},
         EventKind::LoggedIn},
        {{u"logged out"_s, u"logout"_s, u"user logged out"_s, u"\\core\\event\\user_loggedout"_s, u"logged-out"_s},
         EventKind::LoggedOut},
        {{u"completed"_s, u"course completed"_s, u"passed"_s}, EventKind::Completed},
        {{u"started"_s, u"start"_s, u"enrolled"_s, u"attempted"_s, u"launched"_s, u"initialized"_s,
          u"course module started"_s, u"quiz attempt started"_s},
         EventKind::Started},
        {{u"viewed"_s, u"view"_s, u"accessed"_s, u"experienced"_s, u"course viewed"_s, u"course module viewed"_s},
         EventKind::Viewed},
        {{u"submitted"_s, u"submission created"_s, u"a submission has been submitted."_s}, EventKind::Submitted},
        {{u"scored"_s, u"graded"_s, u"user graded"_s, u"submission graded"_s}, EventKind::Scored},
    };
    for (const auto &[list, kind] : words)
        if (list.contains(v))
            return int(kind);
    if (v.endsWith(u"_viewed"_s) || v.endsWith(u" viewed"_s))
        return int(EventKind::Viewed);
    if (v.endsWith(u"_started"_s) || v.endsWith(u" started"_s))
        return int(EventKind::Started);
    if (v.endsWith(u"_submitted"_s) || v.endsWith(u" submitted"_s))
        return int(EventKind::Submitted);
    if (v.endsWith(u"_graded"_s) || v.endsWith(u" graded"_s))
        return int(EventKind::Scored);
    return int(EventKind::Other);
}

} // namespace Uptake::Import
