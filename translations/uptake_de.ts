<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Uptake::Aggregates</name>
    <message>
        <source>Cannot update the dashboard&apos;s figures: %1</source>
        <translation>Die Kennzahlen des Dashboards können nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Backups</name>
    <message>
        <source>Cannot make a backup: the folder “%1” cannot be created.</source>
        <translation>Es kann keine Sicherung erstellt werden: Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot make a backup copy at “%1”: %2</source>
        <translation>Unter „%1“ kann keine Sicherungskopie erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot restore from “%1”: %2</source>
        <translation>Aus „%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot restore from “%1”: it is damaged (%2).</source>
        <translation>Aus „%1“ kann nicht wiederhergestellt werden: Die Sicherung ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Cannot restore: the current workspace could not be kept first. %1</source>
        <translation>Wiederherstellung nicht möglich: Der aktuelle Arbeitsbereich konnte nicht zuvor gesichert werden. %1</translation>
    </message>
</context>
<context>
    <name>Uptake::BarrierChart</name>
    <message>
        <source>Barriers by frequency and severity</source>
        <translation>Hindernisse nach Häufigkeit und Schweregrad</translation>
    </message>
    <message>
        <source>%1: %2, interviews: %3</source>
        <translation>%1: %2, Interviews: %3</translation>
    </message>
    <message>
        <source>The chart fills in as you register barriers and tag them in interviews.</source>
        <translation>Das Diagramm füllt sich, sobald Sie Hindernisse erfassen und in Interviews zuordnen.</translation>
    </message>
    <message>
        <source>Critical · interviews: 99</source>
        <translation>Kritisch · Interviews: 99</translation>
    </message>
    <message>
        <source>bar length: interviews that mention it</source>
        <translation>Balkenlänge: Interviews, die es erwähnen</translation>
    </message>
    <message>
        <source>%1 · interviews: %2</source>
        <translation>%1 · Interviews: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::ChartFrame</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export this chart as an image or its data as CSV</source>
        <translation>Dieses Diagramm als Bild oder seine Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Uptake::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Fill the workspace with a believable demo organisation.</source>
        <translation>Den Arbeitsbereich mit einer glaubwürdigen Demo-Organisation füllen.</translation>
    </message>
    <message>
        <source>Time zone for all date computations (default: the system&apos;s).</source>
        <translation>Zeitzone für alle Datumsberechnungen (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>Seed of the demo generator.</source>
        <translation>Startwert des Demo-Generators.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The workspace file to create (*.uptake).</source>
        <translation>Die anzulegende Arbeitsbereichsdatei (*.uptake).</translation>
    </message>
    <message>
        <source>Create a new workspace.</source>
        <translation>Einen neuen Arbeitsbereich anlegen.</translation>
    </message>
    <message>
        <source>init takes exactly one WORKSPACE path.</source>
        <translation>init erwartet genau einen WORKSPACE-Pfad.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Format:         version %1</source>
        <translation>Format:         Version %1</translation>
    </message>
    <message>
        <source>Time zone:      %1</source>
        <translation>Zeitzone:       %1</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <source>Program:        %1</source>
        <translation>Programm:       %1</translation>
    </message>
    <message>
        <source> — LMS: %1</source>
        <translation> — LMS: %1</translation>
    </message>
    <message>
        <source> — owner: %1</source>
        <translation> — verantwortlich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pilots:         %n</source>
        <translation>
            <numerusform>Pilotprojekte:  %n</numerusform>
            <numerusform>Pilotprojekte:  %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>kein Startdatum</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Learners:       %1 (%2 in the roster, %3 ever active)</source>
        <translation>Lernende:       %1 (%2 in der Personalliste, %3 jemals aktiv)</translation>
    </message>
    <message>
        <source>Courses:        %1</source>
        <translation>Kurse:          %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Ereignisse:     %1</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 bis %2)</translation>
    </message>
    <message>
        <source>Performance:    %1 values</source>
        <translation>Leistung:       %1 Werte</translation>
    </message>
    <message>
        <source>Imports:        %1 (%2 rejected rows)</source>
        <translation>Importe:        %1 (%2 abgelehnte Zeilen)</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>der Personalliste</translation>
    </message>
    <message>
        <source>learners seen</source>
        <translation>gesehenen Lernenden</translation>
    </message>
    <message>
        <source>Failed logins:  %1</source>
        <translation>Fehlgeschlagene Anmeldungen: %1</translation>
    </message>
    <message>
        <source>No usage data yet: import an LMS export to see weekly active users and completion.</source>
        <translation>Noch keine Nutzungsdaten: Importieren Sie einen LMS-Export, um wöchentlich aktive Nutzer und Abschlüsse zu sehen.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The workspace file (*.uptake).</source>
        <translation>Die Arbeitsbereichsdatei (*.uptake).</translation>
    </message>
    <message>
        <source>Show a workspace&apos;s schema version, program, pilots and row counts.</source>
        <translation>Schema-Version, Programm, Pilotprojekte und Zeilenzahlen eines Arbeitsbereichs anzeigen.</translation>
    </message>
    <message>
        <source>info takes exactly one WORKSPACE path.</source>
        <translation>info erwartet genau einen WORKSPACE-Pfad.</translation>
    </message>
    <message>
        <source>What the file holds: events, roster or performance.</source>
        <translation>Was die Datei enthält: events, roster oder performance.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>A format from &apos;uptake presets&apos; (default: detected).</source>
        <translation>Ein Format aus &apos;uptake presets&apos; (Standard: erkannt).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Which column feeds a field; join columns with +. Repeatable.</source>
        <translation>Welche Spalte ein Feld speist; Spalten mit + verbinden. Wiederholbar.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN[+COLUMN]</source>
        <translation>FIELD=COLUMN[+COLUMN]</translation>
    </message>
    <message>
        <source>One fixed value for a field in every row. Repeatable.</source>
        <translation>Ein fester Wert für ein Feld in jeder Zeile. Wiederholbar.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>Field delimiter: , ; tab | (default: detected).</source>
        <translation>Feldtrennzeichen: , ; tab | (Standard: erkannt).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 oder latin1 (Standard: erkannt).</translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation>Die erste Zeile enthält Daten, keine Spaltennamen.</translation>
    </message>
    <message>
        <source>iso, epoch, epoch-ms, moodle, moodle-long, us, excel, relative-days (default: detected).</source>
        <translation>iso, epoch, epoch-ms, moodle, moodle-long, us, excel, relative-days (Standard: erkannt).</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <source>dmy or mdy, when dates like 03/04 are ambiguous.</source>
        <translation>dmy oder mdy, wenn Daten wie 03/04 mehrdeutig sind.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Zone of time stamps without an offset (default: the workspace&apos;s).</source>
        <translation>Zeitzone von Zeitstempeln ohne Offset (Standard: die des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>Day 0 for dates given as day numbers (OULAD).</source>
        <translation>Tag 0 für Daten, die als Tageszahlen angegeben sind (OULAD).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Event values that mean completed.</source>
        <translation>Ereigniswerte, die „abgeschlossen“ bedeuten.</translation>
    </message>
    <message>
        <source>V1,V2</source>
        <translation>V1,V2</translation>
    </message>
    <message>
        <source>Check every row, write nothing.</source>
        <translation>Jede Zeile prüfen, nichts schreiben.</translation>
    </message>
    <message>
        <source>Import a file even if the same bytes were imported before.</source>
        <translation>Eine Datei importieren, auch wenn dieselben Bytes schon importiert wurden.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The file to import (CSV, TSV or xAPI JSON).</source>
        <translation>Die zu importierende Datei (CSV, TSV oder xAPI-JSON).</translation>
    </message>
    <message>
        <source>Import one file as one batch: all of it or nothing.</source>
        <translation>Eine Datei als einen Stapel importieren: ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>import takes a WORKSPACE and a FILE.</source>
        <translation>import erwartet einen WORKSPACE und eine FILE.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”; &apos;uptake presets&apos; lists them.</source>
        <translation>Unbekannte Vorlage „%1“; &apos;uptake presets&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>--kind takes events, roster or performance.</source>
        <translation>--kind erwartet events, roster oder performance.</translation>
    </message>
    <message>
        <source>Preset “%1” is for another kind of data.</source>
        <translation>Die Vorlage „%1“ ist für eine andere Art von Daten.</translation>
    </message>
    <message>
        <source>Say what the file holds with --kind events, roster or performance.</source>
        <translation>Geben Sie mit --kind events, roster oder performance an, was die Datei enthält.</translation>
    </message>
    <message>
        <source>--map %1: expected FIELD=COLUMN with FIELD one of %2.</source>
        <translation>--map %1: erwartet FIELD=COLUMN mit FIELD aus %2.</translation>
    </message>
    <message>
        <source>--const %1: expected FIELD=VALUE with FIELD one of %2.</source>
        <translation>--const %1: erwartet FIELD=VALUE mit FIELD aus %2.</translation>
    </message>
    <message>
        <source>--delimiter takes one character (or &apos;tab&apos;).</source>
        <translation>--delimiter erwartet ein Zeichen (oder &apos;tab&apos;).</translation>
    </message>
    <message>
        <source>--day-order takes dmy or mdy.</source>
        <translation>--day-order erwartet dmy oder mdy.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>--start-date takes a date like 2013-10-01.</source>
        <translation>--start-date erwartet ein Datum wie 2013-10-01.</translation>
    </message>
    <message>
        <source>Dry run of %1 (nothing written)</source>
        <translation>Probelauf von %1 (nichts geschrieben)</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2</source>
        <translation>%1 als Stapel %2 importiert</translation>
    </message>
    <message>
        <source>  format: %1, encoding %2, dates %3</source>
        <translation>  Format: %1, Kodierung %2, Datumsangaben %3</translation>
    </message>
    <message>
        <source>  rows read %1, imported %2, rejected %3, already present %4</source>
        <translation>  Zeilen gelesen %1, importiert %2, abgelehnt %3, bereits vorhanden %4</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3 (value “%4”)</source>
        <translation>  Zeile %1, Spalte %2: %3 (Wert „%4“)</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows, kept in the workspace with their reasons</source>
        <translation>  … und %1 weitere abgelehnte Zeilen, mit ihren Gründen im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the export formats Uptake recognises.</source>
        <translation>Die Exportformate auflisten, die Uptake erkennt.</translation>
    </message>
    <message>
        <source>recognised by: %1</source>
        <translation>erkannt an: %1</translation>
    </message>
    <message>
        <source>recognised by: no header, %1 columns</source>
        <translation>erkannt an: keine Kopfzeile, %1 Spalten</translation>
    </message>
    <message>
        <source>Remove exactly the rows one import added.</source>
        <translation>Genau die Zeilen entfernen, die ein Import hinzugefügt hat.</translation>
    </message>
    <message>
        <source>undo-import takes a WORKSPACE and a BATCH number.</source>
        <translation>undo-import erwartet einen WORKSPACE und eine BATCH-Nummer.</translation>
    </message>
    <message>
        <source>Removed import %1.</source>
        <translation>Import %1 entfernt.</translation>
    </message>
    <message>
        <source>unknown command or option “%1”.</source>
        <translation>unbekannter Befehl oder unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Start from a mapping saved by name (in the wizard or with --save-profile).</source>
        <translation>Mit einer unter einem Namen gespeicherten Zuordnung beginnen (im Assistenten oder mit --save-profile).</translation>
    </message>
    <message>
        <source>Save the mapping and settings used as a named profile, for --profile.</source>
        <translation>Die verwendete Zuordnung und Einstellungen als benanntes Profil für --profile speichern.</translation>
    </message>
    <message>
        <source>Give either --preset or --profile, not both.</source>
        <translation>Geben Sie entweder --preset oder --profile an, nicht beides.</translation>
    </message>
    <message>
        <source>Unknown profile “%1”: no profiles are saved yet (use --save-profile NAME or the import wizard).</source>
        <translation>Unbekanntes Profil „%1“: Es sind noch keine Profile gespeichert (verwenden Sie --save-profile NAME oder den Importassistenten).</translation>
    </message>
    <message>
        <source>Unknown profile “%1”; the saved profiles are: %2.</source>
        <translation>Unbekanntes Profil „%1“; gespeicherte Profile: %2.</translation>
    </message>
    <message>
        <source>Profile “%1” is for %2 data, not %3.</source>
        <translation>Profil „%1“ ist für %2-Daten, nicht für %3.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in format; choose another profile name.</source>
        <translation>„%1“ ist der Name eines eingebauten Formats; wählen Sie einen anderen Profilnamen.</translation>
    </message>
    <message>
        <source>  saved the mapping as profile “%1” (use it with --profile)</source>
        <translation>  Zuordnung als Profil „%1“ gespeichert (mit --profile verwenden)</translation>
    </message>
    <message>
        <source>Saved profiles (use with --profile NAME):</source>
        <translation>Gespeicherte Profile (mit --profile NAME verwenden):</translation>
    </message>
    <message>
        <source>saved profile</source>
        <translation>gespeichertes Profil</translation>
    </message>
    <message>
        <source>saved profile, based on %1</source>
        <translation>gespeichertes Profil, basierend auf %1</translation>
    </message>
    <message>
        <source>maps: %1</source>
        <translation>ordnet zu: %1</translation>
    </message>
    <message>
        <source>The pilot whose plan to export (needed when there are several).</source>
        <translation>Das Pilotprojekt, dessen Plan exportiert wird (nötig bei mehreren).</translation>
    </message>
    <message>
        <source>Write Markdown for a wiki (the default).</source>
        <translation>Markdown für ein Wiki schreiben (Standard).</translation>
    </message>
    <message>
        <source>Write one JSON object.</source>
        <translation>Ein JSON-Objekt schreiben.</translation>
    </message>
    <message>
        <source>The date overdue actions are judged against (default: today).</source>
        <translation>Das Datum, an dem überfällige Maßnahmen gemessen werden (Standard: heute).</translation>
    </message>
    <message>
        <source>Export a pilot&apos;s adoption plan: phases, checklists, interviews, barriers, levers, PLAN cycles with measured adaptations, decisions, retirement candidates and actions.</source>
        <translation>Den Einführungsplan eines Pilotprojekts exportieren: Phasen, Checklisten, Interviews, Hindernisse, Hebel, PLAN-Zyklen mit gemessenen Anpassungen, Entscheidungen, Stilllegungskandidaten und Maßnahmen.</translation>
    </message>
    <message>
        <source>plan takes exactly one WORKSPACE path.</source>
        <translation>plan erwartet genau einen WORKSPACE-Pfad.</translation>
    </message>
    <message>
        <source>Choose one of --markdown and --json.</source>
        <translation>Wählen Sie entweder --markdown oder --json.</translation>
    </message>
    <message>
        <source>--today takes a date such as 2026-10-30.</source>
        <translation>--today erwartet ein Datum wie 2026-10-30.</translation>
    </message>
    <message>
        <source>There is no pilot called “%1”.</source>
        <translation>Es gibt kein Pilotprojekt namens „%1“.</translation>
    </message>
    <message>
        <source>The workspace has no pilot yet.</source>
        <translation>Der Arbeitsbereich hat noch kein Pilotprojekt.</translation>
    </message>
    <message>
        <source>Name the pilot with --pilot: %1.</source>
        <translation>Benennen Sie das Pilotprojekt mit --pilot: %1.</translation>
    </message>
    <message>
        <source>Compute for this pilot: its cohort, targets and comparison.</source>
        <translation>Für dieses Pilotprojekt berechnen: seine Kohorte, Ziele und Vergleichsgruppe.</translation>
    </message>
    <message>
        <source>Only people with this roster attribute (repeatable).</source>
        <translation>Nur Personen mit diesem Merkmal der Personalliste (wiederholbar).</translation>
    </message>
    <message>
        <source>ATTRIBUTE=VALUE</source>
        <translation>ATTRIBUTE=VALUE</translation>
    </message>
    <message>
        <source>First day of the window (default: the first day with data).</source>
        <translation>Erster Tag des Zeitraums (Standard: der erste Tag mit Daten).</translation>
    </message>
    <message>
        <source>Last day of the window (default: the last day with data).</source>
        <translation>Letzter Tag des Zeitraums (Standard: der letzte Tag mit Daten).</translation>
    </message>
    <message>
        <source>Learning activity for the correlation: minutes or events.</source>
        <translation>Lernaktivität für die Korrelation: minutes oder events.</translation>
    </message>
    <message>
        <source>minutes|events</source>
        <translation>minutes|events</translation>
    </message>
    <message>
        <source>Session timeout for estimated learning time, in minutes (10, 15, 20, 30, 45, 60 or 90).</source>
        <translation>Sitzungs-Timeout für die geschätzte Lernzeit in Minuten (10, 15, 20, 30, 45, 60 oder 90).</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>The performance KPI to correlate with (default: the most frequent).</source>
        <translation>Die Leistungskennzahl für die Korrelation (Standard: die häufigste).</translation>
    </message>
    <message>
        <source>Write the weekly figures as CSV.</source>
        <translation>Die Wochenwerte als CSV schreiben.</translation>
    </message>
    <message>
        <source>Print how each metric is defined, then exit.</source>
        <translation>Ausgeben, wie jede Kennzahl definiert ist, dann beenden.</translation>
    </message>
    <message>
        <source>Compute the adoption metrics of a workspace.</source>
        <translation>Die Nutzungskennzahlen eines Arbeitsbereichs berechnen.</translation>
    </message>
    <message>
        <source>metrics takes exactly one WORKSPACE path.</source>
        <translation>metrics erwartet genau einen WORKSPACE-Pfad.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Wählen Sie entweder --json oder --csv.</translation>
    </message>
    <message>
        <source>--cohort takes ATTRIBUTE=VALUE, such as department=Support.</source>
        <translation>--cohort erwartet ATTRIBUTE=VALUE, etwa department=Support.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-09-21.</source>
        <translation>--%1 erwartet ein Datum wie 2026-09-21.</translation>
    </message>
    <message>
        <source>--activity takes minutes or events.</source>
        <translation>--activity erwartet minutes oder events.</translation>
    </message>
    <message>
        <source>--session-timeout takes 10, 15, 20, 30, 45, 60 or 90.</source>
        <translation>--session-timeout erwartet 10, 15, 20, 30, 45, 60 oder 90.</translation>
    </message>
    <message>
        <source>Window: %1 to %2 (%3)</source>
        <translation>Zeitraum: %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Pilot: %1</source>
        <translation>Pilotprojekt: %1</translation>
    </message>
    <message>
        <source>Learners in the cohort: %L1%2</source>
        <translation>Lernende in der Kohorte: %L1%2</translation>
    </message>
    <message>
        <source> (no roster: everyone seen in the data)</source>
        <translation> (keine Personalliste: alle in den Daten gesehenen)</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Wöchentlich aktive Nutzer</translation>
    </message>
    <message>
        <source>Completion: %1 of %L2 learner–course pairs</source>
        <translation>Abschluss: %1 von %L2 Lernende-Kurs-Paaren</translation>
    </message>
    <message>
        <source>(%L1 of %L2)</source>
        <translation>(%L1 von %L2)</translation>
    </message>
    <message>
        <source>Time to first completion: median %1 days (quartiles %2–%3), n = %L4</source>
        <translation>Zeit bis zum ersten Abschluss: Median %1 Tage (Quartile %2–%3), n = %L4</translation>
    </message>
    <message>
        <source>Time to first completion: nobody completed anything in the window</source>
        <translation>Zeit bis zum ersten Abschluss: Niemand hat im Zeitraum etwas abgeschlossen</translation>
    </message>
    <message>
        <source>Learning time: %L1 hours (%2)</source>
        <translation>Lernzeit: %L1 Stunden (%2)</translation>
    </message>
    <message numerus="yes">
        <source>estimated from event gaps under %n minutes</source>
        <translation>
            <numerusform>geschätzt aus Ereignisabständen unter %n Minute</numerusform>
            <numerusform>geschätzt aus Ereignisabständen unter %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>from the duration column</source>
        <translation>aus der Dauer-Spalte</translation>
    </message>
    <message>
        <source>Learning and %1: r = %2 (95% CI %3 to %4), Spearman ρ = %5, n = %L6%7</source>
        <translation>Lernen und %1: r = %2 (95-%-KI %3 bis %4), Spearman ρ = %5, n = %L6%7</translation>
    </message>
    <message>
        <source> (small n: read with care)</source>
        <translation> (kleines n: mit Vorsicht lesen)</translation>
    </message>
    <message>
        <source>  Correlation is not causation.</source>
        <translation>  Korrelation ist keine Kausalität.</translation>
    </message>
    <message>
        <source>Under-engaged cohorts (last two weeks)</source>
        <translation>Unterdurchschnittlich engagierte Gruppen (letzte zwei Wochen)</translation>
    </message>
    <message>
        <source>%L1 people</source>
        <translation>%L1 Personen</translation>
    </message>
    <message>
        <source>Most drop-offs: %1, %L2 of %L3 learners did not complete; %4 stopped at “%5”</source>
        <translation>Meiste Abbrüche: %1, %L2 von %L3 Lernenden haben nicht abgeschlossen; %4 hörten bei „%5“ auf</translation>
    </message>
    <message>
        <source>(no content item)</source>
        <translation>(kein Inhaltselement)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped engaging: %Ln learner(s)</source>
        <translation>
            <numerusform>Nicht mehr aktiv: %Ln Lernende(r)</numerusform>
            <numerusform>Nicht mehr aktiv: %Ln Lernende</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilot vs the rest: active rate %1 → %2 against %3 → %4 (difference in differences %5 points)</source>
        <translation>Pilotprojekt gegenüber dem Rest: Aktivquote %1 → %2 gegenüber %3 → %4 (Differenz der Differenzen %5 Punkte)</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>diff. in diff.</source>
        <translation>Diff. der Diff.</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>Ausgangswert %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>Ist %1</translation>
    </message>
    <message>
        <source>last four weeks %1, pace line %2: %3</source>
        <translation>letzte vier Wochen %1, Zielpfad %2: %3</translation>
    </message>
    <message>
        <source>The pilot to report on (needed when there are several).</source>
        <translation>Das Pilotprojekt, über das berichtet wird (nötig bei mehreren).</translation>
    </message>
    <message>
        <source>The report&apos;s date (default: the last day with data).</source>
        <translation>Das Datum des Berichts (Standard: der letzte Tag mit Daten).</translation>
    </message>
    <message>
        <source>Report changes after this date (default: the previous report&apos;s date, else the pilot&apos;s start).</source>
        <translation>Änderungen nach diesem Datum berichten (Standard: das Datum des vorigen Berichts, sonst der Start des Pilotprojekts).</translation>
    </message>
    <message>
        <source>Comma-separated sections to include (default: all): %1.</source>
        <translation>Kommagetrennte Abschnitte (Standard: alle): %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Use the sections of a report template saved in Uptake.</source>
        <translation>Die Abschnitte einer in Uptake gespeicherten Berichtsvorlage verwenden.</translation>
    </message>
    <message>
        <source>Name the learners who stopped engaging (default: counts only).</source>
        <translation>Die nicht mehr aktiven Lernenden namentlich nennen (Standard: nur Anzahlen).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: Preferences, else the locale&apos;s).</source>
        <translation>Papierformat: a4 oder letter (Standard: Einstellungen, sonst das des Gebietsschemas).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Who prepared the report (default: the program owner).</source>
        <translation>Wer den Bericht erstellt hat (Standard: die Programmverantwortliche Person).</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced atomically).</source>
        <translation>Die zu schreibende PDF-Datei (atomar ersetzt).</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Also write each of the report&apos;s tables as a CSV file here.</source>
        <translation>Zusätzlich jede Tabelle des Berichts als CSV-Datei hier ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write a pilot&apos;s status report as a PDF: cover, executive summary, charts, PLAN cycles, governance, the 30/60/90-day plan, risks and an appendix. Needs no display.</source>
        <translation>Den Statusbericht eines Pilotprojekts als PDF schreiben: Deckblatt, Zusammenfassung, Diagramme, PLAN-Zyklen, Steuerung, 30/60/90-Tage-Plan, Risiken und Anhang. Benötigt keinen Bildschirm.</translation>
    </message>
    <message>
        <source>report takes exactly one WORKSPACE path.</source>
        <translation>report erwartet genau einen WORKSPACE-Pfad.</translation>
    </message>
    <message>
        <source>Say where to write the report with --out FILE.pdf (or --csv-dir DIR).</source>
        <translation>Geben Sie mit --out FILE.pdf (oder --csv-dir DIR) an, wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>Give either --sections or --template, not both.</source>
        <translation>Geben Sie entweder --sections oder --template an, nicht beides.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-30.</source>
        <translation>--%1 erwartet ein Datum wie 2026-10-30.</translation>
    </message>
    <message>
        <source>Unknown report template “%1”: none is saved yet (save one on the Report page).</source>
        <translation>Unbekannte Berichtsvorlage „%1“: Es ist noch keine gespeichert (speichern Sie eine auf der Seite Bericht).</translation>
    </message>
    <message>
        <source>Unknown report template “%1”; the saved templates are: %2.</source>
        <translation>Unbekannte Berichtsvorlage „%1“; gespeicherte Vorlagen: %2.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper erwartet a4 oder letter.</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Unter „%1“ gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) as CSV to %1</source>
        <translation>
            <numerusform>%n Tabelle als CSV nach %1 geschrieben</numerusform>
            <numerusform>%n Tabellen als CSV nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the workspace is on a network file system (%1), where SQLite&apos;s locking is unreliable.</source>
        <translation>Warnung: Der Arbeitsbereich liegt auf einem Netzwerkdateisystem (%1), auf dem die Dateisperren von SQLite unzuverlässig sind.</translation>
    </message>
    <message>
        <source>The database, as postgresql://USER@HOST:PORT/DATABASE (USER: its owner).</source>
        <translation>Die Datenbank, als postgresql://USER@HOST:PORT/DATABASE (USER: ihr Eigentümer).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Let this login role edit the workspace (created if missing).</source>
        <translation>Dieser Login-Rolle erlauben, den Arbeitsbereich zu bearbeiten (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Let this login role only read the workspace (created if missing).</source>
        <translation>Dieser Login-Rolle nur Lesezugriff auf den Arbeitsbereich geben (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Set up a team workspace on PostgreSQL: the schema in an empty database (or an upgrade of an existing team workspace), the roles DB_editor (may change everything) and DB_reader (may only read), and login roles as their members. Safe to run again. Login roles are created without a password; set one with ALTER ROLE NAME PASSWORD &apos;…&apos;.</source>
        <translation>Einen Team-Arbeitsbereich auf PostgreSQL einrichten: das Schema in einer leeren Datenbank (oder die Aktualisierung eines vorhandenen Team-Arbeitsbereichs), die Rollen DB_editor (darf alles ändern) und DB_reader (darf nur lesen) sowie Login-Rollen als deren Mitglieder. Kann gefahrlos erneut ausgeführt werden. Login-Rollen werden ohne Passwort angelegt; setzen Sie eines mit ALTER ROLE NAME PASSWORD &apos;…&apos;.</translation>
    </message>
    <message>
        <source>server-init takes --url and no other arguments.</source>
        <translation>server-init erwartet --url und keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>--url takes a postgresql:// address.</source>
        <translation>--url erwartet eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Created the team workspace %1</source>
        <translation>Team-Arbeitsbereich %1 angelegt</translation>
    </message>
    <message>
        <source>Upgraded the team workspace %1 from format %2</source>
        <translation>Team-Arbeitsbereich %1 von Format %2 aktualisiert</translation>
    </message>
    <message>
        <source>The team workspace %1 was already set up</source>
        <translation>Der Team-Arbeitsbereich %1 war bereits eingerichtet</translation>
    </message>
    <message>
        <source>Roles: %1 (may edit), %2 (may only read)</source>
        <translation>Rollen: %1 (darf bearbeiten), %2 (darf nur lesen)</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Zugriff erteilt: %1</translation>
    </message>
    <message>
        <source>Replace an existing workspace file.</source>
        <translation>Eine vorhandene Arbeitsbereichsdatei ersetzen.</translation>
    </message>
    <message>
        <source>The workspace file to publish (*.uptake).</source>
        <translation>Die zu veröffentlichende Arbeitsbereichsdatei (*.uptake).</translation>
    </message>
    <message>
        <source>The empty team workspace to fill, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Der leere Team-Arbeitsbereich, der gefüllt werden soll, postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The team workspace, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Der Team-Arbeitsbereich, postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Copy a workspace file, all of it, into an empty team workspace (set up with server-init): all or nothing, ids kept. Ctrl+C stops it and leaves the server as it was.</source>
        <translation>Eine Arbeitsbereichsdatei vollständig in einen leeren Team-Arbeitsbereich (mit server-init eingerichtet) kopieren: alles oder nichts, IDs bleiben erhalten. Strg+C bricht ab und lässt den Server unverändert.</translation>
    </message>
    <message>
        <source>Copy a team workspace, all of it, into a new workspace file: built beside the file and moved into place when complete. Ctrl+C stops it and leaves any existing file as it was.</source>
        <translation>Einen Team-Arbeitsbereich vollständig in eine neue Arbeitsbereichsdatei kopieren: Sie wird neben der Datei erstellt und erst nach Abschluss an ihren Platz verschoben. Strg+C bricht ab und lässt eine vorhandene Datei unverändert.</translation>
    </message>
    <message>
        <source>publish takes a FILE and a postgresql:// URL.</source>
        <translation>publish erwartet eine FILE und eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>download takes a postgresql:// URL and a FILE.</source>
        <translation>download erwartet eine postgresql://-URL und eine FILE.</translation>
    </message>
    <message>
        <source>publish copies a workspace FILE to a postgresql:// URL, in that order.</source>
        <translation>publish kopiert eine Arbeitsbereichsdatei FILE an eine postgresql://-URL, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>download copies a postgresql:// URL to a workspace FILE, in that order.</source>
        <translation>download kopiert eine postgresql://-URL in eine Arbeitsbereichsdatei FILE, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Published %1 to %2</source>
        <translation>%1 nach %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2</source>
        <translation>%1 nach %2 heruntergeladen</translation>
    </message>
    <message>
        <source>  %1 rows in %2 tables</source>
        <translation>  %1 Zeilen in %2 Tabellen</translation>
    </message>
    <message>
        <source>The workspace has no usage data yet: import an LMS export first (uptake import WORKSPACE FILE --kind events).</source>
        <translation>Der Arbeitsbereich hat noch keine Nutzungsdaten: Importieren Sie zuerst einen LMS-Export (uptake import WORKSPACE FILE --kind events).</translation>
    </message>
    <message>
        <source>Completion:     %1 in the last four weeks, %2 to %3 (of the %L4 learner–course pairs active in them)</source>
        <translation>Abschluss:      %1 in den letzten vier Wochen, %2 bis %3 (von %L4 in diesem Zeitraum aktiven Lernende-Kurs-Paaren)</translation>
    </message>
    <message>
        <source>                %1 over all the data, %2 to %3</source>
        <translation>                %1 über alle Daten, %2 bis %3</translation>
    </message>
    <message>
        <source>  rows read %1, would import %2, rejected %3, already present %4</source>
        <translation>  Zeilen gelesen %1, zu importieren %2, abgelehnt %3, bereits vorhanden %4</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows</source>
        <translation>  … und %1 weitere abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Weekly active:  %1 learners in the last 7 days, %2 to %3 (%4 of %5)</source>
        <translation>Wöchentlich aktiv: %1 Lernende in den letzten 7 Tagen, %2 bis %3 (%4 von %5)</translation>
    </message>
    <message>
        <source>                %1 in the last full week, Monday %2 to Sunday %3 (%4)</source>
        <translation>                   %1 in der letzten vollen Woche, Montag %2 bis Sonntag %3 (%4)</translation>
    </message>
    <message>
        <source>                no full week (Monday to Sunday) in the data yet</source>
        <translation>                   noch keine volle Woche (Montag bis Sonntag) in den Daten</translation>
    </message>
    <message>
        <source>  new events from %1 to %2, %3 of them completions</source>
        <translation>  neue Ereignisse vom %1 bis %2, davon %3 Abschlüsse</translation>
    </message>
    <message>
        <source>  new values from %1 to %2</source>
        <translation>  neue Werte vom %1 bis %2</translation>
    </message>
    <message>
        <source>Usage: uptake [WORKSPACE]                 open Uptake (on WORKSPACE, a *.uptake file)
       uptake init WORKSPACE [--demo] [--timezone TZ] [--force]
                                          create a workspace (--demo fills it with a demo)
       uptake info WORKSPACE [--json]     schema version, program, pilots, row counts
       uptake import WORKSPACE FILE --kind events|roster|performance [options]
                                          import an LMS export, roster or performance file
       uptake presets [--json]            the export formats Uptake recognises and saved profiles
       uptake imports WORKSPACE [--json] [--rejected BATCH]
                                          the import history (or one import&apos;s rejected rows, as CSV)
       uptake undo-import WORKSPACE BATCH remove exactly what one import added
       uptake metrics WORKSPACE [--pilot NAME] [--cohort ATTR=VALUE]... [--from DATE] [--to DATE]
                      [--activity minutes|events] [--session-timeout MIN] [--kpi NAME] [--json|--csv]
                                          adoption metrics against the 30/60/90-day targets
       uptake metrics --definitions          how each metric is defined
       uptake plan WORKSPACE [--pilot NAME] [--markdown|--json]
                                          export a pilot&apos;s whole adoption plan
       uptake report WORKSPACE [--pilot NAME] [--as-of DATE] [--sections LIST] [--template NAME]
                     --out FILE.pdf [--csv-dir DIR]
                                          the PDF status report for the governance board
       uptake server-init --url postgresql://USER@HOST:PORT/DB [--add-editor NAME]... [--add-reader NAME]...
                                          set up a team workspace and its roles on a PostgreSQL server
       uptake publish FILE.uptake postgresql://USER@HOST:PORT/DB [--json]
                                          copy a workspace file into an empty team workspace
       uptake download postgresql://USER@HOST:PORT/DB FILE.uptake [--force] [--json]
                                          copy a team workspace into a new workspace file
       uptake --help | --version

WORKSPACE is a workspace file (*.uptake) or a team workspace, postgresql://USER@HOST:PORT/DATABASE
(password from the URL, PGPASSWORD or ~/.pgpass).

Run &apos;uptake COMMAND --help&apos; for the options of a command.
Exit codes: 0 success, 1 usage error, 2 problem with the input or data.
</source>
        <translation>Syntax: uptake [WORKSPACE]                 Uptake öffnen (mit WORKSPACE, einer *.uptake-Datei)
       uptake init WORKSPACE [--demo] [--timezone TZ] [--force]
                                          einen Arbeitsbereich anlegen (--demo füllt ihn mit Demodaten)
       uptake info WORKSPACE [--json]     Schema-Version, Programm, Pilotprojekte, Zeilenzahlen
       uptake import WORKSPACE FILE --kind events|roster|performance [options]
                                          einen LMS-Export, eine Personalliste oder Leistungsdaten importieren
       uptake presets [--json]            die Exportformate, die Uptake erkennt, und gespeicherte Profile
       uptake imports WORKSPACE [--json] [--rejected BATCH]
                                          der Importverlauf (oder die abgelehnten Zeilen eines Imports als CSV)
       uptake undo-import WORKSPACE BATCH genau das entfernen, was ein Import hinzugefügt hat
       uptake metrics WORKSPACE [--pilot NAME] [--cohort ATTR=VALUE]... [--from DATE] [--to DATE]
                      [--activity minutes|events] [--session-timeout MIN] [--kpi NAME] [--json|--csv]
                                          Einführungskennzahlen gegenüber den 30/60/90-Tage-Zielen
       uptake metrics --definitions          wie jede Kennzahl definiert ist
       uptake plan WORKSPACE [--pilot NAME] [--markdown|--json]
                                          den ganzen Einführungsplan eines Pilotprojekts exportieren
       uptake report WORKSPACE [--pilot NAME] [--as-of DATE] [--sections LIST] [--template NAME]
                     --out FILE.pdf [--csv-dir DIR]
                                          der PDF-Statusbericht für das Steuerungsgremium
       uptake server-init --url postgresql://USER@HOST:PORT/DB [--add-editor NAME]... [--add-reader NAME]...
                                          einen Team-Arbeitsbereich und seine Rollen auf einem PostgreSQL-Server einrichten
       uptake publish FILE.uptake postgresql://USER@HOST:PORT/DB [--json]
                                          eine Arbeitsbereichsdatei in einen leeren Team-Arbeitsbereich kopieren
       uptake download postgresql://USER@HOST:PORT/DB FILE.uptake [--force] [--json]
                                          einen Team-Arbeitsbereich in eine neue Arbeitsbereichsdatei kopieren
       uptake --help | --version

WORKSPACE ist eine Arbeitsbereichsdatei (*.uptake) oder ein Team-Arbeitsbereich, postgresql://USER@HOST:PORT/DATABASE
(Passwort aus der URL, PGPASSWORD oder ~/.pgpass).

Führen Sie &apos;uptake COMMAND --help&apos; aus, um die Optionen eines Befehls zu sehen.
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Problem mit der Eingabe oder den Daten.
</translation>
    </message>
    <message>
        <source>Print the rows import BATCH rejected, as CSV: line, column, value, reason, row.</source>
        <translation>Die von Import BATCH abgelehnten Zeilen als CSV ausgeben: Zeile, Spalte, Wert, Grund, Zeile im Original.</translation>
    </message>
    <message>
        <source>List a workspace&apos;s imports, newest first: file, format, when, counts.</source>
        <translation>Die Importe eines Arbeitsbereichs auflisten, die neuesten zuerst: Datei, Format, Zeitpunkt, Zahlen.</translation>
    </message>
    <message>
        <source>imports takes exactly one WORKSPACE path.</source>
        <translation>imports erwartet genau einen Pfad WORKSPACE.</translation>
    </message>
    <message>
        <source>--rejected takes a BATCH number, and prints CSV (not --json).</source>
        <translation>--rejected erwartet eine Stapelnummer BATCH und gibt CSV aus (nicht --json).</translation>
    </message>
    <message>
        <source>There is no import %1; &apos;uptake imports&apos; lists them.</source>
        <translation>Es gibt keinen Import %1; „uptake imports“ listet sie auf.</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>    imported %1; rows read %2, imported %3, rejected %4, already present %5</source>
        <translation>    importiert am %1; Zeilen gelesen %2, importiert %3, abgelehnt %4, bereits vorhanden %5</translation>
    </message>
    <message>
        <source>The batch id that &apos;uptake import&apos; printed (&apos;uptake imports&apos; lists them all).</source>
        <translation>Die Stapelnummer, die „uptake import“ ausgegeben hat („uptake imports“ listet alle auf).</translation>
    </message>
</context>
<context>
    <name>Uptake::CohortAttribute</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>Uptake::ConflictDialog</name>
    <message>
        <source>&amp;Keep Their Version</source>
        <translation>Version der anderen Person &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>Mit Ihrer Version &amp;überschreiben</translation>
    </message>
    <message>
        <source>&amp;Overwrite with This Step</source>
        <translation>Mit diesem Schritt &amp;überschreiben</translation>
    </message>
    <message>
        <source>Edit Conflict</source>
        <translation>Bearbeitungskonflikt</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>%1 changed the %2 after your last change to it.</source>
        <translation>%1 hat den Eintrag (%2) nach Ihrer letzten Änderung daran geändert.</translation>
    </message>
    <message>
        <source>%1 changed the %2 after you opened it.</source>
        <translation>%1 hat den Eintrag (%2) geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Their version was saved on %1.</source>
        <translation>Die Version der anderen Person wurde am %1 gespeichert.</translation>
    </message>
    <message>
        <source>Someone else deleted the %1 after you opened it.</source>
        <translation>Jemand anderes hat den Eintrag (%1) gelöscht, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Keeping their version leaves it deleted; overwriting stores yours again.</source>
        <translation>Wenn Sie die Version der anderen Person behalten, bleibt der Eintrag gelöscht; beim Überschreiben wird Ihre Version erneut gespeichert.</translation>
    </message>
    <message>
        <source>Someone else has stored the %1 again meanwhile.</source>
        <translation>Jemand anderes hat den Eintrag (%1) inzwischen wieder gespeichert.</translation>
    </message>
    <message>
        <source>Keep their version to skip this undo step, or overwrite theirs with it.</source>
        <translation>Behalten Sie die Version der anderen Person, um diesen Schritt beim Rückgängigmachen zu überspringen, oder überschreiben Sie diese mit dem Schritt.</translation>
    </message>
    <message>
        <source>Keep their version to drop your changes, or overwrite theirs with yours.</source>
        <translation>Behalten Sie die Version der anderen Person, um Ihre Änderungen zu verwerfen, oder überschreiben Sie diese mit Ihrer Version.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Version der anderen Person</translation>
    </message>
    <message>
        <source>This step&apos;s version</source>
        <translation>Version dieses Schritts</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Their version and yours, field by field</source>
        <translation>Version der anderen Person und Ihre Version, Feld für Feld</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>(deleting it)</source>
        <translation>(wird gelöscht)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>an empty field</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Abweichend</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, shown in bold.</source>
        <translation>
            <numerusform>%n Feld weicht ab, fett dargestellt.</numerusform>
            <numerusform>%n Felder weichen ab, fett dargestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the item as they saved it and drop this step from the undo history</source>
        <translation>Den Eintrag so lassen, wie die andere Person ihn gespeichert hat, und diesen Schritt aus dem Rückgängig-Verlauf entfernen</translation>
    </message>
    <message>
        <source>Reload their version; your changes are dropped</source>
        <translation>Version der anderen Person neu laden; Ihre Änderungen werden verworfen</translation>
    </message>
    <message>
        <source>Apply this step over their version</source>
        <translation>Diesen Schritt auf die Version der anderen Person anwenden</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Ihre Version anstelle der Version der anderen Person speichern</translation>
    </message>
    <message>
        <source>Save nothing and go back to your changes</source>
        <translation>Nichts speichern und zu Ihren Änderungen zurückkehren</translation>
    </message>
</context>
<context>
    <name>Uptake::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>Mit Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>A team workspace lives on your organisation&apos;s PostgreSQL server, so several L&amp;D staff can work on the same program and the board can read it. Your IT team sets the database up with &lt;tt&gt;uptake server-init&lt;/tt&gt; and gives you an account: editors change the workspace, readers only see it.</source>
        <translation>Ein Team-Arbeitsbereich liegt auf dem PostgreSQL-Server Ihrer Organisation, sodass mehrere L&amp;D-Mitarbeitende am selben Programm arbeiten können und das Gremium ihn einsehen kann. Ihre IT richtet die Datenbank mit &lt;tt&gt;uptake server-init&lt;/tt&gt; ein und gibt Ihnen ein Konto: Mit Bearbeitungsrechten ändern Sie den Arbeitsbereich, mit Leserechten sehen Sie ihn nur an.</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>z. B. db.example.org</translation>
    </message>
    <message>
        <source>e.g. uptake</source>
        <translation>z. B. uptake</translation>
    </message>
    <message>
        <source>Stored by your desktop&apos;s password manager, never in Uptake&apos;s settings.</source>
        <translation>Wird von der Passwortverwaltung Ihres Desktops gespeichert, nie in den Einstellungen von Uptake.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>Uptake::DataPage</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Noch keine Nutzungsdaten</translation>
    </message>
    <message>
        <source>Uptake works from your LMS&apos;s own exports: learning events (a log of views, starts and completions), your HR roster, and a performance measure per learner. Imports are all-or-nothing and every rejected row is kept with its reason.</source>
        <translation>Uptake arbeitet mit den Exporten Ihres LMS: Lernereignisse (ein Protokoll von Aufrufen, Starts und Abschlüssen), Ihre HR-Personalliste und eine Leistungskennzahl pro Lernendem. Importe gelten ganz oder gar nicht, und jede abgelehnte Zeile wird mit ihrem Grund aufbewahrt.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Rejected rows of the selected import</source>
        <translation>Abgelehnte Zeilen des ausgewählten Imports</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s), %1 rows in the workspace, %2 rows rejected.</source>
        <translation>
            <numerusform>%n Import, %1 Zeilen im Arbeitsbereich, %2 Zeilen abgelehnt.</numerusform>
            <numerusform>%n Importe, %1 Zeilen im Arbeitsbereich, %2 Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows of the selected import: %1</source>
        <translation>Abgelehnte Zeilen des ausgewählten Imports: %1</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove everything the import of “%1” added? Rows that other imports also brought stay. This cannot be undone; import the file again to restore it.</source>
        <translation>Alles entfernen, was der Import von „%1“ hinzugefügt hat? Zeilen, die auch andere Importe gebracht haben, bleiben. Dies kann nicht rückgängig gemacht werden; importieren Sie die Datei erneut, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>abgelehnte Zeilen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Details of the selected import</source>
        <translation>Details des ausgewählten Imports</translation>
    </message>
    <message>
        <source>Select an import to see how its file was read.</source>
        <translation>Wählen Sie einen Import aus, um zu sehen, wie seine Datei gelesen wurde.</translation>
    </message>
</context>
<context>
    <name>Uptake::DataWriter</name>
    <message>
        <source>no database connection</source>
        <translation>keine Datenbankverbindung</translation>
    </message>
    <message>
        <source>The workspace connection is not open.</source>
        <translation>Die Verbindung zum Arbeitsbereich ist nicht offen.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>Schreiben kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Der Import kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Cannot store learner “%1”: %2</source>
        <translation>Lernende(r) „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store course “%1”: %2</source>
        <translation>Kurs „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store content “%1”: %2</source>
        <translation>Inhalt „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store an event: %1</source>
        <translation>Ein Ereignis kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store a performance value: %1</source>
        <translation>Ein Leistungswert kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record a rejected row: %1</source>
        <translation>Eine abgelehnte Zeile kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Nichts festzuschreiben.</translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation>Der Import kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the learners: %1</source>
        <translation>Die Lernenden können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Demo</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo generator produced no events.</source>
        <translation>Der Demo-Generator hat keine Ereignisse erzeugt.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation>„%1“ kann nicht angelegt werden: Es gibt bereits eine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be moved into place.</source>
        <translation>„%1“ kann nicht angelegt werden: Die Datei konnte nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>Before the pilot</source>
        <translation>Vor dem Pilotprojekt</translation>
    </message>
    <message>
        <source>Launch to the whole Customer Support cohort; find what stops people in the first two weeks.</source>
        <translation>Start für die gesamte Kundenservice-Kohorte; herausfinden, was die Leute in den ersten zwei Wochen aufhält.</translation>
    </message>
    <message>
        <source>Bring back those who stalled; fit learning around the hubs&apos; shifts.</source>
        <translation>Ins Stocken Geratene zurückholen; das Lernen an die Schichten der Standorte anpassen.</translation>
    </message>
    <message>
        <source>Tier learning paths and Monday nudges</source>
        <translation>Gestufte Lernpfade und Montags-Erinnerungen</translation>
    </message>
    <message>
        <source>All Customer Support agents</source>
        <translation>Alle Kundenservice-Mitarbeitenden</translation>
    </message>
    <message>
        <source>Peer champions in each hub</source>
        <translation>Peer-Champions an jedem Standort</translation>
    </message>
    <message>
        <source>Manchester, Bengaluru, São Paulo</source>
        <translation>Manchester, Bengaluru, São Paulo</translation>
    </message>
    <message>
        <source>Split the 95-minute escalations module into short lessons of about 12 minutes and invited those who had stopped there back</source>
        <translation>Das 95-minütige Eskalationsmodul in kurze Lektionen von etwa 12 Minuten aufgeteilt und alle, die dort aufgehört hatten, zurückeingeladen</translation>
    </message>
    <message>
        <source>Short-lesson format for every new support module</source>
        <translation>Kurzlektionsformat für jedes neue Support-Modul</translation>
    </message>
    <message>
        <source>L&amp;D content team</source>
        <translation>L&amp;D-Content-Team</translation>
    </message>
    <message>
        <source>Win-back message to agents who stalled at escalations</source>
        <translation>Rückgewinnungsnachricht an Mitarbeitende, die bei Eskalationen stecken geblieben sind</translation>
    </message>
    <message>
        <source>Agents with an unfinished programme</source>
        <translation>Mitarbeitende mit unvollständigem Programm</translation>
    </message>
    <message>
        <source>Moved the programme&apos;s coaching circle to an asynchronous chat thread for all hubs</source>
        <translation>Den Coaching-Zirkel des Programms für alle Standorte in einen asynchronen Chat-Thread verlegt</translation>
    </message>
    <message>
        <source>Tier paths, shift-time nudges and short lessons</source>
        <translation>Gestufte Pfade, schichtgerechte Erinnerungen und Kurzlektionen</translation>
    </message>
    <message>
        <source>Sales and Operations team leads</source>
        <translation>Teamleitungen aus Vertrieb und Betrieb</translation>
    </message>
    <message>
        <source>Limit the pilot to six Customer Support courses</source>
        <translation>Das Pilotprojekt auf sechs Kundenservice-Kurse beschränken</translation>
    </message>
    <message>
        <source>The essential few: the courses agents use every day; everything else waits.</source>
        <translation>Das Wesentliche: die Kurse, die Mitarbeitende täglich nutzen; alles andere wartet.</translation>
    </message>
    <message>
        <source>Baseline before the pilot</source>
        <translation>Ausgangswert vor dem Pilotprojekt</translation>
    </message>
    <message>
        <source>Split long modules into lessons of 15 minutes at most</source>
        <translation>Lange Module in Lektionen von höchstens 15 Minuten aufteilen</translation>
    </message>
    <message>
        <source>Escalations was the top drop-off point; agents have short gaps between tickets.</source>
        <translation>Eskalationen waren der häufigste Abbruchpunkt; Mitarbeitende haben kurze Pausen zwischen Tickets.</translation>
    </message>
    <message>
        <source>Drop-off chart of the programme</source>
        <translation>Abbruchdiagramm des Programms</translation>
    </message>
    <message>
        <source>Scale the short-lesson format to Sales and Operations</source>
        <translation>Das Kurzlektionsformat auf Vertrieb und Betrieb ausweiten</translation>
    </message>
    <message>
        <source>Completion of the split module rose sharply after the change.</source>
        <translation>Der Abschluss des aufgeteilten Moduls stieg nach der Änderung deutlich.</translation>
    </message>
    <message>
        <source>Split of the escalations module</source>
        <translation>Aufteilung des Eskalationsmoduls</translation>
    </message>
    <message>
        <source>Quarterly content review by the governance board</source>
        <translation>Vierteljährliche Inhaltsprüfung durch das Steuerungsgremium</translation>
    </message>
    <message>
        <source>Keeps the catalogue small and current.</source>
        <translation>Hält den Katalog klein und aktuell.</translation>
    </message>
    <message>
        <source>November support release</source>
        <translation>Support-Release November</translation>
    </message>
    <message>
        <source>Short-lesson versions of De-escalation Techniques and Writing for Customers</source>
        <translation>Kurzlektionsversionen von „Deeskalationstechniken“ und „Schreiben für Kunden“</translation>
    </message>
    <message>
        <source>December support release</source>
        <translation>Support-Release Dezember</translation>
    </message>
    <message>
        <source>Tier 2 path; knowledge-base refresher</source>
        <translation>Pfad für Stufe 2; Auffrischung der Wissensdatenbank</translation>
    </message>
    <message>
        <source>Q1 catalogue review</source>
        <translation>Katalogprüfung Q1</translation>
    </message>
    <message>
        <source>Retire or revise the courses the policy flags</source>
        <translation>Die von der Richtlinie markierten Kurse stilllegen oder überarbeiten</translation>
    </message>
    <message>
        <source>Shorten and relaunch in the Q1 review</source>
        <translation>Kürzen und in der Q1-Prüfung neu starten</translation>
    </message>
    <message>
        <source>Mandatory; keep as is</source>
        <translation>Pflichtkurs; unverändert lassen</translation>
    </message>
    <message>
        <source>Switch on self-service unlock for SSO lockouts</source>
        <translation>Selbstentsperrung bei SSO-Sperren einschalten</translation>
    </message>
    <message>
        <source>Team leads announce the pilot in their huddles</source>
        <translation>Teamleitungen kündigen das Pilotprojekt in ihren Team-Meetings an</translation>
    </message>
    <message>
        <source>Single sign-on outage</source>
        <translation>Ausfall der Einmalanmeldung (SSO)</translation>
    </message>
</context>
<context>
    <name>Uptake::DesignPage</name>
    <message>
        <source>Design</source>
        <translation>Gestalten</translation>
    </message>
    <message>
        <source>Build the engagement plan on three pillars — content relevance, habit formation and recognition. Choose the levers that answer the barriers you found, name the KPI each should move, and keep the content scope to the essential few.</source>
        <translation>Bauen Sie den Engagement-Plan auf drei Säulen auf – inhaltliche Relevanz, Gewohnheitsbildung und Anerkennung. Wählen Sie die Hebel, die auf die gefundenen Hindernisse antworten, nennen Sie die Kennzahl, die jeder bewegen soll, und beschränken Sie den Inhaltsumfang auf das Wesentliche.</translation>
    </message>
    <message>
        <source>Add &amp;Content Lever…</source>
        <translation>&amp;Inhaltshebel hinzufügen…</translation>
    </message>
    <message>
        <source>Add Ha&amp;bit Lever…</source>
        <translation>&amp;Gewohnheitshebel hinzufügen…</translation>
    </message>
    <message>
        <source>Add Reco&amp;gnition Lever…</source>
        <translation>A&amp;nerkennungshebel hinzufügen…</translation>
    </message>
    <message>
        <source>No %1 levers</source>
        <translation>Keine Hebel für %1</translation>
    </message>
    <message>
        <source>Add a lever of this pillar, or start the pilot from the template plan to get the built-in ones. Tick the levers you choose.</source>
        <translation>Fügen Sie einen Hebel dieser Säule hinzu, oder starten Sie das Pilotprojekt mit dem Vorlagenplan, um die eingebauten zu erhalten. Haken Sie die gewählten Hebel an.</translation>
    </message>
    <message>
        <source>Delete Lever</source>
        <translation>Hebel löschen</translation>
    </message>
    <message>
        <source>&amp;Levers</source>
        <translation>&amp;Hebel</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Split?</source>
        <translation>Aufteilen?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Courses in the pilot&apos;s scope</source>
        <translation>Kurse im Umfang des Pilotprojekts</translation>
    </message>
    <message>
        <source>&amp;Add Course…</source>
        <translation>Kurs &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No courses in scope</source>
        <translation>Keine Kurse im Umfang</translation>
    </message>
    <message>
        <source>Add the few courses that matter most for the cohort&apos;s work. A tight scope keeps learners focused; Uptake warns when it grows too broad.</source>
        <translation>Fügen Sie die wenigen Kurse hinzu, die für die Arbeit der Kohorte am wichtigsten sind. Ein enger Umfang hält die Lernenden fokussiert; Uptake warnt, wenn er zu breit wird.</translation>
    </message>
    <message>
        <source>Remove Course from Scope</source>
        <translation>Kurs aus dem Umfang entfernen</translation>
    </message>
    <message>
        <source>Content &amp;Scope</source>
        <translation>Inhalts&amp;umfang</translation>
    </message>
    <message>
        <source>No levers yet. Start from the template plan or add your own, then tick the ones you choose.</source>
        <translation>Noch keine Hebel. Beginnen Sie mit dem Vorlagenplan oder fügen Sie eigene hinzu, und haken Sie dann die gewählten an.</translation>
    </message>
    <message>
        <source>%1 of %2 levers chosen.</source>
        <translation>%1 von %2 Hebeln gewählt.</translation>
    </message>
    <message>
        <source>Warning: no chosen lever addresses %1.</source>
        <translation>Warnung: Kein gewählter Hebel adressiert %1.</translation>
    </message>
    <message>
        <source>Warning: these chosen levers address no barrier: %1.</source>
        <translation>Warnung: Diese gewählten Hebel adressieren kein Hindernis: %1.</translation>
    </message>
    <message>
        <source>Every barrier is addressed by a chosen lever, and every chosen lever answers a barrier.</source>
        <translation>Jedes Hindernis wird von einem gewählten Hebel adressiert, und jeder gewählte Hebel antwortet auf ein Hindernis.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the scope against the catalogue and the drop-off data…</source>
        <translation>Umfang wird mit dem Katalog und den Abbruchdaten abgeglichen…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 of at most %2 courses in scope (the essential few of a catalogue of %3).</source>
        <translation>%1 von höchstens %2 Kursen im Umfang (das Wesentliche eines Katalogs von %3).</translation>
    </message>
    <message>
        <source>Courses to split into shorter modules: %1 (marked below).</source>
        <translation>In kürzere Module aufzuteilende Kurse: %1 (unten markiert).</translation>
    </message>
    <message>
        <source>Split: %1 min per module</source>
        <translation>Aufteilen: %1 Min. pro Modul</translation>
    </message>
    <message>
        <source>Split at “%1”: %2% of %3 non-finishers stop there</source>
        <translation>Bei „%1“ aufteilen: %2 % der %3 Nicht-Abschließenden hören dort auf</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Edit Lever</source>
        <translation>Hebel bearbeiten</translation>
    </message>
    <message>
        <source>Add Lever</source>
        <translation>Hebel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Säule:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Chosen for this pilot</source>
        <translation>Für dieses Pilotprojekt &amp;gewählt</translation>
    </message>
    <message>
        <source>&amp;Barriers addressed:</source>
        <translation>Adressierte &amp;Hindernisse:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;KPI it should move:</source>
        <translation>&amp;Kennzahl, die er bewegen soll:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Name the lever.</source>
        <translation>Geben Sie dem Hebel einen Namen.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>There is no course left to add. Import a course catalogue or usage data first.</source>
        <translation>Es gibt keinen Kurs mehr zum Hinzufügen. Importieren Sie zuerst einen Kurskatalog oder Nutzungsdaten.</translation>
    </message>
    <message>
        <source>Add Course to Scope</source>
        <translation>Kurs zum Umfang hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Why it is in scope</source>
        <translation>Warum er zum Umfang gehört</translation>
    </message>
    <message>
        <source>Edit Course in Scope</source>
        <translation>Kurs im Umfang bearbeiten</translation>
    </message>
</context>
<context>
    <name>Uptake::DiagnosePage</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1%2 pts vs the first snapshot</source>
        <translation>%1%2 Pkt. gegenüber der ersten Momentaufnahme</translation>
    </message>
    <message>
        <source>%1%2 vs the first snapshot</source>
        <translation>%1%2 gegenüber der ersten Momentaufnahme</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Find out why people do not use the LMS yet, before changing anything: freeze a usage baseline, listen to stakeholders, and keep a register of the barriers they and the numbers point to.</source>
        <translation>Finden Sie heraus, warum das LMS noch nicht genutzt wird, bevor Sie etwas ändern: einen Nutzungsausgangswert einfrieren, Stakeholdern zuhören und ein Register der Hindernisse führen, auf die sie und die Zahlen hinweisen.</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot</source>
        <translation>Moment&amp;aufnahme erstellen</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>e.g. Before the pilot</source>
        <translation>z. B. Vor dem Pilotprojekt</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <source>No baseline yet</source>
        <translation>Noch kein Ausgangswert</translation>
    </message>
    <message>
        <source>Choose the last day the baseline should look at and take a snapshot. Its figures are frozen; later snapshots are compared with the first.</source>
        <translation>Wählen Sie den letzten Tag, den der Ausgangswert betrachten soll, und erstellen Sie eine Momentaufnahme. Ihre Werte werden eingefroren; spätere Momentaufnahmen werden mit der ersten verglichen.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Weekly active</source>
        <translation>Wöchentlich aktiv</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Tage bis zum ersten Abschluss</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Top drop-off</source>
        <translation>Häufigster Abbruch</translation>
    </message>
    <message>
        <source>Where learners stop</source>
        <translation>Wo Lernende aufhören</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Content consumption (active learners per week)</source>
        <translation>Inhaltsnutzung (aktive Lernende pro Woche)</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Ausgangswert</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Momentaufnahme löschen</translation>
    </message>
    <message>
        <source>Stakeholder interviews</source>
        <translation>Stakeholder-Interviews</translation>
    </message>
    <message>
        <source>&amp;Add Interview…</source>
        <translation>Interview &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>Noch keine Interviews</translation>
    </message>
    <message>
        <source>Talk to learners, managers, HR and IT across functions and locations. Record who said what and tag the barriers you heard; the register counts how often each comes up.</source>
        <translation>Sprechen Sie mit Lernenden, Führungskräften, HR und IT über Funktionen und Standorte hinweg. Halten Sie fest, wer was gesagt hat, und ordnen Sie die gehörten Hindernisse zu; das Register zählt, wie oft jedes genannt wird.</translation>
    </message>
    <message>
        <source>Delete Interview</source>
        <translation>Interview löschen</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <source>Friction and barrier register</source>
        <translation>Register der Reibungspunkte und Hindernisse</translation>
    </message>
    <message>
        <source>Add Ba&amp;rrier…</source>
        <translation>Hinde&amp;rnis hinzufügen…</translation>
    </message>
    <message>
        <source>No barriers registered</source>
        <translation>Keine Hindernisse erfasst</translation>
    </message>
    <message>
        <source>Add the friction points the numbers and the interviews show: login failures, unclear paths, content that misses job tasks, lack of time… Rate each by severity and note the evidence.</source>
        <translation>Erfassen Sie die Reibungspunkte, die Zahlen und Interviews zeigen: Anmeldefehler, unklare Lernpfade, Inhalte, die an den Aufgaben vorbeigehen, Zeitmangel… Bewerten Sie jedes nach Schweregrad und notieren Sie die Belege.</translation>
    </message>
    <message>
        <source>Delete Barrier</source>
        <translation>Hindernis löschen</translation>
    </message>
    <message>
        <source>Ba&amp;rriers</source>
        <translation>Hinde&amp;rnisse</translation>
    </message>
    <message>
        <source>Taking snapshot…</source>
        <translation>Momentaufnahme wird erstellt…</translation>
    </message>
    <message>
        <source>Baseline as of %1</source>
        <translation>Ausgangswert zum %1</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>No baseline snapshot yet</source>
        <translation>Noch keine Ausgangswert-Momentaufnahme</translation>
    </message>
    <message>
        <source>Choose a snapshot to see its figures</source>
        <translation>Wählen Sie eine Momentaufnahme, um ihre Werte zu sehen</translation>
    </message>
    <message>
        <source>%1 — frozen figures as of %2 (the first snapshot: later ones are compared with it)</source>
        <translation>%1 — eingefrorene Werte zum %2 (die erste Momentaufnahme: spätere werden mit ihr verglichen)</translation>
    </message>
    <message>
        <source>%1 — frozen figures as of %2, compared with the first snapshot of %3</source>
        <translation>%1 — eingefrorene Werte zum %2, verglichen mit der ersten Momentaufnahme vom %3</translation>
    </message>
    <message>
        <source>learners in the cohort</source>
        <translation>Lernende in der Kohorte</translation>
    </message>
    <message>
        <source>median days. %1</source>
        <translation>Tage im Median. %1</translation>
    </message>
    <message>
        <source>learners affected: %1. %2</source>
        <translation>betroffene Lernende: %1. %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>no learner stopped part-way</source>
        <translation>niemand hat auf halbem Weg aufgehört</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>aufgehört bei %1</translation>
    </message>
    <message>
        <source>(course page)</source>
        <translation>(Kursseite)</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>Edit Interview</source>
        <translation>Interview bearbeiten</translation>
    </message>
    <message>
        <source>Add Interview</source>
        <translation>Interview hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>e.g. Team lead</source>
        <translation>z. B. Teamleitung</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>e.g. Customer Support, IT, HR</source>
        <translation>z. B. Kundenservice, IT, HR</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Barriers heard:</source>
        <translation>Gehörte &amp;Hindernisse:</translation>
    </message>
    <message>
        <source>Register barriers on the Barriers tab to tag them here.</source>
        <translation>Erfassen Sie Hindernisse auf dem Reiter Hindernisse, um sie hier zuzuordnen.</translation>
    </message>
    <message>
        <source>Name the person you interviewed.</source>
        <translation>Nennen Sie die interviewte Person.</translation>
    </message>
    <message>
        <source>Edit Barrier</source>
        <translation>Hindernis bearbeiten</translation>
    </message>
    <message>
        <source>Add Barrier</source>
        <translation>Hindernis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Barrier:</source>
        <translation>&amp;Hindernis:</translation>
    </message>
    <message>
        <source>What holds people back, in a few words</source>
        <translation>Was die Leute zurückhält, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Pick a built-in category or type a new one.</source>
        <translation>Wählen Sie eine eingebaute Kategorie oder geben Sie eine neue ein.</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Belege:</translation>
    </message>
    <message>
        <source>Name the barrier.</source>
        <translation>Benennen Sie das Hindernis.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Wählen oder geben Sie eine Kategorie ein.</translation>
    </message>
    <message>
        <source>Learners who completed</source>
        <translation>Lernende mit Abschluss</translation>
    </message>
    <message>
        <source>%1 of the cohort in the 7 days up to then. %2</source>
        <translation>%1 der Kohorte in den 7 Tagen bis dahin. %2</translation>
    </message>
    <message>
        <source>%1 of the %2 learners active in a course in the %3 days up to then completed at least one (not the completion rate of learner–course pairs). %4</source>
        <translation>%1 der %2 Lernenden, die in den %3 Tagen bis dahin in einem Kurs aktiv waren, haben mindestens einen abgeschlossen (nicht die Abschlussquote der Lernende-Kurs-Paare). %4</translation>
    </message>
</context>
<context>
    <name>Uptake::Dialect</name>
    <message>
        <source>“%1” is not a team workspace address: %2</source>
        <translation>„%1“ ist keine Adresse eines Team-Arbeitsbereichs: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>schreiben Sie sie als postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the option “%1” is not valid</source>
        <translation>die Option „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>sie nennt keine Datenbank</translation>
    </message>
    <message>
        <source>The PostgreSQL driver did not provide a connection.</source>
        <translation>Der PostgreSQL-Treiber hat keine Verbindung bereitgestellt.</translation>
    </message>
    <message>
        <source>This team workspace is read-only for you: your role on the server may read it but not change it. Ask its administrator for editor access.</source>
        <translation>Dieser Team-Arbeitsbereich ist für Sie schreibgeschützt: Ihre Rolle auf dem Server darf ihn lesen, aber nicht ändern. Bitten Sie die zuständige Administration um Bearbeitungsrechte.</translation>
    </message>
    <message>
        <source>This team workspace is open read-only: open it for editing to change it.</source>
        <translation>Dieser Team-Arbeitsbereich ist schreibgeschützt geöffnet: Öffnen Sie ihn zum Bearbeiten, um ihn zu ändern.</translation>
    </message>
</context>
<context>
    <name>Uptake::Editing</name>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Add pilot “%1”</source>
        <translation>Pilotprojekt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete pilot “%1”</source>
        <translation>Pilotprojekt „%1“ löschen</translation>
    </message>
    <message>
        <source>baseline snapshot</source>
        <translation>Ausgangswert-Momentaufnahme</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <source>course in scope</source>
        <translation>Kurs im Umfang</translation>
    </message>
    <message>
        <source>PLAN cycle</source>
        <translation>PLAN-Zyklus</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>adaptation</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>scaling step</source>
        <translation>Skalierungsschritt</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>Gremiumsmitglied</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>retirement rule</source>
        <translation>Stilllegungsregel</translation>
    </message>
    <message>
        <source>superseded course</source>
        <translation>ersetzter Kurs</translation>
    </message>
    <message>
        <source>retirement decision</source>
        <translation>Stilllegungsentscheidung</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Cannot check the edit: the workspace is busy.</source>
        <translation>Die Änderung kann nicht geprüft werden: Der Arbeitsbereich ist beschäftigt.</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycle&apos;s steps.</source>
        <translation>Die Schritte des PLAN-Zyklus können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Dieses Element (%1) gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>“%1” already has a plan; the template only starts a new one.</source>
        <translation>„%1“ hat bereits einen Plan; die Vorlage startet nur einen neuen.</translation>
    </message>
    <message>
        <source>Start the plan of “%1” from the template</source>
        <translation>Den Plan von „%1“ mit der Vorlage starten</translation>
    </message>
    <message>
        <source>Edit pilot “%1”</source>
        <translation>Pilotprojekt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>Kennzahlziel</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; your changes are still here.</source>
        <translation>%1 Es wurde nichts gespeichert; Ihre Änderungen sind noch vorhanden.</translation>
    </message>
</context>
<context>
    <name>Uptake::Export</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::FormDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>Uptake::GovernPage</name>
    <message>
        <source>Govern</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Keep adoption going after the pilot: a board that decides, a log of what it decided and why, a calendar of content releases, and a policy that retires content nobody needs any more.</source>
        <translation>Halten Sie die Nutzung nach dem Pilotprojekt am Laufen: ein Gremium, das entscheidet, ein Protokoll seiner Entscheidungen und Gründe, ein Kalender der Inhaltsveröffentlichungen und eine Richtlinie, die nicht mehr benötigte Inhalte stilllegt.</translation>
    </message>
    <message>
        <source>Governance board</source>
        <translation>Steuerungsgremium</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No board members yet</source>
        <translation>Noch keine Gremiumsmitglieder</translation>
    </message>
    <message>
        <source>Add the people who decide: HR, managers, L&amp;D, IT and the business units, each with their role on the board.</source>
        <translation>Fügen Sie die Entscheidenden hinzu: HR, Führungskräfte, L&amp;D, IT und die Geschäftsbereiche, jeweils mit ihrer Rolle im Gremium.</translation>
    </message>
    <message>
        <source>Delete Board Member</source>
        <translation>Gremiumsmitglied löschen</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Gremium</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Add Decision…</source>
        <translation>Entscheidung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No decisions logged</source>
        <translation>Keine Entscheidungen protokolliert</translation>
    </message>
    <message>
        <source>Log what the board decides: the date, the decision, why, who owns it and the evidence it rests on.</source>
        <translation>Protokollieren Sie, was das Gremium entscheidet: Datum, Entscheidung, Begründung, verantwortliche Person und die Belege, auf denen sie beruht.</translation>
    </message>
    <message>
        <source>Delete Decision</source>
        <translation>Entscheidung löschen</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Entscheidungen</translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation>Veröffentlichungskalender</translation>
    </message>
    <message>
        <source>&amp;Plan Release…</source>
        <translation>Veröffentlichung &amp;planen…</translation>
    </message>
    <message>
        <source>No releases planned</source>
        <translation>Keine Veröffentlichungen geplant</translation>
    </message>
    <message>
        <source>Plan content releases on a monthly or quarterly rhythm so learners and managers know what comes when. Tick a release once it is out.</source>
        <translation>Planen Sie Inhaltsveröffentlichungen im Monats- oder Quartalsrhythmus, damit Lernende und Führungskräfte wissen, was wann kommt. Haken Sie eine Veröffentlichung ab, sobald sie erschienen ist.</translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation>Veröffentlichung löschen</translation>
    </message>
    <message>
        <source>&amp;Release Calendar</source>
        <translation>&amp;Veröffentlichungskalender</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Retirement policy</source>
        <translation>Stilllegungsrichtlinie</translation>
    </message>
    <message>
        <source>Add R&amp;ule…</source>
        <translation>Reg&amp;el hinzufügen…</translation>
    </message>
    <message>
        <source>No retirement rules</source>
        <translation>Keine Stilllegungsregeln</translation>
    </message>
    <message>
        <source>Add rules such as “not accessed in 180 days” or “completion below 20%”; Uptake checks every course against them.</source>
        <translation>Fügen Sie Regeln hinzu wie „seit 180 Tagen nicht aufgerufen“ oder „Abschluss unter 20 %“; Uptake prüft jeden Kurs dagegen.</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Retirement candidates</source>
        <translation>Stilllegungskandidaten</translation>
    </message>
    <message>
        <source>No retirement candidates</source>
        <translation>Keine Stilllegungskandidaten</translation>
    </message>
    <message>
        <source>No course matches an enabled rule of the policy, as of the last day with data.</source>
        <translation>Kein Kurs erfüllt eine aktive Regel der Richtlinie, Stand letzter Tag mit Daten.</translation>
    </message>
    <message>
        <source>&amp;Verdict…</source>
        <translation>&amp;Urteil…</translation>
    </message>
    <message>
        <source>Re&amp;tirement</source>
        <translation>S&amp;tilllegung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation>Nein (deaktiviert)</translation>
    </message>
    <message>
        <source>Evaluating the policy against the data…</source>
        <translation>Richtlinie wird mit den Daten abgeglichen…</translation>
    </message>
    <message>
        <source>Courses matching the policy: %1; still waiting for the board&apos;s verdict: %2. Choose a row and press Return (or double-click) to record the verdict.</source>
        <translation>Kurse, die die Richtlinie erfüllen: %1; noch ohne Urteil des Gremiums: %2. Wählen Sie eine Zeile und drücken Sie die Eingabetaste (oder doppelklicken Sie), um das Urteil zu erfassen.</translation>
    </message>
    <message>
        <source>Edit Board Member</source>
        <translation>Gremiumsmitglied bearbeiten</translation>
    </message>
    <message>
        <source>Add Board Member</source>
        <translation>Gremiumsmitglied hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>e.g. Chair, sponsor, data owner</source>
        <translation>z. B. Vorsitz, Sponsor, Datenverantwortliche</translation>
    </message>
    <message>
        <source>Name the board member.</source>
        <translation>Nennen Sie das Gremiumsmitglied.</translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation>Entscheidung bearbeiten</translation>
    </message>
    <message>
        <source>Log Decision</source>
        <translation>Entscheidung protokollieren</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation>Momentaufnahme: %1</translation>
    </message>
    <message>
        <source>Adaptation: %1</source>
        <translation>Anpassung: %1</translation>
    </message>
    <message>
        <source>Barrier: %1</source>
        <translation>Hindernis: %1</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Belege:</translation>
    </message>
    <message>
        <source>About this &amp;pilot only (otherwise program-wide)</source>
        <translation>Nur dieses &amp;Pilotprojekt betreffend (sonst programmweit)</translation>
    </message>
    <message>
        <source>Write down what was decided.</source>
        <translation>Halten Sie fest, was entschieden wurde.</translation>
    </message>
    <message>
        <source>Edit Release</source>
        <translation>Veröffentlichung bearbeiten</translation>
    </message>
    <message>
        <source>Plan Release</source>
        <translation>Veröffentlichung planen</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Geplant für:</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>I&amp;nhalt:</translation>
    </message>
    <message>
        <source>&amp;Released</source>
        <translation>&amp;Veröffentlicht</translation>
    </message>
    <message>
        <source>Give the release a title.</source>
        <translation>Geben Sie der Veröffentlichung einen Titel.</translation>
    </message>
    <message>
        <source>Edit Retirement Rule</source>
        <translation>Stilllegungsregel bearbeiten</translation>
    </message>
    <message>
        <source>Add Retirement Rule</source>
        <translation>Stilllegungsregel hinzufügen</translation>
    </message>
    <message>
        <source>Not accessed in N days</source>
        <translation>Seit N Tagen nicht aufgerufen</translation>
    </message>
    <message>
        <source>Completion below X%</source>
        <translation>Abschluss unter X %</translation>
    </message>
    <message>
        <source>Older than Y months</source>
        <translation>Älter als Y Monate</translation>
    </message>
    <message>
        <source>Superseded by a newer course</source>
        <translation>Durch einen neueren Kurs ersetzt</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Schwellenwert:</translation>
    </message>
    <message>
        <source>Days for “not accessed”, percent for “completion below”, months for “older than”; not used for “superseded”.</source>
        <translation>Tage für „nicht aufgerufen“, Prozent für „Abschluss unter“, Monate für „älter als“; nicht verwendet für „ersetzt“.</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>A completion threshold is a percentage up to 100.</source>
        <translation>Ein Abschluss-Schwellenwert ist ein Prozentsatz bis 100.</translation>
    </message>
    <message>
        <source>Board Verdict</source>
        <translation>Urteil des Gremiums</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Entschieden am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>Uptake::GridView</name>
    <message>
        <source>Grid chart</source>
        <translation>Rasterdiagramm</translation>
    </message>
    <message>
        <source>Distinct learners per row and week</source>
        <translation>Verschiedene Lernende pro Zeile und Woche</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Share of each start-week cohort active in later weeks</source>
        <translation>Anteil jeder Startwochen-Kohorte, der in späteren Wochen aktiv ist</translation>
    </message>
    <message>
        <source>Distinct learners:</source>
        <translation>Verschiedene Lernende:</translation>
    </message>
    <message>
        <source>Share still active:</source>
        <translation>Noch aktiver Anteil:</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 learners</source>
        <translation>%1, Woche vom %2: %3 Lernende</translation>
    </message>
    <message>
        <source>Started %1: %2 active %3 weeks later</source>
        <translation>Gestartet %1: %2 aktiv %3 Wochen später</translation>
    </message>
</context>
<context>
    <name>Uptake::HelpDialog</name>
    <message>
        <source>Uptake Guide</source>
        <translation>Uptake-Leitfaden</translation>
    </message>
    <message>
        <source>Guide to the method and the metrics</source>
        <translation>Leitfaden zur Methode und zu den Kennzahlen</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>Die Methode</translation>
    </message>
    <message>
        <source>Uptake turns a bought learning platform into a used one with a disciplined program in four stages. The journey bar on every page shows where a pilot stands.</source>
        <translation>Uptake macht aus einer gekauften Lernplattform eine genutzte – mit einem disziplinierten Programm in vier Phasen. Die Leiste oben auf jeder Seite zeigt, wo ein Pilotprojekt steht.</translation>
    </message>
    <message>
        <source>1. Diagnose</source>
        <translation>1. Diagnose</translation>
    </message>
    <message>
        <source>Import the LMS&apos;s usage exports, take and freeze a baseline, interview stakeholders and learners, and record the barriers you find (login failures, unclear paths, lack of time…) with their severity and evidence.</source>
        <translation>Importieren Sie die Nutzungsexporte des LMS, erstellen und frieren Sie einen Ausgangswert ein, interviewen Sie Stakeholder und Lernende und erfassen Sie die gefundenen Hindernisse (Anmeldefehler, unklare Lernpfade, Zeitmangel…) mit Schweregrad und Belegen.</translation>
    </message>
    <message>
        <source>2. Design</source>
        <translation>2. Gestalten</translation>
    </message>
    <message>
        <source>Choose levers for every serious barrier — content relevance, habit formation, recognition — and cut the content scope to the few courses that matter. Agree the KPIs and their targets for day 30, 60 and 90.</source>
        <translation>Wählen Sie Hebel für jedes ernste Hindernis – inhaltliche Relevanz, Gewohnheitsbildung, Anerkennung – und beschränken Sie den Inhaltsumfang auf die wenigen Kurse, auf die es ankommt. Vereinbaren Sie die Kennzahlen und ihre Ziele für Tag 30, 60 und 90.</translation>
    </message>
    <message>
        <source>3. Pilot with PLAN cycles</source>
        <translation>3. Pilotprojekt mit PLAN-Zyklen</translation>
    </message>
    <message>
        <source>Run the pilot with one cohort in short cycles: &lt;b&gt;P&lt;/b&gt;lan and launch, &lt;b&gt;L&lt;/b&gt;isten to feedback, &lt;b&gt;A&lt;/b&gt;dapt the content and the nudges, &lt;b&gt;N&lt;/b&gt;ormalise what works. Uptake measures each adaptation&apos;s effect in equal windows before and after it.</source>
        <translation>Führen Sie das Pilotprojekt mit einer Kohorte in kurzen Zyklen durch: &lt;b&gt;P&lt;/b&gt;lanen und starten, &lt;b&gt;L&lt;/b&gt;auschen (Feedback einholen), &lt;b&gt;A&lt;/b&gt;npassen von Inhalten und Erinnerungen, &lt;b&gt;N&lt;/b&gt;ormalisieren, was funktioniert. Uptake misst die Wirkung jeder Anpassung in gleich langen Zeiträumen davor und danach.</translation>
    </message>
    <message>
        <source>4. Govern</source>
        <translation>4. Steuern</translation>
    </message>
    <message>
        <source>Set up a governance board, record its decisions, agree a release calendar and rules for retiring content, and send the board a status report (Report page) before each meeting.</source>
        <translation>Richten Sie ein Steuerungsgremium ein, protokollieren Sie seine Entscheidungen, vereinbaren Sie einen Veröffentlichungskalender und Regeln für die Stilllegung von Inhalten, und schicken Sie dem Gremium vor jeder Sitzung einen Statusbericht (Seite Bericht).</translation>
    </message>
    <message>
        <source>30/60/90-day checkpoints</source>
        <translation>Kontrollpunkte an Tag 30/60/90</translation>
    </message>
    <message>
        <source>Each KPI has a baseline and a target for day 30, 60 and 90 after the pilot&apos;s start. At each checkpoint a KPI is &lt;i&gt;on track&lt;/i&gt; when it meets its target, &lt;i&gt;at risk&lt;/i&gt; when it misses by no more than the tolerance, and &lt;i&gt;off track&lt;/i&gt; otherwise; between checkpoints, a pace line from the baseline to the next target shows whether the pilot is heading there. The 30/60/90-day plan groups the actions by the checkpoint they serve.</source>
        <translation>Jede Kennzahl hat einen Ausgangswert und ein Ziel für Tag 30, 60 und 90 nach dem Start des Pilotprojekts. An jedem Kontrollpunkt ist eine Kennzahl &lt;i&gt;im Plan&lt;/i&gt;, wenn sie ihr Ziel erreicht, &lt;i&gt;gefährdet&lt;/i&gt;, wenn sie es um höchstens die Toleranz verfehlt, und sonst &lt;i&gt;nicht im Plan&lt;/i&gt;; zwischen den Kontrollpunkten zeigt ein Zielpfad vom Ausgangswert zum nächsten Ziel, ob das Pilotprojekt dorthin unterwegs ist. Der 30/60/90-Tage-Plan gruppiert die Maßnahmen nach dem Kontrollpunkt, dem sie dienen.</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Definitionen der Kennzahlen</translation>
    </message>
    <message>
        <source>Dates are local days in the workspace&apos;s time zone; weeks are ISO weeks, Monday to Sunday. The same definitions are in the report&apos;s appendix and in &lt;tt&gt;uptake metrics --definitions&lt;/tt&gt;.</source>
        <translation>Datumsangaben sind lokale Tage in der Zeitzone des Arbeitsbereichs; Wochen sind ISO-Wochen von Montag bis Sonntag. Dieselben Definitionen stehen im Anhang des Berichts und in &lt;tt&gt;uptake metrics --definitions&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>Uptake::HistogramChart</name>
    <message>
        <source>Median %1 days</source>
        <translation>Median %1 Tage</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2–3</source>
        <translation>2–3</translation>
    </message>
    <message>
        <source>4–7</source>
        <translation>4–7</translation>
    </message>
    <message>
        <source>8–14</source>
        <translation>8–14</translation>
    </message>
    <message>
        <source>15–30</source>
        <translation>15–30</translation>
    </message>
    <message>
        <source>31+</source>
        <translation>31+</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Tage bis zum ersten Abschluss</translation>
    </message>
</context>
<context>
    <name>Uptake::Import</name>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file has no column “%1” (for %2). Its columns are: %3.</source>
        <translation>Die Datei hat keine Spalte „%1“ (für %2). Ihre Spalten sind: %3.</translation>
    </message>
    <message>
        <source>No column is mapped to the required field(s) %1. Use --map FIELD=COLUMN (or --const FIELD=VALUE); the file&apos;s columns are: %2.</source>
        <translation>Dem Pflichtfeld bzw. den Pflichtfeldern %1 ist keine Spalte zugeordnet. Verwenden Sie --map FIELD=COLUMN (oder --const FIELD=VALUE); die Spalten der Datei sind: %2.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation>„%1“ kann nicht importiert werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not a file.</source>
        <translation>„%1“ kann nicht importiert werden: Es ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is empty.</source>
        <translation>„%1“ kann nicht importiert werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>“%1” was already imported (batch %2, %3 rows); nothing was written. Import it again only if you mean to (--again): its rows would all count as duplicates.</source>
        <translation>„%1“ wurde bereits importiert (Stapel %2, %3 Zeilen); es wurde nichts geschrieben. Importieren Sie die Datei nur dann erneut, wenn Sie es wirklich wollen (--again): Alle ihre Zeilen würden als Duplikate zählen.</translation>
    </message>
    <message>
        <source>no learner: expected an id, email or name (a guest or system action?)</source>
        <translation>keine lernende Person: erwartet wird eine ID, E-Mail-Adresse oder ein Name (eine Gast- oder Systemaktion?)</translation>
    </message>
    <message>
        <source>no event: expected what the learner did (viewed, completed, …)</source>
        <translation>kein Ereignis: erwartet wird, was die lernende Person getan hat (angesehen, abgeschlossen, …)</translation>
    </message>
    <message>
        <source>expected a duration (minutes, HH:MM:SS or PT…)</source>
        <translation>erwartet wird eine Dauer (Minuten, HH:MM:SS oder PT…)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>no KPI name</source>
        <translation>kein Kennzahlname</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it has no data rows.</source>
        <translation>„%1“ kann nicht importiert werden: Es hat keine Datenzeilen.</translation>
    </message>
    <message>
        <source>None of the %1 rows of “%2” could be imported; the first problem: line %3, %4.</source>
        <translation>Keine der %1 Zeilen von „%2“ konnte importiert werden; das erste Problem: Zeile %3, %4.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Content item</source>
        <translation>Inhaltselement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Moodle log download</source>
        <translation>Moodle-Protokoll-Download</translation>
    </message>
    <message>
        <source>Site administration → Reports → Logs → Download (CSV).</source>
        <translation>Website-Administration → Berichte → Logdaten → Herunterladen (CSV).</translation>
    </message>
    <message>
        <source>Moodle logstore_standard_log table</source>
        <translation>Moodle-Tabelle logstore_standard_log</translation>
    </message>
    <message>
        <source>A dump of Moodle&apos;s standard log table: no header, 21 columns, epoch times.</source>
        <translation>Ein Abzug der Standard-Protokolltabelle von Moodle: keine Kopfzeile, 21 Spalten, Epoch-Zeiten.</translation>
    </message>
    <message>
        <source>Moodle gradebook export (participants)</source>
        <translation>Moodle-Bewertungsexport (Teilnehmende)</translation>
    </message>
    <message>
        <source>Grades → Export → Plain text file: first name and surname in separate columns.</source>
        <translation>Bewertungen → Export → Textdatei: Vor- und Nachname in getrennten Spalten.</translation>
    </message>
    <message>
        <source>Open University OULAD studentVle</source>
        <translation>Open University OULAD studentVle</translation>
    </message>
    <message>
        <source>Clicks per student, VLE site and day, relative to the module start.</source>
        <translation>Klicks pro Studierendem, VLE-Seite und Tag, relativ zum Modulbeginn.</translation>
    </message>
    <message>
        <source>Open University OULAD studentInfo</source>
        <translation>Open University OULAD studentInfo</translation>
    </message>
    <message>
        <source>One row per student and module presentation: the roster.</source>
        <translation>Eine Zeile pro Studierendem und Moduldurchgang: die Personalliste.</translation>
    </message>
    <message>
        <source>Open University OULAD studentAssessment</source>
        <translation>Open University OULAD studentAssessment</translation>
    </message>
    <message>
        <source>Assessment scores per student, a performance measure.</source>
        <translation>Prüfungsergebnisse pro Studierendem, eine Leistungskennzahl.</translation>
    </message>
    <message>
        <source>xAPI statements (JSON)</source>
        <translation>xAPI-Statements (JSON)</translation>
    </message>
    <message>
        <source>One statement, an array of statements, or JSON lines from a learning record store.</source>
        <translation>Ein Statement, ein Array von Statements oder JSON-Zeilen aus einem Learning Record Store.</translation>
    </message>
    <message>
        <source>Generic learning events</source>
        <translation>Allgemeine Lernereignisse</translation>
    </message>
    <message>
        <source>Any CSV with one row per learner action.</source>
        <translation>Jede CSV-Datei mit einer Zeile pro Lernaktion.</translation>
    </message>
    <message>
        <source>Generic roster</source>
        <translation>Allgemeine Personalliste</translation>
    </message>
    <message>
        <source>Any CSV with one row per person.</source>
        <translation>Jede CSV-Datei mit einer Zeile pro Person.</translation>
    </message>
    <message>
        <source>Generic performance</source>
        <translation>Allgemeine Leistungsdaten</translation>
    </message>
    <message>
        <source>Any CSV with learner, period, KPI and value.</source>
        <translation>Jede CSV-Datei mit lernender Person, Zeitraum, Kennzahl und Wert.</translation>
    </message>
    <message>
        <source>the statement&apos;s actor has no account, mbox or name</source>
        <translation>der Akteur des Statements hat kein Konto, keine mbox und keinen Namen</translation>
    </message>
    <message>
        <source>the statement has no verb id</source>
        <translation>das Statement hat keine Verb-ID</translation>
    </message>
    <message>
        <source>the statement has neither a timestamp nor a stored time</source>
        <translation>das Statement hat weder einen Zeitstempel noch eine Speicherzeit</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time stamp</source>
        <translation>„%1“ ist kein ISO-8601-Zeitstempel</translation>
    </message>
    <message>
        <source>element %1 of the array is not an xAPI statement</source>
        <translation>Element %1 des Arrays ist kein xAPI-Statement</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON statement (%2 at column %3)</source>
        <translation>Zeile %1 ist kein JSON-Statement (%2 bei Spalte %3)</translation>
    </message>
    <message>
        <source>the file holds no xAPI statements</source>
        <translation>die Datei enthält keine xAPI-Statements</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character: this looks like a binary file, not delimited text.</source>
        <translation>Zeile %1 enthält ein NUL-Zeichen: Das sieht nach einer Binärdatei aus, nicht nach getrenntem Text.</translation>
    </message>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text; choose the file&apos;s encoding (for example windows-1252).</source>
        <translation>Zeile %1 enthält Bytes, die kein gültiger %2-Text sind; wählen Sie die Kodierung der Datei (zum Beispiel windows-1252).</translation>
    </message>
    <message>
        <source>Cannot read the file after line %1: %2</source>
        <translation>Die Datei kann nach Zeile %1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; this is not a table Uptake can read.</source>
        <translation>Zeile %1 hat mehr als %2 Felder; das ist keine Tabelle, die Uptake lesen kann.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters; the file may have a quote that is never closed, or not be delimited text.</source>
        <translation>Zeile %1, Spalte %2: Ein Feld ist länger als %3 Zeichen; die Datei hat vielleicht ein nie geschlossenes Anführungszeichen oder ist kein getrennter Text.</translation>
    </message>
    <message>
        <source>Line %1: a record is longer than %2 characters; the file may have a quote that is never closed, or not be delimited text.</source>
        <translation>Zeile %1: Ein Datensatz ist länger als %2 Zeichen; die Datei hat vielleicht ein nie geschlossenes Anführungszeichen oder ist kein getrennter Text.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed (a %3 is missing).</source>
        <translation>Zeile %1, Spalte %2: Ein Feld in Anführungszeichen wird nie geschlossen (ein %3 fehlt).</translation>
    </message>
    <message>
        <source>day offsets like “%1” need a start date to count from</source>
        <translation>Tagesversätze wie „%1“ brauchen ein Startdatum, ab dem gezählt wird</translation>
    </message>
    <message>
        <source>expected a date like %1, not “%2”</source>
        <translation>erwartet wird ein Datum wie %1, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown encoding “%1”; use utf-8, utf-16le, utf-16be, windows-1252 or latin1</source>
        <translation>unbekannte Kodierung „%1“; verwenden Sie utf-8, utf-16le, utf-16be, windows-1252 oder latin1</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it looks like a binary file, not text</source>
        <translation>die Datei enthält NUL-Bytes; sie sieht nach einer Binärdatei aus, nicht nach Text</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>die Datei hat keine Zeilen</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>erwartet %1 Spalten, gefunden %2</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(Zeile)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>the time column&apos;s format could not be recognised; choose one (--date-format)</source>
        <translation>das Format der Zeitspalte wurde nicht erkannt; wählen Sie eines (--date-format)</translation>
    </message>
    <message>
        <source>dates are day numbers; say which day is day 0 (--start-date)</source>
        <translation>Datumsangaben sind Tageszahlen; geben Sie an, welcher Tag Tag 0 ist (--start-date)</translation>
    </message>
    <message>
        <source>expected a time like %1, not “%2”</source>
        <translation>erwartet wird eine Zeit wie %1, nicht „%2“</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n weitere)</numerusform>
            <numerusform>… (%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>the learner is %L1 characters long; expected an id, email or name</source>
        <translation>die lernende Person ist %L1 Zeichen lang; erwartet wird eine ID, E-Mail-Adresse oder ein Name</translation>
    </message>
    <message>
        <source>the value is %L1 characters long; expected a name</source>
        <translation>der Wert ist %L1 Zeichen lang; erwartet wird ein Name</translation>
    </message>
    <message>
        <source>the JSON file is larger than %1 MB; split it or export JSON lines in parts</source>
        <translation>die JSON-Datei ist größer als %1 MB; teilen Sie sie auf oder exportieren Sie JSON-Zeilen in Teilen</translation>
    </message>
    <message>
        <source>The profile could not be saved: the settings file “%1” cannot be written.</source>
        <translation>Das Profil konnte nicht gespeichert werden: Die Einstellungsdatei „%1“ ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Ein Profilname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in format; choose another name.</source>
        <translation>„%1“ ist der Name eines eingebauten Formats; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no saved profile “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil „%1“.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one)</source>
        <translation>ein ZIP-Archiv (auch eine Excel-Arbeitsmappe .xlsx oder OpenDocument-Arbeitsmappe .ods ist eines)</translation>
    </message>
    <message>
        <source>an old-style Excel (.xls) or Office document</source>
        <translation>ein Excel-Dokument (.xls) oder Office-Dokument im alten Format</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <source>a compressed archive (xz or 7-Zip)</source>
        <translation>ein komprimiertes Archiv (xz oder 7-Zip)</translation>
    </message>
    <message>
        <source>an SQLite database (a workspace is opened with File → Open, not imported)</source>
        <translation>eine SQLite-Datenbank (ein Arbeitsbereich wird mit Datei → Öffnen geöffnet, nicht importiert)</translation>
    </message>
    <message>
        <source>it is %1, not a CSV, TSV or xAPI JSON file; export the data as CSV first</source>
        <translation>es ist %1, keine CSV-, TSV- oder xAPI-JSON-Datei; exportieren Sie die Daten zuerst als CSV</translation>
    </message>
    <message>
        <source>the duration is longer than a day: expected the time spent on this one activity</source>
        <translation>die Dauer ist länger als ein Tag: erwartet wird die für diese eine Aktivität aufgewendete Zeit</translation>
    </message>
    <message>
        <source>result.score.scaled must be a number from -1 to 1</source>
        <translation>result.score.scaled muss eine Zahl von -1 bis 1 sein</translation>
    </message>
    <message>
        <source>result.score.raw must be a number</source>
        <translation>result.score.raw muss eine Zahl sein</translation>
    </message>
    <message>
        <source>result.duration “%1” is not an ISO 8601 duration such as PT25M or PT1H30M</source>
        <translation>result.duration „%1“ ist keine ISO-8601-Dauer wie PT25M oder PT1H30M</translation>
    </message>
    <message>
        <source>result.duration %1 is longer than a day: expected the time spent on this one activity</source>
        <translation>result.duration %1 ist länger als ein Tag: erwartet wird die für diese eine Aktivität aufgewendete Zeit</translation>
    </message>
    <message>
        <source>learners are matched by id, email or full name — check the Learner column mapping.</source>
        <translation>Lernende werden über ID, E-Mail oder vollständigen Namen abgeglichen – prüfen Sie, welche Spalte dem Feld „Lernende(r)“ zugeordnet ist.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this roster match a learner already in the workspace (0%);</source>
        <translation>
            <numerusform>Die %Ln lernende Person in dieser Personalliste stimmt mit keiner bereits im Arbeitsbereich vorhandenen Person überein (0 %);</numerusform>
            <numerusform>Keine der %Ln Lernenden in dieser Personalliste stimmt mit einer bereits im Arbeitsbereich vorhandenen Person überein (0 %);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this performance file match a learner already in the workspace (0%);</source>
        <translation>
            <numerusform>Die %Ln lernende Person in dieser Datei mit Leistungsdaten stimmt mit keiner bereits im Arbeitsbereich vorhandenen Person überein (0 %);</numerusform>
            <numerusform>Keine der %Ln Lernenden in dieser Datei mit Leistungsdaten stimmt mit einer bereits im Arbeitsbereich vorhandenen Person überein (0 %);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this file match a learner in the workspace&apos;s roster (0%);</source>
        <translation>
            <numerusform>Die %Ln lernende Person in dieser Datei stimmt mit keiner Person in der Personalliste des Arbeitsbereichs überein (0 %);</numerusform>
            <numerusform>Keine der %Ln Lernenden in dieser Datei stimmt mit einer Person in der Personalliste des Arbeitsbereichs überein (0 %);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this roster (%2%) match a learner already in the workspace;</source>
        <translation>
            <numerusform>Nur bei %1 von %Ln Lernenden in dieser Personalliste (%2 %) gibt es eine Übereinstimmung mit einer bereits im Arbeitsbereich vorhandenen Person;</numerusform>
            <numerusform>Nur bei %1 von %Ln Lernenden in dieser Personalliste (%2 %) gibt es eine Übereinstimmung mit einer bereits im Arbeitsbereich vorhandenen Person;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this performance file (%2%) match a learner already in the workspace;</source>
        <translation>
            <numerusform>Nur bei %1 von %Ln Lernenden in dieser Datei mit Leistungsdaten (%2 %) gibt es eine Übereinstimmung mit einer bereits im Arbeitsbereich vorhandenen Person;</numerusform>
            <numerusform>Nur bei %1 von %Ln Lernenden in dieser Datei mit Leistungsdaten (%2 %) gibt es eine Übereinstimmung mit einer bereits im Arbeitsbereich vorhandenen Person;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this file (%2%) match a learner in the workspace&apos;s roster;</source>
        <translation>
            <numerusform>Nur bei %1 von %Ln Lernenden in dieser Datei (%2 %) gibt es eine Übereinstimmung mit einer Person in der Personalliste des Arbeitsbereichs;</numerusform>
            <numerusform>Nur bei %1 von %Ln Lernenden in dieser Datei (%2 %) gibt es eine Übereinstimmung mit einer Person in der Personalliste des Arbeitsbereichs;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>%1 = “%2”</source>
        <translation>%1 = „%2“</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Eigene Zuordnung</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>%1 (mapping adjusted)</source>
        <translation>%1 (Zuordnung angepasst)</translation>
    </message>
