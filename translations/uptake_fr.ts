<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Uptake::Aggregates</name>
    <message>
        <source>Cannot update the dashboard&apos;s figures: %1</source>
        <translation>Impossible de mettre à jour les chiffres du tableau de bord : %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Backups</name>
    <message>
        <source>Cannot make a backup: the folder “%1” cannot be created.</source>
        <translation>Impossible de faire une sauvegarde : le dossier « %1 » ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Cannot make a backup copy at “%1”: %2</source>
        <translation>Impossible de faire une copie de sauvegarde dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot restore from “%1”: %2</source>
        <translation>Impossible de restaurer à partir de « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot restore from “%1”: it is damaged (%2).</source>
        <translation>Impossible de restaurer à partir de « %1 » : la sauvegarde est endommagée (%2).</translation>
    </message>
    <message>
        <source>Cannot restore: the current workspace could not be kept first. %1</source>
        <translation>Impossible de restaurer : l&apos;espace de travail actuel n&apos;a pas pu être conservé au préalable. %1</translation>
    </message>
</context>
<context>
    <name>Uptake::BarrierChart</name>
    <message>
        <source>Barriers by frequency and severity</source>
        <translation>Obstacles par fréquence et gravité</translation>
    </message>
    <message>
        <source>%1: %2, interviews: %3</source>
        <translation>%1 : %2, entretiens : %3</translation>
    </message>
    <message>
        <source>The chart fills in as you register barriers and tag them in interviews.</source>
        <translation>Le graphique se remplit à mesure que vous enregistrez des obstacles et les associez aux entretiens.</translation>
    </message>
    <message>
        <source>Critical · interviews: 99</source>
        <translation>Critique · entretiens : 99</translation>
    </message>
    <message>
        <source>bar length: interviews that mention it</source>
        <translation>longueur de la barre : entretiens qui le mentionnent</translation>
    </message>
    <message>
        <source>%1 · interviews: %2</source>
        <translation>%1 · entretiens : %2</translation>
    </message>
