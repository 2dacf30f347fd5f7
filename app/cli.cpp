#include "cli.h"

#include "demo/demoworkspace.h"
#include "export/csvwriter.h"
#include "export/planexport.h"
#include "import/importer.h"
#include "import/presets.h"
#include "import/savedprofiles.h"
#include "itemmodels/importsmodel.h"
#include "metrics/metrics.h"
#include "metrics/summary.h"
#include "report/reportrenderer.h"
#include "settings/reporttemplates.h"
#include "storage/aggregates.h"
#include "storage/dialect.h"
#include "storage/importrepository.h"
#include "storage/pilotrepository.h"
#include "storage/serverschema.h"
#include "storage/workspace.h"
#include "storage/workspacecopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Uptake::Cli {

namespace {

/// Opens a workspace to read it. An older workspace file must be upgraded once, which only a connection that may
/// write can do: then it is opened for writing.
Result<std::unique_ptr<Workspace>> openToRead(const QString &path)
{
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!ws && QFileInfo::exists(path))
        ws = Workspace::open(path, Workspace::Access::ReadWrite);
    return ws;
}

/// One CSV line, through the one CSV cell function every export uses (quoting, formulas neutralised).
QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted << csvCell(c);
    return quoted.join(u',') + u'\n';
}

/// A date in JSON output: ISO 8601, or null when there is none.
QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    err() << u"uptake: "_s << message << Qt::endl;
    return code;
}

constexpr const char *Commands[] = {"init", "info",   "import",      "imports", "presets",  "undo-import", "metrics",
                                    "plan", "report", "server-init", "publish", "download", "help"};

/// How a workspace is named in output: a file's absolute path, a team workspace's URL without its password.
QString shownLocation(const QString &path)
{
    if (Dialect::isServerUrl(path)) {
        const auto address = Dialect::parseServerUrl(path);
        return address ? address->displayUrl() : path;
    }
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString usage()
{
    return QCoreApplication::translate(
        "Uptake::Cli",
        "Usage: uptake [WORKSPACE]                 open Uptake (on WORKSPACE, a *.uptake file)\n"
        "       uptake init WORKSPACE [--demo] [--timezone TZ] [--force]\n"
        "                                          create a workspace (--demo fills it with a demo)\n"
        "       uptake info WORKSPACE [--json]     schema version, program, pilots, row counts\n"
        "       uptake import WORKSPACE FILE --kind events|roster|performance [options]\n"
        "                                          import an LMS export, roster or performance file\n"
        "       uptake presets [--json]            the export formats Uptake recognises and saved profiles\n"
        "       uptake imports WORKSPACE [--json] [--rejected BATCH]\n"
        "                                          the import history (or one import's rejected rows, as CSV)\n"
        "       uptake undo-import WORKSPACE BATCH remove exactly what one import added\n"
        "       uptake metrics WORKSPACE [--pilot NAME] [--cohort ATTR=VALUE]... [--from DATE] [--to DATE]\n"
        "                      [--activity minutes|events] [--session-timeout MIN] [--kpi NAME] [--json|--csv]\n"
        "                                          adoption metrics against the 30/60/90-day targets\n"
        "       uptake metrics --definitions          how each metric is defined\n"
        "       uptake plan WORKSPACE [--pilot NAME] [--markdown|--json]\n"
        "                                          export a pilot's whole adoption plan\n"
        "       uptake report WORKSPACE [--pilot NAME] [--as-of DATE] [--sections LIST] [--template NAME]\n"
        "                     --out FILE.pdf [--csv-dir DIR]\n"
        "                                          the PDF status report for the governance board\n"
        "       uptake server-init --url postgresql://USER@HOST:PORT/DB [--add-editor NAME]... [--add-reader NAME]...\n"
        "                                          set up a team workspace and its roles on a PostgreSQL server\n"
        "       uptake publish FILE.uptake postgresql://USER@HOST:PORT/DB [--json]\n"
        "                                          copy a workspace file into an empty team workspace\n"
        "       uptake download postgresql://USER@HOST:PORT/DB FILE.uptake [--force] [--json]\n"
        "                                          copy a team workspace into a new workspace file\n"
        "       uptake --help | --version\n"
        "\n"
        "WORKSPACE is a workspace file (*.uptake) or a team workspace, postgresql://USER@HOST:PORT/DATABASE\n"
        "(password from the URL, PGPASSWORD or ~/.pgpass).\n"
        "\n"
        "Run 'uptake COMMAND --help' for the options of a command.\n"
        "Exit codes: 0 success, 1 usage error, 2 problem with the input or data.\n");
}

/// Parses a subcommand's options; on --help prints them and returns Ok through *exit.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &synopsis, int *exit)
{
    parser.setApplicationDescription(synopsis);
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("Uptake::Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        *exit = fail(UsageError, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt starts the text with "Usage: /path/to/uptake [options] …": show the command as people type it.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty())
            text.replace(program, u"uptake "_s + args.value(0).section(u' ', -1));
        out() << text;
        *exit = Ok;
        return false;
    }
    return true;
}

int init(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(
        u"demo"_s,
        QCoreApplication::translate("Uptake::Cli", "Fill the workspace with a believable demo organisation."));
    const QCommandLineOption zone(
        u"timezone"_s,
        QCoreApplication::translate("Uptake::Cli", "Time zone for all date computations (default: the system's)."),
        QCoreApplication::translate("Uptake::Cli", "TZ"));
    const QCommandLineOption force(u"force"_s, QCoreApplication::translate("Uptake::Cli", "Replace an existing file."));
    const QCommandLineOption seed(u"seed"_s, QCoreApplication::translate("Uptake::Cli", "Seed of the demo generator."),
                                  QCoreApplication::translate("Uptake::Cli", "N"));
    parser.addOptions({demo, zone, force, seed});
    parser.addPositionalArgument(
        u"WORKSPACE"_s, QCoreApplication::translate("Uptake::Cli", "The workspace file to create (*.uptake)."));
    int exit = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Uptake::Cli", "Create a new workspace."), &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "init takes exactly one WORKSPACE path."));
    const QString path = positional.first();
    QTimeZone tz = QTimeZone::systemTimeZone();
    if (parser.isSet(zone)) {
        tz = QTimeZone(parser.value(zone).toUtf8());
        if (!tz.isValid())
            return fail(UsageError,
                        QCoreApplication::translate("Uptake::Cli",
                                                    "Unknown time zone “%1”; use an IANA name such as Europe/Berlin.")
                            .arg(parser.value(zone)));
    }
    if (parser.isSet(demo)) {
        Demo::Options options;
        if (parser.isSet(seed)) {
            bool ok = false;
            options.seed = parser.value(seed).toUInt(&ok);
            if (!ok)
                return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "--seed takes a whole number."));
        }
        if (auto s = Demo::createDemoWorkspace(path, parser.isSet(force), options); !s)
            return fail(DataError, s.error());
        if (parser.isSet(zone)) {
            auto ws = Workspace::open(path);
            if (!ws)
                return fail(DataError, ws.error());
            if (auto s = (*ws)->setTimeZone(tz); !s)
                return fail(DataError, s.error());
        }
    } else {
        auto ws = Workspace::create(path, tz, parser.isSet(force));
        if (!ws)
            return fail(DataError, ws.error());
    }
    out() << QCoreApplication::translate("Uptake::Cli", "Created %1").arg(shownLocation(path)) << Qt::endl;
    return Ok;
}

QJsonObject toJson(const QString &path, const WorkspaceSummary &s)
{
    QJsonArray pilots;
    for (const Pilot &p : s.pilots) {
        pilots.append(QJsonObject{
            {u"name"_s, p.name},
            {u"status"_s, pilotStatusKey(p.status)},
            {u"start_date"_s, p.startDate.isValid() ? QJsonValue(p.startDate.toString(Qt::ISODate)) : QJsonValue()},
            {u"end_date"_s, p.startDate.isValid() ? QJsonValue(p.endDate().toString(Qt::ISODate)) : QJsonValue()},
            {u"duration_weeks"_s, p.durationWeeks},
            {u"cohort"_s, p.cohortDescription},
            {u"cohort_filter"_s, p.cohortFilter},
            {u"owner"_s, p.owner},
        });
    }
    const auto date = jsonDate;
    return QJsonObject{
        {u"path"_s, Dialect::isServerUrl(path) ? shownLocation(path) : QFileInfo(path).absoluteFilePath()},
        {u"schema_version"_s, s.schemaVersion},
        {u"timezone"_s, s.timeZone},
        {u"program"_s, QJsonObject{{u"organisation"_s, s.program.organisation},
                                   {u"lms"_s, s.program.lmsName},
                                   {u"owner"_s, s.program.owner}}},
        {u"pilots"_s, pilots},
        {u"counts"_s, QJsonObject{{u"learners"_s, s.learners},
                                  {u"roster_learners"_s, s.rosterLearners},
                                  {u"active_learners"_s, s.activeLearners},
                                  {u"courses"_s, s.courses},
                                  {u"events"_s, s.events},
                                  {u"performance_values"_s, s.performanceValues},
                                  {u"imports"_s, s.imports},
                                  {u"rejected_rows"_s, s.rejectedRows},
                                  {u"failed_logins"_s, s.failedLogins}}},
        {u"first_day"_s, date(s.firstDay)},
        {u"last_day"_s, date(s.lastDay)},
        // last_week: the last full ISO week up to last_day ("complete": false when the data holds none, clipped
        // to first_day); last_7_days: the seven days ending on last_day, never empty when the data ends mid-week.
        {u"last_week"_s, QJsonObject{{u"start"_s, date(s.lastWeekStart)},
                                     {u"end"_s, date(s.lastWeekEnd)},
                                     {u"complete"_s, s.lastWeekComplete},
                                     {u"active"_s, s.lastWeekActive}}},
        {u"last_7_days"_s, QJsonObject{{u"from"_s, date(s.lastSevenDaysFrom)},
                                       {u"to"_s, date(s.lastDay)},
                                       {u"active"_s, s.lastSevenDaysActive}}},
        {u"completion_rate"_s, s.completionRate},
        {u"recent_completion"_s, QJsonObject{{u"from"_s, date(s.recentFrom)},
                                             {u"to"_s, date(s.lastDay)},
                                             {u"pairs"_s, s.recentCompletionPairs},
                                             {u"rate"_s, s.recentCompletionRate}}},
    };
}

