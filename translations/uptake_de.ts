<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Uptake</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not provide a connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Aggregates</name>
    <message>
        <source>Cannot update the dashboard&apos;s figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Aggregates::Builder</name>
    <message>
        <source>Cannot update the dashboard&apos;s figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Cli</name>
    <message>
        <source>Usage: uptake [WORKSPACE]                 open Uptake (on WORKSPACE, a *.uptake file)
       uptake init WORKSPACE [--demo] [--timezone TZ] [--force]
                                          create a workspace (--demo fills it with a demo)
       uptake info WORKSPACE [--json]     schema version, program, pilots, row counts
       uptake import WORKSPACE FILE --kind events|roster|performance [options]
                                          import an LMS export, roster or performance file
       uptake presets [--json]            the export formats Uptake recognises
       uptake undo-import WORKSPACE BATCH remove exactly what one import added
       uptake --help | --version

Run &apos;uptake COMMAND --help&apos; for the options of a command.
Exit codes: 0 success, 1 usage error, 2 problem with the input or data.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the workspace with a believable demo organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone for all date computations (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to create (*.uptake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes exactly one WORKSPACE path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:         version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — LMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pilots:         %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners:       %1 (%2 in the roster, %3 ever active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance:    %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports:        %1 (%2 rejected rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly active:  %1 learners in the week of %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learners seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion:     %1 of learner–course pairs completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data yet: import an LMS export to see weekly active users and completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (*.uptake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a workspace&apos;s schema version, program, pilots and row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes exactly one WORKSPACE path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds: events, roster or performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A format from &apos;uptake presets&apos; (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column feeds a field; join columns with +. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN[+COLUMN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fixed value for a field in every row. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field delimiter: , ; tab | (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso, epoch, epoch-ms, moodle, moodle-long, us, excel, relative-days (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FMT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmy or mdy, when dates like 03/04 are ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of time stamps without an offset (default: the workspace&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 0 for dates given as day numbers (OULAD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event values that mean completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1,V2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file even if the same bytes were imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import (CSV, TSV or xAPI JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import one file as one batch: all of it or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes a WORKSPACE and a FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset “%1”; &apos;uptake presets&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes events, roster or performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset “%1” is for another kind of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the file holds with --kind events, roster or performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: expected FIELD=COLUMN with FIELD one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--const %1: expected FIELD=VALUE with FIELD one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes one character (or &apos;tab&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day-order takes dmy or mdy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-date takes a date like 2013-10-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1 (nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  format: %1, encoding %2, dates %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rows read %1, imported %2, rejected %3, already present %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1, column %2: %3 (value “%4”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows, kept in the workspace with their reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the export formats Uptake recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised by: no header, %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch id that &apos;uptake import&apos; printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exactly the rows one import added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo-import takes a WORKSPACE and a BATCH number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command or option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::DataPage</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake works from your LMS&apos;s own exports: learning events (a log of views, starts and completions), your HR roster, and a performance measure per learner. Imports are all-or-nothing and every rejected row is kept with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows of the selected import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s), %1 rows in the workspace, %2 rows rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows of the selected import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything the import of “%1” added? Rows that other imports also brought stay. This cannot be undone; import the file again to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::DataWriter</name>
    <message>
        <source>no database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store learner “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store course “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store content “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store an event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a performance value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record a rejected row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Demo</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator produced no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Editing</name>
    <message>
        <source>The workspace is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pilot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pilot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Editing::UpdatePilot</name>
    <message>
        <source>Edit pilot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Export</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::GuidePage</name>
    <message>
        <source>Open or create a workspace to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs usage data — import first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data from %1 to %2 is available for this phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data yet. Steps marked “needs usage data” open up once you import an LMS export on the Data page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Import</name>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column “%1” (for %2). Its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the required field(s) %1. Use --map FIELD=COLUMN (or --const FIELD=VALUE); the file&apos;s columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already imported (batch %2, %3 rows); nothing was written. Import it again only if you mean to (--again): its rows would all count as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in time order; reading it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no learner: expected an id, email or name (a guest or system action?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event: expected what the learner did (viewed, completed, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration (minutes, HH:MM:SS or PT…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no KPI name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: it has no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 rows of “%2” could be imported; the first problem: line %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle log download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site administration → Reports → Logs → Download (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle logstore_standard_log table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dump of Moodle&apos;s standard log table: no header, 21 columns, epoch times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle gradebook export (participants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades → Export → Plain text file: first name and surname in separate columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open University OULAD studentVle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks per student, VLE site and day, relative to the module start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open University OULAD studentInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per student and module presentation: the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open University OULAD studentAssessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment scores per student, a performance measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAPI statements (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One statement, an array of statements, or JSON lines from a learning record store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic learning events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any CSV with one row per learner action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any CSV with one row per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any CSV with learner, period, KPI and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement&apos;s actor has no account, mbox or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement has no verb id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement has neither a timestamp nor a stored time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 of the array is not an xAPI statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a JSON statement (%2 at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no xAPI statements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Import::CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character: this looks like a binary file, not delimited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text; choose the file&apos;s encoding (for example windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file after line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; this is not a table Uptake can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters; the file may have a quote that is never closed, or not be delimited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a record is longer than %2 characters; the file may have a quote that is never closed, or not be delimited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed (a %3 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Import::DateParser</name>
    <message>
        <source>day offsets like “%1” need a start date to count from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date like %1, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Import::DelimitedSource</name>
    <message>
        <source>unknown encoding “%1”; use utf-8, utf-16le, utf-16be, windows-1252 or latin1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a PDF or ZIP file, not a table; export the data as CSV first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it looks like a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Import::Sniffer</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Import::TableSource</name>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates are day numbers; say which day is day 0 (--start-date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time column&apos;s format could not be recognised; choose one (--date-format)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Import::XapiSource</name>
    <message>
        <source>the JSON file is larger than %1 MB; split it or export JSON lines in parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::ImportRepository</name>
    <message>
        <source>Cannot read the import history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::ImportWizard</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Uptake reads the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake detected these settings from the file. Change any that look wrong; the preview below follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance (KPI values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 8601 (2023-08-07T14:24:00+02:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle (7/08/23, 14:24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older Moodle (2017 July 2 0:58)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US (8/7/2023 2:24 PM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from a start date (OULAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the whole column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For time stamps without an offset, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. A field can combine two columns (first and last name) or take one fixed value for every row (the course of a single-course log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts as completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the event values that mean a learner completed the course. These drive completion rates and time to first completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake reads the whole file and checks every row without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows go in as one batch, or none do. You can undo the whole batch later on the Data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day/month order of the dates cannot be told from this file: choose “Day first” or “Month first”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no second column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event column is mapped: every row counts as activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column or a fixed value for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day/month order to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, about %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 rows (%2 of %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 of %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 good, %3 rejected, %4 already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exact file was imported before; its rows count as already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows as batch %2. Rejected: %3 (kept with their reasons on the Data page). Already in the workspace: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written; the workspace is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::ImportsModel</name>
    <message>
        <source>Learning events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::MainWindow</name>
    <message>
        <source>Uptake workspaces (*.uptake);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a usage baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze today&apos;s weekly active users, completion, time to first completion, drop-off points and login failures, so every later number has something to be compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to learners, managers, HR and IT across functions and locations. Note who said what and tag the friction points you hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register friction and barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failures, unclear learning paths, content that misses job tasks, lack of time, unclear incentives, poor usability, no mobile access, time-zone clashes: rate each by severity and keep the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the content heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which courses each department actually uses, week by week, and where nobody goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-based learning paths and a tight scope: the few courses that drive most outcomes. Split long modules into short ones where learners drop off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habit formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly nudges toward fifteen minutes of daily practice, asynchronous cohorts, learning inside the tools people already use, spaced repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers coach for ten to fifteen minutes in weekly check-ins; peers and managers recognise milestones; apply-within-48-hours assignments are shared with the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match levers to barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lever should answer a barrier from the diagnosis and move a KPI; a barrier nobody addresses is a risk to the pilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the governance board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR, managers, L&amp;D, IT and the business units, each with a clear role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, decision, rationale, owner and the evidence it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan releases on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly or quarterly content releases, so learners and managers know what comes when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire content by policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content not opened for months, rarely completed or superseded is listed for the board to decide on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why people do not use the LMS yet, before you change anything. Numbers show where adoption stalls; conversations show why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build an engagement plan on three pillars — content relevance, habit formation and recognition — choosing the levers that answer the barriers you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Govern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep adoption going after the pilot: a board that decides, a log of its decisions, a release calendar and a policy for retiring content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the program stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline, interviews, barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement plan and levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts, sprints, PLAN cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board, decisions, releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports and their quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to another file and continue there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an LMS usage export, a roster or performance data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Uptake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Uptake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Uptake %1&lt;/h3&gt;&lt;p&gt;Drive LMS adoption with a disciplined program: diagnose, design, pilot and govern, measured against 30/60/90-day targets.&lt;/p&gt;&lt;p&gt;© 2026 The Uptake Team · &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4), QCoro and SQLite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party licences&lt;/b&gt;&lt;br&gt;Qt: GNU LGPL version 3; Qt Charts: GNU GPL version 3&lt;br&gt;QCoro: MIT licence&lt;br&gt;SQLite: public domain&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from an older Uptake; the original was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LMS exports (*.csv *.tsv *.txt *.json *.js *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Uptake starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Uptake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · dates in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::OverviewPage</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your LMS&apos;s usage export (learning events), your HR roster and a performance measure to see weekly active users, completion and drop-off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct learners with at least one event other than a failed login in the last full ISO week (Monday to Sunday) of the data, and their share of the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner–course pairs with a completion event, as a share of all learner–course pairs with any event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login events in the imported data: a friction point worth diagnosing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the roster; %1 ever active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen in the data (no roster imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active in the week of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of learner–course pairs completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a friction point to diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; diagnose where adoption stalls, then plan a pilot for one cohort on the Pilot page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; follow your pilots&apos; progress against their 30/60/90-day targets and record what you learn in PLAN cycles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Pilot</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::PilotDialog</name>
    <message>
        <source>Start date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Customer Support onboarding sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part, and why this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. department=Customer Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roster attribute and value that select the cohort (attribute=value). Leave empty for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort &amp;filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a start date to plan the sprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::PilotPage</name>
    <message>
        <source>&amp;New Pilot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pilots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pilot runs the engagement plan with one cohort for a short sprint (six weeks by default), measured against targets for day 30, 60 and 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pilot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot quickly with one cohort, listen continuously, adapt content, then normalise what works. Each pilot is a time-boxed sprint with its own targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sprint of %n week(s) from %1 to %2. Checkpoints: day 30 on %3, day 60 on %4, day 90 on %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pilot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::PilotRepository</name>
    <message>
        <source>Cannot read the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pilots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pilot with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pilot needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pilot lasts between 1 and 104 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a pilot called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the pilot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::PilotsModel</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::PreferencesDialog</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptake switches to the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>session timeout; always 10 or more</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a percentage in a spin box, with the space your language puts before %</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the LMS records no durations, learning time is estimated from the gaps between a learner&apos;s events; a longer gap than this ends the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint that misses its target by no more than this share of the gap between baseline and target is at risk rather than off track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the locale (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known time zone: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now %2. A workspace counts every date in its own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Summary</name>
    <message>
        <source>Cannot read the workspace summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::WelcomePage</name>
    <message>
        <source>Welcome to Uptake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a bought LMS into a used one: diagnose where adoption stalls, design an engagement plan, pilot it with one cohort and report progress to your governance board against 30/60/90-day targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uptake::Workspace</name>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Uptake workspace: it is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Uptake workspace: it is an SQLite database of another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1” for editing: you do not have permission to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: it lacks parts every Uptake workspace has (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains triggers or views that Uptake did not create (%2); it is not opened because they could run code of unknown origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Uptake and must be upgraded before it can be opened read-only. Open it for editing once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: a backup copy could not be written to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2 The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file: “%1” is the workspace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the existing file could not be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