</context>
<context>
    <name>Uptake::ChartFrame</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export this chart as an image or its data as CSV</source>
        <translation>Exporter ce graphique en image ou ses données en CSV</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Copier les données</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Uptake::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Fill the workspace with a believable demo organisation.</source>
        <translation>Remplir l&apos;espace de travail avec une organisation de démonstration réaliste.</translation>
    </message>
    <message>
        <source>Time zone for all date computations (default: the system&apos;s).</source>
        <translation>Fuseau horaire pour tous les calculs de dates (par défaut : celui du système).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Remplacer un fichier existant.</translation>
    </message>
    <message>
        <source>Seed of the demo generator.</source>
        <translation>Graine du générateur de démonstration.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The workspace file to create (*.uptake).</source>
        <translation>Le fichier d&apos;espace de travail à créer (*.uptake).</translation>
    </message>
    <message>
        <source>Create a new workspace.</source>
        <translation>Créer un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>init takes exactly one WORKSPACE path.</source>
        <translation>init attend exactement un chemin WORKSPACE.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Berlin.</source>
        <translation>Fuseau horaire inconnu « %1 » ; utilisez un nom IANA comme Europe/Paris.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>Format:         version %1</source>
        <translation>Format :        version %1</translation>
    </message>
    <message>
        <source>Time zone:      %1</source>
        <translation>Fuseau horaire : %1</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(pas encore nommé)</translation>
    </message>
    <message>
        <source>Program:        %1</source>
        <translation>Programme :     %1</translation>
    </message>
    <message>
        <source> — LMS: %1</source>
        <translation> — LMS : %1</translation>
    </message>
    <message>
        <source> — owner: %1</source>
        <translation> — responsable : %1</translation>
    </message>
    <message numerus="yes">
        <source>Pilots:         %n</source>
        <translation>
            <numerusform>Pilotes :       %n</numerusform>
            <numerusform>Pilotes :       %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>pas de date de début</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Learners:       %1 (%2 in the roster, %3 ever active)</source>
        <translation>Apprenants :    %1 (%2 dans la liste du personnel, %3 déjà actifs)</translation>
    </message>
    <message>
        <source>Courses:        %1</source>
        <translation>Cours :         %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Événements :    %1</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 au %2)</translation>
    </message>
    <message>
        <source>Performance:    %1 values</source>
        <translation>Performance :   %1 valeurs</translation>
    </message>
    <message>
        <source>Imports:        %1 (%2 rejected rows)</source>
        <translation>Imports :       %1 (%2 lignes rejetées)</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>la liste du personnel</translation>
    </message>
    <message>
        <source>learners seen</source>
        <translation>apprenants vus</translation>
    </message>
    <message>
        <source>Failed logins:  %1</source>
        <translation>Échecs de connexion : %1</translation>
    </message>
    <message>
        <source>No usage data yet: import an LMS export to see weekly active users and completion.</source>
        <translation>Pas encore de données d&apos;utilisation : importez un export du LMS pour voir les utilisateurs actifs par semaine et les achèvements.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Afficher un objet JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>The workspace file (*.uptake).</source>
        <translation>Le fichier d&apos;espace de travail (*.uptake).</translation>
    </message>
    <message>
        <source>Show a workspace&apos;s schema version, program, pilots and row counts.</source>
        <translation>Afficher la version du schéma, le programme, les pilotes et le nombre de lignes d&apos;un espace de travail.</translation>
    </message>
    <message>
        <source>info takes exactly one WORKSPACE path.</source>
        <translation>info attend exactement un chemin WORKSPACE.</translation>
    </message>
    <message>
        <source>What the file holds: events, roster or performance.</source>
        <translation>Ce que contient le fichier : events, roster ou performance.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>A format from &apos;uptake presets&apos; (default: detected).</source>
        <translation>Un format de &apos;uptake presets&apos; (par défaut : détecté).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Which column feeds a field; join columns with +. Repeatable.</source>
        <translation>Quelle colonne alimente un champ ; joindre des colonnes avec +. Répétable.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN[+COLUMN]</source>
        <translation>FIELD=COLUMN[+COLUMN]</translation>
    </message>
    <message>
        <source>One fixed value for a field in every row. Repeatable.</source>
        <translation>Une valeur fixe pour un champ dans chaque ligne. Répétable.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>Field delimiter: , ; tab | (default: detected).</source>
        <translation>Séparateur de champs : , ; tab | (par défaut : détecté).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 ou latin1 (par défaut : détecté).</translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation>La première ligne contient des données, pas des noms de colonnes.</translation>
    </message>
    <message>
        <source>iso, epoch, epoch-ms, moodle, moodle-long, us, excel, relative-days (default: detected).</source>
        <translation>iso, epoch, epoch-ms, moodle, moodle-long, us, excel, relative-days (par défaut : détecté).</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <source>dmy or mdy, when dates like 03/04 are ambiguous.</source>
        <translation>dmy ou mdy, quand des dates comme 03/04 sont ambiguës.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Zone of time stamps without an offset (default: the workspace&apos;s).</source>
        <translation>Fuseau des horodatages sans décalage (par défaut : celui de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>Day 0 for dates given as day numbers (OULAD).</source>
        <translation>Jour 0 pour les dates données en numéros de jour (OULAD).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Event values that mean completed.</source>
        <translation>Valeurs d&apos;événement signifiant « achevé ».</translation>
    </message>
    <message>
        <source>V1,V2</source>
        <translation>V1,V2</translation>
    </message>
    <message>
        <source>Check every row, write nothing.</source>
        <translation>Vérifier chaque ligne, ne rien écrire.</translation>
    </message>
    <message>
        <source>Import a file even if the same bytes were imported before.</source>
        <translation>Importer un fichier même si les mêmes octets ont déjà été importés.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>The file to import (CSV, TSV or xAPI JSON).</source>
        <translation>Le fichier à importer (CSV, TSV ou JSON xAPI).</translation>
    </message>
    <message>
        <source>Import one file as one batch: all of it or nothing.</source>
        <translation>Importer un fichier en un seul lot : tout ou rien.</translation>
    </message>
    <message>
        <source>import takes a WORKSPACE and a FILE.</source>
        <translation>import attend un WORKSPACE et un FILE.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”; &apos;uptake presets&apos; lists them.</source>
        <translation>Format prédéfini inconnu « %1 » ; &apos;uptake presets&apos; les liste.</translation>
    </message>
    <message>
        <source>--kind takes events, roster or performance.</source>
        <translation>--kind attend events, roster ou performance.</translation>
    </message>
    <message>
        <source>Preset “%1” is for another kind of data.</source>
        <translation>Le format prédéfini « %1 » est destiné à un autre type de données.</translation>
    </message>
    <message>
        <source>Say what the file holds with --kind events, roster or performance.</source>
        <translation>Indiquez ce que contient le fichier avec --kind events, roster ou performance.</translation>
    </message>
    <message>
        <source>--map %1: expected FIELD=COLUMN with FIELD one of %2.</source>
        <translation>--map %1 : FIELD=COLUMN attendu, FIELD parmi %2.</translation>
    </message>
    <message>
        <source>--const %1: expected FIELD=VALUE with FIELD one of %2.</source>
        <translation>--const %1 : FIELD=VALUE attendu, FIELD parmi %2.</translation>
    </message>
    <message>
        <source>--delimiter takes one character (or &apos;tab&apos;).</source>
        <translation>--delimiter attend un caractère (ou &apos;tab&apos;).</translation>
    </message>
    <message>
        <source>--day-order takes dmy or mdy.</source>
        <translation>--day-order attend dmy ou mdy.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Fuseau horaire inconnu « %1 ».</translation>
    </message>
    <message>
        <source>--start-date takes a date like 2013-10-01.</source>
        <translation>--start-date attend une date comme 2013-10-01.</translation>
    </message>
    <message>
        <source>Dry run of %1 (nothing written)</source>
        <translation>Essai à blanc de %1 (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2</source>
        <translation>%1 importé comme lot %2</translation>
    </message>
    <message>
        <source>  format: %1, encoding %2, dates %3</source>
        <translation>  format : %1, encodage %2, dates %3</translation>
    </message>
    <message>
        <source>  rows read %1, imported %2, rejected %3, already present %4</source>
        <translation>  lignes lues %1, importées %2, rejetées %3, déjà présentes %4</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3 (value “%4”)</source>
        <translation>  ligne %1, colonne %2 : %3 (valeur « %4 »)</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows, kept in the workspace with their reasons</source>
        <translation>  … et %1 autres lignes rejetées, conservées dans l&apos;espace de travail avec leur motif</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>List the export formats Uptake recognises.</source>
        <translation>Lister les formats d&apos;export reconnus par Uptake.</translation>
    </message>
    <message>
        <source>recognised by: %1</source>
        <translation>reconnu par : %1</translation>
    </message>
    <message>
        <source>recognised by: no header, %1 columns</source>
        <translation>reconnu par : pas d&apos;en-tête, %1 colonnes</translation>
    </message>
    <message>
        <source>Remove exactly the rows one import added.</source>
        <translation>Supprimer exactement les lignes ajoutées par un import.</translation>
    </message>
    <message>
        <source>undo-import takes a WORKSPACE and a BATCH number.</source>
        <translation>undo-import attend un WORKSPACE et un numéro BATCH.</translation>
    </message>
    <message>
        <source>Removed import %1.</source>
        <translation>Import %1 supprimé.</translation>
    </message>
    <message>
        <source>unknown command or option “%1”.</source>
        <translation>commande ou option inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Start from a mapping saved by name (in the wizard or with --save-profile).</source>
        <translation>Partir d&apos;une correspondance enregistrée sous un nom (dans l&apos;assistant ou avec --save-profile).</translation>
    </message>
    <message>
        <source>Save the mapping and settings used as a named profile, for --profile.</source>
        <translation>Enregistrer la correspondance et les réglages utilisés comme profil nommé, pour --profile.</translation>
    </message>
    <message>
        <source>Give either --preset or --profile, not both.</source>
        <translation>Indiquez --preset ou --profile, pas les deux.</translation>
    </message>
    <message>
        <source>Unknown profile “%1”: no profiles are saved yet (use --save-profile NAME or the import wizard).</source>
        <translation>Profil inconnu « %1 » : aucun profil n&apos;est encore enregistré (utilisez --save-profile NAME ou l&apos;assistant d&apos;import).</translation>
    </message>
    <message>
        <source>Unknown profile “%1”; the saved profiles are: %2.</source>
        <translation>Profil inconnu « %1 » ; profils enregistrés : %2.</translation>
    </message>
    <message>
        <source>Profile “%1” is for %2 data, not %3.</source>
        <translation>Le profil « %1 » est destiné aux données %2, pas %3.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in format; choose another profile name.</source>
        <translation>« %1 » est le nom d&apos;un format intégré ; choisissez un autre nom de profil.</translation>
    </message>
    <message>
        <source>  saved the mapping as profile “%1” (use it with --profile)</source>
        <translation>  correspondance enregistrée comme profil « %1 » (à utiliser avec --profile)</translation>
    </message>
    <message>
        <source>Saved profiles (use with --profile NAME):</source>
        <translation>Profils enregistrés (à utiliser avec --profile NAME) :</translation>
    </message>
    <message>
        <source>saved profile</source>
        <translation>profil enregistré</translation>
    </message>
    <message>
        <source>saved profile, based on %1</source>
        <translation>profil enregistré, basé sur %1</translation>
    </message>
    <message>
        <source>maps: %1</source>
        <translation>correspondances : %1</translation>
    </message>
    <message>
        <source>The pilot whose plan to export (needed when there are several).</source>
        <translation>Le pilote dont exporter le plan (nécessaire s&apos;il y en a plusieurs).</translation>
    </message>
    <message>
        <source>Write Markdown for a wiki (the default).</source>
        <translation>Écrire du Markdown pour un wiki (par défaut).</translation>
    </message>
    <message>
        <source>Write one JSON object.</source>
        <translation>Écrire un objet JSON.</translation>
    </message>
    <message>
        <source>The date overdue actions are judged against (default: today).</source>
        <translation>La date de référence pour les actions en retard (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Export a pilot&apos;s adoption plan: phases, checklists, interviews, barriers, levers, PLAN cycles with measured adaptations, decisions, retirement candidates and actions.</source>
        <translation>Exporter le plan d&apos;adoption d&apos;un pilote : phases, listes de contrôle, entretiens, obstacles, leviers, cycles PLAN avec adaptations mesurées, décisions, candidats au retrait et actions.</translation>
    </message>
    <message>
        <source>plan takes exactly one WORKSPACE path.</source>
        <translation>plan attend exactement un chemin WORKSPACE.</translation>
    </message>
    <message>
        <source>Choose one of --markdown and --json.</source>
        <translation>Choisissez --markdown ou --json.</translation>
    </message>
    <message>
        <source>--today takes a date such as 2026-10-30.</source>
        <translation>--today attend une date comme 2026-10-30.</translation>
    </message>
    <message>
        <source>There is no pilot called “%1”.</source>
        <translation>Aucun pilote ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>The workspace has no pilot yet.</source>
        <translation>L&apos;espace de travail n&apos;a pas encore de pilote.</translation>
    </message>
    <message>
        <source>Name the pilot with --pilot: %1.</source>
        <translation>Nommez le pilote avec --pilot : %1.</translation>
    </message>
    <message>
        <source>Compute for this pilot: its cohort, targets and comparison.</source>
        <translation>Calculer pour ce pilote : sa cohorte, ses objectifs et sa comparaison.</translation>
    </message>
    <message>
        <source>Only people with this roster attribute (repeatable).</source>
        <translation>Uniquement les personnes ayant cet attribut dans la liste du personnel (répétable).</translation>
    </message>
    <message>
        <source>ATTRIBUTE=VALUE</source>
        <translation>ATTRIBUTE=VALUE</translation>
    </message>
    <message>
        <source>First day of the window (default: the first day with data).</source>
        <translation>Premier jour de la période (par défaut : le premier jour avec des données).</translation>
    </message>
    <message>
        <source>Last day of the window (default: the last day with data).</source>
        <translation>Dernier jour de la période (par défaut : le dernier jour avec des données).</translation>
    </message>
    <message>
        <source>Learning activity for the correlation: minutes or events.</source>
        <translation>Activité d&apos;apprentissage pour la corrélation : minutes ou events.</translation>
    </message>
    <message>
        <source>minutes|events</source>
        <translation>minutes|events</translation>
    </message>
    <message>
        <source>Session timeout for estimated learning time, in minutes (10, 15, 20, 30, 45, 60 or 90).</source>
        <translation>Délai d&apos;expiration de session pour le temps d&apos;apprentissage estimé, en minutes (10, 15, 20, 30, 45, 60 ou 90).</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>The performance KPI to correlate with (default: the most frequent).</source>
        <translation>L&apos;indicateur de performance à corréler (par défaut : le plus fréquent).</translation>
    </message>
    <message>
        <source>Write the weekly figures as CSV.</source>
        <translation>Écrire les chiffres hebdomadaires en CSV.</translation>
    </message>
    <message>
        <source>Print how each metric is defined, then exit.</source>
        <translation>Afficher la définition de chaque indicateur, puis quitter.</translation>
    </message>
    <message>
        <source>Compute the adoption metrics of a workspace.</source>
        <translation>Calculer les indicateurs d&apos;adoption d&apos;un espace de travail.</translation>
    </message>
    <message>
        <source>metrics takes exactly one WORKSPACE path.</source>
        <translation>metrics attend exactement un chemin WORKSPACE.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Choisissez --json ou --csv.</translation>
    </message>
    <message>
        <source>--cohort takes ATTRIBUTE=VALUE, such as department=Support.</source>
        <translation>--cohort attend ATTRIBUTE=VALUE, par exemple department=Support.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-09-21.</source>
        <translation>--%1 attend une date comme 2026-09-21.</translation>
    </message>
    <message>
        <source>--activity takes minutes or events.</source>
        <translation>--activity attend minutes ou events.</translation>
    </message>
    <message>
        <source>--session-timeout takes 10, 15, 20, 30, 45, 60 or 90.</source>
        <translation>--session-timeout attend 10, 15, 20, 30, 45, 60 ou 90.</translation>
    </message>
    <message>
        <source>Window: %1 to %2 (%3)</source>
        <translation>Période : du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Pilot: %1</source>
        <translation>Pilote : %1</translation>
    </message>
    <message>
        <source>Learners in the cohort: %L1%2</source>
        <translation>Apprenants de la cohorte : %L1%2</translation>
    </message>
    <message>
        <source> (no roster: everyone seen in the data)</source>
        <translation> (pas de liste du personnel : tous ceux vus dans les données)</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Utilisateurs actifs par semaine</translation>
    </message>
    <message>
        <source>Completion: %1 of %L2 learner–course pairs</source>
        <translation>Achèvement : %1 de %L2 paires apprenant–cours</translation>
    </message>
    <message>
        <source>(%L1 of %L2)</source>
        <translation>(%L1 sur %L2)</translation>
    </message>
    <message>
        <source>Time to first completion: median %1 days (quartiles %2–%3), n = %L4</source>
        <translation>Délai avant le premier achèvement : médiane %1 jours (quartiles %2–%3), n = %L4</translation>
    </message>
    <message>
        <source>Time to first completion: nobody completed anything in the window</source>
        <translation>Délai avant le premier achèvement : personne n&apos;a rien achevé sur la période</translation>
    </message>
    <message>
        <source>Learning time: %L1 hours (%2)</source>
        <translation>Temps d&apos;apprentissage : %L1 heures (%2)</translation>
    </message>
    <message numerus="yes">
        <source>estimated from event gaps under %n minutes</source>
        <translation>
            <numerusform>estimé à partir des écarts entre événements de moins de %n minute</numerusform>
            <numerusform>estimé à partir des écarts entre événements de moins de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>from the duration column</source>
        <translation>d&apos;après la colonne de durée</translation>
    </message>
    <message>
        <source>Learning and %1: r = %2 (95% CI %3 to %4), Spearman ρ = %5, n = %L6%7</source>
        <translation>Apprentissage et %1 : r = %2 (IC à 95 % %3 à %4), ρ de Spearman = %5, n = %L6%7</translation>
    </message>
    <message>
        <source> (small n: read with care)</source>
        <translation> (n faible : à lire avec prudence)</translation>
    </message>
    <message>
        <source>  Correlation is not causation.</source>
        <translation>  Corrélation n&apos;est pas causalité.</translation>
    </message>
    <message>
        <source>Under-engaged cohorts (last two weeks)</source>
        <translation>Cohortes peu engagées (deux dernières semaines)</translation>
    </message>
    <message>
        <source>%L1 people</source>
        <translation>%L1 personnes</translation>
    </message>
    <message>
        <source>Most drop-offs: %1, %L2 of %L3 learners did not complete; %4 stopped at “%5”</source>
        <translation>Plus d&apos;abandons : %1, %L2 apprenants sur %L3 n&apos;ont pas achevé ; %4 se sont arrêtés à « %5 »</translation>
    </message>
    <message>
        <source>(no content item)</source>
        <translation>(aucun élément de contenu)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped engaging: %Ln learner(s)</source>
        <translation>
            <numerusform>Ne participent plus : %Ln apprenant</numerusform>
            <numerusform>Ne participent plus : %Ln apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilot vs the rest: active rate %1 → %2 against %3 → %4 (difference in differences %5 points)</source>
        <translation>Pilote face au reste : taux d&apos;activité %1 → %2 contre %3 → %4 (différence des différences %5 points)</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <source>diff. in diff.</source>
        <translation>diff. des diff.</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>réel %1</translation>
    </message>
    <message>
        <source>last four weeks %1, pace line %2: %3</source>
        <translation>quatre dernières semaines %1, trajectoire %2 : %3</translation>
    </message>
    <message>
        <source>The pilot to report on (needed when there are several).</source>
        <translation>Le pilote concerné par le rapport (nécessaire s&apos;il y en a plusieurs).</translation>
    </message>
    <message>
        <source>The report&apos;s date (default: the last day with data).</source>
        <translation>La date du rapport (par défaut : le dernier jour avec des données).</translation>
    </message>
    <message>
        <source>Report changes after this date (default: the previous report&apos;s date, else the pilot&apos;s start).</source>
        <translation>Rapporter les changements après cette date (par défaut : la date du rapport précédent, sinon le début du pilote).</translation>
    </message>
    <message>
        <source>Comma-separated sections to include (default: all): %1.</source>
        <translation>Sections séparées par des virgules (par défaut : toutes) : %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Use the sections of a report template saved in Uptake.</source>
        <translation>Utiliser les sections d&apos;un modèle de rapport enregistré dans Uptake.</translation>
    </message>
    <message>
        <source>Name the learners who stopped engaging (default: counts only).</source>
        <translation>Nommer les apprenants qui ne participent plus (par défaut : seulement les effectifs).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: Preferences, else the locale&apos;s).</source>
        <translation>Format du papier : a4 ou letter (par défaut : les préférences, sinon celui des paramètres régionaux).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Who prepared the report (default: the program owner).</source>
        <translation>Qui a préparé le rapport (par défaut : le responsable du programme).</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced atomically).</source>
        <translation>Le fichier PDF à écrire (remplacé de façon atomique).</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Also write each of the report&apos;s tables as a CSV file here.</source>
        <translation>Écrire aussi ici chaque tableau du rapport en fichier CSV.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write a pilot&apos;s status report as a PDF: cover, executive summary, charts, PLAN cycles, governance, the 30/60/90-day plan, risks and an appendix. Needs no display.</source>
        <translation>Écrire le rapport d&apos;avancement d&apos;un pilote en PDF : couverture, synthèse, graphiques, cycles PLAN, gouvernance, plan à 30/60/90 jours, risques et annexe. Aucun écran nécessaire.</translation>
    </message>
    <message>
        <source>report takes exactly one WORKSPACE path.</source>
        <translation>report attend exactement un chemin WORKSPACE.</translation>
    </message>
    <message>
        <source>Say where to write the report with --out FILE.pdf (or --csv-dir DIR).</source>
        <translation>Indiquez où écrire le rapport avec --out FILE.pdf (ou --csv-dir DIR).</translation>
    </message>
    <message>
        <source>Give either --sections or --template, not both.</source>
        <translation>Indiquez --sections ou --template, pas les deux.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-30.</source>
        <translation>--%1 attend une date comme 2026-10-30.</translation>
    </message>
    <message>
        <source>Unknown report template “%1”: none is saved yet (save one on the Report page).</source>
        <translation>Modèle de rapport inconnu « %1 » : aucun n&apos;est encore enregistré (enregistrez-en un sur la page Rapport).</translation>
    </message>
    <message>
        <source>Unknown report template “%1”; the saved templates are: %2.</source>
        <translation>Modèle de rapport inconnu « %1 » ; modèles enregistrés : %2.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper attend a4 ou letter.</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à « %1 ».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) as CSV to %1</source>
        <translation>
            <numerusform>%n tableau écrit en CSV dans %1</numerusform>
            <numerusform>%n tableaux écrits en CSV dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 écrit (%n page)</numerusform>
            <numerusform>%1 écrit (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the workspace is on a network file system (%1), where SQLite&apos;s locking is unreliable.</source>
        <translation>avertissement : l&apos;espace de travail se trouve sur un système de fichiers réseau (%1), où le verrouillage de SQLite n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>The database, as postgresql://USER@HOST:PORT/DATABASE (USER: its owner).</source>
        <translation>La base de données, sous la forme postgresql://USER@HOST:PORT/DATABASE (USER : son propriétaire).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Let this login role edit the workspace (created if missing).</source>
        <translation>Autoriser ce rôle de connexion à modifier l&apos;espace de travail (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Let this login role only read the workspace (created if missing).</source>
        <translation>N&apos;autoriser ce rôle de connexion qu&apos;à lire l&apos;espace de travail (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Set up a team workspace on PostgreSQL: the schema in an empty database (or an upgrade of an existing team workspace), the roles DB_editor (may change everything) and DB_reader (may only read), and login roles as their members. Safe to run again. Login roles are created without a password; set one with ALTER ROLE NAME PASSWORD &apos;…&apos;.</source>
        <translation>Configurer un espace de travail d&apos;équipe sur PostgreSQL : le schéma dans une base de données vide (ou la mise à niveau d&apos;un espace de travail d&apos;équipe existant), les rôles DB_editor (peut tout modifier) et DB_reader (peut seulement lire), et des rôles de connexion qui en sont membres. Peut être relancé sans risque. Les rôles de connexion sont créés sans mot de passe ; définissez-en un avec ALTER ROLE NAME PASSWORD &apos;…&apos;.</translation>
    </message>
    <message>
        <source>server-init takes --url and no other arguments.</source>
        <translation>server-init attend --url et aucun autre argument.</translation>
    </message>
    <message>
        <source>--url takes a postgresql:// address.</source>
        <translation>--url attend une adresse postgresql://.</translation>
    </message>
    <message>
        <source>Created the team workspace %1</source>
        <translation>Espace de travail d&apos;équipe %1 créé</translation>
    </message>
    <message>
        <source>Upgraded the team workspace %1 from format %2</source>
        <translation>Espace de travail d&apos;équipe %1 mis à niveau depuis le format %2</translation>
    </message>
    <message>
        <source>The team workspace %1 was already set up</source>
        <translation>L&apos;espace de travail d&apos;équipe %1 était déjà configuré</translation>
    </message>
    <message>
        <source>Roles: %1 (may edit), %2 (may only read)</source>
        <translation>Rôles : %1 (peut modifier), %2 (peut seulement lire)</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Accès accordé : %1</translation>
    </message>
    <message>
        <source>Replace an existing workspace file.</source>
        <translation>Remplacer un fichier d&apos;espace de travail existant.</translation>
    </message>
    <message>
        <source>The workspace file to publish (*.uptake).</source>
        <translation>Le fichier d&apos;espace de travail à publier (*.uptake).</translation>
    </message>
    <message>
        <source>The empty team workspace to fill, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>L&apos;espace de travail d&apos;équipe vide à remplir, postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The team workspace, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>L&apos;espace de travail d&apos;équipe, postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Copy a workspace file, all of it, into an empty team workspace (set up with server-init): all or nothing, ids kept. Ctrl+C stops it and leaves the server as it was.</source>
        <translation>Copier un fichier d&apos;espace de travail, en entier, dans un espace de travail d&apos;équipe vide (configuré avec server-init) : tout ou rien, identifiants conservés. Ctrl+C l&apos;arrête et laisse le serveur tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Copy a team workspace, all of it, into a new workspace file: built beside the file and moved into place when complete. Ctrl+C stops it and leaves any existing file as it was.</source>
        <translation>Copier un espace de travail d&apos;équipe, en entier, dans un nouveau fichier d&apos;espace de travail : construit à côté du fichier et mis en place une fois terminé. Ctrl+C l&apos;arrête et laisse tout fichier existant tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>publish takes a FILE and a postgresql:// URL.</source>
        <translation>publish attend un FILE et une URL postgresql://.</translation>
    </message>
    <message>
        <source>download takes a postgresql:// URL and a FILE.</source>
        <translation>download attend une URL postgresql:// et un FILE.</translation>
    </message>
    <message>
        <source>publish copies a workspace FILE to a postgresql:// URL, in that order.</source>
        <translation>publish copie un FILE d&apos;espace de travail vers une URL postgresql://, dans cet ordre.</translation>
    </message>
    <message>
        <source>download copies a postgresql:// URL to a workspace FILE, in that order.</source>
        <translation>download copie une URL postgresql:// vers un FILE d&apos;espace de travail, dans cet ordre.</translation>
    </message>
    <message>
        <source>Published %1 to %2</source>
        <translation>%1 publié vers %2</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2</source>
        <translation>%1 téléchargé vers %2</translation>
    </message>
    <message>
        <source>  %1 rows in %2 tables</source>
        <translation>  %1 lignes dans %2 tables</translation>
    </message>
    <message>
        <source>The workspace has no usage data yet: import an LMS export first (uptake import WORKSPACE FILE --kind events).</source>
        <translation>L&apos;espace de travail n&apos;a pas encore de données d&apos;utilisation : importez d&apos;abord un export du LMS (uptake import WORKSPACE FILE --kind events).</translation>
    </message>
    <message>
        <source>Completion:     %1 in the last four weeks, %2 to %3 (of the %L4 learner–course pairs active in them)</source>
        <translation>Achèvement :    %1 sur les quatre dernières semaines, du %2 au %3 (des %L4 paires apprenant–cours actives pendant ces semaines)</translation>
    </message>
    <message>
        <source>                %1 over all the data, %2 to %3</source>
        <translation>                %1 sur l&apos;ensemble des données, du %2 au %3</translation>
    </message>
    <message>
        <source>  rows read %1, would import %2, rejected %3, already present %4</source>
        <translation>  lignes lues %1, à importer %2, rejetées %3, déjà présentes %4</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows</source>
        <translation>  … et %1 autres lignes rejetées</translation>
    </message>
    <message>
        <source>Weekly active:  %1 learners in the last 7 days, %2 to %3 (%4 of %5)</source>
        <translation>Actifs par semaine : %1 apprenants sur les 7 derniers jours, du %2 au %3 (%4 de %5)</translation>
    </message>
    <message>
        <source>                %1 in the last full week, Monday %2 to Sunday %3 (%4)</source>
        <translation>                     %1 la dernière semaine complète, du lundi %2 au dimanche %3 (%4)</translation>
    </message>
    <message>
        <source>                no full week (Monday to Sunday) in the data yet</source>
        <translation>                     pas encore de semaine complète (lundi à dimanche) dans les données</translation>
    </message>
    <message>
        <source>  new events from %1 to %2, %3 of them completions</source>
        <translation>  nouveaux événements du %1 au %2, dont %3 achèvements</translation>
    </message>
    <message>
        <source>  new values from %1 to %2</source>
        <translation>  nouvelles valeurs du %1 au %2</translation>
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
        <translation>Usage : uptake [WORKSPACE]                 ouvrir Uptake (sur WORKSPACE, un fichier *.uptake)
       uptake init WORKSPACE [--demo] [--timezone TZ] [--force]
                                          créer un espace de travail (--demo le remplit d&apos;une démo)
       uptake info WORKSPACE [--json]     version du schéma, programme, pilotes, nombre de lignes
       uptake import WORKSPACE FILE --kind events|roster|performance [options]
                                          importer un export du LMS, une liste du personnel ou un fichier de performance
       uptake presets [--json]            les formats d&apos;export reconnus par Uptake et les profils enregistrés
       uptake imports WORKSPACE [--json] [--rejected BATCH]
                                          l’historique des imports (ou les lignes rejetées d’un import, en CSV)
       uptake undo-import WORKSPACE BATCH supprimer exactement ce qu&apos;un import a ajouté
       uptake metrics WORKSPACE [--pilot NAME] [--cohort ATTR=VALUE]... [--from DATE] [--to DATE]
                      [--activity minutes|events] [--session-timeout MIN] [--kpi NAME] [--json|--csv]
                                          indicateurs d&apos;adoption par rapport aux objectifs à 30/60/90 jours
       uptake metrics --definitions          comment chaque indicateur est défini
       uptake plan WORKSPACE [--pilot NAME] [--markdown|--json]
                                          exporter le plan d&apos;adoption complet d&apos;un pilote
       uptake report WORKSPACE [--pilot NAME] [--as-of DATE] [--sections LIST] [--template NAME]
                     --out FILE.pdf [--csv-dir DIR]
                                          le rapport d&apos;avancement PDF pour le comité de pilotage
       uptake server-init --url postgresql://USER@HOST:PORT/DB [--add-editor NAME]... [--add-reader NAME]...
                                          configurer un espace de travail d&apos;équipe et ses rôles sur un serveur PostgreSQL
       uptake publish FILE.uptake postgresql://USER@HOST:PORT/DB [--json]
                                          copier un fichier d&apos;espace de travail dans un espace de travail d&apos;équipe vide
       uptake download postgresql://USER@HOST:PORT/DB FILE.uptake [--force] [--json]
                                          copier un espace de travail d&apos;équipe dans un nouveau fichier d&apos;espace de travail
       uptake --help | --version

WORKSPACE est un fichier d&apos;espace de travail (*.uptake) ou un espace de travail d&apos;équipe, postgresql://USER@HOST:PORT/DATABASE
(mot de passe tiré de l&apos;URL, de PGPASSWORD ou de ~/.pgpass).

Lancez « uptake COMMAND --help » pour les options d&apos;une commande.
Codes de sortie : 0 succès, 1 erreur d&apos;utilisation, 2 problème avec l&apos;entrée ou les données.
</translation>
    </message>
    <message>
        <source>Print the rows import BATCH rejected, as CSV: line, column, value, reason, row.</source>
        <translation>Afficher les lignes rejetées par le lot BATCH, en CSV : ligne, colonne, valeur, raison, ligne d’origine.</translation>
    </message>
    <message>
        <source>List a workspace&apos;s imports, newest first: file, format, when, counts.</source>
        <translation>Lister les imports d’un espace de travail, du plus récent au plus ancien : fichier, format, date, décomptes.</translation>
    </message>
    <message>
        <source>imports takes exactly one WORKSPACE path.</source>
        <translation>imports attend exactement un chemin WORKSPACE.</translation>
    </message>
    <message>
        <source>--rejected takes a BATCH number, and prints CSV (not --json).</source>
        <translation>--rejected attend un numéro de lot BATCH et produit du CSV (pas --json).</translation>
    </message>
    <message>
        <source>There is no import %1; &apos;uptake imports&apos; lists them.</source>
        <translation>Il n’y a pas d’import %1 ; « uptake imports » les liste.</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Rien n’a encore été importé.</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>    imported %1; rows read %2, imported %3, rejected %4, already present %5</source>
        <translation>    importé le %1 ; lignes lues %2, importées %3, rejetées %4, déjà présentes %5</translation>
    </message>
    <message>
        <source>The batch id that &apos;uptake import&apos; printed (&apos;uptake imports&apos; lists them all).</source>
        <translation>Le numéro de lot affiché par « uptake import » (« uptake imports » les liste tous).</translation>
    </message>
</context>
<context>
    <name>Uptake::CohortAttribute</name>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>Uptake::ConflictDialog</name>
    <message>
        <source>&amp;Keep Their Version</source>
        <translation>&amp;Conserver leur version</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Écraser avec ma version</translation>
    </message>
    <message>
        <source>&amp;Overwrite with This Step</source>
        <translation>&amp;Écraser avec cette étape</translation>
    </message>
    <message>
        <source>Edit Conflict</source>
        <translation>Conflit de modification</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>%1 changed the %2 after your last change to it.</source>
        <translation>%1 a modifié l&apos;élément (%2) après votre dernière modification.</translation>
    </message>
    <message>
        <source>%1 changed the %2 after you opened it.</source>
        <translation>%1 a modifié l&apos;élément (%2) après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Their version was saved on %1.</source>
        <translation>Leur version a été enregistrée le %1.</translation>
    </message>
    <message>
        <source>Someone else deleted the %1 after you opened it.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé l&apos;élément (%1) après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Keeping their version leaves it deleted; overwriting stores yours again.</source>
        <translation>Si vous conservez leur version, l&apos;élément reste supprimé ; si vous écrasez, votre version est de nouveau enregistrée.</translation>
    </message>
    <message>
        <source>Someone else has stored the %1 again meanwhile.</source>
        <translation>Quelqu&apos;un d&apos;autre a entre-temps enregistré de nouveau l&apos;élément (%1).</translation>
    </message>
    <message>
        <source>Keep their version to skip this undo step, or overwrite theirs with it.</source>
        <translation>Conservez leur version pour ignorer cette étape d&apos;annulation, ou écrasez la leur avec cette étape.</translation>
    </message>
    <message>
        <source>Keep their version to drop your changes, or overwrite theirs with yours.</source>
        <translation>Conservez leur version pour abandonner vos modifications, ou écrasez la leur avec la vôtre.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>This step&apos;s version</source>
        <translation>Version de cette étape</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Their version and yours, field by field</source>
        <translation>Leur version et la vôtre, champ par champ</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>(deleting it)</source>
        <translation>(suppression)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>an empty field</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, shown in bold.</source>
        <translation>
            <numerusform>%n champ diffère, affiché en gras.</numerusform>
            <numerusform>%n champs diffèrent, affichés en gras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the item as they saved it and drop this step from the undo history</source>
        <translation>Laisser l&apos;élément tel que l&apos;autre personne l&apos;a enregistré et retirer cette étape de l&apos;historique d&apos;annulation</translation>
    </message>
    <message>
        <source>Reload their version; your changes are dropped</source>
        <translation>Recharger leur version ; vos modifications sont abandonnées</translation>
    </message>
    <message>
        <source>Apply this step over their version</source>
        <translation>Appliquer cette étape par-dessus leur version</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Enregistrer votre version à la place de la leur</translation>
    </message>
    <message>
        <source>Save nothing and go back to your changes</source>
        <translation>Ne rien enregistrer et revenir à vos modifications</translation>
    </message>
</context>
<context>
    <name>Uptake::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>Se connecter à un espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <source>A team workspace lives on your organisation&apos;s PostgreSQL server, so several L&amp;D staff can work on the same program and the board can read it. Your IT team sets the database up with &lt;tt&gt;uptake server-init&lt;/tt&gt; and gives you an account: editors change the workspace, readers only see it.</source>
        <translation>Un espace de travail d&apos;équipe se trouve sur le serveur PostgreSQL de votre organisation : plusieurs membres de l&apos;équipe L&amp;D peuvent ainsi travailler sur le même programme, et le comité peut le consulter. Votre service informatique configure la base de données avec &lt;tt&gt;uptake server-init&lt;/tt&gt; et vous fournit un compte : les éditeurs modifient l&apos;espace de travail, les lecteurs le consultent seulement.</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ex. db.example.org</translation>
    </message>
    <message>
        <source>e.g. uptake</source>
        <translation>p. ex. uptake</translation>
    </message>
    <message>
        <source>Stored by your desktop&apos;s password manager, never in Uptake&apos;s settings.</source>
        <translation>Conservé par le gestionnaire de mots de passe de votre bureau, jamais dans les réglages d&apos;Uptake.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>Uptake::DataPage</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l&apos;import…</translation>
    </message>
    <message>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>&amp;Exporter les lignes rejetées…</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Pas encore de données d&apos;utilisation</translation>
    </message>
    <message>
        <source>Uptake works from your LMS&apos;s own exports: learning events (a log of views, starts and completions), your HR roster, and a performance measure per learner. Imports are all-or-nothing and every rejected row is kept with its reason.</source>
        <translation>Uptake travaille à partir des exports de votre LMS : événements d&apos;apprentissage (journal des consultations, démarrages et achèvements), votre liste du personnel RH et une mesure de performance par apprenant. Les imports se font en tout ou rien et chaque ligne rejetée est conservée avec son motif.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Rejected rows of the selected import</source>
        <translation>Lignes rejetées de l&apos;import sélectionné</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Rien n&apos;a encore été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s), %1 rows in the workspace, %2 rows rejected.</source>
        <translation>
            <numerusform>%n import, %1 lignes dans l&apos;espace de travail, %2 lignes rejetées.</numerusform>
            <numerusform>%n imports, %1 lignes dans l&apos;espace de travail, %2 lignes rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows of the selected import: %1</source>
        <translation>Lignes rejetées de l&apos;import sélectionné : %1</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Remove everything the import of “%1” added? Rows that other imports also brought stay. This cannot be undone; import the file again to restore it.</source>
        <translation>Supprimer tout ce que l&apos;import de « %1 » a ajouté ? Les lignes apportées aussi par d&apos;autres imports restent. Cette opération est irréversible ; importez à nouveau le fichier pour le rétablir.</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>lignes rejetées.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>Details of the selected import</source>
        <translation>Détails de l’import sélectionné</translation>
    </message>
    <message>
        <source>Select an import to see how its file was read.</source>
        <translation>Sélectionnez un import pour voir comment son fichier a été lu.</translation>
    </message>
</context>
<context>
    <name>Uptake::DataWriter</name>
    <message>
        <source>no database connection</source>
        <translation>pas de connexion à la base de données</translation>
    </message>
    <message>
        <source>The workspace connection is not open.</source>
        <translation>La connexion à l&apos;espace de travail n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>Impossible de commencer l&apos;écriture : %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;import : %1</translation>
    </message>
    <message>
        <source>Cannot store learner “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;apprenant « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot store course “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer le cours « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot store content “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer le contenu « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot store an event: %1</source>
        <translation>Impossible d&apos;enregistrer un événement : %1</translation>
    </message>
    <message>
        <source>Cannot store a performance value: %1</source>
        <translation>Impossible d&apos;enregistrer une valeur de performance : %1</translation>
    </message>
    <message>
        <source>Cannot record a rejected row: %1</source>
        <translation>Impossible d&apos;enregistrer une ligne rejetée : %1</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Rien à valider.</translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation>Impossible de terminer l&apos;import : %1</translation>
    </message>
    <message>
        <source>Cannot read the learners: %1</source>
        <translation>Impossible de lire les apprenants : %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Demo</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>The demo generator produced no events.</source>
        <translation>Le générateur de démonstration n&apos;a produit aucun événement.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation>Impossible de créer « %1 » : un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be moved into place.</source>
        <translation>Impossible de créer « %1 » : le fichier n&apos;a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>Before the pilot</source>
        <translation>Avant le pilote</translation>
    </message>
    <message>
        <source>Launch to the whole Customer Support cohort; find what stops people in the first two weeks.</source>
        <translation>Lancement pour toute la cohorte du service client ; identifier ce qui bloque les gens pendant les deux premières semaines.</translation>
    </message>
    <message>
        <source>Bring back those who stalled; fit learning around the hubs&apos; shifts.</source>
        <translation>Faire revenir ceux qui ont décroché ; caler l&apos;apprentissage sur les horaires des sites.</translation>
    </message>
    <message>
        <source>Tier learning paths and Monday nudges</source>
        <translation>Parcours par niveau et relances du lundi</translation>
    </message>
    <message>
        <source>All Customer Support agents</source>
        <translation>Tous les agents du service client</translation>
    </message>
    <message>
        <source>Peer champions in each hub</source>
        <translation>Ambassadeurs pairs dans chaque site</translation>
    </message>
    <message>
        <source>Manchester, Bengaluru, São Paulo</source>
        <translation>Manchester, Bengaluru, São Paulo</translation>
    </message>
    <message>
        <source>Split the 95-minute escalations module into short lessons of about 12 minutes and invited those who had stopped there back</source>
        <translation>Module de 95 minutes sur les escalades découpé en courtes leçons d&apos;environ 12 minutes, et ceux qui s&apos;y étaient arrêtés ont été réinvités</translation>
    </message>
    <message>
        <source>Short-lesson format for every new support module</source>
        <translation>Format de leçons courtes pour chaque nouveau module support</translation>
    </message>
    <message>
        <source>L&amp;D content team</source>
        <translation>Équipe contenus L&amp;D</translation>
    </message>
    <message>
        <source>Win-back message to agents who stalled at escalations</source>
        <translation>Message de reconquête aux agents bloqués sur les escalades</translation>
    </message>
    <message>
        <source>Agents with an unfinished programme</source>
        <translation>Agents au programme inachevé</translation>
    </message>
    <message>
        <source>Moved the programme&apos;s coaching circle to an asynchronous chat thread for all hubs</source>
        <translation>Cercle de coaching du programme déplacé vers un fil de discussion asynchrone pour tous les sites</translation>
    </message>
    <message>
        <source>Tier paths, shift-time nudges and short lessons</source>
        <translation>Parcours par niveau, relances adaptées aux horaires et leçons courtes</translation>
    </message>
    <message>
        <source>Sales and Operations team leads</source>
        <translation>Chefs d&apos;équipe Ventes et Opérations</translation>
    </message>
    <message>
        <source>Limit the pilot to six Customer Support courses</source>
        <translation>Limiter le pilote à six cours du service client</translation>
    </message>
    <message>
        <source>The essential few: the courses agents use every day; everything else waits.</source>
        <translation>L&apos;essentiel : les cours que les agents utilisent chaque jour ; le reste attend.</translation>
    </message>
    <message>
        <source>Baseline before the pilot</source>
        <translation>Référence avant le pilote</translation>
    </message>
    <message>
        <source>Split long modules into lessons of 15 minutes at most</source>
        <translation>Découper les modules longs en leçons de 15 minutes au plus</translation>
    </message>
    <message>
        <source>Escalations was the top drop-off point; agents have short gaps between tickets.</source>
        <translation>Les escalades étaient le principal point d&apos;abandon ; les agents ont de courts creux entre deux tickets.</translation>
    </message>
    <message>
        <source>Drop-off chart of the programme</source>
        <translation>Graphique des abandons du programme</translation>
    </message>
    <message>
        <source>Scale the short-lesson format to Sales and Operations</source>
        <translation>Étendre le format de leçons courtes aux Ventes et aux Opérations</translation>
    </message>
    <message>
        <source>Completion of the split module rose sharply after the change.</source>
        <translation>L&apos;achèvement du module découpé a fortement augmenté après le changement.</translation>
    </message>
    <message>
        <source>Split of the escalations module</source>
        <translation>Découpage du module sur les escalades</translation>
    </message>
    <message>
        <source>Quarterly content review by the governance board</source>
        <translation>Revue trimestrielle des contenus par le comité de pilotage</translation>
    </message>
    <message>
        <source>Keeps the catalogue small and current.</source>
        <translation>Garde le catalogue réduit et à jour.</translation>
    </message>
    <message>
        <source>November support release</source>
        <translation>Publication support de novembre</translation>
    </message>
    <message>
        <source>Short-lesson versions of De-escalation Techniques and Writing for Customers</source>
        <translation>Versions en leçons courtes de « Techniques de désescalade » et « Écrire pour les clients »</translation>
    </message>
    <message>
        <source>December support release</source>
        <translation>Publication support de décembre</translation>
    </message>
    <message>
        <source>Tier 2 path; knowledge-base refresher</source>
        <translation>Parcours niveau 2 ; rappel sur la base de connaissances</translation>
    </message>
    <message>
        <source>Q1 catalogue review</source>
        <translation>Revue du catalogue T1</translation>
    </message>
    <message>
        <source>Retire or revise the courses the policy flags</source>
        <translation>Retirer ou réviser les cours signalés par la règle</translation>
    </message>
    <message>
        <source>Shorten and relaunch in the Q1 review</source>
        <translation>Raccourcir et relancer lors de la revue T1</translation>
    </message>
    <message>
        <source>Mandatory; keep as is</source>
        <translation>Obligatoire ; à conserver tel quel</translation>
    </message>
    <message>
        <source>Switch on self-service unlock for SSO lockouts</source>
        <translation>Activer le déblocage en libre-service pour les verrouillages SSO</translation>
    </message>
    <message>
        <source>Team leads announce the pilot in their huddles</source>
        <translation>Les chefs d&apos;équipe annoncent le pilote lors de leurs points d&apos;équipe</translation>
    </message>
    <message>
        <source>Single sign-on outage</source>
        <translation>Panne de l&apos;authentification unique (SSO)</translation>
    </message>
</context>
<context>
    <name>Uptake::DesignPage</name>
    <message>
        <source>Design</source>
        <translation>Concevoir</translation>
    </message>
    <message>
        <source>Build the engagement plan on three pillars — content relevance, habit formation and recognition. Choose the levers that answer the barriers you found, name the KPI each should move, and keep the content scope to the essential few.</source>
        <translation>Construisez le plan d&apos;engagement sur trois piliers — pertinence des contenus, formation des habitudes et reconnaissance. Choisissez les leviers qui répondent aux obstacles identifiés, indiquez l&apos;indicateur que chacun doit faire bouger et limitez le périmètre des contenus à l&apos;essentiel.</translation>
    </message>
    <message>
        <source>Add &amp;Content Lever…</source>
        <translation>Ajouter un levier de &amp;contenu…</translation>
    </message>
    <message>
        <source>Add Ha&amp;bit Lever…</source>
        <translation>Ajouter un levier d&apos;&amp;habitude…</translation>
    </message>
    <message>
        <source>Add Reco&amp;gnition Lever…</source>
        <translation>Ajouter un levier de reco&amp;nnaissance…</translation>
    </message>
    <message>
        <source>No %1 levers</source>
        <translation>Aucun levier %1</translation>
    </message>
    <message>
        <source>Add a lever of this pillar, or start the pilot from the template plan to get the built-in ones. Tick the levers you choose.</source>
        <translation>Ajoutez un levier de ce pilier, ou démarrez le pilote à partir du plan modèle pour obtenir les leviers intégrés. Cochez les leviers que vous retenez.</translation>
    </message>
    <message>
        <source>Delete Lever</source>
        <translation>Supprimer le levier</translation>
    </message>
    <message>
        <source>&amp;Levers</source>
        <translation>&amp;Leviers</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Split?</source>
        <translation>Découper ?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Courses in the pilot&apos;s scope</source>
        <translation>Cours dans le périmètre du pilote</translation>
    </message>
    <message>
        <source>&amp;Add Course…</source>
        <translation>&amp;Ajouter un cours…</translation>
    </message>
    <message>
        <source>No courses in scope</source>
        <translation>Aucun cours dans le périmètre</translation>
    </message>
    <message>
        <source>Add the few courses that matter most for the cohort&apos;s work. A tight scope keeps learners focused; Uptake warns when it grows too broad.</source>
        <translation>Ajoutez les quelques cours qui comptent le plus pour le travail de la cohorte. Un périmètre resserré garde les apprenants concentrés ; Uptake vous avertit s&apos;il devient trop large.</translation>
    </message>
    <message>
        <source>Remove Course from Scope</source>
        <translation>Retirer le cours du périmètre</translation>
    </message>
    <message>
        <source>Content &amp;Scope</source>
        <translation>&amp;Périmètre des contenus</translation>
    </message>
    <message>
        <source>No levers yet. Start from the template plan or add your own, then tick the ones you choose.</source>
        <translation>Aucun levier pour l&apos;instant. Partez du plan modèle ou ajoutez les vôtres, puis cochez ceux que vous retenez.</translation>
    </message>
    <message>
        <source>%1 of %2 levers chosen.</source>
        <translation>%1 leviers retenus sur %2.</translation>
    </message>
    <message>
        <source>Warning: no chosen lever addresses %1.</source>
        <translation>Attention : aucun levier retenu ne répond à %1.</translation>
    </message>
    <message>
        <source>Warning: these chosen levers address no barrier: %1.</source>
        <translation>Attention : ces leviers retenus ne répondent à aucun obstacle : %1.</translation>
    </message>
    <message>
        <source>Every barrier is addressed by a chosen lever, and every chosen lever answers a barrier.</source>
        <translation>Chaque obstacle a un levier retenu et chaque levier retenu répond à un obstacle.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>Checking the scope against the catalogue and the drop-off data…</source>
        <translation>Vérification du périmètre par rapport au catalogue et aux données d&apos;abandon…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>%1 of at most %2 courses in scope (the essential few of a catalogue of %3).</source>
        <translation>%1 cours sur %2 au plus dans le périmètre (l&apos;essentiel d&apos;un catalogue de %3).</translation>
    </message>
    <message>
        <source>Courses to split into shorter modules: %1 (marked below).</source>
        <translation>Cours à découper en modules plus courts : %1 (signalés ci-dessous).</translation>
    </message>
    <message>
        <source>Split: %1 min per module</source>
        <translation>Découper : %1 min par module</translation>
    </message>
    <message>
        <source>Split at “%1”: %2% of %3 non-finishers stop there</source>
        <translation>Découper à « %1 » : %2 % des %3 non-finissants s&apos;y arrêtent</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Edit Lever</source>
        <translation>Modifier le levier</translation>
    </message>
    <message>
        <source>Add Lever</source>
        <translation>Ajouter un levier</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Pilier :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Chosen for this pilot</source>
        <translation>&amp;Retenu pour ce pilote</translation>
    </message>
    <message>
        <source>&amp;Barriers addressed:</source>
        <translation>&amp;Obstacles traités :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;KPI it should move:</source>
        <translation>&amp;Indicateur visé :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Name the lever.</source>
        <translation>Nommez le levier.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>There is no course left to add. Import a course catalogue or usage data first.</source>
        <translation>Il n&apos;y a plus de cours à ajouter. Importez d&apos;abord un catalogue de cours ou des données d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Add Course to Scope</source>
        <translation>Ajouter un cours au périmètre</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Why it is in scope</source>
        <translation>Pourquoi il est dans le périmètre</translation>
    </message>
    <message>
        <source>Edit Course in Scope</source>
        <translation>Modifier le cours du périmètre</translation>
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
        <translation>%1%2 pts par rapport au premier instantané</translation>
    </message>
    <message>
        <source>%1%2 vs the first snapshot</source>
        <translation>%1%2 par rapport au premier instantané</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <source>Find out why people do not use the LMS yet, before changing anything: freeze a usage baseline, listen to stakeholders, and keep a register of the barriers they and the numbers point to.</source>
        <translation>Comprenez pourquoi le LMS n&apos;est pas encore utilisé avant de changer quoi que ce soit : figez une référence d&apos;utilisation, écoutez les parties prenantes et tenez un registre des obstacles qu&apos;eux et les chiffres révèlent.</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot</source>
        <translation>Prendre un &amp;instantané</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>e.g. Before the pilot</source>
        <translation>p. ex. Avant le pilote</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>No baseline yet</source>
        <translation>Pas encore de référence</translation>
    </message>
    <message>
        <source>Choose the last day the baseline should look at and take a snapshot. Its figures are frozen; later snapshots are compared with the first.</source>
        <translation>Choisissez le dernier jour que la référence doit couvrir et prenez un instantané. Ses chiffres sont figés ; les instantanés suivants sont comparés au premier.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Weekly active</source>
        <translation>Actifs par semaine</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Jours avant le premier achèvement</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Échecs de connexion</translation>
    </message>
    <message>
        <source>Top drop-off</source>
        <translation>Principal abandon</translation>
    </message>
    <message>
        <source>Where learners stop</source>
        <translation>Où les apprenants s&apos;arrêtent</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Content consumption (active learners per week)</source>
        <translation>Consommation des contenus (apprenants actifs par semaine)</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message>
        <source>Stakeholder interviews</source>
        <translation>Entretiens avec les parties prenantes</translation>
    </message>
    <message>
        <source>&amp;Add Interview…</source>
        <translation>&amp;Ajouter un entretien…</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>Pas encore d&apos;entretiens</translation>
    </message>
    <message>
        <source>Talk to learners, managers, HR and IT across functions and locations. Record who said what and tag the barriers you heard; the register counts how often each comes up.</source>
        <translation>Parlez avec des apprenants, des managers, les RH et l&apos;informatique, toutes fonctions et tous sites confondus. Notez qui a dit quoi et associez les obstacles entendus ; le registre compte la fréquence de chacun.</translation>
    </message>
    <message>
        <source>Delete Interview</source>
        <translation>Supprimer l&apos;entretien</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <source>Friction and barrier register</source>
        <translation>Registre des frictions et obstacles</translation>
    </message>
    <message>
        <source>Add Ba&amp;rrier…</source>
        <translation>Ajouter un obs&amp;tacle…</translation>
    </message>
    <message>
        <source>No barriers registered</source>
        <translation>Aucun obstacle enregistré</translation>
    </message>
    <message>
        <source>Add the friction points the numbers and the interviews show: login failures, unclear paths, content that misses job tasks, lack of time… Rate each by severity and note the evidence.</source>
        <translation>Ajoutez les points de friction que révèlent les chiffres et les entretiens : échecs de connexion, parcours peu clairs, contenus éloignés du métier, manque de temps… Évaluez la gravité de chacun et notez les éléments probants.</translation>
    </message>
    <message>
        <source>Delete Barrier</source>
        <translation>Supprimer l&apos;obstacle</translation>
    </message>
    <message>
        <source>Ba&amp;rriers</source>
        <translation>Obs&amp;tacles</translation>
    </message>
    <message>
        <source>Taking snapshot…</source>
        <translation>Prise de l&apos;instantané…</translation>
    </message>
    <message>
        <source>Baseline as of %1</source>
        <translation>Référence au %1</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>No baseline snapshot yet</source>
        <translation>Pas encore d&apos;instantané de référence</translation>
    </message>
    <message>
        <source>Choose a snapshot to see its figures</source>
        <translation>Choisissez un instantané pour voir ses chiffres</translation>
    </message>
    <message>
        <source>%1 — frozen figures as of %2 (the first snapshot: later ones are compared with it)</source>
        <translation>%1 — chiffres figés au %2 (le premier instantané : les suivants lui sont comparés)</translation>
    </message>
    <message>
        <source>%1 — frozen figures as of %2, compared with the first snapshot of %3</source>
        <translation>%1 — chiffres figés au %2, comparés au premier instantané du %3</translation>
    </message>
    <message>
        <source>learners in the cohort</source>
        <translation>apprenants dans la cohorte</translation>
    </message>
    <message>
        <source>median days. %1</source>
        <translation>jours en médiane. %1</translation>
    </message>
    <message>
        <source>learners affected: %1. %2</source>
        <translation>apprenants concernés : %1. %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>no learner stopped part-way</source>
        <translation>personne ne s&apos;est arrêté en cours de route</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>arrêt à %1</translation>
    </message>
    <message>
        <source>(course page)</source>
        <translation>(page du cours)</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>Sem. %1</translation>
    </message>
    <message>
        <source>Edit Interview</source>
        <translation>Modifier l&apos;entretien</translation>
    </message>
    <message>
        <source>Add Interview</source>
        <translation>Ajouter un entretien</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>e.g. Team lead</source>
        <translation>p. ex. Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>e.g. Customer Support, IT, HR</source>
        <translation>p. ex. Service client, Informatique, RH</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Barriers heard:</source>
        <translation>&amp;Obstacles entendus :</translation>
    </message>
    <message>
        <source>Register barriers on the Barriers tab to tag them here.</source>
        <translation>Enregistrez des obstacles dans l&apos;onglet Obstacles pour les associer ici.</translation>
    </message>
    <message>
        <source>Name the person you interviewed.</source>
        <translation>Nommez la personne interrogée.</translation>
    </message>
    <message>
        <source>Edit Barrier</source>
        <translation>Modifier l&apos;obstacle</translation>
    </message>
    <message>
        <source>Add Barrier</source>
        <translation>Ajouter un obstacle</translation>
    </message>
    <message>
        <source>&amp;Barrier:</source>
        <translation>&amp;Obstacle :</translation>
    </message>
    <message>
        <source>What holds people back, in a few words</source>
        <translation>Ce qui freine les gens, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Pick a built-in category or type a new one.</source>
        <translation>Choisissez une catégorie intégrée ou saisissez-en une nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Éléments probants :</translation>
    </message>
    <message>
        <source>Name the barrier.</source>
        <translation>Nommez l&apos;obstacle.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Choisissez ou saisissez une catégorie.</translation>
    </message>
    <message>
        <source>Learners who completed</source>
        <translation>Apprenants ayant achevé</translation>
    </message>
    <message>
        <source>%1 of the cohort in the 7 days up to then. %2</source>
        <translation>%1 de la cohorte sur les 7 jours jusqu&apos;à cette date. %2</translation>
    </message>
    <message>
        <source>%1 of the %2 learners active in a course in the %3 days up to then completed at least one (not the completion rate of learner–course pairs). %4</source>
        <translation>%1 des %2 apprenants actifs dans un cours sur les %3 jours jusqu&apos;à cette date en ont achevé au moins un (il ne s&apos;agit pas du taux d&apos;achèvement des paires apprenant–cours). %4</translation>
    </message>
</context>
<context>
    <name>Uptake::Dialect</name>
    <message>
        <source>“%1” is not a team workspace address: %2</source>
        <translation>« %1 » n&apos;est pas une adresse d&apos;espace de travail d&apos;équipe : %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>écrivez-la sous la forme postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the option “%1” is not valid</source>
        <translation>l&apos;option « %1 » n&apos;est pas valide</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>elle n&apos;indique aucune base de données</translation>
    </message>
    <message>
        <source>The PostgreSQL driver did not provide a connection.</source>
        <translation>Le pilote PostgreSQL n&apos;a pas fourni de connexion.</translation>
    </message>
    <message>
        <source>This team workspace is read-only for you: your role on the server may read it but not change it. Ask its administrator for editor access.</source>
        <translation>Cet espace de travail d&apos;équipe est en lecture seule pour vous : votre rôle sur le serveur permet de le lire, mais pas de le modifier. Demandez un accès en modification à son administrateur.</translation>
    </message>
    <message>
        <source>This team workspace is open read-only: open it for editing to change it.</source>
        <translation>Cet espace de travail d&apos;équipe est ouvert en lecture seule : ouvrez-le en modification pour le modifier.</translation>
    </message>
</context>
<context>
    <name>Uptake::Editing</name>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Add pilot “%1”</source>
        <translation>Ajouter le pilote « %1 »</translation>
    </message>
    <message>
        <source>Delete pilot “%1”</source>
        <translation>Supprimer le pilote « %1 »</translation>
    </message>
    <message>
        <source>baseline snapshot</source>
        <translation>instantané de référence</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>obstacle</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>levier</translation>
    </message>
    <message>
        <source>course in scope</source>
        <translation>cours du périmètre</translation>
    </message>
    <message>
        <source>PLAN cycle</source>
        <translation>cycle PLAN</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>adaptation</source>
        <translation>adaptation</translation>
    </message>
    <message>
        <source>scaling step</source>
        <translation>étape de déploiement</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>membre du comité</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>release</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>retirement rule</source>
        <translation>règle de retrait</translation>
    </message>
    <message>
        <source>superseded course</source>
        <translation>cours remplacé</translation>
    </message>
    <message>
        <source>retirement decision</source>
        <translation>décision de retrait</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Cannot check the edit: the workspace is busy.</source>
        <translation>Impossible de vérifier la modification : l&apos;espace de travail est occupé.</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycle&apos;s steps.</source>
        <translation>Impossible de lire les étapes du cycle PLAN.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Cet élément (%1) n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer : %1</translation>
    </message>
    <message>
        <source>“%1” already has a plan; the template only starts a new one.</source>
        <translation>« %1 » a déjà un plan ; le modèle ne sert qu&apos;à en démarrer un nouveau.</translation>
    </message>
    <message>
        <source>Start the plan of “%1” from the template</source>
        <translation>Démarrer le plan de « %1 » à partir du modèle</translation>
    </message>
    <message>
        <source>Edit pilot “%1”</source>
        <translation>Modifier le pilote « %1 »</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>objectif d&apos;indicateur</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; your changes are still here.</source>
        <translation>%1 Rien n&apos;a été enregistré ; vos modifications sont toujours là.</translation>
    </message>
</context>
<context>
    <name>Uptake::Export</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Uptake::FormDialog</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Uptake::GovernPage</name>
    <message>
        <source>Govern</source>
        <translation>Gouverner</translation>
    </message>
    <message>
        <source>Keep adoption going after the pilot: a board that decides, a log of what it decided and why, a calendar of content releases, and a policy that retires content nobody needs any more.</source>
        <translation>Faites durer l&apos;adoption après le pilote : un comité qui décide, un journal de ses décisions et de leurs raisons, un calendrier de publication des contenus et une règle qui retire les contenus dont plus personne n&apos;a besoin.</translation>
    </message>
    <message>
        <source>Governance board</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>No board members yet</source>
        <translation>Pas encore de membres du comité</translation>
    </message>
    <message>
        <source>Add the people who decide: HR, managers, L&amp;D, IT and the business units, each with their role on the board.</source>
        <translation>Ajoutez les décideurs : RH, managers, L&amp;D, informatique et métiers, chacun avec son rôle au comité.</translation>
    </message>
    <message>
        <source>Delete Board Member</source>
        <translation>Supprimer le membre du comité</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Comité</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message>
        <source>&amp;Add Decision…</source>
        <translation>&amp;Ajouter une décision…</translation>
    </message>
    <message>
        <source>No decisions logged</source>
        <translation>Aucune décision consignée</translation>
    </message>
    <message>
        <source>Log what the board decides: the date, the decision, why, who owns it and the evidence it rests on.</source>
        <translation>Consignez ce que décide le comité : la date, la décision, sa raison, son responsable et les éléments sur lesquels elle repose.</translation>
    </message>
    <message>
        <source>Delete Decision</source>
        <translation>Supprimer la décision</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation>Calendrier des publications</translation>
    </message>
    <message>
        <source>&amp;Plan Release…</source>
        <translation>&amp;Planifier une publication…</translation>
    </message>
    <message>
        <source>No releases planned</source>
        <translation>Aucune publication planifiée</translation>
    </message>
    <message>
        <source>Plan content releases on a monthly or quarterly rhythm so learners and managers know what comes when. Tick a release once it is out.</source>
        <translation>Planifiez les publications de contenus à un rythme mensuel ou trimestriel pour que apprenants et managers sachent ce qui arrive et quand. Cochez une publication une fois sortie.</translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation>Supprimer la publication</translation>
    </message>
    <message>
        <source>&amp;Release Calendar</source>
        <translation>Calendrier des &amp;publications</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S&apos;applique</translation>
    </message>
    <message>
        <source>Retirement policy</source>
        <translation>Règle de retrait</translation>
    </message>
    <message>
        <source>Add R&amp;ule…</source>
        <translation>Ajouter une r&amp;ègle…</translation>
    </message>
    <message>
        <source>No retirement rules</source>
        <translation>Aucune règle de retrait</translation>
    </message>
    <message>
        <source>Add rules such as “not accessed in 180 days” or “completion below 20%”; Uptake checks every course against them.</source>
        <translation>Ajoutez des règles comme « non consulté depuis 180 jours » ou « achèvement inférieur à 20 % » ; Uptake y confronte chaque cours.</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Retirement candidates</source>
        <translation>Candidats au retrait</translation>
    </message>
    <message>
        <source>No retirement candidates</source>
        <translation>Aucun candidat au retrait</translation>
    </message>
    <message>
        <source>No course matches an enabled rule of the policy, as of the last day with data.</source>
        <translation>Aucun cours ne correspond à une règle active, au dernier jour avec des données.</translation>
    </message>
    <message>
        <source>&amp;Verdict…</source>
        <translation>&amp;Verdict…</translation>
    </message>
    <message>
        <source>Re&amp;tirement</source>
        <translation>Re&amp;trait</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation>Non (désactivée)</translation>
    </message>
    <message>
        <source>Evaluating the policy against the data…</source>
        <translation>Évaluation de la règle sur les données…</translation>
    </message>
    <message>
        <source>Courses matching the policy: %1; still waiting for the board&apos;s verdict: %2. Choose a row and press Return (or double-click) to record the verdict.</source>
        <translation>Cours correspondant à la règle : %1 ; en attente du verdict du comité : %2. Choisissez une ligne et appuyez sur Entrée (ou double-cliquez) pour consigner le verdict.</translation>
    </message>
    <message>
        <source>Edit Board Member</source>
        <translation>Modifier le membre du comité</translation>
    </message>
    <message>
        <source>Add Board Member</source>
        <translation>Ajouter un membre du comité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>e.g. Chair, sponsor, data owner</source>
        <translation>p. ex. Président, sponsor, propriétaire des données</translation>
    </message>
    <message>
        <source>Name the board member.</source>
        <translation>Nommez le membre du comité.</translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Log Decision</source>
        <translation>Consigner une décision</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation>Instantané : %1</translation>
    </message>
    <message>
        <source>Adaptation: %1</source>
        <translation>Adaptation : %1</translation>
    </message>
    <message>
        <source>Barrier: %1</source>
        <translation>Obstacle : %1</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Éléments probants :</translation>
    </message>
    <message>
        <source>About this &amp;pilot only (otherwise program-wide)</source>
        <translation>Concerne ce &amp;pilote uniquement (sinon tout le programme)</translation>
    </message>
    <message>
        <source>Write down what was decided.</source>
        <translation>Notez ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Edit Release</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <source>Plan Release</source>
        <translation>Planifier une publication</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Prévue pour :</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Rythme :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>C&amp;ontenu :</translation>
    </message>
    <message>
        <source>&amp;Released</source>
        <translation>&amp;Publiée</translation>
    </message>
    <message>
        <source>Give the release a title.</source>
        <translation>Donnez un titre à la publication.</translation>
    </message>
    <message>
        <source>Edit Retirement Rule</source>
        <translation>Modifier la règle de retrait</translation>
    </message>
    <message>
        <source>Add Retirement Rule</source>
        <translation>Ajouter une règle de retrait</translation>
    </message>
    <message>
        <source>Not accessed in N days</source>
        <translation>Non consulté depuis N jours</translation>
    </message>
    <message>
        <source>Completion below X%</source>
        <translation>Achèvement inférieur à X %</translation>
    </message>
    <message>
        <source>Older than Y months</source>
        <translation>Plus ancien que Y mois</translation>
    </message>
    <message>
        <source>Superseded by a newer course</source>
        <translation>Remplacé par un cours plus récent</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Règle :</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil :</translation>
    </message>
    <message>
        <source>Days for “not accessed”, percent for “completion below”, months for “older than”; not used for “superseded”.</source>
        <translation>Jours pour « non consulté », pourcentage pour « achèvement inférieur », mois pour « plus ancien » ; inutilisé pour « remplacé ».</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>A completion threshold is a percentage up to 100.</source>
        <translation>Un seuil d&apos;achèvement est un pourcentage jusqu&apos;à 100.</translation>
    </message>
    <message>
        <source>Board Verdict</source>
        <translation>Verdict du comité</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict :</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Décidé le :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>Uptake::GridView</name>
    <message>
        <source>Grid chart</source>
        <translation>Graphique en grille</translation>
    </message>
    <message>
        <source>Distinct learners per row and week</source>
        <translation>Apprenants distincts par ligne et par semaine</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Share of each start-week cohort active in later weeks</source>
        <translation>Part de chaque cohorte de semaine de début active les semaines suivantes</translation>
    </message>
    <message>
        <source>Distinct learners:</source>
        <translation>Apprenants distincts :</translation>
    </message>
    <message>
        <source>Share still active:</source>
        <translation>Part encore active :</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 learners</source>
        <translation>%1, semaine du %2 : %3 apprenants</translation>
    </message>
    <message>
        <source>Started %1: %2 active %3 weeks later</source>
        <translation>Débuts %1 : %2 actifs %3 semaines après</translation>
    </message>
</context>
<context>
    <name>Uptake::HelpDialog</name>
    <message>
        <source>Uptake Guide</source>
        <translation>Guide d&apos;Uptake</translation>
    </message>
    <message>
        <source>Guide to the method and the metrics</source>
        <translation>Guide de la méthode et des indicateurs</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>La méthode</translation>
    </message>
    <message>
        <source>Uptake turns a bought learning platform into a used one with a disciplined program in four stages. The journey bar on every page shows where a pilot stands.</source>
        <translation>Uptake fait d&apos;une plateforme d&apos;apprentissage achetée une plateforme utilisée, grâce à un programme rigoureux en quatre étapes. La barre de parcours de chaque page montre où en est un pilote.</translation>
    </message>
    <message>
        <source>1. Diagnose</source>
        <translation>1. Diagnostiquer</translation>
    </message>
    <message>
        <source>Import the LMS&apos;s usage exports, take and freeze a baseline, interview stakeholders and learners, and record the barriers you find (login failures, unclear paths, lack of time…) with their severity and evidence.</source>
        <translation>Importez les exports d&apos;utilisation du LMS, prenez et figez une référence, interrogez parties prenantes et apprenants, et enregistrez les obstacles trouvés (échecs de connexion, parcours peu clairs, manque de temps…) avec leur gravité et leurs éléments probants.</translation>
    </message>
    <message>
        <source>2. Design</source>
        <translation>2. Concevoir</translation>
    </message>
    <message>
        <source>Choose levers for every serious barrier — content relevance, habit formation, recognition — and cut the content scope to the few courses that matter. Agree the KPIs and their targets for day 30, 60 and 90.</source>
        <translation>Choisissez des leviers pour chaque obstacle sérieux — pertinence des contenus, formation des habitudes, reconnaissance — et réduisez le périmètre aux quelques cours qui comptent. Convenez des indicateurs et de leurs objectifs à 30, 60 et 90 jours.</translation>
    </message>
    <message>
        <source>3. Pilot with PLAN cycles</source>
        <translation>3. Piloter par cycles PLAN</translation>
    </message>
    <message>
        <source>Run the pilot with one cohort in short cycles: &lt;b&gt;P&lt;/b&gt;lan and launch, &lt;b&gt;L&lt;/b&gt;isten to feedback, &lt;b&gt;A&lt;/b&gt;dapt the content and the nudges, &lt;b&gt;N&lt;/b&gt;ormalise what works. Uptake measures each adaptation&apos;s effect in equal windows before and after it.</source>
        <translation>Menez le pilote avec une cohorte en cycles courts : &lt;b&gt;P&lt;/b&gt;lanifier et lancer, &lt;b&gt;L&lt;/b&gt;ire les retours, &lt;b&gt;A&lt;/b&gt;dapter les contenus et les relances, &lt;b&gt;N&lt;/b&gt;ormaliser ce qui fonctionne. Uptake mesure l&apos;effet de chaque adaptation sur des périodes égales avant et après.</translation>
    </message>
    <message>
        <source>4. Govern</source>
        <translation>4. Gouverner dans la durée</translation>
    </message>
    <message>
        <source>Set up a governance board, record its decisions, agree a release calendar and rules for retiring content, and send the board a status report (Report page) before each meeting.</source>
        <translation>Mettez en place un comité de pilotage, consignez ses décisions, convenez d&apos;un calendrier de publication et de règles de retrait des contenus, et envoyez au comité un rapport d&apos;avancement (page Rapport) avant chaque réunion.</translation>
    </message>
    <message>
        <source>30/60/90-day checkpoints</source>
        <translation>Points d&apos;étape à 30/60/90 jours</translation>
    </message>
    <message>
        <source>Each KPI has a baseline and a target for day 30, 60 and 90 after the pilot&apos;s start. At each checkpoint a KPI is &lt;i&gt;on track&lt;/i&gt; when it meets its target, &lt;i&gt;at risk&lt;/i&gt; when it misses by no more than the tolerance, and &lt;i&gt;off track&lt;/i&gt; otherwise; between checkpoints, a pace line from the baseline to the next target shows whether the pilot is heading there. The 30/60/90-day plan groups the actions by the checkpoint they serve.</source>
        <translation>Chaque indicateur a une référence et un objectif à 30, 60 et 90 jours après le début du pilote. À chaque point d&apos;étape, un indicateur est &lt;i&gt;en bonne voie&lt;/i&gt; s&apos;il atteint son objectif, &lt;i&gt;à risque&lt;/i&gt; s&apos;il le manque de pas plus que la tolérance, et &lt;i&gt;hors trajectoire&lt;/i&gt; sinon ; entre deux points d&apos;étape, une trajectoire de la référence à l&apos;objectif suivant montre si le pilote s&apos;y dirige. Le plan à 30/60/90 jours regroupe les actions selon le point d&apos;étape qu&apos;elles servent.</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Définitions des indicateurs</translation>
    </message>
    <message>
        <source>Dates are local days in the workspace&apos;s time zone; weeks are ISO weeks, Monday to Sunday. The same definitions are in the report&apos;s appendix and in &lt;tt&gt;uptake metrics --definitions&lt;/tt&gt;.</source>
        <translation>Les dates sont des jours locaux dans le fuseau horaire de l&apos;espace de travail ; les semaines sont des semaines ISO, du lundi au dimanche. Les mêmes définitions figurent dans l&apos;annexe du rapport et dans &lt;tt&gt;uptake metrics --definitions&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>Uptake::HistogramChart</name>
    <message>
        <source>Median %1 days</source>
        <translation>Médiane %1 jours</translation>
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
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Jours avant le premier achèvement</translation>
    </message>
</context>
<context>
    <name>Uptake::Import</name>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>The file has no column “%1” (for %2). Its columns are: %3.</source>
        <translation>Le fichier n&apos;a pas de colonne « %1 » (pour %2). Ses colonnes sont : %3.</translation>
    </message>
    <message>
        <source>No column is mapped to the required field(s) %1. Use --map FIELD=COLUMN (or --const FIELD=VALUE); the file&apos;s columns are: %2.</source>
        <translation>Aucune colonne n&apos;est associée au(x) champ(s) obligatoire(s) %1. Utilisez --map FIELD=COLUMN (ou --const FIELD=VALUE) ; les colonnes du fichier sont : %2.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation>Impossible d&apos;importer « %1 » : le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not a file.</source>
        <translation>Impossible d&apos;importer « %1 » : ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is empty.</source>
        <translation>Impossible d&apos;importer « %1 » : le fichier est vide.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>Impossible d&apos;importer « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” was already imported (batch %2, %3 rows); nothing was written. Import it again only if you mean to (--again): its rows would all count as duplicates.</source>
        <translation>« %1 » a déjà été importé (lot %2, %3 lignes) ; rien n&apos;a été écrit. Ne le réimportez que si c&apos;est voulu (--again) : toutes ses lignes compteraient comme doublons.</translation>
    </message>
    <message>
        <source>no learner: expected an id, email or name (a guest or system action?)</source>
        <translation>aucun apprenant : identifiant, e-mail ou nom attendu (une action d&apos;invité ou du système ?)</translation>
    </message>
    <message>
        <source>no event: expected what the learner did (viewed, completed, …)</source>
        <translation>aucun événement : on attend ce que l&apos;apprenant a fait (consulté, achevé, …)</translation>
    </message>
    <message>
        <source>expected a duration (minutes, HH:MM:SS or PT…)</source>
        <translation>durée attendue (minutes, HH:MM:SS ou PT…)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>no KPI name</source>
        <translation>pas de nom d&apos;indicateur</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>pas de valeur</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it has no data rows.</source>
        <translation>Impossible d&apos;importer « %1 » : il n&apos;a aucune ligne de données.</translation>
    </message>
    <message>
        <source>None of the %1 rows of “%2” could be imported; the first problem: line %3, %4.</source>
        <translation>Aucune des %1 lignes de « %2 » n&apos;a pu être importée ; premier problème : ligne %3, %4.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Content item</source>
        <translation>Élément de contenu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Date d&apos;embauche</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Moodle log download</source>
        <translation>Téléchargement des journaux Moodle</translation>
    </message>
    <message>
        <source>Site administration → Reports → Logs → Download (CSV).</source>
        <translation>Administration du site → Rapports → Journaux → Télécharger (CSV).</translation>
    </message>
    <message>
        <source>Moodle logstore_standard_log table</source>
        <translation>Table logstore_standard_log de Moodle</translation>
    </message>
    <message>
        <source>A dump of Moodle&apos;s standard log table: no header, 21 columns, epoch times.</source>
        <translation>Un vidage de la table de journal standard de Moodle : pas d&apos;en-tête, 21 colonnes, heures epoch.</translation>
    </message>
    <message>
        <source>Moodle gradebook export (participants)</source>
        <translation>Export du carnet de notes Moodle (participants)</translation>
    </message>
    <message>
        <source>Grades → Export → Plain text file: first name and surname in separate columns.</source>
        <translation>Notes → Exporter → Fichier texte : prénom et nom dans des colonnes séparées.</translation>
    </message>
    <message>
        <source>Open University OULAD studentVle</source>
        <translation>Open University OULAD studentVle</translation>
    </message>
    <message>
        <source>Clicks per student, VLE site and day, relative to the module start.</source>
        <translation>Clics par étudiant, page de l&apos;ENT et jour, relatifs au début du module.</translation>
    </message>
    <message>
        <source>Open University OULAD studentInfo</source>
        <translation>Open University OULAD studentInfo</translation>
    </message>
    <message>
        <source>One row per student and module presentation: the roster.</source>
        <translation>Une ligne par étudiant et par session du module : la liste du personnel.</translation>
    </message>
    <message>
        <source>Open University OULAD studentAssessment</source>
        <translation>Open University OULAD studentAssessment</translation>
    </message>
    <message>
        <source>Assessment scores per student, a performance measure.</source>
        <translation>Notes d&apos;évaluation par étudiant, une mesure de performance.</translation>
    </message>
    <message>
        <source>xAPI statements (JSON)</source>
        <translation>Déclarations xAPI (JSON)</translation>
    </message>
    <message>
        <source>One statement, an array of statements, or JSON lines from a learning record store.</source>
        <translation>Une déclaration, un tableau de déclarations ou des lignes JSON d&apos;un LRS (Learning Record Store).</translation>
    </message>
    <message>
        <source>Generic learning events</source>
        <translation>Événements d&apos;apprentissage génériques</translation>
    </message>
    <message>
        <source>Any CSV with one row per learner action.</source>
        <translation>Tout CSV avec une ligne par action d&apos;apprenant.</translation>
    </message>
    <message>
        <source>Generic roster</source>
        <translation>Liste du personnel générique</translation>
    </message>
    <message>
        <source>Any CSV with one row per person.</source>
        <translation>Tout CSV avec une ligne par personne.</translation>
    </message>
    <message>
        <source>Generic performance</source>
        <translation>Performance générique</translation>
    </message>
    <message>
        <source>Any CSV with learner, period, KPI and value.</source>
        <translation>Tout CSV avec apprenant, période, indicateur et valeur.</translation>
    </message>
    <message>
        <source>the statement&apos;s actor has no account, mbox or name</source>
        <translation>l&apos;acteur de la déclaration n&apos;a ni compte, ni mbox, ni nom</translation>
    </message>
    <message>
        <source>the statement has no verb id</source>
        <translation>la déclaration n&apos;a pas d&apos;identifiant de verbe</translation>
    </message>
    <message>
        <source>the statement has neither a timestamp nor a stored time</source>
        <translation>la déclaration n&apos;a ni horodatage ni heure d&apos;enregistrement</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time stamp</source>
        <translation>« %1 » n&apos;est pas un horodatage ISO 8601</translation>
    </message>
    <message>
        <source>element %1 of the array is not an xAPI statement</source>
        <translation>l&apos;élément %1 du tableau n&apos;est pas une déclaration xAPI</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON statement (%2 at column %3)</source>
        <translation>la ligne %1 n&apos;est pas une déclaration JSON (%2 à la colonne %3)</translation>
    </message>
    <message>
        <source>the file holds no xAPI statements</source>
        <translation>le fichier ne contient aucune déclaration xAPI</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character: this looks like a binary file, not delimited text.</source>
        <translation>La ligne %1 contient un caractère NUL : cela ressemble à un fichier binaire, pas à du texte délimité.</translation>
    </message>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text; choose the file&apos;s encoding (for example windows-1252).</source>
        <translation>La ligne %1 contient des octets qui ne sont pas du texte %2 valide ; choisissez l&apos;encodage du fichier (par exemple windows-1252).</translation>
    </message>
    <message>
        <source>Cannot read the file after line %1: %2</source>
        <translation>Impossible de lire le fichier après la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; this is not a table Uptake can read.</source>
        <translation>La ligne %1 a plus de %2 champs ; ce n&apos;est pas un tableau qu&apos;Uptake sait lire.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters; the file may have a quote that is never closed, or not be delimited text.</source>
        <translation>Ligne %1, colonne %2 : un champ dépasse %3 caractères ; le fichier a peut-être un guillemet jamais fermé, ou n&apos;est pas du texte délimité.</translation>
    </message>
    <message>
        <source>Line %1: a record is longer than %2 characters; the file may have a quote that is never closed, or not be delimited text.</source>
        <translation>Ligne %1 : un enregistrement dépasse %2 caractères ; le fichier a peut-être un guillemet jamais fermé, ou n&apos;est pas du texte délimité.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed (a %3 is missing).</source>
        <translation>Ligne %1, colonne %2 : un champ entre guillemets n&apos;est jamais fermé (il manque un %3).</translation>
    </message>
    <message>
        <source>day offsets like “%1” need a start date to count from</source>
        <translation>les décalages en jours comme « %1 » nécessitent une date de début</translation>
    </message>
    <message>
        <source>expected a date like %1, not “%2”</source>
        <translation>date attendue comme %1, pas « %2 »</translation>
    </message>
    <message>
        <source>unknown encoding “%1”; use utf-8, utf-16le, utf-16be, windows-1252 or latin1</source>
        <translation>encodage inconnu « %1 » ; utilisez utf-8, utf-16le, utf-16be, windows-1252 ou latin1</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it looks like a binary file, not text</source>
        <translation>le fichier contient des octets NUL ; il ressemble à un fichier binaire, pas à du texte</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>le fichier n&apos;a aucune ligne</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>le fichier a une ligne d&apos;en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 colonnes attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(ligne)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>pas d&apos;heure</translation>
    </message>
    <message>
        <source>the time column&apos;s format could not be recognised; choose one (--date-format)</source>
        <translation>le format de la colonne d&apos;heure n&apos;a pas été reconnu ; choisissez-en un (--date-format)</translation>
    </message>
    <message>
        <source>dates are day numbers; say which day is day 0 (--start-date)</source>
        <translation>les dates sont des numéros de jour ; indiquez quel jour est le jour 0 (--start-date)</translation>
    </message>
    <message>
        <source>expected a time like %1, not “%2”</source>
        <translation>heure attendue comme %1, pas « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n de plus)</numerusform>
            <numerusform>… (%n de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>the learner is %L1 characters long; expected an id, email or name</source>
        <translation>l&apos;apprenant fait %L1 caractères ; identifiant, e-mail ou nom attendu</translation>
    </message>
    <message>
        <source>the value is %L1 characters long; expected a name</source>
        <translation>la valeur fait %L1 caractères ; nom attendu</translation>
    </message>
    <message>
        <source>the JSON file is larger than %1 MB; split it or export JSON lines in parts</source>
        <translation>le fichier JSON dépasse %1 Mo ; découpez-le ou exportez des lignes JSON en plusieurs parties</translation>
    </message>
    <message>
        <source>The profile could not be saved: the settings file “%1” cannot be written.</source>
        <translation>Le profil n&apos;a pas pu être enregistré : le fichier de réglages « %1 » n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Un nom de profil peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in format; choose another name.</source>
        <translation>« %1 » est le nom d&apos;un format intégré ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no saved profile “%1”.</source>
        <translation>Il n&apos;y a pas de profil enregistré « %1 ».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one)</source>
        <translation>une archive ZIP (un classeur Excel .xlsx ou OpenDocument .ods en est une)</translation>
    </message>
    <message>
        <source>an old-style Excel (.xls) or Office document</source>
        <translation>un document Excel ancien format (.xls) ou Office</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé avec gzip</translation>
    </message>
    <message>
        <source>a compressed archive (xz or 7-Zip)</source>
        <translation>une archive compressée (xz ou 7-Zip)</translation>
    </message>
    <message>
        <source>an SQLite database (a workspace is opened with File → Open, not imported)</source>
        <translation>une base de données SQLite (un espace de travail s&apos;ouvre avec Fichier → Ouvrir, il ne s&apos;importe pas)</translation>
    </message>
    <message>
        <source>it is %1, not a CSV, TSV or xAPI JSON file; export the data as CSV first</source>
        <translation>c&apos;est %1, et non un fichier CSV, TSV ou JSON xAPI ; exportez d&apos;abord les données en CSV</translation>
    </message>
    <message>
        <source>the duration is longer than a day: expected the time spent on this one activity</source>
        <translation>la durée dépasse un jour : temps passé sur cette seule activité attendu</translation>
    </message>
    <message>
        <source>result.score.scaled must be a number from -1 to 1</source>
        <translation>result.score.scaled doit être un nombre compris entre -1 et 1</translation>
    </message>
    <message>
        <source>result.score.raw must be a number</source>
        <translation>result.score.raw doit être un nombre</translation>
    </message>
    <message>
        <source>result.duration “%1” is not an ISO 8601 duration such as PT25M or PT1H30M</source>
        <translation>result.duration « %1 » n&apos;est pas une durée ISO 8601 comme PT25M ou PT1H30M</translation>
    </message>
    <message>
        <source>result.duration %1 is longer than a day: expected the time spent on this one activity</source>
        <translation>result.duration %1 dépasse un jour : temps passé sur cette seule activité attendu</translation>
    </message>
    <message>
        <source>learners are matched by id, email or full name — check the Learner column mapping.</source>
        <translation>les apprenants sont rapprochés par identifiant, e-mail ou nom complet — vérifiez la colonne associée au champ Apprenant.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this roster match a learner already in the workspace (0%);</source>
        <translation>
            <numerusform>Aucun apprenant de cette liste du personnel (%Ln au total) ne correspond à un apprenant déjà présent dans l&apos;espace de travail (0 %) ;</numerusform>
            <numerusform>Aucun des %Ln apprenants de cette liste du personnel ne correspond à un apprenant déjà présent dans l&apos;espace de travail (0 %) ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this performance file match a learner already in the workspace (0%);</source>
        <translation>
            <numerusform>Aucun apprenant de ce fichier de performance (%Ln au total) ne correspond à un apprenant déjà présent dans l&apos;espace de travail (0 %) ;</numerusform>
            <numerusform>Aucun des %Ln apprenants de ce fichier de performance ne correspond à un apprenant déjà présent dans l&apos;espace de travail (0 %) ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this file match a learner in the workspace&apos;s roster (0%);</source>
        <translation>
            <numerusform>Aucun apprenant de ce fichier (%Ln au total) ne correspond à un apprenant de la liste du personnel de l&apos;espace de travail (0 %) ;</numerusform>
            <numerusform>Aucun des %Ln apprenants de ce fichier ne correspond à un apprenant de la liste du personnel de l&apos;espace de travail (0 %) ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this roster (%2%) match a learner already in the workspace;</source>
        <translation>
            <numerusform>Seulement %1 apprenant sur %Ln dans cette liste du personnel (%2 %) correspond à un apprenant déjà présent dans l&apos;espace de travail ;</numerusform>
            <numerusform>Seulement %1 des %Ln apprenants de cette liste du personnel (%2 %) correspondent à un apprenant déjà présent dans l&apos;espace de travail ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this performance file (%2%) match a learner already in the workspace;</source>
        <translation>
            <numerusform>Seulement %1 apprenant sur %Ln dans ce fichier de performance (%2 %) correspond à un apprenant déjà présent dans l&apos;espace de travail ;</numerusform>
            <numerusform>Seulement %1 des %Ln apprenants de ce fichier de performance (%2 %) correspondent à un apprenant déjà présent dans l&apos;espace de travail ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this file (%2%) match a learner in the workspace&apos;s roster;</source>
        <translation>
            <numerusform>Seulement %1 apprenant sur %Ln dans ce fichier (%2 %) correspond à un apprenant de la liste du personnel de l&apos;espace de travail ;</numerusform>
            <numerusform>Seulement %1 des %Ln apprenants de ce fichier (%2 %) correspondent à un apprenant de la liste du personnel de l&apos;espace de travail ;</numerusform>
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
        <translation>%1 = « %2 »</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Correspondance personnalisée</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>%1 (mapping adjusted)</source>
        <translation>%1 (correspondance ajustée)</translation>
    </message>
</context>
<context>
    <name>Uptake::ImportRepository</name>
    <message>
        <source>Cannot read the import history: %1</source>
        <translation>Impossible de lire l&apos;historique des imports : %1</translation>
    </message>
    <message>
        <source>Cannot read the rejected rows: %1</source>
        <translation>Impossible de lire les lignes rejetées : %1</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Il n&apos;y a pas d&apos;import %1.</translation>
    </message>
    <message>
        <source>Cannot undo import %1: %2</source>
        <translation>Impossible d&apos;annuler l&apos;import %1 : %2</translation>
    </message>
</context>
<context>
    <name>Uptake::ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>How Uptake reads the file</source>
        <translation>Comment Uptake lit le fichier</translation>
    </message>
    <message>
        <source>Learning events</source>
        <translation>Événements d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Roster (people)</source>
        <translation>Liste du personnel (personnes)</translation>
    </message>
    <message>
        <source>Performance (KPI values)</source>
        <translation>Performance (valeurs d&apos;indicateur)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>La première ligne contient les noms de colonnes</translation>
    </message>
    <message>
        <source>ISO 8601 (2023-08-07T14:24:00+02:00)</source>
        <translation>ISO 8601 (2023-08-07T14:24:00+02:00)</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>Temps Unix en secondes</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>Temps Unix en millisecondes</translation>
    </message>
    <message>
        <source>Moodle (7/08/23, 14:24)</source>
        <translation>Moodle (7/08/23, 14:24)</translation>
    </message>
    <message>
        <source>Older Moodle (2017 July 2 0:58)</source>
        <translation>Ancien Moodle (2017 July 2 0:58)</translation>
    </message>
    <message>
        <source>US (8/7/2023 2:24 PM)</source>
        <translation>États-Unis (8/7/2023 2:24 PM)</translation>
    </message>
    <message>
        <source>Days from a start date (OULAD)</source>
        <translation>Jours depuis une date de début (OULAD)</translation>
    </message>
    <message>
        <source>Day first (31/12)</source>
        <translation>Jour d&apos;abord (31/12)</translation>
    </message>
    <message>
        <source>Month first (12/31)</source>
        <translation>Mois d&apos;abord (12/31)</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Quelle colonne est quoi</translation>
    </message>
    <message>
        <source>What counts as completed</source>
        <translation>Ce qui compte comme achevé</translation>
    </message>
    <message>
        <source>Tick the event values that mean a learner completed the course. These drive completion rates and time to first completion.</source>
        <translation>Cochez les valeurs d&apos;événement qui signifient qu&apos;un apprenant a achevé le cours. Elles déterminent les taux d&apos;achèvement et le délai avant le premier achèvement.</translation>
    </message>
    <message>
        <source>Event values</source>
        <translation>Valeurs d&apos;événement</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>Uptake reads the whole file and checks every row without writing anything.</source>
        <translation>Uptake lit tout le fichier et vérifie chaque ligne sans rien écrire.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All rows go in as one batch, or none do. You can undo the whole batch later on the Data page.</source>
        <translation>Toutes les lignes entrent en un seul lot, ou aucune. Vous pourrez annuler le lot entier plus tard sur la page Données.</translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation>Reconnu comme : %1</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>encodage %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>séparateur : %1</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>dates: %1</source>
        <translation>dates : %1</translation>
    </message>
    <message>
        <source>The day/month order of the dates cannot be told from this file: choose “Day first” or “Month first”.</source>
        <translation>L&apos;ordre jour/mois des dates ne peut pas être déduit de ce fichier : choisissez « Jour d&apos;abord » ou « Mois d&apos;abord ».</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— absent de ce fichier —</translation>
    </message>
    <message>
        <source>(no second column)</source>
        <translation>(pas de deuxième colonne)</translation>
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
        <translation>Aucune colonne d&apos;événement associée : chaque ligne compte comme activité.</translation>
    </message>
    <message>
        <source>Choose a column or a fixed value for: %1.</source>
        <translation>Choisissez une colonne ou une valeur fixe pour : %1.</translation>
    </message>
    <message>
        <source>Choose the day/month order to continue.</source>
        <translation>Choisissez l&apos;ordre jour/mois pour continuer.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message numerus="yes">
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, environ %n seconde restante</numerusform>
            <numerusform>, environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 rows (%2 of %3)%4</source>
        <translation>%1 lignes vérifiées (%2 sur %3)%4</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 of %3)%4</source>
        <translation>%1 lignes importées (%2 sur %3)%4</translation>
    </message>
    <message>
        <source>%1 rows read: %2 good, %3 rejected, %4 already in the workspace.</source>
        <translation>%1 lignes lues : %2 correctes, %3 rejetées, %4 déjà dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Imported %1 rows as batch %2. Rejected: %3 (kept with their reasons on the Data page). Already in the workspace: %4.</source>
        <translation>%1 lignes importées comme lot %2. Rejetées : %3 (conservées avec leur motif sur la page Données). Déjà dans l&apos;espace de travail : %4.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written; the workspace is as it was.</source>
        <translation>Import annulé. Rien n&apos;a été écrit ; l&apos;espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>day before month (31/12/2023)</source>
        <translation>jour avant mois (31/12/2023)</translation>
    </message>
    <message>
        <source>month before day (12/31/2023)</source>
        <translation>mois avant jour (12/31/2023)</translation>
    </message>
    <message>
        <source>year, month name, day (2017 July 2 0:58)</source>
        <translation>année, nom du mois, jour (2017 July 2 0:58)</translation>
    </message>
    <message>
        <source>Excel serial numbers</source>
        <translation>numéros de série Excel</translation>
    </message>
    <message>
        <source>days from the start date</source>
        <translation>jours depuis la date de début</translation>
    </message>
    <message>
        <source>Uptake detected these settings from the file. Change any that look wrong: the preview below follows at once.</source>
        <translation>Uptake a détecté ces réglages dans le fichier. Corrigez ce qui semble faux : l&apos;aperçu ci-dessous suit aussitôt.</translation>
    </message>
    <message>
        <source>A mapping you saved earlier (on the next page) for exports of this shape.</source>
        <translation>Une correspondance enregistrée auparavant (à la page suivante) pour les exports de cette forme.</translation>
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
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>ISO 8859-1 (Latin-1)</source>
        <translation>ISO 8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>No header row: the first row is data</source>
        <translation>Pas de ligne d&apos;en-tête : la première ligne contient des données</translation>
    </message>
    <message>
        <source>Unix time in seconds (1691418240)</source>
        <translation>Temps Unix en secondes (1691418240)</translation>
    </message>
    <message>
        <source>Excel serial number (45145.6)</source>
        <translation>Numéro de série Excel (45145.6)</translation>
    </message>
    <message>
        <source>Day/month: detect from the whole column</source>
        <translation>Jour/mois : détecter sur toute la colonne</translation>
    </message>
    <message>
        <source>Whether 03/04 means 3 April or 4 March. Uptake decides from the whole column and asks only when every date could be read either way.</source>
        <translation>Si 03/04 signifie le 3 avril ou le 4 mars. Uptake décide d&apos;après toute la colonne et ne demande que si chaque date peut se lire des deux façons.</translation>
    </message>
    <message>
        <source>Time zone: the workspace&apos;s</source>
        <translation>Fuseau horaire : celui de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The zone of time stamps written without an offset, e.g. Europe/Berlin. Empty: the workspace&apos;s time zone.</source>
        <translation>Le fuseau des horodatages écrits sans décalage, p. ex. Europe/Paris. Vide : le fuseau de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Saved profile:</source>
        <translation>&amp;Profil enregistré :</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>Le fichier &amp;contient :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>He&amp;ader:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>E&amp;ncodage :</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes :</translation>
    </message>
    <message>
        <source>None saved yet (you can save one on the next page)</source>
        <translation>Aucun pour l&apos;instant (vous pouvez en enregistrer un à la page suivante)</translation>
    </message>
    <message>
        <source>None: use what Uptake detected</source>
        <translation>Aucun : utiliser ce qu&apos;Uptake a détecté</translation>
    </message>
    <message>
        <source>The saved profile “%1” no longer exists.</source>
        <translation>Le profil enregistré « %1 » n&apos;existe plus.</translation>
    </message>
    <message>
        <source>e.g. Moodle log, monthly</source>
        <translation>p. ex. Journal Moodle, mensuel</translation>
    </message>
    <message>
        <source>Save &amp;Profile</source>
        <translation>Enregistrer le &amp;profil</translation>
    </message>
    <message>
        <source>Keep this mapping and these settings under a name, to choose next time on the first page or with &apos;uptake import --profile NAME&apos;. Profiles serve every workspace.</source>
        <translation>Conserver cette correspondance et ces réglages sous un nom, pour les choisir la prochaine fois à la première page ou avec &apos;uptake import --profile NAME&apos;. Les profils servent à tous les espaces de travail.</translation>
    </message>
    <message>
        <source>Save this mapping as a profile &amp;named:</source>
        <translation>Enregistrer cette correspondance comme profil &amp;nommé :</translation>
    </message>
    <message>
        <source>Show only values containing… (e.g. complet)</source>
        <translation>Afficher uniquement les valeurs contenant… (p. ex. complet)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 cochées sur %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Skip This File</source>
        <translation>&amp;Ignorer ce fichier</translation>
    </message>
    <message>
        <source>Close the wizard without importing anything.</source>
        <translation>Fermer l&apos;assistant sans rien importer.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Second column or fixed value</source>
        <translation>Deuxième colonne ou valeur fixe</translation>
    </message>
    <message>
        <source>First row gives</source>
        <translation>La première ligne donne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Fixed value for every row…</source>
        <translation>Valeur fixe pour chaque ligne…</translation>
    </message>
    <message>
        <source>Second column for %1</source>
        <translation>Deuxième colonne pour %1</translation>
    </message>
    <message>
        <source>Fixed value for %1</source>
        <translation>Valeur fixe pour %1</translation>
    </message>
    <message>
        <source>Value for every row</source>
        <translation>Valeur pour chaque ligne</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Not saved: choose a column or a fixed value for %1 first.</source>
        <translation>Non enregistré : choisissez d&apos;abord une colonne ou une valeur fixe pour %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved as “%1”. The completion values you tick on the next page are saved with it. Choose it next time under “Saved profile” on the first page.</source>
        <translation>Enregistré sous « %1 ». Les valeurs d&apos;achèvement cochées à la page suivante sont enregistrées avec. Choisissez-le la prochaine fois sous « Profil enregistré » à la première page.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Uptake knows. Use a name such as Europe/Berlin or America/New_York, or leave it empty for the workspace&apos;s.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu d&apos;Uptake. Utilisez un nom comme Europe/Paris ou America/New_York, ou laissez vide pour celui de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are listed below; all of them are kept with their reasons on the Data page after the import.</source>
        <translation>Les %1 premières lignes rejetées sont listées ci-dessous ; toutes sont conservées avec leur motif sur la page Données après l&apos;import.</translation>
    </message>
    <message>
        <source>The rejected rows are listed below; they are kept with their reasons on the Data page after the import.</source>
        <translation>Les lignes rejetées sont listées ci-dessous ; elles sont conservées avec leur motif sur la page Données après l&apos;import.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This exact file was imported before&lt;/b&gt; (import %1). Importing it again adds nothing: its rows are already in the workspace. Skip it unless you changed the mapping on purpose.</source>
        <translation>&lt;b&gt;Ce fichier exact a déjà été importé&lt;/b&gt; (import %1). Le réimporter n&apos;ajoute rien : ses lignes sont déjà dans l&apos;espace de travail. Ignorez-le, sauf si vous avez modifié la correspondance exprès.</translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation>Importer &amp;quand même</translation>
    </message>
    <message>
        <source>Fields marked * are required. A field can combine two columns (first name + surname) or take one fixed value for every row (the course of a single-course log). The last column shows what the first row gives and, for the time, the date and time Uptake reads from it.</source>
        <translation>Les champs marqués * sont obligatoires. Un champ peut combiner deux colonnes (prénom + nom) ou prendre une valeur fixe pour chaque ligne (le cours d&apos;un journal mono-cours). La dernière colonne montre ce que donne la première ligne et, pour l&apos;heure, la date et l&apos;heure qu&apos;Uptake en tire.</translation>
    </message>
    <message>
        <source>%1 → not a time Uptake can read</source>
        <translation>%1 → pas une heure qu&apos;Uptake sait lire</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date read from the file; keep the month as a name</comment>
        <translation>d MMM yyyy</translation>
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
        <translation>Comment Uptake lit les premières lignes (heures dans le fuseau %1) :</translation>
    </message>
    <message>
        <source>%1 → no course (a site-wide action)</source>
        <translation>%1 → aucun cours (une action à l&apos;échelle du site)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The new values are for %1.</source>
        <translation>Les nouvelles valeurs portent sur le %1.</translation>
    </message>
    <message>
        <source>The new values are for %1 to %2.</source>
        <translation>Les nouvelles valeurs portent sur la période du %1 au %2.</translation>
    </message>
    <message numerus="yes">
        <source>The new events are all on %1 and include %n completion(s).</source>
        <translation>
            <numerusform>Les nouveaux événements sont tous du %1 et comptent %n achèvement.</numerusform>
            <numerusform>Les nouveaux événements sont tous du %1 et comptent %n achèvements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new events run from %1 to %2 and include %n completion(s).</source>
        <translation>
            <numerusform>Les nouveaux événements vont du %1 au %2 et comptent %n achèvement.</numerusform>
            <numerusform>Les nouveaux événements vont du %1 au %2 et comptent %n achèvements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::ImportsModel</name>
    <message>
        <source>Learning events</source>
        <translation>Événements d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste du personnel</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>séparé par des barres verticales</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>séparé par « %1 »</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>dates like %1</source>
        <translation>dates comme %1</translation>
    </message>
    <message>
        <source>times without an offset in %1</source>
        <translation>heures sans décalage en %1</translation>
    </message>
    <message>
        <source>Format: %1; read as %2</source>
        <translation>Format : %1 ; lu comme %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Lu comme %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes : %1</translation>
    </message>
    <message>
        <source>Counted as completed: %1</source>
        <translation>Compté comme terminé : %1</translation>
    </message>
    <message>
        <source>Not learner activity (skipped): %1</source>
        <translation>Pas une activité d’apprenant (ignoré) : %1</translation>
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
        <translation>%1 — %2, importé le %3</translation>
    </message>