</context>
<context>
    <name>Uptake::ImportRepository</name>
    <message>
        <source>Cannot read the import history: %1</source>
        <translation>Der Importverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the rejected rows: %1</source>
        <translation>Die abgelehnten Zeilen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Es gibt keinen Import %1.</translation>
    </message>
    <message>
        <source>Cannot undo import %1: %2</source>
        <translation>Import %1 kann nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>How Uptake reads the file</source>
        <translation>Wie Uptake die Datei liest</translation>
    </message>
    <message>
        <source>Learning events</source>
        <translation>Lernereignisse</translation>
    </message>
    <message>
        <source>Roster (people)</source>
        <translation>Personalliste (Personen)</translation>
    </message>
    <message>
        <source>Performance (KPI values)</source>
        <translation>Leistung (Kennzahlwerte)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>Erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>ISO 8601 (2023-08-07T14:24:00+02:00)</source>
        <translation>ISO 8601 (2023-08-07T14:24:00+02:00)</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>Unix-Zeit in Millisekunden</translation>
    </message>
    <message>
        <source>Moodle (7/08/23, 14:24)</source>
        <translation>Moodle (7/08/23, 14:24)</translation>
    </message>
    <message>
        <source>Older Moodle (2017 July 2 0:58)</source>
        <translation>Älteres Moodle (2017 July 2 0:58)</translation>
    </message>
    <message>
        <source>US (8/7/2023 2:24 PM)</source>
        <translation>US (8/7/2023 2:24 PM)</translation>
    </message>
    <message>
        <source>Days from a start date (OULAD)</source>
        <translation>Tage ab einem Startdatum (OULAD)</translation>
    </message>
    <message>
        <source>Day first (31/12)</source>
        <translation>Tag zuerst (31/12)</translation>
    </message>
    <message>
        <source>Month first (12/31)</source>
        <translation>Monat zuerst (12/31)</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Welche Spalte was ist</translation>
    </message>
    <message>
        <source>What counts as completed</source>
        <translation>Was als abgeschlossen zählt</translation>
    </message>
    <message>
        <source>Tick the event values that mean a learner completed the course. These drive completion rates and time to first completion.</source>
        <translation>Haken Sie die Ereigniswerte an, die bedeuten, dass eine lernende Person den Kurs abgeschlossen hat. Sie bestimmen Abschlussquoten und die Zeit bis zum ersten Abschluss.</translation>
    </message>
    <message>
        <source>Event values</source>
        <translation>Ereigniswerte</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Uptake reads the whole file and checks every row without writing anything.</source>
        <translation>Uptake liest die ganze Datei und prüft jede Zeile, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All rows go in as one batch, or none do. You can undo the whole batch later on the Data page.</source>
        <translation>Alle Zeilen kommen als ein Stapel hinein, oder keine. Sie können den ganzen Stapel später auf der Seite Daten rückgängig machen.</translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation>Erkannt als: %1</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>Kodierung %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>dates: %1</source>
        <translation>Datumsangaben: %1</translation>
    </message>
    <message>
        <source>The day/month order of the dates cannot be told from this file: choose “Day first” or “Month first”.</source>
        <translation>Die Tag/Monat-Reihenfolge der Datumsangaben lässt sich aus dieser Datei nicht ablesen: Wählen Sie „Tag zuerst“ oder „Monat zuerst“.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— nicht in dieser Datei —</translation>
    </message>
    <message>
        <source>(no second column)</source>
        <translation>(keine zweite Spalte)</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>No event column is mapped: every row counts as activity.</source>
        <translation>Keine Ereignisspalte zugeordnet: Jede Zeile zählt als Aktivität.</translation>
    </message>
    <message>
        <source>Choose a column or a fixed value for: %1.</source>
        <translation>Wählen Sie eine Spalte oder einen festen Wert für: %1.</translation>
    </message>
    <message>
        <source>Choose the day/month order to continue.</source>
        <translation>Wählen Sie die Tag/Monat-Reihenfolge, um fortzufahren.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, noch etwa %n Sekunde</numerusform>
            <numerusform>, noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 rows (%2 of %3)%4</source>
        <translation>%1 Zeilen geprüft (%2 von %3)%4</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 of %3)%4</source>
        <translation>%1 Zeilen importiert (%2 von %3)%4</translation>
    </message>
    <message>
        <source>%1 rows read: %2 good, %3 rejected, %4 already in the workspace.</source>
        <translation>%1 Zeilen gelesen: %2 in Ordnung, %3 abgelehnt, %4 bereits im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Imported %1 rows as batch %2. Rejected: %3 (kept with their reasons on the Data page). Already in the workspace: %4.</source>
        <translation>%1 Zeilen als Stapel %2 importiert. Abgelehnt: %3 (mit ihren Gründen auf der Seite Daten aufbewahrt). Bereits im Arbeitsbereich: %4.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written; the workspace is as it was.</source>
        <translation>Import abgebrochen. Es wurde nichts geschrieben; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>day before month (31/12/2023)</source>
        <translation>Tag vor Monat (31/12/2023)</translation>
    </message>
    <message>
        <source>month before day (12/31/2023)</source>
        <translation>Monat vor Tag (12/31/2023)</translation>
    </message>
    <message>
        <source>year, month name, day (2017 July 2 0:58)</source>
        <translation>Jahr, Monatsname, Tag (2017 July 2 0:58)</translation>
    </message>
    <message>
        <source>Excel serial numbers</source>
        <translation>Excel-Seriennummern</translation>
    </message>
    <message>
        <source>days from the start date</source>
        <translation>Tage ab dem Startdatum</translation>
    </message>
    <message>
        <source>Uptake detected these settings from the file. Change any that look wrong: the preview below follows at once.</source>
        <translation>Uptake hat diese Einstellungen aus der Datei erkannt. Ändern Sie, was falsch aussieht: Die Vorschau unten folgt sofort.</translation>
    </message>
    <message>
        <source>A mapping you saved earlier (on the next page) for exports of this shape.</source>
        <translation>Eine früher (auf der nächsten Seite) gespeicherte Zuordnung für Exporte dieser Form.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel Unicode)</source>
        <translation>UTF-16 LE (Excel Unicode)</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (westeuropäisch)</translation>
    </message>
    <message>
        <source>ISO 8859-1 (Latin-1)</source>
        <translation>ISO 8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>No header row: the first row is data</source>
        <translation>Keine Kopfzeile: Die erste Zeile sind Daten</translation>
    </message>
    <message>
        <source>Unix time in seconds (1691418240)</source>
        <translation>Unix-Zeit in Sekunden (1691418240)</translation>
    </message>
    <message>
        <source>Excel serial number (45145.6)</source>
        <translation>Excel-Seriennummer (45145.6)</translation>
    </message>
    <message>
        <source>Day/month: detect from the whole column</source>
        <translation>Tag/Monat: aus der ganzen Spalte erkennen</translation>
    </message>
    <message>
        <source>Whether 03/04 means 3 April or 4 March. Uptake decides from the whole column and asks only when every date could be read either way.</source>
        <translation>Ob 03/04 den 3. April oder den 4. März bedeutet. Uptake entscheidet anhand der ganzen Spalte und fragt nur, wenn jedes Datum beides sein könnte.</translation>
    </message>
    <message>
        <source>Time zone: the workspace&apos;s</source>
        <translation>Zeitzone: die des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The zone of time stamps written without an offset, e.g. Europe/Berlin. Empty: the workspace&apos;s time zone.</source>
        <translation>Die Zeitzone von Zeitstempeln ohne Offset, z. B. Europe/Berlin. Leer: die Zeitzone des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>&amp;Saved profile:</source>
        <translation>Gespeichertes &amp;Profil:</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>Die Datei &amp;enthält:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>He&amp;ader:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Ko&amp;dierung:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Dat&amp;umsangaben:</translation>
    </message>
    <message>
        <source>None saved yet (you can save one on the next page)</source>
        <translation>Noch keines gespeichert (Sie können auf der nächsten Seite eines speichern)</translation>
    </message>
    <message>
        <source>None: use what Uptake detected</source>
        <translation>Keines: das verwenden, was Uptake erkannt hat</translation>
    </message>
    <message>
        <source>The saved profile “%1” no longer exists.</source>
        <translation>Das gespeicherte Profil „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>e.g. Moodle log, monthly</source>
        <translation>z. B. Moodle-Protokoll, monatlich</translation>
    </message>
    <message>
        <source>Save &amp;Profile</source>
        <translation>&amp;Profil speichern</translation>
    </message>
    <message>
        <source>Keep this mapping and these settings under a name, to choose next time on the first page or with &apos;uptake import --profile NAME&apos;. Profiles serve every workspace.</source>
        <translation>Diese Zuordnung und Einstellungen unter einem Namen aufbewahren, um sie nächstes Mal auf der ersten Seite oder mit &apos;uptake import --profile NAME&apos; zu wählen. Profile gelten für alle Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Save this mapping as a profile &amp;named:</source>
        <translation>Diese Zuordnung als Profil speichern, &amp;Name:</translation>
    </message>
    <message>
        <source>Show only values containing… (e.g. complet)</source>
        <translation>Nur Werte zeigen, die … enthalten (z. B. complet)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 von %2 angehakt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Skip This File</source>
        <translation>Diese Datei ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Close the wizard without importing anything.</source>
        <translation>Den Assistenten schließen, ohne etwas zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Second column or fixed value</source>
        <translation>Zweite Spalte oder fester Wert</translation>
    </message>
    <message>
        <source>First row gives</source>
        <translation>Erste Zeile ergibt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Fixed value for every row…</source>
        <translation>Fester Wert für jede Zeile…</translation>
    </message>
    <message>
        <source>Second column for %1</source>
        <translation>Zweite Spalte für %1</translation>
    </message>
    <message>
        <source>Fixed value for %1</source>
        <translation>Fester Wert für %1</translation>
    </message>
    <message>
        <source>Value for every row</source>
        <translation>Wert für jede Zeile</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Not saved: choose a column or a fixed value for %1 first.</source>
        <translation>Nicht gespeichert: Wählen Sie zuerst eine Spalte oder einen festen Wert für %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”. The completion values you tick on the next page are saved with it. Choose it next time under “Saved profile” on the first page.</source>
        <translation>Als „%1“ gespeichert. Die Abschlusswerte, die Sie auf der nächsten Seite anhaken, werden mitgespeichert. Wählen Sie es nächstes Mal unter „Gespeichertes Profil“ auf der ersten Seite.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Uptake knows. Use a name such as Europe/Berlin or America/New_York, or leave it empty for the workspace&apos;s.</source>
        <translation>„%1“ ist keine Zeitzone, die Uptake kennt. Verwenden Sie einen Namen wie Europe/Berlin oder America/New_York, oder lassen Sie das Feld leer für die des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are listed below; all of them are kept with their reasons on the Data page after the import.</source>
        <translation>Die ersten %1 abgelehnten Zeilen stehen unten; alle werden nach dem Import mit ihren Gründen auf der Seite Daten aufbewahrt.</translation>
    </message>
    <message>
        <source>The rejected rows are listed below; they are kept with their reasons on the Data page after the import.</source>
        <translation>Die abgelehnten Zeilen stehen unten; sie werden nach dem Import mit ihren Gründen auf der Seite Daten aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This exact file was imported before&lt;/b&gt; (import %1). Importing it again adds nothing: its rows are already in the workspace. Skip it unless you changed the mapping on purpose.</source>
        <translation>&lt;b&gt;Genau diese Datei wurde bereits importiert&lt;/b&gt; (Import %1). Ein erneuter Import fügt nichts hinzu: Ihre Zeilen sind schon im Arbeitsbereich. Überspringen Sie sie, es sei denn, Sie haben die Zuordnung absichtlich geändert.</translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation>&amp;Trotzdem importieren</translation>
    </message>
    <message>
        <source>Fields marked * are required. A field can combine two columns (first name + surname) or take one fixed value for every row (the course of a single-course log). The last column shows what the first row gives and, for the time, the date and time Uptake reads from it.</source>
        <translation>Mit * markierte Felder sind Pflicht. Ein Feld kann zwei Spalten kombinieren (Vorname + Nachname) oder einen festen Wert für jede Zeile annehmen (den Kurs eines Einzelkurs-Protokolls). Die letzte Spalte zeigt, was die erste Zeile ergibt, und bei der Zeit das Datum und die Uhrzeit, die Uptake daraus liest.</translation>
    </message>
    <message>
        <source>%1 → not a time Uptake can read</source>
        <translation>%1 → keine Zeitangabe, die Uptake lesen kann</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date read from the file; keep the month as a name</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>How Uptake reads the first rows (times in %1):</source>
        <translation>Wie Uptake die ersten Zeilen liest (Zeiten in %1):</translation>
    </message>
    <message>
        <source>%1 → no course (a site-wide action)</source>
        <translation>%1 → kein Kurs (eine Aktion auf Website-Ebene)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The new values are for %1.</source>
        <translation>Die neuen Werte gelten für den %1.</translation>
    </message>
    <message>
        <source>The new values are for %1 to %2.</source>
        <translation>Die neuen Werte gelten für die Zeit vom %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>The new events are all on %1 and include %n completion(s).</source>
        <translation>
            <numerusform>Die neuen Ereignisse liegen alle am %1 und enthalten %n Abschluss.</numerusform>
            <numerusform>Die neuen Ereignisse liegen alle am %1 und enthalten %n Abschlüsse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new events run from %1 to %2 and include %n completion(s).</source>
        <translation>
            <numerusform>Die neuen Ereignisse reichen vom %1 bis %2 und enthalten %n Abschluss.</numerusform>
            <numerusform>Die neuen Ereignisse reichen vom %1 bis %2 und enthalten %n Abschlüsse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::ImportsModel</name>
    <message>
        <source>Learning events</source>
        <translation>Lernereignisse</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Personalliste</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>durch senkrechte Striche getrennt</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>getrennt durch „%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>dates like %1</source>
        <translation>Datumsangaben wie %1</translation>
    </message>
    <message>
        <source>times without an offset in %1</source>
        <translation>Zeiten ohne Zeitzonenangabe in %1</translation>
    </message>
    <message>
        <source>Format: %1; read as %2</source>
        <translation>Format: %1; gelesen als %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Gelesen als %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Counted as completed: %1</source>
        <translation>Als abgeschlossen gezählt: %1</translation>
    </message>
    <message>
        <source>Not learner activity (skipped): %1</source>
        <translation>Keine Lernaktivität (übersprungen): %1</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no file size recorded</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>%1 — %2, imported %3</source>
        <translation>%1 — %2, importiert am %3</translation>
    </message>