void printSummary(const QString &path, const WorkspaceSummary &s)
{
    const QLocale l;
    QTextStream &o = out();
    o << QCoreApplication::translate("Uptake::Cli", "Workspace:      %1").arg(shownLocation(path)) << '\n';
    o << QCoreApplication::translate("Uptake::Cli", "Format:         version %1").arg(s.schemaVersion) << '\n';
    o << QCoreApplication::translate("Uptake::Cli", "Time zone:      %1").arg(s.timeZone) << '\n';
    const QString org = s.program.organisation.isEmpty() ? QCoreApplication::translate("Uptake::Cli", "(not named yet)")
                                                         : s.program.organisation;
    o << QCoreApplication::translate("Uptake::Cli", "Program:        %1").arg(org);
    if (!s.program.lmsName.isEmpty())
        o << QCoreApplication::translate("Uptake::Cli", " — LMS: %1").arg(s.program.lmsName);
    if (!s.program.owner.isEmpty())
        o << QCoreApplication::translate("Uptake::Cli", " — owner: %1").arg(s.program.owner);
    o << '\n';
    o << QCoreApplication::translate("Uptake::Cli", "Pilots:         %n", nullptr, int(s.pilots.size())) << '\n';
    for (const Pilot &p : s.pilots) {
        const QString when = p.startDate.isValid() ? QCoreApplication::translate("Uptake::Cli", "%1 to %2")
                                                         .arg(l.toString(p.startDate, QLocale::ShortFormat),
                                                              l.toString(p.endDate(), QLocale::ShortFormat))
                                                   : QCoreApplication::translate("Uptake::Cli", "no start date");
        o << u"  • "_s
          << QCoreApplication::translate("Uptake::Cli", "%1 (%2, %3)").arg(p.name, pilotStatusLabel(p.status), when)
          << '\n';
    }
    o << QCoreApplication::translate("Uptake::Cli", "Learners:       %1 (%2 in the roster, %3 ever active)")
             .arg(l.toString(s.learners), l.toString(s.rosterLearners), l.toString(s.activeLearners))
      << '\n';
    o << QCoreApplication::translate("Uptake::Cli", "Courses:        %1").arg(l.toString(s.courses)) << '\n';
    o << QCoreApplication::translate("Uptake::Cli", "Events:         %1").arg(l.toString(s.events));
    if (s.firstDay.isValid())
        o << QCoreApplication::translate("Uptake::Cli", " (%1 to %2)")
                 .arg(l.toString(s.firstDay, QLocale::ShortFormat), l.toString(s.lastDay, QLocale::ShortFormat));
    o << '\n';
    o << QCoreApplication::translate("Uptake::Cli", "Performance:    %1 values").arg(l.toString(s.performanceValues))
      << '\n';
    o << QCoreApplication::translate("Uptake::Cli", "Imports:        %1 (%2 rejected rows)")
             .arg(l.toString(s.imports), l.toString(s.rejectedRows))
      << '\n';
    if (s.lastWeekStart.isValid()) {
        // The seven days up to the last event first: the last full week alone read 0 when the data ended mid-week
        // (or held no full week), as if nobody were active. Then the last full week, named, as the charts count.
        const auto share = [&s, &l](qint64 active) {
            const double rate = s.rosterLearners > 0
                                    ? double(active) / double(s.rosterLearners)
                                    : (s.activeLearners > 0 ? double(active) / double(s.activeLearners) : 0);
            return QString(l.toString(rate * 100, 'f', 1) + l.percent());
        };
        const QString of = s.rosterLearners > 0 ? QCoreApplication::translate("Uptake::Cli", "the roster")
                                                : QCoreApplication::translate("Uptake::Cli", "learners seen");
        o << QCoreApplication::translate("Uptake::Cli",
                                         "Weekly active:  %1 learners in the last 7 days, %2 to %3 (%4 of "
                                         "%5)")
                 .arg(l.toString(s.lastSevenDaysActive), l.toString(s.lastSevenDaysFrom, QLocale::ShortFormat),
                      l.toString(s.lastDay, QLocale::ShortFormat), share(s.lastSevenDaysActive), of)
          << '\n';
        if (s.lastWeekComplete)
            o << QCoreApplication::translate("Uptake::Cli",
                                             "                %1 in the last full week, Monday %2 to Sunday %3 (%4)")
                     .arg(l.toString(s.lastWeekActive), l.toString(s.lastWeekStart, QLocale::ShortFormat),
                          l.toString(s.lastWeekEnd, QLocale::ShortFormat), share(s.lastWeekActive))
              << '\n';
        else
            o << QCoreApplication::translate("Uptake::Cli",
                                             "                no full week (Monday to Sunday) in the data yet")
              << '\n';
        // Which window a completion rate covers decides what it means, so each figure names its window: the last
        // four weeks (the "current" value of targets and of the report's summary), then all the data (what the
        // Overview shows for all learners over the whole period).
        const auto pct = [&l](double v) { return QString(l.toString(v * 100, 'f', 1) + l.percent()); };
        const auto day = [&l](const QDate &d) { return l.toString(d, QLocale::ShortFormat); };
        o << QCoreApplication::translate("Uptake::Cli",
                                         "Completion:     %1 in the last four weeks, %2 to %3 (of the %L4 "
                                         "learner–course pairs active in them)")
                 .arg(pct(s.recentCompletionRate), day(s.recentFrom), day(s.lastDay))
                 .arg(s.recentCompletionPairs)
          << '\n'
          << QCoreApplication::translate("Uptake::Cli", "                %1 over all the data, %2 to %3")
                 .arg(pct(s.completionRate), day(s.firstDay), day(s.lastDay))
          << '\n';
        o << QCoreApplication::translate("Uptake::Cli", "Failed logins:  %1").arg(l.toString(s.failedLogins)) << '\n';
    } else {
        o << QCoreApplication::translate(
                 "Uptake::Cli", "No usage data yet: import an LMS export to see weekly active users and completion.")
          << '\n';
    }
    o.flush();
}

int info(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("Uptake::Cli", "Print one JSON object instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 QCoreApplication::translate("Uptake::Cli", "The workspace file (*.uptake)."));
    int exit = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate("Uptake::Cli",
                                           "Show a workspace's schema version, program, pilots and row counts."),
               &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "info takes exactly one WORKSPACE path."));
    const QString path = parser.positionalArguments().first();
    auto ws = openToRead(path);
    if (!ws)
        return fail(DataError, ws.error());
    auto summary = readSummary((*ws)->database());
    if (!summary)
        return fail(DataError, summary.error());
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(toJson(path, *summary)).toJson(QJsonDocument::Indented));
        out().flush();
    } else {
        printSummary(path, *summary);
    }
    return Ok;
}

int importCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(
        u"kind"_s, QCoreApplication::translate("Uptake::Cli", "What the file holds: events, roster or performance."),
        QCoreApplication::translate("Uptake::Cli", "KIND"));
    const QCommandLineOption preset(
        u"preset"_s, QCoreApplication::translate("Uptake::Cli", "A format from 'uptake presets' (default: detected)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption savedProfile(
        u"profile"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "Start from a mapping saved by name (in the wizard or with --save-profile)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption saveAs(
        u"save-profile"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "Save the mapping and settings used as a named profile, for --profile."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption map(
        u"map"_s,
        QCoreApplication::translate("Uptake::Cli", "Which column feeds a field; join columns with +. Repeatable."),
        QCoreApplication::translate("Uptake::Cli", "FIELD=COLUMN[+COLUMN]"));
    const QCommandLineOption constant(
        u"const"_s, QCoreApplication::translate("Uptake::Cli", "One fixed value for a field in every row. Repeatable."),
        QCoreApplication::translate("Uptake::Cli", "FIELD=VALUE"));
    const QCommandLineOption delimiter(
        u"delimiter"_s, QCoreApplication::translate("Uptake::Cli", "Field delimiter: , ; tab | (default: detected)."),
        QCoreApplication::translate("Uptake::Cli", "C"));
    const QCommandLineOption encoding(
        u"encoding"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: detected)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption noHeader(
        u"no-header"_s, QCoreApplication::translate("Uptake::Cli", "The first row is data, not column names."));
    const QCommandLineOption dateFormat(
        u"date-format"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "iso, epoch, epoch-ms, moodle, moodle-long, us, excel, relative-days "
                                    "(default: detected)."),
        QCoreApplication::translate("Uptake::Cli", "FMT"));
    const QCommandLineOption dayOrder(
        u"day-order"_s, QCoreApplication::translate("Uptake::Cli", "dmy or mdy, when dates like 03/04 are ambiguous."),
        QCoreApplication::translate("Uptake::Cli", "ORDER"));
    const QCommandLineOption zone(u"timezone"_s,
                                  QCoreApplication::translate("Uptake::Cli",
                                                              "Zone of time stamps without an offset (default: the "
                                                              "workspace's)."),
                                  QCoreApplication::translate("Uptake::Cli", "TZ"));
    const QCommandLineOption startDate(
        u"start-date"_s, QCoreApplication::translate("Uptake::Cli", "Day 0 for dates given as day numbers (OULAD)."),
        QCoreApplication::translate("Uptake::Cli", "YYYY-MM-DD"));
    const QCommandLineOption completion(u"completion-values"_s,
                                        QCoreApplication::translate("Uptake::Cli", "Event values that mean completed."),
                                        QCoreApplication::translate("Uptake::Cli", "V1,V2"));
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    QCoreApplication::translate("Uptake::Cli", "Check every row, write nothing."));
    const QCommandLineOption again(
        u"again"_s,
        QCoreApplication::translate("Uptake::Cli", "Import a file even if the same bytes were imported before."));
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("Uptake::Cli", "Print one JSON object."));
    parser.addOptions({kind, preset, savedProfile, saveAs, map, constant, delimiter, encoding, noHeader, dateFormat,
                       dayOrder, zone, startDate, completion, dryRun, again, json});
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 QCoreApplication::translate("Uptake::Cli", "The workspace file (*.uptake)."));
    parser.addPositionalArgument(
        u"FILE"_s, QCoreApplication::translate("Uptake::Cli", "The file to import (CSV, TSV or xAPI JSON)."));
    int exit = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate("Uptake::Cli", "Import one file as one batch: all of it or nothing."),
               &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "import takes a WORKSPACE and a FILE."));

    Import::ImportProfile profile;
    if (parser.isSet(preset) && parser.isSet(savedProfile))
        return fail(UsageError,
                    QCoreApplication::translate("Uptake::Cli", "Give either --preset or --profile, not both."));
    if (parser.isSet(preset)) {
        const Import::Preset *p = Import::findPreset(parser.value(preset));
        if (!p)
            return fail(UsageError,
                        QCoreApplication::translate("Uptake::Cli", "Unknown preset “%1”; 'uptake presets' lists them.")
                            .arg(parser.value(preset)));
        profile = p->profile;
    }
    if (parser.isSet(savedProfile)) {
        const std::optional<Import::ImportProfile> saved = Import::savedProfile(parser.value(savedProfile));
        if (!saved) {
            const QStringList names = Import::savedProfileNames();
            return fail(
                UsageError,
                names.isEmpty()
                    ? QCoreApplication::translate("Uptake::Cli",
                                                  "Unknown profile “%1”: no profiles are saved yet (use --save-profile "
                                                  "NAME or the import wizard).")
                          .arg(parser.value(savedProfile))
                    : QCoreApplication::translate("Uptake::Cli", "Unknown profile “%1”; the saved profiles are: %2.")
                          .arg(parser.value(savedProfile), names.join(u", "_s)));
        }
        profile = *saved;
    }
    const bool hasBase = parser.isSet(preset) || parser.isSet(savedProfile);
    if (parser.isSet(kind)) {
        const Import::DataKind baseKind = profile.kind;
        if (!Import::dataKindFromKey(parser.value(kind), &profile.kind))
            return fail(UsageError,
                        QCoreApplication::translate("Uptake::Cli", "--kind takes events, roster or performance."));
        if (hasBase && baseKind != profile.kind)
            return fail(UsageError,
                        parser.isSet(preset)
                            ? QCoreApplication::translate("Uptake::Cli", "Preset “%1” is for another kind of data.")
                                  .arg(parser.value(preset))
                            : QCoreApplication::translate("Uptake::Cli", "Profile “%1” is for %2 data, not %3.")
                                  .arg(parser.value(savedProfile), Import::dataKindKey(baseKind), parser.value(kind)));
    } else if (!hasBase) {
        return fail(UsageError,
                    QCoreApplication::translate("Uptake::Cli",
                                                "Say what the file holds with --kind events, roster or performance."));
    }
    if (parser.isSet(saveAs) && Import::findPreset(parser.value(saveAs).trimmed()))
        return fail(UsageError,
                    QCoreApplication::translate("Uptake::Cli",
                                                "“%1” is the name of a built-in format; choose another profile name.")
                        .arg(parser.value(saveAs)));
    const QStringList fields = Import::canonicalFields(profile.kind);
    for (const QString &m : parser.values(map)) {
        const qsizetype eq = m.indexOf(u'=');
        const QString field = m.left(eq).trimmed();
        if (eq <= 0 || !fields.contains(field))
            return fail(UsageError, QCoreApplication::translate("Uptake::Cli",
                                                                "--map %1: expected FIELD=COLUMN with FIELD one of %2.")
                                        .arg(m, fields.join(u", "_s)));
        profile.mapping.insert(field, m.mid(eq + 1).split(u'+'));
        profile.constants.remove(field);
    }
    for (const QString &c : parser.values(constant)) {
        const qsizetype eq = c.indexOf(u'=');
        const QString field = c.left(eq).trimmed();
        if (eq <= 0 || !fields.contains(field))
            return fail(UsageError, QCoreApplication::translate(
                                        "Uptake::Cli", "--const %1: expected FIELD=VALUE with FIELD one of %2.")
                                        .arg(c, fields.join(u", "_s)));
        profile.constants.insert(field, c.mid(eq + 1));
        profile.mapping.remove(field);
    }
    if (parser.isSet(delimiter)) {
        QString d = parser.value(delimiter);
        if (d == u"tab"_s || d == u"\\t"_s)
            d = u"\t"_s;
        if (d.size() != 1)
            return fail(UsageError,
                        QCoreApplication::translate("Uptake::Cli", "--delimiter takes one character (or 'tab')."));
        profile.delimiter = d;
    }
    if (parser.isSet(encoding))
        profile.encoding = parser.value(encoding).toLower();
    if (parser.isSet(noHeader))
        profile.hasHeader = 0;
    if (parser.isSet(dateFormat))
        profile.dateFormat = parser.value(dateFormat);
    if (parser.isSet(dayOrder)) {
        profile.dayOrder = parser.value(dayOrder);
        if (profile.dayOrder != u"dmy"_s && profile.dayOrder != u"mdy"_s)
            return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "--day-order takes dmy or mdy."));
    }
    if (parser.isSet(zone)) {
        if (!QTimeZone(parser.value(zone).toUtf8()).isValid())
            return fail(UsageError,
                        QCoreApplication::translate("Uptake::Cli", "Unknown time zone “%1”.").arg(parser.value(zone)));
        profile.timeZone = parser.value(zone);
    }
    if (parser.isSet(startDate)) {
        profile.relativeBase = QDate::fromString(parser.value(startDate), Qt::ISODate);
        if (!profile.relativeBase.isValid())
            return fail(UsageError,
                        QCoreApplication::translate("Uptake::Cli", "--start-date takes a date like 2013-10-01."));
    }
    if (parser.isSet(completion))
        profile.completionValues = parser.value(completion).split(u',', Qt::SkipEmptyParts);

    Import::ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.allowSameFile = parser.isSet(again);
    // Opening checks the file is a sound workspace of ours and, for a real import, takes its lock, so an
    // Uptake that has it open for editing is not written behind its back.
    auto ws =
        Workspace::open(positional.at(0), options.dryRun ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite);
    if (!ws)
        return fail(DataError, ws.error());
    if (!options.dryRun && !(*ws)->readOnlyReason().isEmpty())
        return fail(DataError, (*ws)->readOnlyReason());
    if (const QString fs = Workspace::networkFileSystem(positional.at(0)); !fs.isEmpty())
        err() << u"uptake: "_s
              << QCoreApplication::translate(
                     "Uptake::Cli",
                     "warning: the workspace is on a network file system (%1), where SQLite's locking is unreliable.")
                     .arg(fs)
              << Qt::endl;
    // A big file is written with the workspace file to itself: the lock stays taken, but this command's own
    // connection closes, so the import can write each page once instead of into the write-ahead log and again at the
    // checkpoint (ImportOptions::wholeFile). An Uptake that has the workspace open keeps the log in use; one that
    // opens it while such an import writes is told to wait until it has finished (SQLite's lock). Below
    // the import's page cache (32 MB) the batch stays in memory until it commits, the log costs next to nothing,
    // and the file is not touched at all unless the import commits.
    // (UPTAKE_WHOLE_FILE_FROM, in bytes, moves the threshold: the kill test crashes small imports on this path.)
    bool customThreshold = false;
    const qint64 customFrom = qEnvironmentVariable("UPTAKE_WHOLE_FILE_FROM").toLongLong(&customThreshold);
    const qint64 wholeFileFrom = customThreshold ? customFrom : 32LL * 1024 * 1024;
    if (!options.dryRun && !(*ws)->isServer() && QFileInfo(positional.at(1)).size() >= wholeFileFrom) {
        (*ws)->database().close();
        options.wholeFile = true;
    }
    const Import::ImportResult r = Import::importFile(positional.at(0), positional.at(1), profile, options);
    const bool ok = r.error.isEmpty() && (r.committed || options.dryRun);
    QString savedAs;
    if (ok && parser.isSet(saveAs)) {
        // The mapping as resolved, but the reading settings as asked for: the next export's encoding,
        // delimiter and date format are detected afresh unless the user fixed them here.
        Import::ImportProfile toSave = r.profile;
        toSave.encoding = profile.encoding;
        toSave.delimiter = profile.delimiter;
        toSave.hasHeader = profile.hasHeader;
        toSave.dateFormat = profile.dateFormat;
        toSave.timeZone = profile.timeZone;
        toSave.relativeBase = profile.relativeBase;
        if (auto s = Import::saveProfile(parser.value(saveAs), toSave); !s)
            return fail(DataError, s.error());
        savedAs = parser.value(saveAs).trimmed();
    }
    // Warnings (a file whose learners match nobody in the workspace) go to stderr, so --json keeps stdout clean;
    // they never change the exit code.
    for (const QString &warning : r.warnings)
        err() << u"uptake: "_s << QCoreApplication::translate("Uptake::Cli", "warning: %1").arg(warning) << Qt::endl;
    if (parser.isSet(json)) {
        QJsonArray errors;
        for (const Import::RowError &e : r.errors)
            errors.append(QJsonObject{
                {u"line"_s, e.line}, {u"column"_s, e.column}, {u"value"_s, e.value}, {u"message"_s, e.message}});
        QJsonObject o{{u"rows_read"_s, r.rowsRead},
                      {u"imported"_s, r.imported},
                      {u"rejected"_s, r.rejected},
                      {u"duplicates"_s, r.duplicates},
                      {u"batch_id"_s, r.committed ? QJsonValue(r.batchId) : QJsonValue()},
                      {u"committed"_s, r.committed},
                      {u"dry_run"_s, options.dryRun},
                      {u"preset"_s, r.preset},
                      {u"encoding"_s, r.encoding},
                      {u"delimiter"_s, r.delimiter},
                      {u"date_format"_s, r.dateFormat},
                      {u"sha256"_s, r.sha256},
                      {u"first_day"_s, jsonDate(r.firstDay)},
                      {u"last_day"_s, jsonDate(r.lastDay)},
                      {u"errors"_s, errors},
                      {u"warnings"_s, QJsonArray::fromStringList(r.warnings)}};
        if (!r.error.isEmpty())
            o.insert(u"error"_s, r.error);
        if (r.previousBatchId)
            o.insert(u"previous_batch_id"_s, r.previousBatchId);
        if (r.profile.kind == Import::DataKind::Events)
            o.insert(u"completions"_s, r.completions);
        if (!savedAs.isEmpty())
            o.insert(u"saved_profile"_s, savedAs);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        if (!ok)
            err() << u"uptake: "_s << r.error << Qt::endl;
        return ok ? Ok : DataError;
    }
    if (!ok)
        return fail(DataError, r.error);
    const QLocale l;
    // Each message with its own arguments: the dry run's has no batch number (an extra argument made Qt print a
    // warning on stderr, among the import's own warnings).
    const QString file = QDir::toNativeSeparators(positional.at(1));
    out() << (options.dryRun ? QCoreApplication::translate("Uptake::Cli", "Dry run of %1 (nothing written)").arg(file)
                             : QCoreApplication::translate("Uptake::Cli", "Imported %1 as batch %2")
                                   .arg(file, QString::number(r.batchId))) // as undo-import reads it
          << '\n';
    out() << QCoreApplication::translate("Uptake::Cli", "  format: %1, encoding %2, dates %3")
                 .arg(r.preset, r.encoding, r.dateFormat)
          << '\n';
    out() << (options.dryRun ? QCoreApplication::translate(
                                   "Uptake::Cli", "  rows read %1, would import %2, rejected %3, already present %4")
                             : QCoreApplication::translate(
                                   "Uptake::Cli", "  rows read %1, imported %2, rejected %3, already present %4"))
                 .arg(l.toString(r.rowsRead), l.toString(r.imported), l.toString(r.rejected), l.toString(r.duplicates))
          << '\n';
    if (r.firstDay.isValid()) {
        const QString first = r.firstDay.toString(Qt::ISODate);
        const QString last = r.lastDay.toString(Qt::ISODate);
        if (r.profile.kind == Import::DataKind::Events)
            out() << QCoreApplication::translate("Uptake::Cli", "  new events from %1 to %2, %3 of them completions")
                         .arg(first, last, l.toString(r.completions))
                  << '\n';
        else
            out() << QCoreApplication::translate("Uptake::Cli", "  new values from %1 to %2").arg(first, last) << '\n';
    }
    for (const Import::RowError &e : r.errors.mid(0, 10))
        out() << QCoreApplication::translate("Uptake::Cli", "  line %1, column %2: %3 (value “%4”)")
                     .arg(l.toString(e.line), e.column, e.message, e.value)
              << '\n';
    if (r.rejected > 10)
        out() << (options.dryRun ? QCoreApplication::translate("Uptake::Cli", "  … and %1 more rejected rows")
                                 : QCoreApplication::translate(
                                       "Uptake::Cli", "  … and %1 more rejected rows, kept in the workspace with their "
                                                      "reasons"))
                     .arg(l.toString(r.rejected - 10))
              << '\n';
    if (!savedAs.isEmpty())
        out() << QCoreApplication::translate("Uptake::Cli",
                                             "  saved the mapping as profile “%1” (use it with --profile)")
                     .arg(savedAs)
              << '\n';
    out().flush();
    return Ok;
}

int presetsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("Uptake::Cli", "Print JSON."));
    parser.addOption(json);
    int exit = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Uptake::Cli", "List the export formats Uptake recognises."),
               &exit))
        return exit;
    QJsonArray list;
    for (const Import::Preset &p : Import::presets()) {
        QStringList recognised;
        for (const QStringList &group : p.signature)
            recognised << group.first();
        if (parser.isSet(json)) {
            QJsonObject mapping;
            for (auto it = p.profile.mapping.cbegin(); it != p.profile.mapping.cend(); ++it)
                mapping.insert(it.key(), it.value().join(u'+'));
            list.append(QJsonObject{{u"name"_s, p.name},
                                    {u"title"_s, p.title},
                                    {u"kind"_s, Import::dataKindKey(p.profile.kind)},
                                    {u"recognises"_s, QJsonArray::fromStringList(recognised)},
                                    {u"headerless_columns"_s, p.headerlessColumns.size()},
                                    {u"mapping"_s, mapping}});
            continue;
        }
        out() << p.name.leftJustified(26) << Import::dataKindKey(p.profile.kind).leftJustified(13) << p.title << '\n';
        out() << QString(39, u' ') << p.description << '\n';
        if (!recognised.isEmpty())
            out() << QString(39, u' ')
                  << QCoreApplication::translate("Uptake::Cli", "recognised by: %1").arg(recognised.join(u", "_s))
                  << '\n';
        else if (!p.headerlessColumns.isEmpty())
            out() << QString(39, u' ')
                  << QCoreApplication::translate("Uptake::Cli", "recognised by: no header, %1 columns")
                         .arg(p.headerlessColumns.size())
                  << '\n';
    }
    // Profiles the user saved come after the built-in formats, marked as saved.
    const QStringList saved = Import::savedProfileNames();
    if (!saved.isEmpty() && !parser.isSet(json))
        out() << '\n'
              << QCoreApplication::translate("Uptake::Cli", "Saved profiles (use with --profile NAME):") << '\n';
    for (const QString &name : saved) {
        const std::optional<Import::ImportProfile> p = Import::savedProfile(name);
        if (!p)
            continue;
        QStringList columns;
        for (auto it = p->mapping.cbegin(); it != p->mapping.cend(); ++it)
            columns << it.key() + u'=' + it.value().join(u'+');
        for (auto it = p->constants.cbegin(); it != p->constants.cend(); ++it)
            columns << it.key() + u"=“"_s + it.value() + u'”';
        if (parser.isSet(json)) {
            QJsonObject mapping;
            for (auto it = p->mapping.cbegin(); it != p->mapping.cend(); ++it)
                mapping.insert(it.key(), it.value().join(u'+'));
            QJsonObject constants;
            for (auto it = p->constants.cbegin(); it != p->constants.cend(); ++it)
                constants.insert(it.key(), it.value());
            list.append(QJsonObject{{u"name"_s, name},
                                    {u"title"_s, name},
                                    {u"kind"_s, Import::dataKindKey(p->kind)},
                                    {u"saved"_s, true},
                                    {u"based_on"_s, p->preset},
                                    {u"mapping"_s, mapping},
                                    {u"constants"_s, constants},
                                    {u"completion_values"_s, QJsonArray::fromStringList(p->completionValues)}});
            continue;
        }
        out() << name.leftJustified(26) << Import::dataKindKey(p->kind).leftJustified(13)
              << (p->preset.isEmpty()
                      ? QCoreApplication::translate("Uptake::Cli", "saved profile")
                      : QCoreApplication::translate("Uptake::Cli", "saved profile, based on %1").arg(p->preset))
              << '\n';
        if (!columns.isEmpty())
            out() << QString(39, u' ')
                  << QCoreApplication::translate("Uptake::Cli", "maps: %1").arg(columns.join(u", "_s)) << '\n';
    }
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    out().flush();
    return Ok;
}

int importsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("Uptake::Cli", "Print one JSON object instead of text."));
    const QCommandLineOption rejected(
        u"rejected"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "Print the rows import BATCH rejected, as CSV: line, column, value, reason, row."),
        u"BATCH"_s);
    parser.addOptions({json, rejected});
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 QCoreApplication::translate("Uptake::Cli", "The workspace file (*.uptake)."));
    int exit = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate("Uptake::Cli",
                                           "List a workspace's imports, newest first: file, format, when, counts."),
               &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return fail(UsageError,
                    QCoreApplication::translate("Uptake::Cli", "imports takes exactly one WORKSPACE path."));
    bool isNumber = true;
    const qint64 rejectedOf = parser.isSet(rejected) ? parser.value(rejected).toLongLong(&isNumber) : 0;
    if (!isNumber || (parser.isSet(rejected) && parser.isSet(json)))
        return fail(UsageError, QCoreApplication::translate(
                                    "Uptake::Cli", "--rejected takes a BATCH number, and prints CSV (not --json)."));
    const QString path = parser.positionalArguments().first();
    auto ws = openToRead(path);
    if (!ws)
        return fail(DataError, ws.error());
    const ImportRepository imports((*ws)->database());
    const auto batches = imports.batches();
    if (!batches)
        return fail(DataError, batches.error());
    if (parser.isSet(rejected)) {
        const auto found = std::find_if(batches->cbegin(), batches->cend(),
                                        [rejectedOf](const ImportBatch &b) { return b.id == rejectedOf; });
        if (found == batches->cend())
            return fail(DataError, QCoreApplication::translate("Uptake::Cli", "There is no import %1; "
                                                                              "'uptake imports' lists them.")
                                       .arg(rejectedOf));
        const auto rows = imports.rejectedRows(rejectedOf);
        if (!rows)
            return fail(DataError, rows.error());
        out() << csvLine({u"line"_s, u"column"_s, u"value"_s, u"reason"_s, u"row"_s});
        for (const RejectedRow &r : *rows)
            out() << csvLine({QString::number(r.line), r.column, r.value, r.message, r.raw});
        out().flush();
        return Ok;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ImportBatch &b : *batches) {
            const QJsonObject profile = QJsonDocument::fromJson(b.profile.toUtf8()).object();
            list.append(QJsonObject{
                {u"batch_id"_s, b.id},
                {u"file"_s, b.fileName},
                {u"kind"_s, b.kind},
                {u"preset"_s, profile.isEmpty() ? QJsonValue() : profile.value(u"preset"_s)},
                {u"format"_s, ImportsModel::formatLabel(b)}, // as shown to people, in their language
                {u"profile"_s, profile.isEmpty() ? QJsonValue() : QJsonValue(profile)},
                {u"imported_at"_s,
                 b.importedAt.isValid() ? QJsonValue(b.importedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                {u"file_size"_s, b.fileSize},
                {u"sha256"_s, b.sha256},
                {u"encoding"_s, b.encoding},
                {u"delimiter"_s, b.delimiter},
                {u"date_format"_s, b.dateFormat},
                {u"rows_read"_s, b.rowsRead},
                {u"imported"_s, b.imported},
                {u"rejected"_s, b.rejected},
                {u"duplicates"_s, b.duplicates},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"imports"_s, list}}).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    if (batches->isEmpty()) {
        out() << QCoreApplication::translate("Uptake::Cli", "Nothing imported yet.") << Qt::endl;
        return Ok;
    }
    const QLocale l;
    for (const ImportBatch &b : *batches) {
        const QString format = ImportsModel::formatLabel(b);
        out() << QCoreApplication::translate("Uptake::Cli", "%1  %2 (%3)")
                     .arg(QString::number(b.id), b.fileName, // as --rejected and undo-import read it
                          format.isEmpty() ? ImportsModel::kindLabel(b.kind)
                                           : QCoreApplication::translate("Uptake::Cli", "%1: %2")
                                                 .arg(ImportsModel::kindLabel(b.kind), format))
              << '\n'
              << QCoreApplication::translate(
                     "Uptake::Cli", "    imported %1; rows read %2, imported %3, rejected %4, already present %5")
                     .arg(l.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat), l.toString(b.rowsRead),
                          l.toString(b.imported), l.toString(b.rejected), l.toString(b.duplicates))
              << '\n';
    }
    out().flush();
    return Ok;
}

int undoImportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 QCoreApplication::translate("Uptake::Cli", "The workspace file (*.uptake)."));
    parser.addPositionalArgument(
        u"BATCH"_s, QCoreApplication::translate(
                        "Uptake::Cli", "The batch id that 'uptake import' printed ('uptake imports' lists them all)."));
    int exit = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Uptake::Cli", "Remove exactly the rows one import added."),
               &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 batch = positional.value(1).toLongLong(&isNumber);
    if (positional.size() != 2 || !isNumber)
        return fail(UsageError,
                    QCoreApplication::translate("Uptake::Cli", "undo-import takes a WORKSPACE and a BATCH number."));
    auto ws = Workspace::open(positional.at(0));
    if (!ws)
        return fail(DataError, ws.error());
    if (!(*ws)->readOnlyReason().isEmpty())
        return fail(DataError, (*ws)->readOnlyReason());
    if (auto s = ImportRepository((*ws)->database()).undoBatch(batch); !s)
        return fail(DataError, s.error());
    out() << QCoreApplication::translate("Uptake::Cli", "Removed import %1.").arg(batch) << Qt::endl;
    return Ok;
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    for (const char *c : Commands)
        if (std::strcmp(first, c) == 0)
            return true;
    for (const char *flag : {"-h", "--help", "-v", "--version", "--help-all"})
        if (std::strcmp(first, flag) == 0)
            return true;
    // Anything else that looks like an option is a usage error best reported on the terminal.
    return first[0] == '-';
}

int planCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pilotOption(
        u"pilot"_s,
        QCoreApplication::translate("Uptake::Cli", "The pilot whose plan to export (needed when there are several)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption markdown(
        u"markdown"_s, QCoreApplication::translate("Uptake::Cli", "Write Markdown for a wiki (the default)."));
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("Uptake::Cli", "Write one JSON object."));
    const QCommandLineOption today(
        u"today"_s,
        QCoreApplication::translate("Uptake::Cli", "The date overdue actions are judged against (default: today)."),
        QCoreApplication::translate("Uptake::Cli", "YYYY-MM-DD"));
    parser.addOptions({pilotOption, markdown, json, today});
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 QCoreApplication::translate("Uptake::Cli", "The workspace file (*.uptake)."));
    int exit = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate(
                   "Uptake::Cli",
                   "Export a pilot's adoption plan: phases, checklists, interviews, barriers, levers, "
                   "PLAN cycles with measured adaptations, decisions, retirement candidates and actions."),
               &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "plan takes exactly one WORKSPACE path."));
    if (parser.isSet(markdown) && parser.isSet(json))
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "Choose one of --markdown and --json."));
    QDate asOf = QDate::currentDate();
    if (parser.isSet(today)) {
        asOf = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!asOf.isValid())
            return fail(UsageError,
                        QCoreApplication::translate("Uptake::Cli", "--today takes a date such as 2026-10-30."));
    }
    const QString path = parser.positionalArguments().first();
    auto ws = openToRead(path);
    if (!ws)
        return fail(DataError, ws.error());
    PilotRepository pilots((*ws)->database());
    Pilot pilot;
    if (parser.isSet(pilotOption)) {
        auto found = pilots.pilotByName(parser.value(pilotOption));
        if (!found)
            return fail(DataError, found.error());
        if (found->id == 0)
            return fail(DataError, QCoreApplication::translate("Uptake::Cli", "There is no pilot called “%1”.")
                                       .arg(parser.value(pilotOption)));
        pilot = *found;
    } else {
        auto all = pilots.pilots();
        if (!all)
            return fail(DataError, all.error());
        if (all->isEmpty())
            return fail(DataError, QCoreApplication::translate("Uptake::Cli", "The workspace has no pilot yet."));
        if (all->size() > 1) {
            QStringList names;
            for (const Pilot &p : *all)
                names << p.name;
            return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "Name the pilot with --pilot: %1.")
                                        .arg(names.join(u", "_s)));
        }
        pilot = all->first();
    }
    auto plan = readPlan((*ws)->database(), pilot, asOf);
    if (!plan)
        return fail(DataError, plan.error());
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(planToJson(*plan)).toJson(QJsonDocument::Indented));
    else
        out() << planToMarkdown(*plan);
    out().flush();
    return Ok;
}

/// Text wrapped at width columns, each line indented.
QString wrapText(const QString &text, int width, const QString &indent)
{
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
            out += indent + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        out += indent + line + u'\n';
    return out;
}

int metricsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pilotOption(
        u"pilot"_s,
        QCoreApplication::translate("Uptake::Cli", "Compute for this pilot: its cohort, targets and comparison."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption cohort(
        u"cohort"_s, QCoreApplication::translate("Uptake::Cli", "Only people with this roster attribute (repeatable)."),
        QCoreApplication::translate("Uptake::Cli", "ATTRIBUTE=VALUE"));
    const QCommandLineOption from(
        u"from"_s,
        QCoreApplication::translate("Uptake::Cli", "First day of the window (default: the first day with data)."),
        QCoreApplication::translate("Uptake::Cli", "YYYY-MM-DD"));
    const QCommandLineOption to(
        u"to"_s,
        QCoreApplication::translate("Uptake::Cli", "Last day of the window (default: the last day with data)."),
        QCoreApplication::translate("Uptake::Cli", "YYYY-MM-DD"));
    const QCommandLineOption activity(
        u"activity"_s,
        QCoreApplication::translate("Uptake::Cli", "Learning activity for the correlation: minutes or events."),
        QCoreApplication::translate("Uptake::Cli", "minutes|events"), u"minutes"_s);
    const QCommandLineOption timeout(
        u"session-timeout"_s,
        QCoreApplication::translate("Uptake::Cli", "Session timeout for estimated learning time, in minutes "
                                                   "(10, 15, 20, 30, 45, 60 or 90)."),
        QCoreApplication::translate("Uptake::Cli", "MIN"), u"30"_s);
    const QCommandLineOption kpi(
        u"kpi"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "The performance KPI to correlate with (default: the most frequent)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("Uptake::Cli", "Write one JSON object."));
    const QCommandLineOption csv(u"csv"_s,
                                 QCoreApplication::translate("Uptake::Cli", "Write the weekly figures as CSV."));
    const QCommandLineOption definitions(
        u"definitions"_s, QCoreApplication::translate("Uptake::Cli", "Print how each metric is defined, then exit."));
    parser.addOptions({pilotOption, cohort, from, to, activity, timeout, kpi, json, csv, definitions});
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 QCoreApplication::translate("Uptake::Cli", "The workspace file (*.uptake)."));
    int exit = Ok;
    if (!parse(parser, args, QCoreApplication::translate("Uptake::Cli", "Compute the adoption metrics of a workspace."),
               &exit))
        return exit;
    if (parser.isSet(definitions)) {
        for (const Metrics::Definition &d : Metrics::definitions())
            out() << d.title << u'\n' << wrapText(d.text, 100, u"  "_s) << u'\n';
        out().flush();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(UsageError,
                    QCoreApplication::translate("Uptake::Cli", "metrics takes exactly one WORKSPACE path."));
    if (parser.isSet(json) && parser.isSet(csv))
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "Choose one of --json and --csv."));
    Metrics::Filter filter;
    for (const QString &c : parser.values(cohort)) {
        const auto pairs = Metrics::parseCohort(c);
        if (pairs.size() != 1)
            return fail(UsageError, QCoreApplication::translate(
                                        "Uptake::Cli", "--cohort takes ATTRIBUTE=VALUE, such as department=Support."));
        filter.cohort << pairs;
    }
    for (const auto &[option, target] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (parser.isSet(*option)) {
            *target = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!target->isValid())
                return fail(UsageError,
                            QCoreApplication::translate("Uptake::Cli", "--%1 takes a date such as 2026-09-21.")
                                .arg(option->names().first()));
        }
    }
    if (parser.value(activity) != u"minutes"_s && parser.value(activity) != u"events"_s)
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "--activity takes minutes or events."));
    filter.activity = parser.value(activity) == u"events"_s ? Metrics::Activity::Events : Metrics::Activity::Minutes;
    bool ok = false;
    filter.sessionTimeout = parser.value(timeout).toInt(&ok);
    if (!ok || !Aggregates::isSessionTimeout(filter.sessionTimeout))
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli",
                                                            "--session-timeout takes 10, 15, 20, 30, 45, 60 or 90."));
    filter.kpi = parser.value(kpi);
    const QString path = parser.positionalArguments().first();
    auto ws = openToRead(path);
    if (!ws)
        return fail(DataError, ws.error());
    if (parser.isSet(pilotOption)) {
        auto found = PilotRepository((*ws)->database()).pilotByName(parser.value(pilotOption));
        if (!found)
            return fail(DataError, found.error());
        if (found->id == 0)
            return fail(DataError, QCoreApplication::translate("Uptake::Cli", "There is no pilot called “%1”.")
                                       .arg(parser.value(pilotOption)));
        filter.pilotId = found->id;
    }
    auto set = Metrics::compute((*ws)->database(), filter);
    if (!set)
        return fail(DataError, set.error());
    const Metrics::MetricSet &m = *set;
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(Metrics::toJson(m)).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    if (parser.isSet(csv)) {
        const auto row = csvLine;
        out() << row({u"week"_s, u"start"_s, u"active"_s, u"cohort"_s, u"active_rate"_s, u"learning_minutes"_s});
        for (const Metrics::Week &w : m.weeks)
            out() << row({w.isoWeek, w.start.toString(Qt::ISODate), QString::number(w.active),
                          QString::number(w.cohort), QString::number(w.rate, 'f', 4),
                          QString::number(w.minutes, 'f', 1)});
        out().flush();
        return Ok;
    }
    if (!m.from.isValid())
        return fail(DataError, QCoreApplication::translate("Uptake::Cli",
                                                           "The workspace has no usage data yet: import an LMS export "
                                                           "first (uptake import WORKSPACE FILE --kind events)."));
    const QLocale l;
    auto pct = [&l](double v) { return QString(l.toString(v * 100, 'f', 1) + l.percent()); };
    auto day = [&l](const QDate &d) { return l.toString(d, QLocale::ShortFormat); };
    out() << QCoreApplication::translate("Uptake::Cli", "Window: %1 to %2 (%3)").arg(day(m.from), day(m.to), m.timeZone)
          << u'\n';
    if (!m.pilotName.isEmpty())
        out() << QCoreApplication::translate("Uptake::Cli", "Pilot: %1").arg(m.pilotName) << u'\n';
    out() << QCoreApplication::translate("Uptake::Cli", "Learners in the cohort: %L1%2")
                 .arg(m.learners)
                 .arg(m.hasRoster
                          ? QString()
                          : QCoreApplication::translate("Uptake::Cli", " (no roster: everyone seen in the data)"))
          << "\n\n"
          << QCoreApplication::translate("Uptake::Cli", "Weekly active users") << u'\n';
    for (const Metrics::Week &w : m.weeks)
        out() << "  " << w.isoWeek << "  " << day(w.start).leftJustified(10) << "  "
              << l.toString(w.active).rightJustified(6) << "  " << pct(w.rate).rightJustified(7) << u'\n';
    out() << u'\n'
          << QCoreApplication::translate("Uptake::Cli", "Completion: %1 of %L2 learner–course pairs")
                 .arg(pct(m.overallCompletion))
                 .arg(m.completionPairs)
          << u'\n';
    for (const Metrics::CourseCompletion &c : m.byCourse.mid(0, 10))
        out() << "  " << c.course.left(40).leftJustified(40) << "  " << pct(c.rate).rightJustified(7) << "  "
              << QCoreApplication::translate("Uptake::Cli", "(%L1 of %L2)").arg(c.completed).arg(c.learners) << u'\n';
    const auto &t = m.timeToFirstCompletion;
    out() << u'\n'
          << (t.n ? QCoreApplication::translate("Uptake::Cli",
                                                "Time to first completion: median %1 days (quartiles %2–%3), n = %L4")
                        .arg(l.toString(t.median, 'f', 1), l.toString(t.p25, 'f', 1), l.toString(t.p75, 'f', 1))
                        .arg(t.n)
                  : QCoreApplication::translate("Uptake::Cli",
                                                "Time to first completion: nobody completed anything in the window"))
          << u'\n';
    out() << QCoreApplication::translate("Uptake::Cli", "Learning time: %L1 hours (%2)")
                 .arg(qRound64(m.learningMinutes / 60))
                 .arg(m.learningTimeEstimated
                          ? QCoreApplication::translate("Uptake::Cli", "estimated from event gaps under %n minutes",
                                                        nullptr, m.sessionTimeout)
                          : QCoreApplication::translate("Uptake::Cli", "from the duration column"))
          << u'\n';
    const auto &c = m.correlation;
    if (c.pearson)
        out() << QCoreApplication::translate("Uptake::Cli",
                                             "Learning and %1: r = %2 (95% CI %3 to %4), Spearman ρ = %5, n = %L6%7")
                     .arg(c.kpi, l.toString(*c.pearson, 'f', 2), l.toString(c.ciLow.value_or(0), 'f', 2),
                          l.toString(c.ciHigh.value_or(0), 'f', 2), l.toString(c.spearman.value_or(0), 'f', 2))
                     .arg(c.n)
                     .arg(c.smallN ? QCoreApplication::translate("Uptake::Cli", " (small n: read with care)")
                                   : QString())
              << u'\n' << QCoreApplication::translate("Uptake::Cli", "  Correlation is not causation.") << u'\n';
    if (!m.underEngaged.isEmpty()) {
        out() << u'\n' << QCoreApplication::translate("Uptake::Cli", "Under-engaged cohorts (last two weeks)") << u'\n';
        for (const Metrics::GroupEngagement &g : m.underEngaged.mid(0, 10))
            out() << "  " << QString(g.attribute + u'=' + g.value).leftJustified(36) << "  "
                  << pct(g.rate).rightJustified(7) << "  "
                  << QCoreApplication::translate("Uptake::Cli", "%L1 people").arg(g.size) << u'\n';
    }
    if (!m.dropOff.isEmpty() && !m.dropOff.first().points.isEmpty()) {
        const Metrics::CourseDropOff &d = m.dropOff.first();
        const Metrics::DropOffPoint &p = d.points.first();
        out() << QCoreApplication::translate(
                     "Uptake::Cli", "Most drop-offs: %1, %L2 of %L3 learners did not complete; %4 stopped at “%5”")
                     .arg(d.course)
                     .arg(d.notCompleted)
                     .arg(d.started)
                     .arg(pct(p.share), p.content.isEmpty()
                                            ? QCoreApplication::translate("Uptake::Cli", "(no content item)")
                                            : p.content)
              << u'\n';
    }
    out() << QCoreApplication::translate("Uptake::Cli", "Stopped engaging: %Ln learner(s)", nullptr,
                                         int(m.stoppedEngaging.size()))
          << u'\n';
    if (m.comparison)
        out() << u'\n'
              << QCoreApplication::translate(
                     "Uptake::Cli",
                     "Pilot vs the rest: active rate %1 → %2 against %3 → %4 (difference in differences %5 points)")
                     .arg(pct(m.comparison->pilot.baselineActiveRate), pct(m.comparison->pilot.activeRate),
                          pct(m.comparison->rest.baselineActiveRate), pct(m.comparison->rest.activeRate),
                          l.toString(m.comparison->activeRateDid * 100, 'f', 1))
              << u'\n';
    if (m.comparison) {
        out() << "  " << QString().leftJustified(38)
              << QCoreApplication::translate("Uptake::Cli", "pilot").rightJustified(22)
              << QCoreApplication::translate("Uptake::Cli", "comparison").rightJustified(22)
              << QCoreApplication::translate("Uptake::Cli", "diff. in diff.").rightJustified(16) << u'\n';
        auto value = [&l](const std::optional<double> &v) { return v ? l.toString(*v, 'f', 3) : u"—"_s; };
        for (const Metrics::KpiComparison &k : m.comparison->kpis)
            out() << "  " << k.label.left(38).leftJustified(38)
                  << QString(value(k.pilotBaseline) + u" → "_s + value(k.pilot)).rightJustified(22)
                  << QString(value(k.comparisonBaseline) + u" → "_s + value(k.comparison)).rightJustified(22)
                  << value(k.differenceInDifferences).rightJustified(16) << u'\n';
    }
    for (const Metrics::KpiTarget &target : m.targets) {
        out() << u'\n' << target.label << ": "
              << QCoreApplication::translate("Uptake::Cli", "baseline %1").arg(l.toString(target.baseline, 'f', 3))
              << u'\n';
        for (const Metrics::Checkpoint &cp : target.checkpoints)
            out() << "  " << QCoreApplication::translate("Uptake::Cli", "day %1").arg(cp.day).leftJustified(8)
                  << QCoreApplication::translate("Uptake::Cli", "target %1")
                         .arg(cp.target ? l.toString(*cp.target, 'f', 3) : u"—"_s)
                         .leftJustified(16)
                  << QCoreApplication::translate("Uptake::Cli", "actual %1")
                         .arg(cp.actual ? l.toString(*cp.actual, 'f', 3) : u"—"_s)
                         .leftJustified(16)
                  << Metrics::targetStatusLabel(cp.status) << u'\n';
        if (target.paceNow)
            out() << "  "
                  << QCoreApplication::translate("Uptake::Cli", "last four weeks %1, pace line %2: %3")
                         .arg(l.toString(target.current, 'f', 3), l.toString(*target.paceNow, 'f', 3),
                              Metrics::targetStatusLabel(target.paceStatus))
                  << u'\n';
    }
    out().flush();
    return Ok;
}

int reportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pilotOption(
        u"pilot"_s,
        QCoreApplication::translate("Uptake::Cli", "The pilot to report on (needed when there are several)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption asOf(
        u"as-of"_s, QCoreApplication::translate("Uptake::Cli", "The report's date (default: the last day with data)."),
        QCoreApplication::translate("Uptake::Cli", "YYYY-MM-DD"));
    const QCommandLineOption since(
        u"since"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "Report changes after this date (default: the previous report's date, else "
                                    "the pilot's start)."),
        QCoreApplication::translate("Uptake::Cli", "YYYY-MM-DD"));
    QStringList keys;
    for (ReportSection s : AllReportSections)
        keys << reportSectionKey(s);
    const QCommandLineOption sections(
        u"sections"_s,
        QCoreApplication::translate("Uptake::Cli", "Comma-separated sections to include (default: all): %1.")
            .arg(keys.join(u","_s)),
        QCoreApplication::translate("Uptake::Cli", "LIST"));
    const QCommandLineOption templateOption(
        u"template"_s,
        QCoreApplication::translate("Uptake::Cli", "Use the sections of a report template saved in Uptake."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption names(
        u"names"_s,
        QCoreApplication::translate("Uptake::Cli", "Name the learners who stopped engaging (default: counts only)."));
    const QCommandLineOption paper(
        u"paper"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "Paper size: a4 or letter (default: Preferences, else the locale's)."),
        QCoreApplication::translate("Uptake::Cli", "SIZE"));
    const QCommandLineOption preparedBy(
        u"prepared-by"_s,
        QCoreApplication::translate("Uptake::Cli", "Who prepared the report (default: the program owner)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption outOption(
        u"out"_s, QCoreApplication::translate("Uptake::Cli", "The PDF file to write (replaced atomically)."),
        QCoreApplication::translate("Uptake::Cli", "FILE.pdf"));
    const QCommandLineOption csvDir(
        u"csv-dir"_s,
        QCoreApplication::translate("Uptake::Cli", "Also write each of the report's tables as a CSV file here."),
        QCoreApplication::translate("Uptake::Cli", "DIR"));
    parser.addOptions(
        {pilotOption, asOf, since, sections, templateOption, names, paper, preparedBy, outOption, csvDir});
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 QCoreApplication::translate("Uptake::Cli", "The workspace file (*.uptake)."));
    int exit = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate(
                   "Uptake::Cli",
                   "Write a pilot's status report as a PDF: cover, executive summary, charts, PLAN cycles, "
                   "governance, the 30/60/90-day plan, risks and an appendix. Needs no display."),
               &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "report takes exactly one WORKSPACE path."));
    if (!parser.isSet(outOption) && !parser.isSet(csvDir))
        return fail(UsageError,
                    QCoreApplication::translate(
                        "Uptake::Cli", "Say where to write the report with --out FILE.pdf (or --csv-dir DIR)."));
    if (parser.isSet(sections) && parser.isSet(templateOption))
        return fail(UsageError,
                    QCoreApplication::translate("Uptake::Cli", "Give either --sections or --template, not both."));

    ReportRequest request;
    request.workspacePath = parser.positionalArguments().first();
    request.includeNames = parser.isSet(names);
    request.preparedBy = parser.value(preparedBy);
    for (const auto &[option, target] : {std::pair{&asOf, &request.asOf}, std::pair{&since, &request.since}}) {
        if (parser.isSet(*option)) {
            *target = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!target->isValid())
                return fail(UsageError,
                            QCoreApplication::translate("Uptake::Cli", "--%1 takes a date such as 2026-10-30.")
                                .arg(option->names().first()));
        }
    }
    if (parser.isSet(sections)) {
        auto chosen = parseReportSections(parser.value(sections));
        if (!chosen)
            return fail(UsageError, chosen.error());
        request.sections = *chosen;
    }
    if (parser.isSet(templateOption)) {
        const auto t = reportTemplate(parser.value(templateOption));
        if (!t) {
            const QStringList known = reportTemplateNames();
            return fail(UsageError,
                        known.isEmpty()
                            ? QCoreApplication::translate(
                                  "Uptake::Cli", "Unknown report template “%1”: none is saved yet (save one on the "
                                                 "Report page).")
                                  .arg(parser.value(templateOption))
                            : QCoreApplication::translate("Uptake::Cli",
                                                          "Unknown report template “%1”; the saved templates are: %2.")
                                  .arg(parser.value(templateOption), known.join(u", "_s)));
        }
        request.sections = t->sections;
        request.includeNames = request.includeNames || t->includeNames;
    }
    Report::RenderOptions options;
    options.pageSize = Report::defaultPageSize();
    if (parser.isSet(paper)) {
        const QString p = parser.value(paper).toLower();
        if (p == u"a4"_s)
            options.pageSize = QPageSize::A4;
        else if (p == u"letter"_s)
            options.pageSize = QPageSize::Letter;
        else
            return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "--paper takes a4 or letter."));
    }

    const QString path = request.workspacePath;
    if (!Dialect::isServerUrl(path) && !QFileInfo::exists(path))
        return fail(DataError, QCoreApplication::translate("Uptake::Cli", "There is no workspace at “%1”.")
                                   .arg(QDir::toNativeSeparators(path)));
    {
        // Open once for writing: an older workspace is upgraded here, and a damaged file is refused clearly.
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!ws)
            ws = Workspace::open(path, Workspace::Access::ReadWrite);
        if (!ws)
            return fail(DataError, ws.error());
        if (parser.isSet(pilotOption)) {
            auto found = PilotRepository((*ws)->database()).pilotByName(parser.value(pilotOption));
            if (!found)
                return fail(DataError, found.error());
            if (found->id == 0)
                return fail(DataError, QCoreApplication::translate("Uptake::Cli", "There is no pilot called “%1”.")
                                           .arg(parser.value(pilotOption)));
            request.pilotId = found->id;
        }
    }
    QString warning;
    auto report = Report::makeReport(request, options, parser.value(outOption), {}, nullptr, &warning);
    if (!report)
        return fail(DataError, report.error());
    if (!warning.isEmpty())
        err() << u"uptake: "_s << QCoreApplication::translate("Uptake::Cli", "warning: %1").arg(warning) << Qt::endl;
    // The count goes through a variable: lupdate 6.4 silently skips a numerus argument like (*report)->pageCount().
    if (const int pages = (*report)->pageCount(); parser.isSet(outOption))
        out() << QCoreApplication::translate("Uptake::Cli", "Wrote %1 (%n page(s))", nullptr, pages)
                     .replace(u"(s)"_s, pages == 1 ? QString() : u"s"_s)
                     .arg(QDir::toNativeSeparators(QFileInfo(parser.value(outOption)).absoluteFilePath()))
              << u'\n';
    if (parser.isSet(csvDir)) {
        auto files = Report::writeCsvTables(**report, parser.value(csvDir));
        if (!files)
            return fail(DataError, files.error());
        out() << QCoreApplication::translate("Uptake::Cli", "Wrote %n table(s) as CSV to %1", nullptr,
                                             int(files->size()))
                     .replace(u"(s)"_s, files->size() == 1 ? QString() : u"s"_s)
                     .arg(QDir::toNativeSeparators(QFileInfo(parser.value(csvDir)).absoluteFilePath()))
              << u'\n';
    }
    out().flush();
    return Ok;
}

int serverInitCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption url(
        u"url"_s,
        QCoreApplication::translate("Uptake::Cli",
                                    "The database, as postgresql://USER@HOST:PORT/DATABASE (USER: its owner)."),
        QCoreApplication::translate("Uptake::Cli", "URL"));
    const QCommandLineOption editor(
        u"add-editor"_s,
        QCoreApplication::translate("Uptake::Cli", "Let this login role edit the workspace (created if missing)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption reader(
        u"add-reader"_s,
        QCoreApplication::translate("Uptake::Cli", "Let this login role only read the workspace (created if missing)."),
        QCoreApplication::translate("Uptake::Cli", "NAME"));
    const QCommandLineOption zone(
        u"timezone"_s,
        QCoreApplication::translate("Uptake::Cli", "Time zone for all date computations (default: the system's)."),
        QCoreApplication::translate("Uptake::Cli", "TZ"));
    parser.addOptions({url, editor, reader, zone});
    int exit = Ok;
    if (!parse(parser, args,
               QCoreApplication::translate(
                   "Uptake::Cli",
                   "Set up a team workspace on PostgreSQL: the schema in an empty database (or an upgrade of an "
                   "existing team workspace), the roles DB_editor (may change everything) and DB_reader (may only "
                   "read), and login roles as their members. Safe to run again. Login roles are created without a "
                   "password; set one with ALTER ROLE NAME PASSWORD '…'."),
               &exit))
        return exit;
    if (!parser.isSet(url) || !parser.positionalArguments().isEmpty())
        return fail(UsageError,
                    QCoreApplication::translate("Uptake::Cli", "server-init takes --url and no other arguments."));
    if (!Dialect::isServerUrl(parser.value(url)))
        return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "--url takes a postgresql:// address."));
    QTimeZone tz = QTimeZone::systemTimeZone();
    if (parser.isSet(zone)) {
        tz = QTimeZone(parser.value(zone).toUtf8());
        if (!tz.isValid())
            return fail(UsageError,
                        QCoreApplication::translate("Uptake::Cli",
                                                    "Unknown time zone “%1”; use an IANA name such as Europe/Berlin.")
                            .arg(parser.value(zone)));
    }
    const QString connection = u"server-init"_s;
    Result<ServerSchema::InitReport> report = Result<ServerSchema::InitReport>::failure({});
    {
        auto db = Workspace::openConnection(parser.value(url), connection);
        if (!db)
            return fail(DataError, db.error());
        report = ServerSchema::initialize(*db, tz, parser.values(editor), parser.values(reader));
    }
    Workspace::closeConnection(connection);
    if (!report)
        return fail(DataError, report.error());
    const QString where = shownLocation(parser.value(url));
    if (report->created)
        out() << QCoreApplication::translate("Uptake::Cli", "Created the team workspace %1").arg(where) << '\n';
    else if (report->upgradedFrom > 0)
        out() << QCoreApplication::translate("Uptake::Cli", "Upgraded the team workspace %1 from format %2")
                     .arg(where)
                     .arg(report->upgradedFrom)
              << '\n';
    else
        out() << QCoreApplication::translate("Uptake::Cli", "The team workspace %1 was already set up").arg(where)
              << '\n';
    out() << QCoreApplication::translate("Uptake::Cli", "Roles: %1 (may edit), %2 (may only read)")
                 .arg(report->roles.value(0), report->roles.value(1))
          << '\n';
    for (const QString &login : std::as_const(report->logins))
        out() << QCoreApplication::translate("Uptake::Cli", "Granted: %1").arg(login) << '\n';
    out().flush();
    return Ok;
}

/// Set by Ctrl+C during publish or download: the copy stops and leaves its target as it was.
std::atomic_bool interrupted = false;

void interrupt(int)
{
    interrupted = true;
}

/// publish and download: one positional pair, --json, and (download) --force.
int copyCommand(const QStringList &args, bool up)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("Uptake::Cli", "Print one JSON object."));
    const QCommandLineOption force(u"force"_s,
                                   QCoreApplication::translate("Uptake::Cli", "Replace an existing workspace file."));
    parser.addOption(json);
    if (!up)
        parser.addOption(force);
    const QString fileHelp =
        up ? QCoreApplication::translate("Uptake::Cli", "The workspace file to publish (*.uptake).")
           : QCoreApplication::translate("Uptake::Cli", "The workspace file to create (*.uptake).");
    const QString urlHelp =
        up ? QCoreApplication::translate("Uptake::Cli",
                                         "The empty team workspace to fill, postgresql://USER@HOST:PORT/DATABASE.")
           : QCoreApplication::translate("Uptake::Cli", "The team workspace, postgresql://USER@HOST:PORT/DATABASE.");
    if (up) {
        parser.addPositionalArgument(u"FILE"_s, fileHelp);
        parser.addPositionalArgument(u"URL"_s, urlHelp);
    } else {
        parser.addPositionalArgument(u"URL"_s, urlHelp);
        parser.addPositionalArgument(u"FILE"_s, fileHelp);
    }
    int exit = Ok;
    if (!parse(parser, args,
               up ? QCoreApplication::translate(
                        "Uptake::Cli",
                        "Copy a workspace file, all of it, into an empty team workspace (set up with server-init): "
                        "all or nothing, ids kept. Ctrl+C stops it and leaves the server as it was.")
                  : QCoreApplication::translate(
                        "Uptake::Cli",
                        "Copy a team workspace, all of it, into a new workspace file: built beside the file and "
                        "moved into place when complete. Ctrl+C stops it and leaves any existing file as it was."),
               &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    const QString command = up ? u"publish"_s : u"download"_s;
    if (positional.size() != 2)
        return fail(UsageError,
                    up ? QCoreApplication::translate("Uptake::Cli", "publish takes a FILE and a postgresql:// URL.")
                       : QCoreApplication::translate("Uptake::Cli", "download takes a postgresql:// URL and a FILE."));
    const QString file = up ? positional.at(0) : positional.at(1);
    const QString url = up ? positional.at(1) : positional.at(0);
    if (!Dialect::isServerUrl(url) || Dialect::isServerUrl(file))
        return fail(UsageError,
                    up ? QCoreApplication::translate("Uptake::Cli",
                                                     "publish copies a workspace FILE to a postgresql:// URL, in that "
                                                     "order.")
                       : QCoreApplication::translate("Uptake::Cli",
                                                     "download copies a postgresql:// URL to a workspace FILE, in that "
                                                     "order."));
    interrupted = false;
    const auto previous = std::signal(SIGINT, interrupt);
    const Result<WorkspaceCopy::Report> r =
        up ? WorkspaceCopy::publish(file, url, {}, &interrupted)
           : WorkspaceCopy::download(url, file, parser.isSet(force), {}, &interrupted);
    std::signal(SIGINT, previous);
    const QString from = shownLocation(up ? file : url);
    const QString to = shownLocation(up ? url : file);
    if (parser.isSet(json)) {
        QJsonObject tables;
        if (r)
            for (auto it = r->rowsPerTable.cbegin(); it != r->rowsPerTable.cend(); ++it)
                tables.insert(it.key(), it.value());
        QJsonObject o{{u"command"_s, command}, {u"from"_s, from}, {u"to"_s, to}, {u"ok"_s, bool(r)}};
        if (r) {
            o.insert(u"rows"_s, r->rows);
            o.insert(u"tables"_s, tables);
        } else {
            o.insert(u"error"_s, r.error());
        }
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        if (!r)
            err() << u"uptake: "_s << r.error() << Qt::endl;
        return r ? Ok : DataError;
    }
    if (!r)
        return fail(DataError, r.error());
    const QLocale l;
    out() << (up ? QCoreApplication::translate("Uptake::Cli", "Published %1 to %2")
                 : QCoreApplication::translate("Uptake::Cli", "Downloaded %1 to %2"))
                 .arg(from, to)
          << '\n'
          << QCoreApplication::translate("Uptake::Cli", "  %1 rows in %2 tables")
                 .arg(l.toString(r->rows), l.toString(r->rowsPerTable.size()))
          << '\n';
    out().flush();
    return Ok;
}

bool needsFonts(int argc, char **argv)
{
    return argc >= 2 && std::strcmp(argv[1], "report") == 0;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"-h"_s || command == u"--help"_s || command == u"--help-all"_s || command == u"help"_s) {
        out() << usage();
        out().flush();
        return Ok;
    }
    if (command == u"-v"_s || command == u"--version"_s) {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    // The subcommand's own parser sees "uptake <options…>" so its help text reads naturally.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + command);
    if (command == u"init"_s)
        return init(rest);
    if (command == u"info"_s)
        return info(rest);
    if (command == u"import"_s)
        return importCommand(rest);
    if (command == u"presets"_s)
        return presetsCommand(rest);
    if (command == u"imports"_s)
        return importsCommand(rest);
    if (command == u"undo-import"_s)
        return undoImportCommand(rest);
    if (command == u"plan"_s)
        return planCommand(rest);
    if (command == u"metrics"_s)
        return metricsCommand(rest);
    if (command == u"report"_s)
        return reportCommand(rest);
    if (command == u"server-init"_s)
        return serverInitCommand(rest);
    if (command == u"publish"_s)
        return copyCommand(rest, true);
    if (command == u"download"_s)
        return copyCommand(rest, false);
    err() << usage();
    return fail(UsageError, QCoreApplication::translate("Uptake::Cli", "unknown command or option “%1”.").arg(command));
}

} // namespace Uptake::Cli