</context>
<context>
    <name>Uptake::Journey</name>
    <message>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Concevoir</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gouverner</translation>
    </message>
    <message>
        <source>Login failures</source>
        <translation>Échecs de connexion</translation>
    </message>
    <message>
        <source>Unclear learning paths</source>
        <translation>Parcours d&apos;apprentissage peu clairs</translation>
    </message>
    <message>
        <source>Content does not match job tasks</source>
        <translation>Contenus sans lien avec le métier</translation>
    </message>
    <message>
        <source>Lack of time</source>
        <translation>Manque de temps</translation>
    </message>
    <message>
        <source>Unclear incentives</source>
        <translation>Incitations peu claires</translation>
    </message>
    <message>
        <source>Relevance concerns</source>
        <translation>Doutes sur la pertinence</translation>
    </message>
    <message>
        <source>Poor user experience</source>
        <translation>Mauvaise expérience utilisateur</translation>
    </message>
    <message>
        <source>No mobile access</source>
        <translation>Pas d&apos;accès mobile</translation>
    </message>
    <message>
        <source>Time-zone clashes</source>
        <translation>Conflits de fuseaux horaires</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Content relevance</source>
        <translation>Pertinence des contenus</translation>
    </message>
    <message>
        <source>Habit formation</source>
        <translation>Formation des habitudes</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Analytics signal</source>
        <translation>Signal analytique</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>achèvement</translation>
    </message>
    <message>
        <source>completion of the module</source>
        <translation>achèvement du module</translation>
    </message>
    <message>
        <source>active rate</source>
        <translation>taux d&apos;activité</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>L&amp;D</source>
        <translation>L&amp;D</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Not accessed in %1 days</source>
        <translation>Non consulté depuis %1 jours</translation>
    </message>
    <message>
        <source>Completion below %1</source>
        <translation>Achèvement inférieur à %1</translation>
    </message>
    <message>
        <source>Older than %1 months</source>
        <translation>Plus ancien que %1 mois</translation>
    </message>
    <message>
        <source>Superseded by a newer course</source>
        <translation>Remplacé par un cours plus récent</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Décision en attente</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the data&apos;s last day</source>
        <translation>Impossible de lire le dernier jour des données</translation>
    </message>
    <message>
        <source>The cohort filter “%1” is not understood: use attribute=value with one of %2.</source>
        <translation>Le filtre de cohorte « %1 » n&apos;est pas compris : utilisez attribut=valeur avec l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>Impossible de lire la liste du personnel</translation>
    </message>
    <message>
        <source>Choose the date the baseline is taken at.</source>
        <translation>Choisissez la date à laquelle la référence est prise.</translation>
    </message>
    <message>
        <source>Cannot read the activity</source>
        <translation>Impossible de lire l&apos;activité</translation>
    </message>
    <message>
        <source>Cannot read the course activity</source>
        <translation>Impossible de lire l&apos;activité des cours</translation>
    </message>
    <message>
        <source>Cannot read first completions</source>
        <translation>Impossible de lire les premiers achèvements</translation>
    </message>
    <message>
        <source>Cannot read the catalogue</source>
        <translation>Impossible de lire le catalogue</translation>
    </message>
    <message>
        <source>Cannot read the drop-off points</source>
        <translation>Impossible de lire les points d&apos;abandon</translation>
    </message>
    <message>
        <source>The scope holds %1 courses; the essential few for a catalogue of %2 are at most %3. Focus on the courses that drive most of the outcome and leave the rest for later.</source>
        <translation>Le périmètre compte %1 cours ; l&apos;essentiel pour un catalogue de %2 est de %3 au plus. Concentrez-vous sur les cours qui produisent l&apos;essentiel du résultat et gardez le reste pour plus tard.</translation>
    </message>
    <message>
        <source>Cannot read the content scope</source>
        <translation>Impossible de lire le périmètre des contenus</translation>
    </message>
    <message>
        <source>%1 not measurable yet (n = %2 → %3)</source>
        <translation>%1 pas encore mesurable (n = %2 → %3)</translation>
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
        <translation>L&apos;adaptation n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>Name the course the adaptation changed to measure its completion.</source>
        <translation>Indiquez le cours modifié par l&apos;adaptation pour mesurer son achèvement.</translation>
    </message>
    <message>
        <source>Cannot measure the adaptation</source>
        <translation>Impossible de mesurer l&apos;adaptation</translation>
    </message>
    <message>
        <source>Name the content the adaptation changed to measure its completion.</source>
        <translation>Indiquez le contenu modifié par l&apos;adaptation pour mesurer son achèvement.</translation>
    </message>
    <message>
        <source>The adapted content no longer exists.</source>
        <translation>Le contenu adapté n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot read how courses are used</source>
        <translation>Impossible de lire l&apos;utilisation des cours</translation>
    </message>
    <message>
        <source>Never accessed</source>
        <translation>Jamais consulté</translation>
    </message>
    <message>
        <source>Last accessed %1, more than %2 days ago</source>
        <translation>Dernière consultation le %1, il y a plus de %2 jours</translation>
    </message>
    <message>
        <source>Completion %1 (%2 of %3 learners), below %4</source>
        <translation>Achèvement %1 (%2 apprenants sur %3), inférieur à %4</translation>
    </message>
    <message>
        <source>In use since %1, more than %2 months</source>
        <translation>En service depuis le %1, plus de %2 mois</translation>
    </message>
    <message>
        <source>Superseded by “%1”</source>
        <translation>Remplacé par « %1 »</translation>
    </message>
    <message>
        <source>Role-based learning paths</source>
        <translation>Parcours d&apos;apprentissage par rôle</translation>
    </message>
    <message>
        <source>Give each role a short, ordered path of the courses that matter for its daily work.</source>
        <translation>Donnez à chaque rôle un parcours court et ordonné des cours utiles à son travail quotidien.</translation>
    </message>
    <message>
        <source>Microlearning</source>
        <translation>Microlearning</translation>
    </message>
    <message>
        <source>Split long modules into 10–15-minute pieces, e.g. one 45-minute module into three of 12.</source>
        <translation>Découper les modules longs en morceaux de 10–15 minutes, p. ex. un module de 45 minutes en trois de 12.</translation>
    </message>
    <message>
        <source>Integration with daily tools</source>
        <translation>Intégration aux outils du quotidien</translation>
    </message>
    <message>
        <source>Put learning where work happens: links in chat, calendar slots, prompts in the workflow tool.</source>
        <translation>Placer l&apos;apprentissage là où se fait le travail : liens dans la messagerie, créneaux d&apos;agenda, rappels dans l&apos;outil métier.</translation>
    </message>
    <message>
        <source>Apply within 48 hours</source>
        <translation>Appliquer sous 48 heures</translation>
    </message>
    <message>
        <source>After each module, one small task to try on the job within two days, shared in a channel.</source>
        <translation>Après chaque module, une petite tâche à essayer en situation de travail sous deux jours, partagée dans un canal.</translation>
    </message>
    <message>
        <source>Weekly nudges</source>
        <translation>Relances hebdomadaires</translation>
    </message>
    <message>
        <source>A short weekly reminder aiming at 15 minutes of practice a day, sent at a time that suits.</source>
        <translation>Une courte relance hebdomadaire visant 15 minutes de pratique par jour, envoyée à un moment opportun.</translation>
    </message>
    <message>
        <source>Asynchronous cohorts</source>
        <translation>Cohortes asynchrones</translation>
    </message>
    <message>
        <source>Small groups move through the same path in the same weeks, each at their own hours.</source>
        <translation>De petits groupes suivent le même parcours les mêmes semaines, chacun à ses heures.</translation>
    </message>
    <message>
        <source>Spaced repetition</source>
        <translation>Répétition espacée</translation>
    </message>
    <message>
        <source>Bring key points back as quick questions a few days and a few weeks after the module.</source>
        <translation>Faire revenir les points clés sous forme de questions rapides quelques jours et quelques semaines après le module.</translation>
    </message>
    <message>
        <source>Manager micro-coaching</source>
        <translation>Micro-coaching par les managers</translation>
    </message>
    <message>
        <source>Managers spend 10–15 minutes of the weekly check-in on what was learnt and applied.</source>
        <translation>Les managers consacrent 10–15 minutes du point hebdomadaire à ce qui a été appris et appliqué.</translation>
    </message>
    <message>
        <source>Recognition of milestones</source>
        <translation>Reconnaissance des étapes franchies</translation>
    </message>
    <message>
        <source>Peers or managers acknowledge finished paths and applied skills where the team can see it.</source>
        <translation>Pairs ou managers saluent les parcours terminés et les compétences appliquées là où l&apos;équipe peut le voir.</translation>
    </message>
    <message>
        <source>Tiered support model</source>
        <translation>Modèle de support par niveaux</translation>
    </message>
    <message>
        <source>Self-help first, then peer champions, then L&amp;D specialists, so nobody stays stuck.</source>
        <translation>D&apos;abord l&apos;autonomie, puis les ambassadeurs pairs, puis les spécialistes L&amp;D, pour que personne ne reste bloqué.</translation>
    </message>
    <message>
        <source>Usage baseline taken and frozen</source>
        <translation>Référence d&apos;utilisation prise et figée</translation>
    </message>
    <message>
        <source>Content consumption heatmap reviewed</source>
        <translation>Carte de chaleur de la consommation des contenus examinée</translation>
    </message>
    <message>
        <source>Login failures checked with IT</source>
        <translation>Échecs de connexion vérifiés avec l&apos;informatique</translation>
    </message>
    <message>
        <source>Stakeholder interviews held (at least five)</source>
        <translation>Entretiens avec les parties prenantes menés (au moins cinq)</translation>
    </message>
    <message>
        <source>Friction points identified and rated</source>
        <translation>Points de friction identifiés et évalués</translation>
    </message>
    <message>
        <source>Levers chosen for every serious barrier</source>
        <translation>Leviers choisis pour chaque obstacle sérieux</translation>
    </message>
    <message>
        <source>Content scope cut to the essential few courses</source>
        <translation>Périmètre réduit aux quelques cours essentiels</translation>
    </message>
    <message>
        <source>KPIs and 30/60/90-day targets agreed</source>
        <translation>Indicateurs et objectifs à 30/60/90 jours convenus</translation>
    </message>
    <message>
        <source>Cohort invited and first PLAN cycle launched</source>
        <translation>Cohorte invitée et premier cycle PLAN lancé</translation>
    </message>
    <message>
        <source>Feedback gathered and content adapted</source>
        <translation>Retours recueillis et contenus adaptés</translation>
    </message>
    <message>
        <source>Governance board set up</source>
        <translation>Comité de pilotage mis en place</translation>
    </message>
    <message>
        <source>Release calendar and retirement policy agreed</source>
        <translation>Calendrier des publications et règle de retrait convenus</translation>
    </message>
    <message>
        <source>Take the usage baseline</source>
        <translation>Prendre la référence d&apos;utilisation</translation>
    </message>
    <message>
        <source>Interview stakeholders and learners</source>
        <translation>Interroger parties prenantes et apprenants</translation>
    </message>
    <message>
        <source>Build the barrier register</source>
        <translation>Constituer le registre des obstacles</translation>
    </message>
    <message>
        <source>Choose levers and the content scope</source>
        <translation>Choisir les leviers et le périmètre des contenus</translation>
    </message>
    <message>
        <source>Announce the pilot to the cohort</source>
        <translation>Annoncer le pilote à la cohorte</translation>
    </message>
    <message>
        <source>Start the weekly nudges</source>
        <translation>Lancer les relances hebdomadaires</translation>
    </message>
    <message>
        <source>Run the first PLAN cycle review</source>
        <translation>Faire la revue du premier cycle PLAN</translation>
    </message>
    <message>
        <source>Adapt the content with the most drop-off</source>
        <translation>Adapter le contenu qui a le plus d&apos;abandons</translation>
    </message>
    <message>
        <source>Measure the adaptations&apos; effect</source>
        <translation>Mesurer l&apos;effet des adaptations</translation>
    </message>
    <message>
        <source>Set up the governance board</source>
        <translation>Mettre en place le comité de pilotage</translation>
    </message>
    <message>
        <source>Agree the release calendar</source>
        <translation>Convenir du calendrier des publications</translation>
    </message>
    <message>
        <source>Review retirement candidates</source>
        <translation>Examiner les candidats au retrait</translation>
    </message>
    <message>
        <source>Decide how to scale to the next group</source>
        <translation>Décider comment étendre au groupe suivant</translation>
    </message>
    <message>
        <source>%1 points in %2 (n = %3 → %4)</source>
        <translation>%1 points en %2 (n = %3 → %4)</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyModels</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No lever yet</source>
        <translation>Pas encore de levier</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Cycle %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Adaptations</source>
        <translation>Adaptations</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Course or content</source>
        <translation>Cours ou contenu</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesuré</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyPage</name>
    <message>
        <source>Start from the &amp;Template Plan</source>
        <translation>Partir du plan &amp;modèle</translation>
    </message>
    <message>
        <source>No pilot yet</source>
        <translation>Pas encore de pilote</translation>
    </message>
    <message>
        <source>The journey follows one pilot from diagnosis to governance. Create a pilot on the Pilot page first; its checklist, levers and 30/60/90-day plan start from the method&apos;s templates.</source>
        <translation>Le parcours suit un pilote du diagnostic à la gouvernance. Créez d&apos;abord un pilote sur la page Pilote ; sa liste de contrôle, ses leviers et son plan à 30/60/90 jours partent des modèles de la méthode.</translation>
    </message>
    <message>
        <source>Go to the Pilot Page</source>
        <translation>Aller à la page Pilote</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilote :</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>This pilot has no checklist, levers or 30/60/90-day plan yet. Start from the method&apos;s templates and edit them from there.</source>
        <translation>Ce pilote n&apos;a pas encore de liste de contrôle, de leviers ni de plan à 30/60/90 jours. Partez des modèles de la méthode et modifiez-les ensuite.</translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation>Liste de contrôle : %1</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>&amp;Ajouter un élément…</translation>
    </message>
    <message>
        <source>No checklist items for this phase</source>
        <translation>Aucun élément de liste de contrôle pour cette phase</translation>
    </message>
    <message>
        <source>Add what this phase needs done, with an owner and a due date, or start the pilot from the template plan. Tick items off as they are done.</source>
        <translation>Ajoutez ce que cette phase doit accomplir, avec un responsable et une échéance, ou démarrez le pilote à partir du plan modèle. Cochez les éléments une fois faits.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Élément :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>Qui s&apos;assure que c&apos;est fait</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
    <message>
        <source>Add Checklist Item</source>
        <translation>Ajouter un élément à la liste de contrôle</translation>
    </message>
    <message>
        <source>Edit Checklist Item</source>
        <translation>Modifier l&apos;élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>Delete Checklist Item</source>
        <translation>Supprimer l&apos;élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Liste de contrôle</translation>
    </message>
    <message>
        <source>Start from the Template Plan</source>
        <translation>Partir du plan modèle</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>%1 has no checklist for this pilot yet.</source>
        <translation>%1 n&apos;a pas encore de liste de contrôle pour ce pilote.</translation>
    </message>
    <message>
        <source>%1 is done: every item of its checklist is ticked.</source>
        <translation>%1 est terminé : chaque élément de sa liste de contrôle est coché.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 done, %n still open</source>
        <translation>
            <numerusform>%1 : %2 sur %3 faits, %n encore ouvert</numerusform>
            <numerusform>%1 : %2 sur %3 faits, %n encore ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n en retard)</numerusform>
            <numerusform> (%n en retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot is now in the %1 phase.</source>
        <translation>Le pilote est maintenant dans la phase %1.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the baseline snapshots</source>
        <translation>Impossible de lire les instantanés de référence</translation>
    </message>
    <message>
        <source>Cannot read the interviews</source>
        <translation>Impossible de lire les entretiens</translation>
    </message>
    <message>
        <source>Cannot read the barriers</source>
        <translation>Impossible de lire les obstacles</translation>
    </message>
    <message>
        <source>Cannot count the interviews</source>
        <translation>Impossible de compter les entretiens</translation>
    </message>
    <message>
        <source>Cannot read the barrier categories</source>
        <translation>Impossible de lire les catégories d&apos;obstacles</translation>
    </message>
    <message>
        <source>Cannot read the checklist</source>
        <translation>Impossible de lire la liste de contrôle</translation>
    </message>
    <message>
        <source>Cannot read the levers</source>
        <translation>Impossible de lire les leviers</translation>
    </message>
    <message>
        <source>Cannot read the content scope</source>
        <translation>Impossible de lire le périmètre des contenus</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycles</source>
        <translation>Impossible de lire les cycles PLAN</translation>
    </message>
    <message>
        <source>Cannot read what was launched</source>
        <translation>Impossible de lire ce qui a été lancé</translation>
    </message>
    <message>
        <source>Cannot read the feedback</source>
        <translation>Impossible de lire les retours</translation>
    </message>
    <message>
        <source>Cannot read the adaptations</source>
        <translation>Impossible de lire les adaptations</translation>
    </message>
    <message>
        <source>Cannot read what was scaled</source>
        <translation>Impossible de lire ce qui a été déployé</translation>
    </message>
    <message>
        <source>Cannot read the governance board</source>
        <translation>Impossible de lire le comité de pilotage</translation>
    </message>
    <message>
        <source>Cannot read the decisions</source>
        <translation>Impossible de lire les décisions</translation>
    </message>
    <message>
        <source>Cannot read the release calendar</source>
        <translation>Impossible de lire le calendrier des publications</translation>
    </message>
    <message>
        <source>Cannot read the retirement rules</source>
        <translation>Impossible de lire les règles de retrait</translation>
    </message>
    <message>
        <source>Cannot read the superseded courses</source>
        <translation>Impossible de lire les cours remplacés</translation>
    </message>
    <message>
        <source>Cannot read the retirement decisions</source>
        <translation>Impossible de lire les décisions de retrait</translation>
    </message>
    <message>
        <source>Cannot read the action plan</source>
        <translation>Impossible de lire le plan d&apos;action</translation>
    </message>
    <message>
        <source>Cannot read the KPIs</source>
        <translation>Impossible de lire les indicateurs</translation>
    </message>
    <message>
        <source>Cannot read the course catalogue</source>
        <translation>Impossible de lire le catalogue des cours</translation>
    </message>
    <message>
        <source>Cannot read the course&apos;s content</source>
        <translation>Impossible de lire le contenu du cours</translation>
    </message>
    <message>
        <source>Cannot read the baseline snapshot</source>
        <translation>Impossible de lire l&apos;instantané de référence</translation>
    </message>
    <message>
        <source>A baseline snapshot&apos;s figures must be a JSON object.</source>
        <translation>Les chiffres d&apos;un instantané de référence doivent être un objet JSON.</translation>
    </message>
    <message>
        <source>Cannot save the baseline snapshot</source>
        <translation>Impossible d&apos;enregistrer l&apos;instantané de référence</translation>
    </message>
    <message>
        <source>Cannot delete the baseline snapshot</source>
        <translation>Impossible de supprimer l&apos;instantané de référence</translation>
    </message>
    <message>
        <source>Cannot read the interview</source>
        <translation>Impossible de lire l&apos;entretien</translation>
    </message>
    <message>
        <source>An interview needs the name of the person interviewed.</source>
        <translation>Un entretien doit indiquer le nom de la personne interrogée.</translation>
    </message>
    <message>
        <source>Cannot save the interview</source>
        <translation>Impossible d&apos;enregistrer l&apos;entretien</translation>
    </message>
    <message>
        <source>Cannot delete the interview</source>
        <translation>Impossible de supprimer l&apos;entretien</translation>
    </message>
    <message>
        <source>Cannot read the barrier</source>
        <translation>Impossible de lire l&apos;obstacle</translation>
    </message>
    <message>
        <source>A barrier needs a title.</source>
        <translation>Un obstacle doit avoir un titre.</translation>
    </message>
    <message>
        <source>A barrier needs a category.</source>
        <translation>Un obstacle doit avoir une catégorie.</translation>
    </message>
    <message>
        <source>Cannot save the barrier</source>
        <translation>Impossible d&apos;enregistrer l&apos;obstacle</translation>
    </message>
    <message>
        <source>Cannot delete the barrier</source>
        <translation>Impossible de supprimer l&apos;obstacle</translation>
    </message>
    <message>
        <source>Cannot read the checklist item</source>
        <translation>Impossible de lire l&apos;élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>A checklist item needs a text.</source>
        <translation>Un élément de liste de contrôle doit avoir un texte.</translation>
    </message>
    <message>
        <source>Cannot save the checklist item</source>
        <translation>Impossible d&apos;enregistrer l&apos;élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>Cannot delete the checklist item</source>
        <translation>Impossible de supprimer l&apos;élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>Cannot read the lever</source>
        <translation>Impossible de lire le levier</translation>
    </message>
    <message>
        <source>A lever needs a name.</source>
        <translation>Un levier doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot save the lever</source>
        <translation>Impossible d&apos;enregistrer le levier</translation>
    </message>
    <message>
        <source>Cannot delete the lever</source>
        <translation>Impossible de supprimer le levier</translation>
    </message>
    <message>
        <source>Cannot add the course to the scope</source>
        <translation>Impossible d&apos;ajouter le cours au périmètre</translation>
    </message>
    <message>
        <source>Cannot remove the course from the scope</source>
        <translation>Impossible de retirer le cours du périmètre</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycle</source>
        <translation>Impossible de lire le cycle PLAN</translation>
    </message>
    <message>
        <source>PLAN cycles are numbered from 1.</source>
        <translation>Les cycles PLAN sont numérotés à partir de 1.</translation>
    </message>
    <message>
        <source>A PLAN cycle cannot end before it starts.</source>
        <translation>Un cycle PLAN ne peut pas finir avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>Cannot save the PLAN cycle</source>
        <translation>Impossible d&apos;enregistrer le cycle PLAN</translation>
    </message>
    <message>
        <source>Cannot delete the PLAN cycle</source>
        <translation>Impossible de supprimer le cycle PLAN</translation>
    </message>
    <message>
        <source>Cannot read the launch</source>
        <translation>Impossible de lire le lancement</translation>
    </message>
    <message>
        <source>Say what was launched.</source>
        <translation>Indiquez ce qui a été lancé.</translation>
    </message>
    <message>
        <source>Cannot save the launch</source>
        <translation>Impossible d&apos;enregistrer le lancement</translation>
    </message>
    <message>
        <source>Cannot delete the launch</source>
        <translation>Impossible de supprimer le lancement</translation>
    </message>
    <message>
        <source>Cannot save the feedback</source>
        <translation>Impossible d&apos;enregistrer le retour</translation>
    </message>
    <message>
        <source>Cannot delete the feedback</source>
        <translation>Impossible de supprimer le retour</translation>
    </message>
    <message>
        <source>Cannot read the adaptation</source>
        <translation>Impossible de lire l&apos;adaptation</translation>
    </message>
    <message>
        <source>An adaptation needs the date it took effect.</source>
        <translation>Une adaptation doit avoir sa date d&apos;effet.</translation>
    </message>
    <message>
        <source>Describe the adaptation.</source>
        <translation>Décrivez l&apos;adaptation.</translation>
    </message>
    <message>
        <source>An adaptation is measured over 1 to 182 days on each side.</source>
        <translation>Une adaptation se mesure sur 1 à 182 jours de chaque côté.</translation>
    </message>
    <message>
        <source>Cannot save the adaptation</source>
        <translation>Impossible d&apos;enregistrer l&apos;adaptation</translation>
    </message>
    <message>
        <source>Cannot delete the adaptation</source>
        <translation>Impossible de supprimer l&apos;adaptation</translation>
    </message>
    <message>
        <source>Say what is scaled.</source>
        <translation>Indiquez ce qui est déployé.</translation>
    </message>
    <message>
        <source>Cannot save what is scaled</source>
        <translation>Impossible d&apos;enregistrer le déploiement</translation>
    </message>
    <message>
        <source>Cannot delete what is scaled</source>
        <translation>Impossible de supprimer le déploiement</translation>
    </message>
    <message>
        <source>Cannot read the board member</source>
        <translation>Impossible de lire le membre du comité</translation>
    </message>
    <message>
        <source>A board member needs a name.</source>
        <translation>Un membre du comité doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot save the board member</source>
        <translation>Impossible d&apos;enregistrer le membre du comité</translation>
    </message>
    <message>
        <source>Cannot delete the board member</source>
        <translation>Impossible de supprimer le membre du comité</translation>
    </message>
    <message>
        <source>Cannot read the decision</source>
        <translation>Impossible de lire la décision</translation>
    </message>
    <message>
        <source>A decision needs a date.</source>
        <translation>Une décision doit avoir une date.</translation>
    </message>
    <message>
        <source>Say what was decided.</source>
        <translation>Indiquez ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Cannot save the decision</source>
        <translation>Impossible d&apos;enregistrer la décision</translation>
    </message>
    <message>
        <source>Cannot delete the decision</source>
        <translation>Impossible de supprimer la décision</translation>
    </message>
    <message>
        <source>Cannot read the release</source>
        <translation>Impossible de lire la publication</translation>
    </message>
    <message>
        <source>A release needs a planned date.</source>
        <translation>Une publication doit avoir une date prévue.</translation>
    </message>
    <message>
        <source>A release needs a title.</source>
        <translation>Une publication doit avoir un titre.</translation>
    </message>
    <message>
        <source>Cannot save the release</source>
        <translation>Impossible d&apos;enregistrer la publication</translation>
    </message>
    <message>
        <source>Cannot delete the release</source>
        <translation>Impossible de supprimer la publication</translation>
    </message>
    <message>
        <source>Cannot read the retirement rule</source>
        <translation>Impossible de lire la règle de retrait</translation>
    </message>
    <message>
        <source>That threshold is out of range for this rule.</source>
        <translation>Ce seuil est hors limites pour cette règle.</translation>
    </message>
    <message>
        <source>Cannot save the retirement rule</source>
        <translation>Impossible d&apos;enregistrer la règle de retrait</translation>
    </message>
    <message>
        <source>Cannot delete the retirement rule</source>
        <translation>Impossible de supprimer la règle de retrait</translation>
    </message>
    <message>
        <source>Cannot read the superseded course</source>
        <translation>Impossible de lire le cours remplacé</translation>
    </message>
    <message>
        <source>A course cannot supersede itself.</source>
        <translation>Un cours ne peut pas se remplacer lui-même.</translation>
    </message>
    <message>
        <source>Cannot mark the course as superseded</source>
        <translation>Impossible de marquer le cours comme remplacé</translation>
    </message>
    <message>
        <source>Cannot unmark the superseded course</source>
        <translation>Impossible de retirer la marque « remplacé » du cours</translation>
    </message>
    <message>
        <source>Cannot read the retirement decision</source>
        <translation>Impossible de lire la décision de retrait</translation>
    </message>
    <message>
        <source>Cannot save the retirement decision</source>
        <translation>Impossible d&apos;enregistrer la décision de retrait</translation>
    </message>
    <message>
        <source>Cannot delete the retirement decision</source>
        <translation>Impossible de supprimer la décision de retrait</translation>
    </message>
    <message>
        <source>Cannot read the action</source>
        <translation>Impossible de lire l&apos;action</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Une action doit avoir un titre.</translation>
    </message>
    <message>
        <source>An action belongs to the day-30, day-60 or day-90 bucket.</source>
        <translation>Une action relève de l&apos;échéance jour 30, jour 60 ou jour 90.</translation>
    </message>
    <message>
        <source>Cannot save the action</source>
        <translation>Impossible d&apos;enregistrer l&apos;action</translation>
    </message>
    <message>
        <source>Cannot delete the action</source>
        <translation>Impossible de supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Cannot start saving: %1</source>
        <translation>Impossible de commencer l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>baseline snapshot</source>
        <translation>instantané de référence</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>obstacle</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>levier</translation>
    </message>
    <message>
        <source>course in scope</source>
        <translation>cours du périmètre</translation>
    </message>
    <message>
        <source>PLAN cycle</source>
        <translation>cycle PLAN</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>adaptation</source>
        <translation>adaptation</translation>
    </message>
    <message>
        <source>scaling step</source>
        <translation>étape de déploiement</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>membre du comité</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>release</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>retirement rule</source>
        <translation>règle de retrait</translation>
    </message>
    <message>
        <source>superseded course</source>
        <translation>cours remplacé</translation>
    </message>
    <message>
        <source>retirement decision</source>
        <translation>décision de retrait</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyStepper</name>
    <message>
        <source>Journey progress</source>
        <translation>Avancement du parcours</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done%4</source>
        <translation>%1 : %2 sur %3 faits%4</translation>
    </message>
    <message>
        <source> (current phase)</source>
        <translation> (phase en cours)</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (maintenant)</translation>
    </message>
    <message>
        <source>no checklist</source>
        <translation>pas de liste de contrôle</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
</context>
<context>
    <name>Uptake::MainWindow</name>
    <message>
        <source>Uptake workspaces (*.uptake);;All files (*)</source>
        <translation>Espaces de travail Uptake (*.uptake);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Concevoir</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gouverner</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Where the program stands</source>
        <translation>Où en est le programme</translation>
    </message>
    <message>
        <source>Baseline, interviews, barriers</source>
        <translation>Référence, entretiens, obstacles</translation>
    </message>
    <message>
        <source>Engagement plan and levers</source>
        <translation>Plan d&apos;engagement et leviers</translation>
    </message>
    <message>
        <source>Cohorts, sprints, PLAN cycles</source>
        <translation>Cohortes, sprints, cycles PLAN</translation>
    </message>
    <message>
        <source>Board, decisions, releases</source>
        <translation>Comité, décisions, publications</translation>
    </message>
    <message>
        <source>Imports and their quality</source>
        <translation>Imports et leur qualité</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Nouvel espace de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Enregistrer une copie &amp;sous…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to another file and continue there.</source>
        <translation>Écrire une copie cohérente de l&apos;espace de travail dans un autre fichier et continuer dans celui-ci.</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import an LMS usage export, a roster or performance data.</source>
        <translation>Importer un export d&apos;utilisation du LMS, une liste du personnel ou des données de performance.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Uptake</source>
        <translation>À &amp;propos d&apos;Uptake</translation>
    </message>
    <message>
        <source>About Uptake</source>
        <translation>À propos d&apos;Uptake</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Upgraded from an older Uptake; the original was kept as %1</source>
        <translation>Mis à niveau depuis une version antérieure d&apos;Uptake ; l&apos;original a été conservé sous %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Adoption program</source>
        <translation>Programme d&apos;adoption</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Nouvel espace de démonstration</translation>
    </message>
    <message>
        <source>Uptake demo</source>
        <translation>Démo Uptake</translation>
    </message>
    <message>
        <source>Building the demo workspace…</source>
        <translation>Construction de l&apos;espace de démonstration…</translation>
    </message>
    <message>
        <source>Cannot Create Demo Workspace</source>
        <translation>Impossible de créer l&apos;espace de démonstration</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>LMS exports (*.csv *.tsv *.txt *.json *.js *.jsonl);;All files (*)</source>
        <translation>Exports LMS (*.csv *.tsv *.txt *.json *.js *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2</source>
        <translation>%1 lignes importées depuis %2</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>Cannot Save Copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>The new language applies the next time Uptake starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage d&apos;Uptake.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>%1 — Uptake</source>
        <translation>%1 — Uptake</translation>
    </message>
    <message>
        <source>%1 · dates in %2%3</source>
        <translation>%1 · dates en %2%3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · lecture seule</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Status report for the board</source>
        <translation>Rapport d&apos;avancement pour le comité</translation>
    </message>
    <message>
        <source>Uptake &amp;Guide</source>
        <translation>&amp;Guide d&apos;Uptake</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>Qu&apos;est-ce que c&apos;es&amp;t ?</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Uptake %1&lt;/h3&gt;&lt;p&gt;Drive LMS adoption with a disciplined program: diagnose, design, pilot and govern, measured against 30/60/90-day targets.&lt;/p&gt;&lt;p&gt;© 2026 The Uptake Team · &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Uptake is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4), QCoro and SQLite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party licences&lt;/b&gt;&lt;br&gt;Qt: GNU LGPL version 3; Qt Charts: GNU GPL version 3&lt;br&gt;QCoro: MIT licence&lt;br&gt;SQLite: public domain&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Uptake %1&lt;/h3&gt;&lt;p&gt;Faites progresser l&apos;adoption de votre LMS avec un programme rigoureux : diagnostiquer, concevoir, piloter et gouverner, mesuré face à des objectifs à 30/60/90 jours.&lt;/p&gt;&lt;p&gt;© 2026 The Uptake Team · &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Uptake est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Construit avec Qt %3 (exécuté avec Qt %4), QCoro et SQLite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences tierces&lt;/b&gt;&lt;br&gt;Qt : GNU LGPL version 3 ; Qt Charts : GNU GPL version 3&lt;br&gt;QCoro : licence MIT&lt;br&gt;SQLite : domaine public&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the workspace by one of its backups.</source>
        <translation>Remplacer l&apos;espace de travail par l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>&amp;Targets and Annotations…</source>
        <translation>&amp;Objectifs et annotations…</translation>
    </message>
    <message>
        <source>Set the pilot&apos;s KPI targets for day 30, 60 and 90 and add annotations to its charts.</source>
        <translation>Définir les objectifs d&apos;indicateurs du pilote à 30, 60 et 90 jours et ajouter des annotations à ses graphiques.</translation>
    </message>
    <message>
        <source>Workspace in Use</source>
        <translation>Espace de travail en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>This workspace is on a network share (%1), where SQLite cannot lock files reliably: two people editing it at once could damage it. Keep it on this computer and share copies.</source>
        <translation>Cet espace de travail se trouve sur un partage réseau (%1), où SQLite ne peut pas verrouiller les fichiers de façon fiable : deux personnes le modifiant en même temps pourraient l&apos;endommager. Conservez-le sur cet ordinateur et partagez-en des copies.</translation>
    </message>
    <message>
        <source>Opened read-only: nothing in this workspace can be changed.</source>
        <translation>Ouvert en lecture seule : rien ne peut être modifié dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restored from the backup; the state before was kept as a backup.</source>
        <translation>Restauré depuis la sauvegarde ; l&apos;état précédent a été conservé dans une sauvegarde.</translation>
    </message>
    <message>
        <source> · on a network share</source>
        <translation> · sur un partage réseau</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Se &amp;connecter à un espace de travail d&apos;équipe…</translation>
    </message>
    <message>
        <source>Open a workspace your team shares on a PostgreSQL server.</source>
        <translation>Ouvrir un espace de travail que votre équipe partage sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1). Type the password to connect.</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu (%1). Saisissez le mot de passe pour vous connecter.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); Uptake will ask for it next time.</source>
        <translation>Le mot de passe n&apos;a pas pu être conservé dans le trousseau du système (%1) ; Uptake le demandera la prochaine fois.</translation>
    </message>
    <message>
        <source>&amp;Publish Local Workspace to Server…</source>
        <translation>&amp;Publier l&apos;espace de travail local sur le serveur…</translation>
    </message>
    <message>
        <source>Copy a workspace file into a new, empty team workspace on a PostgreSQL server.</source>
        <translation>Copier un fichier d&apos;espace de travail dans un nouvel espace de travail d&apos;équipe vide sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Download a &amp;Local Copy…</source>
        <translation>&amp;Télécharger une copie locale…</translation>
    </message>
    <message>
        <source>Copy a team workspace into a workspace file on this computer.</source>
        <translation>Copier un espace de travail d&apos;équipe dans un fichier d&apos;espace de travail sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Publish Local Workspace</source>
        <translation>Publier l&apos;espace de travail local</translation>
    </message>
    <message>
        <source>Publish Local Workspace to Server</source>
        <translation>Publier l&apos;espace de travail local sur le serveur</translation>
    </message>
    <message>
        <source>Uptake copies &lt;b&gt;%1&lt;/b&gt;, with its pilots, plans and imported data, into a team workspace on your organisation&apos;s PostgreSQL server. The team workspace must be new and empty: your IT team sets it up with &lt;nobr&gt;&lt;tt&gt;uptake server-init&lt;/tt&gt;&lt;/nobr&gt; and makes you one of its editors. The file itself does not change.</source>
        <translation>Uptake copie &lt;b&gt;%1&lt;/b&gt;, avec ses pilotes, ses plans et ses données importées, dans un espace de travail d&apos;équipe sur le serveur PostgreSQL de votre organisation. L&apos;espace de travail d&apos;équipe doit être nouveau et vide : votre équipe informatique le configure avec &lt;nobr&gt;&lt;tt&gt;uptake server-init&lt;/tt&gt;&lt;/nobr&gt; et fait de vous l&apos;un de ses éditeurs. Le fichier lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Download a Local Copy</source>
        <translation>Télécharger une copie locale</translation>
    </message>
    <message>
        <source>Uptake copies a team workspace, with its pilots, plans and imported data, into a workspace file on this computer, to work on without the server or to keep. Later changes on the server do not reach the copy.</source>
        <translation>Uptake copie un espace de travail d&apos;équipe, avec ses pilotes, ses plans et ses données importées, dans un fichier d&apos;espace de travail sur cet ordinateur, pour y travailler sans le serveur ou pour le conserver. Les modifications ultérieures sur le serveur n&apos;atteignent pas la copie.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Publier sur le serveur</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Finishing: id counters, indexes and the commit…</source>
        <translation>Finalisation : compteurs d&apos;identifiants, index et validation…</translation>
    </message>
    <message>
        <source>Copying %1 (table %2 of %3)</source>
        <translation>Copie de %1 (table %2 sur %3)</translation>
    </message>
    <message>
        <source>Publishing “%1” to the team workspace %2</source>
        <translation>Publication de « %1 » dans l&apos;espace de travail d&apos;équipe %2</translation>
    </message>
    <message>
        <source>Downloading the team workspace %1 to “%2”</source>
        <translation>Téléchargement de l&apos;espace de travail d&apos;équipe %1 vers « %2 »</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Publishing cancelled: the server was left as it was.</source>
        <translation>Publication annulée : le serveur est resté tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Download cancelled: no file was changed.</source>
        <translation>Téléchargement annulé : aucun fichier n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot Publish</source>
        <translation>Impossible de publier</translation>
    </message>
    <message>
        <source>Cannot Download</source>
        <translation>Impossible de télécharger</translation>
    </message>
    <message>
        <source>Published “%1” to the team workspace %2 (%3 rows).</source>
        <translation>« %1 » publié dans l&apos;espace de travail d&apos;équipe %2 (%3 lignes).</translation>
    </message>
    <message>
        <source>Downloaded the team workspace %1 to “%2” (%3 rows).</source>
        <translation>Espace de travail d&apos;équipe %1 téléchargé vers « %2 » (%3 lignes).</translation>
    </message>
    <message>
        <source>Open the team workspace now?</source>
        <translation>Ouvrir l&apos;espace de travail d&apos;équipe maintenant ?</translation>
    </message>
    <message>
        <source>Open the local copy now?</source>
        <translation>Ouvrir la copie locale maintenant ?</translation>
    </message>
    <message>
        <source>Import %1 (%2 of %3)</source>
        <translation>Importer %1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>Uptake::Metrics</name>
    <message>
        <source>Weekly active rate</source>
        <translation>Taux d&apos;activité hebdomadaire</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Utilisateurs actifs par semaine</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux d&apos;achèvement</translation>
    </message>
    <message>
        <source>Median days to first completion</source>
        <translation>Nombre médian de jours avant le premier achèvement</translation>
    </message>
    <message>
        <source>Weekly learning minutes per learner</source>
        <translation>Minutes d&apos;apprentissage hebdomadaires par apprenant</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <source>Cannot compute the metrics: %1</source>
        <translation>Impossible de calculer les indicateurs : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>There is no pilot %1.</source>
        <translation>Il n&apos;y a pas de pilote %1.</translation>
    </message>
    <message>
        <source>The window ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Pilot cohort</source>
        <translation>Cohorte pilote</translation>
    </message>
    <message>
        <source>Rest of the organisation</source>
        <translation>Reste de l&apos;organisation</translation>
    </message>
    <message>
        <source>Comparison group</source>
        <translation>Groupe de comparaison</translation>
    </message>
    <message>
        <source>Pilot starts</source>
        <translation>Début du pilote</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>apprenants</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Cannot read the pilot: %1</source>
        <translation>Impossible de lire le pilote : %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Metrics::Definitions</name>
    <message>
        <source>Weekly active users and active rate</source>
        <translation>Utilisateurs actifs par semaine et taux d&apos;activité</translation>
    </message>
    <message>
        <source>Distinct learners with at least one event other than a failed login in an ISO week (Monday to Sunday, in the workspace time zone). The active rate divides them by the cohort: roster members matching the filters, or, without a roster, every learner seen in the data.</source>
        <translation>Apprenants distincts ayant au moins un événement autre qu&apos;un échec de connexion dans une semaine ISO (du lundi au dimanche, dans le fuseau horaire de l&apos;espace de travail). Le taux d&apos;activité les rapporte à la cohorte : les personnes de la liste du personnel correspondant aux filtres ou, sans liste, tous les apprenants vus dans les données.</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux d&apos;achèvement</translation>
    </message>
    <message>
        <source>Time to first completion</source>
        <translation>Délai avant le premier achèvement</translation>
    </message>
    <message>
        <source>Per learner, the days from their first event in the window to their first completion; shown as median and quartiles with n, the number of learners who completed something.</source>
        <translation>Par apprenant, le nombre de jours entre son premier événement de la période et son premier achèvement ; affiché en médiane et quartiles avec n, le nombre d&apos;apprenants ayant achevé quelque chose.</translation>
    </message>
    <message>
        <source>Drop-off points</source>
        <translation>Points d&apos;abandon</translation>
    </message>
    <message>
        <source>For learners who started a course (any event in it) and did not complete it in the window, the content item of their last event in it, counted per course and as a share of the non-completers. Where the course&apos;s items have an order, the funnel shows how many got at least as far as each item: everyone who started, less those who stopped at an earlier item.</source>
        <translation>Pour les apprenants qui ont commencé un cours (un événement quelconque) sans l&apos;achever sur la période, l&apos;élément de contenu de leur dernier événement dans ce cours, compté par cours et en part des non-finissants. Quand les éléments du cours sont ordonnés, l&apos;entonnoir montre combien sont allés au moins jusqu&apos;à chaque élément : tous ceux qui ont commencé, moins ceux qui se sont arrêtés à un élément antérieur.</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Temps d&apos;apprentissage</translation>
    </message>
    <message>
        <source>The duration column where events have one; otherwise estimated from each learner&apos;s event sequence: gaps between consecutive events shorter than the session timeout count as learning.</source>
        <translation>La colonne de durée quand les événements en ont une ; sinon estimé à partir de la séquence d&apos;événements de chaque apprenant : les écarts entre événements consécutifs inférieurs au délai de session comptent comme apprentissage.</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Apprentissage et performance</translation>
    </message>
    <message>
        <source>Per learner with KPI values in the window — every roster member of the cohort (no learning counts as 0), or without a roster the learners present in both data sets: learning activity in the window (minutes or events other than failed logins) against the mean of the performance KPI in the window, or its change from the learner&apos;s mean over the 28 days before the window. Pearson r with a 95% confidence interval (Fisher z), Spearman ρ (ties get their average rank) and n. Correlation is not causation, and small n makes r unreliable.</source>
        <translation>Par apprenant ayant des valeurs d&apos;indicateur sur la période — chaque membre de la cohorte dans la liste du personnel (aucun apprentissage compte pour 0), ou sans liste les apprenants présents dans les deux jeux de données : l&apos;activité d&apos;apprentissage sur la période (minutes ou événements hors échecs de connexion) face à la moyenne de l&apos;indicateur de performance sur la période, ou à son évolution par rapport à la moyenne de l&apos;apprenant sur les 28 jours précédant la période. r de Pearson avec un intervalle de confiance à 95 % (z de Fisher), ρ de Spearman (les ex æquo reçoivent leur rang moyen) et n. Corrélation n&apos;est pas causalité, et un n faible rend r peu fiable.</translation>
    </message>
    <message>
        <source>Content consumption heatmap</source>
        <translation>Carte de chaleur de la consommation des contenus</translation>
    </message>
    <message>
        <source>Distinct active learners per course (or department) and week.</source>
        <translation>Apprenants actifs distincts par cours (ou service) et par semaine.</translation>
    </message>
    <message>
        <source>Retention by start week</source>
        <translation>Rétention par semaine de début</translation>
    </message>
    <message>
        <source>Learners grouped by the week of their first activity in the window; the share of each group active in each later week.</source>
        <translation>Apprenants regroupés par semaine de leur première activité sur la période ; la part de chaque groupe active chaque semaine suivante.</translation>
    </message>
    <message>
        <source>Under-engaged cohorts</source>
        <translation>Cohortes peu engagées</translation>
    </message>
    <message>
        <source>Groups of at least three people by a roster attribute (department, team, country, time zone, manager, role or an extra roster column) whose active rate over the last two weeks of the window (its last 14 days) is below the threshold (default 25%) or below half the organisation&apos;s, lowest first.</source>
        <translation>Groupes d&apos;au moins trois personnes selon un attribut de la liste du personnel (service, équipe, pays, fuseau horaire, responsable, rôle ou colonne supplémentaire) dont le taux d&apos;activité sur les deux dernières semaines de la période (ses 14 derniers jours) est inférieur au seuil (25 % par défaut) ou à la moitié de celui de l&apos;organisation, du plus bas au plus haut.</translation>
    </message>
    <message>
        <source>Stopped engaging</source>
        <translation>Ne participent plus</translation>
    </message>
    <message>
        <source>Learners active in at least two of the four weeks before the last two weeks of the window and in neither of the last two (weeks counted back from the window&apos;s last day).</source>
        <translation>Apprenants actifs pendant au moins deux des quatre semaines précédant les deux dernières semaines de la période, et pendant aucune des deux dernières (semaines comptées à rebours depuis le dernier jour de la période).</translation>
    </message>
    <message>
        <source>Pilot vs the rest</source>
        <translation>Pilote face au reste</translation>
    </message>
    <message>
        <source>Every KPI (active rate, weekly active users, completion, median days to first completion, weekly learning minutes per learner) of the pilot cohort and of a comparison group — everyone else, or a chosen cohort — during the pilot&apos;s weeks in the window, each against its own baseline over the four weeks before the start; the difference in differences estimates the pilot&apos;s effect beyond the general trend.</source>
        <translation>Chaque indicateur (taux d&apos;activité, utilisateurs actifs par semaine, achèvement, nombre médian de jours avant le premier achèvement, minutes d&apos;apprentissage hebdomadaires par apprenant) de la cohorte pilote et d&apos;un groupe de comparaison — tous les autres, ou une cohorte choisie — pendant les semaines du pilote dans la période, chacun face à sa propre référence sur les quatre semaines précédant le début ; la différence des différences estime l&apos;effet du pilote au-delà de la tendance générale.</translation>
    </message>
    <message>
        <source>Targets and status</source>
        <translation>Objectifs et statut</translation>
    </message>
    <message>
        <source>For a course: learners with a completion event in it ÷ learners with any event in it, within the window. Overall: the same over all learner–course pairs. A pair completed before the window (a learner coming back to a course they finished) is not counted in it. A pair counts as completed only with a completion inside the window, so a course started shortly before its end has had little time: every figure says which window it covers (the last four weeks, since the pilot started, or the period shown).</source>
        <translation>Pour un cours : apprenants ayant un événement d&apos;achèvement dans ce cours ÷ apprenants ayant un événement quelconque dans ce cours, sur la période. Global : la même chose sur toutes les paires apprenant–cours. Une paire achevée avant la période (un apprenant qui revient sur un cours qu&apos;il a terminé) n&apos;y est pas comptée. Une paire ne compte comme achevée qu&apos;avec un achèvement dans la période ; un cours commencé peu avant la fin de celle-ci a donc eu peu de temps : chaque chiffre indique la période qu&apos;il couvre (les quatre dernières semaines, depuis le début du pilote ou la période affichée).</translation>
    </message>
    <message>
        <source>Current value (last four weeks)</source>
        <translation>Valeur actuelle (quatre dernières semaines)</translation>
    </message>
    <message>
        <source>The cohort over the last 28 days of the window (for a report, up to its as-of date): the mean weekly active rate over the ISO weeks with at least four of their days in them (the last week may be cut short by the window&apos;s end), and the completion rate of the learner–course pairs with activity in them. It is every target&apos;s current value, the one the report&apos;s summary and the Overview&apos;s tiles show for a pilot with targets.</source>
        <translation>La cohorte sur les 28 derniers jours de la période (pour un rapport, jusqu&apos;à la date du rapport) : le taux d&apos;activité hebdomadaire moyen sur les semaines ISO dont au moins quatre jours s&apos;y trouvent (la dernière semaine peut être écourtée par la fin de la période), et le taux d&apos;achèvement des paires apprenant–cours ayant eu de l&apos;activité pendant ces jours. C&apos;est la valeur actuelle de chaque objectif, celle qu&apos;affichent la synthèse du rapport et les vignettes de la Vue d&apos;ensemble pour un pilote doté d&apos;objectifs.</translation>
    </message>
    <message>
        <source>Each pilot KPI&apos;s baseline (the four weeks before the start unless entered) and its targets for day 30, 60 and 90. At each checkpoint the KPI over the preceding four weeks is on track when it meets the target, at risk when it misses by no more than the tolerance (default 10% of the gap from baseline to target), else off track. Between checkpoints, a pace line runs from the baseline (on the start day) to the next target (the day-30 target on the 30th day after the start); the current value (the last four weeks) is on track when it meets where the line stands at the window&apos;s end, at risk when short by no more than the tolerance times the step from the baseline to the next target, else off track. The report&apos;s summary table and the Overview&apos;s tiles show this status.</source>
        <translation>La référence de chaque indicateur du pilote (les quatre semaines avant le début, sauf saisie manuelle) et ses objectifs à 30, 60 et 90 jours. À chaque point d&apos;étape, l&apos;indicateur sur les quatre semaines précédentes est en bonne voie s&apos;il atteint l&apos;objectif, à risque s&apos;il le manque de pas plus que la tolérance (par défaut 10 % de l&apos;écart entre référence et objectif), et hors trajectoire sinon. Entre deux points d&apos;étape, une trajectoire va de la référence (le jour du début) à l&apos;objectif suivant (l&apos;objectif à 30 jours le 30e jour après le début) ; la valeur actuelle (les quatre dernières semaines) est en bonne voie si elle atteint le niveau de la trajectoire à la fin de la période, à risque si elle est en deçà d&apos;au plus la tolérance multipliée par l&apos;écart entre la référence et l&apos;objectif suivant, et hors trajectoire sinon. Le tableau de synthèse du rapport et les vignettes de la Vue d&apos;ensemble affichent ce statut.</translation>
    </message>