</context>
<context>
    <name>Uptake::Journey</name>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Gestalten</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Login failures</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Unclear learning paths</source>
        <translation>Unklare Lernpfade</translation>
    </message>
    <message>
        <source>Content does not match job tasks</source>
        <translation>Inhalte passen nicht zu den Aufgaben</translation>
    </message>
    <message>
        <source>Lack of time</source>
        <translation>Zeitmangel</translation>
    </message>
    <message>
        <source>Unclear incentives</source>
        <translation>Unklare Anreize</translation>
    </message>
    <message>
        <source>Relevance concerns</source>
        <translation>Zweifel an der Relevanz</translation>
    </message>
    <message>
        <source>Poor user experience</source>
        <translation>Schlechte Benutzerfreundlichkeit</translation>
    </message>
    <message>
        <source>No mobile access</source>
        <translation>Kein mobiler Zugang</translation>
    </message>
    <message>
        <source>Time-zone clashes</source>
        <translation>Zeitzonenkonflikte</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Content relevance</source>
        <translation>Inhaltliche Relevanz</translation>
    </message>
    <message>
        <source>Habit formation</source>
        <translation>Gewohnheitsbildung</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Analytics signal</source>
        <translation>Analysesignal</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>completion of the module</source>
        <translation>Abschluss des Moduls</translation>
    </message>
    <message>
        <source>active rate</source>
        <translation>Aktivquote</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>L&amp;D</source>
        <translation>L&amp;D</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Not accessed in %1 days</source>
        <translation>Seit %1 Tagen nicht aufgerufen</translation>
    </message>
    <message>
        <source>Completion below %1</source>
        <translation>Abschluss unter %1</translation>
    </message>
    <message>
        <source>Older than %1 months</source>
        <translation>Älter als %1 Monate</translation>
    </message>
    <message>
        <source>Superseded by a newer course</source>
        <translation>Durch einen neueren Kurs ersetzt</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Entscheidung ausstehend</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the data&apos;s last day</source>
        <translation>Der letzte Tag der Daten kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The cohort filter “%1” is not understood: use attribute=value with one of %2.</source>
        <translation>Der Kohortenfilter „%1“ wird nicht verstanden: Verwenden Sie Merkmal=Wert mit einem von %2.</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>Die Personalliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Choose the date the baseline is taken at.</source>
        <translation>Wählen Sie das Datum, zu dem der Ausgangswert erhoben wird.</translation>
    </message>
    <message>
        <source>Cannot read the activity</source>
        <translation>Die Aktivität kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the course activity</source>
        <translation>Die Kursaktivität kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read first completions</source>
        <translation>Die ersten Abschlüsse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the catalogue</source>
        <translation>Der Katalog kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the drop-off points</source>
        <translation>Die Abbruchpunkte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The scope holds %1 courses; the essential few for a catalogue of %2 are at most %3. Focus on the courses that drive most of the outcome and leave the rest for later.</source>
        <translation>Der Umfang umfasst %1 Kurse; das Wesentliche für einen Katalog von %2 sind höchstens %3. Konzentrieren Sie sich auf die Kurse, die den größten Teil des Ergebnisses bewirken, und heben Sie den Rest für später auf.</translation>
    </message>
    <message>
        <source>Cannot read the content scope</source>
        <translation>Der Inhaltsumfang kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 not measurable yet (n = %2 → %3)</source>
        <translation>%1 noch nicht messbar (n = %2 → %3)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>The adaptation has no date.</source>
        <translation>Die Anpassung hat kein Datum.</translation>
    </message>
    <message>
        <source>Name the course the adaptation changed to measure its completion.</source>
        <translation>Nennen Sie den Kurs, den die Anpassung verändert hat, um seinen Abschluss zu messen.</translation>
    </message>
    <message>
        <source>Cannot measure the adaptation</source>
        <translation>Die Anpassung kann nicht gemessen werden</translation>
    </message>
    <message>
        <source>Name the content the adaptation changed to measure its completion.</source>
        <translation>Nennen Sie den Inhalt, den die Anpassung verändert hat, um seinen Abschluss zu messen.</translation>
    </message>
    <message>
        <source>The adapted content no longer exists.</source>
        <translation>Der angepasste Inhalt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot read how courses are used</source>
        <translation>Es kann nicht gelesen werden, wie Kurse genutzt werden</translation>
    </message>
    <message>
        <source>Never accessed</source>
        <translation>Nie aufgerufen</translation>
    </message>
    <message>
        <source>Last accessed %1, more than %2 days ago</source>
        <translation>Zuletzt aufgerufen am %1, vor mehr als %2 Tagen</translation>
    </message>
    <message>
        <source>Completion %1 (%2 of %3 learners), below %4</source>
        <translation>Abschluss %1 (%2 von %3 Lernenden), unter %4</translation>
    </message>
    <message>
        <source>In use since %1, more than %2 months</source>
        <translation>In Nutzung seit %1, mehr als %2 Monate</translation>
    </message>
    <message>
        <source>Superseded by “%1”</source>
        <translation>Ersetzt durch „%1“</translation>
    </message>
    <message>
        <source>Role-based learning paths</source>
        <translation>Rollenbasierte Lernpfade</translation>
    </message>
    <message>
        <source>Give each role a short, ordered path of the courses that matter for its daily work.</source>
        <translation>Geben Sie jeder Rolle einen kurzen, geordneten Pfad der Kurse, die für ihre tägliche Arbeit zählen.</translation>
    </message>
    <message>
        <source>Microlearning</source>
        <translation>Microlearning</translation>
    </message>
    <message>
        <source>Split long modules into 10–15-minute pieces, e.g. one 45-minute module into three of 12.</source>
        <translation>Lange Module in Stücke von 10–15 Minuten aufteilen, z. B. ein 45-Minuten-Modul in drei zu je 12.</translation>
    </message>
    <message>
        <source>Integration with daily tools</source>
        <translation>Integration in Alltagswerkzeuge</translation>
    </message>
    <message>
        <source>Put learning where work happens: links in chat, calendar slots, prompts in the workflow tool.</source>
        <translation>Lernen dorthin bringen, wo gearbeitet wird: Links im Chat, Kalenderslots, Hinweise im Workflow-Tool.</translation>
    </message>
    <message>
        <source>Apply within 48 hours</source>
        <translation>Innerhalb von 48 Stunden anwenden</translation>
    </message>
    <message>
        <source>After each module, one small task to try on the job within two days, shared in a channel.</source>
        <translation>Nach jedem Modul eine kleine Aufgabe, die innerhalb von zwei Tagen im Job ausprobiert und in einem Kanal geteilt wird.</translation>
    </message>
    <message>
        <source>Weekly nudges</source>
        <translation>Wöchentliche Erinnerungen</translation>
    </message>
    <message>
        <source>A short weekly reminder aiming at 15 minutes of practice a day, sent at a time that suits.</source>
        <translation>Eine kurze wöchentliche Erinnerung mit dem Ziel von 15 Minuten Übung am Tag, zu einer passenden Zeit verschickt.</translation>
    </message>
    <message>
        <source>Asynchronous cohorts</source>
        <translation>Asynchrone Kohorten</translation>
    </message>
    <message>
        <source>Small groups move through the same path in the same weeks, each at their own hours.</source>
        <translation>Kleine Gruppen durchlaufen denselben Pfad in denselben Wochen, jede zu ihren eigenen Zeiten.</translation>
    </message>
    <message>
        <source>Spaced repetition</source>
        <translation>Verteilte Wiederholung</translation>
    </message>
    <message>
        <source>Bring key points back as quick questions a few days and a few weeks after the module.</source>
        <translation>Kernpunkte einige Tage und einige Wochen nach dem Modul als kurze Fragen zurückholen.</translation>
    </message>
    <message>
        <source>Manager micro-coaching</source>
        <translation>Mikro-Coaching durch Führungskräfte</translation>
    </message>
    <message>
        <source>Managers spend 10–15 minutes of the weekly check-in on what was learnt and applied.</source>
        <translation>Führungskräfte verwenden 10–15 Minuten des wöchentlichen Gesprächs auf das Gelernte und Angewandte.</translation>
    </message>
    <message>
        <source>Recognition of milestones</source>
        <translation>Anerkennung von Meilensteinen</translation>
    </message>
    <message>
        <source>Peers or managers acknowledge finished paths and applied skills where the team can see it.</source>
        <translation>Kolleginnen, Kollegen oder Führungskräfte würdigen abgeschlossene Pfade und angewandte Fähigkeiten sichtbar für das Team.</translation>
    </message>
    <message>
        <source>Tiered support model</source>
        <translation>Gestuftes Supportmodell</translation>
    </message>
    <message>
        <source>Self-help first, then peer champions, then L&amp;D specialists, so nobody stays stuck.</source>
        <translation>Erst Selbsthilfe, dann Peer-Champions, dann L&amp;D-Fachleute, damit niemand stecken bleibt.</translation>
    </message>
    <message>
        <source>Usage baseline taken and frozen</source>
        <translation>Nutzungsausgangswert erhoben und eingefroren</translation>
    </message>
    <message>
        <source>Content consumption heatmap reviewed</source>
        <translation>Heatmap der Inhaltsnutzung geprüft</translation>
    </message>
    <message>
        <source>Login failures checked with IT</source>
        <translation>Anmeldefehler mit der IT geprüft</translation>
    </message>
    <message>
        <source>Stakeholder interviews held (at least five)</source>
        <translation>Stakeholder-Interviews geführt (mindestens fünf)</translation>
    </message>
    <message>
        <source>Friction points identified and rated</source>
        <translation>Reibungspunkte erkannt und bewertet</translation>
    </message>
    <message>
        <source>Levers chosen for every serious barrier</source>
        <translation>Hebel für jedes ernste Hindernis gewählt</translation>
    </message>
    <message>
        <source>Content scope cut to the essential few courses</source>
        <translation>Inhaltsumfang auf die wesentlichen Kurse reduziert</translation>
    </message>
    <message>
        <source>KPIs and 30/60/90-day targets agreed</source>
        <translation>Kennzahlen und 30/60/90-Tage-Ziele vereinbart</translation>
    </message>
    <message>
        <source>Cohort invited and first PLAN cycle launched</source>
        <translation>Kohorte eingeladen und erster PLAN-Zyklus gestartet</translation>
    </message>
    <message>
        <source>Feedback gathered and content adapted</source>
        <translation>Feedback eingeholt und Inhalte angepasst</translation>
    </message>
    <message>
        <source>Governance board set up</source>
        <translation>Steuerungsgremium eingerichtet</translation>
    </message>
    <message>
        <source>Release calendar and retirement policy agreed</source>
        <translation>Veröffentlichungskalender und Stilllegungsrichtlinie vereinbart</translation>
    </message>
    <message>
        <source>Take the usage baseline</source>
        <translation>Den Nutzungsausgangswert erheben</translation>
    </message>
    <message>
        <source>Interview stakeholders and learners</source>
        <translation>Stakeholder und Lernende interviewen</translation>
    </message>
    <message>
        <source>Build the barrier register</source>
        <translation>Das Hindernisregister aufbauen</translation>
    </message>
    <message>
        <source>Choose levers and the content scope</source>
        <translation>Hebel und Inhaltsumfang wählen</translation>
    </message>
    <message>
        <source>Announce the pilot to the cohort</source>
        <translation>Das Pilotprojekt der Kohorte ankündigen</translation>
    </message>
    <message>
        <source>Start the weekly nudges</source>
        <translation>Die wöchentlichen Erinnerungen starten</translation>
    </message>
    <message>
        <source>Run the first PLAN cycle review</source>
        <translation>Die erste PLAN-Zyklus-Auswertung durchführen</translation>
    </message>
    <message>
        <source>Adapt the content with the most drop-off</source>
        <translation>Den Inhalt mit den meisten Abbrüchen anpassen</translation>
    </message>
    <message>
        <source>Measure the adaptations&apos; effect</source>
        <translation>Die Wirkung der Anpassungen messen</translation>
    </message>
    <message>
        <source>Set up the governance board</source>
        <translation>Das Steuerungsgremium einrichten</translation>
    </message>
    <message>
        <source>Agree the release calendar</source>
        <translation>Den Veröffentlichungskalender vereinbaren</translation>
    </message>
    <message>
        <source>Review retirement candidates</source>
        <translation>Stilllegungskandidaten prüfen</translation>
    </message>
    <message>
        <source>Decide how to scale to the next group</source>
        <translation>Entscheiden, wie auf die nächste Gruppe ausgeweitet wird</translation>
    </message>
    <message>
        <source>%1 points in %2 (n = %3 → %4)</source>
        <translation>%2 %1 Punkte (n = %3 → %4)</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyModels</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No lever yet</source>
        <translation>Noch kein Hebel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Zyklus %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Adaptations</source>
        <translation>Anpassungen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Course or content</source>
        <translation>Kurs oder Inhalt</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyPage</name>
    <message>
        <source>Start from the &amp;Template Plan</source>
        <translation>Mit dem &amp;Vorlagenplan beginnen</translation>
    </message>
    <message>
        <source>No pilot yet</source>
        <translation>Noch kein Pilotprojekt</translation>
    </message>
    <message>
        <source>The journey follows one pilot from diagnosis to governance. Create a pilot on the Pilot page first; its checklist, levers and 30/60/90-day plan start from the method&apos;s templates.</source>
        <translation>Die Reise begleitet ein Pilotprojekt von der Diagnose bis zur Steuerung. Legen Sie zuerst auf der Seite Pilotprojekt eines an; Checkliste, Hebel und 30/60/90-Tage-Plan beginnen mit den Vorlagen der Methode.</translation>
    </message>
    <message>
        <source>Go to the Pilot Page</source>
        <translation>Zur Seite Pilotprojekt</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilotprojekt:</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>This pilot has no checklist, levers or 30/60/90-day plan yet. Start from the method&apos;s templates and edit them from there.</source>
        <translation>Dieses Pilotprojekt hat noch keine Checkliste, keine Hebel und keinen 30/60/90-Tage-Plan. Beginnen Sie mit den Vorlagen der Methode und bearbeiten Sie sie von dort aus.</translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation>Checkliste: %1</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Punkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No checklist items for this phase</source>
        <translation>Keine Checklistenpunkte für diese Phase</translation>
    </message>
    <message>
        <source>Add what this phase needs done, with an owner and a due date, or start the pilot from the template plan. Tick items off as they are done.</source>
        <translation>Fügen Sie hinzu, was in dieser Phase zu tun ist, mit verantwortlicher Person und Fälligkeitsdatum, oder starten Sie das Pilotprojekt mit dem Vorlagenplan. Haken Sie Punkte ab, sobald sie erledigt sind.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Punkt:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>Wer dafür sorgt, dass es passiert</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>F&amp;ällig am:</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Sagen Sie, was zu tun ist.</translation>
    </message>
    <message>
        <source>Add Checklist Item</source>
        <translation>Checklistenpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit Checklist Item</source>
        <translation>Checklistenpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Delete Checklist Item</source>
        <translation>Checklistenpunkt löschen</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Chec&amp;kliste</translation>
    </message>
    <message>
        <source>Start from the Template Plan</source>
        <translation>Mit dem Vorlagenplan beginnen</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>%1 has no checklist for this pilot yet.</source>
        <translation>%1 hat für dieses Pilotprojekt noch keine Checkliste.</translation>
    </message>
    <message>
        <source>%1 is done: every item of its checklist is ticked.</source>
        <translation>%1 ist erledigt: Jeder Punkt der Checkliste ist abgehakt.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weiterer</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 done, %n still open</source>
        <translation>
            <numerusform>%1: %2 von %3 erledigt, %n noch offen</numerusform>
            <numerusform>%1: %2 von %3 erledigt, %n noch offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n überfällig)</numerusform>
            <numerusform> (%n überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot is now in the %1 phase.</source>
        <translation>Das Pilotprojekt ist jetzt in der Phase %1.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the baseline snapshots</source>
        <translation>Die Ausgangswert-Momentaufnahmen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the interviews</source>
        <translation>Die Interviews können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the barriers</source>
        <translation>Die Hindernisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count the interviews</source>
        <translation>Die Interviews können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot read the barrier categories</source>
        <translation>Die Hinderniskategorien können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the checklist</source>
        <translation>Die Checkliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the levers</source>
        <translation>Die Hebel können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the content scope</source>
        <translation>Der Inhaltsumfang kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycles</source>
        <translation>Die PLAN-Zyklen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read what was launched</source>
        <translation>Die Starts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the feedback</source>
        <translation>Das Feedback kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the adaptations</source>
        <translation>Die Anpassungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read what was scaled</source>
        <translation>Die Skalierungsschritte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the governance board</source>
        <translation>Das Steuerungsgremium kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the decisions</source>
        <translation>Die Entscheidungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the release calendar</source>
        <translation>Der Veröffentlichungskalender kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the retirement rules</source>
        <translation>Die Stilllegungsregeln können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the superseded courses</source>
        <translation>Die ersetzten Kurse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the retirement decisions</source>
        <translation>Die Stilllegungsentscheidungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the action plan</source>
        <translation>Der Maßnahmenplan kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the KPIs</source>
        <translation>Die Kennzahlen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the course catalogue</source>
        <translation>Der Kurskatalog kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the course&apos;s content</source>
        <translation>Die Inhalte des Kurses können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the baseline snapshot</source>
        <translation>Die Ausgangswert-Momentaufnahme kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A baseline snapshot&apos;s figures must be a JSON object.</source>
        <translation>Die Werte einer Ausgangswert-Momentaufnahme müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Cannot save the baseline snapshot</source>
        <translation>Die Ausgangswert-Momentaufnahme kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the baseline snapshot</source>
        <translation>Die Ausgangswert-Momentaufnahme kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the interview</source>
        <translation>Das Interview kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>An interview needs the name of the person interviewed.</source>
        <translation>Ein Interview braucht den Namen der interviewten Person.</translation>
    </message>
    <message>
        <source>Cannot save the interview</source>
        <translation>Das Interview kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the interview</source>
        <translation>Das Interview kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the barrier</source>
        <translation>Das Hindernis kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A barrier needs a title.</source>
        <translation>Ein Hindernis braucht einen Titel.</translation>
    </message>
    <message>
        <source>A barrier needs a category.</source>
        <translation>Ein Hindernis braucht eine Kategorie.</translation>
    </message>
    <message>
        <source>Cannot save the barrier</source>
        <translation>Das Hindernis kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the barrier</source>
        <translation>Das Hindernis kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the checklist item</source>
        <translation>Der Checklistenpunkt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A checklist item needs a text.</source>
        <translation>Ein Checklistenpunkt braucht einen Text.</translation>
    </message>
    <message>
        <source>Cannot save the checklist item</source>
        <translation>Der Checklistenpunkt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the checklist item</source>
        <translation>Der Checklistenpunkt kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the lever</source>
        <translation>Der Hebel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A lever needs a name.</source>
        <translation>Ein Hebel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the lever</source>
        <translation>Der Hebel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the lever</source>
        <translation>Der Hebel kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot add the course to the scope</source>
        <translation>Der Kurs kann nicht zum Umfang hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot remove the course from the scope</source>
        <translation>Der Kurs kann nicht aus dem Umfang entfernt werden</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycle</source>
        <translation>Der PLAN-Zyklus kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>PLAN cycles are numbered from 1.</source>
        <translation>PLAN-Zyklen werden ab 1 nummeriert.</translation>
    </message>
    <message>
        <source>A PLAN cycle cannot end before it starts.</source>
        <translation>Ein PLAN-Zyklus kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Cannot save the PLAN cycle</source>
        <translation>Der PLAN-Zyklus kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the PLAN cycle</source>
        <translation>Der PLAN-Zyklus kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the launch</source>
        <translation>Der Start kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Say what was launched.</source>
        <translation>Sagen Sie, was gestartet wurde.</translation>
    </message>
    <message>
        <source>Cannot save the launch</source>
        <translation>Der Start kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the launch</source>
        <translation>Der Start kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot save the feedback</source>
        <translation>Das Feedback kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the feedback</source>
        <translation>Das Feedback kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the adaptation</source>
        <translation>Die Anpassung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>An adaptation needs the date it took effect.</source>
        <translation>Eine Anpassung braucht das Datum, an dem sie wirksam wurde.</translation>
    </message>
    <message>
        <source>Describe the adaptation.</source>
        <translation>Beschreiben Sie die Anpassung.</translation>
    </message>
    <message>
        <source>An adaptation is measured over 1 to 182 days on each side.</source>
        <translation>Eine Anpassung wird über 1 bis 182 Tage auf jeder Seite gemessen.</translation>
    </message>
    <message>
        <source>Cannot save the adaptation</source>
        <translation>Die Anpassung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the adaptation</source>
        <translation>Die Anpassung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Say what is scaled.</source>
        <translation>Sagen Sie, was ausgeweitet wird.</translation>
    </message>
    <message>
        <source>Cannot save what is scaled</source>
        <translation>Die Ausweitung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete what is scaled</source>
        <translation>Die Ausweitung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the board member</source>
        <translation>Das Gremiumsmitglied kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A board member needs a name.</source>
        <translation>Ein Gremiumsmitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the board member</source>
        <translation>Das Gremiumsmitglied kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the board member</source>
        <translation>Das Gremiumsmitglied kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the decision</source>
        <translation>Die Entscheidung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A decision needs a date.</source>
        <translation>Eine Entscheidung braucht ein Datum.</translation>
    </message>
    <message>
        <source>Say what was decided.</source>
        <translation>Sagen Sie, was entschieden wurde.</translation>
    </message>
    <message>
        <source>Cannot save the decision</source>
        <translation>Die Entscheidung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the decision</source>
        <translation>Die Entscheidung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the release</source>
        <translation>Die Veröffentlichung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A release needs a planned date.</source>
        <translation>Eine Veröffentlichung braucht ein geplantes Datum.</translation>
    </message>
    <message>
        <source>A release needs a title.</source>
        <translation>Eine Veröffentlichung braucht einen Titel.</translation>
    </message>
    <message>
        <source>Cannot save the release</source>
        <translation>Die Veröffentlichung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the release</source>
        <translation>Die Veröffentlichung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the retirement rule</source>
        <translation>Die Stilllegungsregel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>That threshold is out of range for this rule.</source>
        <translation>Dieser Schwellenwert liegt außerhalb des Bereichs dieser Regel.</translation>
    </message>
    <message>
        <source>Cannot save the retirement rule</source>
        <translation>Die Stilllegungsregel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the retirement rule</source>
        <translation>Die Stilllegungsregel kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the superseded course</source>
        <translation>Der ersetzte Kurs kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A course cannot supersede itself.</source>
        <translation>Ein Kurs kann sich nicht selbst ersetzen.</translation>
    </message>
    <message>
        <source>Cannot mark the course as superseded</source>
        <translation>Der Kurs kann nicht als ersetzt markiert werden</translation>
    </message>
    <message>
        <source>Cannot unmark the superseded course</source>
        <translation>Die Markierung als ersetzt kann nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>Cannot read the retirement decision</source>
        <translation>Die Stilllegungsentscheidung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the retirement decision</source>
        <translation>Die Stilllegungsentscheidung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the retirement decision</source>
        <translation>Die Stilllegungsentscheidung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the action</source>
        <translation>Die Maßnahme kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>An action belongs to the day-30, day-60 or day-90 bucket.</source>
        <translation>Eine Maßnahme gehört zum Zeitfenster Tag 30, Tag 60 oder Tag 90.</translation>
    </message>
    <message>
        <source>Cannot save the action</source>
        <translation>Die Maßnahme kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the action</source>
        <translation>Die Maßnahme kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot start saving: %1</source>
        <translation>Das Speichern kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>baseline snapshot</source>
        <translation>Ausgangswert-Momentaufnahme</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <source>course in scope</source>
        <translation>Kurs im Umfang</translation>
    </message>
    <message>
        <source>PLAN cycle</source>
        <translation>PLAN-Zyklus</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>adaptation</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>scaling step</source>
        <translation>Skalierungsschritt</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>Gremiumsmitglied</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>retirement rule</source>
        <translation>Stilllegungsregel</translation>
    </message>
    <message>
        <source>superseded course</source>
        <translation>ersetzter Kurs</translation>
    </message>
    <message>
        <source>retirement decision</source>
        <translation>Stilllegungsentscheidung</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyStepper</name>
    <message>
        <source>Journey progress</source>
        <translation>Fortschritt der Reise</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done%4</source>
        <translation>%1: %2 von %3 erledigt%4</translation>
    </message>
    <message>
        <source> (current phase)</source>
        <translation> (aktuelle Phase)</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (jetzt)</translation>
    </message>
    <message>
        <source>no checklist</source>
        <translation>keine Checkliste</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>Uptake::MainWindow</name>
    <message>
        <source>Uptake workspaces (*.uptake);;All files (*)</source>
        <translation>Uptake-Arbeitsbereiche (*.uptake);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Gestalten</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Where the program stands</source>
        <translation>Wo das Programm steht</translation>
    </message>
    <message>
        <source>Baseline, interviews, barriers</source>
        <translation>Ausgangswert, Interviews, Hindernisse</translation>
    </message>
    <message>
        <source>Engagement plan and levers</source>
        <translation>Engagement-Plan und Hebel</translation>
    </message>
    <message>
        <source>Cohorts, sprints, PLAN cycles</source>
        <translation>Kohorten, Sprints, PLAN-Zyklen</translation>
    </message>
    <message>
        <source>Board, decisions, releases</source>
        <translation>Gremium, Entscheidungen, Veröffentlichungen</translation>
    </message>
    <message>
        <source>Imports and their quality</source>
        <translation>Importe und ihre Qualität</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Neuer &amp;Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Kopie speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to another file and continue there.</source>
        <translation>Eine konsistente Kopie des Arbeitsbereichs in eine andere Datei schreiben und dort weiterarbeiten.</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import an LMS usage export, a roster or performance data.</source>
        <translation>Einen LMS-Nutzungsexport, eine Personalliste oder Leistungsdaten importieren.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Uptake</source>
        <translation>&amp;Über Uptake</translation>
    </message>
    <message>
        <source>About Uptake</source>
        <translation>Über Uptake</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Upgraded from an older Uptake; the original was kept as %1</source>
        <translation>Von einer älteren Uptake-Version aktualisiert; das Original wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Adoption program</source>
        <translation>Einführungsprogramm</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Neuer Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Uptake demo</source>
        <translation>Uptake-Demo</translation>
    </message>
    <message>
        <source>Building the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird aufgebaut…</translation>
    </message>
    <message>
        <source>Cannot Create Demo Workspace</source>
        <translation>Demo-Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>LMS exports (*.csv *.tsv *.txt *.json *.js *.jsonl);;All files (*)</source>
        <translation>LMS-Exporte (*.csv *.tsv *.txt *.json *.js *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2</source>
        <translation>%1 Zeilen aus %2 importiert</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Cannot Save Copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The new language applies the next time Uptake starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Uptake.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1 — Uptake</source>
        <translation>%1 — Uptake</translation>
    </message>
    <message>
        <source>%1 · dates in %2%3</source>
        <translation>%1 · Datumsangaben in %2%3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · schreibgeschützt</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Status report for the board</source>
        <translation>Statusbericht für das Gremium</translation>
    </message>
    <message>
        <source>Uptake &amp;Guide</source>
        <translation>Uptake-&amp;Leitfaden</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>Was ist &amp;das?</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Uptake %1&lt;/h3&gt;&lt;p&gt;Drive LMS adoption with a disciplined program: diagnose, design, pilot and govern, measured against 30/60/90-day targets.&lt;/p&gt;&lt;p&gt;© 2026 The Uptake Team · &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Uptake is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4), QCoro and SQLite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party licences&lt;/b&gt;&lt;br&gt;Qt: GNU LGPL version 3; Qt Charts: GNU GPL version 3&lt;br&gt;QCoro: MIT licence&lt;br&gt;SQLite: public domain&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Uptake %1&lt;/h3&gt;&lt;p&gt;Treiben Sie die Nutzung Ihres LMS mit einem disziplinierten Programm voran: diagnostizieren, gestalten, pilotieren und steuern, gemessen an Zielen für Tag 30/60/90.&lt;/p&gt;&lt;p&gt;© 2026 The Uptake Team · &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Uptake ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und/oder verändern. Sie wird ohne jegliche Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3 (läuft mit Qt %4), QCoro und SQLite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenzen von Drittanbietern&lt;/b&gt;&lt;br&gt;Qt: GNU LGPL Version 3; Qt Charts: GNU GPL Version 3&lt;br&gt;QCoro: MIT-Lizenz&lt;br&gt;SQLite: gemeinfrei&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the workspace by one of its backups.</source>
        <translation>Den Arbeitsbereich durch eine seiner Sicherungen ersetzen.</translation>
    </message>
    <message>
        <source>&amp;Targets and Annotations…</source>
        <translation>&amp;Ziele und Anmerkungen…</translation>
    </message>
    <message>
        <source>Set the pilot&apos;s KPI targets for day 30, 60 and 90 and add annotations to its charts.</source>
        <translation>Die Kennzahlziele des Pilotprojekts für Tag 30, 60 und 90 festlegen und seinen Diagrammen Anmerkungen hinzufügen.</translation>
    </message>
    <message>
        <source>Workspace in Use</source>
        <translation>Arbeitsbereich wird verwendet</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>This workspace is on a network share (%1), where SQLite cannot lock files reliably: two people editing it at once could damage it. Keep it on this computer and share copies.</source>
        <translation>Dieser Arbeitsbereich liegt auf einer Netzwerkfreigabe (%1), auf der SQLite Dateien nicht zuverlässig sperren kann: Wenn zwei Personen ihn gleichzeitig bearbeiten, kann er beschädigt werden. Bewahren Sie ihn auf diesem Computer auf und geben Sie Kopien weiter.</translation>
    </message>
    <message>
        <source>Opened read-only: nothing in this workspace can be changed.</source>
        <translation>Schreibgeschützt geöffnet: In diesem Arbeitsbereich kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Restored from the backup; the state before was kept as a backup.</source>
        <translation>Aus der Sicherung wiederhergestellt; der vorherige Stand wurde als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source> · on a network share</source>
        <translation> · auf einer Netzwerkfreigabe</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <source>Open a workspace your team shares on a PostgreSQL server.</source>
        <translation>Einen Arbeitsbereich öffnen, den Ihr Team auf einem PostgreSQL-Server teilt.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1). Type the password to connect.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden (%1). Geben Sie das Passwort ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); Uptake will ask for it next time.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden (%1); Uptake fragt beim nächsten Mal danach.</translation>
    </message>
    <message>
        <source>&amp;Publish Local Workspace to Server…</source>
        <translation>Lokalen Arbeitsbereich auf Server &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Copy a workspace file into a new, empty team workspace on a PostgreSQL server.</source>
        <translation>Eine Arbeitsbereichsdatei in einen neuen, leeren Team-Arbeitsbereich auf einem PostgreSQL-Server kopieren.</translation>
    </message>
    <message>
        <source>Download a &amp;Local Copy…</source>
        <translation>Lokale Kopie &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Copy a team workspace into a workspace file on this computer.</source>
        <translation>Einen Team-Arbeitsbereich in eine Arbeitsbereichsdatei auf diesem Computer kopieren.</translation>
    </message>
    <message>
        <source>Publish Local Workspace</source>
        <translation>Lokalen Arbeitsbereich veröffentlichen</translation>
    </message>
    <message>
        <source>Publish Local Workspace to Server</source>
        <translation>Lokalen Arbeitsbereich auf Server veröffentlichen</translation>
    </message>
    <message>
        <source>Uptake copies &lt;b&gt;%1&lt;/b&gt;, with its pilots, plans and imported data, into a team workspace on your organisation&apos;s PostgreSQL server. The team workspace must be new and empty: your IT team sets it up with &lt;nobr&gt;&lt;tt&gt;uptake server-init&lt;/tt&gt;&lt;/nobr&gt; and makes you one of its editors. The file itself does not change.</source>
        <translation>Uptake kopiert &lt;b&gt;%1&lt;/b&gt; mit seinen Pilotprojekten, Plänen und importierten Daten in einen Team-Arbeitsbereich auf dem PostgreSQL-Server Ihrer Organisation. Der Team-Arbeitsbereich muss neu und leer sein: Ihre IT richtet ihn mit &lt;nobr&gt;&lt;tt&gt;uptake server-init&lt;/tt&gt;&lt;/nobr&gt; ein und macht Sie zu einer Person mit Bearbeitungsrechten. Die Datei selbst ändert sich nicht.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Download a Local Copy</source>
        <translation>Lokale Kopie herunterladen</translation>
    </message>
    <message>
        <source>Uptake copies a team workspace, with its pilots, plans and imported data, into a workspace file on this computer, to work on without the server or to keep. Later changes on the server do not reach the copy.</source>
        <translation>Uptake kopiert einen Team-Arbeitsbereich mit seinen Pilotprojekten, Plänen und importierten Daten in eine Arbeitsbereichsdatei auf diesem Computer, um ohne den Server daran zu arbeiten oder ihn aufzubewahren. Spätere Änderungen auf dem Server gelangen nicht in die Kopie.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Auf Server veröffentlichen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Finishing: id counters, indexes and the commit…</source>
        <translation>Abschluss: ID-Zähler, Indizes und Commit…</translation>
    </message>
    <message>
        <source>Copying %1 (table %2 of %3)</source>
        <translation>%1 wird kopiert (Tabelle %2 von %3)</translation>
    </message>
    <message>
        <source>Publishing “%1” to the team workspace %2</source>
        <translation>„%1“ wird im Team-Arbeitsbereich %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Downloading the team workspace %1 to “%2”</source>
        <translation>Team-Arbeitsbereich %1 wird nach „%2“ heruntergeladen</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Publishing cancelled: the server was left as it was.</source>
        <translation>Veröffentlichen abgebrochen: Der Server blieb unverändert.</translation>
    </message>
    <message>
        <source>Download cancelled: no file was changed.</source>
        <translation>Herunterladen abgebrochen: Es wurde keine Datei geändert.</translation>
    </message>
    <message>
        <source>Cannot Publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Download</source>
        <translation>Herunterladen nicht möglich</translation>
    </message>
    <message>
        <source>Published “%1” to the team workspace %2 (%3 rows).</source>
        <translation>„%1“ im Team-Arbeitsbereich %2 veröffentlicht (%3 Zeilen).</translation>
    </message>
    <message>
        <source>Downloaded the team workspace %1 to “%2” (%3 rows).</source>
        <translation>Team-Arbeitsbereich %1 nach „%2“ heruntergeladen (%3 Zeilen).</translation>
    </message>
    <message>
        <source>Open the team workspace now?</source>
        <translation>Den Team-Arbeitsbereich jetzt öffnen?</translation>
    </message>
    <message>
        <source>Open the local copy now?</source>
        <translation>Die lokale Kopie jetzt öffnen?</translation>
    </message>
    <message>
        <source>Import %1 (%2 of %3)</source>
        <translation>%1 importieren (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>Uptake::Metrics</name>
    <message>
        <source>Weekly active rate</source>
        <translation>Wöchentliche Aktivquote</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Wöchentlich aktive Nutzer</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Median days to first completion</source>
        <translation>Median der Tage bis zum ersten Abschluss</translation>
    </message>
    <message>
        <source>Weekly learning minutes per learner</source>
        <translation>Wöchentliche Lernminuten pro Lernendem</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <source>Cannot compute the metrics: %1</source>
        <translation>Die Kennzahlen können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>There is no pilot %1.</source>
        <translation>Es gibt kein Pilotprojekt %1.</translation>
    </message>
    <message>
        <source>The window ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Pilot cohort</source>
        <translation>Pilotkohorte</translation>
    </message>
    <message>
        <source>Rest of the organisation</source>
        <translation>Rest der Organisation</translation>
    </message>
    <message>
        <source>Comparison group</source>
        <translation>Vergleichsgruppe</translation>
    </message>
    <message>
        <source>Pilot starts</source>
        <translation>Start des Pilotprojekts</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Cannot read the pilot: %1</source>
        <translation>Das Pilotprojekt kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Metrics::Definitions</name>
    <message>
        <source>Weekly active users and active rate</source>
        <translation>Wöchentlich aktive Nutzer und Aktivquote</translation>
    </message>
    <message>
        <source>Distinct learners with at least one event other than a failed login in an ISO week (Monday to Sunday, in the workspace time zone). The active rate divides them by the cohort: roster members matching the filters, or, without a roster, every learner seen in the data.</source>
        <translation>Verschiedene Lernende mit mindestens einem Ereignis außer einer fehlgeschlagenen Anmeldung in einer ISO-Woche (Montag bis Sonntag, in der Zeitzone des Arbeitsbereichs). Die Aktivquote teilt sie durch die Kohorte: die Personen der Personalliste, die zu den Filtern passen, oder ohne Personalliste alle in den Daten gesehenen Lernenden.</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Time to first completion</source>
        <translation>Zeit bis zum ersten Abschluss</translation>
    </message>
    <message>
        <source>Per learner, the days from their first event in the window to their first completion; shown as median and quartiles with n, the number of learners who completed something.</source>
        <translation>Pro lernender Person die Tage von ihrem ersten Ereignis im Zeitraum bis zu ihrem ersten Abschluss; gezeigt als Median und Quartile mit n, der Zahl der Lernenden, die etwas abgeschlossen haben.</translation>
    </message>
    <message>
        <source>Drop-off points</source>
        <translation>Abbruchpunkte</translation>
    </message>
    <message>
        <source>For learners who started a course (any event in it) and did not complete it in the window, the content item of their last event in it, counted per course and as a share of the non-completers. Where the course&apos;s items have an order, the funnel shows how many got at least as far as each item: everyone who started, less those who stopped at an earlier item.</source>
        <translation>Für Lernende, die einen Kurs begonnen (irgendein Ereignis darin) und im Zeitraum nicht abgeschlossen haben: das Inhaltselement ihres letzten Ereignisses darin, gezählt pro Kurs und als Anteil der Nicht-Abschließenden. Haben die Elemente des Kurses eine Reihenfolge, zeigt der Trichter, wie viele mindestens bis zu jedem Element gekommen sind: alle, die begonnen haben, abzüglich derer, die bei einem früheren Element aufgehört haben.</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Lernzeit</translation>
    </message>
    <message>
        <source>The duration column where events have one; otherwise estimated from each learner&apos;s event sequence: gaps between consecutive events shorter than the session timeout count as learning.</source>
        <translation>Die Dauer-Spalte, wo Ereignisse eine haben; sonst geschätzt aus der Ereignisfolge jeder lernenden Person: Abstände zwischen aufeinanderfolgenden Ereignissen, die kürzer als das Sitzungs-Timeout sind, zählen als Lernzeit.</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Lernen und Leistung</translation>
    </message>
    <message>
        <source>Per learner with KPI values in the window — every roster member of the cohort (no learning counts as 0), or without a roster the learners present in both data sets: learning activity in the window (minutes or events other than failed logins) against the mean of the performance KPI in the window, or its change from the learner&apos;s mean over the 28 days before the window. Pearson r with a 95% confidence interval (Fisher z), Spearman ρ (ties get their average rank) and n. Correlation is not causation, and small n makes r unreliable.</source>
        <translation>Pro lernender Person mit Kennzahlwerten im Zeitraum – jede Person der Personalliste in der Kohorte (kein Lernen zählt als 0) oder ohne Personalliste die in beiden Datensätzen vorhandenen Lernenden: Lernaktivität im Zeitraum (Minuten oder Ereignisse außer fehlgeschlagenen Anmeldungen) gegenüber dem Mittelwert der Leistungskennzahl im Zeitraum oder ihrer Veränderung gegenüber dem Mittelwert der Person über die 28 Tage vor dem Zeitraum. Pearson-r mit 95-%-Konfidenzintervall (Fisher-z), Spearman-ρ (Bindungen erhalten ihren mittleren Rang) und n. Korrelation ist keine Kausalität, und kleines n macht r unzuverlässig.</translation>
    </message>
    <message>
        <source>Content consumption heatmap</source>
        <translation>Heatmap der Inhaltsnutzung</translation>
    </message>
    <message>
        <source>Distinct active learners per course (or department) and week.</source>
        <translation>Verschiedene aktive Lernende pro Kurs (oder Abteilung) und Woche.</translation>
    </message>
    <message>
        <source>Retention by start week</source>
        <translation>Bindung nach Startwoche</translation>
    </message>
    <message>
        <source>Learners grouped by the week of their first activity in the window; the share of each group active in each later week.</source>
        <translation>Lernende gruppiert nach der Woche ihrer ersten Aktivität im Zeitraum; der Anteil jeder Gruppe, der in jeder späteren Woche aktiv ist.</translation>
    </message>
    <message>
        <source>Under-engaged cohorts</source>
        <translation>Unterdurchschnittlich engagierte Gruppen</translation>
    </message>
    <message>
        <source>Groups of at least three people by a roster attribute (department, team, country, time zone, manager, role or an extra roster column) whose active rate over the last two weeks of the window (its last 14 days) is below the threshold (default 25%) or below half the organisation&apos;s, lowest first.</source>
        <translation>Gruppen von mindestens drei Personen nach einem Merkmal der Personalliste (Abteilung, Team, Land, Zeitzone, Führungskraft, Rolle oder eine zusätzliche Spalte), deren Aktivquote in den letzten zwei Wochen des Zeitraums (seinen letzten 14 Tagen) unter dem Schwellenwert (Standard 25 %) oder unter der Hälfte der Quote der Organisation liegt, niedrigste zuerst.</translation>
    </message>
    <message>
        <source>Stopped engaging</source>
        <translation>Nicht mehr aktiv</translation>
    </message>
    <message>
        <source>Learners active in at least two of the four weeks before the last two weeks of the window and in neither of the last two (weeks counted back from the window&apos;s last day).</source>
        <translation>Lernende, die in mindestens zwei der vier Wochen vor den letzten zwei Wochen des Zeitraums aktiv waren und in keiner der letzten beiden (Wochen ab dem letzten Tag des Zeitraums zurückgezählt).</translation>
    </message>
    <message>
        <source>Pilot vs the rest</source>
        <translation>Pilotprojekt gegenüber dem Rest</translation>
    </message>
    <message>
        <source>Every KPI (active rate, weekly active users, completion, median days to first completion, weekly learning minutes per learner) of the pilot cohort and of a comparison group — everyone else, or a chosen cohort — during the pilot&apos;s weeks in the window, each against its own baseline over the four weeks before the start; the difference in differences estimates the pilot&apos;s effect beyond the general trend.</source>
        <translation>Jede Kennzahl (Aktivquote, wöchentlich aktive Nutzer, Abschluss, Median der Tage bis zum ersten Abschluss, wöchentliche Lernminuten pro Lernendem) der Pilotkohorte und einer Vergleichsgruppe – alle anderen oder eine gewählte Kohorte – während der Wochen des Pilotprojekts im Zeitraum, jeweils gegenüber ihrem eigenen Ausgangswert über die vier Wochen vor dem Start; die Differenz der Differenzen schätzt die Wirkung des Pilotprojekts über den allgemeinen Trend hinaus.</translation>
    </message>
    <message>
        <source>Targets and status</source>
        <translation>Ziele und Status</translation>
    </message>
    <message>
        <source>For a course: learners with a completion event in it ÷ learners with any event in it, within the window. Overall: the same over all learner–course pairs. A pair completed before the window (a learner coming back to a course they finished) is not counted in it. A pair counts as completed only with a completion inside the window, so a course started shortly before its end has had little time: every figure says which window it covers (the last four weeks, since the pilot started, or the period shown).</source>
        <translation>Für einen Kurs: Lernende mit einem Abschlussereignis darin ÷ Lernende mit irgendeinem Ereignis darin, innerhalb des Zeitraums. Insgesamt: dasselbe über alle Lernende-Kurs-Paare. Ein Paar, das vor dem Zeitraum abgeschlossen wurde (eine lernende Person, die zu einem bereits abgeschlossenen Kurs zurückkehrt), wird darin nicht gezählt. Ein Paar gilt nur dann als abgeschlossen, wenn der Abschluss innerhalb des Zeitraums liegt; ein Kurs, der kurz vor dessen Ende begonnen wurde, hatte also wenig Zeit: Jede Zahl gibt an, welchen Zeitraum sie abdeckt (die letzten vier Wochen, seit dem Start des Pilotprojekts oder den angezeigten Zeitraum).</translation>
    </message>
    <message>
        <source>Current value (last four weeks)</source>
        <translation>Aktueller Wert (letzte vier Wochen)</translation>
    </message>
    <message>
        <source>The cohort over the last 28 days of the window (for a report, up to its as-of date): the mean weekly active rate over the ISO weeks with at least four of their days in them (the last week may be cut short by the window&apos;s end), and the completion rate of the learner–course pairs with activity in them. It is every target&apos;s current value, the one the report&apos;s summary and the Overview&apos;s tiles show for a pilot with targets.</source>
        <translation>Die Kohorte in den letzten 28 Tagen des Zeitraums (bei einem Bericht bis zu seinem Stichtag): die mittlere wöchentliche Aktivquote über die ISO-Wochen, von denen mindestens vier Tage darin liegen (die letzte Woche kann durch das Ende des Zeitraums verkürzt sein), und die Abschlussquote der Lernende-Kurs-Paare mit Aktivität darin. Dies ist der aktuelle Wert jedes Ziels – derjenige, den die Zusammenfassung des Berichts und die Kacheln der Übersicht bei einem Pilotprojekt mit Zielen zeigen.</translation>
    </message>
    <message>
        <source>Each pilot KPI&apos;s baseline (the four weeks before the start unless entered) and its targets for day 30, 60 and 90. At each checkpoint the KPI over the preceding four weeks is on track when it meets the target, at risk when it misses by no more than the tolerance (default 10% of the gap from baseline to target), else off track. Between checkpoints, a pace line runs from the baseline (on the start day) to the next target (the day-30 target on the 30th day after the start); the current value (the last four weeks) is on track when it meets where the line stands at the window&apos;s end, at risk when short by no more than the tolerance times the step from the baseline to the next target, else off track. The report&apos;s summary table and the Overview&apos;s tiles show this status.</source>
        <translation>Der Ausgangswert jeder Kennzahl des Pilotprojekts (die vier Wochen vor dem Start, sofern nicht eingegeben) und ihre Ziele für Tag 30, 60 und 90. An jedem Kontrollpunkt ist die Kennzahl über die vorangegangenen vier Wochen im Plan, wenn sie das Ziel erreicht, gefährdet, wenn sie es um höchstens die Toleranz verfehlt (Standard: 10 % des Abstands zwischen Ausgangswert und Ziel), sonst nicht im Plan. Zwischen den Kontrollpunkten verläuft ein Zielpfad vom Ausgangswert (am Starttag) zum nächsten Ziel (dem Ziel für Tag 30 am 30. Tag nach dem Start); der aktuelle Wert (die letzten vier Wochen) ist im Plan, wenn er den Stand des Zielpfads am Ende des Zeitraums erreicht, gefährdet, wenn er um höchstens die Toleranz mal dem Schritt vom Ausgangswert zum nächsten Ziel darunter liegt, sonst nicht im Plan. Die Zusammenfassungstabelle des Berichts und die Kacheln der Übersicht zeigen diesen Status.</translation>
    </message>
</context>
<context>
    <name>Uptake::OverviewPage</name>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Noch keine Nutzungsdaten</translation>
    </message>
    <message>
        <source>Import your LMS&apos;s usage export (learning events), your HR roster and a performance measure to see weekly active users, completion and drop-off here.</source>
        <translation>Importieren Sie den Nutzungsexport Ihres LMS (Lernereignisse), Ihre HR-Personalliste und eine Leistungskennzahl, um hier wöchentlich aktive Nutzer, Abschlüsse und Abbrüche zu sehen.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>LMS: %1</source>
        <translation>LMS: %1</translation>
    </message>
    <message>
        <source>Program owner: %1</source>
        <translation>Programmverantwortung: %1</translation>
    </message>
    <message>
        <source>Dates in %1</source>
        <translation>Datumsangaben in %1</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Daten vom %1 bis %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; diagnose where adoption stalls, then plan a pilot for one cohort on the Pilot page.</source>
        <translation>&lt;b&gt;Nächster Schritt:&lt;/b&gt; Diagnostizieren Sie, wo die Nutzung stockt, und planen Sie dann auf der Seite Pilotprojekt ein Pilotprojekt für eine Kohorte.</translation>
    </message>
    <message>
        <source>Learners in scope</source>
        <translation>Lernende im Umfang</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Wöchentliche Aktivquote</translation>
    </message>
    <message>
        <source>Time to first completion</source>
        <translation>Zeit bis zum ersten Abschluss</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Lernzeit</translation>
    </message>
    <message>
        <source>Learning ↔ performance</source>
        <translation>Lernen ↔ Leistung</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilotprojekt:</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>K&amp;ohorte:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Show the whole period with data</source>
        <translation>Den ganzen Zeitraum mit Daten zeigen</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Akti&amp;vität:</translation>
    </message>
    <message>
        <source>The cohort: roster members matching the filters (and the pilot&apos;s own cohort), or, without a roster, every learner seen in the data. It is the denominator of the active rate.</source>
        <translation>Die Kohorte: Personen der Personalliste, die zu den Filtern (und der Kohorte des Pilotprojekts) passen, oder ohne Personalliste alle in den Daten gesehenen Lernenden. Sie ist der Nenner der Aktivquote.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Active (last 2 weeks)</source>
        <translation>Aktiv (letzte 2 Wochen)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Active weeks before</source>
        <translation>Aktive Wochen davor</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Under-engaged cohorts</source>
        <translation>Unterdurchschnittlich engagierte Gruppen</translation>
    </message>
    <message>
        <source>Stopped engaging</source>
        <translation>Nicht mehr aktiv</translation>
    </message>
    <message>
        <source>Completion by course</source>
        <translation>Abschluss nach Kurs</translation>
    </message>
    <message>
        <source>Learners who completed ÷ learners who started, in the window</source>
        <translation>Lernende mit Abschluss ÷ Lernende, die begonnen haben, im Zeitraum</translation>
    </message>
    <message>
        <source>Drop-off points</source>
        <translation>Abbruchpunkte</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Lernen und Leistung</translation>
    </message>
    <message>
        <source>Content consumption</source>
        <translation>Inhaltsnutzung</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week</source>
        <translation>Verschiedene aktive Lernende pro Kurs und Woche</translation>
    </message>
    <message>
        <source>Retention by start week</source>
        <translation>Bindung nach Startwoche</translation>
    </message>
    <message>
        <source>Share of each group of new learners still active in later weeks</source>
        <translation>Anteil jeder Gruppe neuer Lernender, der in späteren Wochen noch aktiv ist</translation>
    </message>
    <message>
        <source>Where engagement is slipping</source>
        <translation>Wo das Engagement nachlässt</translation>
    </message>
    <message>
        <source>Groups far below the organisation and people who stopped</source>
        <translation>Gruppen weit unter der Organisation und Personen, die aufgehört haben</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(Wert wählen)</translation>
    </message>
    <message>
        <source>%L1 learning events</source>
        <translation>%L1 Lernereignisse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; follow the pilot against its 30/60/90-day targets and record what you learn in PLAN cycles.</source>
        <translation>&lt;b&gt;Nächster Schritt:&lt;/b&gt; Verfolgen Sie das Pilotprojekt anhand seiner 30/60/90-Tage-Ziele und halten Sie Erkenntnisse in PLAN-Zyklen fest.</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Alle Lernenden</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>roster members</source>
        <translation>Personen der Personalliste</translation>
    </message>
    <message>
        <source>in the pilot&apos;s cohort</source>
        <translation>in der Kohorte des Pilotprojekts</translation>
    </message>
    <message>
        <source>seen in the data (no roster)</source>
        <translation>in den Daten gesehen (keine Personalliste)</translation>
    </message>
    <message>
        <source>%L1 active, week of %2</source>
        <translation>%L1 aktiv, Woche vom %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>median of %L1 learners</source>
        <translation>Median von %L1 Lernenden</translation>
    </message>
    <message>
        <source>no completions in the window</source>
        <translation>keine Abschlüsse im Zeitraum</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 Std.</translation>
    </message>
    <message>
        <source>estimated: gaps under %1 min</source>
        <translation>geschätzt: Abstände unter %1 Min.</translation>
    </message>
    <message>
        <source>from recorded durations</source>
        <translation>aus erfassten Dauern</translation>
    </message>
    <message>
        <source>no performance data</source>
        <translation>keine Leistungsdaten</translation>
    </message>
    <message>
        <source>%1, n = %L2%3</source>
        <translation>%1, n = %L2%3</translation>
    </message>
    <message>
        <source> (small)</source>
        <translation> (klein)</translation>
    </message>
    <message>
        <source>Share of the cohort active each week. Click a week for the learners behind it.</source>
        <translation>Anteil der Kohorte, der jede Woche aktiv ist. Klicken Sie auf eine Woche, um die Lernenden dahinter zu sehen.</translation>
    </message>
    <message>
        <source>No activity in this window.</source>
        <translation>Keine Aktivität in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Aktivquote</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>No course activity in this window.</source>
        <translation>Keine Kursaktivität in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>(no content item)</source>
        <translation>(kein Inhaltselement)</translation>
    </message>
    <message>
        <source>Last item of the %L1 who did not finish “%2”</source>
        <translation>Letztes Element der %L1, die „%2“ nicht abgeschlossen haben</translation>
    </message>
    <message>
        <source>Everyone who started a course finished it.</source>
        <translation>Alle, die einen Kurs begonnen haben, haben ihn abgeschlossen.</translation>
    </message>
    <message>
        <source>Median %1 days, quartiles %2–%3, n = %L4</source>
        <translation>Median %1 Tage, Quartile %2–%3, n = %L4</translation>
    </message>
    <message>
        <source>Nobody completed anything in this window.</source>
        <translation>Niemand hat in diesem Zeitraum etwas abgeschlossen.</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Tage bis zum ersten Abschluss</translation>
    </message>
    <message>
        <source>r = %1 (95% CI %2 to %3), Spearman ρ = %4, n = %L5. Correlation is not causation.</source>
        <translation>r = %1 (95-%-KI %2 bis %3), Spearman-ρ = %4, n = %L5. Korrelation ist keine Kausalität.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n learners: too few to rely on.</source>
        <translation>
            <numerusform>Nur %n Lernende(r): zu wenige, um sich darauf zu verlassen.</numerusform>
            <numerusform>Nur %n Lernende: zu wenige, um sich darauf zu verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners with both activity and performance values in this window.</source>
        <translation>Keine Lernenden mit Aktivitäts- und Leistungswerten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week; the 15 busiest of %L1 courses (all in the exported data). Click a cell for the learners.</source>
        <translation>Verschiedene aktive Lernende pro Kurs und Woche; die 15 meistgenutzten von %L1 Kursen (alle in den exportierten Daten). Klicken Sie auf eine Zelle für die Lernenden.</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week. Click a cell for the learners.</source>
        <translation>Verschiedene aktive Lernende pro Kurs und Woche. Klicken Sie auf eine Zelle für die Lernenden.</translation>
    </message>
    <message>
        <source>Start week</source>
        <translation>Startwoche</translation>
    </message>
    <message>
        <source>Shares by week since start</source>
        <translation>Anteile nach Wochen seit Start</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Size or weeks</source>
        <translation>Größe oder Wochen</translation>
    </message>
    <message>
        <source>Rate or last active</source>
        <translation>Quote oder zuletzt aktiv</translation>
    </message>
    <message>
        <source>%1 (organisation %2)</source>
        <translation>%1 (Organisation %2)</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 von 4</translation>
    </message>
    <message>
        <source>Active in the week of %1</source>
        <translation>Aktiv in der Woche vom %1</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1, Woche vom %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n Lernende(r)</numerusform>
            <numerusform>%n Lernende</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan an &amp;Intervention for This Group…</source>
        <translation>&amp;Intervention für diese Gruppe planen…</translation>
    </message>
    <message>
        <source>Plan a &amp;Win-Back…</source>
        <translation>&amp;Rückgewinnung planen…</translation>
    </message>
    <message>
        <source>Re-engage %1 %2 (%L3 people): %4 active in the last two weeks against %5 across the organisation</source>
        <translation>Gruppe %1 %2 wieder einbinden (%L3 Personen): in den letzten zwei Wochen %4 aktiv gegenüber %5 in der gesamten Organisation</translation>
    </message>
    <message>
        <source>Win back the learners who stopped engaging (%L1 on the list)</source>
        <translation>Nicht mehr aktive Lernende zurückgewinnen (%L1 auf der Liste)</translation>
    </message>
    <message>
        <source>Win back the learners who stopped engaging (%L1 on the list; %2)</source>
        <translation>Nicht mehr aktive Lernende zurückgewinnen (%L1 auf der Liste; %2)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>Pilot cohort against its targets; the grey line is the comparison group, week by week (difference in differences: %1 points). Click a week for the learners behind it.</source>
        <translation>Pilotkohorte gegenüber ihren Zielen; die graue Linie ist die Vergleichsgruppe, Woche für Woche (Differenz der Differenzen: %1 Punkte). Klicken Sie auf eine Woche, um die Lernenden dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Choose a pilot first: the action goes into its 30/60/90-day plan.</source>
        <translation>Wählen Sie zuerst ein Pilotprojekt: Die Maßnahme kommt in seinen 30/60/90-Tage-Plan.</translation>
    </message>
    <message>
        <source>Add an action for the selected group to the pilot&apos;s plan</source>
        <translation>Dem Plan des Pilotprojekts eine Maßnahme für die ausgewählte Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add an action to win back the selected learners (or everyone listed) to the pilot&apos;s plan</source>
        <translation>Dem Plan des Pilotprojekts eine Maßnahme hinzufügen, um die ausgewählten Lernenden (oder alle aufgelisteten) zurückzugewinnen</translation>
    </message>
    <message>
        <source>Plan an Intervention</source>
        <translation>Intervention planen</translation>
    </message>
    <message>
        <source>The action goes into the 30/60/90-day plan of the pilot “%1”, where you can follow it on the Pilot page.</source>
        <translation>Die Maßnahme kommt in den 30/60/90-Tage-Plan des Pilotprojekts „%1“, wo Sie sie auf der Seite Pilotprojekt verfolgen können.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Tag 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Tag 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Tag 90</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Wer es übernimmt</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>F&amp;ällig am:</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Sagen Sie, was zu tun ist.</translation>
    </message>
    <message>
        <source>Added to the pilot&apos;s 30/60/90-day plan.</source>
        <translation>Zum 30/60/90-Tage-Plan des Pilotprojekts hinzugefügt.</translation>
    </message>
    <message>
        <source>last 4 weeks to %1; baseline %2</source>
        <translation>letzte 4 Wochen bis %1; Ausgangswert %2</translation>
    </message>
    <message>
        <source>Day %1: %2 against a target of %3</source>
        <translation>Tag %1: %2 gegenüber einem Ziel von %3</translation>
    </message>
    <message>
        <source>%1 · next: %2 by day %3</source>
        <translation>%1 · nächstes: %2 bis Tag %3</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>Woche vom %1: %2</translation>
    </message>
    <message>
        <source>since %1: %2 of %L3 pairs</source>
        <translation>seit %1: %2 von %L3 Paaren</translation>
    </message>
    <message>
        <source>of %L1 learner–course pairs, %2 – %3</source>
        <translation>von %L1 Lernende-Kurs-Paaren, %2 – %3</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>%1 i&amp;s:</source>
        <translation>%1 i&amp;st:</translation>
    </message>
</context>
<context>
    <name>Uptake::Pg</name>
    <message>
        <source>The server connection is not open.</source>
        <translation>Die Verbindung zum Server ist nicht offen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>Uptake::PgDataWriter</name>
    <message>
        <source>The workspace connection is not open.</source>
        <translation>Die Verbindung zum Arbeitsbereich ist nicht offen.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>Schreiben kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Der Import kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Cannot store learner “%1”: %2</source>
        <translation>Lernende(r) „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store course “%1”: %2</source>
        <translation>Kurs „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store content “%1”: %2</source>
        <translation>Inhalt „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store an event: %1</source>
        <translation>Ein Ereignis kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store a performance value: %1</source>
        <translation>Ein Leistungswert kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Nichts festzuschreiben.</translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation>Der Import kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>the server gave no ids</source>
        <translation>der Server hat keine IDs zurückgegeben</translation>
    </message>
    <message>
        <source>Cannot finish the dry run: %1</source>
        <translation>Der Probelauf kann nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Pilot</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotDialog</name>
    <message>
        <source>Start date set</source>
        <translation>Startdatum festgelegt</translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation>Neues Pilotprojekt</translation>
    </message>
    <message>
        <source>Edit Pilot</source>
        <translation>Pilotprojekt bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Customer Support onboarding sprint</source>
        <translation>z. B. Onboarding-Sprint Kundenservice</translation>
    </message>
    <message>
        <source>Who takes part, and why this group</source>
        <translation>Wer teilnimmt und warum diese Gruppe</translation>
    </message>
    <message>
        <source>e.g. department=Customer Support</source>
        <translation>z. B. department=Customer Support</translation>
    </message>
    <message>
        <source>A roster attribute and value that select the cohort (attribute=value). Leave empty for everyone.</source>
        <translation>Ein Merkmal der Personalliste und ein Wert, die die Kohorte auswählen (Merkmal=Wert). Leer lassen für alle.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>Cohort &amp;filter:</source>
        <translation>Kohorten&amp;filter:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Set a start date to plan the sprint</source>
        <translation>Legen Sie ein Startdatum fest, um den Sprint zu planen</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotPage</name>
    <message>
        <source>&amp;New Pilot…</source>
        <translation>&amp;Neues Pilotprojekt…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No pilots yet</source>
        <translation>Noch keine Pilotprojekte</translation>
    </message>
    <message>
        <source>A pilot runs the engagement plan with one cohort for a short sprint (six weeks by default), measured against targets for day 30, 60 and 90.</source>
        <translation>Ein Pilotprojekt setzt den Engagement-Plan mit einer Kohorte in einem kurzen Sprint um (standardmäßig sechs Wochen), gemessen an Zielen für Tag 30, 60 und 90.</translation>
    </message>
    <message>
        <source>New Pilot…</source>
        <translation>Neues Pilotprojekt…</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotprojekte</translation>
    </message>
    <message numerus="yes">
        <source>Sprint of %n week(s) from %1 to %2. Checkpoints: day 30 on %3, day 60 on %4, day 90 on %5.</source>
        <translation>
            <numerusform>Sprint von %n Woche vom %1 bis %2. Kontrollpunkte: Tag 30 am %3, Tag 60 am %4, Tag 90 am %5.</numerusform>
            <numerusform>Sprint von %n Wochen vom %1 bis %2. Kontrollpunkte: Tag 30 am %3, Tag 60 am %4, Tag 90 am %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Kohorte: %1</translation>
    </message>
    <message>
        <source>Selected by: %1</source>
        <translation>Ausgewählt durch: %1</translation>
    </message>
    <message>
        <source>Delete Pilot</source>
        <translation>Pilotprojekt löschen</translation>
    </message>
    <message>
        <source>Start from the Template &amp;Plan</source>
        <translation>Mit dem Vorlagen&amp;plan beginnen</translation>
    </message>
    <message>
        <source>P&amp;ilots</source>
        <translation>P&amp;ilotprojekte</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>PLAN cycles</source>
        <translation>PLAN-Zyklen</translation>
    </message>
    <message>
        <source>Add C&amp;ycle…</source>
        <translation>&amp;Zyklus hinzufügen…</translation>
    </message>
    <message>
        <source>No PLAN cycle yet</source>
        <translation>Noch kein PLAN-Zyklus</translation>
    </message>
    <message>
        <source>A PLAN cycle is one loop of Pilot quickly, Listen continuously, Adapt content and Normalize usage — usually one to three weeks. Add the first one.</source>
        <translation>Ein PLAN-Zyklus ist eine Runde aus schnell Pilotieren, kontinuierlich Zuhören, Inhalte Anpassen und Nutzung Normalisieren – meist eine bis drei Wochen. Fügen Sie den ersten hinzu.</translation>
    </message>
    <message>
        <source>Delete PLAN Cycle</source>
        <translation>PLAN-Zyklus löschen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was launched</source>
        <translation>Was gestartet wurde</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>Add &amp;Launch…</source>
        <translation>&amp;Start hinzufügen…</translation>
    </message>
    <message>
        <source>Nothing launched in this cycle</source>
        <translation>In diesem Zyklus wurde nichts gestartet</translation>
    </message>
    <message>
        <source>Pilot quickly: record what you launched, to whom and when.</source>
        <translation>Schnell pilotieren: Halten Sie fest, was Sie für wen und wann gestartet haben.</translation>
    </message>
    <message>
        <source>Delete Launch</source>
        <translation>Start löschen</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>&amp;Feedback hinzufügen…</translation>
    </message>
    <message>
        <source>No feedback in this cycle</source>
        <translation>Kein Feedback in diesem Zyklus</translation>
    </message>
    <message>
        <source>Listen continuously: add what learners and managers say — from surveys, interviews, chat, the help desk or analytics — with its theme and a quote.</source>
        <translation>Kontinuierlich zuhören: Fügen Sie hinzu, was Lernende und Führungskräfte sagen – aus Umfragen, Interviews, Chat, Helpdesk oder Analysen – mit Thema und Zitat.</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <source>Add &amp;Adaptation…</source>
        <translation>&amp;Anpassung hinzufügen…</translation>
    </message>
    <message>
        <source>No adaptation in this cycle</source>
        <translation>Keine Anpassung in diesem Zyklus</translation>
    </message>
    <message>
        <source>Adapt content: record each change — e.g. “split the 45-minute module into three 12-minute modules” — with its date and the content it touched. Uptake measures its effect in equal windows before and after.</source>
        <translation>Inhalte anpassen: Erfassen Sie jede Änderung – z. B. „das 45-Minuten-Modul in drei 12-Minuten-Module aufteilen“ – mit Datum und dem betroffenen Inhalt. Uptake misst ihre Wirkung in gleich langen Zeiträumen davor und danach.</translation>
    </message>
    <message>
        <source>Delete Adaptation</source>
        <translation>Anpassung löschen</translation>
    </message>
    <message>
        <source>What is scaled</source>
        <translation>Was ausgeweitet wird</translation>
    </message>
    <message>
        <source>To which group</source>
        <translation>Auf welche Gruppe</translation>
    </message>
    <message>
        <source>Add Scaling &amp;Step…</source>
        <translation>Skalierungs&amp;schritt hinzufügen…</translation>
    </message>
    <message>
        <source>Nothing scaled yet</source>
        <translation>Noch nichts ausgeweitet</translation>
    </message>
    <message>
        <source>Normalize usage: record what worked and is now rolled out to a wider group, and when.</source>
        <translation>Nutzung normalisieren: Halten Sie fest, was funktioniert hat und jetzt auf eine größere Gruppe ausgeweitet wird, und wann.</translation>
    </message>
    <message>
        <source>Delete Scaling Step</source>
        <translation>Skalierungsschritt löschen</translation>
    </message>
    <message>
        <source>PLAN &amp;Cycles</source>
        <translation>PLAN-&amp;Zyklen</translation>
    </message>
    <message>
        <source>30/60/90-day plan</source>
        <translation>30/60/90-Tage-Plan</translation>
    </message>
    <message>
        <source>Add Ac&amp;tion…</source>
        <translation>&amp;Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <source>No actions planned</source>
        <translation>Keine Maßnahmen geplant</translation>
    </message>
    <message>
        <source>Plan what happens by day 30, 60 and 90 of the pilot, each action with an owner and a due date — or start from the template plan that follows the method.</source>
        <translation>Planen Sie, was bis Tag 30, 60 und 90 des Pilotprojekts geschieht, jede Maßnahme mit verantwortlicher Person und Fälligkeitsdatum – oder beginnen Sie mit dem Vorlagenplan, der der Methode folgt.</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>30/60/90-Day Pla&amp;n</source>
        <translation>30/60/90-Tage-Pla&amp;n</translation>
    </message>
    <message>
        <source>Day %1: %2 of %3 done</source>
        <translation>Tag %1: %2 von %3 erledigt</translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n überfällig</numerusform>
            <numerusform> · %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes this cycle: %1</source>
        <translation>Themen dieses Zyklus: %1</translation>
    </message>
    <message>
        <source>1 · Pilot quickly (%1)</source>
        <translation>1 · Schnell pilotieren (%1)</translation>
    </message>
    <message>
        <source>2 · Listen continuously (%1)</source>
        <translation>2 · Kontinuierlich zuhören (%1)</translation>
    </message>
    <message>
        <source>3 · Adapt content (%1)</source>
        <translation>3 · Inhalte anpassen (%1)</translation>
    </message>
    <message>
        <source>4 · Normalize usage (%1)</source>
        <translation>4 · Nutzung normalisieren (%1)</translation>
    </message>
    <message>
        <source>Edit PLAN Cycle</source>
        <translation>PLAN-Zyklus bearbeiten</translation>
    </message>
    <message>
        <source>Add PLAN Cycle</source>
        <translation>PLAN-Zyklus hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginnt:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Endet:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>The cycle cannot end before it starts.</source>
        <translation>Der Zyklus kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Edit Launch</source>
        <translation>Start bearbeiten</translation>
    </message>
    <message>
        <source>Add Launch</source>
        <translation>Start hinzufügen</translation>
    </message>
    <message>
        <source>&amp;What was launched:</source>
        <translation>&amp;Was gestartet wurde:</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Für wen:</translation>
    </message>
    <message>
        <source>e.g. Team North, 40 agents</source>
        <translation>z. B. Team Nord, 40 Mitarbeitende</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Say what was launched.</source>
        <translation>Sagen Sie, was gestartet wurde.</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>Feedback hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>S&amp;entiment:</source>
        <translation>S&amp;timmung:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <source>Give the feedback a theme or a quote.</source>
        <translation>Geben Sie dem Feedback ein Thema oder ein Zitat.</translation>
    </message>
    <message>
        <source>Edit Adaptation</source>
        <translation>Anpassung bearbeiten</translation>
    </message>
    <message>
        <source>Add Adaptation</source>
        <translation>Anpassung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <source>e.g. Split the 45-minute module into three 12-minute modules</source>
        <translation>z. B. Das 45-Minuten-Modul in drei 12-Minuten-Module aufteilen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>K&amp;urs:</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>I&amp;nhalt:</translation>
    </message>
    <message>
        <source>(the whole course)</source>
        <translation>(der ganze Kurs)</translation>
    </message>
    <message>
        <source>&amp;Answers feedback:</source>
        <translation>&amp;Antwortet auf Feedback:</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>&amp;Gemessen an:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source> days before and after</source>
        <translation> Tage davor und danach</translation>
    </message>
    <message>
        <source>Describe the change.</source>
        <translation>Beschreiben Sie die Änderung.</translation>
    </message>
    <message>
        <source>Edit Scaling Step</source>
        <translation>Skalierungsschritt bearbeiten</translation>
    </message>
    <message>
        <source>Add Scaling Step</source>
        <translation>Skalierungsschritt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;What is scaled:</source>
        <translation>&amp;Was ausgeweitet wird:</translation>
    </message>
    <message>
        <source>&amp;To which group:</source>
        <translation>&amp;Auf welche Gruppe:</translation>
    </message>
    <message>
        <source>e.g. all of Customer Support</source>
        <translation>z. B. der gesamte Kundenservice</translation>
    </message>
    <message>
        <source>Say what is scaled.</source>
        <translation>Sagen Sie, was ausgeweitet wird.</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Tag 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Tag 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Tag 90</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>F&amp;ällig am:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Serves &amp;lever:</source>
        <translation>Dient dem &amp;Hebel:</translation>
    </message>
    <message>
        <source>Answers ba&amp;rrier:</source>
        <translation>Antwortet auf &amp;Hindernis:</translation>
    </message>
    <message>
        <source>Serves the &amp;cohort directly</source>
        <translation>Dient direkt der &amp;Kohorte</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Sagen Sie, was zu tun ist.</translation>
    </message>
    <message>
        <source>&amp;Targets and Annotations…</source>
        <translation>Zi&amp;ele und Anmerkungen…</translation>
    </message>
    <message>
        <source>The pilot&apos;s KPI targets for day 30, 60 and 90 and the annotations on its charts</source>
        <translation>Die Kennzahlziele des Pilotprojekts für Tag 30, 60 und 90 und die Anmerkungen in seinen Diagrammen</translation>
    </message>
    <message>
        <source>Pilot quickly with one cohort, listen continuously, adapt content, then normalize what works. Each PLAN cycle records those four steps; every adaptation&apos;s effect is measured from the data.</source>
        <translation>Schnell mit einer Kohorte pilotieren, kontinuierlich zuhören, Inhalte anpassen und dann normalisieren, was funktioniert. Jeder PLAN-Zyklus erfasst diese vier Schritte; die Wirkung jeder Anpassung wird aus den Daten gemessen.</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotRepository</name>
    <message>
        <source>Cannot read the program</source>
        <translation>Das Programm kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the program</source>
        <translation>Das Programm kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the pilots</source>
        <translation>Die Pilotprojekte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the pilot</source>
        <translation>Das Pilotprojekt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no pilot with id %1.</source>
        <translation>Es gibt kein Pilotprojekt mit der ID %1.</translation>
    </message>
    <message>
        <source>A pilot needs a name.</source>
        <translation>Ein Pilotprojekt braucht einen Namen.</translation>
    </message>
    <message>
        <source>A pilot lasts between 1 and 104 weeks.</source>
        <translation>Ein Pilotprojekt dauert zwischen 1 und 104 Wochen.</translation>
    </message>
    <message>
        <source>There is already a pilot called “%1”.</source>
        <translation>Es gibt bereits ein Pilotprojekt namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot add the pilot</source>
        <translation>Das Pilotprojekt kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot save the pilot</source>
        <translation>Das Pilotprojekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>Das Pilotprojekt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot delete the pilot</source>
        <translation>Das Pilotprojekt kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotsModel</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>Uptake::PlanExport</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>_None yet._</source>
        <translation>_Noch keine._</translation>
    </message>
    <message>
        <source>Adoption plan: %1</source>
        <translation>Einführungsplan: %1</translation>
    </message>
    <message>
        <source>- **Cohort:** %1</source>
        <translation>- **Kohorte:** %1</translation>
    </message>
    <message>
        <source>- **Pilot:** %1 to %2 (%3 weeks), %4</source>
        <translation>- **Pilotprojekt:** %1 bis %2 (%3 Wochen), %4</translation>
    </message>
    <message>
        <source>- **Owner:** %1</source>
        <translation>- **Verantwortlich:** %1</translation>
    </message>
    <message>
        <source>- **Current phase:** %1</source>
        <translation>- **Aktuelle Phase:** %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>WAN</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Aktivquote</translation>
    </message>
    <message>
        <source>Days to 1st completion</source>
        <translation>Tage bis 1. Abschluss</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Top drop-off points (%1):</source>
        <translation>Häufigste Abbruchpunkte (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n learner(s)</source>
        <translation>
            <numerusform>%1 — %2: %n Lernende(r)</numerusform>
            <numerusform>%1 — %2: %n Lernende</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder interviews</source>
        <translation>Stakeholder-Interviews</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Gestalten</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <source>addresses %1</source>
        <translation>adressiert %1</translation>
    </message>
    <message>
        <source>moves %1</source>
        <translation>bewegt %1</translation>
    </message>
    <message>
        <source>_No lever chosen._</source>
        <translation>_Kein Hebel gewählt._</translation>
    </message>
    <message>
        <source>No chosen lever addresses “%1”.</source>
        <translation>Kein gewählter Hebel adressiert „%1“.</translation>
    </message>
    <message>
        <source>“%1” addresses no barrier.</source>
        <translation>„%1“ adressiert kein Hindernis.</translation>
    </message>
    <message>
        <source>Content scope</source>
        <translation>Inhaltsumfang</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>_No course in scope yet._</source>
        <translation>_Noch kein Kurs im Umfang._</translation>
    </message>
    <message>
        <source>Split candidate: %1 (%2 min, about %3 min per module)</source>
        <translation>Aufteilungskandidat: %1 (%2 Min., etwa %3 Min. pro Modul)</translation>
    </message>
    <message>
        <source>%1 of those who did not finish stopped at “%2”</source>
        <translation>%1 derer, die nicht abgeschlossen haben, hörten bei „%2“ auf</translation>
    </message>
    <message>
        <source>Pilot: PLAN cycles</source>
        <translation>Pilotprojekt: PLAN-Zyklen</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 to %3)</source>
        <translation>Zyklus %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Pilot quickly</source>
        <translation>Schnell pilotieren</translation>
    </message>
    <message>
        <source>%1: %2 — to %3</source>
        <translation>%1: %2 — für %3</translation>
    </message>
    <message>
        <source>Listen continuously</source>
        <translation>Kontinuierlich zuhören</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>Adapt content</source>
        <translation>Inhalte anpassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Measured: %1; %2 (%3 days before and after)</source>
        <translation>Gemessen: %1; %2 (%3 Tage davor und danach)</translation>
    </message>
    <message>
        <source>Normalize usage</source>
        <translation>Nutzung normalisieren</translation>
    </message>
    <message>
        <source>_No PLAN cycle yet._</source>
        <translation>_Noch kein PLAN-Zyklus._</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Governance board</source>
        <translation>Steuerungsgremium</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation>Veröffentlichungskalender</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Content retirement</source>
        <translation>Stilllegung von Inhalten</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Board&apos;s decision</source>
        <translation>Entscheidung des Gremiums</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>30/60/90-day plan</source>
        <translation>30/60/90-Tage-Plan</translation>
    </message>
    <message>
        <source>Day %1 (%2 of %3 done%4)</source>
        <translation>Tag %1 (%2 von %3 erledigt%4)</translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Dient</translation>
    </message>
    <message>
        <source>Learners who completed</source>
        <translation>Lernende mit Abschluss</translation>
    </message>
</context>
<context>
    <name>Uptake::PreferencesDialog</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Recent workspaces to remember</source>
        <translation>Zu merkende zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Uptake switches to the new language the next time it starts.</source>
        <translation>Uptake wechselt beim nächsten Start in die neue Sprache.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces:</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche:</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Zeitzone des Systems (%1)</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin</source>
        <translation>Geben Sie eine Stadt ein, z. B. Berlin</translation>
    </message>
    <message>
        <source>New Workspaces</source>
        <translation>Neue Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>session timeout; always 10 or more</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a percentage in a spin box, with the space your language puts before %</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation>&amp;Sitzungs-Timeout:</translation>
    </message>
    <message>
        <source>Where the LMS records no durations, learning time is estimated from the gaps between a learner&apos;s events; a longer gap than this ends the session.</source>
        <translation>Wo das LMS keine Dauern erfasst, wird die Lernzeit aus den Abständen zwischen den Ereignissen einer lernenden Person geschätzt; ein längerer Abstand als dieser beendet die Sitzung.</translation>
    </message>
    <message>
        <source>Status &amp;tolerance:</source>
        <translation>Status-&amp;Toleranz:</translation>
    </message>
    <message>
        <source>A checkpoint that misses its target by no more than this share of the gap between baseline and target is at risk rather than off track.</source>
        <translation>Ein Kontrollpunkt, der sein Ziel um höchstens diesen Anteil des Abstands zwischen Ausgangswert und Ziel verfehlt, gilt als gefährdet statt als nicht im Plan.</translation>
    </message>
    <message>
        <source>From the locale (%1)</source>
        <translation>Aus dem Gebietsschema (%1)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Not a known time zone: choose one from the list.</source>
        <translation>Keine bekannte Zeitzone: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>%1, now %2. A workspace counts every date in its own time zone.</source>
        <translation>%1, jetzt %2. Ein Arbeitsbereich rechnet jedes Datum in seiner eigenen Zeitzone.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Alle %n Stunden</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Aufzubewahrende automatische Sicherungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Automatic backups:</source>
        <translation>&amp;Automatische Sicherungen:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Kept in a folder beside the workspace; File → Restore from Backup… lists them.</source>
        <translation>Sie liegen in einem Ordner neben dem Arbeitsbereich; Datei → Aus Sicherung wiederherstellen… listet sie auf.</translation>
    </message>
</context>
<context>
    <name>Uptake::RecordFilterProxy</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — überfällig</translation>
    </message>
</context>
<context>
    <name>Uptake::RecordList</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
</context>
<context>
    <name>Uptake::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Warum sie abgelehnt wurde</translation>
    </message>
</context>
<context>
    <name>Uptake::Report</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Alle Lernenden</translation>
    </message>
    <message>
        <source>since the last report (%1)</source>
        <translation>seit dem letzten Bericht (%1)</translation>
    </message>
    <message>
        <source>since the pilot started (%1)</source>
        <translation>seit dem Start des Pilotprojekts (%1)</translation>
    </message>
    <message>
        <source>Pilot status report</source>
        <translation>Statusbericht Pilotprojekt</translation>
    </message>
    <message>
        <source>Adoption status report</source>
        <translation>Statusbericht zur Einführung</translation>
    </message>
    <message>
        <source>Learning adoption</source>
        <translation>Lernplattform-Nutzung</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · Stand %2</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>%1 (LMS: %2)</source>
        <translation>%1 (LMS: %2)</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>everyone in the roster</source>
        <translation>alle in der Personalliste</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>Kohortengröße</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n Lernende(r)</numerusform>
            <numerusform>%n Lernende</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilot period</source>
        <translation>Pilotzeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n week(s))</source>
        <translation>
            <numerusform>%1 bis %2 (%n Woche)</numerusform>
            <numerusform>%1 bis %2 (%n Wochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data covered</source>
        <translation>Erfasste Daten</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Changes reported</source>
        <translation>Berichtete Änderungen</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Uptake %1</source>
        <translation>Uptake %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Figures are computed from the LMS exports listed in the appendix, in the time zone %1. Rates based on fewer than %2 learners are marked as small samples.</source>
        <translation>Die Werte werden aus den im Anhang aufgeführten LMS-Exporten berechnet, in der Zeitzone %1. Quoten auf Basis von weniger als %2 Lernenden sind als kleine Stichproben markiert.</translation>
    </message>
    <message>
        <source>The pilot &lt;b&gt;%1&lt;/b&gt; starts on %2; this report shows the baseline it starts from.</source>
        <translation>Das Pilotprojekt &lt;b&gt;%1&lt;/b&gt; beginnt am %2; dieser Bericht zeigt den Ausgangswert, von dem es startet.</translation>
    </message>
    <message>
        <source>As of %1 the pilot &lt;b&gt;%2&lt;/b&gt; is on day %3 (week %4 of %5).</source>
        <translation>Am %1 ist das Pilotprojekt &lt;b&gt;%2&lt;/b&gt; an Tag %3 (Woche %4 von %5).</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Stand %1.</translation>
    </message>
    <message>
        <source>Key indicators against the 30/60/90-day targets</source>
        <translation>Schlüsselkennzahlen gegenüber den 30/60/90-Tage-Zielen</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Next target</source>
        <translation>Nächstes Ziel</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Wöchentlich aktive Nutzer</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Wöchentliche Aktivquote</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>No targets are set for this pilot yet: set them on the Pilot page to see each indicator&apos;s status against its 30/60/90-day checkpoints.</source>
        <translation>Für dieses Pilotprojekt sind noch keine Ziele festgelegt: Legen Sie sie auf der Seite Pilotprojekt fest, um den Status jeder Kennzahl gegenüber ihren 30/60/90-Tage-Kontrollpunkten zu sehen.</translation>
    </message>
    <message>
        <source>day %1 (%2)</source>
        <translation>Tag %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is off track.</source>
        <translation>%1 ist nicht im Plan.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions in the 30/60/90-day plan: %n.</source>
        <translation>
            <numerusform>Überfällige Maßnahmen im 30/60/90-Tage-Plan: %n.</numerusform>
            <numerusform>Überfällige Maßnahmen im 30/60/90-Tage-Plan: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Courses awaiting a retirement decision: %n.</source>
        <translation>
            <numerusform>Kurse, die auf eine Stilllegungsentscheidung warten: %n.</numerusform>
            <numerusform>Kurse, die auf eine Stilllegungsentscheidung warten: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed decisions waiting for the board: %n.</source>
        <translation>
            <numerusform>Vorgeschlagene Entscheidungen, die auf das Gremium warten: %n.</numerusform>
            <numerusform>Vorgeschlagene Entscheidungen, die auf das Gremium warten: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under-engaged groups of learners: %n.</source>
        <translation>
            <numerusform>Unterdurchschnittlich engagierte Gruppen von Lernenden: %n.</numerusform>
            <numerusform>Unterdurchschnittlich engagierte Gruppen von Lernenden: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>For the board&apos;s attention</source>
        <translation>Zur Kenntnis des Gremiums</translation>
    </message>
    <message>
        <source>Active rate of the cohort</source>
        <translation>Aktivquote der Kohorte</translation>
    </message>
    <message>
        <source>Pace to the targets</source>
        <translation>Zielpfad zu den Zielen</translation>
    </message>
    <message>
        <source>30/60/90-day targets</source>
        <translation>30/60/90-Tage-Ziele</translation>
    </message>
    <message>
        <source>Weekly active rate against the targets</source>
        <translation>Wöchentliche Aktivquote gegenüber den Zielen</translation>
    </message>
    <message>
        <source>Weekly active users against the targets</source>
        <translation>Wöchentlich aktive Nutzer gegenüber den Zielen</translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort (%n learner(s)) active each ISO week; diamonds mark the 30/60/90-day targets, the dashed line the pace from the baseline to them; dotted lines mark events such as adaptations.</source>
        <translation>
            <numerusform>Anteil der Kohorte (%n lernende Person), der in jeder ISO-Woche aktiv ist; Rauten markieren die 30/60/90-Tage-Ziele, die gestrichelte Linie den Zielpfad vom Ausgangswert dorthin; gepunktete Linien markieren Ereignisse wie Anpassungen.</numerusform>
            <numerusform>Anteil der Kohorte (%n Lernende), der in jeder ISO-Woche aktiv ist; Rauten markieren die 30/60/90-Tage-Ziele, die gestrichelte Linie den Zielpfad vom Ausgangswert dorthin; gepunktete Linien markieren Ereignisse wie Anpassungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort (%n learner(s)) active each ISO week; dotted lines mark events such as adaptations. No target is set for this indicator.</source>
        <translation>
            <numerusform>Anteil der Kohorte (%n lernende Person), der in jeder ISO-Woche aktiv ist; gepunktete Linien markieren Ereignisse wie Anpassungen. Für diese Kennzahl ist kein Ziel festgelegt.</numerusform>
            <numerusform>Anteil der Kohorte (%n Lernende), der in jeder ISO-Woche aktiv ist; gepunktete Linien markieren Ereignisse wie Anpassungen. Für diese Kennzahl ist kein Ziel festgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small cohort: a few people change the rate by several points.</source>
        <translation>Kleine Kohorte: Wenige Personen verändern die Quote um mehrere Punkte.</translation>
    </message>
    <message>
        <source>Completion by course</source>
        <translation>Abschluss nach Kurs</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)%4</source>
        <translation>%1 (%2 von %3)%4</translation>
    </message>
    <message>
        <source>* fewer than %1 learners: read with care.</source>
        <translation>* weniger als %1 Lernende: mit Vorsicht lesen.</translation>
    </message>
    <message>
        <source>Content consumption by week</source>
        <translation>Inhaltsnutzung nach Woche</translation>
    </message>
    <message>
        <source>Distinct learners active in each course per week, busiest courses first. Pale cells: content nobody went to that week.</source>
        <translation>Verschiedene aktive Lernende je Kurs und Woche, meistgenutzte Kurse zuerst. Blasse Zellen: Inhalte, die in dieser Woche niemand aufgerufen hat.</translation>
    </message>
    <message>
        <source>Where learners stop</source>
        <translation>Wo Lernende aufhören</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Where most non-finishers stopped</source>
        <translation>Wo die meisten Nicht-Abschließenden aufhörten</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped there</source>
        <translation>Dort aufgehört</translation>
    </message>
    <message>
        <source>the course page itself</source>
        <translation>die Kursseite selbst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For learners who started a course and did not complete it in the window: the content item of their last activity. A long module here is a candidate for splitting.</source>
        <translation>Für Lernende, die einen Kurs begonnen und im Zeitraum nicht abgeschlossen haben: das Inhaltselement ihrer letzten Aktivität. Ein langes Modul hier ist ein Kandidat zum Aufteilen.</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Lernen und Leistung</translation>
    </message>
    <message>
        <source>learning minutes in the window</source>
        <translation>Lernminuten im Zeitraum</translation>
    </message>
    <message>
        <source>learning events in the window</source>
        <translation>Lernereignisse im Zeitraum</translation>
    </message>
    <message>
        <source>Each dot is a learner: %1 (across) against the mean of “%2” (up), with the least-squares line. r = %3 (95% confidence interval %4 to %5), Spearman ρ = %6, n = %7.</source>
        <translation>Jeder Punkt ist eine lernende Person: %1 (waagerecht) gegenüber dem Mittelwert von „%2“ (senkrecht), mit der Ausgleichsgeraden. r = %3 (95-%-Konfidenzintervall %4 bis %5), Spearman-ρ = %6, n = %7.</translation>
    </message>
    <message>
        <source>Correlation is not causation: people who learn more may differ in other ways.</source>
        <translation>Korrelation ist keine Kausalität: Wer mehr lernt, unterscheidet sich vielleicht auch in anderem.</translation>
    </message>
    <message>
        <source>Small sample (n &lt; %1): the interval is wide and r may not hold.</source>
        <translation>Kleine Stichprobe (n &lt; %1): Das Intervall ist breit, und r hält vielleicht nicht.</translation>
    </message>
    <message>
        <source>The pilot cohort against the rest of the organisation</source>
        <translation>Die Pilotkohorte gegenüber dem Rest der Organisation</translation>
    </message>
    <message>
        <source>Active rate — pilot cohort</source>
        <translation>Aktivquote — Pilotkohorte</translation>
    </message>
    <message>
        <source>Active rate — rest</source>
        <translation>Aktivquote — Rest</translation>
    </message>
    <message>
        <source>Completion — pilot cohort</source>
        <translation>Abschluss — Pilotkohorte</translation>
    </message>
    <message>
        <source>Completion — rest</source>
        <translation>Abschluss — Rest</translation>
    </message>
    <message>
        <source>4 weeks before the start</source>
        <translation>4 Wochen vor dem Start</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Seit dem Start</translation>
    </message>
    <message>
        <source>Pilot cohort: %1 learners; rest of the organisation: %2. Difference in differences: active rate %3 points, completion %4 points. The cohort was not chosen at random, so other differences between the groups may explain part of the gap.</source>
        <translation>Pilotkohorte: %1 Lernende; Rest der Organisation: %2. Differenz der Differenzen: Aktivquote %3 Punkte, Abschluss %4 Punkte. Die Kohorte wurde nicht zufällig gewählt, daher können andere Unterschiede zwischen den Gruppen einen Teil der Lücke erklären.</translation>
    </message>
    <message>
        <source>What the pilot team launched, heard and changed %1, up to %2.</source>
        <translation>Was das Pilotteam %1 bis %2 gestartet, gehört und geändert hat.</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 to %3)</source>
        <translation>Zyklus %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Feedback themes</source>
        <translation>Feedback-Themen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In ihren Worten</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <source>Adaptations and their measured effect</source>
        <translation>Anpassungen und ihre gemessene Wirkung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>%1 (n&#xa0;=&#xa0;%2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Each adaptation is measured in equal windows before and after its date. A before/after change is not proof that the adaptation caused it: other things changed at the same time.</source>
        <translation>Jede Anpassung wird in gleich langen Zeiträumen vor und nach ihrem Datum gemessen. Eine Veränderung zwischen davor und danach beweist nicht, dass die Anpassung sie verursacht hat: Zur selben Zeit hat sich auch anderes verändert.</translation>
    </message>
    <message>
        <source>Some windows hold fewer than %1 learners: read those effects with care.</source>
        <translation>Einige Zeiträume umfassen weniger als %1 Lernende: Diese Wirkungen mit Vorsicht lesen.</translation>
    </message>
    <message>
        <source>No feedback or adaptation was recorded in this cycle during the period.</source>
        <translation>In diesem Zyklus wurde im Zeitraum kein Feedback und keine Anpassung erfasst.</translation>
    </message>
    <message>
        <source>No PLAN cycle was active, and no feedback or adaptation was recorded, in the period.</source>
        <translation>Im Zeitraum war kein PLAN-Zyklus aktiv, und es wurde kein Feedback und keine Anpassung erfasst.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No decision was recorded %1.</source>
        <translation>Es wurde keine Entscheidung %1 erfasst.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message>
        <source>Decisions made %1, and proposals still open.</source>
        <translation>Entscheidungen %1 und noch offene Vorschläge.</translation>
    </message>
    <message>
        <source>Content awaiting a retirement decision</source>
        <translation>Inhalte, die auf eine Stilllegungsentscheidung warten</translation>
    </message>
    <message>
        <source>No course flagged by the retirement policy awaits a decision.</source>
        <translation>Kein von der Stilllegungsrichtlinie markierter Kurs wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Why it is flagged</source>
        <translation>Warum er markiert ist</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Next releases</source>
        <translation>Nächste Veröffentlichungen</translation>
    </message>
    <message>
        <source>No content release is planned after %1.</source>
        <translation>Nach dem %1 ist keine Inhaltsveröffentlichung geplant.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Progress by bucket as of %1</source>
        <translation>Fortschritt nach Zeitfenster, Stand %1</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>First %1 days</source>
        <translation>Erste %1 Tage</translation>
    </message>
    <message>
        <source>Dropped actions are not counted. Overdue: open or in progress with a due date before the as-of date.</source>
        <translation>Verworfene Maßnahmen werden nicht gezählt. Überfällig: offen oder in Arbeit mit einem Fälligkeitsdatum vor dem Stichtag.</translation>
    </message>
    <message>
        <source>Every action of the plan is done or dropped.</source>
        <translation>Jede Maßnahme des Plans ist erledigt oder verworfen.</translation>
    </message>
    <message>
        <source>Open actions, overdue first</source>
        <translation>Offene Maßnahmen, überfällige zuerst</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(keine verantwortliche Person)</translation>
    </message>
    <message>
        <source>Open actions by owner</source>
        <translation>Offene Maßnahmen nach verantwortlicher Person</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Under-engaged groups</source>
        <translation>Unterdurchschnittlich engagierte Gruppen</translation>
    </message>
    <message>
        <source>No group of three or more people is markedly less active than the cohort over the last two weeks.</source>
        <translation>Keine Gruppe von drei oder mehr Personen ist in den letzten zwei Wochen deutlich weniger aktiv als die Kohorte.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Active (2 weeks)</source>
        <translation>Aktiv (2 Wochen)</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Aktivquote</translation>
    </message>
    <message>
        <source>Cohort rate</source>
        <translation>Quote der Kohorte</translation>
    </message>
    <message>
        <source>Groups of at least three people by a roster attribute whose active rate over the last two weeks is below %1 or below half the cohort&apos;s.</source>
        <translation>Gruppen von mindestens drei Personen nach einem Merkmal der Personalliste, deren Aktivquote in den letzten zwei Wochen unter %1 oder unter der Hälfte der Quote der Kohorte liegt.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more group(s).</source>
        <translation>
            <numerusform>Nicht aufgeführt: %n weitere Gruppe.</numerusform>
            <numerusform>Nicht aufgeführt: %n weitere Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners who stopped engaging</source>
        <translation>Lernende, die nicht mehr aktiv sind</translation>
    </message>
    <message>
        <source>Nobody who was active in at least two of the four weeks before the last two went quiet.</source>
        <translation>Niemand, der in mindestens zwei der vier Wochen vor den letzten zwei aktiv war, ist verstummt.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(keine Abteilung)</translation>
    </message>
    <message numerus="yes">
        <source>Learners who were active in at least two of the four weeks before the last two and not since: %n.</source>
        <translation>
            <numerusform>Lernende, die in mindestens zwei der vier Wochen vor den letzten zwei aktiv waren und seitdem nicht mehr: %n.</numerusform>
            <numerusform>Lernende, die in mindestens zwei der vier Wochen vor den letzten zwei aktiv waren und seitdem nicht mehr: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Counts only: names are left out of this report (they can be included on request).</source>
        <translation>Nur Anzahlen: Namen sind in diesem Bericht weggelassen (sie können auf Anfrage aufgenommen werden).</translation>
    </message>
    <message>
        <source>Learners who stopped engaging (names included at the author&apos;s request)</source>
        <translation>Lernende, die nicht mehr aktiv sind (Namen auf Wunsch der Verfasserin bzw. des Verfassers aufgenommen)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Aktive Wochen</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Every week in the window has recorded activity.</source>
        <translation>Jede Woche im Zeitraum hat erfasste Aktivität.</translation>
    </message>
    <message numerus="yes">
        <source>Rows rejected by the imports: %n. They are in no figure; the appendix lists them per import.</source>
        <translation>
            <numerusform>Von den Importen abgelehnte Zeilen: %n. Sie fließen in keinen Wert ein; der Anhang listet sie pro Import auf.</numerusform>
            <numerusform>Von den Importen abgelehnte Zeilen: %n. Sie fließen in keinen Wert ein; der Anhang listet sie pro Import auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imported row was rejected.</source>
        <translation>Keine importierte Zeile wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Learning time is estimated from the gaps between events (a gap under %n minute(s) counts as learning): the export has no duration column.</source>
        <translation>
            <numerusform>Die Lernzeit wird aus den Abständen zwischen Ereignissen geschätzt (ein Abstand unter %n Minute zählt als Lernzeit): Der Export hat keine Dauer-Spalte.</numerusform>
            <numerusform>Die Lernzeit wird aus den Abständen zwischen Ereignissen geschätzt (ein Abstand unter %n Minuten zählt als Lernzeit): Der Export hat keine Dauer-Spalte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No roster is imported: the cohort is everyone seen in the data, so people who never signed in are not counted and active rates are overstated.</source>
        <translation>Es ist keine Personalliste importiert: Die Kohorte sind alle in den Daten Gesehenen, daher werden Personen, die sich nie angemeldet haben, nicht gezählt, und die Aktivquoten sind zu hoch.</translation>
    </message>
    <message>
        <source>The as-of date lies after the last day with data (%1): the most recent weeks may be incomplete.</source>
        <translation>Der Stichtag liegt nach dem letzten Tag mit Daten (%1): Die jüngsten Wochen sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace.</source>
        <translation>In diesen Arbeitsbereich wurde nichts importiert.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Importierte Zeilen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Times are in the workspace time zone %1.</source>
        <translation>Zeiten sind in der Zeitzone %1 des Arbeitsbereichs angegeben.</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Definitionen der Kennzahlen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Status in this report</source>
        <translation>Status in diesem Bericht</translation>
    </message>
    <message>
        <source>On track: the current value meets the pace from the baseline to the targets on the as-of date. At risk: short of it by no more than the indicator&apos;s tolerance times the step from the baseline to the next target. Off track: short by more. Not due: no target yet.</source>
        <translation>Im Plan: Der aktuelle Wert erreicht den Zielpfad vom Ausgangswert zu den Zielen am Stichtag. Gefährdet: darunter um höchstens die Toleranz der Kennzahl mal dem Schritt vom Ausgangswert zum nächsten Ziel. Nicht im Plan: weiter darunter. Nicht fällig: noch kein Ziel.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>%1 is %2; no target is set.</source>
        <translation>%1 ist %2; kein Ziel festgelegt.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 is %2, exactly the day-%3 target.</source>
        <translation>%1 ist %2, genau das Ziel für Tag %3.</translation>
    </message>
    <message>
        <source>%1 is %2, %3 above the day-%4 target of %5.</source>
        <translation>%1 ist %2, %3 über dem Ziel für Tag %4 von %5.</translation>
    </message>
    <message>
        <source>%1 is %2, %3 below the day-%4 target of %5.</source>
        <translation>%1 ist %2, %3 unter dem Ziel für Tag %4 von %5.</translation>
    </message>
    <message>
        <source>The pace expects %1 by now.</source>
        <translation>Der Zielpfad erwartet jetzt %1.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Prepared with Uptake %1</source>
        <translation>Erstellt mit Uptake %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: the folder does not exist.</source>
        <translation>Der Bericht kann nicht nach „%1“ geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: it is a folder.</source>
        <translation>Der Bericht kann nicht nach „%1“ geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: %2</source>
        <translation>Der Bericht kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”.</source>
        <translation>Der Bericht kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot start printing on “%1”.</source>
        <translation>Der Druck auf „%1“ kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Current: the pilot cohort over the last four weeks, %1 to %2 (the weekly active rate is the mean of those weeks).</source>
        <translation>Aktuell: die Kohorte des Pilotprojekts in den letzten vier Wochen, %1 bis %2 (die wöchentliche Aktivquote ist der Mittelwert dieser Wochen).</translation>
    </message>
    <message>
        <source>Baseline: the four weeks before the start, %1 to %2, unless entered by hand.</source>
        <translation>Ausgangswert: die vier Wochen vor dem Start, %1 bis %2, sofern nicht von Hand eingegeben.</translation>
    </message>
    <message>
        <source>Over the last four weeks (%1 to %2), on average %3 of the %4 learners in the cohort were active each week (%5).</source>
        <translation>In den letzten vier Wochen (%1 bis %2) waren durchschnittlich %3 der %4 Lernenden der Kohorte pro Woche aktiv (%5).</translation>
    </message>
    <message>
        <source>Of the %1 learner–course pairs with activity in those weeks, %2 (%3) had a completion in them.</source>
        <translation>Von den %1 Lernende-Kurs-Paaren mit Aktivität in diesen Wochen hatten %2 (%3) darin einen Abschluss.</translation>
    </message>
    <message>
        <source>Status compares the current value with the pace from the baseline to the targets on the as-of date: on track when it meets the pace, at risk when it falls short by no more than the indicator&apos;s tolerance, off track otherwise.</source>
        <translation>Der Status vergleicht den aktuellen Wert mit dem Zielpfad vom Ausgangswert zu den Zielen am Stichtag: im Plan, wenn er den Zielpfad erreicht, gefährdet, wenn er um höchstens die Toleranz der Kennzahl darunter liegt, sonst nicht im Plan.</translation>
    </message>
    <message>
        <source>The last point, the week of %1, counts only the days up to %2.</source>
        <translation>Der letzte Punkt, die Woche vom %1, zählt nur die Tage bis zum %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %n course(s) with the most learners from %1 to %2: learners who completed in that period ÷ learners with any activity in the course in it.</source>
        <translation>
            <numerusform>%n Kurs mit den meisten Lernenden vom %1 bis %2: Lernende mit Abschluss in diesem Zeitraum ÷ Lernende mit irgendeiner Aktivität im Kurs in diesem Zeitraum.</numerusform>
            <numerusform>Die %n Kurse mit den meisten Lernenden vom %1 bis %2: Lernende mit Abschluss in diesem Zeitraum ÷ Lernende mit irgendeiner Aktivität im Kurs in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before: the four weeks before the start, %1 to %2. Since the start: %3 to %4 (these rates cover the whole pilot so far, not only the last four weeks of the summary table).</source>
        <translation>Vorher: die vier Wochen vor dem Start, %1 bis %2. Seit dem Start: %3 bis %4 (diese Quoten umfassen das gesamte bisherige Pilotprojekt, nicht nur die letzten vier Wochen der Zusammenfassungstabelle).</translation>
    </message>
    <message>
        <source>Current: all learners over the last four weeks, %1 to %2 (the weekly active rate is the mean of those weeks).</source>
        <translation>Aktuell: alle Lernenden in den letzten vier Wochen, %1 bis %2 (die wöchentliche Aktivquote ist der Mittelwert dieser Wochen).</translation>
    </message>
    <message>
        <source>since the data begins (%1)</source>
        <translation>seit Beginn der Daten (%1)</translation>
    </message>
    <message>
        <source>There is no pilot yet: create one on the Pilot page first, then set its targets to see each indicator&apos;s status against its 30/60/90-day checkpoints. The sections on PLAN cycles, governance and the 30/60/90-day plan appear once there is a pilot.</source>
        <translation>Es gibt noch kein Pilotprojekt: Erstellen Sie zuerst eines auf der Seite Pilotprojekt und legen Sie dann seine Ziele fest, um den Status jeder Kennzahl gegenüber ihren 30/60/90-Tage-Kontrollpunkten zu sehen. Die Abschnitte zu PLAN-Zyklen, Steuerung und 30/60/90-Tage-Plan erscheinen, sobald es ein Pilotprojekt gibt.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) without any recorded activity in the cohort (%1): a gap in the export or a holiday? Rates for those weeks are shown as zero.</source>
        <translation>
            <numerusform>%n Woche ohne erfasste Aktivität in der Kohorte (%1): eine Lücke im Export oder Ferien? Quoten für diese Woche werden als null gezeigt.</numerusform>
            <numerusform>%n Wochen ohne erfasste Aktivität in der Kohorte (%1): eine Lücke im Export oder Ferien? Quoten für diese Wochen werden als null gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QDate::toString() pattern of a date in full, without the weekday (30 October 2026); keep the letters d, M, y</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDate::toString() pattern of a day in a date range (3 Mar 2025), and of the last day of a range; keep the letters d, M, y</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of days in the same month: its first day, its last day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>d</source>
        <comment>QDate::toString() pattern of the first day of a range in the same month (the 3 of 3–9 Mar 2025)</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of days across months or years: its first day, its last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate::toString() pattern of the first day of a range in the same year (the 24 Feb of 24 Feb – 9 Mar 2025)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDate::toString() pattern of a date on a chart&apos;s axis, with the year (21 Sep 2026); keep the letters d, M, y</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate::toString() pattern of a date on a chart&apos;s axis, without the year (5 Oct)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>chart footnote: a number on the chart (or a date), an event</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>Uptake::Report::Charts</name>
    <message>
        <source>learners active in the week</source>
        <translation>in der Woche aktive Lernende</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportData</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Adoption in charts</source>
        <translation>Nutzung in Diagrammen</translation>
    </message>
    <message>
        <source>PLAN cycles since the last report</source>
        <translation>PLAN-Zyklen seit dem letzten Bericht</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>The 30/60/90-day plan</source>
        <translation>Der 30/60/90-Tage-Plan</translation>
    </message>
    <message>
        <source>Risks and data quality</source>
        <translation>Risiken und Datenqualität</translation>
    </message>
    <message>
        <source>Appendix: data sources and definitions</source>
        <translation>Anhang: Datenquellen und Definitionen</translation>
    </message>
    <message>
        <source>Unknown report section “%1”; the sections are %2.</source>
        <translation>Unbekannter Berichtsabschnitt „%1“; die Abschnitte sind %2.</translation>
    </message>
    <message>
        <source>Choose at least one report section.</source>
        <translation>Wählen Sie mindestens einen Berichtsabschnitt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Choose the pilot to report on: %1.</source>
        <translation>Wählen Sie das Pilotprojekt, über das berichtet wird: %1.</translation>
    </message>
    <message>
        <source>The workspace has no usage data yet: import an LMS export first.</source>
        <translation>Der Arbeitsbereich hat noch keine Nutzungsdaten: Importieren Sie zuerst einen LMS-Export.</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportPage</name>
    <message>
        <source>Name learners who stopped engaging</source>
        <translation>Nicht mehr aktive Lernende namentlich nennen</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export Tables as CSV…</source>
        <translation>Tabellen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>The report for the governance board: the same document on screen, on paper and from &apos;uptake report&apos; on a schedule.</source>
        <translation>Der Bericht für das Steuerungsgremium: dasselbe Dokument auf dem Bildschirm, auf Papier und planmäßig aus &apos;uptake report&apos;.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilotprojekt:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>The report&apos;s date: figures look at the data up to this day.</source>
        <translation>Das Datum des Berichts: Die Werte betrachten die Daten bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Off: the report counts learners who stopped engaging by department, without names.</source>
        <translation>Aus: Der Bericht zählt nicht mehr aktive Lernende nach Abteilung, ohne Namen.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Berichtsvorlage</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Open a workspace to make its status report.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seinen Statusbericht zu erstellen.</translation>
    </message>
    <message>
        <source>All learners (no pilot yet)</source>
        <translation>Alle Lernenden (noch kein Pilotprojekt)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 pages, as of %2. Changes reported since %3%4.</source>
        <translation>%1 Seiten, Stand %2. Änderungen seit %3%4.</translation>
    </message>
    <message>
        <source> (the last report)</source>
        <translation> (dem letzten Bericht)</translation>
    </message>
    <message>
        <source> (the pilot&apos;s start)</source>
        <translation> (dem Start des Pilotprojekts)</translation>
    </message>
    <message>
        <source>%1 status report %2.pdf</source>
        <translation>%1 Statusbericht %2.pdf</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 gespeichert (%2 Seiten).</translation>
    </message>
    <message>
        <source>Print Status Report</source>
        <translation>Statusbericht drucken</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Export the Report&apos;s Tables</source>
        <translation>Die Tabellen des Berichts exportieren</translation>
    </message>
    <message>
        <source>Wrote %1 CSV files to %2.</source>
        <translation>%1 CSV-Dateien nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(Vorlage wählen)</translation>
    </message>
    <message>
        <source>Save Report Template</source>
        <translation>Berichtsvorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template (it keeps the chosen sections):</source>
        <translation>Name der Vorlage (sie behält die gewählten Abschnitte):</translation>
    </message>
    <message>
        <source>Saved the template “%1”. &apos;uptake report --template &quot;%1&quot;&apos; makes the same report.</source>
        <translation>Vorlage „%1“ gespeichert. &apos;uptake report --template &quot;%1&quot;&apos; erstellt denselben Bericht.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the report template “%1”?</source>
        <translation>Die Berichtsvorlage „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportRepository</name>
    <message>
        <source>Cannot read the days the data covers: %1</source>
        <translation>Die von den Daten abgedeckten Tage können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s time zone: %1</source>
        <translation>Die Zeitzone des Arbeitsbereichs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the report history: %1</source>
        <translation>Der Berichtsverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot remember the report&apos;s date: %1</source>
        <translation>Das Datum des Berichts kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportTemplates</name>
    <message>
        <source>Cannot save the report templates in “%1”.</source>
        <translation>Die Berichtsvorlagen können nicht in „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Give the report template a name.</source>
        <translation>Geben Sie der Berichtsvorlage einen Namen.</translation>
    </message>
    <message>
        <source>A report template needs at least one section.</source>
        <translation>Eine Berichtsvorlage braucht mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>There is no report template called “%1”.</source>
        <translation>Es gibt keine Berichtsvorlage namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Uptake::RestoreBackupDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before upgrading from format %1</source>
        <translation>Vor der Aktualisierung von Format %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace “%1” by one of its backups. The workspace as it is now is kept as a backup too, so this can be undone.</source>
        <translation>„%1“ durch eine seiner Sicherungen ersetzen. Der Arbeitsbereich in seinem jetzigen Zustand wird ebenfalls als Sicherung aufbewahrt, sodass sich dies rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Von diesem Arbeitsbereich gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the workspace by the backup of %1? Everything changed since then is set aside in a backup of the current state.</source>
        <translation>Den Arbeitsbereich durch die Sicherung vom %1 ersetzen? Alles, was seitdem geändert wurde, wird in einer Sicherung des aktuellen Stands aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Uptake::RowVersions</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Geplantes Datum</translation>
    </message>
    <message>
        <source>Duration (weeks)</source>
        <translation>Dauer (Wochen)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Selected by</source>
        <translation>Ausgewählt durch</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Targets are</source>
        <translation>Zielart</translation>
    </message>
    <message>
        <source>Day-30 target</source>
        <translation>Ziel Tag 30</translation>
    </message>
    <message>
        <source>Day-60 target</source>
        <translation>Ziel Tag 60</translation>
    </message>
    <message>
        <source>Day-90 target</source>
        <translation>Ziel Tag 90</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Cohort-wide</source>
        <translation>Ganze Kohorte</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Scaled to</source>
        <translation>Skaliert auf</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Zeitraum (Tage)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Cannot read the stored %1: %2</source>
        <translation>Der gespeicherte Eintrag (%1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the %1: %2</source>
        <translation>Der Eintrag (%1) kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>The %1 was deleted by someone else after you opened it.</source>
        <translation>Der Eintrag (%1) wurde von jemand anderem gelöscht, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>The %1 is stored again: someone else added it meanwhile.</source>
        <translation>Der Eintrag (%1) ist wieder gespeichert: Jemand anderes hat ihn inzwischen hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 changed the %2 after you opened it.</source>
        <translation>%1 hat den Eintrag (%2) geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
</context>
<context>
    <name>Uptake::ScatterChart</name>
    <message>
        <source>Learning events in the window</source>
        <translation>Lernereignisse im Zeitraum</translation>
    </message>
    <message>
        <source>Learning minutes in the window</source>
        <translation>Lernminuten im Zeitraum</translation>
    </message>
</context>
<context>
    <name>Uptake::ServerSchema</name>
    <message>
        <source>The database is not empty: Uptake creates a team workspace only in an empty database.</source>
        <translation>Die Datenbank ist nicht leer: Uptake legt einen Team-Arbeitsbereich nur in einer leeren Datenbank an.</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>sein Schema kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>column %1 is missing</source>
        <translation>Spalte %1 fehlt</translation>
    </message>
    <message>
        <source>column %1 is unknown</source>
        <translation>Spalte %1 ist unbekannt</translation>
    </message>
    <message>
        <source>in table %1 %2</source>
        <translation>in Tabelle %1 %2</translation>
    </message>
    <message>
        <source>it lacks parts every Uptake workspace has (%1)</source>
        <translation>es fehlen Teile, die jeder Uptake-Arbeitsbereich hat (%1)</translation>
    </message>
    <message>
        <source>Name the database with lower-case letters, digits and underscores only (“%1” is not): its roles are named after it.</source>
        <translation>Benennen Sie die Datenbank nur mit Kleinbuchstaben, Ziffern und Unterstrichen („%1“ erfüllt das nicht): Die Rollen werden nach ihr benannt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid user name: use lower-case letters, digits and underscores.</source>
        <translation>„%1“ ist kein gültiger Benutzername: Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>The database “%1” already holds tables that are not an Uptake workspace; server-init only sets up an empty database or an existing team workspace.</source>
        <translation>Die Datenbank „%1“ enthält bereits Tabellen, die kein Uptake-Arbeitsbereich sind; server-init richtet nur eine leere Datenbank oder einen vorhandenen Team-Arbeitsbereich ein.</translation>
    </message>
    <message>
        <source>The team workspace “%1” was set up by a newer version of Uptake (format %2; this version knows up to %3).</source>
        <translation>Der Team-Arbeitsbereich „%1“ wurde von einer neueren Uptake-Version eingerichtet (Format %2; diese Version kennt Formate bis %3).</translation>
    </message>
    <message>
        <source>The team workspace “%1” was changed outside Uptake: %2.</source>
        <translation>Der Team-Arbeitsbereich „%1“ wurde außerhalb von Uptake geändert: %2.</translation>
    </message>
    <message>
        <source>Cannot set up the roles of “%1”: %2</source>
        <translation>Die Rollen von „%1“ können nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::SprintTimeline</name>
    <message>
        <source>Sprint timeline</source>
        <translation>Sprint-Zeitleiste</translation>
    </message>
    <message>
        <source>Give the pilot a start date to see its sprint week by week.</source>
        <translation>Geben Sie dem Pilotprojekt ein Startdatum, um seinen Sprint Woche für Woche zu sehen.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>check-in %1</source>
        <translation>Kontrollpunkt %1</translation>
    </message>
    <message>
        <source>PLAN cycles</source>
        <translation>PLAN-Zyklen</translation>
    </message>
    <message>
        <source>No PLAN cycle yet — add one under PLAN cycles.</source>
        <translation>Noch kein PLAN-Zyklus – fügen Sie einen unter PLAN-Zyklen hinzu.</translation>
    </message>
    <message>
        <source>PLAN cycle %1</source>
        <translation>PLAN-Zyklus %1</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Ausweitung</translation>
    </message>
    <message>
        <source>%1 (%2, outside the sprint)</source>
        <translation>%1 (%2, außerhalb des Sprints)</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Tag 30</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>Uptake::Sqlite</name>
    <message>
        <source>no database connection</source>
        <translation>keine Datenbankverbindung</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>die Kopie konnte nicht geschlossen werden</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk</source>
        <translation>die Kopie konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>the copy could not be moved into place</source>
        <translation>die Kopie konnte nicht an ihren Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>Uptake::Summary</name>
    <message>
        <source>Cannot read the workspace summary: %1</source>
        <translation>Die Übersicht des Arbeitsbereichs kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::TargetRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pilot start</source>
        <translation>Start des Pilotprojekts</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Cannot read the pilot&apos;s targets</source>
        <translation>Die Ziele des Pilotprojekts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the target</source>
        <translation>Das Ziel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no target with id %1.</source>
        <translation>Es gibt kein Ziel mit der ID %1.</translation>
    </message>
    <message>
        <source>A target needs a KPI.</source>
        <translation>Ein Ziel braucht eine Kennzahl.</translation>
    </message>
    <message>
        <source>Baselines, targets and tolerances are numbers.</source>
        <translation>Ausgangswerte, Ziele und Toleranzen sind Zahlen.</translation>
    </message>
    <message>
        <source>The tolerance cannot be negative.</source>
        <translation>Die Toleranz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A relative target cannot be 100% or more below the baseline.</source>
        <translation>Ein relatives Ziel kann nicht 100 % oder mehr unter dem Ausgangswert liegen.</translation>
    </message>
    <message>
        <source>Cannot check the pilot</source>
        <translation>Das Pilotprojekt kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>There is no pilot with id %1.</source>
        <translation>Es gibt kein Pilotprojekt mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot check the targets</source>
        <translation>Die Ziele können nicht geprüft werden</translation>
    </message>
    <message>
        <source>The pilot already has targets for “%1”.</source>
        <translation>Das Pilotprojekt hat bereits Ziele für „%1“.</translation>
    </message>
    <message>
        <source>Cannot save the target</source>
        <translation>Das Ziel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the target</source>
        <translation>Das Ziel kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the annotations</source>
        <translation>Die Anmerkungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the annotation</source>
        <translation>Die Anmerkung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no annotation with id %1.</source>
        <translation>Es gibt keine Anmerkung mit der ID %1.</translation>
    </message>
    <message>
        <source>An annotation needs a date.</source>
        <translation>Eine Anmerkung braucht ein Datum.</translation>
    </message>
    <message>
        <source>An annotation needs a label.</source>
        <translation>Eine Anmerkung braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of annotation.</source>
        <translation>„%1“ ist keine Art von Anmerkung.</translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation>Die Anmerkung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>Die Anmerkung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>Kennzahlziel</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Anmerkung</translation>
    </message>
</context>
<context>
    <name>Uptake::TargetsDialog</name>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Targets and Annotations</source>
        <translation>Ziele und Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilotprojekt:</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>The workspace is open read-only: targets and annotations can be looked at, not changed.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet: Ziele und Anmerkungen können angesehen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Add Target…</source>
        <translation>Ziel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No targets for this pilot yet</source>
        <translation>Noch keine Ziele für dieses Pilotprojekt</translation>
    </message>
    <message>
        <source>Set what the pilot should reach by day 30, 60 and 90 for each KPI — as values or relative to the baseline Uptake measures over the four weeks before the start. The dashboard then shows each checkpoint as on track, at risk or off track.</source>
        <translation>Legen Sie für jede Kennzahl fest, was das Pilotprojekt bis Tag 30, 60 und 90 erreichen soll – als Werte oder relativ zum Ausgangswert, den Uptake über die vier Wochen vor dem Start misst. Das Dashboard zeigt dann jeden Kontrollpunkt als im Plan, gefährdet oder nicht im Plan.</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>Kennzahlziele</translation>
    </message>
    <message>
        <source>&amp;KPI Targets</source>
        <translation>&amp;Kennzahlziele</translation>
    </message>
    <message>
        <source>Add A&amp;nnotation…</source>
        <translation>A&amp;nmerkung hinzufügen…</translation>
    </message>
    <message>
        <source>No annotations yet</source>
        <translation>Noch keine Anmerkungen</translation>
    </message>
    <message>
        <source>Mark what explains a bend in the curves: a comms push, an outage, a manager&apos;s kick-off, anything worth a line on the charts.</source>
        <translation>Markieren Sie, was einen Knick in den Kurven erklärt: eine Kommunikationsaktion, einen Ausfall, den Kick-off einer Führungskraft – alles, was eine Linie in den Diagrammen wert ist.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>The pilot&apos;s start and the adaptations recorded in its PLAN cycles are marked on its charts by themselves. Add the comms pushes, outages and notes you want to see there.</source>
        <translation>Der Start des Pilotprojekts und die in seinen PLAN-Zyklen erfassten Anpassungen werden in seinen Diagrammen automatisch markiert. Fügen Sie die Kommunikationsaktionen, Ausfälle und Notizen hinzu, die Sie dort sehen möchten.</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nmerkungen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Targets and Annotations — %1</source>
        <translation>Ziele und Anmerkungen — %1</translation>
    </message>
    <message>
        <source>Create a pilot on the Pilot page first; targets belong to a pilot.</source>
        <translation>Legen Sie zuerst auf der Seite Pilotprojekt ein Pilotprojekt an; Ziele gehören zu einem Pilotprojekt.</translation>
    </message>
    <message>
        <source>Measuring the baselines over the four weeks before the pilot&apos;s start…</source>
        <translation>Die Ausgangswerte werden über die vier Wochen vor dem Start des Pilotprojekts gemessen…</translation>
    </message>
    <message>
        <source>The baselines could not be measured: %1</source>
        <translation>Die Ausgangswerte konnten nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>There is no data before the pilot&apos;s start to measure baselines from yet; enter them or import the LMS&apos;s usage first.</source>
        <translation>Es gibt noch keine Daten vor dem Start des Pilotprojekts, aus denen sich Ausgangswerte messen lassen; geben Sie sie ein oder importieren Sie zuerst die Nutzungsdaten des LMS.</translation>
    </message>
    <message>
        <source>Baselines are measured over the four weeks before the pilot&apos;s start unless you enter one. A checkpoint missed by no more than the tolerance (a share of the gap from baseline to target) is “at risk”.</source>
        <translation>Ausgangswerte werden über die vier Wochen vor dem Start des Pilotprojekts gemessen, sofern Sie keinen eingeben. Ein Kontrollpunkt, der um höchstens die Toleranz (einen Anteil des Abstands vom Ausgangswert zum Ziel) verfehlt wird, ist „gefährdet“.</translation>
    </message>
    <message>
        <source>Delete Target</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Every KPI of this pilot has its targets already.</source>
        <translation>Jede Kennzahl dieses Pilotprojekts hat bereits ihre Ziele.</translation>
    </message>
    <message>
        <source>Add KPI Target</source>
        <translation>Kennzahlziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit KPI Target</source>
        <translation>Kennzahlziel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Enter the baseline instead of measuring it</source>
        <translation>Ausgangswert &amp;eingeben statt messen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <source>Targets &amp;are:</source>
        <translation>Ziele &amp;sind:</translation>
    </message>
    <message>
        <source>Values of the KPI</source>
        <translation>Werte der Kennzahl</translation>
    </message>
    <message>
        <source>Changes relative to the baseline</source>
        <translation>Änderungen gegenüber dem Ausgangswert</translation>
    </message>
    <message>
        <source>Day 30 target</source>
        <translation>Ziel für Tag 30</translation>
    </message>
    <message>
        <source>Day 60 target</source>
        <translation>Ziel für Tag 60</translation>
    </message>
    <message>
        <source>Day 90 target</source>
        <translation>Ziel für Tag 90</translation>
    </message>
    <message>
        <source>Day &amp;30:</source>
        <translation>Tag &amp;30:</translation>
    </message>
    <message>
        <source>Day &amp;60:</source>
        <translation>Tag &amp;60:</translation>
    </message>
    <message>
        <source>Day &amp;90:</source>
        <translation>Tag &amp;90:</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>% of the gap from baseline to target</source>
        <translation>% des Abstands vom Ausgangswert zum Ziel</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>Leave a day empty for no checkpoint then. Rates are entered in percent (45 for 45%); relative targets as a change in percent (20 for +20%, −10 for −10%).</source>
        <translation>Lassen Sie einen Tag leer, wenn es dort keinen Kontrollpunkt geben soll. Quoten werden in Prozent eingegeben (45 für 45 %), relative Ziele als Änderung in Prozent (20 für +20 %, −10 für −10 %).</translation>
    </message>
    <message>
        <source>measured — still being computed</source>
        <translation>gemessen — wird noch berechnet</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>gemessen: %1</translation>
    </message>
    <message>
        <source>measured — no data before the start</source>
        <translation>gemessen — keine Daten vor dem Start</translation>
    </message>
    <message>
        <source>%1 change from the baseline → %2</source>
        <translation>%1 Änderung gegenüber dem Ausgangswert → %2</translation>
    </message>
    <message>
        <source>%1 change from the baseline</source>
        <translation>%1 Änderung gegenüber dem Ausgangswert</translation>
    </message>
    <message>
        <source>Enter the baseline, or let Uptake measure it.</source>
        <translation>Geben Sie den Ausgangswert ein oder lassen Sie ihn von Uptake messen.</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Tag 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Tag 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Tag 90</translation>
    </message>
    <message>
        <source>Set a target for day 30, 60 or 90.</source>
        <translation>Legen Sie ein Ziel für Tag 30, 60 oder 90 fest.</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>e.g. Newsletter feature on the new courses</source>
        <translation>z. B. Newsletter-Beitrag über die neuen Kurse</translation>
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation>De&amp;tails:</translation>
    </message>
    <message>
        <source>&amp;Shown on:</source>
        <translation>&amp;Sichtbar in:</translation>
    </message>
    <message>
        <source>This pilot&apos;s charts (%1)</source>
        <translation>Diagramme dieses Pilotprojekts (%1)</translation>
    </message>
    <message>
        <source>Every pilot&apos;s charts</source>
        <translation>Diagramme aller Pilotprojekte</translation>
    </message>
</context>
<context>
    <name>Uptake::TrendChart</name>
    <message>
        <source>%1, week of %2
%3 active of %4: %5</source>
        <translation>%1, Woche vom %2
%3 aktiv von %4: %5</translation>
    </message>
    <message>
        <source>Rest of the organisation: %1</source>
        <translation>Rest der Organisation: %1</translation>
    </message>
    <message>
        <source>Click to list the learners</source>
        <translation>Klicken, um die Lernenden aufzulisten</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Wöchentliche Aktivquote</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Aktivquote</translation>
    </message>
    <message>
        <source>Pilot cohort</source>
        <translation>Pilotkohorte</translation>
    </message>
    <message>
        <source>Rest of the organisation</source>
        <translation>Rest der Organisation</translation>
    </message>
    <message>
        <source>Pace to target</source>
        <translation>Zielpfad</translation>
    </message>
    <message>
        <source>30/60/90-day targets</source>
        <translation>30/60/90-Tage-Ziele</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::WelcomePage</name>
    <message>
        <source>Welcome to Uptake</source>
        <translation>Willkommen bei Uptake</translation>
    </message>
    <message>
        <source>Turn a bought LMS into a used one: diagnose where adoption stalls, design an engagement plan, pilot it with one cohort and report progress to your governance board against 30/60/90-day targets.</source>
        <translation>Machen Sie aus einem gekauften LMS ein genutztes: Diagnostizieren Sie, wo die Nutzung stockt, gestalten Sie einen Engagement-Plan, pilotieren Sie ihn mit einer Kohorte und berichten Sie Ihrem Steuerungsgremium über den Fortschritt gegenüber den 30/60/90-Tage-Zielen.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich erkunden</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>Uptake::Workspace</name>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not a workspace file.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an Uptake workspace: it is not an SQLite database file.</source>
        <translation>„%1“ ist kein Uptake-Arbeitsbereich: Es ist keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>There is no schema version %1.</source>
        <translation>Es gibt keine Schema-Version %1.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation>„%1“ kann nicht angelegt werden: Es gibt bereits eine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: it is a folder.</source>
        <translation>„%1“ kann nicht angelegt werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the time zone is not valid.</source>
        <translation>„%1“ kann nicht angelegt werden: Die Zeitzone ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be written.</source>
        <translation>„%1“ kann nicht angelegt werden: Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is not an Uptake workspace: it is an SQLite database of another application.</source>
        <translation>„%1“ ist kein Uptake-Arbeitsbereich: Es ist eine SQLite-Datenbank einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to open it.</source>
        <translation>„%1“ wurde von einer neueren Uptake-Version gespeichert (Arbeitsbereichsformat %2; diese Version liest bis %3). Aktualisieren Sie Uptake, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot open “%1” for editing: you do not have permission to write to it.</source>
        <translation>„%1“ kann nicht zum Bearbeiten geöffnet werden: Sie haben keine Schreibrechte.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Uptake and must be upgraded before it can be opened read-only. Open it for editing once to upgrade it.</source>
        <translation>„%1“ wurde von einer älteren Uptake-Version gespeichert und muss aktualisiert werden, bevor es schreibgeschützt geöffnet werden kann. Öffnen Sie es einmal zum Bearbeiten, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2 The file was left as it was.</source>
        <translation>„%1“ kann nicht aktualisiert werden: %2 Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>That time zone is not valid.</source>
        <translation>Diese Zeitzone ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot change the time zone: %1</source>
        <translation>Die Zeitzone kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Choose a different file: “%1” is the workspace itself.</source>
        <translation>Wählen Sie eine andere Datei: „%1“ ist der Arbeitsbereich selbst.</translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: the folder does not exist.</source>
        <translation>Eine Kopie kann nicht nach „%1“ gespeichert werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: %2</source>
        <translation>Eine Kopie kann nicht nach „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>Aktualisierung auf Schema-Version %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not provide a connection handle.</source>
        <translation>Der SQLite-Treiber hat kein Verbindungs-Handle bereitgestellt.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it lacks parts every Uptake workspace has (schema version %2).</source>
        <translation>„%1“ ist beschädigt: Es fehlen Teile, die jeder Uptake-Arbeitsbereich hat (Schema-Version %2).</translation>
    </message>
    <message>
        <source>“%1” is damaged or was changed outside Uptake, so it is not opened: %2.</source>
        <translation>„%1“ ist beschädigt oder wurde außerhalb von Uptake geändert und wird daher nicht geöffnet: %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation>„%1“ kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>sein Schema kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>column %1 is missing</source>
        <translation>Spalte %1 fehlt</translation>
    </message>
    <message>
        <source>column %1 is not defined as Uptake defines it</source>
        <translation>Spalte %1 ist anders definiert, als Uptake sie definiert</translation>
    </message>
    <message>
        <source>column %1 is unknown</source>
        <translation>Spalte %1 ist unbekannt</translation>
    </message>
    <message>
        <source>in table %1 %2</source>
        <translation>in Tabelle %1 %2</translation>
    </message>
    <message>
        <source>it lacks parts every Uptake workspace has (%1)</source>
        <translation>es fehlen Teile, die jeder Uptake-Arbeitsbereich hat (%1)</translation>
    </message>
    <message>
        <source>indexes are missing (%1)</source>
        <translation>Indizes fehlen (%1)</translation>
    </message>
    <message>
        <source>indexes differ from Uptake&apos;s (%1)</source>
        <translation>Indizes weichen von denen von Uptake ab (%1)</translation>
    </message>
    <message>
        <source>it has indexes Uptake did not create (%1)</source>
        <translation>es hat Indizes, die Uptake nicht angelegt hat (%1)</translation>
    </message>
    <message>
        <source>it contains triggers Uptake did not create, which could run code of unknown origin (%1)</source>
        <translation>es enthält Trigger, die Uptake nicht angelegt hat und die Code unbekannter Herkunft ausführen könnten (%1)</translation>
    </message>
    <message>
        <source>it contains views Uptake did not create, which could run code of unknown origin (%1)</source>
        <translation>es enthält Sichten, die Uptake nicht angelegt hat und die Code unbekannter Herkunft ausführen könnten (%1)</translation>
    </message>
    <message>
        <source>it contains virtual tables Uptake did not create (%1)</source>
        <translation>es enthält virtuelle Tabellen, die Uptake nicht angelegt hat (%1)</translation>
    </message>
    <message>
        <source>Cannot connect to the team workspace “%1”: %2</source>
        <translation>Keine Verbindung zum Team-Arbeitsbereich „%1“ möglich: %2</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace: set it up with uptake server-init, or create one in an empty database.</source>
        <translation>„%1“ ist kein Team-Arbeitsbereich: Richten Sie ihn mit uptake server-init ein oder legen Sie einen in einer leeren Datenbank an.</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to open it.</source>
        <translation>„%1“ wurde von einer neueren Uptake-Version eingerichtet (Arbeitsbereichsformat %2; diese Version liest bis %3). Aktualisieren Sie Uptake, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so it is not opened: %2.</source>
        <translation>„%1“ wurde außerhalb von Uptake geändert und wird daher nicht geöffnet: %2.</translation>
    </message>
    <message>
        <source>“%1” was set up by an older version of Uptake; an editor must open it once (or run uptake server-init) to upgrade it.</source>
        <translation>„%1“ wurde von einer älteren Uptake-Version eingerichtet; eine Person mit Bearbeitungsrechten muss ihn einmal öffnen (oder uptake server-init ausführen), um ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>A team workspace lives on its server; a local copy of it cannot be saved yet.</source>
        <translation>Ein Team-Arbeitsbereich liegt auf seinem Server; eine lokale Kopie davon kann noch nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” is being written by an import that has it to itself. Open it again when the import has finished.</source>
        <translation>„%1“ wird gerade von einem Import geschrieben, der die Datei für sich allein hat. Öffnen Sie sie erneut, wenn der Import abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>Uptake::WorkspaceCopy</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace address: write it as postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine Adresse eines Team-Arbeitsbereichs: Schreiben Sie sie als postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace, not a workspace file.</source>
        <translation>„%1“ ist ein Team-Arbeitsbereich, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace yet: set the database up with uptake server-init first, then publish into it.</source>
        <translation>„%1“ ist noch kein Team-Arbeitsbereich: Richten Sie die Datenbank zuerst mit uptake server-init ein und veröffentlichen Sie dann darin.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace of format %2, this Uptake writes format %3: %4</source>
        <translation>„%1“ ist ein Team-Arbeitsbereich im Format %2, diese Uptake-Version schreibt Format %3: %4</translation>
    </message>
    <message>
        <source>run uptake server-init on it to upgrade it first.</source>
        <translation>Führen Sie zuerst uptake server-init darauf aus, um ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>update Uptake to publish into it.</source>
        <translation>Aktualisieren Sie Uptake, um darin zu veröffentlichen.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so nothing is published into it: %2.</source>
        <translation>„%1“ wurde außerhalb von Uptake geändert, daher wird nichts darin veröffentlicht: %2.</translation>
    </message>
    <message>
        <source>Cannot publish into “%1”: %2</source>
        <translation>In „%1“ kann nicht veröffentlicht werden: %2</translation>
    </message>
    <message>
        <source>The team workspace “%1” is not empty (it has rows in %2). Uptake publishes only into an empty team workspace, so that nothing on the server is overwritten: set up a new database with uptake server-init and publish into that.</source>
        <translation>Der Team-Arbeitsbereich „%1“ ist nicht leer (er hat Zeilen in %2). Uptake veröffentlicht nur in einen leeren Team-Arbeitsbereich, damit auf dem Server nichts überschrieben wird: Richten Sie mit uptake server-init eine neue Datenbank ein und veröffentlichen Sie darin.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of the workspace file: %2</source>
        <translation>Die Tabelle %1 der Arbeitsbereichsdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy the workspace settings: %1</source>
        <translation>Die Einstellungen des Arbeitsbereichs können nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Your role on the server may not reset the id counters of “%1”. Run uptake server-init on it again as the database&apos;s owner (that lets editors do it) and publish again.</source>
        <translation>Ihre Rolle auf dem Server darf die ID-Zähler von „%1“ nicht zurücksetzen. Führen Sie uptake server-init als Eigentümer der Datenbank erneut darauf aus (damit dürfen Personen mit Bearbeitungsrechten das) und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace, not a file to download into.</source>
        <translation>„%1“ ist ein Team-Arbeitsbereich, keine Datei, in die heruntergeladen werden kann.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: it is a folder.</source>
        <translation>Herunterladen nach „%1“ nicht möglich: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: a file with that name already exists.</source>
        <translation>Herunterladen nach „%1“ nicht möglich: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: the folder “%2” does not exist.</source>
        <translation>Herunterladen nach „%1“ nicht möglich: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace: there is nothing to download.</source>
        <translation>„%1“ ist kein Team-Arbeitsbereich: Es gibt nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to download it.</source>
        <translation>„%1“ wurde von einer neueren Uptake-Version eingerichtet (Arbeitsbereichsformat %2; diese Version liest Formate bis %3). Aktualisieren Sie Uptake, um ihn herunterzuladen.</translation>
    </message>
    <message>
        <source>“%1” was set up by an older version of Uptake; an editor must open it once (or run uptake server-init) to upgrade it before it can be downloaded.</source>
        <translation>„%1“ wurde von einer älteren Uptake-Version eingerichtet; eine Person mit Bearbeitungsrechten muss ihn einmal öffnen (oder uptake server-init ausführen), um ihn zu aktualisieren, bevor er heruntergeladen werden kann.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so it is not downloaded: %2.</source>
        <translation>„%1“ wurde außerhalb von Uptake geändert, daher wird er nicht heruntergeladen: %2.</translation>
    </message>
    <message>
        <source>Cannot download “%1”: %2</source>
        <translation>„%1“ kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: no temporary file can be made beside it.</source>
        <translation>Herunterladen nach „%1“ nicht möglich: Daneben kann keine temporäre Datei angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: %2</source>
        <translation>Herunterladen nach „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot download the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: the file could not be written.</source>
        <translation>Herunterladen nach „%1“ nicht möglich: Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Uptake::WorkspaceLock</name>
    <message>
        <source>this Uptake window</source>
        <translation>dieses Uptake-Fenster</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>einem unbekannten Computer</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 on %2 since %3 (process %4)</source>
        <translation>%1 auf %2 seit %3 (Prozess %4)</translation>
    </message>
    <message>
        <source>“%1” is already open for editing by %2. Open it read-only, or close it there first.</source>
        <translation>„%1“ ist bereits zum Bearbeiten geöffnet: %2. Öffnen Sie es schreibgeschützt oder schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <source>Cannot open “%1” for editing: its lock file “%2” cannot be written.</source>
        <translation>„%1“ kann nicht zum Bearbeiten geöffnet werden: Die Sperrdatei „%2“ ist nicht beschreibbar.</translation>
    </message>
</context>
</TS>