</context>
<context>
    <name>Uptake::OverviewPage</name>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux d&apos;achèvement</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Pas encore de données d&apos;utilisation</translation>
    </message>
    <message>
        <source>Import your LMS&apos;s usage export (learning events), your HR roster and a performance measure to see weekly active users, completion and drop-off here.</source>
        <translation>Importez l&apos;export d&apos;utilisation de votre LMS (événements d&apos;apprentissage), votre liste du personnel RH et une mesure de performance pour voir ici les utilisateurs actifs par semaine, les achèvements et les abandons.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>LMS: %1</source>
        <translation>LMS : %1</translation>
    </message>
    <message>
        <source>Program owner: %1</source>
        <translation>Responsable du programme : %1</translation>
    </message>
    <message>
        <source>Dates in %1</source>
        <translation>Dates en %1</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Données du %1 au %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; diagnose where adoption stalls, then plan a pilot for one cohort on the Pilot page.</source>
        <translation>&lt;b&gt;Étape suivante :&lt;/b&gt; diagnostiquez où l&apos;adoption cale, puis planifiez un pilote pour une cohorte sur la page Pilote.</translation>
    </message>
    <message>
        <source>Learners in scope</source>
        <translation>Apprenants concernés</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Taux d&apos;activité hebdomadaire</translation>
    </message>
    <message>
        <source>Time to first completion</source>
        <translation>Délai avant le premier achèvement</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Temps d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning ↔ performance</source>
        <translation>Apprentissage ↔ performance</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilote :</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au :</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <source>Show the whole period with data</source>
        <translation>Afficher toute la période avec des données</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Acti&amp;vité :</translation>
    </message>
    <message>
        <source>The cohort: roster members matching the filters (and the pilot&apos;s own cohort), or, without a roster, every learner seen in the data. It is the denominator of the active rate.</source>
        <translation>La cohorte : les personnes de la liste du personnel correspondant aux filtres (et à la cohorte du pilote) ou, sans liste, tous les apprenants vus dans les données. C&apos;est le dénominateur du taux d&apos;activité.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Active (last 2 weeks)</source>
        <translation>Actifs (2 dernières semaines)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Active weeks before</source>
        <translation>Semaines actives avant</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Under-engaged cohorts</source>
        <translation>Cohortes peu engagées</translation>
    </message>
    <message>
        <source>Stopped engaging</source>
        <translation>Ne participent plus</translation>
    </message>
    <message>
        <source>Completion by course</source>
        <translation>Achèvement par cours</translation>
    </message>
    <message>
        <source>Learners who completed ÷ learners who started, in the window</source>
        <translation>Apprenants ayant achevé ÷ apprenants ayant commencé, sur la période</translation>
    </message>
    <message>
        <source>Drop-off points</source>
        <translation>Points d&apos;abandon</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Apprentissage et performance</translation>
    </message>
    <message>
        <source>Content consumption</source>
        <translation>Consommation des contenus</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week</source>
        <translation>Apprenants actifs distincts par cours et par semaine</translation>
    </message>
    <message>
        <source>Retention by start week</source>
        <translation>Rétention par semaine de début</translation>
    </message>
    <message>
        <source>Share of each group of new learners still active in later weeks</source>
        <translation>Part de chaque groupe de nouveaux apprenants encore active les semaines suivantes</translation>
    </message>
    <message>
        <source>Where engagement is slipping</source>
        <translation>Où l&apos;engagement faiblit</translation>
    </message>
    <message>
        <source>Groups far below the organisation and people who stopped</source>
        <translation>Groupes très en dessous de l&apos;organisation et personnes qui ont arrêté</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(choisir une valeur)</translation>
    </message>
    <message>
        <source>%L1 learning events</source>
        <translation>%L1 événements d&apos;apprentissage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; follow the pilot against its 30/60/90-day targets and record what you learn in PLAN cycles.</source>
        <translation>&lt;b&gt;Étape suivante :&lt;/b&gt; suivez le pilote face à ses objectifs à 30/60/90 jours et consignez vos enseignements dans des cycles PLAN.</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Tous les apprenants</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>roster members</source>
        <translation>membres de la liste du personnel</translation>
    </message>
    <message>
        <source>in the pilot&apos;s cohort</source>
        <translation>dans la cohorte du pilote</translation>
    </message>
    <message>
        <source>seen in the data (no roster)</source>
        <translation>vus dans les données (pas de liste du personnel)</translation>
    </message>
    <message>
        <source>%L1 active, week of %2</source>
        <translation>%L1 actifs, semaine du %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>median of %L1 learners</source>
        <translation>médiane de %L1 apprenants</translation>
    </message>
    <message>
        <source>no completions in the window</source>
        <translation>aucun achèvement sur la période</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 h</translation>
    </message>
    <message>
        <source>estimated: gaps under %1 min</source>
        <translation>estimé : écarts de moins de %1 min</translation>
    </message>
    <message>
        <source>from recorded durations</source>
        <translation>d&apos;après les durées enregistrées</translation>
    </message>
    <message>
        <source>no performance data</source>
        <translation>aucune donnée de performance</translation>
    </message>
    <message>
        <source>%1, n = %L2%3</source>
        <translation>%1, n = %L2%3</translation>
    </message>
    <message>
        <source> (small)</source>
        <translation> (faible)</translation>
    </message>
    <message>
        <source>Share of the cohort active each week. Click a week for the learners behind it.</source>
        <translation>Part de la cohorte active chaque semaine. Cliquez sur une semaine pour voir les apprenants concernés.</translation>
    </message>
    <message>
        <source>No activity in this window.</source>
        <translation>Aucune activité sur cette période.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Taux d&apos;activité</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>No course activity in this window.</source>
        <translation>Aucune activité de cours sur cette période.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>(no content item)</source>
        <translation>(aucun élément de contenu)</translation>
    </message>
    <message>
        <source>Last item of the %L1 who did not finish “%2”</source>
        <translation>Dernier élément des %L1 qui n&apos;ont pas terminé « %2 »</translation>
    </message>
    <message>
        <source>Everyone who started a course finished it.</source>
        <translation>Tous ceux qui ont commencé un cours l&apos;ont terminé.</translation>
    </message>
    <message>
        <source>Median %1 days, quartiles %2–%3, n = %L4</source>
        <translation>Médiane %1 jours, quartiles %2–%3, n = %L4</translation>
    </message>
    <message>
        <source>Nobody completed anything in this window.</source>
        <translation>Personne n&apos;a rien achevé sur cette période.</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Jours avant le premier achèvement</translation>
    </message>
    <message>
        <source>r = %1 (95% CI %2 to %3), Spearman ρ = %4, n = %L5. Correlation is not causation.</source>
        <translation>r = %1 (IC à 95 % %2 à %3), ρ de Spearman = %4, n = %L5. Corrélation n&apos;est pas causalité.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n learners: too few to rely on.</source>
        <translation>
            <numerusform>Seulement %n apprenant : trop peu pour s&apos;y fier.</numerusform>
            <numerusform>Seulement %n apprenants : trop peu pour s&apos;y fier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners with both activity and performance values in this window.</source>
        <translation>Aucun apprenant avec à la fois des valeurs d&apos;activité et de performance sur cette période.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week; the 15 busiest of %L1 courses (all in the exported data). Click a cell for the learners.</source>
        <translation>Apprenants actifs distincts par cours et par semaine ; les 15 cours les plus suivis sur %L1 (tous dans les données exportées). Cliquez sur une cellule pour voir les apprenants.</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week. Click a cell for the learners.</source>
        <translation>Apprenants actifs distincts par cours et par semaine. Cliquez sur une cellule pour voir les apprenants.</translation>
    </message>
    <message>
        <source>Start week</source>
        <translation>Semaine de début</translation>
    </message>
    <message>
        <source>Shares by week since start</source>
        <translation>Parts par semaine depuis le début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Size or weeks</source>
        <translation>Taille ou semaines</translation>
    </message>
    <message>
        <source>Rate or last active</source>
        <translation>Taux ou dernière activité</translation>
    </message>
    <message>
        <source>%1 (organisation %2)</source>
        <translation>%1 (organisation %2)</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 sur 4</translation>
    </message>
    <message>
        <source>Active in the week of %1</source>
        <translation>Actifs la semaine du %1</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1, semaine du %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n apprenant</numerusform>
            <numerusform>%n apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan an &amp;Intervention for This Group…</source>
        <translation>Planifier une &amp;intervention pour ce groupe…</translation>
    </message>
    <message>
        <source>Plan a &amp;Win-Back…</source>
        <translation>Planifier une &amp;reconquête…</translation>
    </message>
    <message>
        <source>Re-engage %1 %2 (%L3 people): %4 active in the last two weeks against %5 across the organisation</source>
        <translation>Réengager %1 %2 (%L3 personnes) : %4 actifs au cours des deux dernières semaines contre %5 dans l&apos;ensemble de l&apos;organisation</translation>
    </message>
    <message>
        <source>Win back the learners who stopped engaging (%L1 on the list)</source>
        <translation>Reconquérir les apprenants qui ont décroché (%L1 dans la liste)</translation>
    </message>
    <message>
        <source>Win back the learners who stopped engaging (%L1 on the list; %2)</source>
        <translation>Reconquérir les apprenants qui ont décroché (%L1 dans la liste ; %2)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <source>Pilot cohort against its targets; the grey line is the comparison group, week by week (difference in differences: %1 points). Click a week for the learners behind it.</source>
        <translation>Cohorte pilote face à ses objectifs ; la ligne grise représente le groupe de comparaison, semaine par semaine (différence des différences : %1 points). Cliquez sur une semaine pour voir les apprenants correspondants.</translation>
    </message>
    <message>
        <source>Choose a pilot first: the action goes into its 30/60/90-day plan.</source>
        <translation>Choisissez d&apos;abord un pilote : l&apos;action s&apos;ajoute à son plan à 30/60/90 jours.</translation>
    </message>
    <message>
        <source>Add an action for the selected group to the pilot&apos;s plan</source>
        <translation>Ajouter au plan du pilote une action pour le groupe sélectionné</translation>
    </message>
    <message>
        <source>Add an action to win back the selected learners (or everyone listed) to the pilot&apos;s plan</source>
        <translation>Ajouter au plan du pilote une action pour reconquérir les apprenants sélectionnés (ou tous ceux de la liste)</translation>
    </message>
    <message>
        <source>Plan an Intervention</source>
        <translation>Planifier une intervention</translation>
    </message>
    <message>
        <source>The action goes into the 30/60/90-day plan of the pilot “%1”, where you can follow it on the Pilot page.</source>
        <translation>L&apos;action s&apos;ajoute au plan à 30/60/90 jours du pilote « %1 », où vous pouvez la suivre sur la page Pilote.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Point d&apos;étape :</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Jour 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Jour 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Jour 90</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Qui s&apos;en chargera</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
    <message>
        <source>Added to the pilot&apos;s 30/60/90-day plan.</source>
        <translation>Ajoutée au plan à 30/60/90 jours du pilote.</translation>
    </message>
    <message>
        <source>last 4 weeks to %1; baseline %2</source>
        <translation>4 dernières semaines jusqu&apos;au %1 ; référence %2</translation>
    </message>
    <message>
        <source>Day %1: %2 against a target of %3</source>
        <translation>Jour %1 : %2 pour un objectif de %3</translation>
    </message>
    <message>
        <source>%1 · next: %2 by day %3</source>
        <translation>%1 · suivant : %2 d&apos;ici le jour %3</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>semaine du %1 : %2</translation>
    </message>
    <message>
        <source>since %1: %2 of %L3 pairs</source>
        <translation>depuis le %1 : %2 de %L3 paires</translation>
    </message>
    <message>
        <source>of %L1 learner–course pairs, %2 – %3</source>
        <translation>de %L1 paires apprenant–cours, %2 – %3</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Va&amp;leur :</translation>
    </message>
    <message>
        <source>%1 i&amp;s:</source>
        <translation>%1 &amp;est :</translation>
    </message>
</context>
<context>
    <name>Uptake::Pg</name>
    <message>
        <source>The server connection is not open.</source>
        <translation>La connexion au serveur n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>Uptake::PgDataWriter</name>
    <message>
        <source>The workspace connection is not open.</source>
        <translation>La connexion à l&apos;espace de travail n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>Impossible de commencer l&apos;écriture : %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;import : %1</translation>
    </message>
    <message>
        <source>Cannot store learner “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;apprenant « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot store course “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer le cours « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot store content “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer le contenu « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot store an event: %1</source>
        <translation>Impossible d&apos;enregistrer un événement : %1</translation>
    </message>
    <message>
        <source>Cannot store a performance value: %1</source>
        <translation>Impossible d&apos;enregistrer une valeur de performance : %1</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Rien à valider.</translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation>Impossible de terminer l&apos;import : %1</translation>
    </message>
    <message>
        <source>the server gave no ids</source>
        <translation>le serveur n&apos;a renvoyé aucun identifiant</translation>
    </message>
    <message>
        <source>Cannot finish the dry run: %1</source>
        <translation>Impossible de terminer l’essai à blanc : %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Pilot</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotDialog</name>
    <message>
        <source>Start date set</source>
        <translation>Date de début fixée</translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation>Nouveau pilote</translation>
    </message>
    <message>
        <source>Edit Pilot</source>
        <translation>Modifier le pilote</translation>
    </message>
    <message>
        <source>e.g. Customer Support onboarding sprint</source>
        <translation>p. ex. Sprint d&apos;intégration du service client</translation>
    </message>
    <message>
        <source>Who takes part, and why this group</source>
        <translation>Qui participe, et pourquoi ce groupe</translation>
    </message>
    <message>
        <source>e.g. department=Customer Support</source>
        <translation>p. ex. department=Customer Support</translation>
    </message>
    <message>
        <source>A roster attribute and value that select the cohort (attribute=value). Leave empty for everyone.</source>
        <translation>Un attribut de la liste du personnel et une valeur qui sélectionnent la cohorte (attribut=valeur). Laisser vide pour tout le monde.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte :</translation>
    </message>
    <message>
        <source>Cohort &amp;filter:</source>
        <translation>&amp;Filtre de cohorte :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Set a start date to plan the sprint</source>
        <translation>Fixez une date de début pour planifier le sprint</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotPage</name>
    <message>
        <source>&amp;New Pilot…</source>
        <translation>&amp;Nouveau pilote…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>No pilots yet</source>
        <translation>Pas encore de pilotes</translation>
    </message>
    <message>
        <source>A pilot runs the engagement plan with one cohort for a short sprint (six weeks by default), measured against targets for day 30, 60 and 90.</source>
        <translation>Un pilote met en œuvre le plan d&apos;engagement avec une cohorte sur un sprint court (six semaines par défaut), mesuré face à des objectifs à 30, 60 et 90 jours.</translation>
    </message>
    <message>
        <source>New Pilot…</source>
        <translation>Nouveau pilote…</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotes</translation>
    </message>
    <message numerus="yes">
        <source>Sprint of %n week(s) from %1 to %2. Checkpoints: day 30 on %3, day 60 on %4, day 90 on %5.</source>
        <translation>
            <numerusform>Sprint de %n semaine du %1 au %2. Points d&apos;étape : jour 30 le %3, jour 60 le %4, jour 90 le %5.</numerusform>
            <numerusform>Sprint de %n semaines du %1 au %2. Points d&apos;étape : jour 30 le %3, jour 60 le %4, jour 90 le %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Cohorte : %1</translation>
    </message>
    <message>
        <source>Selected by: %1</source>
        <translation>Sélectionnée par : %1</translation>
    </message>
    <message>
        <source>Delete Pilot</source>
        <translation>Supprimer le pilote</translation>
    </message>
    <message>
        <source>Start from the Template &amp;Plan</source>
        <translation>Partir du &amp;plan modèle</translation>
    </message>
    <message>
        <source>P&amp;ilots</source>
        <translation>P&amp;ilotes</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>PLAN cycles</source>
        <translation>Cycles PLAN</translation>
    </message>
    <message>
        <source>Add C&amp;ycle…</source>
        <translation>Ajouter un c&amp;ycle…</translation>
    </message>
    <message>
        <source>No PLAN cycle yet</source>
        <translation>Pas encore de cycle PLAN</translation>
    </message>
    <message>
        <source>A PLAN cycle is one loop of Pilot quickly, Listen continuously, Adapt content and Normalize usage — usually one to three weeks. Add the first one.</source>
        <translation>Un cycle PLAN est une boucle : piloter vite, écouter en continu, adapter les contenus et normaliser l&apos;usage — généralement une à trois semaines. Ajoutez le premier.</translation>
    </message>
    <message>
        <source>Delete PLAN Cycle</source>
        <translation>Supprimer le cycle PLAN</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What was launched</source>
        <translation>Ce qui a été lancé</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Add &amp;Launch…</source>
        <translation>Ajouter un &amp;lancement…</translation>
    </message>
    <message>
        <source>Nothing launched in this cycle</source>
        <translation>Rien de lancé dans ce cycle</translation>
    </message>
    <message>
        <source>Pilot quickly: record what you launched, to whom and when.</source>
        <translation>Piloter vite : notez ce que vous avez lancé, pour qui et quand.</translation>
    </message>
    <message>
        <source>Delete Launch</source>
        <translation>Supprimer le lancement</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>Ajouter un &amp;retour…</translation>
    </message>
    <message>
        <source>No feedback in this cycle</source>
        <translation>Aucun retour dans ce cycle</translation>
    </message>
    <message>
        <source>Listen continuously: add what learners and managers say — from surveys, interviews, chat, the help desk or analytics — with its theme and a quote.</source>
        <translation>Écouter en continu : ajoutez ce que disent apprenants et managers — enquêtes, entretiens, messagerie, support ou analyses — avec son thème et une citation.</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Supprimer le retour</translation>
    </message>
    <message>
        <source>Add &amp;Adaptation…</source>
        <translation>Ajouter une &amp;adaptation…</translation>
    </message>
    <message>
        <source>No adaptation in this cycle</source>
        <translation>Aucune adaptation dans ce cycle</translation>
    </message>
    <message>
        <source>Adapt content: record each change — e.g. “split the 45-minute module into three 12-minute modules” — with its date and the content it touched. Uptake measures its effect in equal windows before and after.</source>
        <translation>Adapter les contenus : consignez chaque changement — p. ex. « découper le module de 45 minutes en trois modules de 12 minutes » — avec sa date et le contenu concerné. Uptake mesure son effet sur des périodes égales avant et après.</translation>
    </message>
    <message>
        <source>Delete Adaptation</source>
        <translation>Supprimer l&apos;adaptation</translation>
    </message>
    <message>
        <source>What is scaled</source>
        <translation>Ce qui est déployé</translation>
    </message>
    <message>
        <source>To which group</source>
        <translation>À quel groupe</translation>
    </message>
    <message>
        <source>Add Scaling &amp;Step…</source>
        <translation>Ajouter une é&amp;tape de déploiement…</translation>
    </message>
    <message>
        <source>Nothing scaled yet</source>
        <translation>Rien de déployé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Normalize usage: record what worked and is now rolled out to a wider group, and when.</source>
        <translation>Normaliser l&apos;usage : consignez ce qui a fonctionné et est désormais déployé à un groupe plus large, et quand.</translation>
    </message>
    <message>
        <source>Delete Scaling Step</source>
        <translation>Supprimer l&apos;étape de déploiement</translation>
    </message>
    <message>
        <source>PLAN &amp;Cycles</source>
        <translation>&amp;Cycles PLAN</translation>
    </message>
    <message>
        <source>30/60/90-day plan</source>
        <translation>Plan à 30/60/90 jours</translation>
    </message>
    <message>
        <source>Add Ac&amp;tion…</source>
        <translation>Ajouter une ac&amp;tion…</translation>
    </message>
    <message>
        <source>No actions planned</source>
        <translation>Aucune action planifiée</translation>
    </message>
    <message>
        <source>Plan what happens by day 30, 60 and 90 of the pilot, each action with an owner and a due date — or start from the template plan that follows the method.</source>
        <translation>Planifiez ce qui se passe d&apos;ici les jours 30, 60 et 90 du pilote, chaque action avec un responsable et une échéance — ou partez du plan modèle qui suit la méthode.</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>30/60/90-Day Pla&amp;n</source>
        <translation>Pla&amp;n à 30/60/90 jours</translation>
    </message>
    <message>
        <source>Day %1: %2 of %3 done</source>
        <translation>Jour %1 : %2 sur %3 faits</translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n en retard</numerusform>
            <numerusform> · %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes this cycle: %1</source>
        <translation>Thèmes de ce cycle : %1</translation>
    </message>
    <message>
        <source>1 · Pilot quickly (%1)</source>
        <translation>1 · Piloter vite (%1)</translation>
    </message>
    <message>
        <source>2 · Listen continuously (%1)</source>
        <translation>2 · Écouter en continu (%1)</translation>
    </message>
    <message>
        <source>3 · Adapt content (%1)</source>
        <translation>3 · Adapter les contenus (%1)</translation>
    </message>
    <message>
        <source>4 · Normalize usage (%1)</source>
        <translation>4 · Normaliser l&apos;usage (%1)</translation>
    </message>
    <message>
        <source>Edit PLAN Cycle</source>
        <translation>Modifier le cycle PLAN</translation>
    </message>
    <message>
        <source>Add PLAN Cycle</source>
        <translation>Ajouter un cycle PLAN</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>The cycle cannot end before it starts.</source>
        <translation>Le cycle ne peut pas finir avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>Edit Launch</source>
        <translation>Modifier le lancement</translation>
    </message>
    <message>
        <source>Add Launch</source>
        <translation>Ajouter un lancement</translation>
    </message>
    <message>
        <source>&amp;What was launched:</source>
        <translation>&amp;Ce qui a été lancé :</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Pour qui :</translation>
    </message>
    <message>
        <source>e.g. Team North, 40 agents</source>
        <translation>p. ex. Équipe Nord, 40 agents</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Say what was launched.</source>
        <translation>Indiquez ce qui a été lancé.</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Modifier le retour</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>Ajouter un retour</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>S&amp;entiment:</source>
        <translation>R&amp;essenti :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation :</translation>
    </message>
    <message>
        <source>Give the feedback a theme or a quote.</source>
        <translation>Donnez un thème ou une citation au retour.</translation>
    </message>
    <message>
        <source>Edit Adaptation</source>
        <translation>Modifier l&apos;adaptation</translation>
    </message>
    <message>
        <source>Add Adaptation</source>
        <translation>Ajouter une adaptation</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Changement :</translation>
    </message>
    <message>
        <source>e.g. Split the 45-minute module into three 12-minute modules</source>
        <translation>p. ex. Découper le module de 45 minutes en trois modules de 12 minutes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;ours :</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>Co&amp;ntenu :</translation>
    </message>
    <message>
        <source>(the whole course)</source>
        <translation>(tout le cours)</translation>
    </message>
    <message>
        <source>&amp;Answers feedback:</source>
        <translation>&amp;Répond au retour :</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>&amp;Mesurée par :</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source> days before and after</source>
        <translation> jours avant et après</translation>
    </message>
    <message>
        <source>Describe the change.</source>
        <translation>Décrivez le changement.</translation>
    </message>
    <message>
        <source>Edit Scaling Step</source>
        <translation>Modifier l&apos;étape de déploiement</translation>
    </message>
    <message>
        <source>Add Scaling Step</source>
        <translation>Ajouter une étape de déploiement</translation>
    </message>
    <message>
        <source>&amp;What is scaled:</source>
        <translation>&amp;Ce qui est déployé :</translation>
    </message>
    <message>
        <source>&amp;To which group:</source>
        <translation>À &amp;quel groupe :</translation>
    </message>
    <message>
        <source>e.g. all of Customer Support</source>
        <translation>p. ex. tout le service client</translation>
    </message>
    <message>
        <source>Say what is scaled.</source>
        <translation>Indiquez ce qui est déployé.</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Jour 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Jour 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Jour 90</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Serves &amp;lever:</source>
        <translation>Sert le &amp;levier :</translation>
    </message>
    <message>
        <source>Answers ba&amp;rrier:</source>
        <translation>Répond à l&apos;o&amp;bstacle :</translation>
    </message>
    <message>
        <source>Serves the &amp;cohort directly</source>
        <translation>Sert directement la &amp;cohorte</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
    <message>
        <source>&amp;Targets and Annotations…</source>
        <translation>&amp;Objectifs et annotations…</translation>
    </message>
    <message>
        <source>The pilot&apos;s KPI targets for day 30, 60 and 90 and the annotations on its charts</source>
        <translation>Les objectifs d&apos;indicateurs du pilote à 30, 60 et 90 jours et les annotations de ses graphiques</translation>
    </message>
    <message>
        <source>Pilot quickly with one cohort, listen continuously, adapt content, then normalize what works. Each PLAN cycle records those four steps; every adaptation&apos;s effect is measured from the data.</source>
        <translation>Piloter vite avec une cohorte, écouter en continu, adapter les contenus, puis normaliser ce qui fonctionne. Chaque cycle PLAN consigne ces quatre étapes ; l&apos;effet de chaque adaptation est mesuré à partir des données.</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotRepository</name>
    <message>
        <source>Cannot read the program</source>
        <translation>Impossible de lire le programme</translation>
    </message>
    <message>
        <source>Cannot save the program</source>
        <translation>Impossible d&apos;enregistrer le programme</translation>
    </message>
    <message>
        <source>Cannot read the pilots</source>
        <translation>Impossible de lire les pilotes</translation>
    </message>
    <message>
        <source>Cannot read the pilot</source>
        <translation>Impossible de lire le pilote</translation>
    </message>
    <message>
        <source>There is no pilot with id %1.</source>
        <translation>Il n&apos;y a pas de pilote d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A pilot needs a name.</source>
        <translation>Un pilote doit avoir un nom.</translation>
    </message>
    <message>
        <source>A pilot lasts between 1 and 104 weeks.</source>
        <translation>Un pilote dure entre 1 et 104 semaines.</translation>
    </message>
    <message>
        <source>There is already a pilot called “%1”.</source>
        <translation>Il existe déjà un pilote nommé « %1 ».</translation>
    </message>
    <message>
        <source>Cannot add the pilot</source>
        <translation>Impossible d&apos;ajouter le pilote</translation>
    </message>
    <message>
        <source>Cannot save the pilot</source>
        <translation>Impossible d&apos;enregistrer le pilote</translation>
    </message>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>Le pilote n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot delete the pilot</source>
        <translation>Impossible de supprimer le pilote</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotsModel</name>
    <message>
        <source>Not set</source>
        <translation>Non fixé</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
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
        <translation>_Aucun pour l&apos;instant._</translation>
    </message>
    <message>
        <source>Adoption plan: %1</source>
        <translation>Plan d&apos;adoption : %1</translation>
    </message>
    <message>
        <source>- **Cohort:** %1</source>
        <translation>- **Cohorte :** %1</translation>
    </message>
    <message>
        <source>- **Pilot:** %1 to %2 (%3 weeks), %4</source>
        <translation>- **Pilote :** du %1 au %2 (%3 semaines), %4</translation>
    </message>
    <message>
        <source>- **Owner:** %1</source>
        <translation>- **Responsable :** %1</translation>
    </message>
    <message>
        <source>- **Current phase:** %1</source>
        <translation>- **Phase en cours :** %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>UAS</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Taux d&apos;activité</translation>
    </message>
    <message>
        <source>Days to 1st completion</source>
        <translation>Jours avant 1er achèvement</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Échecs de connexion</translation>
    </message>
    <message>
        <source>Top drop-off points (%1):</source>
        <translation>Principaux points d&apos;abandon (%1) :</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n learner(s)</source>
        <translation>
            <numerusform>%1 — %2 : %n apprenant</numerusform>
            <numerusform>%1 — %2 : %n apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder interviews</source>
        <translation>Entretiens avec les parties prenantes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Concevoir</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Leviers</translation>
    </message>
    <message>
        <source>addresses %1</source>
        <translation>répond à %1</translation>
    </message>
    <message>
        <source>moves %1</source>
        <translation>fait bouger %1</translation>
    </message>
    <message>
        <source>_No lever chosen._</source>
        <translation>_Aucun levier retenu._</translation>
    </message>
    <message>
        <source>No chosen lever addresses “%1”.</source>
        <translation>Aucun levier retenu ne répond à « %1 ».</translation>
    </message>
    <message>
        <source>“%1” addresses no barrier.</source>
        <translation>« %1 » ne répond à aucun obstacle.</translation>
    </message>
    <message>
        <source>Content scope</source>
        <translation>Périmètre des contenus</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>_No course in scope yet._</source>
        <translation>_Aucun cours dans le périmètre pour l&apos;instant._</translation>
    </message>
    <message>
        <source>Split candidate: %1 (%2 min, about %3 min per module)</source>
        <translation>Candidat au découpage : %1 (%2 min, environ %3 min par module)</translation>
    </message>
    <message>
        <source>%1 of those who did not finish stopped at “%2”</source>
        <translation>%1 de ceux qui n&apos;ont pas terminé se sont arrêtés à « %2 »</translation>
    </message>
    <message>
        <source>Pilot: PLAN cycles</source>
        <translation>Pilote : cycles PLAN</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 to %3)</source>
        <translation>Cycle %1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Pilot quickly</source>
        <translation>Piloter vite</translation>
    </message>
    <message>
        <source>%1: %2 — to %3</source>
        <translation>%1 : %2 — pour %3</translation>
    </message>
    <message>
        <source>Listen continuously</source>
        <translation>Écouter en continu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thèmes : %1</translation>
    </message>
    <message>
        <source>Adapt content</source>
        <translation>Adapter les contenus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Measured: %1; %2 (%3 days before and after)</source>
        <translation>Mesuré : %1 ; %2 (%3 jours avant et après)</translation>
    </message>
    <message>
        <source>Normalize usage</source>
        <translation>Normaliser l&apos;usage</translation>
    </message>
    <message>
        <source>_No PLAN cycle yet._</source>
        <translation>_Pas encore de cycle PLAN._</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gouverner</translation>
    </message>
    <message>
        <source>Governance board</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation>Calendrier des publications</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Content retirement</source>
        <translation>Retrait des contenus</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Board&apos;s decision</source>
        <translation>Décision du comité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>30/60/90-day plan</source>
        <translation>Plan à 30/60/90 jours</translation>
    </message>
    <message>
        <source>Day %1 (%2 of %3 done%4)</source>
        <translation>Jour %1 (%2 sur %3 faits%4)</translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Sert</translation>
    </message>
    <message>
        <source>Learners who completed</source>
        <translation>Apprenants ayant achevé</translation>
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
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Réglage du système</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Réglage du système (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Recent workspaces to remember</source>
        <translation>Espaces de travail récents à mémoriser</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Uptake switches to the new language the next time it starts.</source>
        <translation>Uptake passera à la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces:</source>
        <translation>Espaces de travail &amp;récents :</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Fuseau horaire du système (%1)</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin</source>
        <translation>Saisissez une ville, p. ex. Paris</translation>
    </message>
    <message>
        <source>New Workspaces</source>
        <translation>Nouveaux espaces de travail</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>session timeout; always 10 or more</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a percentage in a spin box, with the space your language puts before %</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation>Délai de &amp;session :</translation>
    </message>
    <message>
        <source>Where the LMS records no durations, learning time is estimated from the gaps between a learner&apos;s events; a longer gap than this ends the session.</source>
        <translation>Quand le LMS n&apos;enregistre pas de durées, le temps d&apos;apprentissage est estimé à partir des écarts entre les événements d&apos;un apprenant ; un écart plus long que celui-ci termine la session.</translation>
    </message>
    <message>
        <source>Status &amp;tolerance:</source>
        <translation>&amp;Tolérance du statut :</translation>
    </message>
    <message>
        <source>A checkpoint that misses its target by no more than this share of the gap between baseline and target is at risk rather than off track.</source>
        <translation>Un point d&apos;étape qui manque son objectif de pas plus que cette part de l&apos;écart entre référence et objectif est à risque plutôt que hors trajectoire.</translation>
    </message>
    <message>
        <source>From the locale (%1)</source>
        <translation>D&apos;après les paramètres régionaux (%1)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 pouces)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format du &amp;papier :</translation>
    </message>
    <message>
        <source>Not a known time zone: choose one from the list.</source>
        <translation>Fuseau horaire inconnu : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>%1, now %2. A workspace counts every date in its own time zone.</source>
        <translation>%1, actuellement %2. Un espace de travail compte chaque date dans son propre fuseau horaire.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Toutes les %n heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Sauvegardes automatiques à conserver</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Automatic backups:</source>
        <translation>Sauvegardes &amp;automatiques :</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver :</translation>
    </message>
    <message>
        <source>Kept in a folder beside the workspace; File → Restore from Backup… lists them.</source>
        <translation>Conservées dans un dossier à côté de l&apos;espace de travail ; Fichier → Restaurer depuis une sauvegarde… les répertorie.</translation>
    </message>
</context>
<context>
    <name>Uptake::RecordFilterProxy</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
</context>
<context>
    <name>Uptake::RecordList</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer %1</translation>
    </message>
</context>
<context>
    <name>Uptake::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Pourquoi elle a été rejetée</translation>
    </message>
</context>
<context>
    <name>Uptake::Report</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Tous les apprenants</translation>
    </message>
    <message>
        <source>since the last report (%1)</source>
        <translation>depuis le dernier rapport (%1)</translation>
    </message>
    <message>
        <source>since the pilot started (%1)</source>
        <translation>depuis le début du pilote (%1)</translation>
    </message>
    <message>
        <source>Pilot status report</source>
        <translation>Rapport d&apos;avancement du pilote</translation>
    </message>
    <message>
        <source>Adoption status report</source>
        <translation>Rapport d&apos;avancement de l&apos;adoption</translation>
    </message>
    <message>
        <source>Learning adoption</source>
        <translation>Adoption de l&apos;apprentissage</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · au %2</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>%1 (LMS: %2)</source>
        <translation>%1 (LMS : %2)</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>everyone in the roster</source>
        <translation>toute la liste du personnel</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>Taille de la cohorte</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n apprenant</numerusform>
            <numerusform>%n apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilot period</source>
        <translation>Période du pilote</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n week(s))</source>
        <translation>
            <numerusform>du %1 au %2 (%n semaine)</numerusform>
            <numerusform>du %1 au %2 (%n semaines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data covered</source>
        <translation>Données couvertes</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Changes reported</source>
        <translation>Changements rapportés</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Préparé avec</translation>
    </message>
    <message>
        <source>Uptake %1</source>
        <translation>Uptake %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Figures are computed from the LMS exports listed in the appendix, in the time zone %1. Rates based on fewer than %2 learners are marked as small samples.</source>
        <translation>Les chiffres sont calculés à partir des exports LMS listés en annexe, dans le fuseau horaire %1. Les taux fondés sur moins de %2 apprenants sont signalés comme petits échantillons.</translation>
    </message>
    <message>
        <source>The pilot &lt;b&gt;%1&lt;/b&gt; starts on %2; this report shows the baseline it starts from.</source>
        <translation>Le pilote &lt;b&gt;%1&lt;/b&gt; commence le %2 ; ce rapport montre la référence dont il part.</translation>
    </message>
    <message>
        <source>As of %1 the pilot &lt;b&gt;%2&lt;/b&gt; is on day %3 (week %4 of %5).</source>
        <translation>Au %1, le pilote &lt;b&gt;%2&lt;/b&gt; en est au jour %3 (semaine %4 sur %5).</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Au %1.</translation>
    </message>
    <message>
        <source>Key indicators against the 30/60/90-day targets</source>
        <translation>Indicateurs clés face aux objectifs à 30/60/90 jours</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Next target</source>
        <translation>Objectif suivant</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point d&apos;étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Pas d&apos;objectif</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Utilisateurs actifs par semaine</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Taux d&apos;activité hebdomadaire</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux d&apos;achèvement</translation>
    </message>
    <message>
        <source>No targets are set for this pilot yet: set them on the Pilot page to see each indicator&apos;s status against its 30/60/90-day checkpoints.</source>
        <translation>Aucun objectif n&apos;est encore fixé pour ce pilote : fixez-les sur la page Pilote pour voir le statut de chaque indicateur face à ses points d&apos;étape à 30/60/90 jours.</translation>
    </message>
    <message>
        <source>day %1 (%2)</source>
        <translation>jour %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is off track.</source>
        <translation>%1 est hors trajectoire.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions in the 30/60/90-day plan: %n.</source>
        <translation>
            <numerusform>Actions en retard dans le plan à 30/60/90 jours : %n.</numerusform>
            <numerusform>Actions en retard dans le plan à 30/60/90 jours : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Courses awaiting a retirement decision: %n.</source>
        <translation>
            <numerusform>Cours en attente d&apos;une décision de retrait : %n.</numerusform>
            <numerusform>Cours en attente d&apos;une décision de retrait : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed decisions waiting for the board: %n.</source>
        <translation>
            <numerusform>Décisions proposées en attente du comité : %n.</numerusform>
            <numerusform>Décisions proposées en attente du comité : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under-engaged groups of learners: %n.</source>
        <translation>
            <numerusform>Groupes d&apos;apprenants peu engagés : %n.</numerusform>
            <numerusform>Groupes d&apos;apprenants peu engagés : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>For the board&apos;s attention</source>
        <translation>À l&apos;attention du comité</translation>
    </message>
    <message>
        <source>Active rate of the cohort</source>
        <translation>Taux d&apos;activité de la cohorte</translation>
    </message>
    <message>
        <source>Pace to the targets</source>
        <translation>Trajectoire vers les objectifs</translation>
    </message>
    <message>
        <source>30/60/90-day targets</source>
        <translation>Objectifs à 30/60/90 jours</translation>
    </message>
    <message>
        <source>Weekly active rate against the targets</source>
        <translation>Taux d&apos;activité hebdomadaire face aux objectifs</translation>
    </message>
    <message>
        <source>Weekly active users against the targets</source>
        <translation>Utilisateurs actifs par semaine face aux objectifs</translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort (%n learner(s)) active each ISO week; diamonds mark the 30/60/90-day targets, the dashed line the pace from the baseline to them; dotted lines mark events such as adaptations.</source>
        <translation>
            <numerusform>Part de la cohorte (%n apprenant) active chaque semaine ISO ; les losanges marquent les objectifs à 30/60/90 jours, la ligne tiretée la trajectoire depuis la référence ; les lignes pointillées marquent des événements comme les adaptations.</numerusform>
            <numerusform>Part de la cohorte (%n apprenants) active chaque semaine ISO ; les losanges marquent les objectifs à 30/60/90 jours, la ligne tiretée la trajectoire depuis la référence ; les lignes pointillées marquent des événements comme les adaptations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort (%n learner(s)) active each ISO week; dotted lines mark events such as adaptations. No target is set for this indicator.</source>
        <translation>
            <numerusform>Part de la cohorte (%n apprenant) active chaque semaine ISO ; les lignes pointillées marquent des événements comme les adaptations. Aucun objectif n&apos;est fixé pour cet indicateur.</numerusform>
            <numerusform>Part de la cohorte (%n apprenants) active chaque semaine ISO ; les lignes pointillées marquent des événements comme les adaptations. Aucun objectif n&apos;est fixé pour cet indicateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small cohort: a few people change the rate by several points.</source>
        <translation>Petite cohorte : quelques personnes font varier le taux de plusieurs points.</translation>
    </message>
    <message>
        <source>Completion by course</source>
        <translation>Achèvement par cours</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)%4</source>
        <translation>%1 (%2 sur %3)%4</translation>
    </message>
    <message>
        <source>* fewer than %1 learners: read with care.</source>
        <translation>* moins de %1 apprenants : à lire avec prudence.</translation>
    </message>
    <message>
        <source>Content consumption by week</source>
        <translation>Consommation des contenus par semaine</translation>
    </message>
    <message>
        <source>Distinct learners active in each course per week, busiest courses first. Pale cells: content nobody went to that week.</source>
        <translation>Apprenants distincts actifs dans chaque cours par semaine, cours les plus suivis en premier. Cellules pâles : contenus que personne n&apos;a consultés cette semaine-là.</translation>
    </message>
    <message>
        <source>Where learners stop</source>
        <translation>Où les apprenants s&apos;arrêtent</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Where most non-finishers stopped</source>
        <translation>Où la plupart des non-finissants se sont arrêtés</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non achevé</translation>
    </message>
    <message>
        <source>Stopped there</source>
        <translation>Arrêtés là</translation>
    </message>
    <message>
        <source>the course page itself</source>
        <translation>la page du cours elle-même</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For learners who started a course and did not complete it in the window: the content item of their last activity. A long module here is a candidate for splitting.</source>
        <translation>Pour les apprenants qui ont commencé un cours sans l&apos;achever sur la période : l&apos;élément de contenu de leur dernière activité. Un module long ici est candidat au découpage.</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Apprentissage et performance</translation>
    </message>
    <message>
        <source>learning minutes in the window</source>
        <translation>minutes d&apos;apprentissage sur la période</translation>
    </message>
    <message>
        <source>learning events in the window</source>
        <translation>événements d&apos;apprentissage sur la période</translation>
    </message>
    <message>
        <source>Each dot is a learner: %1 (across) against the mean of “%2” (up), with the least-squares line. r = %3 (95% confidence interval %4 to %5), Spearman ρ = %6, n = %7.</source>
        <translation>Chaque point est un apprenant : %1 (en abscisse) face à la moyenne de « %2 » (en ordonnée), avec la droite des moindres carrés. r = %3 (intervalle de confiance à 95 % de %4 à %5), ρ de Spearman = %6, n = %7.</translation>
    </message>
    <message>
        <source>Correlation is not causation: people who learn more may differ in other ways.</source>
        <translation>Corrélation n&apos;est pas causalité : ceux qui apprennent davantage peuvent différer par ailleurs.</translation>
    </message>
    <message>
        <source>Small sample (n &lt; %1): the interval is wide and r may not hold.</source>
        <translation>Petit échantillon (n &lt; %1) : l&apos;intervalle est large et r peut ne pas tenir.</translation>
    </message>
    <message>
        <source>The pilot cohort against the rest of the organisation</source>
        <translation>La cohorte pilote face au reste de l&apos;organisation</translation>
    </message>
    <message>
        <source>Active rate — pilot cohort</source>
        <translation>Taux d&apos;activité — cohorte pilote</translation>
    </message>
    <message>
        <source>Active rate — rest</source>
        <translation>Taux d&apos;activité — reste</translation>
    </message>
    <message>
        <source>Completion — pilot cohort</source>
        <translation>Achèvement — cohorte pilote</translation>
    </message>
    <message>
        <source>Completion — rest</source>
        <translation>Achèvement — reste</translation>
    </message>
    <message>
        <source>4 weeks before the start</source>
        <translation>4 semaines avant le début</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Pilot cohort: %1 learners; rest of the organisation: %2. Difference in differences: active rate %3 points, completion %4 points. The cohort was not chosen at random, so other differences between the groups may explain part of the gap.</source>
        <translation>Cohorte pilote : %1 apprenants ; reste de l&apos;organisation : %2. Différence des différences : taux d&apos;activité %3 points, achèvement %4 points. La cohorte n&apos;a pas été tirée au hasard : d&apos;autres différences entre les groupes peuvent expliquer une partie de l&apos;écart.</translation>
    </message>
    <message>
        <source>What the pilot team launched, heard and changed %1, up to %2.</source>
        <translation>Ce que l&apos;équipe pilote a lancé, entendu et changé %1, jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 to %3)</source>
        <translation>Cycle %1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Feedback themes</source>
        <translation>Thèmes des retours</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Dans leurs mots</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(pas de thème)</translation>
    </message>
    <message>
        <source>Adaptations and their measured effect</source>
        <translation>Adaptations et leur effet mesuré</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesurée par</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>%1 (n&#xa0;=&#xa0;%2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Each adaptation is measured in equal windows before and after its date. A before/after change is not proof that the adaptation caused it: other things changed at the same time.</source>
        <translation>Chaque adaptation est mesurée sur des périodes égales avant et après sa date. Un changement avant/après ne prouve pas que l&apos;adaptation l&apos;a causé : d&apos;autres choses ont changé en même temps.</translation>
    </message>
    <message>
        <source>Some windows hold fewer than %1 learners: read those effects with care.</source>
        <translation>Certaines périodes comptent moins de %1 apprenants : lisez ces effets avec prudence.</translation>
    </message>
    <message>
        <source>No feedback or adaptation was recorded in this cycle during the period.</source>
        <translation>Aucun retour ni adaptation n&apos;a été consigné dans ce cycle sur la période.</translation>
    </message>
    <message>
        <source>No PLAN cycle was active, and no feedback or adaptation was recorded, in the period.</source>
        <translation>Aucun cycle PLAN n&apos;était actif et aucun retour ni adaptation n&apos;a été consigné sur la période.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decision was recorded %1.</source>
        <translation>Aucune décision n&apos;a été consignée %1.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Justification : %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Éléments probants : %1</translation>
    </message>
    <message>
        <source>Decisions made %1, and proposals still open.</source>
        <translation>Décisions prises %1, et propositions encore ouvertes.</translation>
    </message>
    <message>
        <source>Content awaiting a retirement decision</source>
        <translation>Contenus en attente d&apos;une décision de retrait</translation>
    </message>
    <message>
        <source>No course flagged by the retirement policy awaits a decision.</source>
        <translation>Aucun cours signalé par la règle de retrait n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Why it is flagged</source>
        <translation>Pourquoi il est signalé</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Next releases</source>
        <translation>Prochaines publications</translation>
    </message>
    <message>
        <source>No content release is planned after %1.</source>
        <translation>Aucune publication de contenu n&apos;est planifiée après le %1.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Progress by bucket as of %1</source>
        <translation>Avancement par échéance au %1</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>First %1 days</source>
        <translation>%1 premiers jours</translation>
    </message>
    <message>
        <source>Dropped actions are not counted. Overdue: open or in progress with a due date before the as-of date.</source>
        <translation>Les actions abandonnées ne sont pas comptées. En retard : ouverte ou en cours avec une échéance antérieure à la date du rapport.</translation>
    </message>
    <message>
        <source>Every action of the plan is done or dropped.</source>
        <translation>Chaque action du plan est terminée ou abandonnée.</translation>
    </message>
    <message>
        <source>Open actions, overdue first</source>
        <translation>Actions ouvertes, en retard d&apos;abord</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(pas de responsable)</translation>
    </message>
    <message>
        <source>Open actions by owner</source>
        <translation>Actions ouvertes par responsable</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Under-engaged groups</source>
        <translation>Groupes peu engagés</translation>
    </message>
    <message>
        <source>No group of three or more people is markedly less active than the cohort over the last two weeks.</source>
        <translation>Aucun groupe de trois personnes ou plus n&apos;est nettement moins actif que la cohorte sur les deux dernières semaines.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Active (2 weeks)</source>
        <translation>Actifs (2 semaines)</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Taux d&apos;activité</translation>
    </message>
    <message>
        <source>Cohort rate</source>
        <translation>Taux de la cohorte</translation>
    </message>
    <message>
        <source>Groups of at least three people by a roster attribute whose active rate over the last two weeks is below %1 or below half the cohort&apos;s.</source>
        <translation>Groupes d&apos;au moins trois personnes selon un attribut de la liste du personnel dont le taux d&apos;activité sur les deux dernières semaines est inférieur à %1 ou à la moitié de celui de la cohorte.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more group(s).</source>
        <translation>
            <numerusform>Non listé : %n autre groupe.</numerusform>
            <numerusform>Non listés : %n autres groupes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners who stopped engaging</source>
        <translation>Apprenants qui ne participent plus</translation>
    </message>
    <message>
        <source>Nobody who was active in at least two of the four weeks before the last two went quiet.</source>
        <translation>Personne parmi ceux actifs au moins deux des quatre semaines précédant les deux dernières n&apos;a décroché.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(pas de service)</translation>
    </message>
    <message numerus="yes">
        <source>Learners who were active in at least two of the four weeks before the last two and not since: %n.</source>
        <translation>
            <numerusform>Apprenants actifs au moins deux des quatre semaines précédant les deux dernières, et plus depuis : %n.</numerusform>
            <numerusform>Apprenants actifs au moins deux des quatre semaines précédant les deux dernières, et plus depuis : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Counts only: names are left out of this report (they can be included on request).</source>
        <translation>Effectifs uniquement : les noms ne figurent pas dans ce rapport (ils peuvent être inclus sur demande).</translation>
    </message>
    <message>
        <source>Learners who stopped engaging (names included at the author&apos;s request)</source>
        <translation>Apprenants qui ne participent plus (noms inclus à la demande de l&apos;auteur)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Semaines actives</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Every week in the window has recorded activity.</source>
        <translation>Chaque semaine de la période a une activité enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Rows rejected by the imports: %n. They are in no figure; the appendix lists them per import.</source>
        <translation>
            <numerusform>Lignes rejetées par les imports : %n. Elles ne figurent dans aucun chiffre ; l&apos;annexe les liste par import.</numerusform>
            <numerusform>Lignes rejetées par les imports : %n. Elles ne figurent dans aucun chiffre ; l&apos;annexe les liste par import.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imported row was rejected.</source>
        <translation>Aucune ligne importée n&apos;a été rejetée.</translation>
    </message>
    <message numerus="yes">
        <source>Learning time is estimated from the gaps between events (a gap under %n minute(s) counts as learning): the export has no duration column.</source>
        <translation>
            <numerusform>Le temps d&apos;apprentissage est estimé à partir des écarts entre événements (un écart de moins de %n minute compte comme apprentissage) : l&apos;export n&apos;a pas de colonne de durée.</numerusform>
            <numerusform>Le temps d&apos;apprentissage est estimé à partir des écarts entre événements (un écart de moins de %n minutes compte comme apprentissage) : l&apos;export n&apos;a pas de colonne de durée.</numerusform>
        </translation>
    </message>
    <message>
        <source>No roster is imported: the cohort is everyone seen in the data, so people who never signed in are not counted and active rates are overstated.</source>
        <translation>Aucune liste du personnel n&apos;est importée : la cohorte comprend tous ceux vus dans les données, donc les personnes qui ne se sont jamais connectées ne sont pas comptées et les taux d&apos;activité sont surestimés.</translation>
    </message>
    <message>
        <source>The as-of date lies after the last day with data (%1): the most recent weeks may be incomplete.</source>
        <translation>La date du rapport est postérieure au dernier jour avec des données (%1) : les semaines les plus récentes peuvent être incomplètes.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace.</source>
        <translation>Rien n&apos;a été importé dans cet espace de travail.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Times are in the workspace time zone %1.</source>
        <translation>Les heures sont dans le fuseau horaire %1 de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Définitions des indicateurs</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Status in this report</source>
        <translation>Statut dans ce rapport</translation>
    </message>
    <message>
        <source>On track: the current value meets the pace from the baseline to the targets on the as-of date. At risk: short of it by no more than the indicator&apos;s tolerance times the step from the baseline to the next target. Off track: short by more. Not due: no target yet.</source>
        <translation>En bonne voie : la valeur actuelle atteint la trajectoire de la référence vers les objectifs à la date du rapport. À risque : en deçà d&apos;au plus la tolérance de l&apos;indicateur multipliée par l&apos;écart entre la référence et l&apos;objectif suivant. Hors trajectoire : plus en deçà. Non échu : pas encore d&apos;objectif.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>%1 is %2; no target is set.</source>
        <translation>%1 est de %2 ; aucun objectif n&apos;est fixé.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 is %2, exactly the day-%3 target.</source>
        <translation>%1 est de %2, exactement l&apos;objectif du jour %3.</translation>
    </message>
    <message>
        <source>%1 is %2, %3 above the day-%4 target of %5.</source>
        <translation>%1 est de %2, %3 au-dessus de l&apos;objectif du jour %4 de %5.</translation>
    </message>
    <message>
        <source>%1 is %2, %3 below the day-%4 target of %5.</source>
        <translation>%1 est de %2, %3 en dessous de l&apos;objectif du jour %4 de %5.</translation>
    </message>
    <message>
        <source>The pace expects %1 by now.</source>
        <translation>La trajectoire prévoit %1 à ce stade.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Prepared with Uptake %1</source>
        <translation>Préparé avec Uptake %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: the folder does not exist.</source>
        <translation>Impossible d&apos;écrire le rapport dans « %1 » : le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: it is a folder.</source>
        <translation>Impossible d&apos;écrire le rapport dans « %1 » : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”.</source>
        <translation>Impossible d&apos;écrire le rapport dans « %1 ».</translation>
    </message>
    <message>
        <source>Cannot start printing on “%1”.</source>
        <translation>Impossible de lancer l&apos;impression sur « %1 ».</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Current: the pilot cohort over the last four weeks, %1 to %2 (the weekly active rate is the mean of those weeks).</source>
        <translation>Actuel : la cohorte du pilote sur les quatre dernières semaines, du %1 au %2 (le taux d&apos;activité hebdomadaire est la moyenne de ces semaines).</translation>
    </message>
    <message>
        <source>Baseline: the four weeks before the start, %1 to %2, unless entered by hand.</source>
        <translation>Référence : les quatre semaines avant le début, du %1 au %2, sauf saisie manuelle.</translation>
    </message>
    <message>
        <source>Over the last four weeks (%1 to %2), on average %3 of the %4 learners in the cohort were active each week (%5).</source>
        <translation>Sur les quatre dernières semaines (du %1 au %2), en moyenne %3 des %4 apprenants de la cohorte ont été actifs chaque semaine (%5).</translation>
    </message>
    <message>
        <source>Of the %1 learner–course pairs with activity in those weeks, %2 (%3) had a completion in them.</source>
        <translation>Sur les %1 paires apprenant–cours ayant eu de l&apos;activité pendant ces semaines, %2 (%3) y ont eu un achèvement.</translation>
    </message>
    <message>
        <source>Status compares the current value with the pace from the baseline to the targets on the as-of date: on track when it meets the pace, at risk when it falls short by no more than the indicator&apos;s tolerance, off track otherwise.</source>
        <translation>Le statut compare la valeur actuelle à la trajectoire de la référence vers les objectifs à la date du rapport : en bonne voie si elle atteint la trajectoire, à risque si elle est en deçà d&apos;au plus la tolérance de l&apos;indicateur, hors trajectoire sinon.</translation>
    </message>
    <message>
        <source>The last point, the week of %1, counts only the days up to %2.</source>
        <translation>Le dernier point, la semaine du %1, ne compte que les jours jusqu&apos;au %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %n course(s) with the most learners from %1 to %2: learners who completed in that period ÷ learners with any activity in the course in it.</source>
        <translation>
            <numerusform>%n cours comptant le plus d&apos;apprenants du %1 au %2 : apprenants ayant achevé sur cette période ÷ apprenants ayant eu une activité quelconque dans le cours sur cette période.</numerusform>
            <numerusform>Les %n cours comptant le plus d&apos;apprenants du %1 au %2 : apprenants ayant achevé sur cette période ÷ apprenants ayant eu une activité quelconque dans le cours sur cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before: the four weeks before the start, %1 to %2. Since the start: %3 to %4 (these rates cover the whole pilot so far, not only the last four weeks of the summary table).</source>
        <translation>Avant : les quatre semaines avant le début, du %1 au %2. Depuis le début : du %3 au %4 (ces taux couvrent tout le pilote jusqu&apos;ici, pas seulement les quatre dernières semaines du tableau de synthèse).</translation>
    </message>
    <message>
        <source>Current: all learners over the last four weeks, %1 to %2 (the weekly active rate is the mean of those weeks).</source>
        <translation>Actuel : tous les apprenants sur les quatre dernières semaines, du %1 au %2 (le taux d&apos;activité hebdomadaire est la moyenne de ces semaines).</translation>
    </message>
    <message>
        <source>since the data begins (%1)</source>
        <translation>depuis le début des données (%1)</translation>
    </message>
    <message>
        <source>There is no pilot yet: create one on the Pilot page first, then set its targets to see each indicator&apos;s status against its 30/60/90-day checkpoints. The sections on PLAN cycles, governance and the 30/60/90-day plan appear once there is a pilot.</source>
        <translation>Il n&apos;y a pas encore de pilote : créez-en d&apos;abord un sur la page Pilote, puis fixez ses objectifs pour voir le statut de chaque indicateur face à ses points d&apos;étape à 30/60/90 jours. Les sections sur les cycles PLAN, la gouvernance et le plan à 30/60/90 jours apparaissent dès qu&apos;il existe un pilote.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) without any recorded activity in the cohort (%1): a gap in the export or a holiday? Rates for those weeks are shown as zero.</source>
        <translation>
            <numerusform>%n semaine sans aucune activité enregistrée dans la cohorte (%1) : un trou dans l&apos;export ou des congés ? Les taux de cette semaine apparaissent à zéro.</numerusform>
            <numerusform>%n semaines sans aucune activité enregistrée dans la cohorte (%1) : un trou dans l&apos;export ou des congés ? Les taux de ces semaines apparaissent à zéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QDate::toString() pattern of a date in full, without the weekday (30 October 2026); keep the letters d, M, y</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDate::toString() pattern of a day in a date range (3 Mar 2025), and of the last day of a range; keep the letters d, M, y</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of days in the same month: its first day, its last day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>d</source>
        <comment>QDate::toString() pattern of the first day of a range in the same month (the 3 of 3–9 Mar 2025)</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of days across months or years: its first day, its last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate::toString() pattern of the first day of a range in the same year (the 24 Feb of 24 Feb – 9 Mar 2025)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDate::toString() pattern of a date on a chart&apos;s axis, with the year (21 Sep 2026); keep the letters d, M, y</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate::toString() pattern of a date on a chart&apos;s axis, without the year (5 Oct)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>chart footnote: a number on the chart (or a date), an event</comment>
        <translation>%1 : %2</translation>
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
        <translation>apprenants actifs dans la semaine</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportData</name>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Adoption in charts</source>
        <translation>L&apos;adoption en graphiques</translation>
    </message>
    <message>
        <source>PLAN cycles since the last report</source>
        <translation>Cycles PLAN depuis le dernier rapport</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>The 30/60/90-day plan</source>
        <translation>Le plan à 30/60/90 jours</translation>
    </message>
    <message>
        <source>Risks and data quality</source>
        <translation>Risques et qualité des données</translation>
    </message>
    <message>
        <source>Appendix: data sources and definitions</source>
        <translation>Annexe : sources de données et définitions</translation>
    </message>
    <message>
        <source>Unknown report section “%1”; the sections are %2.</source>
        <translation>Section de rapport inconnue « %1 » ; les sections sont %2.</translation>
    </message>
    <message>
        <source>Choose at least one report section.</source>
        <translation>Choisissez au moins une section du rapport.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Choose the pilot to report on: %1.</source>
        <translation>Choisissez le pilote concerné par le rapport : %1.</translation>
    </message>
    <message>
        <source>The workspace has no usage data yet: import an LMS export first.</source>
        <translation>L&apos;espace de travail n&apos;a pas encore de données d&apos;utilisation : importez d&apos;abord un export du LMS.</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportPage</name>
    <message>
        <source>Name learners who stopped engaging</source>
        <translation>Nommer les apprenants qui ne participent plus</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export Tables as CSV…</source>
        <translation>Exporter les tableaux en CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Rapport d&apos;avancement</translation>
    </message>
    <message>
        <source>The report for the governance board: the same document on screen, on paper and from &apos;uptake report&apos; on a schedule.</source>
        <translation>Le rapport pour le comité de pilotage : le même document à l&apos;écran, sur papier et planifié via &apos;uptake report&apos;.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilote :</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>The report&apos;s date: figures look at the data up to this day.</source>
        <translation>La date du rapport : les chiffres portent sur les données jusqu&apos;à ce jour.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Off: the report counts learners who stopped engaging by department, without names.</source>
        <translation>Désactivé : le rapport compte les apprenants qui ne participent plus par service, sans les nommer.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Modèle de rapport</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Open a workspace to make its status report.</source>
        <translation>Ouvrez un espace de travail pour établir son rapport d&apos;avancement.</translation>
    </message>
    <message>
        <source>All learners (no pilot yet)</source>
        <translation>Tous les apprenants (pas encore de pilote)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 pages, as of %2. Changes reported since %3%4.</source>
        <translation>%1 pages, au %2. Changements rapportés depuis le %3%4.</translation>
    </message>
    <message>
        <source> (the last report)</source>
        <translation> (le dernier rapport)</translation>
    </message>
    <message>
        <source> (the pilot&apos;s start)</source>
        <translation> (le début du pilote)</translation>
    </message>
    <message>
        <source>%1 status report %2.pdf</source>
        <translation>%1 rapport d&apos;avancement %2.pdf</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 enregistré (%2 pages).</translation>
    </message>
    <message>
        <source>Print Status Report</source>
        <translation>Imprimer le rapport d&apos;avancement</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Export the Report&apos;s Tables</source>
        <translation>Exporter les tableaux du rapport</translation>
    </message>
    <message>
        <source>Wrote %1 CSV files to %2.</source>
        <translation>%1 fichiers CSV écrits dans %2.</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(choisir un modèle)</translation>
    </message>
    <message>
        <source>Save Report Template</source>
        <translation>Enregistrer le modèle de rapport</translation>
    </message>
    <message>
        <source>Name of the template (it keeps the chosen sections):</source>
        <translation>Nom du modèle (il conserve les sections choisies) :</translation>
    </message>
    <message>
        <source>Saved the template “%1”. &apos;uptake report --template &quot;%1&quot;&apos; makes the same report.</source>
        <translation>Modèle « %1 » enregistré. &apos;uptake report --template &quot;%1&quot;&apos; produit le même rapport.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the report template “%1”?</source>
        <translation>Supprimer le modèle de rapport « %1 » ?</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportRepository</name>
    <message>
        <source>Cannot read the days the data covers: %1</source>
        <translation>Impossible de lire les jours couverts par les données : %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s time zone: %1</source>
        <translation>Impossible de lire le fuseau horaire de l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Cannot read the report history: %1</source>
        <translation>Impossible de lire l&apos;historique des rapports : %1</translation>
    </message>
    <message>
        <source>Cannot remember the report&apos;s date: %1</source>
        <translation>Impossible de mémoriser la date du rapport : %1</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportTemplates</name>
    <message>
        <source>Cannot save the report templates in “%1”.</source>
        <translation>Impossible d&apos;enregistrer les modèles de rapport dans « %1 ».</translation>
    </message>
    <message>
        <source>Give the report template a name.</source>
        <translation>Donnez un nom au modèle de rapport.</translation>
    </message>
    <message>
        <source>A report template needs at least one section.</source>
        <translation>Un modèle de rapport doit avoir au moins une section.</translation>
    </message>
    <message>
        <source>There is no report template called “%1”.</source>
        <translation>Il n&apos;y a pas de modèle de rapport nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>Uptake::RestoreBackupDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before upgrading from format %1</source>
        <translation>Avant la mise à niveau depuis le format %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Replace “%1” by one of its backups. The workspace as it is now is kept as a backup too, so this can be undone.</source>
        <translation>Remplacer « %1 » par l&apos;une de ses sauvegardes. L&apos;espace de travail dans son état actuel est lui aussi conservé dans une sauvegarde : l&apos;opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Il n&apos;y a encore aucune sauvegarde de cet espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Replace the workspace by the backup of %1? Everything changed since then is set aside in a backup of the current state.</source>
        <translation>Remplacer l&apos;espace de travail par la sauvegarde du %1 ? Toutes les modifications faites depuis sont mises de côté dans une sauvegarde de l&apos;état actuel.</translation>
    </message>
</context>
<context>
    <name>Uptake::RowVersions</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Duration (weeks)</source>
        <translation>Durée (semaines)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Selected by</source>
        <translation>Sélectionnée par</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Targets are</source>
        <translation>Type d&apos;objectifs</translation>
    </message>
    <message>
        <source>Day-30 target</source>
        <translation>Objectif jour 30</translation>
    </message>
    <message>
        <source>Day-60 target</source>
        <translation>Objectif jour 60</translation>
    </message>
    <message>
        <source>Day-90 target</source>
        <translation>Objectif jour 90</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Cohort-wide</source>
        <translation>Toute la cohorte</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Scaled to</source>
        <translation>Étendu à</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Période (jours)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Cannot read the stored %1: %2</source>
        <translation>Impossible de lire l&apos;élément enregistré (%1) : %2</translation>
    </message>
    <message>
        <source>Cannot save the %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;élément (%1) : %2</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>The %1 was deleted by someone else after you opened it.</source>
        <translation>L&apos;élément (%1) a été supprimé par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>The %1 is stored again: someone else added it meanwhile.</source>
        <translation>L&apos;élément (%1) est de nouveau enregistré : quelqu&apos;un d&apos;autre l&apos;a ajouté entre-temps.</translation>
    </message>
    <message>
        <source>%1 changed the %2 after you opened it.</source>
        <translation>%1 a modifié l&apos;élément (%2) après que vous l&apos;avez ouvert.</translation>
    </message>
</context>
<context>
    <name>Uptake::ScatterChart</name>
    <message>
        <source>Learning events in the window</source>
        <translation>Événements d&apos;apprentissage sur la période</translation>
    </message>
    <message>
        <source>Learning minutes in the window</source>
        <translation>Minutes d&apos;apprentissage sur la période</translation>
    </message>
</context>
<context>
    <name>Uptake::ServerSchema</name>
    <message>
        <source>The database is not empty: Uptake creates a team workspace only in an empty database.</source>
        <translation>La base de données n&apos;est pas vide : Uptake ne crée un espace de travail d&apos;équipe que dans une base de données vide.</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>son schéma ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>column %1 is missing</source>
        <translation>la colonne %1 est absente</translation>
    </message>
    <message>
        <source>column %1 is unknown</source>
        <translation>la colonne %1 est inconnue</translation>
    </message>
    <message>
        <source>in table %1 %2</source>
        <translation>dans la table %1 %2</translation>
    </message>
    <message>
        <source>it lacks parts every Uptake workspace has (%1)</source>
        <translation>il lui manque des éléments que possède tout espace de travail Uptake (%1)</translation>
    </message>
    <message>
        <source>Name the database with lower-case letters, digits and underscores only (“%1” is not): its roles are named after it.</source>
        <translation>Nommez la base de données uniquement avec des minuscules, des chiffres et des tirets bas (ce n&apos;est pas le cas de « %1 ») : ses rôles portent son nom.</translation>
    </message>
    <message>
        <source>“%1” is not a valid user name: use lower-case letters, digits and underscores.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;utilisateur valide : utilisez des minuscules, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <source>The database “%1” already holds tables that are not an Uptake workspace; server-init only sets up an empty database or an existing team workspace.</source>
        <translation>La base de données « %1 » contient déjà des tables qui ne forment pas un espace de travail Uptake ; server-init ne configure qu&apos;une base de données vide ou un espace de travail d&apos;équipe existant.</translation>
    </message>
    <message>
        <source>The team workspace “%1” was set up by a newer version of Uptake (format %2; this version knows up to %3).</source>
        <translation>L&apos;espace de travail d&apos;équipe « %1 » a été configuré par une version plus récente d&apos;Uptake (format %2 ; cette version connaît les formats jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>The team workspace “%1” was changed outside Uptake: %2.</source>
        <translation>L&apos;espace de travail d&apos;équipe « %1 » a été modifié en dehors d&apos;Uptake : %2.</translation>
    </message>
    <message>
        <source>Cannot set up the roles of “%1”: %2</source>
        <translation>Impossible de configurer les rôles de « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Uptake::SprintTimeline</name>
    <message>
        <source>Sprint timeline</source>
        <translation>Chronologie du sprint</translation>
    </message>
    <message>
        <source>Give the pilot a start date to see its sprint week by week.</source>
        <translation>Donnez une date de début au pilote pour voir son sprint semaine par semaine.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>check-in %1</source>
        <translation>point d&apos;étape %1</translation>
    </message>
    <message>
        <source>PLAN cycles</source>
        <translation>Cycles PLAN</translation>
    </message>
    <message>
        <source>No PLAN cycle yet — add one under PLAN cycles.</source>
        <translation>Pas encore de cycle PLAN — ajoutez-en un sous Cycles PLAN.</translation>
    </message>
    <message>
        <source>PLAN cycle %1</source>
        <translation>Cycle PLAN %1</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>%1 (%2, outside the sprint)</source>
        <translation>%1 (%2, hors du sprint)</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Jour 30</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Uptake::Sqlite</name>
    <message>
        <source>no database connection</source>
        <translation>pas de connexion à la base de données</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>la copie n&apos;a pas pu être fermée</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk</source>
        <translation>la copie n&apos;a pas pu être écrite sur le disque</translation>
    </message>
    <message>
        <source>the copy could not be moved into place</source>
        <translation>la copie n&apos;a pas pu être mise en place</translation>
    </message>
</context>
<context>
    <name>Uptake::Summary</name>
    <message>
        <source>Cannot read the workspace summary: %1</source>
        <translation>Impossible de lire le résumé de l&apos;espace de travail : %1</translation>
    </message>
</context>
<context>
    <name>Uptake::TargetRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Pilot start</source>
        <translation>Début du pilote</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cannot read the pilot&apos;s targets</source>
        <translation>Impossible de lire les objectifs du pilote</translation>
    </message>
    <message>
        <source>Cannot read the target</source>
        <translation>Impossible de lire l&apos;objectif</translation>
    </message>
    <message>
        <source>There is no target with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;objectif d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A target needs a KPI.</source>
        <translation>Un objectif doit avoir un indicateur.</translation>
    </message>
    <message>
        <source>Baselines, targets and tolerances are numbers.</source>
        <translation>Références, objectifs et tolérances sont des nombres.</translation>
    </message>
    <message>
        <source>The tolerance cannot be negative.</source>
        <translation>La tolérance ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A relative target cannot be 100% or more below the baseline.</source>
        <translation>Un objectif relatif ne peut pas être inférieur de 100 % ou plus à la référence.</translation>
    </message>
    <message>
        <source>Cannot check the pilot</source>
        <translation>Impossible de vérifier le pilote</translation>
    </message>
    <message>
        <source>There is no pilot with id %1.</source>
        <translation>Il n&apos;y a pas de pilote d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot check the targets</source>
        <translation>Impossible de vérifier les objectifs</translation>
    </message>
    <message>
        <source>The pilot already has targets for “%1”.</source>
        <translation>Le pilote a déjà des objectifs pour « %1 ».</translation>
    </message>
    <message>
        <source>Cannot save the target</source>
        <translation>Impossible d&apos;enregistrer l&apos;objectif</translation>
    </message>
    <message>
        <source>Cannot delete the target</source>
        <translation>Impossible de supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Cannot read the annotations</source>
        <translation>Impossible de lire les annotations</translation>
    </message>
    <message>
        <source>Cannot read the annotation</source>
        <translation>Impossible de lire l&apos;annotation</translation>
    </message>
    <message>
        <source>There is no annotation with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;annotation d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>An annotation needs a date.</source>
        <translation>Une annotation doit avoir une date.</translation>
    </message>
    <message>
        <source>An annotation needs a label.</source>
        <translation>Une annotation doit avoir un libellé.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of annotation.</source>
        <translation>« %1 » n&apos;est pas un type d&apos;annotation.</translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation>Impossible d&apos;enregistrer l&apos;annotation</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>Impossible de supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>objectif d&apos;indicateur</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
</context>
<context>
    <name>Uptake::TargetsDialog</name>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Targets and Annotations</source>
        <translation>Objectifs et annotations</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Pilote :</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>The workspace is open read-only: targets and annotations can be looked at, not changed.</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule : les objectifs et les annotations peuvent être consultés, mais pas modifiés.</translation>
    </message>
    <message>
        <source>&amp;Add Target…</source>
        <translation>&amp;Ajouter un objectif…</translation>
    </message>
    <message>
        <source>No targets for this pilot yet</source>
        <translation>Aucun objectif pour ce pilote pour l&apos;instant</translation>
    </message>
    <message>
        <source>Set what the pilot should reach by day 30, 60 and 90 for each KPI — as values or relative to the baseline Uptake measures over the four weeks before the start. The dashboard then shows each checkpoint as on track, at risk or off track.</source>
        <translation>Définissez ce que le pilote doit atteindre à 30, 60 et 90 jours pour chaque indicateur — en valeurs ou par rapport à la référence qu&apos;Uptake mesure sur les quatre semaines précédant le début. Le tableau de bord indique ensuite pour chaque point d&apos;étape s&apos;il est en bonne voie, à risque ou hors trajectoire.</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>Objectifs d&apos;indicateurs</translation>
    </message>
    <message>
        <source>&amp;KPI Targets</source>
        <translation>Objectifs d&apos;&amp;indicateurs</translation>
    </message>
    <message>
        <source>Add A&amp;nnotation…</source>
        <translation>Ajouter une a&amp;nnotation…</translation>
    </message>
    <message>
        <source>No annotations yet</source>
        <translation>Aucune annotation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Mark what explains a bend in the curves: a comms push, an outage, a manager&apos;s kick-off, anything worth a line on the charts.</source>
        <translation>Signalez ce qui explique une inflexion des courbes : une campagne de communication, une panne, un lancement par un manager, tout ce qui mérite une ligne sur les graphiques.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>The pilot&apos;s start and the adaptations recorded in its PLAN cycles are marked on its charts by themselves. Add the comms pushes, outages and notes you want to see there.</source>
        <translation>Le début du pilote et les adaptations consignées dans ses cycles PLAN sont marqués automatiquement sur ses graphiques. Ajoutez les campagnes de communication, pannes et notes que vous souhaitez y voir.</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Targets and Annotations — %1</source>
        <translation>Objectifs et annotations — %1</translation>
    </message>
    <message>
        <source>Create a pilot on the Pilot page first; targets belong to a pilot.</source>
        <translation>Créez d&apos;abord un pilote sur la page Pilote ; les objectifs sont rattachés à un pilote.</translation>
    </message>
    <message>
        <source>Measuring the baselines over the four weeks before the pilot&apos;s start…</source>
        <translation>Mesure des références sur les quatre semaines précédant le début du pilote…</translation>
    </message>
    <message>
        <source>The baselines could not be measured: %1</source>
        <translation>Les références n&apos;ont pas pu être mesurées : %1</translation>
    </message>
    <message>
        <source>There is no data before the pilot&apos;s start to measure baselines from yet; enter them or import the LMS&apos;s usage first.</source>
        <translation>Il n&apos;y a pas encore de données antérieures au début du pilote pour mesurer les références ; saisissez-les ou importez d&apos;abord l&apos;utilisation du LMS.</translation>
    </message>
    <message>
        <source>Baselines are measured over the four weeks before the pilot&apos;s start unless you enter one. A checkpoint missed by no more than the tolerance (a share of the gap from baseline to target) is “at risk”.</source>
        <translation>Les références sont mesurées sur les quatre semaines précédant le début du pilote, sauf si vous en saisissez une. Un point d&apos;étape manqué de pas plus que la tolérance (une part de l&apos;écart entre la référence et l&apos;objectif) est « à risque ».</translation>
    </message>
    <message>
        <source>Delete Target</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Every KPI of this pilot has its targets already.</source>
        <translation>Chaque indicateur de ce pilote a déjà ses objectifs.</translation>
    </message>
    <message>
        <source>Add KPI Target</source>
        <translation>Ajouter un objectif d&apos;indicateur</translation>
    </message>
    <message>
        <source>Edit KPI Target</source>
        <translation>Modifier l&apos;objectif d&apos;indicateur</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Enter the baseline instead of measuring it</source>
        <translation>&amp;Saisir la référence au lieu de la mesurer</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Targets &amp;are:</source>
        <translation>Les objectifs s&amp;ont :</translation>
    </message>
    <message>
        <source>Values of the KPI</source>
        <translation>Des valeurs de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Changes relative to the baseline</source>
        <translation>Des variations par rapport à la référence</translation>
    </message>
    <message>
        <source>Day 30 target</source>
        <translation>Objectif à 30 jours</translation>
    </message>
    <message>
        <source>Day 60 target</source>
        <translation>Objectif à 60 jours</translation>
    </message>
    <message>
        <source>Day 90 target</source>
        <translation>Objectif à 90 jours</translation>
    </message>
    <message>
        <source>Day &amp;30:</source>
        <translation>Jour &amp;30 :</translation>
    </message>
    <message>
        <source>Day &amp;60:</source>
        <translation>Jour &amp;60 :</translation>
    </message>
    <message>
        <source>Day &amp;90:</source>
        <translation>Jour &amp;90 :</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>% of the gap from baseline to target</source>
        <translation>% de l&apos;écart entre la référence et l&apos;objectif</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolérance :</translation>
    </message>
    <message>
        <source>Leave a day empty for no checkpoint then. Rates are entered in percent (45 for 45%); relative targets as a change in percent (20 for +20%, −10 for −10%).</source>
        <translation>Laissez un jour vide pour n&apos;avoir aucun point d&apos;étape à cette date. Les taux se saisissent en pourcentage (45 pour 45 %) ; les objectifs relatifs, comme une variation en pourcentage (20 pour +20 %, −10 pour −10 %).</translation>
    </message>
    <message>
        <source>measured — still being computed</source>
        <translation>mesurée — calcul en cours</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>mesurée : %1</translation>
    </message>
    <message>
        <source>measured — no data before the start</source>
        <translation>mesurée — aucune donnée avant le début</translation>
    </message>
    <message>
        <source>%1 change from the baseline → %2</source>
        <translation>%1 de variation par rapport à la référence → %2</translation>
    </message>
    <message>
        <source>%1 change from the baseline</source>
        <translation>%1 de variation par rapport à la référence</translation>
    </message>
    <message>
        <source>Enter the baseline, or let Uptake measure it.</source>
        <translation>Saisissez la référence, ou laissez Uptake la mesurer.</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Jour 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Jour 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Jour 90</translation>
    </message>
    <message>
        <source>Set a target for day 30, 60 or 90.</source>
        <translation>Définissez un objectif à 30, 60 ou 90 jours.</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Ajouter une annotation</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l&apos;annotation</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>e.g. Newsletter feature on the new courses</source>
        <translation>p. ex. Article de la newsletter sur les nouveaux cours</translation>
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation>Dé&amp;tails :</translation>
    </message>
    <message>
        <source>&amp;Shown on:</source>
        <translation>&amp;Affichée sur :</translation>
    </message>
    <message>
        <source>This pilot&apos;s charts (%1)</source>
        <translation>Les graphiques de ce pilote (%1)</translation>
    </message>
    <message>
        <source>Every pilot&apos;s charts</source>
        <translation>Les graphiques de tous les pilotes</translation>
    </message>
</context>
<context>
    <name>Uptake::TrendChart</name>
    <message>
        <source>%1, week of %2
%3 active of %4: %5</source>
        <translation>%1, semaine du %2
%3 actifs sur %4 : %5</translation>
    </message>
    <message>
        <source>Rest of the organisation: %1</source>
        <translation>Reste de l&apos;organisation : %1</translation>
    </message>
    <message>
        <source>Click to list the learners</source>
        <translation>Cliquer pour lister les apprenants</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Taux d&apos;activité hebdomadaire</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Taux d&apos;activité</translation>
    </message>
    <message>
        <source>Pilot cohort</source>
        <translation>Cohorte pilote</translation>
    </message>
    <message>
        <source>Rest of the organisation</source>
        <translation>Reste de l&apos;organisation</translation>
    </message>
    <message>
        <source>Pace to target</source>
        <translation>Trajectoire vers l&apos;objectif</translation>
    </message>
    <message>
        <source>30/60/90-day targets</source>
        <translation>Objectifs à 30/60/90 jours</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>Jour %1 : %2</translation>
    </message>
</context>
<context>
    <name>Uptake::WelcomePage</name>
    <message>
        <source>Welcome to Uptake</source>
        <translation>Bienvenue dans Uptake</translation>
    </message>
    <message>
        <source>Turn a bought LMS into a used one: diagnose where adoption stalls, design an engagement plan, pilot it with one cohort and report progress to your governance board against 30/60/90-day targets.</source>
        <translation>Faites d&apos;un LMS acheté un LMS utilisé : diagnostiquez où l&apos;adoption cale, concevez un plan d&apos;engagement, pilotez-le avec une cohorte et rendez compte des progrès à votre comité de pilotage face aux objectifs à 30/60/90 jours.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo Workspace</source>
        <translation>Explorer l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
</context>
<context>
    <name>Uptake::Workspace</name>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not a workspace file.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : c&apos;est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2.</translation>
    </message>
    <message>
        <source>“%1” is not an Uptake workspace: it is not an SQLite database file.</source>
        <translation>« %1 » n&apos;est pas un espace de travail Uptake : ce n&apos;est pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>There is no schema version %1.</source>
        <translation>Il n&apos;y a pas de version de schéma %1.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation>Impossible de créer « %1 » : un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: it is a folder.</source>
        <translation>Impossible de créer « %1 » : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible de créer « %1 » : le dossier « %2 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the time zone is not valid.</source>
        <translation>Impossible de créer « %1 » : le fuseau horaire n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be written.</source>
        <translation>Impossible de créer « %1 » : le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>“%1” is not an Uptake workspace: it is an SQLite database of another application.</source>
        <translation>« %1 » n&apos;est pas un espace de travail Uptake : c&apos;est une base SQLite d&apos;une autre application.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to open it.</source>
        <translation>« %1 » a été enregistré par une version plus récente d&apos;Uptake (format d&apos;espace de travail %2 ; cette version lit jusqu&apos;à %3). Mettez Uptake à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot open “%1” for editing: you do not have permission to write to it.</source>
        <translation>Impossible d&apos;ouvrir « %1 » en modification : vous n&apos;avez pas le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation>« %1 » est endommagé et illisible (%2).</translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Uptake and must be upgraded before it can be opened read-only. Open it for editing once to upgrade it.</source>
        <translation>« %1 » a été enregistré par une version antérieure d&apos;Uptake et doit être mis à niveau avant de pouvoir être ouvert en lecture seule. Ouvrez-le une fois en modification pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2 The file was left as it was.</source>
        <translation>Impossible de mettre à niveau « %1 » : %2 Le fichier est resté inchangé.</translation>
    </message>
    <message>
        <source>That time zone is not valid.</source>
        <translation>Ce fuseau horaire n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Cannot change the time zone: %1</source>
        <translation>Impossible de changer le fuseau horaire : %1</translation>
    </message>
    <message>
        <source>Choose a different file: “%1” is the workspace itself.</source>
        <translation>Choisissez un autre fichier : « %1 » est l&apos;espace de travail lui-même.</translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: the folder does not exist.</source>
        <translation>Impossible d&apos;enregistrer une copie dans « %1 » : le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer une copie dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>Échec de la mise à niveau vers la version de schéma %1 : %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not provide a connection handle.</source>
        <translation>Le pilote SQLite n&apos;a pas fourni de descripteur de connexion.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it lacks parts every Uptake workspace has (schema version %2).</source>
        <translation>« %1 » est endommagé : il lui manque des éléments que possède tout espace de travail Uptake (version du schéma %2).</translation>
    </message>
    <message>
        <source>“%1” is damaged or was changed outside Uptake, so it is not opened: %2.</source>
        <translation>« %1 » est endommagé ou a été modifié en dehors d&apos;Uptake ; il n&apos;est donc pas ouvert : %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation>Impossible de mettre à niveau « %1 » : %2</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>son schéma ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>column %1 is missing</source>
        <translation>la colonne %1 est absente</translation>
    </message>
    <message>
        <source>column %1 is not defined as Uptake defines it</source>
        <translation>la colonne %1 n&apos;est pas définie comme Uptake la définit</translation>
    </message>
    <message>
        <source>column %1 is unknown</source>
        <translation>la colonne %1 est inconnue</translation>
    </message>
    <message>
        <source>in table %1 %2</source>
        <translation>dans la table %1 %2</translation>
    </message>
    <message>
        <source>it lacks parts every Uptake workspace has (%1)</source>
        <translation>il lui manque des éléments que possède tout espace de travail Uptake (%1)</translation>
    </message>
    <message>
        <source>indexes are missing (%1)</source>
        <translation>des index sont absents (%1)</translation>
    </message>
    <message>
        <source>indexes differ from Uptake&apos;s (%1)</source>
        <translation>des index diffèrent de ceux d&apos;Uptake (%1)</translation>
    </message>
    <message>
        <source>it has indexes Uptake did not create (%1)</source>
        <translation>il contient des index qu&apos;Uptake n&apos;a pas créés (%1)</translation>
    </message>
    <message>
        <source>it contains triggers Uptake did not create, which could run code of unknown origin (%1)</source>
        <translation>il contient des déclencheurs qu&apos;Uptake n&apos;a pas créés, qui pourraient exécuter du code d&apos;origine inconnue (%1)</translation>
    </message>
    <message>
        <source>it contains views Uptake did not create, which could run code of unknown origin (%1)</source>
        <translation>il contient des vues qu&apos;Uptake n&apos;a pas créées, qui pourraient exécuter du code d&apos;origine inconnue (%1)</translation>
    </message>
    <message>
        <source>it contains virtual tables Uptake did not create (%1)</source>
        <translation>il contient des tables virtuelles qu&apos;Uptake n&apos;a pas créées (%1)</translation>
    </message>
    <message>
        <source>Cannot connect to the team workspace “%1”: %2</source>
        <translation>Impossible de se connecter à l&apos;espace de travail d&apos;équipe « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace: set it up with uptake server-init, or create one in an empty database.</source>
        <translation>« %1 » n&apos;est pas un espace de travail d&apos;équipe : configurez-le avec uptake server-init, ou créez-en un dans une base de données vide.</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to open it.</source>
        <translation>« %1 » a été configuré par une version plus récente d&apos;Uptake (format d&apos;espace de travail %2 ; cette version lit jusqu&apos;à %3). Mettez Uptake à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so it is not opened: %2.</source>
        <translation>« %1 » a été modifié en dehors d&apos;Uptake ; il n&apos;est donc pas ouvert : %2.</translation>
    </message>
    <message>
        <source>“%1” was set up by an older version of Uptake; an editor must open it once (or run uptake server-init) to upgrade it.</source>
        <translation>« %1 » a été configuré par une version antérieure d&apos;Uptake ; un éditeur doit l&apos;ouvrir une fois (ou lancer uptake server-init) pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>A team workspace lives on its server; a local copy of it cannot be saved yet.</source>
        <translation>Un espace de travail d&apos;équipe réside sur son serveur ; il n&apos;est pas encore possible d&apos;en enregistrer une copie locale.</translation>
    </message>
    <message>
        <source>“%1” is being written by an import that has it to itself. Open it again when the import has finished.</source>
        <translation>« %1 » est en cours d&apos;écriture par une importation qui l&apos;utilise seule. Rouvrez-le une fois l&apos;importation terminée.</translation>
    </message>
</context>
<context>
    <name>Uptake::WorkspaceCopy</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace address: write it as postgresql://user@host:port/database.</source>
        <translation>« %1 » n&apos;est pas une adresse d&apos;espace de travail d&apos;équipe : écrivez-la sous la forme postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace, not a workspace file.</source>
        <translation>« %1 » est un espace de travail d&apos;équipe, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace yet: set the database up with uptake server-init first, then publish into it.</source>
        <translation>« %1 » n&apos;est pas encore un espace de travail d&apos;équipe : configurez d&apos;abord la base de données avec uptake server-init, puis publiez-y.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace of format %2, this Uptake writes format %3: %4</source>
        <translation>« %1 » est un espace de travail d&apos;équipe au format %2, cette version d&apos;Uptake écrit le format %3 : %4</translation>
    </message>
    <message>
        <source>run uptake server-init on it to upgrade it first.</source>
        <translation>lancez d&apos;abord uptake server-init dessus pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>update Uptake to publish into it.</source>
        <translation>mettez Uptake à jour pour y publier.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so nothing is published into it: %2.</source>
        <translation>« %1 » a été modifié en dehors d&apos;Uptake, rien n&apos;y est donc publié : %2.</translation>
    </message>
    <message>
        <source>Cannot publish into “%1”: %2</source>
        <translation>Impossible de publier dans « %1 » : %2</translation>
    </message>
    <message>
        <source>The team workspace “%1” is not empty (it has rows in %2). Uptake publishes only into an empty team workspace, so that nothing on the server is overwritten: set up a new database with uptake server-init and publish into that.</source>
        <translation>L&apos;espace de travail d&apos;équipe « %1 » n&apos;est pas vide (il contient des lignes dans %2). Uptake ne publie que dans un espace de travail d&apos;équipe vide, afin que rien ne soit écrasé sur le serveur : configurez une nouvelle base de données avec uptake server-init et publiez-y.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of the workspace file: %2</source>
        <translation>Impossible de lire la table %1 du fichier d&apos;espace de travail : %2</translation>
    </message>
    <message>
        <source>Cannot copy the workspace settings: %1</source>
        <translation>Impossible de copier les paramètres de l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation>Impossible de copier la table %1 : %2</translation>
    </message>
    <message>
        <source>Your role on the server may not reset the id counters of “%1”. Run uptake server-init on it again as the database&apos;s owner (that lets editors do it) and publish again.</source>
        <translation>Votre rôle sur le serveur ne peut pas réinitialiser les compteurs d&apos;identifiants de « %1 ». Relancez uptake server-init dessus en tant que propriétaire de la base de données (cela permet aux éditeurs de le faire) et publiez à nouveau.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace, not a file to download into.</source>
        <translation>« %1 » est un espace de travail d&apos;équipe, pas un fichier dans lequel télécharger.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: it is a folder.</source>
        <translation>Impossible de télécharger dans « %1 » : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: a file with that name already exists.</source>
        <translation>Impossible de télécharger dans « %1 » : un fichier portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible de télécharger dans « %1 » : le dossier « %2 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace: there is nothing to download.</source>
        <translation>« %1 » n&apos;est pas un espace de travail d&apos;équipe : il n&apos;y a rien à télécharger.</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to download it.</source>
        <translation>« %1 » a été configuré par une version plus récente d&apos;Uptake (format d&apos;espace de travail %2 ; cette version lit jusqu&apos;au format %3). Mettez Uptake à jour pour le télécharger.</translation>
    </message>
    <message>
        <source>“%1” was set up by an older version of Uptake; an editor must open it once (or run uptake server-init) to upgrade it before it can be downloaded.</source>
        <translation>« %1 » a été configuré par une version antérieure d&apos;Uptake ; un éditeur doit l&apos;ouvrir une fois (ou lancer uptake server-init) pour le mettre à niveau avant qu&apos;il puisse être téléchargé.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so it is not downloaded: %2.</source>
        <translation>« %1 » a été modifié en dehors d&apos;Uptake, il n&apos;est donc pas téléchargé : %2.</translation>
    </message>
    <message>
        <source>Cannot download “%1”: %2</source>
        <translation>Impossible de télécharger « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: no temporary file can be made beside it.</source>
        <translation>Impossible de télécharger dans « %1 » : aucun fichier temporaire ne peut être créé à côté.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: %2</source>
        <translation>Impossible de télécharger dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation>Impossible d&apos;écrire la table %1 : %2</translation>
    </message>
    <message>
        <source>Cannot download the table %1: %2</source>
        <translation>Impossible de télécharger la table %1 : %2</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: the file could not be written.</source>
        <translation>Impossible de télécharger dans « %1 » : le fichier n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>Uptake::WorkspaceLock</name>
    <message>
        <source>this Uptake window</source>
        <translation>cette fenêtre d&apos;Uptake</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinateur inconnu</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>%1 on %2 since %3 (process %4)</source>
        <translation>%1 sur %2 depuis %3 (processus %4)</translation>
    </message>
    <message>
        <source>“%1” is already open for editing by %2. Open it read-only, or close it there first.</source>
        <translation>« %1 » est déjà ouvert en modification par %2. Ouvrez-le en lecture seule, ou fermez-le d&apos;abord à cet endroit.</translation>
    </message>
    <message>
        <source>Cannot open “%1” for editing: its lock file “%2” cannot be written.</source>
        <translation>Impossible d&apos;ouvrir « %1 » en modification : son fichier de verrou « %2 » ne peut pas être écrit.</translation>
    </message>
</context>
</TS>
