<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Uptake::Aggregates</name>
    <message>
        <source>Cannot update the dashboard&apos;s figures: %1</source>
        <translation>No se pueden actualizar las cifras del panel: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Backups</name>
    <message>
        <source>Cannot make a backup: the folder “%1” cannot be created.</source>
        <translation>No se puede hacer una copia de seguridad: no se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot make a backup copy at “%1”: %2</source>
        <translation>No se puede hacer una copia de seguridad en «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restore from “%1”: %2</source>
        <translation>No se puede restaurar desde «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restore from “%1”: it is damaged (%2).</source>
        <translation>No se puede restaurar desde «%1»: la copia está dañada (%2).</translation>
    </message>
    <message>
        <source>Cannot restore: the current workspace could not be kept first. %1</source>
        <translation>No se puede restaurar: antes no se pudo conservar el espacio de trabajo actual. %1</translation>
    </message>
</context>
<context>
    <name>Uptake::BarrierChart</name>
    <message>
        <source>Barriers by frequency and severity</source>
        <translation>Barreras por frecuencia y gravedad</translation>
    </message>
    <message>
        <source>%1: %2, interviews: %3</source>
        <translation>%1: %2, entrevistas: %3</translation>
    </message>
    <message>
        <source>The chart fills in as you register barriers and tag them in interviews.</source>
        <translation>El gráfico se completa a medida que registra barreras y las asocia a entrevistas.</translation>
    </message>
    <message>
        <source>Critical · interviews: 99</source>
        <translation>Crítica · entrevistas: 99</translation>
    </message>
    <message>
        <source>bar length: interviews that mention it</source>
        <translation>longitud de la barra: entrevistas que la mencionan</translation>
    </message>
    <message>
        <source>%1 · interviews: %2</source>
        <translation>%1 · entrevistas: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::ChartFrame</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export this chart as an image or its data as CSV</source>
        <translation>Exportar este gráfico como imagen o sus datos como CSV</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exportar como SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Copiar datos</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exportar datos como CSV…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Uptake::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Fill the workspace with a believable demo organisation.</source>
        <translation>Rellenar el espacio de trabajo con una organización de demostración verosímil.</translation>
    </message>
    <message>
        <source>Time zone for all date computations (default: the system&apos;s).</source>
        <translation>Zona horaria para todos los cálculos de fechas (predeterminada: la del sistema).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Reemplazar un archivo existente.</translation>
    </message>
    <message>
        <source>Seed of the demo generator.</source>
        <translation>Semilla del generador de demostración.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The workspace file to create (*.uptake).</source>
        <translation>El archivo de espacio de trabajo que se creará (*.uptake).</translation>
    </message>
    <message>
        <source>Create a new workspace.</source>
        <translation>Crear un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>init takes exactly one WORKSPACE path.</source>
        <translation>init requiere exactamente una ruta WORKSPACE.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Berlin.</source>
        <translation>Zona horaria desconocida «%1»; use un nombre IANA como Europe/Madrid.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed requiere un número entero.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 creado</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Format:         version %1</source>
        <translation>Formato:        versión %1</translation>
    </message>
    <message>
        <source>Time zone:      %1</source>
        <translation>Zona horaria:   %1</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>Program:        %1</source>
        <translation>Programa:       %1</translation>
    </message>
    <message>
        <source> — LMS: %1</source>
        <translation> — LMS: %1</translation>
    </message>
    <message>
        <source> — owner: %1</source>
        <translation> — responsable: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pilots:         %n</source>
        <translation>
            <numerusform>Pilotos:        %n</numerusform>
            <numerusform>Pilotos:        %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>sin fecha de inicio</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Learners:       %1 (%2 in the roster, %3 ever active)</source>
        <translation>Participantes:  %1 (%2 en la plantilla, %3 activos alguna vez)</translation>
    </message>
    <message>
        <source>Courses:        %1</source>
        <translation>Cursos:         %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Eventos:        %1</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 a %2)</translation>
    </message>
    <message>
        <source>Performance:    %1 values</source>
        <translation>Rendimiento:    %1 valores</translation>
    </message>
    <message>
        <source>Imports:        %1 (%2 rejected rows)</source>
        <translation>Importaciones:  %1 (%2 filas rechazadas)</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>la plantilla</translation>
    </message>
    <message>
        <source>learners seen</source>
        <translation>participantes vistos</translation>
    </message>
    <message>
        <source>Failed logins:  %1</source>
        <translation>Inicios de sesión fallidos: %1</translation>
    </message>
    <message>
        <source>No usage data yet: import an LMS export to see weekly active users and completion.</source>
        <translation>Aún no hay datos de uso: importe una exportación del LMS para ver los usuarios activos semanales y las finalizaciones.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprimir un objeto JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>The workspace file (*.uptake).</source>
        <translation>El archivo de espacio de trabajo (*.uptake).</translation>
    </message>
    <message>
        <source>Show a workspace&apos;s schema version, program, pilots and row counts.</source>
        <translation>Mostrar la versión del esquema, el programa, los pilotos y el número de filas de un espacio de trabajo.</translation>
    </message>
    <message>
        <source>info takes exactly one WORKSPACE path.</source>
        <translation>info requiere exactamente una ruta WORKSPACE.</translation>
    </message>
    <message>
        <source>What the file holds: events, roster or performance.</source>
        <translation>Qué contiene el archivo: events, roster o performance.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>A format from &apos;uptake presets&apos; (default: detected).</source>
        <translation>Un formato de &apos;uptake presets&apos; (predeterminado: detectado).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Which column feeds a field; join columns with +. Repeatable.</source>
        <translation>Qué columna alimenta un campo; una columnas con +. Repetible.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN[+COLUMN]</source>
        <translation>FIELD=COLUMN[+COLUMN]</translation>
    </message>
    <message>
        <source>One fixed value for a field in every row. Repeatable.</source>
        <translation>Un valor fijo para un campo en cada fila. Repetible.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>Field delimiter: , ; tab | (default: detected).</source>
        <translation>Delimitador de campos: , ; tab | (predeterminado: detectado).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin1 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 o latin1 (predeterminado: detectado).</translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation>La primera fila contiene datos, no nombres de columnas.</translation>
    </message>
    <message>
        <source>iso, epoch, epoch-ms, moodle, moodle-long, us, excel, relative-days (default: detected).</source>
        <translation>iso, epoch, epoch-ms, moodle, moodle-long, us, excel, relative-days (predeterminado: detectado).</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <source>dmy or mdy, when dates like 03/04 are ambiguous.</source>
        <translation>dmy o mdy, cuando fechas como 03/04 son ambiguas.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Zone of time stamps without an offset (default: the workspace&apos;s).</source>
        <translation>Zona de las marcas de tiempo sin desfase (predeterminada: la del espacio de trabajo).</translation>
    </message>
    <message>
        <source>Day 0 for dates given as day numbers (OULAD).</source>
        <translation>Día 0 para fechas indicadas como números de día (OULAD).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Event values that mean completed.</source>
        <translation>Valores de evento que significan «finalizado».</translation>
    </message>
    <message>
        <source>V1,V2</source>
        <translation>V1,V2</translation>
    </message>
    <message>
        <source>Check every row, write nothing.</source>
        <translation>Comprobar cada fila, no escribir nada.</translation>
    </message>
    <message>
        <source>Import a file even if the same bytes were imported before.</source>
        <translation>Importar un archivo aunque ya se hayan importado los mismos bytes.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <source>The file to import (CSV, TSV or xAPI JSON).</source>
        <translation>El archivo que se importará (CSV, TSV o JSON xAPI).</translation>
    </message>
    <message>
        <source>Import one file as one batch: all of it or nothing.</source>
        <translation>Importar un archivo como un lote: todo o nada.</translation>
    </message>
    <message>
        <source>import takes a WORKSPACE and a FILE.</source>
        <translation>import requiere un WORKSPACE y un FILE.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”; &apos;uptake presets&apos; lists them.</source>
        <translation>Formato predefinido desconocido «%1»; &apos;uptake presets&apos; los enumera.</translation>
    </message>
    <message>
        <source>--kind takes events, roster or performance.</source>
        <translation>--kind requiere events, roster o performance.</translation>
    </message>
    <message>
        <source>Preset “%1” is for another kind of data.</source>
        <translation>El formato predefinido «%1» es para otro tipo de datos.</translation>
    </message>
    <message>
        <source>Say what the file holds with --kind events, roster or performance.</source>
        <translation>Indique qué contiene el archivo con --kind events, roster o performance.</translation>
    </message>
    <message>
        <source>--map %1: expected FIELD=COLUMN with FIELD one of %2.</source>
        <translation>--map %1: se esperaba FIELD=COLUMN con FIELD entre %2.</translation>
    </message>
    <message>
        <source>--const %1: expected FIELD=VALUE with FIELD one of %2.</source>
        <translation>--const %1: se esperaba FIELD=VALUE con FIELD entre %2.</translation>
    </message>
    <message>
        <source>--delimiter takes one character (or &apos;tab&apos;).</source>
        <translation>--delimiter requiere un carácter (o &apos;tab&apos;).</translation>
    </message>
    <message>
        <source>--day-order takes dmy or mdy.</source>
        <translation>--day-order requiere dmy o mdy.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Zona horaria desconocida «%1».</translation>
    </message>
    <message>
        <source>--start-date takes a date like 2013-10-01.</source>
        <translation>--start-date requiere una fecha como 2013-10-01.</translation>
    </message>
    <message>
        <source>Dry run of %1 (nothing written)</source>
        <translation>Prueba de %1 (no se escribió nada)</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2</source>
        <translation>%1 importado como lote %2</translation>
    </message>
    <message>
        <source>  format: %1, encoding %2, dates %3</source>
        <translation>  formato: %1, codificación %2, fechas %3</translation>
    </message>
    <message>
        <source>  rows read %1, imported %2, rejected %3, already present %4</source>
        <translation>  filas leídas %1, importadas %2, rechazadas %3, ya presentes %4</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3 (value “%4”)</source>
        <translation>  fila %1, columna %2: %3 (valor «%4»)</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows, kept in the workspace with their reasons</source>
        <translation>  … y %1 filas rechazadas más, guardadas en el espacio de trabajo con su motivo</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>List the export formats Uptake recognises.</source>
        <translation>Enumerar los formatos de exportación que Uptake reconoce.</translation>
    </message>
    <message>
        <source>recognised by: %1</source>
        <translation>reconocido por: %1</translation>
    </message>
    <message>
        <source>recognised by: no header, %1 columns</source>
        <translation>reconocido por: sin encabezado, %1 columnas</translation>
    </message>
    <message>
        <source>Remove exactly the rows one import added.</source>
        <translation>Eliminar exactamente las filas que añadió una importación.</translation>
    </message>
    <message>
        <source>undo-import takes a WORKSPACE and a BATCH number.</source>
        <translation>undo-import requiere un WORKSPACE y un número BATCH.</translation>
    </message>
    <message>
        <source>Removed import %1.</source>
        <translation>Importación %1 eliminada.</translation>
    </message>
    <message>
        <source>unknown command or option “%1”.</source>
        <translation>comando u opción desconocidos «%1».</translation>
    </message>
    <message>
        <source>Start from a mapping saved by name (in the wizard or with --save-profile).</source>
        <translation>Partir de una asignación guardada con un nombre (en el asistente o con --save-profile).</translation>
    </message>
    <message>
        <source>Save the mapping and settings used as a named profile, for --profile.</source>
        <translation>Guardar la asignación y los ajustes usados como perfil con nombre, para --profile.</translation>
    </message>
    <message>
        <source>Give either --preset or --profile, not both.</source>
        <translation>Indique --preset o --profile, no ambos.</translation>
    </message>
    <message>
        <source>Unknown profile “%1”: no profiles are saved yet (use --save-profile NAME or the import wizard).</source>
        <translation>Perfil desconocido «%1»: aún no hay perfiles guardados (use --save-profile NAME o el asistente de importación).</translation>
    </message>
    <message>
        <source>Unknown profile “%1”; the saved profiles are: %2.</source>
        <translation>Perfil desconocido «%1»; perfiles guardados: %2.</translation>
    </message>
    <message>
        <source>Profile “%1” is for %2 data, not %3.</source>
        <translation>El perfil «%1» es para datos de %2, no de %3.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in format; choose another profile name.</source>
        <translation>«%1» es el nombre de un formato integrado; elija otro nombre de perfil.</translation>
    </message>
    <message>
        <source>  saved the mapping as profile “%1” (use it with --profile)</source>
        <translation>  asignación guardada como perfil «%1» (úselo con --profile)</translation>
    </message>
    <message>
        <source>Saved profiles (use with --profile NAME):</source>
        <translation>Perfiles guardados (úselos con --profile NAME):</translation>
    </message>
    <message>
        <source>saved profile</source>
        <translation>perfil guardado</translation>
    </message>
    <message>
        <source>saved profile, based on %1</source>
        <translation>perfil guardado, basado en %1</translation>
    </message>
    <message>
        <source>maps: %1</source>
        <translation>asigna: %1</translation>
    </message>
    <message>
        <source>The pilot whose plan to export (needed when there are several).</source>
        <translation>El piloto cuyo plan se exportará (necesario si hay varios).</translation>
    </message>
    <message>
        <source>Write Markdown for a wiki (the default).</source>
        <translation>Escribir Markdown para una wiki (predeterminado).</translation>
    </message>
    <message>
        <source>Write one JSON object.</source>
        <translation>Escribir un objeto JSON.</translation>
    </message>
    <message>
        <source>The date overdue actions are judged against (default: today).</source>
        <translation>La fecha con la que se juzgan las acciones vencidas (predeterminada: hoy).</translation>
    </message>
    <message>
        <source>Export a pilot&apos;s adoption plan: phases, checklists, interviews, barriers, levers, PLAN cycles with measured adaptations, decisions, retirement candidates and actions.</source>
        <translation>Exportar el plan de adopción de un piloto: fases, listas de comprobación, entrevistas, barreras, palancas, ciclos PLAN con adaptaciones medidas, decisiones, candidatos a retirada y acciones.</translation>
    </message>
    <message>
        <source>plan takes exactly one WORKSPACE path.</source>
        <translation>plan requiere exactamente una ruta WORKSPACE.</translation>
    </message>
    <message>
        <source>Choose one of --markdown and --json.</source>
        <translation>Elija --markdown o --json.</translation>
    </message>
    <message>
        <source>--today takes a date such as 2026-10-30.</source>
        <translation>--today requiere una fecha como 2026-10-30.</translation>
    </message>
    <message>
        <source>There is no pilot called “%1”.</source>
        <translation>No hay ningún piloto llamado «%1».</translation>
    </message>
    <message>
        <source>The workspace has no pilot yet.</source>
        <translation>El espacio de trabajo aún no tiene ningún piloto.</translation>
    </message>
    <message>
        <source>Name the pilot with --pilot: %1.</source>
        <translation>Indique el piloto con --pilot: %1.</translation>
    </message>
    <message>
        <source>Compute for this pilot: its cohort, targets and comparison.</source>
        <translation>Calcular para este piloto: su cohorte, objetivos y comparación.</translation>
    </message>
    <message>
        <source>Only people with this roster attribute (repeatable).</source>
        <translation>Solo las personas con este atributo de la plantilla (repetible).</translation>
    </message>
    <message>
        <source>ATTRIBUTE=VALUE</source>
        <translation>ATTRIBUTE=VALUE</translation>
    </message>
    <message>
        <source>First day of the window (default: the first day with data).</source>
        <translation>Primer día del periodo (predeterminado: el primer día con datos).</translation>
    </message>
    <message>
        <source>Last day of the window (default: the last day with data).</source>
        <translation>Último día del periodo (predeterminado: el último día con datos).</translation>
    </message>
    <message>
        <source>Learning activity for the correlation: minutes or events.</source>
        <translation>Actividad de aprendizaje para la correlación: minutes o events.</translation>
    </message>
    <message>
        <source>minutes|events</source>
        <translation>minutes|events</translation>
    </message>
    <message>
        <source>Session timeout for estimated learning time, in minutes (10, 15, 20, 30, 45, 60 or 90).</source>
        <translation>Tiempo de espera de sesión para el tiempo de aprendizaje estimado, en minutos (10, 15, 20, 30, 45, 60 o 90).</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>The performance KPI to correlate with (default: the most frequent).</source>
        <translation>El KPI de rendimiento con el que correlacionar (predeterminado: el más frecuente).</translation>
    </message>
    <message>
        <source>Write the weekly figures as CSV.</source>
        <translation>Escribir las cifras semanales como CSV.</translation>
    </message>
    <message>
        <source>Print how each metric is defined, then exit.</source>
        <translation>Mostrar cómo se define cada métrica y salir.</translation>
    </message>
    <message>
        <source>Compute the adoption metrics of a workspace.</source>
        <translation>Calcular las métricas de adopción de un espacio de trabajo.</translation>
    </message>
    <message>
        <source>metrics takes exactly one WORKSPACE path.</source>
        <translation>metrics requiere exactamente una ruta WORKSPACE.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Elija --json o --csv.</translation>
    </message>
    <message>
        <source>--cohort takes ATTRIBUTE=VALUE, such as department=Support.</source>
        <translation>--cohort requiere ATTRIBUTE=VALUE, por ejemplo department=Support.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-09-21.</source>
        <translation>--%1 requiere una fecha como 2026-09-21.</translation>
    </message>
    <message>
        <source>--activity takes minutes or events.</source>
        <translation>--activity requiere minutes o events.</translation>
    </message>
    <message>
        <source>--session-timeout takes 10, 15, 20, 30, 45, 60 or 90.</source>
        <translation>--session-timeout requiere 10, 15, 20, 30, 45, 60 o 90.</translation>
    </message>
    <message>
        <source>Window: %1 to %2 (%3)</source>
        <translation>Periodo: %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>Pilot: %1</source>
        <translation>Piloto: %1</translation>
    </message>
    <message>
        <source>Learners in the cohort: %L1%2</source>
        <translation>Participantes en la cohorte: %L1%2</translation>
    </message>
    <message>
        <source> (no roster: everyone seen in the data)</source>
        <translation> (sin plantilla: todos los vistos en los datos)</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Usuarios activos semanales</translation>
    </message>
    <message>
        <source>Completion: %1 of %L2 learner–course pairs</source>
        <translation>Finalización: %1 de %L2 pares participante–curso</translation>
    </message>
    <message>
        <source>(%L1 of %L2)</source>
        <translation>(%L1 de %L2)</translation>
    </message>
    <message>
        <source>Time to first completion: median %1 days (quartiles %2–%3), n = %L4</source>
        <translation>Tiempo hasta la primera finalización: mediana %1 días (cuartiles %2–%3), n = %L4</translation>
    </message>
    <message>
        <source>Time to first completion: nobody completed anything in the window</source>
        <translation>Tiempo hasta la primera finalización: nadie finalizó nada en el periodo</translation>
    </message>
    <message>
        <source>Learning time: %L1 hours (%2)</source>
        <translation>Tiempo de aprendizaje: %L1 horas (%2)</translation>
    </message>
    <message numerus="yes">
        <source>estimated from event gaps under %n minutes</source>
        <translation>
            <numerusform>estimado a partir de intervalos entre eventos de menos de %n minuto</numerusform>
            <numerusform>estimado a partir de intervalos entre eventos de menos de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>from the duration column</source>
        <translation>de la columna de duración</translation>
    </message>
    <message>
        <source>Learning and %1: r = %2 (95% CI %3 to %4), Spearman ρ = %5, n = %L6%7</source>
        <translation>Aprendizaje y %1: r = %2 (IC del 95 % %3 a %4), ρ de Spearman = %5, n = %L6%7</translation>
    </message>
    <message>
        <source> (small n: read with care)</source>
        <translation> (n pequeño: léase con cautela)</translation>
    </message>
    <message>
        <source>  Correlation is not causation.</source>
        <translation>  Correlación no implica causalidad.</translation>
    </message>
    <message>
        <source>Under-engaged cohorts (last two weeks)</source>
        <translation>Cohortes poco implicadas (últimas dos semanas)</translation>
    </message>
    <message>
        <source>%L1 people</source>
        <translation>%L1 personas</translation>
    </message>
    <message>
        <source>Most drop-offs: %1, %L2 of %L3 learners did not complete; %4 stopped at “%5”</source>
        <translation>Más abandonos: %1, %L2 de %L3 participantes no finalizaron; %4 se detuvieron en «%5»</translation>
    </message>
    <message>
        <source>(no content item)</source>
        <translation>(sin elemento de contenido)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped engaging: %Ln learner(s)</source>
        <translation>
            <numerusform>Dejaron de participar: %Ln participante</numerusform>
            <numerusform>Dejaron de participar: %Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilot vs the rest: active rate %1 → %2 against %3 → %4 (difference in differences %5 points)</source>
        <translation>Piloto frente al resto: tasa de actividad %1 → %2 frente a %3 → %4 (diferencia en diferencias %5 puntos)</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>piloto</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparación</translation>
    </message>
    <message>
        <source>diff. in diff.</source>
        <translation>dif. en dif.</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>línea base %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>real %1</translation>
    </message>
    <message>
        <source>last four weeks %1, pace line %2: %3</source>
        <translation>últimas cuatro semanas %1, línea de ritmo %2: %3</translation>
    </message>
    <message>
        <source>The pilot to report on (needed when there are several).</source>
        <translation>El piloto sobre el que informar (necesario si hay varios).</translation>
    </message>
    <message>
        <source>The report&apos;s date (default: the last day with data).</source>
        <translation>La fecha del informe (predeterminada: el último día con datos).</translation>
    </message>
    <message>
        <source>Report changes after this date (default: the previous report&apos;s date, else the pilot&apos;s start).</source>
        <translation>Informar de los cambios posteriores a esta fecha (predeterminada: la del informe anterior o, si no, el inicio del piloto).</translation>
    </message>
    <message>
        <source>Comma-separated sections to include (default: all): %1.</source>
        <translation>Secciones separadas por comas (predeterminado: todas): %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Use the sections of a report template saved in Uptake.</source>
        <translation>Usar las secciones de una plantilla de informe guardada en Uptake.</translation>
    </message>
    <message>
        <source>Name the learners who stopped engaging (default: counts only).</source>
        <translation>Nombrar a los participantes que dejaron de participar (predeterminado: solo recuentos).</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: Preferences, else the locale&apos;s).</source>
        <translation>Tamaño del papel: a4 o letter (predeterminado: las preferencias o, si no, el de la configuración regional).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Who prepared the report (default: the program owner).</source>
        <translation>Quién preparó el informe (predeterminado: el responsable del programa).</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced atomically).</source>
        <translation>El archivo PDF que se escribirá (reemplazado de forma atómica).</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Also write each of the report&apos;s tables as a CSV file here.</source>
        <translation>Escribir también aquí cada tabla del informe como archivo CSV.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write a pilot&apos;s status report as a PDF: cover, executive summary, charts, PLAN cycles, governance, the 30/60/90-day plan, risks and an appendix. Needs no display.</source>
        <translation>Escribir el informe de estado de un piloto en PDF: portada, resumen ejecutivo, gráficos, ciclos PLAN, gobierno, plan de 30/60/90 días, riesgos y anexo. No necesita pantalla.</translation>
    </message>
    <message>
        <source>report takes exactly one WORKSPACE path.</source>
        <translation>report requiere exactamente una ruta WORKSPACE.</translation>
    </message>
    <message>
        <source>Say where to write the report with --out FILE.pdf (or --csv-dir DIR).</source>
        <translation>Indique dónde escribir el informe con --out FILE.pdf (o --csv-dir DIR).</translation>
    </message>
    <message>
        <source>Give either --sections or --template, not both.</source>
        <translation>Indique --sections o --template, no ambos.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-30.</source>
        <translation>--%1 requiere una fecha como 2026-10-30.</translation>
    </message>
    <message>
        <source>Unknown report template “%1”: none is saved yet (save one on the Report page).</source>
        <translation>Plantilla de informe desconocida «%1»: aún no hay ninguna guardada (guarde una en la página Informe).</translation>
    </message>
    <message>
        <source>Unknown report template “%1”; the saved templates are: %2.</source>
        <translation>Plantilla de informe desconocida «%1»; plantillas guardadas: %2.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper requiere a4 o letter.</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>No hay ningún espacio de trabajo en «%1».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) as CSV to %1</source>
        <translation>
            <numerusform>%n tabla escrita como CSV en %1</numerusform>
            <numerusform>%n tablas escritas como CSV en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 escrito (%n página)</numerusform>
            <numerusform>%1 escrito (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the workspace is on a network file system (%1), where SQLite&apos;s locking is unreliable.</source>
        <translation>aviso: el espacio de trabajo está en un sistema de archivos de red (%1), donde el bloqueo de SQLite no es fiable.</translation>
    </message>
    <message>
        <source>The database, as postgresql://USER@HOST:PORT/DATABASE (USER: its owner).</source>
        <translation>La base de datos, como postgresql://USER@HOST:PORT/DATABASE (USER: su propietario).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Let this login role edit the workspace (created if missing).</source>
        <translation>Permitir que este rol de inicio de sesión edite el espacio de trabajo (se crea si no existe).</translation>
    </message>
    <message>
        <source>Let this login role only read the workspace (created if missing).</source>
        <translation>Permitir que este rol de inicio de sesión solo lea el espacio de trabajo (se crea si no existe).</translation>
    </message>
    <message>
        <source>Set up a team workspace on PostgreSQL: the schema in an empty database (or an upgrade of an existing team workspace), the roles DB_editor (may change everything) and DB_reader (may only read), and login roles as their members. Safe to run again. Login roles are created without a password; set one with ALTER ROLE NAME PASSWORD &apos;…&apos;.</source>
        <translation>Configurar un espacio de trabajo de equipo en PostgreSQL: el esquema en una base de datos vacía (o la actualización de un espacio de trabajo de equipo existente), los roles DB_editor (puede cambiarlo todo) y DB_reader (solo puede leer) y roles de inicio de sesión como miembros suyos. Se puede volver a ejecutar sin riesgo. Los roles de inicio de sesión se crean sin contraseña; asigne una con ALTER ROLE NAME PASSWORD &apos;…&apos;.</translation>
    </message>
    <message>
        <source>server-init takes --url and no other arguments.</source>
        <translation>server-init requiere --url y ningún otro argumento.</translation>
    </message>
    <message>
        <source>--url takes a postgresql:// address.</source>
        <translation>--url requiere una dirección postgresql://.</translation>
    </message>
    <message>
        <source>Created the team workspace %1</source>
        <translation>Espacio de trabajo de equipo %1 creado</translation>
    </message>
    <message>
        <source>Upgraded the team workspace %1 from format %2</source>
        <translation>Espacio de trabajo de equipo %1 actualizado desde el formato %2</translation>
    </message>
    <message>
        <source>The team workspace %1 was already set up</source>
        <translation>El espacio de trabajo de equipo %1 ya estaba configurado</translation>
    </message>
    <message>
        <source>Roles: %1 (may edit), %2 (may only read)</source>
        <translation>Roles: %1 (puede editar), %2 (solo puede leer)</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Acceso concedido: %1</translation>
    </message>
    <message>
        <source>Replace an existing workspace file.</source>
        <translation>Reemplazar un archivo de espacio de trabajo existente.</translation>
    </message>
    <message>
        <source>The workspace file to publish (*.uptake).</source>
        <translation>El archivo de espacio de trabajo que se va a publicar (*.uptake).</translation>
    </message>
    <message>
        <source>The empty team workspace to fill, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>El espacio de trabajo de equipo vacío que se va a llenar, postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The team workspace, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>El espacio de trabajo de equipo, postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Copy a workspace file, all of it, into an empty team workspace (set up with server-init): all or nothing, ids kept. Ctrl+C stops it and leaves the server as it was.</source>
        <translation>Copiar un archivo de espacio de trabajo, entero, en un espacio de trabajo de equipo vacío (configurado con server-init): todo o nada, se conservan los identificadores. Ctrl+C lo detiene y deja el servidor como estaba.</translation>
    </message>
    <message>
        <source>Copy a team workspace, all of it, into a new workspace file: built beside the file and moved into place when complete. Ctrl+C stops it and leaves any existing file as it was.</source>
        <translation>Copiar un espacio de trabajo de equipo, entero, en un nuevo archivo de espacio de trabajo: se crea junto al archivo y se mueve a su sitio al terminar. Ctrl+C lo detiene y deja cualquier archivo existente como estaba.</translation>
    </message>
    <message>
        <source>publish takes a FILE and a postgresql:// URL.</source>
        <translation>publish requiere un FILE y una URL postgresql://.</translation>
    </message>
    <message>
        <source>download takes a postgresql:// URL and a FILE.</source>
        <translation>download requiere una URL postgresql:// y un FILE.</translation>
    </message>
    <message>
        <source>publish copies a workspace FILE to a postgresql:// URL, in that order.</source>
        <translation>publish copia un FILE de espacio de trabajo a una URL postgresql://, en ese orden.</translation>
    </message>
    <message>
        <source>download copies a postgresql:// URL to a workspace FILE, in that order.</source>
        <translation>download copia una URL postgresql:// a un FILE de espacio de trabajo, en ese orden.</translation>
    </message>
    <message>
        <source>Published %1 to %2</source>
        <translation>%1 publicado en %2</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2</source>
        <translation>%1 descargado en %2</translation>
    </message>
    <message>
        <source>  %1 rows in %2 tables</source>
        <translation>  %1 filas en %2 tablas</translation>
    </message>
    <message>
        <source>The workspace has no usage data yet: import an LMS export first (uptake import WORKSPACE FILE --kind events).</source>
        <translation>El espacio de trabajo aún no tiene datos de uso: importe antes una exportación del LMS (uptake import WORKSPACE FILE --kind events).</translation>
    </message>
    <message>
        <source>Completion:     %1 in the last four weeks, %2 to %3 (of the %L4 learner–course pairs active in them)</source>
        <translation>Finalización:   %1 en las últimas cuatro semanas, del %2 al %3 (de los %L4 pares participante–curso activos en ellas)</translation>
    </message>
    <message>
        <source>                %1 over all the data, %2 to %3</source>
        <translation>                %1 en todos los datos, del %2 al %3</translation>
    </message>
    <message>
        <source>  rows read %1, would import %2, rejected %3, already present %4</source>
        <translation>  filas leídas %1, se importarían %2, rechazadas %3, ya presentes %4</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows</source>
        <translation>  … y %1 filas rechazadas más</translation>
    </message>
    <message>
        <source>Weekly active:  %1 learners in the last 7 days, %2 to %3 (%4 of %5)</source>
        <translation>Activos semanales: %1 participantes en los últimos 7 días, del %2 al %3 (%4 de %5)</translation>
    </message>
    <message>
        <source>                %1 in the last full week, Monday %2 to Sunday %3 (%4)</source>
        <translation>                   %1 en la última semana completa, del lunes %2 al domingo %3 (%4)</translation>
    </message>
    <message>
        <source>                no full week (Monday to Sunday) in the data yet</source>
        <translation>                   aún no hay una semana completa (de lunes a domingo) en los datos</translation>
    </message>
    <message>
        <source>  new events from %1 to %2, %3 of them completions</source>
        <translation>  eventos nuevos del %1 al %2, de ellos %3 finalizaciones</translation>
    </message>
    <message>
        <source>  new values from %1 to %2</source>
        <translation>  valores nuevos del %1 al %2</translation>
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
        <translation>Uso:   uptake [WORKSPACE]                 abrir Uptake (con WORKSPACE, un archivo *.uptake)
       uptake init WORKSPACE [--demo] [--timezone TZ] [--force]
                                          crear un espacio de trabajo (--demo lo llena con una demo)
       uptake info WORKSPACE [--json]     versión del esquema, programa, pilotos, número de filas
       uptake import WORKSPACE FILE --kind events|roster|performance [options]
                                          importar una exportación del LMS, una plantilla o un archivo de rendimiento
       uptake presets [--json]            los formatos de exportación que Uptake reconoce y los perfiles guardados
       uptake imports WORKSPACE [--json] [--rejected BATCH]
                                          el historial de importaciones (o las filas rechazadas de una, en CSV)
       uptake undo-import WORKSPACE BATCH eliminar exactamente lo que añadió una importación
       uptake metrics WORKSPACE [--pilot NAME] [--cohort ATTR=VALUE]... [--from DATE] [--to DATE]
                      [--activity minutes|events] [--session-timeout MIN] [--kpi NAME] [--json|--csv]
                                          métricas de adopción frente a los objetivos de 30/60/90 días
       uptake metrics --definitions          cómo se define cada métrica
       uptake plan WORKSPACE [--pilot NAME] [--markdown|--json]
                                          exportar el plan de adopción completo de un piloto
       uptake report WORKSPACE [--pilot NAME] [--as-of DATE] [--sections LIST] [--template NAME]
                     --out FILE.pdf [--csv-dir DIR]
                                          el informe de estado en PDF para el comité de gobierno
       uptake server-init --url postgresql://USER@HOST:PORT/DB [--add-editor NAME]... [--add-reader NAME]...
                                          configurar un espacio de trabajo de equipo y sus roles en un servidor PostgreSQL
       uptake publish FILE.uptake postgresql://USER@HOST:PORT/DB [--json]
                                          copiar un archivo de espacio de trabajo en un espacio de trabajo de equipo vacío
       uptake download postgresql://USER@HOST:PORT/DB FILE.uptake [--force] [--json]
                                          copiar un espacio de trabajo de equipo en un nuevo archivo de espacio de trabajo
       uptake --help | --version

WORKSPACE es un archivo de espacio de trabajo (*.uptake) o un espacio de trabajo de equipo, postgresql://USER@HOST:PORT/DATABASE
(contraseña de la URL, de PGPASSWORD o de ~/.pgpass).

Ejecute «uptake COMMAND --help» para ver las opciones de un comando.
Códigos de salida: 0 éxito, 1 error de uso, 2 problema con la entrada o los datos.
</translation>
    </message>
    <message>
        <source>Print the rows import BATCH rejected, as CSV: line, column, value, reason, row.</source>
        <translation>Mostrar las filas que rechazó el lote BATCH, en CSV: línea, columna, valor, motivo, fila.</translation>
    </message>
    <message>
        <source>List a workspace&apos;s imports, newest first: file, format, when, counts.</source>
        <translation>Listar las importaciones de un espacio de trabajo, de la más reciente a la más antigua: archivo, formato, fecha, recuentos.</translation>
    </message>
    <message>
        <source>imports takes exactly one WORKSPACE path.</source>
        <translation>imports espera exactamente una ruta WORKSPACE.</translation>
    </message>
    <message>
        <source>--rejected takes a BATCH number, and prints CSV (not --json).</source>
        <translation>--rejected espera un número de lote BATCH y produce CSV (no --json).</translation>
    </message>
    <message>
        <source>There is no import %1; &apos;uptake imports&apos; lists them.</source>
        <translation>No existe la importación %1; «uptake imports» las lista.</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Todavía no se ha importado nada.</translation>
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
        <translation>    importado el %1; filas leídas %2, importadas %3, rechazadas %4, ya presentes %5</translation>
    </message>
    <message>
        <source>The batch id that &apos;uptake import&apos; printed (&apos;uptake imports&apos; lists them all).</source>
        <translation>El número de lote que mostró «uptake import» («uptake imports» los lista todos).</translation>
    </message>
</context>
<context>
    <name>Uptake::CohortAttribute</name>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>Uptake::ConflictDialog</name>
    <message>
        <source>&amp;Keep Their Version</source>
        <translation>&amp;Mantener la versión ajena</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Sobrescribir con mi versión</translation>
    </message>
    <message>
        <source>&amp;Overwrite with This Step</source>
        <translation>&amp;Sobrescribir con este paso</translation>
    </message>
    <message>
        <source>Edit Conflict</source>
        <translation>Conflicto de edición</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>%1 changed the %2 after your last change to it.</source>
        <translation>%1 ha modificado el elemento (%2) después de que usted lo cambiara por última vez.</translation>
    </message>
    <message>
        <source>%1 changed the %2 after you opened it.</source>
        <translation>%1 ha modificado el elemento (%2) después de que usted lo abriera.</translation>
    </message>
    <message>
        <source>Their version was saved on %1.</source>
        <translation>La versión ajena se guardó el %1.</translation>
    </message>
    <message>
        <source>Someone else deleted the %1 after you opened it.</source>
        <translation>Otra persona ha eliminado el elemento (%1) después de que usted lo abriera.</translation>
    </message>
    <message>
        <source>Keeping their version leaves it deleted; overwriting stores yours again.</source>
        <translation>Si mantiene la versión ajena, el elemento sigue eliminado; si sobrescribe, su versión se vuelve a guardar.</translation>
    </message>
    <message>
        <source>Someone else has stored the %1 again meanwhile.</source>
        <translation>Mientras tanto, otra persona ha vuelto a guardar el elemento (%1).</translation>
    </message>
    <message>
        <source>Keep their version to skip this undo step, or overwrite theirs with it.</source>
        <translation>Mantenga la versión ajena para omitir este paso de deshacer, o sobrescríbala con este paso.</translation>
    </message>
    <message>
        <source>Keep their version to drop your changes, or overwrite theirs with yours.</source>
        <translation>Mantenga la versión ajena para descartar sus cambios, o sobrescríbala con la suya.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Versión ajena</translation>
    </message>
    <message>
        <source>This step&apos;s version</source>
        <translation>Versión de este paso</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Their version and yours, field by field</source>
        <translation>La versión ajena y la suya, campo por campo</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>(no guardado)</translation>
    </message>
    <message>
        <source>(deleting it)</source>
        <translation>(se elimina)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>an empty field</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Difiere</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, shown in bold.</source>
        <translation>
            <numerusform>%n campo difiere, se muestra en negrita.</numerusform>
            <numerusform>%n campos difieren, se muestran en negrita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the item as they saved it and drop this step from the undo history</source>
        <translation>Dejar el elemento como lo guardó la otra persona y quitar este paso del historial de deshacer</translation>
    </message>
    <message>
        <source>Reload their version; your changes are dropped</source>
        <translation>Volver a cargar la versión ajena; sus cambios se descartan</translation>
    </message>
    <message>
        <source>Apply this step over their version</source>
        <translation>Aplicar este paso sobre la versión ajena</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Guardar su versión en lugar de la ajena</translation>
    </message>
    <message>
        <source>Save nothing and go back to your changes</source>
        <translation>No guardar nada y volver a sus cambios</translation>
    </message>
</context>
<context>
    <name>Uptake::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>Conectar con un espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>A team workspace lives on your organisation&apos;s PostgreSQL server, so several L&amp;D staff can work on the same program and the board can read it. Your IT team sets the database up with &lt;tt&gt;uptake server-init&lt;/tt&gt; and gives you an account: editors change the workspace, readers only see it.</source>
        <translation>Un espacio de trabajo de equipo reside en el servidor PostgreSQL de su organización, de modo que varias personas de L&amp;D pueden trabajar en el mismo programa y el comité puede consultarlo. Su equipo de TI configura la base de datos con &lt;tt&gt;uptake server-init&lt;/tt&gt; y le proporciona una cuenta: los editores cambian el espacio de trabajo; los lectores solo lo consultan.</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ej., db.example.org</translation>
    </message>
    <message>
        <source>e.g. uptake</source>
        <translation>p. ej., uptake</translation>
    </message>
    <message>
        <source>Stored by your desktop&apos;s password manager, never in Uptake&apos;s settings.</source>
        <translation>Lo guarda el gestor de contraseñas de su escritorio, nunca en los ajustes de Uptake.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
</context>
<context>
    <name>Uptake::DataPage</name>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>&amp;Exportar filas rechazadas…</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Aún no hay datos de uso</translation>
    </message>
    <message>
        <source>Uptake works from your LMS&apos;s own exports: learning events (a log of views, starts and completions), your HR roster, and a performance measure per learner. Imports are all-or-nothing and every rejected row is kept with its reason.</source>
        <translation>Uptake trabaja con las exportaciones de su LMS: eventos de aprendizaje (un registro de visualizaciones, inicios y finalizaciones), su plantilla de RR. HH. y una medida de rendimiento por participante. Las importaciones son de todo o nada y cada fila rechazada se guarda con su motivo.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Rejected rows of the selected import</source>
        <translation>Filas rechazadas de la importación seleccionada</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Aún no se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s), %1 rows in the workspace, %2 rows rejected.</source>
        <translation>
            <numerusform>%n importación, %1 filas en el espacio de trabajo, %2 filas rechazadas.</numerusform>
            <numerusform>%n importaciones, %1 filas en el espacio de trabajo, %2 filas rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows of the selected import: %1</source>
        <translation>Filas rechazadas de la importación seleccionada: %1</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Remove everything the import of “%1” added? Rows that other imports also brought stay. This cannot be undone; import the file again to restore it.</source>
        <translation>¿Eliminar todo lo que añadió la importación de «%1»? Las filas que también aportaron otras importaciones se mantienen. No se puede deshacer; importe de nuevo el archivo para restaurarlo.</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>filas rechazadas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>Details of the selected import</source>
        <translation>Detalles de la importación seleccionada</translation>
    </message>
    <message>
        <source>Select an import to see how its file was read.</source>
        <translation>Seleccione una importación para ver cómo se leyó su archivo.</translation>
    </message>
</context>
<context>
    <name>Uptake::DataWriter</name>
    <message>
        <source>no database connection</source>
        <translation>sin conexión a la base de datos</translation>
    </message>
    <message>
        <source>The workspace connection is not open.</source>
        <translation>La conexión con el espacio de trabajo no está abierta.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>No se puede empezar a escribir: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>No se puede registrar la importación: %1</translation>
    </message>
    <message>
        <source>Cannot store learner “%1”: %2</source>
        <translation>No se puede guardar el participante «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot store course “%1”: %2</source>
        <translation>No se puede guardar el curso «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot store content “%1”: %2</source>
        <translation>No se puede guardar el contenido «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot store an event: %1</source>
        <translation>No se puede guardar un evento: %1</translation>
    </message>
    <message>
        <source>Cannot store a performance value: %1</source>
        <translation>No se puede guardar un valor de rendimiento: %1</translation>
    </message>
    <message>
        <source>Cannot record a rejected row: %1</source>
        <translation>No se puede registrar una fila rechazada: %1</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Nada que confirmar.</translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation>No se puede completar la importación: %1</translation>
    </message>
    <message>
        <source>Cannot read the learners: %1</source>
        <translation>No se pueden leer los participantes: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Demo</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>The demo generator produced no events.</source>
        <translation>El generador de demostración no produjo ningún evento.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation>No se puede crear «%1»: ya existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be moved into place.</source>
        <translation>No se puede crear «%1»: no se pudo mover el archivo a su sitio.</translation>
    </message>
    <message>
        <source>Before the pilot</source>
        <translation>Antes del piloto</translation>
    </message>
    <message>
        <source>Launch to the whole Customer Support cohort; find what stops people in the first two weeks.</source>
        <translation>Lanzamiento para toda la cohorte de Atención al Cliente; averiguar qué frena a la gente en las dos primeras semanas.</translation>
    </message>
    <message>
        <source>Bring back those who stalled; fit learning around the hubs&apos; shifts.</source>
        <translation>Recuperar a quienes se estancaron; adaptar el aprendizaje a los turnos de los centros.</translation>
    </message>
    <message>
        <source>Tier learning paths and Monday nudges</source>
        <translation>Itinerarios por niveles y recordatorios de los lunes</translation>
    </message>
    <message>
        <source>All Customer Support agents</source>
        <translation>Todos los agentes de Atención al Cliente</translation>
    </message>
    <message>
        <source>Peer champions in each hub</source>
        <translation>Embajadores entre pares en cada centro</translation>
    </message>
    <message>
        <source>Manchester, Bengaluru, São Paulo</source>
        <translation>Manchester, Bengaluru, São Paulo</translation>
    </message>
    <message>
        <source>Split the 95-minute escalations module into short lessons of about 12 minutes and invited those who had stopped there back</source>
        <translation>Se dividió el módulo de escalados de 95 minutos en lecciones breves de unos 12 minutos y se volvió a invitar a quienes se habían detenido allí</translation>
    </message>
    <message>
        <source>Short-lesson format for every new support module</source>
        <translation>Formato de lecciones breves para cada nuevo módulo de soporte</translation>
    </message>
    <message>
        <source>L&amp;D content team</source>
        <translation>Equipo de contenidos de L&amp;D</translation>
    </message>
    <message>
        <source>Win-back message to agents who stalled at escalations</source>
        <translation>Mensaje de recuperación a los agentes estancados en escalados</translation>
    </message>
    <message>
        <source>Agents with an unfinished programme</source>
        <translation>Agentes con el programa sin terminar</translation>
    </message>
    <message>
        <source>Moved the programme&apos;s coaching circle to an asynchronous chat thread for all hubs</source>
        <translation>Se trasladó el círculo de coaching del programa a un hilo de chat asíncrono para todos los centros</translation>
    </message>
    <message>
        <source>Tier paths, shift-time nudges and short lessons</source>
        <translation>Itinerarios por niveles, recordatorios según turnos y lecciones breves</translation>
    </message>
    <message>
        <source>Sales and Operations team leads</source>
        <translation>Jefes de equipo de Ventas y Operaciones</translation>
    </message>
    <message>
        <source>Limit the pilot to six Customer Support courses</source>
        <translation>Limitar el piloto a seis cursos de Atención al Cliente</translation>
    </message>
    <message>
        <source>The essential few: the courses agents use every day; everything else waits.</source>
        <translation>Lo esencial: los cursos que los agentes usan a diario; todo lo demás espera.</translation>
    </message>
    <message>
        <source>Baseline before the pilot</source>
        <translation>Línea base antes del piloto</translation>
    </message>
    <message>
        <source>Split long modules into lessons of 15 minutes at most</source>
        <translation>Dividir los módulos largos en lecciones de 15 minutos como máximo</translation>
    </message>
    <message>
        <source>Escalations was the top drop-off point; agents have short gaps between tickets.</source>
        <translation>Los escalados eran el principal punto de abandono; los agentes tienen pausas cortas entre tickets.</translation>
    </message>
    <message>
        <source>Drop-off chart of the programme</source>
        <translation>Gráfico de abandonos del programa</translation>
    </message>
    <message>
        <source>Scale the short-lesson format to Sales and Operations</source>
        <translation>Extender el formato de lecciones breves a Ventas y Operaciones</translation>
    </message>
    <message>
        <source>Completion of the split module rose sharply after the change.</source>
        <translation>La finalización del módulo dividido aumentó mucho tras el cambio.</translation>
    </message>
    <message>
        <source>Split of the escalations module</source>
        <translation>División del módulo de escalados</translation>
    </message>
    <message>
        <source>Quarterly content review by the governance board</source>
        <translation>Revisión trimestral de contenidos por el comité de gobierno</translation>
    </message>
    <message>
        <source>Keeps the catalogue small and current.</source>
        <translation>Mantiene el catálogo reducido y actualizado.</translation>
    </message>
    <message>
        <source>November support release</source>
        <translation>Publicación de soporte de noviembre</translation>
    </message>
    <message>
        <source>Short-lesson versions of De-escalation Techniques and Writing for Customers</source>
        <translation>Versiones en lecciones breves de «Técnicas de desescalada» y «Escribir para clientes»</translation>
    </message>
    <message>
        <source>December support release</source>
        <translation>Publicación de soporte de diciembre</translation>
    </message>
    <message>
        <source>Tier 2 path; knowledge-base refresher</source>
        <translation>Itinerario de nivel 2; repaso de la base de conocimientos</translation>
    </message>
    <message>
        <source>Q1 catalogue review</source>
        <translation>Revisión del catálogo T1</translation>
    </message>
    <message>
        <source>Retire or revise the courses the policy flags</source>
        <translation>Retirar o revisar los cursos que señala la política</translation>
    </message>
    <message>
        <source>Shorten and relaunch in the Q1 review</source>
        <translation>Acortar y relanzar en la revisión del T1</translation>
    </message>
    <message>
        <source>Mandatory; keep as is</source>
        <translation>Obligatorio; mantener tal cual</translation>
    </message>
    <message>
        <source>Switch on self-service unlock for SSO lockouts</source>
        <translation>Activar el desbloqueo autoservicio para los bloqueos de SSO</translation>
    </message>
    <message>
        <source>Team leads announce the pilot in their huddles</source>
        <translation>Los jefes de equipo anuncian el piloto en sus reuniones de equipo</translation>
    </message>
    <message>
        <source>Single sign-on outage</source>
        <translation>Caída del inicio de sesión único (SSO)</translation>
    </message>
</context>
<context>
    <name>Uptake::DesignPage</name>
    <message>
        <source>Design</source>
        <translation>Diseñar</translation>
    </message>
    <message>
        <source>Build the engagement plan on three pillars — content relevance, habit formation and recognition. Choose the levers that answer the barriers you found, name the KPI each should move, and keep the content scope to the essential few.</source>
        <translation>Construya el plan de implicación sobre tres pilares: relevancia del contenido, creación de hábitos y reconocimiento. Elija las palancas que responden a las barreras encontradas, indique el KPI que debe mover cada una y limite el alcance del contenido a lo esencial.</translation>
    </message>
    <message>
        <source>Add &amp;Content Lever…</source>
        <translation>Añadir palanca de &amp;contenido…</translation>
    </message>
    <message>
        <source>Add Ha&amp;bit Lever…</source>
        <translation>Añadir palanca de &amp;hábito…</translation>
    </message>
    <message>
        <source>Add Reco&amp;gnition Lever…</source>
        <translation>Añadir palanca de reco&amp;nocimiento…</translation>
    </message>
    <message>
        <source>No %1 levers</source>
        <translation>No hay palancas de %1</translation>
    </message>
    <message>
        <source>Add a lever of this pillar, or start the pilot from the template plan to get the built-in ones. Tick the levers you choose.</source>
        <translation>Añada una palanca de este pilar o inicie el piloto con el plan de plantilla para obtener las integradas. Marque las palancas que elija.</translation>
    </message>
    <message>
        <source>Delete Lever</source>
        <translation>Eliminar palanca</translation>
    </message>
    <message>
        <source>&amp;Levers</source>
        <translation>&amp;Palancas</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Split?</source>
        <translation>¿Dividir?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Courses in the pilot&apos;s scope</source>
        <translation>Cursos en el alcance del piloto</translation>
    </message>
    <message>
        <source>&amp;Add Course…</source>
        <translation>&amp;Añadir curso…</translation>
    </message>
    <message>
        <source>No courses in scope</source>
        <translation>No hay cursos en el alcance</translation>
    </message>
    <message>
        <source>Add the few courses that matter most for the cohort&apos;s work. A tight scope keeps learners focused; Uptake warns when it grows too broad.</source>
        <translation>Añada los pocos cursos que más importan para el trabajo de la cohorte. Un alcance acotado mantiene a los participantes centrados; Uptake avisa cuando se amplía demasiado.</translation>
    </message>
    <message>
        <source>Remove Course from Scope</source>
        <translation>Quitar curso del alcance</translation>
    </message>
    <message>
        <source>Content &amp;Scope</source>
        <translation>&amp;Alcance del contenido</translation>
    </message>
    <message>
        <source>No levers yet. Start from the template plan or add your own, then tick the ones you choose.</source>
        <translation>Aún no hay palancas. Parta del plan de plantilla o añada las suyas y marque las que elija.</translation>
    </message>
    <message>
        <source>%1 of %2 levers chosen.</source>
        <translation>%1 de %2 palancas elegidas.</translation>
    </message>
    <message>
        <source>Warning: no chosen lever addresses %1.</source>
        <translation>Advertencia: ninguna palanca elegida aborda %1.</translation>
    </message>
    <message>
        <source>Warning: these chosen levers address no barrier: %1.</source>
        <translation>Advertencia: estas palancas elegidas no abordan ninguna barrera: %1.</translation>
    </message>
    <message>
        <source>Every barrier is addressed by a chosen lever, and every chosen lever answers a barrier.</source>
        <translation>Cada barrera está abordada por una palanca elegida y cada palanca elegida responde a una barrera.</translation>
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
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>Checking the scope against the catalogue and the drop-off data…</source>
        <translation>Comprobando el alcance con el catálogo y los datos de abandono…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>%1 of at most %2 courses in scope (the essential few of a catalogue of %3).</source>
        <translation>%1 de un máximo de %2 cursos en el alcance (lo esencial de un catálogo de %3).</translation>
    </message>
    <message>
        <source>Courses to split into shorter modules: %1 (marked below).</source>
        <translation>Cursos que conviene dividir en módulos más cortos: %1 (marcados abajo).</translation>
    </message>
    <message>
        <source>Split: %1 min per module</source>
        <translation>Dividir: %1 min por módulo</translation>
    </message>
    <message>
        <source>Split at “%1”: %2% of %3 non-finishers stop there</source>
        <translation>Dividir en «%1»: el %2 % de los %3 que no terminan se detienen allí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Edit Lever</source>
        <translation>Editar palanca</translation>
    </message>
    <message>
        <source>Add Lever</source>
        <translation>Añadir palanca</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Pilar:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Chosen for this pilot</source>
        <translation>&amp;Elegida para este piloto</translation>
    </message>
    <message>
        <source>&amp;Barriers addressed:</source>
        <translation>&amp;Barreras abordadas:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>&amp;KPI it should move:</source>
        <translation>&amp;KPI que debería mover:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Name the lever.</source>
        <translation>Ponga nombre a la palanca.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>There is no course left to add. Import a course catalogue or usage data first.</source>
        <translation>No queda ningún curso que añadir. Importe antes un catálogo de cursos o datos de uso.</translation>
    </message>
    <message>
        <source>Add Course to Scope</source>
        <translation>Añadir curso al alcance</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Why it is in scope</source>
        <translation>Por qué está en el alcance</translation>
    </message>
    <message>
        <source>Edit Course in Scope</source>
        <translation>Editar curso del alcance</translation>
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
        <translation>%1%2 pts frente a la primera instantánea</translation>
    </message>
    <message>
        <source>%1%2 vs the first snapshot</source>
        <translation>%1%2 frente a la primera instantánea</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnosticar</translation>
    </message>
    <message>
        <source>Find out why people do not use the LMS yet, before changing anything: freeze a usage baseline, listen to stakeholders, and keep a register of the barriers they and the numbers point to.</source>
        <translation>Averigüe por qué la gente aún no usa el LMS antes de cambiar nada: congele una línea base de uso, escuche a las partes interesadas y lleve un registro de las barreras que ellas y las cifras señalan.</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot</source>
        <translation>Tomar &amp;instantánea</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>e.g. Before the pilot</source>
        <translation>p. ej., Antes del piloto</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <source>No baseline yet</source>
        <translation>Aún no hay línea base</translation>
    </message>
    <message>
        <source>Choose the last day the baseline should look at and take a snapshot. Its figures are frozen; later snapshots are compared with the first.</source>
        <translation>Elija el último día que debe abarcar la línea base y tome una instantánea. Sus cifras quedan congeladas; las instantáneas posteriores se comparan con la primera.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Weekly active</source>
        <translation>Activos semanales</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Días hasta la primera finalización</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Top drop-off</source>
        <translation>Principal abandono</translation>
    </message>
    <message>
        <source>Where learners stop</source>
        <translation>Dónde se detienen los participantes</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Content consumption (active learners per week)</source>
        <translation>Consumo de contenidos (participantes activos por semana)</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Línea base</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Eliminar instantánea</translation>
    </message>
    <message>
        <source>Stakeholder interviews</source>
        <translation>Entrevistas con partes interesadas</translation>
    </message>
    <message>
        <source>&amp;Add Interview…</source>
        <translation>&amp;Añadir entrevista…</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>Aún no hay entrevistas</translation>
    </message>
    <message>
        <source>Talk to learners, managers, HR and IT across functions and locations. Record who said what and tag the barriers you heard; the register counts how often each comes up.</source>
        <translation>Hable con participantes, responsables, RR. HH. y TI de distintas funciones y ubicaciones. Anote quién dijo qué y etiquete las barreras que oyó; el registro cuenta cuántas veces aparece cada una.</translation>
    </message>
    <message>
        <source>Delete Interview</source>
        <translation>Eliminar entrevista</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Entrevistas</translation>
    </message>
    <message>
        <source>Friction and barrier register</source>
        <translation>Registro de fricciones y barreras</translation>
    </message>
    <message>
        <source>Add Ba&amp;rrier…</source>
        <translation>Añadir ba&amp;rrera…</translation>
    </message>
    <message>
        <source>No barriers registered</source>
        <translation>No hay barreras registradas</translation>
    </message>
    <message>
        <source>Add the friction points the numbers and the interviews show: login failures, unclear paths, content that misses job tasks, lack of time… Rate each by severity and note the evidence.</source>
        <translation>Añada los puntos de fricción que muestran las cifras y las entrevistas: fallos de inicio de sesión, itinerarios poco claros, contenido alejado de las tareas, falta de tiempo… Valore la gravedad de cada uno y anote las evidencias.</translation>
    </message>
    <message>
        <source>Delete Barrier</source>
        <translation>Eliminar barrera</translation>
    </message>
    <message>
        <source>Ba&amp;rriers</source>
        <translation>Ba&amp;rreras</translation>
    </message>
    <message>
        <source>Taking snapshot…</source>
        <translation>Tomando instantánea…</translation>
    </message>
    <message>
        <source>Baseline as of %1</source>
        <translation>Línea base a %1</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Tomar instantánea</translation>
    </message>
    <message>
        <source>No baseline snapshot yet</source>
        <translation>Aún no hay instantánea de línea base</translation>
    </message>
    <message>
        <source>Choose a snapshot to see its figures</source>
        <translation>Elija una instantánea para ver sus cifras</translation>
    </message>
    <message>
        <source>%1 — frozen figures as of %2 (the first snapshot: later ones are compared with it)</source>
        <translation>%1 — cifras congeladas a %2 (la primera instantánea: las posteriores se comparan con ella)</translation>
    </message>
    <message>
        <source>%1 — frozen figures as of %2, compared with the first snapshot of %3</source>
        <translation>%1 — cifras congeladas a %2, comparadas con la primera instantánea del %3</translation>
    </message>
    <message>
        <source>learners in the cohort</source>
        <translation>participantes en la cohorte</translation>
    </message>
    <message>
        <source>median days. %1</source>
        <translation>días de mediana. %1</translation>
    </message>
    <message>
        <source>learners affected: %1. %2</source>
        <translation>participantes afectados: %1. %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>no learner stopped part-way</source>
        <translation>nadie se detuvo a medio camino</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>detenidos en %1</translation>
    </message>
    <message>
        <source>(course page)</source>
        <translation>(página del curso)</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>Sem. %1</translation>
    </message>
    <message>
        <source>Edit Interview</source>
        <translation>Editar entrevista</translation>
    </message>
    <message>
        <source>Add Interview</source>
        <translation>Añadir entrevista</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>e.g. Team lead</source>
        <translation>p. ej., Jefe de equipo</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>e.g. Customer Support, IT, HR</source>
        <translation>p. ej., Atención al Cliente, TI, RR. HH.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Barriers heard:</source>
        <translation>&amp;Barreras mencionadas:</translation>
    </message>
    <message>
        <source>Register barriers on the Barriers tab to tag them here.</source>
        <translation>Registre barreras en la pestaña Barreras para etiquetarlas aquí.</translation>
    </message>
    <message>
        <source>Name the person you interviewed.</source>
        <translation>Indique el nombre de la persona entrevistada.</translation>
    </message>
    <message>
        <source>Edit Barrier</source>
        <translation>Editar barrera</translation>
    </message>
    <message>
        <source>Add Barrier</source>
        <translation>Añadir barrera</translation>
    </message>
    <message>
        <source>&amp;Barrier:</source>
        <translation>&amp;Barrera:</translation>
    </message>
    <message>
        <source>What holds people back, in a few words</source>
        <translation>Qué frena a la gente, en pocas palabras</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Pick a built-in category or type a new one.</source>
        <translation>Elija una categoría integrada o escriba una nueva.</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidencias:</translation>
    </message>
    <message>
        <source>Name the barrier.</source>
        <translation>Ponga nombre a la barrera.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Elija o escriba una categoría.</translation>
    </message>
    <message>
        <source>Learners who completed</source>
        <translation>Participantes que finalizaron</translation>
    </message>
    <message>
        <source>%1 of the cohort in the 7 days up to then. %2</source>
        <translation>%1 de la cohorte en los 7 días hasta entonces. %2</translation>
    </message>
    <message>
        <source>%1 of the %2 learners active in a course in the %3 days up to then completed at least one (not the completion rate of learner–course pairs). %4</source>
        <translation>%1 de los %2 participantes activos en un curso en los %3 días hasta entonces finalizaron al menos uno (no es la tasa de finalización de los pares participante–curso). %4</translation>
    </message>
</context>
<context>
    <name>Uptake::Dialect</name>
    <message>
        <source>“%1” is not a team workspace address: %2</source>
        <translation>«%1» no es una dirección de espacio de trabajo de equipo: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>escríbala como postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the option “%1” is not valid</source>
        <translation>la opción «%1» no es válida</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>no indica ninguna base de datos</translation>
    </message>
    <message>
        <source>The PostgreSQL driver did not provide a connection.</source>
        <translation>El controlador de PostgreSQL no proporcionó una conexión.</translation>
    </message>
    <message>
        <source>This team workspace is read-only for you: your role on the server may read it but not change it. Ask its administrator for editor access.</source>
        <translation>Este espacio de trabajo de equipo es de solo lectura para usted: su rol en el servidor puede leerlo, pero no cambiarlo. Pida acceso de edición a su administrador.</translation>
    </message>
    <message>
        <source>This team workspace is open read-only: open it for editing to change it.</source>
        <translation>Este espacio de trabajo de equipo está abierto en modo de solo lectura: ábralo para editarlo si desea cambiarlo.</translation>
    </message>
</context>
<context>
    <name>Uptake::Editing</name>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Add pilot “%1”</source>
        <translation>Añadir el piloto «%1»</translation>
    </message>
    <message>
        <source>Delete pilot “%1”</source>
        <translation>Eliminar el piloto «%1»</translation>
    </message>
    <message>
        <source>baseline snapshot</source>
        <translation>instantánea de línea base</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>barrera</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>palanca</translation>
    </message>
    <message>
        <source>course in scope</source>
        <translation>curso del alcance</translation>
    </message>
    <message>
        <source>PLAN cycle</source>
        <translation>ciclo PLAN</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lanzamiento</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>adaptation</source>
        <translation>adaptación</translation>
    </message>
    <message>
        <source>scaling step</source>
        <translation>paso de escalado</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>miembro del comité</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>release</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>retirement rule</source>
        <translation>regla de retirada</translation>
    </message>
    <message>
        <source>superseded course</source>
        <translation>curso sustituido</translation>
    </message>
    <message>
        <source>retirement decision</source>
        <translation>decisión de retirada</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>Cannot check the edit: the workspace is busy.</source>
        <translation>No se puede comprobar el cambio: el espacio de trabajo está ocupado.</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycle&apos;s steps.</source>
        <translation>No se pueden leer los pasos del ciclo PLAN.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Ese elemento (%1) ya no existe.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar: %1</translation>
    </message>
    <message>
        <source>“%1” already has a plan; the template only starts a new one.</source>
        <translation>«%1» ya tiene un plan; la plantilla solo inicia uno nuevo.</translation>
    </message>
    <message>
        <source>Start the plan of “%1” from the template</source>
        <translation>Iniciar el plan de «%1» con la plantilla</translation>
    </message>
    <message>
        <source>Edit pilot “%1”</source>
        <translation>Editar el piloto «%1»</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>objetivo de KPI</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>anotación</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; your changes are still here.</source>
        <translation>%1 No se ha guardado nada; sus cambios siguen aquí.</translation>
    </message>
</context>
<context>
    <name>Uptake::Export</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::FormDialog</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
</context>
<context>
    <name>Uptake::GovernPage</name>
    <message>
        <source>Govern</source>
        <translation>Gobernar</translation>
    </message>
    <message>
        <source>Keep adoption going after the pilot: a board that decides, a log of what it decided and why, a calendar of content releases, and a policy that retires content nobody needs any more.</source>
        <translation>Mantenga la adopción tras el piloto: un comité que decide, un registro de lo que decidió y por qué, un calendario de publicación de contenidos y una política que retira el contenido que ya nadie necesita.</translation>
    </message>
    <message>
        <source>Governance board</source>
        <translation>Comité de gobierno</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Añadir miembro…</translation>
    </message>
    <message>
        <source>No board members yet</source>
        <translation>Aún no hay miembros del comité</translation>
    </message>
    <message>
        <source>Add the people who decide: HR, managers, L&amp;D, IT and the business units, each with their role on the board.</source>
        <translation>Añada a quienes deciden: RR. HH., responsables, L&amp;D, TI y las unidades de negocio, cada uno con su papel en el comité.</translation>
    </message>
    <message>
        <source>Delete Board Member</source>
        <translation>Eliminar miembro del comité</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Comité</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Registro de decisiones</translation>
    </message>
    <message>
        <source>&amp;Add Decision…</source>
        <translation>&amp;Añadir decisión…</translation>
    </message>
    <message>
        <source>No decisions logged</source>
        <translation>No hay decisiones registradas</translation>
    </message>
    <message>
        <source>Log what the board decides: the date, the decision, why, who owns it and the evidence it rests on.</source>
        <translation>Registre lo que decide el comité: la fecha, la decisión, el porqué, quién la asume y las evidencias en que se basa.</translation>
    </message>
    <message>
        <source>Delete Decision</source>
        <translation>Eliminar decisión</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation>Calendario de publicaciones</translation>
    </message>
    <message>
        <source>&amp;Plan Release…</source>
        <translation>&amp;Planificar publicación…</translation>
    </message>
    <message>
        <source>No releases planned</source>
        <translation>No hay publicaciones planificadas</translation>
    </message>
    <message>
        <source>Plan content releases on a monthly or quarterly rhythm so learners and managers know what comes when. Tick a release once it is out.</source>
        <translation>Planifique las publicaciones de contenido con un ritmo mensual o trimestral para que participantes y responsables sepan qué llega y cuándo. Marque una publicación cuando ya esté disponible.</translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation>Eliminar publicación</translation>
    </message>
    <message>
        <source>&amp;Release Calendar</source>
        <translation>Calendario de &amp;publicaciones</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Se aplica</translation>
    </message>
    <message>
        <source>Retirement policy</source>
        <translation>Política de retirada</translation>
    </message>
    <message>
        <source>Add R&amp;ule…</source>
        <translation>Añadir r&amp;egla…</translation>
    </message>
    <message>
        <source>No retirement rules</source>
        <translation>No hay reglas de retirada</translation>
    </message>
    <message>
        <source>Add rules such as “not accessed in 180 days” or “completion below 20%”; Uptake checks every course against them.</source>
        <translation>Añada reglas como «sin acceso en 180 días» o «finalización inferior al 20 %»; Uptake comprueba cada curso con ellas.</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <source>Retirement candidates</source>
        <translation>Candidatos a retirada</translation>
    </message>
    <message>
        <source>No retirement candidates</source>
        <translation>No hay candidatos a retirada</translation>
    </message>
    <message>
        <source>No course matches an enabled rule of the policy, as of the last day with data.</source>
        <translation>Ningún curso cumple una regla activa de la política, a fecha del último día con datos.</translation>
    </message>
    <message>
        <source>&amp;Verdict…</source>
        <translation>&amp;Veredicto…</translation>
    </message>
    <message>
        <source>Re&amp;tirement</source>
        <translation>Re&amp;tirada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation>No (desactivada)</translation>
    </message>
    <message>
        <source>Evaluating the policy against the data…</source>
        <translation>Evaluando la política con los datos…</translation>
    </message>
    <message>
        <source>Courses matching the policy: %1; still waiting for the board&apos;s verdict: %2. Choose a row and press Return (or double-click) to record the verdict.</source>
        <translation>Cursos que cumplen la política: %1; pendientes del veredicto del comité: %2. Elija una fila y pulse Intro (o haga doble clic) para registrar el veredicto.</translation>
    </message>
    <message>
        <source>Edit Board Member</source>
        <translation>Editar miembro del comité</translation>
    </message>
    <message>
        <source>Add Board Member</source>
        <translation>Añadir miembro del comité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>e.g. Chair, sponsor, data owner</source>
        <translation>p. ej., Presidencia, patrocinador, responsable de datos</translation>
    </message>
    <message>
        <source>Name the board member.</source>
        <translation>Indique el nombre del miembro del comité.</translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation>Editar decisión</translation>
    </message>
    <message>
        <source>Log Decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation>Instantánea: %1</translation>
    </message>
    <message>
        <source>Adaptation: %1</source>
        <translation>Adaptación: %1</translation>
    </message>
    <message>
        <source>Barrier: %1</source>
        <translation>Barrera: %1</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidencias:</translation>
    </message>
    <message>
        <source>About this &amp;pilot only (otherwise program-wide)</source>
        <translation>Solo sobre este &amp;piloto (si no, todo el programa)</translation>
    </message>
    <message>
        <source>Write down what was decided.</source>
        <translation>Anote lo que se decidió.</translation>
    </message>
    <message>
        <source>Edit Release</source>
        <translation>Editar publicación</translation>
    </message>
    <message>
        <source>Plan Release</source>
        <translation>Planificar publicación</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Prevista para:</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Cadencia:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>C&amp;ontenido:</translation>
    </message>
    <message>
        <source>&amp;Released</source>
        <translation>&amp;Publicada</translation>
    </message>
    <message>
        <source>Give the release a title.</source>
        <translation>Ponga un título a la publicación.</translation>
    </message>
    <message>
        <source>Edit Retirement Rule</source>
        <translation>Editar regla de retirada</translation>
    </message>
    <message>
        <source>Add Retirement Rule</source>
        <translation>Añadir regla de retirada</translation>
    </message>
    <message>
        <source>Not accessed in N days</source>
        <translation>Sin acceso en N días</translation>
    </message>
    <message>
        <source>Completion below X%</source>
        <translation>Finalización inferior al X %</translation>
    </message>
    <message>
        <source>Older than Y months</source>
        <translation>Más antiguo de Y meses</translation>
    </message>
    <message>
        <source>Superseded by a newer course</source>
        <translation>Sustituido por un curso más reciente</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>Days for “not accessed”, percent for “completion below”, months for “older than”; not used for “superseded”.</source>
        <translation>Días para «sin acceso», porcentaje para «finalización inferior», meses para «más antiguo»; no se usa para «sustituido».</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activada</translation>
    </message>
    <message>
        <source>A completion threshold is a percentage up to 100.</source>
        <translation>Un umbral de finalización es un porcentaje de hasta 100.</translation>
    </message>
    <message>
        <source>Board Verdict</source>
        <translation>Veredicto del comité</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Veredicto:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decidido el:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>Uptake::GridView</name>
    <message>
        <source>Grid chart</source>
        <translation>Gráfico de cuadrícula</translation>
    </message>
    <message>
        <source>Distinct learners per row and week</source>
        <translation>Participantes distintos por fila y semana</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Share of each start-week cohort active in later weeks</source>
        <translation>Proporción de cada cohorte por semana de inicio activa en semanas posteriores</translation>
    </message>
    <message>
        <source>Distinct learners:</source>
        <translation>Participantes distintos:</translation>
    </message>
    <message>
        <source>Share still active:</source>
        <translation>Proporción aún activa:</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 learners</source>
        <translation>%1, semana del %2: %3 participantes</translation>
    </message>
    <message>
        <source>Started %1: %2 active %3 weeks later</source>
        <translation>Inicio %1: %2 activos %3 semanas después</translation>
    </message>
</context>
<context>
    <name>Uptake::HelpDialog</name>
    <message>
        <source>Uptake Guide</source>
        <translation>Guía de Uptake</translation>
    </message>
    <message>
        <source>Guide to the method and the metrics</source>
        <translation>Guía del método y de las métricas</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>El método</translation>
    </message>
    <message>
        <source>Uptake turns a bought learning platform into a used one with a disciplined program in four stages. The journey bar on every page shows where a pilot stands.</source>
        <translation>Uptake convierte una plataforma de aprendizaje comprada en una plataforma usada con un programa disciplinado en cuatro etapas. La barra de recorrido de cada página muestra en qué punto está un piloto.</translation>
    </message>
    <message>
        <source>1. Diagnose</source>
        <translation>1. Diagnosticar</translation>
    </message>
    <message>
        <source>Import the LMS&apos;s usage exports, take and freeze a baseline, interview stakeholders and learners, and record the barriers you find (login failures, unclear paths, lack of time…) with their severity and evidence.</source>
        <translation>Importe las exportaciones de uso del LMS, tome y congele una línea base, entreviste a partes interesadas y participantes y registre las barreras encontradas (fallos de inicio de sesión, itinerarios poco claros, falta de tiempo…) con su gravedad y evidencias.</translation>
    </message>
    <message>
        <source>2. Design</source>
        <translation>2. Diseñar</translation>
    </message>
    <message>
        <source>Choose levers for every serious barrier — content relevance, habit formation, recognition — and cut the content scope to the few courses that matter. Agree the KPIs and their targets for day 30, 60 and 90.</source>
        <translation>Elija palancas para cada barrera seria —relevancia del contenido, creación de hábitos, reconocimiento— y limite el alcance a los pocos cursos que importan. Acuerde los KPI y sus objetivos para los días 30, 60 y 90.</translation>
    </message>
    <message>
        <source>3. Pilot with PLAN cycles</source>
        <translation>3. Pilotar con ciclos PLAN</translation>
    </message>
    <message>
        <source>Run the pilot with one cohort in short cycles: &lt;b&gt;P&lt;/b&gt;lan and launch, &lt;b&gt;L&lt;/b&gt;isten to feedback, &lt;b&gt;A&lt;/b&gt;dapt the content and the nudges, &lt;b&gt;N&lt;/b&gt;ormalise what works. Uptake measures each adaptation&apos;s effect in equal windows before and after it.</source>
        <translation>Realice el piloto con una cohorte en ciclos cortos: &lt;b&gt;P&lt;/b&gt;lanificar y lanzar, escuchar (&lt;b&gt;L&lt;/b&gt;isten) los comentarios, &lt;b&gt;A&lt;/b&gt;daptar el contenido y los recordatorios, &lt;b&gt;N&lt;/b&gt;ormalizar lo que funciona. Uptake mide el efecto de cada adaptación en periodos iguales antes y después.</translation>
    </message>
    <message>
        <source>4. Govern</source>
        <translation>4. Gobernar</translation>
    </message>
    <message>
        <source>Set up a governance board, record its decisions, agree a release calendar and rules for retiring content, and send the board a status report (Report page) before each meeting.</source>
        <translation>Cree un comité de gobierno, registre sus decisiones, acuerde un calendario de publicaciones y reglas para retirar contenido, y envíe al comité un informe de estado (página Informe) antes de cada reunión.</translation>
    </message>
    <message>
        <source>30/60/90-day checkpoints</source>
        <translation>Hitos de 30/60/90 días</translation>
    </message>
    <message>
        <source>Each KPI has a baseline and a target for day 30, 60 and 90 after the pilot&apos;s start. At each checkpoint a KPI is &lt;i&gt;on track&lt;/i&gt; when it meets its target, &lt;i&gt;at risk&lt;/i&gt; when it misses by no more than the tolerance, and &lt;i&gt;off track&lt;/i&gt; otherwise; between checkpoints, a pace line from the baseline to the next target shows whether the pilot is heading there. The 30/60/90-day plan groups the actions by the checkpoint they serve.</source>
        <translation>Cada KPI tiene una línea base y un objetivo para los días 30, 60 y 90 tras el inicio del piloto. En cada hito, un KPI va &lt;i&gt;según lo previsto&lt;/i&gt; cuando alcanza su objetivo, está &lt;i&gt;en riesgo&lt;/i&gt; cuando se queda corto como mucho en la tolerancia y va &lt;i&gt;desviado&lt;/i&gt; en otro caso; entre hitos, una línea de ritmo desde la línea base hasta el siguiente objetivo muestra si el piloto se dirige hacia él. El plan de 30/60/90 días agrupa las acciones según el hito al que sirven.</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Definiciones de las métricas</translation>
    </message>
    <message>
        <source>Dates are local days in the workspace&apos;s time zone; weeks are ISO weeks, Monday to Sunday. The same definitions are in the report&apos;s appendix and in &lt;tt&gt;uptake metrics --definitions&lt;/tt&gt;.</source>
        <translation>Las fechas son días locales en la zona horaria del espacio de trabajo; las semanas son semanas ISO, de lunes a domingo. Las mismas definiciones están en el anexo del informe y en &lt;tt&gt;uptake metrics --definitions&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>Uptake::HistogramChart</name>
    <message>
        <source>Median %1 days</source>
        <translation>Mediana %1 días</translation>
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
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Días hasta la primera finalización</translation>
    </message>
</context>
<context>
    <name>Uptake::Import</name>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>The file has no column “%1” (for %2). Its columns are: %3.</source>
        <translation>El archivo no tiene ninguna columna «%1» (para %2). Sus columnas son: %3.</translation>
    </message>
    <message>
        <source>No column is mapped to the required field(s) %1. Use --map FIELD=COLUMN (or --const FIELD=VALUE); the file&apos;s columns are: %2.</source>
        <translation>Ninguna columna está asignada a los campos obligatorios %1. Use --map FIELD=COLUMN (o --const FIELD=VALUE); las columnas del archivo son: %2.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation>No se puede importar «%1»: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not a file.</source>
        <translation>No se puede importar «%1»: no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is empty.</source>
        <translation>No se puede importar «%1»: el archivo está vacío.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>No se puede importar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was already imported (batch %2, %3 rows); nothing was written. Import it again only if you mean to (--again): its rows would all count as duplicates.</source>
        <translation>«%1» ya se importó (lote %2, %3 filas); no se escribió nada. Vuelva a importarlo solo si es lo que quiere (--again): todas sus filas contarían como duplicadas.</translation>
    </message>
    <message>
        <source>no learner: expected an id, email or name (a guest or system action?)</source>
        <translation>sin participante: se esperaba un id., correo o nombre (¿una acción de invitado o del sistema?)</translation>
    </message>
    <message>
        <source>no event: expected what the learner did (viewed, completed, …)</source>
        <translation>sin evento: se esperaba lo que hizo el participante (visto, finalizado, …)</translation>
    </message>
    <message>
        <source>expected a duration (minutes, HH:MM:SS or PT…)</source>
        <translation>se esperaba una duración (minutos, HH:MM:SS o PT…)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>no KPI name</source>
        <translation>sin nombre de KPI</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it has no data rows.</source>
        <translation>No se puede importar «%1»: no tiene filas de datos.</translation>
    </message>
    <message>
        <source>None of the %1 rows of “%2” could be imported; the first problem: line %3, %4.</source>
        <translation>No se pudo importar ninguna de las %1 filas de «%2»; el primer problema: fila %3, %4.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Content item</source>
        <translation>Elemento de contenido</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Fecha de contratación</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Moodle log download</source>
        <translation>Descarga de registros de Moodle</translation>
    </message>
    <message>
        <source>Site administration → Reports → Logs → Download (CSV).</source>
        <translation>Administración del sitio → Informes → Registros → Descargar (CSV).</translation>
    </message>
    <message>
        <source>Moodle logstore_standard_log table</source>
        <translation>Tabla logstore_standard_log de Moodle</translation>
    </message>
    <message>
        <source>A dump of Moodle&apos;s standard log table: no header, 21 columns, epoch times.</source>
        <translation>Un volcado de la tabla de registro estándar de Moodle: sin encabezado, 21 columnas, tiempos epoch.</translation>
    </message>
    <message>
        <source>Moodle gradebook export (participants)</source>
        <translation>Exportación del libro de calificaciones de Moodle (participantes)</translation>
    </message>
    <message>
        <source>Grades → Export → Plain text file: first name and surname in separate columns.</source>
        <translation>Calificaciones → Exportar → Archivo de texto: nombre y apellido en columnas separadas.</translation>
    </message>
    <message>
        <source>Open University OULAD studentVle</source>
        <translation>Open University OULAD studentVle</translation>
    </message>
    <message>
        <source>Clicks per student, VLE site and day, relative to the module start.</source>
        <translation>Clics por estudiante, sitio del campus virtual y día, relativos al inicio del módulo.</translation>
    </message>
    <message>
        <source>Open University OULAD studentInfo</source>
        <translation>Open University OULAD studentInfo</translation>
    </message>
    <message>
        <source>One row per student and module presentation: the roster.</source>
        <translation>Una fila por estudiante y edición del módulo: la plantilla.</translation>
    </message>
    <message>
        <source>Open University OULAD studentAssessment</source>
        <translation>Open University OULAD studentAssessment</translation>
    </message>
    <message>
        <source>Assessment scores per student, a performance measure.</source>
        <translation>Puntuaciones de evaluación por estudiante, una medida de rendimiento.</translation>
    </message>
    <message>
        <source>xAPI statements (JSON)</source>
        <translation>Declaraciones xAPI (JSON)</translation>
    </message>
    <message>
        <source>One statement, an array of statements, or JSON lines from a learning record store.</source>
        <translation>Una declaración, una matriz de declaraciones o líneas JSON de un LRS (Learning Record Store).</translation>
    </message>
    <message>
        <source>Generic learning events</source>
        <translation>Eventos de aprendizaje genéricos</translation>
    </message>
    <message>
        <source>Any CSV with one row per learner action.</source>
        <translation>Cualquier CSV con una fila por acción del participante.</translation>
    </message>
    <message>
        <source>Generic roster</source>
        <translation>Plantilla genérica</translation>
    </message>
    <message>
        <source>Any CSV with one row per person.</source>
        <translation>Cualquier CSV con una fila por persona.</translation>
    </message>
    <message>
        <source>Generic performance</source>
        <translation>Rendimiento genérico</translation>
    </message>
    <message>
        <source>Any CSV with learner, period, KPI and value.</source>
        <translation>Cualquier CSV con participante, periodo, KPI y valor.</translation>
    </message>
    <message>
        <source>the statement&apos;s actor has no account, mbox or name</source>
        <translation>el actor de la declaración no tiene cuenta, mbox ni nombre</translation>
    </message>
    <message>
        <source>the statement has no verb id</source>
        <translation>la declaración no tiene id. de verbo</translation>
    </message>
    <message>
        <source>the statement has neither a timestamp nor a stored time</source>
        <translation>la declaración no tiene marca de tiempo ni hora de almacenamiento</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time stamp</source>
        <translation>«%1» no es una marca de tiempo ISO 8601</translation>
    </message>
    <message>
        <source>element %1 of the array is not an xAPI statement</source>
        <translation>el elemento %1 de la matriz no es una declaración xAPI</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON statement (%2 at column %3)</source>
        <translation>la línea %1 no es una declaración JSON (%2 en la columna %3)</translation>
    </message>
    <message>
        <source>the file holds no xAPI statements</source>
        <translation>el archivo no contiene declaraciones xAPI</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character: this looks like a binary file, not delimited text.</source>
        <translation>La línea %1 contiene un carácter NUL: parece un archivo binario, no texto delimitado.</translation>
    </message>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text; choose the file&apos;s encoding (for example windows-1252).</source>
        <translation>La línea %1 contiene bytes que no son texto %2 válido; elija la codificación del archivo (por ejemplo, windows-1252).</translation>
    </message>
    <message>
        <source>Cannot read the file after line %1: %2</source>
        <translation>No se puede leer el archivo después de la línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; this is not a table Uptake can read.</source>
        <translation>La línea %1 tiene más de %2 campos; no es una tabla que Uptake pueda leer.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters; the file may have a quote that is never closed, or not be delimited text.</source>
        <translation>Línea %1, columna %2: un campo supera los %3 caracteres; puede que el archivo tenga unas comillas sin cerrar o que no sea texto delimitado.</translation>
    </message>
    <message>
        <source>Line %1: a record is longer than %2 characters; the file may have a quote that is never closed, or not be delimited text.</source>
        <translation>Línea %1: un registro supera los %2 caracteres; puede que el archivo tenga unas comillas sin cerrar o que no sea texto delimitado.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed (a %3 is missing).</source>
        <translation>Línea %1, columna %2: un campo entre comillas nunca se cierra (falta un %3).</translation>
    </message>
    <message>
        <source>day offsets like “%1” need a start date to count from</source>
        <translation>los desfases en días como «%1» necesitan una fecha de inicio desde la que contar</translation>
    </message>
    <message>
        <source>expected a date like %1, not “%2”</source>
        <translation>se esperaba una fecha como %1, no «%2»</translation>
    </message>
    <message>
        <source>unknown encoding “%1”; use utf-8, utf-16le, utf-16be, windows-1252 or latin1</source>
        <translation>codificación desconocida «%1»; use utf-8, utf-16le, utf-16be, windows-1252 o latin1</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it looks like a binary file, not text</source>
        <translation>el archivo contiene bytes NUL; parece un archivo binario, no texto</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>el archivo no tiene filas</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>el archivo tiene fila de encabezado pero no filas de datos</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>se esperaban %1 columnas, se encontraron %2</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(fila)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
    <message>
        <source>the time column&apos;s format could not be recognised; choose one (--date-format)</source>
        <translation>no se reconoció el formato de la columna de hora; elija uno (--date-format)</translation>
    </message>
    <message>
        <source>dates are day numbers; say which day is day 0 (--start-date)</source>
        <translation>las fechas son números de día; indique qué día es el día 0 (--start-date)</translation>
    </message>
    <message>
        <source>expected a time like %1, not “%2”</source>
        <translation>se esperaba una hora como %1, no «%2»</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n más)</numerusform>
            <numerusform>… (%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>the learner is %L1 characters long; expected an id, email or name</source>
        <translation>el participante tiene %L1 caracteres; se esperaba un id., correo o nombre</translation>
    </message>
    <message>
        <source>the value is %L1 characters long; expected a name</source>
        <translation>el valor tiene %L1 caracteres; se esperaba un nombre</translation>
    </message>
    <message>
        <source>the JSON file is larger than %1 MB; split it or export JSON lines in parts</source>
        <translation>el archivo JSON supera los %1 MB; divídalo o exporte líneas JSON por partes</translation>
    </message>
    <message>
        <source>The profile could not be saved: the settings file “%1” cannot be written.</source>
        <translation>No se pudo guardar el perfil: no se puede escribir el archivo de ajustes «%1».</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Ponga nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Un nombre de perfil puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in format; choose another name.</source>
        <translation>«%1» es el nombre de un formato integrado; elija otro nombre.</translation>
    </message>
    <message>
        <source>There is no saved profile “%1”.</source>
        <translation>No hay ningún perfil guardado «%1».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one)</source>
        <translation>un archivo ZIP (como lo es un libro de Excel .xlsx u OpenDocument .ods)</translation>
    </message>
    <message>
        <source>an old-style Excel (.xls) or Office document</source>
        <translation>un documento antiguo de Excel (.xls) o de Office</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un archivo comprimido con gzip</translation>
    </message>
    <message>
        <source>a compressed archive (xz or 7-Zip)</source>
        <translation>un archivo comprimido (xz o 7-Zip)</translation>
    </message>
    <message>
        <source>an SQLite database (a workspace is opened with File → Open, not imported)</source>
        <translation>una base de datos SQLite (un espacio de trabajo se abre con Archivo → Abrir, no se importa)</translation>
    </message>
    <message>
        <source>it is %1, not a CSV, TSV or xAPI JSON file; export the data as CSV first</source>
        <translation>es %1, no un archivo CSV, TSV o JSON xAPI; exporte primero los datos como CSV</translation>
    </message>
    <message>
        <source>the duration is longer than a day: expected the time spent on this one activity</source>
        <translation>la duración supera un día: se esperaba el tiempo dedicado a esta única actividad</translation>
    </message>
    <message>
        <source>result.score.scaled must be a number from -1 to 1</source>
        <translation>result.score.scaled debe ser un número entre -1 y 1</translation>
    </message>
    <message>
        <source>result.score.raw must be a number</source>
        <translation>result.score.raw debe ser un número</translation>
    </message>
    <message>
        <source>result.duration “%1” is not an ISO 8601 duration such as PT25M or PT1H30M</source>
        <translation>result.duration «%1» no es una duración ISO 8601 como PT25M o PT1H30M</translation>
    </message>
    <message>
        <source>result.duration %1 is longer than a day: expected the time spent on this one activity</source>
        <translation>result.duration %1 supera un día: se esperaba el tiempo dedicado a esta única actividad</translation>
    </message>
    <message>
        <source>learners are matched by id, email or full name — check the Learner column mapping.</source>
        <translation>los participantes se emparejan por id., correo electrónico o nombre completo — compruebe qué columna está asignada al campo Participante.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this roster match a learner already in the workspace (0%);</source>
        <translation>
            <numerusform>Ningún participante de esta plantilla (%Ln en total) coincide con un participante que ya esté en el espacio de trabajo (0 %);</numerusform>
            <numerusform>Ninguno de los %Ln participantes de esta plantilla coincide con un participante que ya esté en el espacio de trabajo (0 %);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this performance file match a learner already in the workspace (0%);</source>
        <translation>
            <numerusform>Ningún participante de este archivo de rendimiento (%Ln en total) coincide con un participante que ya esté en el espacio de trabajo (0 %);</numerusform>
            <numerusform>Ninguno de los %Ln participantes de este archivo de rendimiento coincide con un participante que ya esté en el espacio de trabajo (0 %);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this file match a learner in the workspace&apos;s roster (0%);</source>
        <translation>
            <numerusform>Ningún participante de este archivo (%Ln en total) coincide con un participante de la plantilla del espacio de trabajo (0 %);</numerusform>
            <numerusform>Ninguno de los %Ln participantes de este archivo coincide con un participante de la plantilla del espacio de trabajo (0 %);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this roster (%2%) match a learner already in the workspace;</source>
        <translation>
            <numerusform>Solo %1 participante de %Ln en esta plantilla (%2 %) coincide con un participante que ya está en el espacio de trabajo;</numerusform>
            <numerusform>Solo %1 de los %Ln participantes de esta plantilla (%2 %) coinciden con un participante que ya está en el espacio de trabajo;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this performance file (%2%) match a learner already in the workspace;</source>
        <translation>
            <numerusform>Solo %1 participante de %Ln en este archivo de rendimiento (%2 %) coincide con un participante que ya está en el espacio de trabajo;</numerusform>
            <numerusform>Solo %1 de los %Ln participantes de este archivo de rendimiento (%2 %) coinciden con un participante que ya está en el espacio de trabajo;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this file (%2%) match a learner in the workspace&apos;s roster;</source>
        <translation>
            <numerusform>Solo %1 participante de %Ln en este archivo (%2 %) coincide con un participante de la plantilla del espacio de trabajo;</numerusform>
            <numerusform>Solo %1 de los %Ln participantes de este archivo (%2 %) coinciden con un participante de la plantilla del espacio de trabajo;</numerusform>
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
        <translation>%1 = «%2»</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Asignación personalizada</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>%1 (mapping adjusted)</source>
        <translation>%1 (asignación ajustada)</translation>
    </message>
</context>
<context>
    <name>Uptake::ImportRepository</name>
    <message>
        <source>Cannot read the import history: %1</source>
        <translation>No se puede leer el historial de importaciones: %1</translation>
    </message>
    <message>
        <source>Cannot read the rejected rows: %1</source>
        <translation>No se pueden leer las filas rechazadas: %1</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>No existe la importación %1.</translation>
    </message>
    <message>
        <source>Cannot undo import %1: %2</source>
        <translation>No se puede deshacer la importación %1: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>How Uptake reads the file</source>
        <translation>Cómo lee Uptake el archivo</translation>
    </message>
    <message>
        <source>Learning events</source>
        <translation>Eventos de aprendizaje</translation>
    </message>
    <message>
        <source>Roster (people)</source>
        <translation>Plantilla (personas)</translation>
    </message>
    <message>
        <source>Performance (KPI values)</source>
        <translation>Rendimiento (valores de KPI)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>La primera fila contiene los nombres de columna</translation>
    </message>
    <message>
        <source>ISO 8601 (2023-08-07T14:24:00+02:00)</source>
        <translation>ISO 8601 (2023-08-07T14:24:00+02:00)</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>Tiempo Unix en segundos</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>Tiempo Unix en milisegundos</translation>
    </message>
    <message>
        <source>Moodle (7/08/23, 14:24)</source>
        <translation>Moodle (7/08/23, 14:24)</translation>
    </message>
    <message>
        <source>Older Moodle (2017 July 2 0:58)</source>
        <translation>Moodle antiguo (2017 July 2 0:58)</translation>
    </message>
    <message>
        <source>US (8/7/2023 2:24 PM)</source>
        <translation>EE. UU. (8/7/2023 2:24 PM)</translation>
    </message>
    <message>
        <source>Days from a start date (OULAD)</source>
        <translation>Días desde una fecha de inicio (OULAD)</translation>
    </message>
    <message>
        <source>Day first (31/12)</source>
        <translation>Día primero (31/12)</translation>
    </message>
    <message>
        <source>Month first (12/31)</source>
        <translation>Mes primero (12/31)</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Qué columna es cuál</translation>
    </message>
    <message>
        <source>What counts as completed</source>
        <translation>Qué cuenta como finalizado</translation>
    </message>
    <message>
        <source>Tick the event values that mean a learner completed the course. These drive completion rates and time to first completion.</source>
        <translation>Marque los valores de evento que indican que un participante finalizó el curso. Determinan las tasas de finalización y el tiempo hasta la primera finalización.</translation>
    </message>
    <message>
        <source>Event values</source>
        <translation>Valores de evento</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Uptake reads the whole file and checks every row without writing anything.</source>
        <translation>Uptake lee todo el archivo y comprueba cada fila sin escribir nada.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>All rows go in as one batch, or none do. You can undo the whole batch later on the Data page.</source>
        <translation>Todas las filas entran como un lote, o ninguna. Puede deshacer el lote completo más tarde en la página Datos.</translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation>Reconocido como: %1</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>codificación %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>delimitador: %1</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>fila de encabezado</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sin fila de encabezado</translation>
    </message>
    <message>
        <source>dates: %1</source>
        <translation>fechas: %1</translation>
    </message>
    <message>
        <source>The day/month order of the dates cannot be told from this file: choose “Day first” or “Month first”.</source>
        <translation>El orden día/mes de las fechas no se puede deducir de este archivo: elija «Día primero» o «Mes primero».</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— no está en este archivo —</translation>
    </message>
    <message>
        <source>(no second column)</source>
        <translation>(sin segunda columna)</translation>
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
        <translation>No hay columna de evento asignada: cada fila cuenta como actividad.</translation>
    </message>
    <message>
        <source>Choose a column or a fixed value for: %1.</source>
        <translation>Elija una columna o un valor fijo para: %1.</translation>
    </message>
    <message>
        <source>Choose the day/month order to continue.</source>
        <translation>Elija el orden día/mes para continuar.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, queda aproximadamente %n segundo</numerusform>
            <numerusform>, quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 rows (%2 of %3)%4</source>
        <translation>%1 filas comprobadas (%2 de %3)%4</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 of %3)%4</source>
        <translation>%1 filas importadas (%2 de %3)%4</translation>
    </message>
    <message>
        <source>%1 rows read: %2 good, %3 rejected, %4 already in the workspace.</source>
        <translation>%1 filas leídas: %2 correctas, %3 rechazadas, %4 ya en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Imported %1 rows as batch %2. Rejected: %3 (kept with their reasons on the Data page). Already in the workspace: %4.</source>
        <translation>%1 filas importadas como lote %2. Rechazadas: %3 (guardadas con su motivo en la página Datos). Ya en el espacio de trabajo: %4.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written; the workspace is as it was.</source>
        <translation>Importación cancelada. No se escribió nada; el espacio de trabajo sigue igual.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>day before month (31/12/2023)</source>
        <translation>día antes que mes (31/12/2023)</translation>
    </message>
    <message>
        <source>month before day (12/31/2023)</source>
        <translation>mes antes que día (12/31/2023)</translation>
    </message>
    <message>
        <source>year, month name, day (2017 July 2 0:58)</source>
        <translation>año, nombre del mes, día (2017 July 2 0:58)</translation>
    </message>
    <message>
        <source>Excel serial numbers</source>
        <translation>números de serie de Excel</translation>
    </message>
    <message>
        <source>days from the start date</source>
        <translation>días desde la fecha de inicio</translation>
    </message>
    <message>
        <source>Uptake detected these settings from the file. Change any that look wrong: the preview below follows at once.</source>
        <translation>Uptake detectó estos ajustes en el archivo. Cambie lo que parezca incorrecto: la vista previa de abajo se actualiza al instante.</translation>
    </message>
    <message>
        <source>A mapping you saved earlier (on the next page) for exports of this shape.</source>
        <translation>Una asignación guardada antes (en la página siguiente) para exportaciones con esta forma.</translation>
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
        <translation>Sin fila de encabezado: la primera fila son datos</translation>
    </message>
    <message>
        <source>Unix time in seconds (1691418240)</source>
        <translation>Tiempo Unix en segundos (1691418240)</translation>
    </message>
    <message>
        <source>Excel serial number (45145.6)</source>
        <translation>Número de serie de Excel (45145.6)</translation>
    </message>
    <message>
        <source>Day/month: detect from the whole column</source>
        <translation>Día/mes: detectar a partir de toda la columna</translation>
    </message>
    <message>
        <source>Whether 03/04 means 3 April or 4 March. Uptake decides from the whole column and asks only when every date could be read either way.</source>
        <translation>Si 03/04 significa 3 de abril o 4 de marzo. Uptake decide a partir de toda la columna y solo pregunta cuando todas las fechas admiten ambas lecturas.</translation>
    </message>
    <message>
        <source>Time zone: the workspace&apos;s</source>
        <translation>Zona horaria: la del espacio de trabajo</translation>
    </message>
    <message>
        <source>The zone of time stamps written without an offset, e.g. Europe/Berlin. Empty: the workspace&apos;s time zone.</source>
        <translation>La zona de las marcas de tiempo escritas sin desfase, p. ej., Europe/Madrid. Vacío: la zona horaria del espacio de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Saved profile:</source>
        <translation>&amp;Perfil guardado:</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>El archivo &amp;contiene:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>He&amp;ader:</source>
        <translation>Enc&amp;abezado:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Co&amp;dificación:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Fec&amp;has:</translation>
    </message>
    <message>
        <source>None saved yet (you can save one on the next page)</source>
        <translation>Aún no hay ninguno (puede guardar uno en la página siguiente)</translation>
    </message>
    <message>
        <source>None: use what Uptake detected</source>
        <translation>Ninguno: usar lo que detectó Uptake</translation>
    </message>
    <message>
        <source>The saved profile “%1” no longer exists.</source>
        <translation>El perfil guardado «%1» ya no existe.</translation>
    </message>
    <message>
        <source>e.g. Moodle log, monthly</source>
        <translation>p. ej., Registro de Moodle, mensual</translation>
    </message>
    <message>
        <source>Save &amp;Profile</source>
        <translation>Guardar &amp;perfil</translation>
    </message>
    <message>
        <source>Keep this mapping and these settings under a name, to choose next time on the first page or with &apos;uptake import --profile NAME&apos;. Profiles serve every workspace.</source>
        <translation>Guardar esta asignación y estos ajustes con un nombre, para elegirlos la próxima vez en la primera página o con &apos;uptake import --profile NAME&apos;. Los perfiles sirven para todos los espacios de trabajo.</translation>
    </message>
    <message>
        <source>Save this mapping as a profile &amp;named:</source>
        <translation>Guardar esta asignación como perfil &amp;llamado:</translation>
    </message>
    <message>
        <source>Show only values containing… (e.g. complet)</source>
        <translation>Mostrar solo valores que contengan… (p. ej., complet)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Skip This File</source>
        <translation>&amp;Omitir este archivo</translation>
    </message>
    <message>
        <source>Close the wizard without importing anything.</source>
        <translation>Cerrar el asistente sin importar nada.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Second column or fixed value</source>
        <translation>Segunda columna o valor fijo</translation>
    </message>
    <message>
        <source>First row gives</source>
        <translation>La primera fila da</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Fixed value for every row…</source>
        <translation>Valor fijo para cada fila…</translation>
    </message>
    <message>
        <source>Second column for %1</source>
        <translation>Segunda columna para %1</translation>
    </message>
    <message>
        <source>Fixed value for %1</source>
        <translation>Valor fijo para %1</translation>
    </message>
    <message>
        <source>Value for every row</source>
        <translation>Valor para cada fila</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Not saved: choose a column or a fixed value for %1 first.</source>
        <translation>No guardado: elija antes una columna o un valor fijo para %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”. The completion values you tick on the next page are saved with it. Choose it next time under “Saved profile” on the first page.</source>
        <translation>Guardado como «%1». Los valores de finalización que marque en la página siguiente se guardan con él. Elíjalo la próxima vez en «Perfil guardado» en la primera página.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Uptake knows. Use a name such as Europe/Berlin or America/New_York, or leave it empty for the workspace&apos;s.</source>
        <translation>«%1» no es una zona horaria que Uptake conozca. Use un nombre como Europe/Madrid o America/New_York, o déjelo vacío para usar la del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are listed below; all of them are kept with their reasons on the Data page after the import.</source>
        <translation>Abajo se muestran las primeras %1 filas rechazadas; todas se guardan con su motivo en la página Datos tras la importación.</translation>
    </message>
    <message>
        <source>The rejected rows are listed below; they are kept with their reasons on the Data page after the import.</source>
        <translation>Abajo se muestran las filas rechazadas; se guardan con su motivo en la página Datos tras la importación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This exact file was imported before&lt;/b&gt; (import %1). Importing it again adds nothing: its rows are already in the workspace. Skip it unless you changed the mapping on purpose.</source>
        <translation>&lt;b&gt;Este mismo archivo ya se importó&lt;/b&gt; (importación %1). Importarlo de nuevo no añade nada: sus filas ya están en el espacio de trabajo. Omítalo salvo que haya cambiado la asignación a propósito.</translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation>Importar &amp;de todos modos</translation>
    </message>
    <message>
        <source>Fields marked * are required. A field can combine two columns (first name + surname) or take one fixed value for every row (the course of a single-course log). The last column shows what the first row gives and, for the time, the date and time Uptake reads from it.</source>
        <translation>Los campos marcados con * son obligatorios. Un campo puede combinar dos columnas (nombre + apellido) o tomar un valor fijo para cada fila (el curso de un registro de un solo curso). La última columna muestra lo que da la primera fila y, para la hora, la fecha y la hora que Uptake lee en ella.</translation>
    </message>
    <message>
        <source>%1 → not a time Uptake can read</source>
        <translation>%1 → no es una hora que Uptake pueda leer</translation>
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
        <translation>Cómo lee Uptake las primeras filas (horas en la zona %1):</translation>
    </message>
    <message>
        <source>%1 → no course (a site-wide action)</source>
        <translation>%1 → ningún curso (una acción de todo el sitio)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The new values are for %1.</source>
        <translation>Los valores nuevos son del %1.</translation>
    </message>
    <message>
        <source>The new values are for %1 to %2.</source>
        <translation>Los valores nuevos son del %1 al %2.</translation>
    </message>
    <message numerus="yes">
        <source>The new events are all on %1 and include %n completion(s).</source>
        <translation>
            <numerusform>Los eventos nuevos son todos del %1 e incluyen %n finalización.</numerusform>
            <numerusform>Los eventos nuevos son todos del %1 e incluyen %n finalizaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new events run from %1 to %2 and include %n completion(s).</source>
        <translation>
            <numerusform>Los eventos nuevos van del %1 al %2 e incluyen %n finalización.</numerusform>
            <numerusform>Los eventos nuevos van del %1 al %2 e incluyen %n finalizaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::ImportsModel</name>
    <message>
        <source>Learning events</source>
        <translation>Eventos de aprendizaje</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>separado por barras verticales</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>separado por «%1»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>dates like %1</source>
        <translation>fechas como %1</translation>
    </message>
    <message>
        <source>times without an offset in %1</source>
        <translation>horas sin desfase en %1</translation>
    </message>
    <message>
        <source>Format: %1; read as %2</source>
        <translation>Formato: %1; leído como %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Leído como %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message>
        <source>Counted as completed: %1</source>
        <translation>Contado como completado: %1</translation>
    </message>
    <message>
        <source>Not learner activity (skipped): %1</source>
        <translation>No es actividad del alumno (omitido): %1</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no file size recorded</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>%1 — %2, imported %3</source>
        <translation>%1 — %2, importado el %3</translation>
    </message>
</context>
<context>
    <name>Uptake::Journey</name>
    <message>
        <source>Diagnose</source>
        <translation>Diagnosticar</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseñar</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gobernar</translation>
    </message>
    <message>
        <source>Login failures</source>
        <translation>Fallos de inicio de sesión</translation>
    </message>
    <message>
        <source>Unclear learning paths</source>
        <translation>Itinerarios de aprendizaje poco claros</translation>
    </message>
    <message>
        <source>Content does not match job tasks</source>
        <translation>El contenido no encaja con las tareas</translation>
    </message>
    <message>
        <source>Lack of time</source>
        <translation>Falta de tiempo</translation>
    </message>
    <message>
        <source>Unclear incentives</source>
        <translation>Incentivos poco claros</translation>
    </message>
    <message>
        <source>Relevance concerns</source>
        <translation>Dudas sobre la relevancia</translation>
    </message>
    <message>
        <source>Poor user experience</source>
        <translation>Mala experiencia de usuario</translation>
    </message>
    <message>
        <source>No mobile access</source>
        <translation>Sin acceso móvil</translation>
    </message>
    <message>
        <source>Time-zone clashes</source>
        <translation>Conflictos de zonas horarias</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Content relevance</source>
        <translation>Relevancia del contenido</translation>
    </message>
    <message>
        <source>Habit formation</source>
        <translation>Creación de hábitos</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <source>Analytics signal</source>
        <translation>Señal analítica</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>finalización</translation>
    </message>
    <message>
        <source>completion of the module</source>
        <translation>finalización del módulo</translation>
    </message>
    <message>
        <source>active rate</source>
        <translation>tasa de actividad</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>L&amp;D</source>
        <translation>L&amp;D</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidad de negocio</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implantada</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Not accessed in %1 days</source>
        <translation>Sin acceso en %1 días</translation>
    </message>
    <message>
        <source>Completion below %1</source>
        <translation>Finalización inferior a %1</translation>
    </message>
    <message>
        <source>Older than %1 months</source>
        <translation>Más antiguo de %1 meses</translation>
    </message>
    <message>
        <source>Superseded by a newer course</source>
        <translation>Sustituido por un curso más reciente</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Decisión pendiente</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the data&apos;s last day</source>
        <translation>No se puede leer el último día de los datos</translation>
    </message>
    <message>
        <source>The cohort filter “%1” is not understood: use attribute=value with one of %2.</source>
        <translation>No se entiende el filtro de cohorte «%1»: use atributo=valor con uno de %2.</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>No se puede leer la plantilla</translation>
    </message>
    <message>
        <source>Choose the date the baseline is taken at.</source>
        <translation>Elija la fecha en que se toma la línea base.</translation>
    </message>
    <message>
        <source>Cannot read the activity</source>
        <translation>No se puede leer la actividad</translation>
    </message>
    <message>
        <source>Cannot read the course activity</source>
        <translation>No se puede leer la actividad de los cursos</translation>
    </message>
    <message>
        <source>Cannot read first completions</source>
        <translation>No se pueden leer las primeras finalizaciones</translation>
    </message>
    <message>
        <source>Cannot read the catalogue</source>
        <translation>No se puede leer el catálogo</translation>
    </message>
    <message>
        <source>Cannot read the drop-off points</source>
        <translation>No se pueden leer los puntos de abandono</translation>
    </message>
    <message>
        <source>The scope holds %1 courses; the essential few for a catalogue of %2 are at most %3. Focus on the courses that drive most of the outcome and leave the rest for later.</source>
        <translation>El alcance tiene %1 cursos; lo esencial para un catálogo de %2 son como máximo %3. Céntrese en los cursos que generan la mayor parte del resultado y deje el resto para más adelante.</translation>
    </message>
    <message>
        <source>Cannot read the content scope</source>
        <translation>No se puede leer el alcance del contenido</translation>
    </message>
    <message>
        <source>%1 not measurable yet (n = %2 → %3)</source>
        <translation>%1 aún no medible (n = %2 → %3)</translation>
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
        <translation>La adaptación no tiene fecha.</translation>
    </message>
    <message>
        <source>Name the course the adaptation changed to measure its completion.</source>
        <translation>Indique el curso que cambió la adaptación para medir su finalización.</translation>
    </message>
    <message>
        <source>Cannot measure the adaptation</source>
        <translation>No se puede medir la adaptación</translation>
    </message>
    <message>
        <source>Name the content the adaptation changed to measure its completion.</source>
        <translation>Indique el contenido que cambió la adaptación para medir su finalización.</translation>
    </message>
    <message>
        <source>The adapted content no longer exists.</source>
        <translation>El contenido adaptado ya no existe.</translation>
    </message>
    <message>
        <source>Cannot read how courses are used</source>
        <translation>No se puede leer cómo se usan los cursos</translation>
    </message>
    <message>
        <source>Never accessed</source>
        <translation>Sin ningún acceso</translation>
    </message>
    <message>
        <source>Last accessed %1, more than %2 days ago</source>
        <translation>Último acceso el %1, hace más de %2 días</translation>
    </message>
    <message>
        <source>Completion %1 (%2 of %3 learners), below %4</source>
        <translation>Finalización %1 (%2 de %3 participantes), inferior a %4</translation>
    </message>
    <message>
        <source>In use since %1, more than %2 months</source>
        <translation>En uso desde %1, más de %2 meses</translation>
    </message>
    <message>
        <source>Superseded by “%1”</source>
        <translation>Sustituido por «%1»</translation>
    </message>
    <message>
        <source>Role-based learning paths</source>
        <translation>Itinerarios de aprendizaje por rol</translation>
    </message>
    <message>
        <source>Give each role a short, ordered path of the courses that matter for its daily work.</source>
        <translation>Dé a cada rol un itinerario corto y ordenado de los cursos que importan para su trabajo diario.</translation>
    </message>
    <message>
        <source>Microlearning</source>
        <translation>Microaprendizaje</translation>
    </message>
    <message>
        <source>Split long modules into 10–15-minute pieces, e.g. one 45-minute module into three of 12.</source>
        <translation>Dividir los módulos largos en piezas de 10–15 minutos, p. ej., un módulo de 45 minutos en tres de 12.</translation>
    </message>
    <message>
        <source>Integration with daily tools</source>
        <translation>Integración con las herramientas diarias</translation>
    </message>
    <message>
        <source>Put learning where work happens: links in chat, calendar slots, prompts in the workflow tool.</source>
        <translation>Llevar el aprendizaje adonde ocurre el trabajo: enlaces en el chat, huecos en el calendario, avisos en la herramienta de trabajo.</translation>
    </message>
    <message>
        <source>Apply within 48 hours</source>
        <translation>Aplicar en 48 horas</translation>
    </message>
    <message>
        <source>After each module, one small task to try on the job within two days, shared in a channel.</source>
        <translation>Tras cada módulo, una pequeña tarea para probar en el trabajo en dos días, compartida en un canal.</translation>
    </message>
    <message>
        <source>Weekly nudges</source>
        <translation>Recordatorios semanales</translation>
    </message>
    <message>
        <source>A short weekly reminder aiming at 15 minutes of practice a day, sent at a time that suits.</source>
        <translation>Un breve recordatorio semanal con el objetivo de 15 minutos de práctica al día, enviado a una hora adecuada.</translation>
    </message>
    <message>
        <source>Asynchronous cohorts</source>
        <translation>Cohortes asíncronas</translation>
    </message>
    <message>
        <source>Small groups move through the same path in the same weeks, each at their own hours.</source>
        <translation>Grupos pequeños recorren el mismo itinerario en las mismas semanas, cada uno a sus horas.</translation>
    </message>
    <message>
        <source>Spaced repetition</source>
        <translation>Repetición espaciada</translation>
    </message>
    <message>
        <source>Bring key points back as quick questions a few days and a few weeks after the module.</source>
        <translation>Recuperar los puntos clave como preguntas rápidas unos días y unas semanas después del módulo.</translation>
    </message>
    <message>
        <source>Manager micro-coaching</source>
        <translation>Microcoaching de los responsables</translation>
    </message>
    <message>
        <source>Managers spend 10–15 minutes of the weekly check-in on what was learnt and applied.</source>
        <translation>Los responsables dedican 10–15 minutos de la reunión semanal a lo aprendido y aplicado.</translation>
    </message>
    <message>
        <source>Recognition of milestones</source>
        <translation>Reconocimiento de hitos</translation>
    </message>
    <message>
        <source>Peers or managers acknowledge finished paths and applied skills where the team can see it.</source>
        <translation>Compañeros o responsables reconocen los itinerarios terminados y las habilidades aplicadas donde el equipo pueda verlo.</translation>
    </message>
    <message>
        <source>Tiered support model</source>
        <translation>Modelo de soporte por niveles</translation>
    </message>
    <message>
        <source>Self-help first, then peer champions, then L&amp;D specialists, so nobody stays stuck.</source>
        <translation>Primero autoayuda, luego embajadores entre pares y después especialistas de L&amp;D, para que nadie se quede atascado.</translation>
    </message>
    <message>
        <source>Usage baseline taken and frozen</source>
        <translation>Línea base de uso tomada y congelada</translation>
    </message>
    <message>
        <source>Content consumption heatmap reviewed</source>
        <translation>Mapa de calor del consumo de contenidos revisado</translation>
    </message>
    <message>
        <source>Login failures checked with IT</source>
        <translation>Fallos de inicio de sesión revisados con TI</translation>
    </message>
    <message>
        <source>Stakeholder interviews held (at least five)</source>
        <translation>Entrevistas con partes interesadas realizadas (al menos cinco)</translation>
    </message>
    <message>
        <source>Friction points identified and rated</source>
        <translation>Puntos de fricción identificados y valorados</translation>
    </message>
    <message>
        <source>Levers chosen for every serious barrier</source>
        <translation>Palancas elegidas para cada barrera seria</translation>
    </message>
    <message>
        <source>Content scope cut to the essential few courses</source>
        <translation>Alcance reducido a los pocos cursos esenciales</translation>
    </message>
    <message>
        <source>KPIs and 30/60/90-day targets agreed</source>
        <translation>KPI y objetivos de 30/60/90 días acordados</translation>
    </message>
    <message>
        <source>Cohort invited and first PLAN cycle launched</source>
        <translation>Cohorte invitada y primer ciclo PLAN lanzado</translation>
    </message>
    <message>
        <source>Feedback gathered and content adapted</source>
        <translation>Comentarios recogidos y contenido adaptado</translation>
    </message>
    <message>
        <source>Governance board set up</source>
        <translation>Comité de gobierno constituido</translation>
    </message>
    <message>
        <source>Release calendar and retirement policy agreed</source>
        <translation>Calendario de publicaciones y política de retirada acordados</translation>
    </message>
    <message>
        <source>Take the usage baseline</source>
        <translation>Tomar la línea base de uso</translation>
    </message>
    <message>
        <source>Interview stakeholders and learners</source>
        <translation>Entrevistar a partes interesadas y participantes</translation>
    </message>
    <message>
        <source>Build the barrier register</source>
        <translation>Elaborar el registro de barreras</translation>
    </message>
    <message>
        <source>Choose levers and the content scope</source>
        <translation>Elegir las palancas y el alcance del contenido</translation>
    </message>
    <message>
        <source>Announce the pilot to the cohort</source>
        <translation>Anunciar el piloto a la cohorte</translation>
    </message>
    <message>
        <source>Start the weekly nudges</source>
        <translation>Empezar los recordatorios semanales</translation>
    </message>
    <message>
        <source>Run the first PLAN cycle review</source>
        <translation>Revisar el primer ciclo PLAN</translation>
    </message>
    <message>
        <source>Adapt the content with the most drop-off</source>
        <translation>Adaptar el contenido con más abandonos</translation>
    </message>
    <message>
        <source>Measure the adaptations&apos; effect</source>
        <translation>Medir el efecto de las adaptaciones</translation>
    </message>
    <message>
        <source>Set up the governance board</source>
        <translation>Constituir el comité de gobierno</translation>
    </message>
    <message>
        <source>Agree the release calendar</source>
        <translation>Acordar el calendario de publicaciones</translation>
    </message>
    <message>
        <source>Review retirement candidates</source>
        <translation>Revisar los candidatos a retirada</translation>
    </message>
    <message>
        <source>Decide how to scale to the next group</source>
        <translation>Decidir cómo escalar al siguiente grupo</translation>
    </message>
    <message>
        <source>%1 points in %2 (n = %3 → %4)</source>
        <translation>%1 puntos en %2 (n = %3 → %4)</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyModels</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barreras</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barrera</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Abordada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No lever yet</source>
        <translation>Aún sin palanca</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Palanca</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Ciclo %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Adaptations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Course or content</source>
        <translation>Curso o contenido</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>No medido</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyPage</name>
    <message>
        <source>Start from the &amp;Template Plan</source>
        <translation>Empezar con el plan de &amp;plantilla</translation>
    </message>
    <message>
        <source>No pilot yet</source>
        <translation>Aún no hay piloto</translation>
    </message>
    <message>
        <source>The journey follows one pilot from diagnosis to governance. Create a pilot on the Pilot page first; its checklist, levers and 30/60/90-day plan start from the method&apos;s templates.</source>
        <translation>El recorrido sigue a un piloto desde el diagnóstico hasta el gobierno. Cree primero un piloto en la página Piloto; su lista de comprobación, palancas y plan de 30/60/90 días parten de las plantillas del método.</translation>
    </message>
    <message>
        <source>Go to the Pilot Page</source>
        <translation>Ir a la página Piloto</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Piloto:</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>This pilot has no checklist, levers or 30/60/90-day plan yet. Start from the method&apos;s templates and edit them from there.</source>
        <translation>Este piloto aún no tiene lista de comprobación, palancas ni plan de 30/60/90 días. Parta de las plantillas del método y edítelas desde ahí.</translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation>Lista de comprobación: %1</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>&amp;Añadir elemento…</translation>
    </message>
    <message>
        <source>No checklist items for this phase</source>
        <translation>No hay elementos de la lista para esta fase</translation>
    </message>
    <message>
        <source>Add what this phase needs done, with an owner and a due date, or start the pilot from the template plan. Tick items off as they are done.</source>
        <translation>Añada lo que debe hacerse en esta fase, con responsable y fecha límite, o inicie el piloto con el plan de plantilla. Marque los elementos cuando estén hechos.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Elemento:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>Quién se asegura de que se haga</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <source>Add Checklist Item</source>
        <translation>Añadir elemento a la lista</translation>
    </message>
    <message>
        <source>Edit Checklist Item</source>
        <translation>Editar elemento de la lista</translation>
    </message>
    <message>
        <source>Delete Checklist Item</source>
        <translation>Eliminar elemento de la lista</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Lista de &amp;comprobación</translation>
    </message>
    <message>
        <source>Start from the Template Plan</source>
        <translation>Empezar con el plan de plantilla</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>%1 has no checklist for this pilot yet.</source>
        <translation>%1 aún no tiene lista de comprobación para este piloto.</translation>
    </message>
    <message>
        <source>%1 is done: every item of its checklist is ticked.</source>
        <translation>%1 está completado: todos los elementos de su lista están marcados.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 done, %n still open</source>
        <translation>
            <numerusform>%1: %2 de %3 hechos, %n aún abierto</numerusform>
            <numerusform>%1: %2 de %3 hechos, %n aún abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n vencido)</numerusform>
            <numerusform> (%n vencidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot is now in the %1 phase.</source>
        <translation>El piloto está ahora en la fase %1.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
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
        <translation>No se pueden leer las instantáneas de línea base</translation>
    </message>
    <message>
        <source>Cannot read the interviews</source>
        <translation>No se pueden leer las entrevistas</translation>
    </message>
    <message>
        <source>Cannot read the barriers</source>
        <translation>No se pueden leer las barreras</translation>
    </message>
    <message>
        <source>Cannot count the interviews</source>
        <translation>No se pueden contar las entrevistas</translation>
    </message>
    <message>
        <source>Cannot read the barrier categories</source>
        <translation>No se pueden leer las categorías de barreras</translation>
    </message>
    <message>
        <source>Cannot read the checklist</source>
        <translation>No se puede leer la lista de comprobación</translation>
    </message>
    <message>
        <source>Cannot read the levers</source>
        <translation>No se pueden leer las palancas</translation>
    </message>
    <message>
        <source>Cannot read the content scope</source>
        <translation>No se puede leer el alcance del contenido</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycles</source>
        <translation>No se pueden leer los ciclos PLAN</translation>
    </message>
    <message>
        <source>Cannot read what was launched</source>
        <translation>No se puede leer lo que se lanzó</translation>
    </message>
    <message>
        <source>Cannot read the feedback</source>
        <translation>No se pueden leer los comentarios</translation>
    </message>
    <message>
        <source>Cannot read the adaptations</source>
        <translation>No se pueden leer las adaptaciones</translation>
    </message>
    <message>
        <source>Cannot read what was scaled</source>
        <translation>No se puede leer lo que se escaló</translation>
    </message>
    <message>
        <source>Cannot read the governance board</source>
        <translation>No se puede leer el comité de gobierno</translation>
    </message>
    <message>
        <source>Cannot read the decisions</source>
        <translation>No se pueden leer las decisiones</translation>
    </message>
    <message>
        <source>Cannot read the release calendar</source>
        <translation>No se puede leer el calendario de publicaciones</translation>
    </message>
    <message>
        <source>Cannot read the retirement rules</source>
        <translation>No se pueden leer las reglas de retirada</translation>
    </message>
    <message>
        <source>Cannot read the superseded courses</source>
        <translation>No se pueden leer los cursos sustituidos</translation>
    </message>
    <message>
        <source>Cannot read the retirement decisions</source>
        <translation>No se pueden leer las decisiones de retirada</translation>
    </message>
    <message>
        <source>Cannot read the action plan</source>
        <translation>No se puede leer el plan de acción</translation>
    </message>
    <message>
        <source>Cannot read the KPIs</source>
        <translation>No se pueden leer los KPI</translation>
    </message>
    <message>
        <source>Cannot read the course catalogue</source>
        <translation>No se puede leer el catálogo de cursos</translation>
    </message>
    <message>
        <source>Cannot read the course&apos;s content</source>
        <translation>No se puede leer el contenido del curso</translation>
    </message>
    <message>
        <source>Cannot read the baseline snapshot</source>
        <translation>No se puede leer la instantánea de línea base</translation>
    </message>
    <message>
        <source>A baseline snapshot&apos;s figures must be a JSON object.</source>
        <translation>Las cifras de una instantánea de línea base deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Cannot save the baseline snapshot</source>
        <translation>No se puede guardar la instantánea de línea base</translation>
    </message>
    <message>
        <source>Cannot delete the baseline snapshot</source>
        <translation>No se puede eliminar la instantánea de línea base</translation>
    </message>
    <message>
        <source>Cannot read the interview</source>
        <translation>No se puede leer la entrevista</translation>
    </message>
    <message>
        <source>An interview needs the name of the person interviewed.</source>
        <translation>Una entrevista necesita el nombre de la persona entrevistada.</translation>
    </message>
    <message>
        <source>Cannot save the interview</source>
        <translation>No se puede guardar la entrevista</translation>
    </message>
    <message>
        <source>Cannot delete the interview</source>
        <translation>No se puede eliminar la entrevista</translation>
    </message>
    <message>
        <source>Cannot read the barrier</source>
        <translation>No se puede leer la barrera</translation>
    </message>
    <message>
        <source>A barrier needs a title.</source>
        <translation>Una barrera necesita un título.</translation>
    </message>
    <message>
        <source>A barrier needs a category.</source>
        <translation>Una barrera necesita una categoría.</translation>
    </message>
    <message>
        <source>Cannot save the barrier</source>
        <translation>No se puede guardar la barrera</translation>
    </message>
    <message>
        <source>Cannot delete the barrier</source>
        <translation>No se puede eliminar la barrera</translation>
    </message>
    <message>
        <source>Cannot read the checklist item</source>
        <translation>No se puede leer el elemento de la lista</translation>
    </message>
    <message>
        <source>A checklist item needs a text.</source>
        <translation>Un elemento de la lista necesita un texto.</translation>
    </message>
    <message>
        <source>Cannot save the checklist item</source>
        <translation>No se puede guardar el elemento de la lista</translation>
    </message>
    <message>
        <source>Cannot delete the checklist item</source>
        <translation>No se puede eliminar el elemento de la lista</translation>
    </message>
    <message>
        <source>Cannot read the lever</source>
        <translation>No se puede leer la palanca</translation>
    </message>
    <message>
        <source>A lever needs a name.</source>
        <translation>Una palanca necesita un nombre.</translation>
    </message>
    <message>
        <source>Cannot save the lever</source>
        <translation>No se puede guardar la palanca</translation>
    </message>
    <message>
        <source>Cannot delete the lever</source>
        <translation>No se puede eliminar la palanca</translation>
    </message>
    <message>
        <source>Cannot add the course to the scope</source>
        <translation>No se puede añadir el curso al alcance</translation>
    </message>
    <message>
        <source>Cannot remove the course from the scope</source>
        <translation>No se puede quitar el curso del alcance</translation>
    </message>
    <message>
        <source>Cannot read the PLAN cycle</source>
        <translation>No se puede leer el ciclo PLAN</translation>
    </message>
    <message>
        <source>PLAN cycles are numbered from 1.</source>
        <translation>Los ciclos PLAN se numeran desde 1.</translation>
    </message>
    <message>
        <source>A PLAN cycle cannot end before it starts.</source>
        <translation>Un ciclo PLAN no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Cannot save the PLAN cycle</source>
        <translation>No se puede guardar el ciclo PLAN</translation>
    </message>
    <message>
        <source>Cannot delete the PLAN cycle</source>
        <translation>No se puede eliminar el ciclo PLAN</translation>
    </message>
    <message>
        <source>Cannot read the launch</source>
        <translation>No se puede leer el lanzamiento</translation>
    </message>
    <message>
        <source>Say what was launched.</source>
        <translation>Indique qué se lanzó.</translation>
    </message>
    <message>
        <source>Cannot save the launch</source>
        <translation>No se puede guardar el lanzamiento</translation>
    </message>
    <message>
        <source>Cannot delete the launch</source>
        <translation>No se puede eliminar el lanzamiento</translation>
    </message>
    <message>
        <source>Cannot save the feedback</source>
        <translation>No se puede guardar el comentario</translation>
    </message>
    <message>
        <source>Cannot delete the feedback</source>
        <translation>No se puede eliminar el comentario</translation>
    </message>
    <message>
        <source>Cannot read the adaptation</source>
        <translation>No se puede leer la adaptación</translation>
    </message>
    <message>
        <source>An adaptation needs the date it took effect.</source>
        <translation>Una adaptación necesita la fecha en que entró en vigor.</translation>
    </message>
    <message>
        <source>Describe the adaptation.</source>
        <translation>Describa la adaptación.</translation>
    </message>
    <message>
        <source>An adaptation is measured over 1 to 182 days on each side.</source>
        <translation>Una adaptación se mide en 1 a 182 días a cada lado.</translation>
    </message>
    <message>
        <source>Cannot save the adaptation</source>
        <translation>No se puede guardar la adaptación</translation>
    </message>
    <message>
        <source>Cannot delete the adaptation</source>
        <translation>No se puede eliminar la adaptación</translation>
    </message>
    <message>
        <source>Say what is scaled.</source>
        <translation>Indique qué se escala.</translation>
    </message>
    <message>
        <source>Cannot save what is scaled</source>
        <translation>No se puede guardar lo que se escala</translation>
    </message>
    <message>
        <source>Cannot delete what is scaled</source>
        <translation>No se puede eliminar lo que se escala</translation>
    </message>
    <message>
        <source>Cannot read the board member</source>
        <translation>No se puede leer el miembro del comité</translation>
    </message>
    <message>
        <source>A board member needs a name.</source>
        <translation>Un miembro del comité necesita un nombre.</translation>
    </message>
    <message>
        <source>Cannot save the board member</source>
        <translation>No se puede guardar el miembro del comité</translation>
    </message>
    <message>
        <source>Cannot delete the board member</source>
        <translation>No se puede eliminar el miembro del comité</translation>
    </message>
    <message>
        <source>Cannot read the decision</source>
        <translation>No se puede leer la decisión</translation>
    </message>
    <message>
        <source>A decision needs a date.</source>
        <translation>Una decisión necesita una fecha.</translation>
    </message>
    <message>
        <source>Say what was decided.</source>
        <translation>Indique qué se decidió.</translation>
    </message>
    <message>
        <source>Cannot save the decision</source>
        <translation>No se puede guardar la decisión</translation>
    </message>
    <message>
        <source>Cannot delete the decision</source>
        <translation>No se puede eliminar la decisión</translation>
    </message>
    <message>
        <source>Cannot read the release</source>
        <translation>No se puede leer la publicación</translation>
    </message>
    <message>
        <source>A release needs a planned date.</source>
        <translation>Una publicación necesita una fecha prevista.</translation>
    </message>
    <message>
        <source>A release needs a title.</source>
        <translation>Una publicación necesita un título.</translation>
    </message>
    <message>
        <source>Cannot save the release</source>
        <translation>No se puede guardar la publicación</translation>
    </message>
    <message>
        <source>Cannot delete the release</source>
        <translation>No se puede eliminar la publicación</translation>
    </message>
    <message>
        <source>Cannot read the retirement rule</source>
        <translation>No se puede leer la regla de retirada</translation>
    </message>
    <message>
        <source>That threshold is out of range for this rule.</source>
        <translation>Ese umbral está fuera del rango de esta regla.</translation>
    </message>
    <message>
        <source>Cannot save the retirement rule</source>
        <translation>No se puede guardar la regla de retirada</translation>
    </message>
    <message>
        <source>Cannot delete the retirement rule</source>
        <translation>No se puede eliminar la regla de retirada</translation>
    </message>
    <message>
        <source>Cannot read the superseded course</source>
        <translation>No se puede leer el curso sustituido</translation>
    </message>
    <message>
        <source>A course cannot supersede itself.</source>
        <translation>Un curso no puede sustituirse a sí mismo.</translation>
    </message>
    <message>
        <source>Cannot mark the course as superseded</source>
        <translation>No se puede marcar el curso como sustituido</translation>
    </message>
    <message>
        <source>Cannot unmark the superseded course</source>
        <translation>No se puede desmarcar el curso sustituido</translation>
    </message>
    <message>
        <source>Cannot read the retirement decision</source>
        <translation>No se puede leer la decisión de retirada</translation>
    </message>
    <message>
        <source>Cannot save the retirement decision</source>
        <translation>No se puede guardar la decisión de retirada</translation>
    </message>
    <message>
        <source>Cannot delete the retirement decision</source>
        <translation>No se puede eliminar la decisión de retirada</translation>
    </message>
    <message>
        <source>Cannot read the action</source>
        <translation>No se puede leer la acción</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Una acción necesita un título.</translation>
    </message>
    <message>
        <source>An action belongs to the day-30, day-60 or day-90 bucket.</source>
        <translation>Una acción pertenece al tramo del día 30, 60 o 90.</translation>
    </message>
    <message>
        <source>Cannot save the action</source>
        <translation>No se puede guardar la acción</translation>
    </message>
    <message>
        <source>Cannot delete the action</source>
        <translation>No se puede eliminar la acción</translation>
    </message>
    <message>
        <source>Cannot start saving: %1</source>
        <translation>No se puede empezar a guardar: %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>baseline snapshot</source>
        <translation>instantánea de línea base</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>barrera</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>palanca</translation>
    </message>
    <message>
        <source>course in scope</source>
        <translation>curso del alcance</translation>
    </message>
    <message>
        <source>PLAN cycle</source>
        <translation>ciclo PLAN</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lanzamiento</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>adaptation</source>
        <translation>adaptación</translation>
    </message>
    <message>
        <source>scaling step</source>
        <translation>paso de escalado</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>miembro del comité</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>release</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>retirement rule</source>
        <translation>regla de retirada</translation>
    </message>
    <message>
        <source>superseded course</source>
        <translation>curso sustituido</translation>
    </message>
    <message>
        <source>retirement decision</source>
        <translation>decisión de retirada</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyStepper</name>
    <message>
        <source>Journey progress</source>
        <translation>Progreso del recorrido</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done%4</source>
        <translation>%1: %2 de %3 hechos%4</translation>
    </message>
    <message>
        <source> (current phase)</source>
        <translation> (fase actual)</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (ahora)</translation>
    </message>
    <message>
        <source>no checklist</source>
        <translation>sin lista de comprobación</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
</context>
<context>
    <name>Uptake::MainWindow</name>
    <message>
        <source>Uptake workspaces (*.uptake);;All files (*)</source>
        <translation>Espacios de trabajo de Uptake (*.uptake);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnosticar</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseñar</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gobernar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Where the program stands</source>
        <translation>Situación del programa</translation>
    </message>
    <message>
        <source>Baseline, interviews, barriers</source>
        <translation>Línea base, entrevistas, barreras</translation>
    </message>
    <message>
        <source>Engagement plan and levers</source>
        <translation>Plan de implicación y palancas</translation>
    </message>
    <message>
        <source>Cohorts, sprints, PLAN cycles</source>
        <translation>Cohortes, sprints, ciclos PLAN</translation>
    </message>
    <message>
        <source>Board, decisions, releases</source>
        <translation>Comité, decisiones, publicaciones</translation>
    </message>
    <message>
        <source>Imports and their quality</source>
        <translation>Importaciones y su calidad</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Nuevo espacio de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Guardar una c&amp;opia como…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to another file and continue there.</source>
        <translation>Escribir una copia coherente del espacio de trabajo en otro archivo y continuar en él.</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import an LMS usage export, a roster or performance data.</source>
        <translation>Importar una exportación de uso del LMS, una plantilla o datos de rendimiento.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Uptake</source>
        <translation>&amp;Acerca de Uptake</translation>
    </message>
    <message>
        <source>About Uptake</source>
        <translation>Acerca de Uptake</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Upgraded from an older Uptake; the original was kept as %1</source>
        <translation>Actualizado desde una versión anterior de Uptake; el original se guardó como %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Adoption program</source>
        <translation>Programa de adopción</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Nuevo espacio de demostración</translation>
    </message>
    <message>
        <source>Uptake demo</source>
        <translation>Demo de Uptake</translation>
    </message>
    <message>
        <source>Building the demo workspace…</source>
        <translation>Creando el espacio de demostración…</translation>
    </message>
    <message>
        <source>Cannot Create Demo Workspace</source>
        <translation>No se puede crear el espacio de demostración</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>LMS exports (*.csv *.tsv *.txt *.json *.js *.jsonl);;All files (*)</source>
        <translation>Exportaciones del LMS (*.csv *.tsv *.txt *.json *.js *.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2</source>
        <translation>%1 filas importadas de %2</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <source>Cannot Save Copy</source>
        <translation>No se puede guardar la copia</translation>
    </message>
    <message>
        <source>The new language applies the next time Uptake starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Uptake.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>%1 — Uptake</source>
        <translation>%1 — Uptake</translation>
    </message>
    <message>
        <source>%1 · dates in %2%3</source>
        <translation>%1 · fechas en %2%3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · solo lectura</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Status report for the board</source>
        <translation>Informe de estado para el comité</translation>
    </message>
    <message>
        <source>Uptake &amp;Guide</source>
        <translation>&amp;Guía de Uptake</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>¿Qué es es&amp;to?</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Uptake %1&lt;/h3&gt;&lt;p&gt;Drive LMS adoption with a disciplined program: diagnose, design, pilot and govern, measured against 30/60/90-day targets.&lt;/p&gt;&lt;p&gt;© 2026 The Uptake Team · &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Uptake is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4), QCoro and SQLite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party licences&lt;/b&gt;&lt;br&gt;Qt: GNU LGPL version 3; Qt Charts: GNU GPL version 3&lt;br&gt;QCoro: MIT licence&lt;br&gt;SQLite: public domain&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Uptake %1&lt;/h3&gt;&lt;p&gt;Impulse la adopción de su LMS con un programa disciplinado: diagnosticar, diseñar, pilotar y gobernar, medido frente a objetivos de 30/60/90 días.&lt;/p&gt;&lt;p&gt;© 2026 The Uptake Team · &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Uptake es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;Creado con Qt %3 (en ejecución con Qt %4), QCoro y SQLite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencias de terceros&lt;/b&gt;&lt;br&gt;Qt: GNU LGPL versión 3; Qt Charts: GNU GPL versión 3&lt;br&gt;QCoro: licencia MIT&lt;br&gt;SQLite: dominio público&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace the workspace by one of its backups.</source>
        <translation>Sustituir el espacio de trabajo por una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Targets and Annotations…</source>
        <translation>&amp;Objetivos y anotaciones…</translation>
    </message>
    <message>
        <source>Set the pilot&apos;s KPI targets for day 30, 60 and 90 and add annotations to its charts.</source>
        <translation>Fijar los objetivos de KPI del piloto para los días 30, 60 y 90 y añadir anotaciones a sus gráficos.</translation>
    </message>
    <message>
        <source>Workspace in Use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en modo de &amp;solo lectura</translation>
    </message>
    <message>
        <source>This workspace is on a network share (%1), where SQLite cannot lock files reliably: two people editing it at once could damage it. Keep it on this computer and share copies.</source>
        <translation>Este espacio de trabajo está en una carpeta compartida de red (%1), donde SQLite no puede bloquear archivos de forma fiable: si dos personas lo editan a la vez, podrían dañarlo. Guárdelo en este equipo y comparta copias.</translation>
    </message>
    <message>
        <source>Opened read-only: nothing in this workspace can be changed.</source>
        <translation>Abierto en modo de solo lectura: no se puede cambiar nada en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored from the backup; the state before was kept as a backup.</source>
        <translation>Restaurado desde la copia de seguridad; el estado anterior se guardó como copia de seguridad.</translation>
    </message>
    <message>
        <source> · on a network share</source>
        <translation> · en una carpeta compartida de red</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Conectar con un espacio de trabajo de &amp;equipo…</translation>
    </message>
    <message>
        <source>Open a workspace your team shares on a PostgreSQL server.</source>
        <translation>Abrir un espacio de trabajo que su equipo comparte en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1). Type the password to connect.</source>
        <translation>No se pudo leer el llavero del sistema (%1). Escriba la contraseña para conectarse.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); Uptake will ask for it next time.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema (%1); Uptake la pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Publish Local Workspace to Server…</source>
        <translation>&amp;Publicar espacio de trabajo local en el servidor…</translation>
    </message>
    <message>
        <source>Copy a workspace file into a new, empty team workspace on a PostgreSQL server.</source>
        <translation>Copiar un archivo de espacio de trabajo en un nuevo espacio de trabajo de equipo vacío en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Download a &amp;Local Copy…</source>
        <translation>&amp;Descargar una copia local…</translation>
    </message>
    <message>
        <source>Copy a team workspace into a workspace file on this computer.</source>
        <translation>Copiar un espacio de trabajo de equipo en un archivo de espacio de trabajo en este equipo.</translation>
    </message>
    <message>
        <source>Publish Local Workspace</source>
        <translation>Publicar espacio de trabajo local</translation>
    </message>
    <message>
        <source>Publish Local Workspace to Server</source>
        <translation>Publicar espacio de trabajo local en el servidor</translation>
    </message>
    <message>
        <source>Uptake copies &lt;b&gt;%1&lt;/b&gt;, with its pilots, plans and imported data, into a team workspace on your organisation&apos;s PostgreSQL server. The team workspace must be new and empty: your IT team sets it up with &lt;nobr&gt;&lt;tt&gt;uptake server-init&lt;/tt&gt;&lt;/nobr&gt; and makes you one of its editors. The file itself does not change.</source>
        <translation>Uptake copia &lt;b&gt;%1&lt;/b&gt;, con sus pilotos, planes y datos importados, en un espacio de trabajo de equipo en el servidor PostgreSQL de su organización. El espacio de trabajo de equipo debe ser nuevo y estar vacío: su equipo de TI lo configura con &lt;nobr&gt;&lt;tt&gt;uptake server-init&lt;/tt&gt;&lt;/nobr&gt; y le asigna a usted como uno de sus editores. El archivo en sí no cambia.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Download a Local Copy</source>
        <translation>Descargar una copia local</translation>
    </message>
    <message>
        <source>Uptake copies a team workspace, with its pilots, plans and imported data, into a workspace file on this computer, to work on without the server or to keep. Later changes on the server do not reach the copy.</source>
        <translation>Uptake copia un espacio de trabajo de equipo, con sus pilotos, planes y datos importados, en un archivo de espacio de trabajo en este equipo, para trabajar sin el servidor o para conservarlo. Los cambios posteriores en el servidor no llegan a la copia.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Publicar en el servidor</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Finishing: id counters, indexes and the commit…</source>
        <translation>Finalizando: contadores de identificadores, índices y confirmación…</translation>
    </message>
    <message>
        <source>Copying %1 (table %2 of %3)</source>
        <translation>Copiando %1 (tabla %2 de %3)</translation>
    </message>
    <message>
        <source>Publishing “%1” to the team workspace %2</source>
        <translation>Publicando «%1» en el espacio de trabajo de equipo %2</translation>
    </message>
    <message>
        <source>Downloading the team workspace %1 to “%2”</source>
        <translation>Descargando el espacio de trabajo de equipo %1 en «%2»</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <source>Publishing cancelled: the server was left as it was.</source>
        <translation>Publicación cancelada: el servidor quedó como estaba.</translation>
    </message>
    <message>
        <source>Download cancelled: no file was changed.</source>
        <translation>Descarga cancelada: no se modificó ningún archivo.</translation>
    </message>
    <message>
        <source>Cannot Publish</source>
        <translation>No se puede publicar</translation>
    </message>
    <message>
        <source>Cannot Download</source>
        <translation>No se puede descargar</translation>
    </message>
    <message>
        <source>Published “%1” to the team workspace %2 (%3 rows).</source>
        <translation>«%1» publicado en el espacio de trabajo de equipo %2 (%3 filas).</translation>
    </message>
    <message>
        <source>Downloaded the team workspace %1 to “%2” (%3 rows).</source>
        <translation>Espacio de trabajo de equipo %1 descargado en «%2» (%3 filas).</translation>
    </message>
    <message>
        <source>Open the team workspace now?</source>
        <translation>¿Abrir ahora el espacio de trabajo de equipo?</translation>
    </message>
    <message>
        <source>Open the local copy now?</source>
        <translation>¿Abrir ahora la copia local?</translation>
    </message>
    <message>
        <source>Import %1 (%2 of %3)</source>
        <translation>Importar %1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>Uptake::Metrics</name>
    <message>
        <source>Weekly active rate</source>
        <translation>Tasa de actividad semanal</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Usuarios activos semanales</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tasa de finalización</translation>
    </message>
    <message>
        <source>Median days to first completion</source>
        <translation>Mediana de días hasta la primera finalización</translation>
    </message>
    <message>
        <source>Weekly learning minutes per learner</source>
        <translation>Minutos de aprendizaje semanales por participante</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Aún no vence</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <source>Cannot compute the metrics: %1</source>
        <translation>No se pueden calcular las métricas: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>There is no pilot %1.</source>
        <translation>No existe el piloto %1.</translation>
    </message>
    <message>
        <source>The window ends (%1) before it starts (%2).</source>
        <translation>El periodo termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>Pilot cohort</source>
        <translation>Cohorte piloto</translation>
    </message>
    <message>
        <source>Rest of the organisation</source>
        <translation>Resto de la organización</translation>
    </message>
    <message>
        <source>Comparison group</source>
        <translation>Grupo de comparación</translation>
    </message>
    <message>
        <source>Pilot starts</source>
        <translation>Inicio del piloto</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Cannot read the pilot: %1</source>
        <translation>No se puede leer el piloto: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Metrics::Definitions</name>
    <message>
        <source>Weekly active users and active rate</source>
        <translation>Usuarios activos semanales y tasa de actividad</translation>
    </message>
    <message>
        <source>Distinct learners with at least one event other than a failed login in an ISO week (Monday to Sunday, in the workspace time zone). The active rate divides them by the cohort: roster members matching the filters, or, without a roster, every learner seen in the data.</source>
        <translation>Participantes distintos con al menos un evento distinto de un inicio de sesión fallido en una semana ISO (de lunes a domingo, en la zona horaria del espacio de trabajo). La tasa de actividad los divide por la cohorte: las personas de la plantilla que cumplen los filtros o, sin plantilla, todos los participantes vistos en los datos.</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tasa de finalización</translation>
    </message>
    <message>
        <source>Time to first completion</source>
        <translation>Tiempo hasta la primera finalización</translation>
    </message>
    <message>
        <source>Per learner, the days from their first event in the window to their first completion; shown as median and quartiles with n, the number of learners who completed something.</source>
        <translation>Por participante, los días desde su primer evento en el periodo hasta su primera finalización; se muestra como mediana y cuartiles con n, el número de participantes que finalizaron algo.</translation>
    </message>
    <message>
        <source>Drop-off points</source>
        <translation>Puntos de abandono</translation>
    </message>
    <message>
        <source>For learners who started a course (any event in it) and did not complete it in the window, the content item of their last event in it, counted per course and as a share of the non-completers. Where the course&apos;s items have an order, the funnel shows how many got at least as far as each item: everyone who started, less those who stopped at an earlier item.</source>
        <translation>Para los participantes que empezaron un curso (cualquier evento en él) y no lo finalizaron en el periodo, el elemento de contenido de su último evento en él, contado por curso y como proporción de quienes no terminaron. Cuando los elementos del curso tienen un orden, el embudo muestra cuántos llegaron al menos hasta cada elemento: todos los que empezaron, menos los que se detuvieron en un elemento anterior.</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Tiempo de aprendizaje</translation>
    </message>
    <message>
        <source>The duration column where events have one; otherwise estimated from each learner&apos;s event sequence: gaps between consecutive events shorter than the session timeout count as learning.</source>
        <translation>La columna de duración cuando los eventos la tienen; si no, se estima a partir de la secuencia de eventos de cada participante: los intervalos entre eventos consecutivos inferiores al tiempo de espera de sesión cuentan como aprendizaje.</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Aprendizaje y rendimiento</translation>
    </message>
    <message>
        <source>Per learner with KPI values in the window — every roster member of the cohort (no learning counts as 0), or without a roster the learners present in both data sets: learning activity in the window (minutes or events other than failed logins) against the mean of the performance KPI in the window, or its change from the learner&apos;s mean over the 28 days before the window. Pearson r with a 95% confidence interval (Fisher z), Spearman ρ (ties get their average rank) and n. Correlation is not causation, and small n makes r unreliable.</source>
        <translation>Por participante con valores de KPI en el periodo —cada persona de la plantilla en la cohorte (sin aprendizaje cuenta como 0) o, sin plantilla, los participantes presentes en ambos conjuntos de datos—: la actividad de aprendizaje en el periodo (minutos o eventos distintos de inicios de sesión fallidos) frente a la media del KPI de rendimiento en el periodo, o su cambio respecto a la media del participante en los 28 días anteriores al periodo. r de Pearson con un intervalo de confianza del 95 % (z de Fisher), ρ de Spearman (los empates reciben su rango medio) y n. Correlación no implica causalidad, y un n pequeño hace que r sea poco fiable.</translation>
    </message>
    <message>
        <source>Content consumption heatmap</source>
        <translation>Mapa de calor del consumo de contenidos</translation>
    </message>
    <message>
        <source>Distinct active learners per course (or department) and week.</source>
        <translation>Participantes activos distintos por curso (o departamento) y semana.</translation>
    </message>
    <message>
        <source>Retention by start week</source>
        <translation>Retención por semana de inicio</translation>
    </message>
    <message>
        <source>Learners grouped by the week of their first activity in the window; the share of each group active in each later week.</source>
        <translation>Participantes agrupados por la semana de su primera actividad en el periodo; la proporción de cada grupo activa en cada semana posterior.</translation>
    </message>
    <message>
        <source>Under-engaged cohorts</source>
        <translation>Cohortes poco implicadas</translation>
    </message>
    <message>
        <source>Groups of at least three people by a roster attribute (department, team, country, time zone, manager, role or an extra roster column) whose active rate over the last two weeks of the window (its last 14 days) is below the threshold (default 25%) or below half the organisation&apos;s, lowest first.</source>
        <translation>Grupos de al menos tres personas según un atributo de la plantilla (departamento, equipo, país, zona horaria, responsable, rol o una columna adicional) cuya tasa de actividad en las dos últimas semanas del periodo (sus últimos 14 días) está por debajo del umbral (25 % por defecto) o de la mitad de la de la organización, de menor a mayor.</translation>
    </message>
    <message>
        <source>Stopped engaging</source>
        <translation>Dejaron de participar</translation>
    </message>
    <message>
        <source>Learners active in at least two of the four weeks before the last two weeks of the window and in neither of the last two (weeks counted back from the window&apos;s last day).</source>
        <translation>Participantes activos en al menos dos de las cuatro semanas anteriores a las dos últimas semanas del periodo y en ninguna de las dos últimas (semanas contadas hacia atrás desde el último día del periodo).</translation>
    </message>
    <message>
        <source>Pilot vs the rest</source>
        <translation>Piloto frente al resto</translation>
    </message>
    <message>
        <source>Every KPI (active rate, weekly active users, completion, median days to first completion, weekly learning minutes per learner) of the pilot cohort and of a comparison group — everyone else, or a chosen cohort — during the pilot&apos;s weeks in the window, each against its own baseline over the four weeks before the start; the difference in differences estimates the pilot&apos;s effect beyond the general trend.</source>
        <translation>Cada KPI (tasa de actividad, usuarios activos semanales, finalización, mediana de días hasta la primera finalización, minutos de aprendizaje semanales por participante) de la cohorte piloto y de un grupo de comparación —todos los demás o una cohorte elegida— durante las semanas del piloto en el periodo, cada uno frente a su propia línea base de las cuatro semanas anteriores al inicio; la diferencia en diferencias estima el efecto del piloto más allá de la tendencia general.</translation>
    </message>
    <message>
        <source>Targets and status</source>
        <translation>Objetivos y estado</translation>
    </message>
    <message>
        <source>For a course: learners with a completion event in it ÷ learners with any event in it, within the window. Overall: the same over all learner–course pairs. A pair completed before the window (a learner coming back to a course they finished) is not counted in it. A pair counts as completed only with a completion inside the window, so a course started shortly before its end has had little time: every figure says which window it covers (the last four weeks, since the pilot started, or the period shown).</source>
        <translation>Para un curso: participantes con un evento de finalización en él ÷ participantes con cualquier evento en él, dentro del periodo. En total: lo mismo sobre todos los pares participante–curso. Un par finalizado antes del periodo (un participante que vuelve a un curso que ya terminó) no se cuenta en él. Un par solo cuenta como finalizado con una finalización dentro del periodo, así que un curso empezado poco antes de su final ha tenido poco tiempo: cada cifra indica qué periodo abarca (las últimas cuatro semanas, desde el inicio del piloto o el periodo mostrado).</translation>
    </message>
    <message>
        <source>Current value (last four weeks)</source>
        <translation>Valor actual (últimas cuatro semanas)</translation>
    </message>
    <message>
        <source>The cohort over the last 28 days of the window (for a report, up to its as-of date): the mean weekly active rate over the ISO weeks with at least four of their days in them (the last week may be cut short by the window&apos;s end), and the completion rate of the learner–course pairs with activity in them. It is every target&apos;s current value, the one the report&apos;s summary and the Overview&apos;s tiles show for a pilot with targets.</source>
        <translation>La cohorte en los últimos 28 días del periodo (en un informe, hasta la fecha del informe): la tasa de actividad semanal media de las semanas ISO con al menos cuatro de sus días dentro de él (la última semana puede quedar recortada por el final del periodo), y la tasa de finalización de los pares participante–curso con actividad en esos días. Es el valor actual de cada objetivo, el que muestran el resumen ejecutivo del informe y las tarjetas de Resumen para un piloto con objetivos.</translation>
    </message>
    <message>
        <source>Each pilot KPI&apos;s baseline (the four weeks before the start unless entered) and its targets for day 30, 60 and 90. At each checkpoint the KPI over the preceding four weeks is on track when it meets the target, at risk when it misses by no more than the tolerance (default 10% of the gap from baseline to target), else off track. Between checkpoints, a pace line runs from the baseline (on the start day) to the next target (the day-30 target on the 30th day after the start); the current value (the last four weeks) is on track when it meets where the line stands at the window&apos;s end, at risk when short by no more than the tolerance times the step from the baseline to the next target, else off track. The report&apos;s summary table and the Overview&apos;s tiles show this status.</source>
        <translation>La línea base de cada KPI del piloto (las cuatro semanas anteriores al inicio, salvo que se introduzca a mano) y sus objetivos para los días 30, 60 y 90. En cada hito, el KPI de las cuatro semanas anteriores va según lo previsto cuando alcanza el objetivo, está en riesgo cuando se queda corto como mucho en la tolerancia (predeterminado: el 10 % de la distancia entre línea base y objetivo) y va desviado en otro caso. Entre hitos, una línea de ritmo va desde la línea base (el día de inicio) hasta el siguiente objetivo (el objetivo del día 30, el 30.º día tras el inicio); el valor actual (las últimas cuatro semanas) va según lo previsto cuando alcanza el punto en que está la línea al final del periodo, está en riesgo cuando se queda corto como mucho en la tolerancia multiplicada por el paso de la línea base al siguiente objetivo, y va desviado en otro caso. La tabla del resumen ejecutivo del informe y las tarjetas de Resumen muestran este estado.</translation>
    </message>
</context>
<context>
    <name>Uptake::OverviewPage</name>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tasa de finalización</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Aún no hay datos de uso</translation>
    </message>
    <message>
        <source>Import your LMS&apos;s usage export (learning events), your HR roster and a performance measure to see weekly active users, completion and drop-off here.</source>
        <translation>Importe la exportación de uso de su LMS (eventos de aprendizaje), su plantilla de RR. HH. y una medida de rendimiento para ver aquí los usuarios activos semanales, las finalizaciones y los abandonos.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>LMS: %1</source>
        <translation>LMS: %1</translation>
    </message>
    <message>
        <source>Program owner: %1</source>
        <translation>Responsable del programa: %1</translation>
    </message>
    <message>
        <source>Dates in %1</source>
        <translation>Fechas en %1</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Datos del %1 al %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; diagnose where adoption stalls, then plan a pilot for one cohort on the Pilot page.</source>
        <translation>&lt;b&gt;Siguiente paso:&lt;/b&gt; diagnostique dónde se estanca la adopción y luego planifique un piloto para una cohorte en la página Piloto.</translation>
    </message>
    <message>
        <source>Learners in scope</source>
        <translation>Participantes en el alcance</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Tasa de actividad semanal</translation>
    </message>
    <message>
        <source>Time to first completion</source>
        <translation>Tiempo hasta la primera finalización</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Tiempo de aprendizaje</translation>
    </message>
    <message>
        <source>Learning ↔ performance</source>
        <translation>Aprendizaje ↔ rendimiento</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Piloto:</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Todos los datos</translation>
    </message>
    <message>
        <source>Show the whole period with data</source>
        <translation>Mostrar todo el periodo con datos</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Acti&amp;vidad:</translation>
    </message>
    <message>
        <source>The cohort: roster members matching the filters (and the pilot&apos;s own cohort), or, without a roster, every learner seen in the data. It is the denominator of the active rate.</source>
        <translation>La cohorte: las personas de la plantilla que cumplen los filtros (y la cohorte del piloto) o, sin plantilla, todos los participantes vistos en los datos. Es el denominador de la tasa de actividad.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Active (last 2 weeks)</source>
        <translation>Activos (últimas 2 semanas)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Active weeks before</source>
        <translation>Semanas activas antes</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Under-engaged cohorts</source>
        <translation>Cohortes poco implicadas</translation>
    </message>
    <message>
        <source>Stopped engaging</source>
        <translation>Dejaron de participar</translation>
    </message>
    <message>
        <source>Completion by course</source>
        <translation>Finalización por curso</translation>
    </message>
    <message>
        <source>Learners who completed ÷ learners who started, in the window</source>
        <translation>Participantes que finalizaron ÷ participantes que empezaron, en el periodo</translation>
    </message>
    <message>
        <source>Drop-off points</source>
        <translation>Puntos de abandono</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Aprendizaje y rendimiento</translation>
    </message>
    <message>
        <source>Content consumption</source>
        <translation>Consumo de contenidos</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week</source>
        <translation>Participantes activos distintos por curso y semana</translation>
    </message>
    <message>
        <source>Retention by start week</source>
        <translation>Retención por semana de inicio</translation>
    </message>
    <message>
        <source>Share of each group of new learners still active in later weeks</source>
        <translation>Proporción de cada grupo de nuevos participantes aún activa en semanas posteriores</translation>
    </message>
    <message>
        <source>Where engagement is slipping</source>
        <translation>Dónde decae la implicación</translation>
    </message>
    <message>
        <source>Groups far below the organisation and people who stopped</source>
        <translation>Grupos muy por debajo de la organización y personas que lo dejaron</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(elija un valor)</translation>
    </message>
    <message>
        <source>%L1 learning events</source>
        <translation>%L1 eventos de aprendizaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; follow the pilot against its 30/60/90-day targets and record what you learn in PLAN cycles.</source>
        <translation>&lt;b&gt;Siguiente paso:&lt;/b&gt; siga el piloto frente a sus objetivos de 30/60/90 días y registre lo aprendido en ciclos PLAN.</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>roster members</source>
        <translation>personas de la plantilla</translation>
    </message>
    <message>
        <source>in the pilot&apos;s cohort</source>
        <translation>en la cohorte del piloto</translation>
    </message>
    <message>
        <source>seen in the data (no roster)</source>
        <translation>vistos en los datos (sin plantilla)</translation>
    </message>
    <message>
        <source>%L1 active, week of %2</source>
        <translation>%L1 activos, semana del %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>median of %L1 learners</source>
        <translation>mediana de %L1 participantes</translation>
    </message>
    <message>
        <source>no completions in the window</source>
        <translation>ninguna finalización en el periodo</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 h</translation>
    </message>
    <message>
        <source>estimated: gaps under %1 min</source>
        <translation>estimado: intervalos de menos de %1 min</translation>
    </message>
    <message>
        <source>from recorded durations</source>
        <translation>de las duraciones registradas</translation>
    </message>
    <message>
        <source>no performance data</source>
        <translation>sin datos de rendimiento</translation>
    </message>
    <message>
        <source>%1, n = %L2%3</source>
        <translation>%1, n = %L2%3</translation>
    </message>
    <message>
        <source> (small)</source>
        <translation> (pequeño)</translation>
    </message>
    <message>
        <source>Share of the cohort active each week. Click a week for the learners behind it.</source>
        <translation>Proporción de la cohorte activa cada semana. Haga clic en una semana para ver los participantes que hay detrás.</translation>
    </message>
    <message>
        <source>No activity in this window.</source>
        <translation>No hay actividad en este periodo.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Tasa de actividad</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizados</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>No course activity in this window.</source>
        <translation>No hay actividad de cursos en este periodo.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>(no content item)</source>
        <translation>(sin elemento de contenido)</translation>
    </message>
    <message>
        <source>Last item of the %L1 who did not finish “%2”</source>
        <translation>Último elemento de los %L1 que no terminaron «%2»</translation>
    </message>
    <message>
        <source>Everyone who started a course finished it.</source>
        <translation>Todos los que empezaron un curso lo terminaron.</translation>
    </message>
    <message>
        <source>Median %1 days, quartiles %2–%3, n = %L4</source>
        <translation>Mediana %1 días, cuartiles %2–%3, n = %L4</translation>
    </message>
    <message>
        <source>Nobody completed anything in this window.</source>
        <translation>Nadie finalizó nada en este periodo.</translation>
    </message>
    <message>
        <source>Days to first completion</source>
        <translation>Días hasta la primera finalización</translation>
    </message>
    <message>
        <source>r = %1 (95% CI %2 to %3), Spearman ρ = %4, n = %L5. Correlation is not causation.</source>
        <translation>r = %1 (IC del 95 % %2 a %3), ρ de Spearman = %4, n = %L5. Correlación no implica causalidad.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n learners: too few to rely on.</source>
        <translation>
            <numerusform>Solo %n participante: demasiado pocos para fiarse.</numerusform>
            <numerusform>Solo %n participantes: demasiado pocos para fiarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners with both activity and performance values in this window.</source>
        <translation>No hay participantes con valores de actividad y de rendimiento en este periodo.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week; the 15 busiest of %L1 courses (all in the exported data). Click a cell for the learners.</source>
        <translation>Participantes activos distintos por curso y semana; los 15 cursos con más actividad de %L1 (todos en los datos exportados). Haga clic en una celda para ver los participantes.</translation>
    </message>
    <message>
        <source>Distinct active learners per course and week. Click a cell for the learners.</source>
        <translation>Participantes activos distintos por curso y semana. Haga clic en una celda para ver los participantes.</translation>
    </message>
    <message>
        <source>Start week</source>
        <translation>Semana de inicio</translation>
    </message>
    <message>
        <source>Shares by week since start</source>
        <translation>Proporciones por semana desde el inicio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Size or weeks</source>
        <translation>Tamaño o semanas</translation>
    </message>
    <message>
        <source>Rate or last active</source>
        <translation>Tasa o última actividad</translation>
    </message>
    <message>
        <source>%1 (organisation %2)</source>
        <translation>%1 (organización %2)</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 de 4</translation>
    </message>
    <message>
        <source>Active in the week of %1</source>
        <translation>Activos en la semana del %1</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1, semana del %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan an &amp;Intervention for This Group…</source>
        <translation>Planificar una &amp;intervención para este grupo…</translation>
    </message>
    <message>
        <source>Plan a &amp;Win-Back…</source>
        <translation>Planificar una &amp;recuperación…</translation>
    </message>
    <message>
        <source>Re-engage %1 %2 (%L3 people): %4 active in the last two weeks against %5 across the organisation</source>
        <translation>Reactivar %1 %2 (%L3 personas): %4 activos en las dos últimas semanas frente a %5 en toda la organización</translation>
    </message>
    <message>
        <source>Win back the learners who stopped engaging (%L1 on the list)</source>
        <translation>Recuperar a los participantes que dejaron de participar (%L1 en la lista)</translation>
    </message>
    <message>
        <source>Win back the learners who stopped engaging (%L1 on the list; %2)</source>
        <translation>Recuperar a los participantes que dejaron de participar (%L1 en la lista; %2)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>Pilot cohort against its targets; the grey line is the comparison group, week by week (difference in differences: %1 points). Click a week for the learners behind it.</source>
        <translation>Cohorte piloto frente a sus objetivos; la línea gris es el grupo de comparación, semana a semana (diferencia en diferencias: %1 puntos). Haga clic en una semana para ver sus participantes.</translation>
    </message>
    <message>
        <source>Choose a pilot first: the action goes into its 30/60/90-day plan.</source>
        <translation>Elija antes un piloto: la acción se añade a su plan de 30/60/90 días.</translation>
    </message>
    <message>
        <source>Add an action for the selected group to the pilot&apos;s plan</source>
        <translation>Añadir al plan del piloto una acción para el grupo seleccionado</translation>
    </message>
    <message>
        <source>Add an action to win back the selected learners (or everyone listed) to the pilot&apos;s plan</source>
        <translation>Añadir al plan del piloto una acción para recuperar a los participantes seleccionados (o a todos los de la lista)</translation>
    </message>
    <message>
        <source>Plan an Intervention</source>
        <translation>Planificar una intervención</translation>
    </message>
    <message>
        <source>The action goes into the 30/60/90-day plan of the pilot “%1”, where you can follow it on the Pilot page.</source>
        <translation>La acción se añade al plan de 30/60/90 días del piloto «%1», donde puede seguirla en la página Piloto.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Tramo:</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Día 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Día 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Día 90</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Quién lo hará</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <source>Added to the pilot&apos;s 30/60/90-day plan.</source>
        <translation>Añadida al plan de 30/60/90 días del piloto.</translation>
    </message>
    <message>
        <source>last 4 weeks to %1; baseline %2</source>
        <translation>últimas 4 semanas hasta %1; línea base %2</translation>
    </message>
    <message>
        <source>Day %1: %2 against a target of %3</source>
        <translation>Día %1: %2 frente a un objetivo de %3</translation>
    </message>
    <message>
        <source>%1 · next: %2 by day %3</source>
        <translation>%1 · siguiente: %2 para el día %3</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>semana del %1: %2</translation>
    </message>
    <message>
        <source>since %1: %2 of %L3 pairs</source>
        <translation>desde %1: %2 de %L3 pares</translation>
    </message>
    <message>
        <source>of %L1 learner–course pairs, %2 – %3</source>
        <translation>de %L1 pares participante–curso, %2 – %3</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Va&amp;lor:</translation>
    </message>
    <message>
        <source>%1 i&amp;s:</source>
        <translation>%1 e&amp;s:</translation>
    </message>
</context>
<context>
    <name>Uptake::Pg</name>
    <message>
        <source>The server connection is not open.</source>
        <translation>La conexión con el servidor no está abierta.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>Uptake::PgDataWriter</name>
    <message>
        <source>The workspace connection is not open.</source>
        <translation>La conexión con el espacio de trabajo no está abierta.</translation>
    </message>
    <message>
        <source>Cannot start writing: %1</source>
        <translation>No se puede empezar a escribir: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>No se puede registrar la importación: %1</translation>
    </message>
    <message>
        <source>Cannot store learner “%1”: %2</source>
        <translation>No se puede guardar el participante «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot store course “%1”: %2</source>
        <translation>No se puede guardar el curso «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot store content “%1”: %2</source>
        <translation>No se puede guardar el contenido «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot store an event: %1</source>
        <translation>No se puede guardar un evento: %1</translation>
    </message>
    <message>
        <source>Cannot store a performance value: %1</source>
        <translation>No se puede guardar un valor de rendimiento: %1</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Nada que confirmar.</translation>
    </message>
    <message>
        <source>Cannot finish the import: %1</source>
        <translation>No se puede completar la importación: %1</translation>
    </message>
    <message>
        <source>the server gave no ids</source>
        <translation>el servidor no devolvió ningún identificador</translation>
    </message>
    <message>
        <source>Cannot finish the dry run: %1</source>
        <translation>No se puede terminar la prueba: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::Pilot</name>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotDialog</name>
    <message>
        <source>Start date set</source>
        <translation>Fecha de inicio fijada</translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation>Nuevo piloto</translation>
    </message>
    <message>
        <source>Edit Pilot</source>
        <translation>Editar piloto</translation>
    </message>
    <message>
        <source>e.g. Customer Support onboarding sprint</source>
        <translation>p. ej., Sprint de incorporación de Atención al Cliente</translation>
    </message>
    <message>
        <source>Who takes part, and why this group</source>
        <translation>Quién participa y por qué este grupo</translation>
    </message>
    <message>
        <source>e.g. department=Customer Support</source>
        <translation>p. ej., department=Customer Support</translation>
    </message>
    <message>
        <source>A roster attribute and value that select the cohort (attribute=value). Leave empty for everyone.</source>
        <translation>Un atributo de la plantilla y un valor que seleccionan la cohorte (atributo=valor). Déjelo vacío para todos.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>Cohort &amp;filter:</source>
        <translation>&amp;Filtro de cohorte:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Set a start date to plan the sprint</source>
        <translation>Fije una fecha de inicio para planificar el sprint</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotPage</name>
    <message>
        <source>&amp;New Pilot…</source>
        <translation>&amp;Nuevo piloto…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>No pilots yet</source>
        <translation>Aún no hay pilotos</translation>
    </message>
    <message>
        <source>A pilot runs the engagement plan with one cohort for a short sprint (six weeks by default), measured against targets for day 30, 60 and 90.</source>
        <translation>Un piloto aplica el plan de implicación con una cohorte en un sprint corto (seis semanas por defecto), medido frente a objetivos para los días 30, 60 y 90.</translation>
    </message>
    <message>
        <source>New Pilot…</source>
        <translation>Nuevo piloto…</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message numerus="yes">
        <source>Sprint of %n week(s) from %1 to %2. Checkpoints: day 30 on %3, day 60 on %4, day 90 on %5.</source>
        <translation>
            <numerusform>Sprint de %n semana del %1 al %2. Hitos: día 30 el %3, día 60 el %4, día 90 el %5.</numerusform>
            <numerusform>Sprint de %n semanas del %1 al %2. Hitos: día 30 el %3, día 60 el %4, día 90 el %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Cohorte: %1</translation>
    </message>
    <message>
        <source>Selected by: %1</source>
        <translation>Seleccionada por: %1</translation>
    </message>
    <message>
        <source>Delete Pilot</source>
        <translation>Eliminar piloto</translation>
    </message>
    <message>
        <source>Start from the Template &amp;Plan</source>
        <translation>Empezar con el &amp;plan de plantilla</translation>
    </message>
    <message>
        <source>P&amp;ilots</source>
        <translation>P&amp;ilotos</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>PLAN cycles</source>
        <translation>Ciclos PLAN</translation>
    </message>
    <message>
        <source>Add C&amp;ycle…</source>
        <translation>Añadir c&amp;iclo…</translation>
    </message>
    <message>
        <source>No PLAN cycle yet</source>
        <translation>Aún no hay ciclo PLAN</translation>
    </message>
    <message>
        <source>A PLAN cycle is one loop of Pilot quickly, Listen continuously, Adapt content and Normalize usage — usually one to three weeks. Add the first one.</source>
        <translation>Un ciclo PLAN es una vuelta de pilotar rápido, escuchar continuamente, adaptar el contenido y normalizar el uso, normalmente de una a tres semanas. Añada el primero.</translation>
    </message>
    <message>
        <source>Delete PLAN Cycle</source>
        <translation>Eliminar ciclo PLAN</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What was launched</source>
        <translation>Qué se lanzó</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Add &amp;Launch…</source>
        <translation>Añadir &amp;lanzamiento…</translation>
    </message>
    <message>
        <source>Nothing launched in this cycle</source>
        <translation>No se lanzó nada en este ciclo</translation>
    </message>
    <message>
        <source>Pilot quickly: record what you launched, to whom and when.</source>
        <translation>Pilotar rápido: registre qué lanzó, para quién y cuándo.</translation>
    </message>
    <message>
        <source>Delete Launch</source>
        <translation>Eliminar lanzamiento</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>Añadir &amp;comentario…</translation>
    </message>
    <message>
        <source>No feedback in this cycle</source>
        <translation>No hay comentarios en este ciclo</translation>
    </message>
    <message>
        <source>Listen continuously: add what learners and managers say — from surveys, interviews, chat, the help desk or analytics — with its theme and a quote.</source>
        <translation>Escuchar continuamente: añada lo que dicen participantes y responsables —en encuestas, entrevistas, chat, soporte técnico o analítica— con su tema y una cita.</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Add &amp;Adaptation…</source>
        <translation>Añadir &amp;adaptación…</translation>
    </message>
    <message>
        <source>No adaptation in this cycle</source>
        <translation>No hay adaptaciones en este ciclo</translation>
    </message>
    <message>
        <source>Adapt content: record each change — e.g. “split the 45-minute module into three 12-minute modules” — with its date and the content it touched. Uptake measures its effect in equal windows before and after.</source>
        <translation>Adaptar el contenido: registre cada cambio —p. ej., «dividir el módulo de 45 minutos en tres módulos de 12 minutos»— con su fecha y el contenido afectado. Uptake mide su efecto en periodos iguales antes y después.</translation>
    </message>
    <message>
        <source>Delete Adaptation</source>
        <translation>Eliminar adaptación</translation>
    </message>
    <message>
        <source>What is scaled</source>
        <translation>Qué se escala</translation>
    </message>
    <message>
        <source>To which group</source>
        <translation>A qué grupo</translation>
    </message>
    <message>
        <source>Add Scaling &amp;Step…</source>
        <translation>Añadir paso de &amp;escalado…</translation>
    </message>
    <message>
        <source>Nothing scaled yet</source>
        <translation>Aún no se ha escalado nada</translation>
    </message>
    <message>
        <source>Normalize usage: record what worked and is now rolled out to a wider group, and when.</source>
        <translation>Normalizar el uso: registre lo que funcionó y ahora se extiende a un grupo más amplio, y cuándo.</translation>
    </message>
    <message>
        <source>Delete Scaling Step</source>
        <translation>Eliminar paso de escalado</translation>
    </message>
    <message>
        <source>PLAN &amp;Cycles</source>
        <translation>&amp;Ciclos PLAN</translation>
    </message>
    <message>
        <source>30/60/90-day plan</source>
        <translation>Plan de 30/60/90 días</translation>
    </message>
    <message>
        <source>Add Ac&amp;tion…</source>
        <translation>Añadir ac&amp;ción…</translation>
    </message>
    <message>
        <source>No actions planned</source>
        <translation>No hay acciones planificadas</translation>
    </message>
    <message>
        <source>Plan what happens by day 30, 60 and 90 of the pilot, each action with an owner and a due date — or start from the template plan that follows the method.</source>
        <translation>Planifique qué ocurre hasta los días 30, 60 y 90 del piloto, cada acción con responsable y fecha límite, o empiece con el plan de plantilla que sigue el método.</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>30/60/90-Day Pla&amp;n</source>
        <translation>Pla&amp;n de 30/60/90 días</translation>
    </message>
    <message>
        <source>Day %1: %2 of %3 done</source>
        <translation>Día %1: %2 de %3 hechos</translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n vencida</numerusform>
            <numerusform> · %n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes this cycle: %1</source>
        <translation>Temas de este ciclo: %1</translation>
    </message>
    <message>
        <source>1 · Pilot quickly (%1)</source>
        <translation>1 · Pilotar rápido (%1)</translation>
    </message>
    <message>
        <source>2 · Listen continuously (%1)</source>
        <translation>2 · Escuchar continuamente (%1)</translation>
    </message>
    <message>
        <source>3 · Adapt content (%1)</source>
        <translation>3 · Adaptar el contenido (%1)</translation>
    </message>
    <message>
        <source>4 · Normalize usage (%1)</source>
        <translation>4 · Normalizar el uso (%1)</translation>
    </message>
    <message>
        <source>Edit PLAN Cycle</source>
        <translation>Editar ciclo PLAN</translation>
    </message>
    <message>
        <source>Add PLAN Cycle</source>
        <translation>Añadir ciclo PLAN</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>The cycle cannot end before it starts.</source>
        <translation>El ciclo no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Edit Launch</source>
        <translation>Editar lanzamiento</translation>
    </message>
    <message>
        <source>Add Launch</source>
        <translation>Añadir lanzamiento</translation>
    </message>
    <message>
        <source>&amp;What was launched:</source>
        <translation>&amp;Qué se lanzó:</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Para quién:</translation>
    </message>
    <message>
        <source>e.g. Team North, 40 agents</source>
        <translation>p. ej., Equipo Norte, 40 agentes</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Say what was launched.</source>
        <translation>Indique qué se lanzó.</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>S&amp;entiment:</source>
        <translation>&amp;Valoración:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <source>Give the feedback a theme or a quote.</source>
        <translation>Dé al comentario un tema o una cita.</translation>
    </message>
    <message>
        <source>Edit Adaptation</source>
        <translation>Editar adaptación</translation>
    </message>
    <message>
        <source>Add Adaptation</source>
        <translation>Añadir adaptación</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <source>e.g. Split the 45-minute module into three 12-minute modules</source>
        <translation>p. ej., Dividir el módulo de 45 minutos en tres módulos de 12 minutos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;urso:</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>Co&amp;ntenido:</translation>
    </message>
    <message>
        <source>(the whole course)</source>
        <translation>(todo el curso)</translation>
    </message>
    <message>
        <source>&amp;Answers feedback:</source>
        <translation>&amp;Responde al comentario:</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>&amp;Medida por:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source> days before and after</source>
        <translation> días antes y después</translation>
    </message>
    <message>
        <source>Describe the change.</source>
        <translation>Describa el cambio.</translation>
    </message>
    <message>
        <source>Edit Scaling Step</source>
        <translation>Editar paso de escalado</translation>
    </message>
    <message>
        <source>Add Scaling Step</source>
        <translation>Añadir paso de escalado</translation>
    </message>
    <message>
        <source>&amp;What is scaled:</source>
        <translation>&amp;Qué se escala:</translation>
    </message>
    <message>
        <source>&amp;To which group:</source>
        <translation>A &amp;qué grupo:</translation>
    </message>
    <message>
        <source>e.g. all of Customer Support</source>
        <translation>p. ej., toda Atención al Cliente</translation>
    </message>
    <message>
        <source>Say what is scaled.</source>
        <translation>Indique qué se escala.</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Día 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Día 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Día 90</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Tramo:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Serves &amp;lever:</source>
        <translation>Sirve a la &amp;palanca:</translation>
    </message>
    <message>
        <source>Answers ba&amp;rrier:</source>
        <translation>Responde a la ba&amp;rrera:</translation>
    </message>
    <message>
        <source>Serves the &amp;cohort directly</source>
        <translation>Sirve directamente a la &amp;cohorte</translation>
    </message>
    <message>
        <source>Say what needs to be done.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <source>&amp;Targets and Annotations…</source>
        <translation>&amp;Objetivos y anotaciones…</translation>
    </message>
    <message>
        <source>The pilot&apos;s KPI targets for day 30, 60 and 90 and the annotations on its charts</source>
        <translation>Los objetivos de KPI del piloto para los días 30, 60 y 90 y las anotaciones de sus gráficos</translation>
    </message>
    <message>
        <source>Pilot quickly with one cohort, listen continuously, adapt content, then normalize what works. Each PLAN cycle records those four steps; every adaptation&apos;s effect is measured from the data.</source>
        <translation>Pilotar rápido con una cohorte, escuchar continuamente, adaptar el contenido y después normalizar lo que funciona. Cada ciclo PLAN registra esos cuatro pasos; el efecto de cada adaptación se mide a partir de los datos.</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotRepository</name>
    <message>
        <source>Cannot read the program</source>
        <translation>No se puede leer el programa</translation>
    </message>
    <message>
        <source>Cannot save the program</source>
        <translation>No se puede guardar el programa</translation>
    </message>
    <message>
        <source>Cannot read the pilots</source>
        <translation>No se pueden leer los pilotos</translation>
    </message>
    <message>
        <source>Cannot read the pilot</source>
        <translation>No se puede leer el piloto</translation>
    </message>
    <message>
        <source>There is no pilot with id %1.</source>
        <translation>No hay ningún piloto con el id. %1.</translation>
    </message>
    <message>
        <source>A pilot needs a name.</source>
        <translation>Un piloto necesita un nombre.</translation>
    </message>
    <message>
        <source>A pilot lasts between 1 and 104 weeks.</source>
        <translation>Un piloto dura entre 1 y 104 semanas.</translation>
    </message>
    <message>
        <source>There is already a pilot called “%1”.</source>
        <translation>Ya existe un piloto llamado «%1».</translation>
    </message>
    <message>
        <source>Cannot add the pilot</source>
        <translation>No se puede añadir el piloto</translation>
    </message>
    <message>
        <source>Cannot save the pilot</source>
        <translation>No se puede guardar el piloto</translation>
    </message>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>El piloto ya no existe.</translation>
    </message>
    <message>
        <source>Cannot delete the pilot</source>
        <translation>No se puede eliminar el piloto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>piloto</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
</context>
<context>
    <name>Uptake::PilotsModel</name>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
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
        <translation>_Aún ninguno._</translation>
    </message>
    <message>
        <source>Adoption plan: %1</source>
        <translation>Plan de adopción: %1</translation>
    </message>
    <message>
        <source>- **Cohort:** %1</source>
        <translation>- **Cohorte:** %1</translation>
    </message>
    <message>
        <source>- **Pilot:** %1 to %2 (%3 weeks), %4</source>
        <translation>- **Piloto:** %1 a %2 (%3 semanas), %4</translation>
    </message>
    <message>
        <source>- **Owner:** %1</source>
        <translation>- **Responsable:** %1</translation>
    </message>
    <message>
        <source>- **Current phase:** %1</source>
        <translation>- **Fase actual:** %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (vencido)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnosticar</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>UAS</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Tasa de actividad</translation>
    </message>
    <message>
        <source>Days to 1st completion</source>
        <translation>Días hasta 1.ª finalización</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Top drop-off points (%1):</source>
        <translation>Principales puntos de abandono (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n learner(s)</source>
        <translation>
            <numerusform>%1 — %2: %n participante</numerusform>
            <numerusform>%1 — %2: %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder interviews</source>
        <translation>Entrevistas con partes interesadas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barreras</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barrera</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseñar</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Palancas</translation>
    </message>
    <message>
        <source>addresses %1</source>
        <translation>aborda %1</translation>
    </message>
    <message>
        <source>moves %1</source>
        <translation>mueve %1</translation>
    </message>
    <message>
        <source>_No lever chosen._</source>
        <translation>_Ninguna palanca elegida._</translation>
    </message>
    <message>
        <source>No chosen lever addresses “%1”.</source>
        <translation>Ninguna palanca elegida aborda «%1».</translation>
    </message>
    <message>
        <source>“%1” addresses no barrier.</source>
        <translation>«%1» no aborda ninguna barrera.</translation>
    </message>
    <message>
        <source>Content scope</source>
        <translation>Alcance del contenido</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>_No course in scope yet._</source>
        <translation>_Aún no hay cursos en el alcance._</translation>
    </message>
    <message>
        <source>Split candidate: %1 (%2 min, about %3 min per module)</source>
        <translation>Candidato a división: %1 (%2 min, unos %3 min por módulo)</translation>
    </message>
    <message>
        <source>%1 of those who did not finish stopped at “%2”</source>
        <translation>%1 de quienes no terminaron se detuvieron en «%2»</translation>
    </message>
    <message>
        <source>Pilot: PLAN cycles</source>
        <translation>Piloto: ciclos PLAN</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 to %3)</source>
        <translation>Ciclo %1 (%2 a %3)</translation>
    </message>
    <message>
        <source>Pilot quickly</source>
        <translation>Pilotar rápido</translation>
    </message>
    <message>
        <source>%1: %2 — to %3</source>
        <translation>%1: %2 — para %3</translation>
    </message>
    <message>
        <source>Listen continuously</source>
        <translation>Escuchar continuamente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Temas: %1</translation>
    </message>
    <message>
        <source>Adapt content</source>
        <translation>Adaptar el contenido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Measured: %1; %2 (%3 days before and after)</source>
        <translation>Medido: %1; %2 (%3 días antes y después)</translation>
    </message>
    <message>
        <source>Normalize usage</source>
        <translation>Normalizar el uso</translation>
    </message>
    <message>
        <source>_No PLAN cycle yet._</source>
        <translation>_Aún no hay ciclo PLAN._</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gobernar</translation>
    </message>
    <message>
        <source>Governance board</source>
        <translation>Comité de gobierno</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Registro de decisiones</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation>Calendario de publicaciones</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Content retirement</source>
        <translation>Retirada de contenidos</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Board&apos;s decision</source>
        <translation>Decisión del comité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>30/60/90-day plan</source>
        <translation>Plan de 30/60/90 días</translation>
    </message>
    <message>
        <source>Day %1 (%2 of %3 done%4)</source>
        <translation>Día %1 (%2 de %3 hechos%4)</translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n vencida</numerusform>
            <numerusform>, %n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Sirve a</translation>
    </message>
    <message>
        <source>Learners who completed</source>
        <translation>Participantes que finalizaron</translation>
    </message>
</context>
<context>
    <name>Uptake::PreferencesDialog</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Recent workspaces to remember</source>
        <translation>Espacios de trabajo recientes que recordar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Uptake switches to the new language the next time it starts.</source>
        <translation>Uptake cambiará al nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces:</source>
        <translation>Espacios de trabajo &amp;recientes:</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Zona horaria del sistema (%1)</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin</source>
        <translation>Escriba una ciudad, p. ej., Madrid</translation>
    </message>
    <message>
        <source>New Workspaces</source>
        <translation>Nuevos espacios de trabajo</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>session timeout; always 10 or more</comment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a percentage in a spin box, with the space your language puts before %</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation>Tiempo de espera de &amp;sesión:</translation>
    </message>
    <message>
        <source>Where the LMS records no durations, learning time is estimated from the gaps between a learner&apos;s events; a longer gap than this ends the session.</source>
        <translation>Cuando el LMS no registra duraciones, el tiempo de aprendizaje se estima a partir de los intervalos entre los eventos de un participante; un intervalo más largo que este termina la sesión.</translation>
    </message>
    <message>
        <source>Status &amp;tolerance:</source>
        <translation>&amp;Tolerancia del estado:</translation>
    </message>
    <message>
        <source>A checkpoint that misses its target by no more than this share of the gap between baseline and target is at risk rather than off track.</source>
        <translation>Un hito que se queda corto respecto a su objetivo como mucho en esta proporción de la distancia entre línea base y objetivo está en riesgo en lugar de desviado.</translation>
    </message>
    <message>
        <source>From the locale (%1)</source>
        <translation>Según la configuración regional (%1)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulgadas)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>Not a known time zone: choose one from the list.</source>
        <translation>No es una zona horaria conocida: elija una de la lista.</translation>
    </message>
    <message>
        <source>%1, now %2. A workspace counts every date in its own time zone.</source>
        <translation>%1, ahora %2. Un espacio de trabajo cuenta cada fecha en su propia zona horaria.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Cada %n hora</numerusform>
            <numerusform>Cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Copias de seguridad automáticas que conservar</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Automatic backups:</source>
        <translation>Copias de seguridad &amp;automáticas:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source>Kept in a folder beside the workspace; File → Restore from Backup… lists them.</source>
        <translation>Se guardan en una carpeta junto al espacio de trabajo; Archivo → Restaurar desde una copia de seguridad… las muestra.</translation>
    </message>
</context>
<context>
    <name>Uptake::RecordFilterProxy</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — vencido</translation>
    </message>
</context>
<context>
    <name>Uptake::RecordList</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrar %1</translation>
    </message>
</context>
<context>
    <name>Uptake::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Por qué se rechazó</translation>
    </message>
</context>
<context>
    <name>Uptake::Report</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <source>since the last report (%1)</source>
        <translation>desde el último informe (%1)</translation>
    </message>
    <message>
        <source>since the pilot started (%1)</source>
        <translation>desde el inicio del piloto (%1)</translation>
    </message>
    <message>
        <source>Pilot status report</source>
        <translation>Informe de estado del piloto</translation>
    </message>
    <message>
        <source>Adoption status report</source>
        <translation>Informe de estado de la adopción</translation>
    </message>
    <message>
        <source>Learning adoption</source>
        <translation>Adopción del aprendizaje</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · a fecha de %2</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>%1 (LMS: %2)</source>
        <translation>%1 (LMS: %2)</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>everyone in the roster</source>
        <translation>toda la plantilla</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>Tamaño de la cohorte</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilot period</source>
        <translation>Periodo del piloto</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n week(s))</source>
        <translation>
            <numerusform>%1 a %2 (%n semana)</numerusform>
            <numerusform>%1 a %2 (%n semanas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data covered</source>
        <translation>Datos cubiertos</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Changes reported</source>
        <translation>Cambios incluidos</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Preparado con</translation>
    </message>
    <message>
        <source>Uptake %1</source>
        <translation>Uptake %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Figures are computed from the LMS exports listed in the appendix, in the time zone %1. Rates based on fewer than %2 learners are marked as small samples.</source>
        <translation>Las cifras se calculan a partir de las exportaciones del LMS enumeradas en el anexo, en la zona horaria %1. Las tasas basadas en menos de %2 participantes se marcan como muestras pequeñas.</translation>
    </message>
    <message>
        <source>The pilot &lt;b&gt;%1&lt;/b&gt; starts on %2; this report shows the baseline it starts from.</source>
        <translation>El piloto &lt;b&gt;%1&lt;/b&gt; empieza el %2; este informe muestra la línea base de la que parte.</translation>
    </message>
    <message>
        <source>As of %1 the pilot &lt;b&gt;%2&lt;/b&gt; is on day %3 (week %4 of %5).</source>
        <translation>A %1, el piloto &lt;b&gt;%2&lt;/b&gt; está en el día %3 (semana %4 de %5).</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>A fecha de %1.</translation>
    </message>
    <message>
        <source>Key indicators against the 30/60/90-day targets</source>
        <translation>Indicadores clave frente a los objetivos de 30/60/90 días</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Next target</source>
        <translation>Siguiente objetivo</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Usuarios activos semanales</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Tasa de actividad semanal</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tasa de finalización</translation>
    </message>
    <message>
        <source>No targets are set for this pilot yet: set them on the Pilot page to see each indicator&apos;s status against its 30/60/90-day checkpoints.</source>
        <translation>Aún no hay objetivos fijados para este piloto: fíjelos en la página Piloto para ver el estado de cada indicador frente a sus hitos de 30/60/90 días.</translation>
    </message>
    <message>
        <source>day %1 (%2)</source>
        <translation>día %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is off track.</source>
        <translation>%1 va desviado.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions in the 30/60/90-day plan: %n.</source>
        <translation>
            <numerusform>Acciones vencidas en el plan de 30/60/90 días: %n.</numerusform>
            <numerusform>Acciones vencidas en el plan de 30/60/90 días: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Courses awaiting a retirement decision: %n.</source>
        <translation>
            <numerusform>Cursos pendientes de una decisión de retirada: %n.</numerusform>
            <numerusform>Cursos pendientes de una decisión de retirada: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed decisions waiting for the board: %n.</source>
        <translation>
            <numerusform>Decisiones propuestas pendientes del comité: %n.</numerusform>
            <numerusform>Decisiones propuestas pendientes del comité: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under-engaged groups of learners: %n.</source>
        <translation>
            <numerusform>Grupos de participantes poco implicados: %n.</numerusform>
            <numerusform>Grupos de participantes poco implicados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>For the board&apos;s attention</source>
        <translation>A la atención del comité</translation>
    </message>
    <message>
        <source>Active rate of the cohort</source>
        <translation>Tasa de actividad de la cohorte</translation>
    </message>
    <message>
        <source>Pace to the targets</source>
        <translation>Ritmo hacia los objetivos</translation>
    </message>
    <message>
        <source>30/60/90-day targets</source>
        <translation>Objetivos de 30/60/90 días</translation>
    </message>
    <message>
        <source>Weekly active rate against the targets</source>
        <translation>Tasa de actividad semanal frente a los objetivos</translation>
    </message>
    <message>
        <source>Weekly active users against the targets</source>
        <translation>Usuarios activos semanales frente a los objetivos</translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort (%n learner(s)) active each ISO week; diamonds mark the 30/60/90-day targets, the dashed line the pace from the baseline to them; dotted lines mark events such as adaptations.</source>
        <translation>
            <numerusform>Proporción de la cohorte (%n participante) activa cada semana ISO; los rombos marcan los objetivos de 30/60/90 días y la línea discontinua el ritmo desde la línea base hasta ellos; las líneas de puntos marcan sucesos como las adaptaciones.</numerusform>
            <numerusform>Proporción de la cohorte (%n participantes) activa cada semana ISO; los rombos marcan los objetivos de 30/60/90 días y la línea discontinua el ritmo desde la línea base hasta ellos; las líneas de puntos marcan sucesos como las adaptaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort (%n learner(s)) active each ISO week; dotted lines mark events such as adaptations. No target is set for this indicator.</source>
        <translation>
            <numerusform>Proporción de la cohorte (%n participante) activa cada semana ISO; las líneas de puntos marcan sucesos como las adaptaciones. No hay objetivo fijado para este indicador.</numerusform>
            <numerusform>Proporción de la cohorte (%n participantes) activa cada semana ISO; las líneas de puntos marcan sucesos como las adaptaciones. No hay objetivo fijado para este indicador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small cohort: a few people change the rate by several points.</source>
        <translation>Cohorte pequeña: unas pocas personas cambian la tasa varios puntos.</translation>
    </message>
    <message>
        <source>Completion by course</source>
        <translation>Finalización por curso</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)%4</source>
        <translation>%1 (%2 de %3)%4</translation>
    </message>
    <message>
        <source>* fewer than %1 learners: read with care.</source>
        <translation>* menos de %1 participantes: léase con cautela.</translation>
    </message>
    <message>
        <source>Content consumption by week</source>
        <translation>Consumo de contenidos por semana</translation>
    </message>
    <message>
        <source>Distinct learners active in each course per week, busiest courses first. Pale cells: content nobody went to that week.</source>
        <translation>Participantes distintos activos en cada curso por semana, primero los cursos con más actividad. Celdas claras: contenido al que nadie accedió esa semana.</translation>
    </message>
    <message>
        <source>Where learners stop</source>
        <translation>Dónde se detienen los participantes</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Where most non-finishers stopped</source>
        <translation>Dónde se detuvieron la mayoría de quienes no terminaron</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No finalizado</translation>
    </message>
    <message>
        <source>Stopped there</source>
        <translation>Se detuvieron allí</translation>
    </message>
    <message>
        <source>the course page itself</source>
        <translation>la propia página del curso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For learners who started a course and did not complete it in the window: the content item of their last activity. A long module here is a candidate for splitting.</source>
        <translation>Para los participantes que empezaron un curso y no lo finalizaron en el periodo: el elemento de contenido de su última actividad. Un módulo largo aquí es candidato a dividirse.</translation>
    </message>
    <message>
        <source>Learning and performance</source>
        <translation>Aprendizaje y rendimiento</translation>
    </message>
    <message>
        <source>learning minutes in the window</source>
        <translation>minutos de aprendizaje en el periodo</translation>
    </message>
    <message>
        <source>learning events in the window</source>
        <translation>eventos de aprendizaje en el periodo</translation>
    </message>
    <message>
        <source>Each dot is a learner: %1 (across) against the mean of “%2” (up), with the least-squares line. r = %3 (95% confidence interval %4 to %5), Spearman ρ = %6, n = %7.</source>
        <translation>Cada punto es un participante: %1 (horizontal) frente a la media de «%2» (vertical), con la recta de mínimos cuadrados. r = %3 (intervalo de confianza del 95 % de %4 a %5), ρ de Spearman = %6, n = %7.</translation>
    </message>
    <message>
        <source>Correlation is not causation: people who learn more may differ in other ways.</source>
        <translation>Correlación no implica causalidad: quienes aprenden más pueden diferir en otros aspectos.</translation>
    </message>
    <message>
        <source>Small sample (n &lt; %1): the interval is wide and r may not hold.</source>
        <translation>Muestra pequeña (n &lt; %1): el intervalo es amplio y r puede no sostenerse.</translation>
    </message>
    <message>
        <source>The pilot cohort against the rest of the organisation</source>
        <translation>La cohorte piloto frente al resto de la organización</translation>
    </message>
    <message>
        <source>Active rate — pilot cohort</source>
        <translation>Tasa de actividad — cohorte piloto</translation>
    </message>
    <message>
        <source>Active rate — rest</source>
        <translation>Tasa de actividad — resto</translation>
    </message>
    <message>
        <source>Completion — pilot cohort</source>
        <translation>Finalización — cohorte piloto</translation>
    </message>
    <message>
        <source>Completion — rest</source>
        <translation>Finalización — resto</translation>
    </message>
    <message>
        <source>4 weeks before the start</source>
        <translation>4 semanas antes del inicio</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>Pilot cohort: %1 learners; rest of the organisation: %2. Difference in differences: active rate %3 points, completion %4 points. The cohort was not chosen at random, so other differences between the groups may explain part of the gap.</source>
        <translation>Cohorte piloto: %1 participantes; resto de la organización: %2. Diferencia en diferencias: tasa de actividad %3 puntos, finalización %4 puntos. La cohorte no se eligió al azar, por lo que otras diferencias entre los grupos pueden explicar parte de la brecha.</translation>
    </message>
    <message>
        <source>What the pilot team launched, heard and changed %1, up to %2.</source>
        <translation>Lo que el equipo del piloto lanzó, escuchó y cambió %1, hasta %2.</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 to %3)</source>
        <translation>Ciclo %1 (%2 a %3)</translation>
    </message>
    <message>
        <source>Feedback themes</source>
        <translation>Temas de los comentarios</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sin tema)</translation>
    </message>
    <message>
        <source>Adaptations and their measured effect</source>
        <translation>Adaptaciones y su efecto medido</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Medida por</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>%1 (n&#xa0;=&#xa0;%2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Each adaptation is measured in equal windows before and after its date. A before/after change is not proof that the adaptation caused it: other things changed at the same time.</source>
        <translation>Cada adaptación se mide en periodos iguales antes y después de su fecha. Un cambio entre antes y después no demuestra que lo causara la adaptación: otras cosas cambiaron al mismo tiempo.</translation>
    </message>
    <message>
        <source>Some windows hold fewer than %1 learners: read those effects with care.</source>
        <translation>Algunos periodos tienen menos de %1 participantes: lea esos efectos con cautela.</translation>
    </message>
    <message>
        <source>No feedback or adaptation was recorded in this cycle during the period.</source>
        <translation>No se registraron comentarios ni adaptaciones en este ciclo durante el periodo.</translation>
    </message>
    <message>
        <source>No PLAN cycle was active, and no feedback or adaptation was recorded, in the period.</source>
        <translation>No hubo ningún ciclo PLAN activo ni se registraron comentarios o adaptaciones en el periodo.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>No decision was recorded %1.</source>
        <translation>No se registró ninguna decisión %1.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencias: %1</translation>
    </message>
    <message>
        <source>Decisions made %1, and proposals still open.</source>
        <translation>Decisiones tomadas %1 y propuestas aún abiertas.</translation>
    </message>
    <message>
        <source>Content awaiting a retirement decision</source>
        <translation>Contenido pendiente de una decisión de retirada</translation>
    </message>
    <message>
        <source>No course flagged by the retirement policy awaits a decision.</source>
        <translation>Ningún curso señalado por la política de retirada espera una decisión.</translation>
    </message>
    <message>
        <source>Why it is flagged</source>
        <translation>Por qué está señalado</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Next releases</source>
        <translation>Próximas publicaciones</translation>
    </message>
    <message>
        <source>No content release is planned after %1.</source>
        <translation>No hay ninguna publicación de contenido planificada después del %1.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Progress by bucket as of %1</source>
        <translation>Progreso por tramo a fecha de %1</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>First %1 days</source>
        <translation>Primeros %1 días</translation>
    </message>
    <message>
        <source>Dropped actions are not counted. Overdue: open or in progress with a due date before the as-of date.</source>
        <translation>Las acciones descartadas no se cuentan. Vencida: abierta o en curso con fecha límite anterior a la fecha del informe.</translation>
    </message>
    <message>
        <source>Every action of the plan is done or dropped.</source>
        <translation>Todas las acciones del plan están hechas o descartadas.</translation>
    </message>
    <message>
        <source>Open actions, overdue first</source>
        <translation>Acciones abiertas, primero las vencidas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencida hace %n día</numerusform>
            <numerusform>Vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>Open actions by owner</source>
        <translation>Acciones abiertas por responsable</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Under-engaged groups</source>
        <translation>Grupos poco implicados</translation>
    </message>
    <message>
        <source>No group of three or more people is markedly less active than the cohort over the last two weeks.</source>
        <translation>Ningún grupo de tres o más personas está claramente menos activo que la cohorte en las dos últimas semanas.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Active (2 weeks)</source>
        <translation>Activos (2 semanas)</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Tasa de actividad</translation>
    </message>
    <message>
        <source>Cohort rate</source>
        <translation>Tasa de la cohorte</translation>
    </message>
    <message>
        <source>Groups of at least three people by a roster attribute whose active rate over the last two weeks is below %1 or below half the cohort&apos;s.</source>
        <translation>Grupos de al menos tres personas según un atributo de la plantilla cuya tasa de actividad en las dos últimas semanas es inferior a %1 o a la mitad de la de la cohorte.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more group(s).</source>
        <translation>
            <numerusform>No se muestra: %n grupo más.</numerusform>
            <numerusform>No se muestran: %n grupos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners who stopped engaging</source>
        <translation>Participantes que dejaron de participar</translation>
    </message>
    <message>
        <source>Nobody who was active in at least two of the four weeks before the last two went quiet.</source>
        <translation>Nadie que estuviera activo en al menos dos de las cuatro semanas anteriores a las dos últimas ha dejado de participar.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message numerus="yes">
        <source>Learners who were active in at least two of the four weeks before the last two and not since: %n.</source>
        <translation>
            <numerusform>Participantes activos en al menos dos de las cuatro semanas anteriores a las dos últimas y no desde entonces: %n.</numerusform>
            <numerusform>Participantes activos en al menos dos de las cuatro semanas anteriores a las dos últimas y no desde entonces: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Counts only: names are left out of this report (they can be included on request).</source>
        <translation>Solo recuentos: los nombres no figuran en este informe (pueden incluirse a petición).</translation>
    </message>
    <message>
        <source>Learners who stopped engaging (names included at the author&apos;s request)</source>
        <translation>Participantes que dejaron de participar (nombres incluidos a petición del autor)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Semanas activas</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <source>Every week in the window has recorded activity.</source>
        <translation>Cada semana del periodo tiene actividad registrada.</translation>
    </message>
    <message numerus="yes">
        <source>Rows rejected by the imports: %n. They are in no figure; the appendix lists them per import.</source>
        <translation>
            <numerusform>Filas rechazadas por las importaciones: %n. No cuentan en ninguna cifra; el anexo las enumera por importación.</numerusform>
            <numerusform>Filas rechazadas por las importaciones: %n. No cuentan en ninguna cifra; el anexo las enumera por importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imported row was rejected.</source>
        <translation>No se rechazó ninguna fila importada.</translation>
    </message>
    <message numerus="yes">
        <source>Learning time is estimated from the gaps between events (a gap under %n minute(s) counts as learning): the export has no duration column.</source>
        <translation>
            <numerusform>El tiempo de aprendizaje se estima a partir de los intervalos entre eventos (un intervalo de menos de %n minuto cuenta como aprendizaje): la exportación no tiene columna de duración.</numerusform>
            <numerusform>El tiempo de aprendizaje se estima a partir de los intervalos entre eventos (un intervalo de menos de %n minutos cuenta como aprendizaje): la exportación no tiene columna de duración.</numerusform>
        </translation>
    </message>
    <message>
        <source>No roster is imported: the cohort is everyone seen in the data, so people who never signed in are not counted and active rates are overstated.</source>
        <translation>No se ha importado ninguna plantilla: la cohorte son todos los vistos en los datos, así que no se cuentan quienes nunca iniciaron sesión y las tasas de actividad están sobrestimadas.</translation>
    </message>
    <message>
        <source>The as-of date lies after the last day with data (%1): the most recent weeks may be incomplete.</source>
        <translation>La fecha del informe es posterior al último día con datos (%1): las semanas más recientes pueden estar incompletas.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace.</source>
        <translation>No se ha importado nada en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <source>Times are in the workspace time zone %1.</source>
        <translation>Las horas están en la zona horaria %1 del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Definiciones de las métricas</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Status in this report</source>
        <translation>Estado en este informe</translation>
    </message>
    <message>
        <source>On track: the current value meets the pace from the baseline to the targets on the as-of date. At risk: short of it by no more than the indicator&apos;s tolerance times the step from the baseline to the next target. Off track: short by more. Not due: no target yet.</source>
        <translation>Según lo previsto: el valor actual alcanza el ritmo desde la línea base hasta los objetivos en la fecha del informe. En riesgo: se queda corto como mucho en la tolerancia del indicador multiplicada por el paso de la línea base al siguiente objetivo. Desviado: se queda más corto. No vence: aún sin objetivo.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>No vence</translation>
    </message>
    <message>
        <source>%1 is %2; no target is set.</source>
        <translation>%1 es %2; no hay objetivo fijado.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 is %2, exactly the day-%3 target.</source>
        <translation>%1 es %2, exactamente el objetivo del día %3.</translation>
    </message>
    <message>
        <source>%1 is %2, %3 above the day-%4 target of %5.</source>
        <translation>%1 es %2, %3 por encima del objetivo del día %4 de %5.</translation>
    </message>
    <message>
        <source>%1 is %2, %3 below the day-%4 target of %5.</source>
        <translation>%1 es %2, %3 por debajo del objetivo del día %4 de %5.</translation>
    </message>
    <message>
        <source>The pace expects %1 by now.</source>
        <translation>El ritmo prevé %1 a estas alturas.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <source>Prepared with Uptake %1</source>
        <translation>Preparado con Uptake %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: the folder does not exist.</source>
        <translation>No se puede escribir el informe en «%1»: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: it is a folder.</source>
        <translation>No se puede escribir el informe en «%1»: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”: %2</source>
        <translation>No se puede escribir el informe en «%1»: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot write the report to “%1”.</source>
        <translation>No se puede escribir el informe en «%1».</translation>
    </message>
    <message>
        <source>Cannot start printing on “%1”.</source>
        <translation>No se puede iniciar la impresión en «%1».</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Current: the pilot cohort over the last four weeks, %1 to %2 (the weekly active rate is the mean of those weeks).</source>
        <translation>Actual: la cohorte del piloto en las últimas cuatro semanas, del %1 al %2 (la tasa de actividad semanal es la media de esas semanas).</translation>
    </message>
    <message>
        <source>Baseline: the four weeks before the start, %1 to %2, unless entered by hand.</source>
        <translation>Línea base: las cuatro semanas anteriores al inicio, del %1 al %2, salvo que se introduzca a mano.</translation>
    </message>
    <message>
        <source>Over the last four weeks (%1 to %2), on average %3 of the %4 learners in the cohort were active each week (%5).</source>
        <translation>En las últimas cuatro semanas (del %1 al %2), una media de %3 de los %4 participantes de la cohorte estuvieron activos cada semana (%5).</translation>
    </message>
    <message>
        <source>Of the %1 learner–course pairs with activity in those weeks, %2 (%3) had a completion in them.</source>
        <translation>De los %1 pares participante–curso con actividad en esas semanas, %2 (%3) tuvieron una finalización en ellas.</translation>
    </message>
    <message>
        <source>Status compares the current value with the pace from the baseline to the targets on the as-of date: on track when it meets the pace, at risk when it falls short by no more than the indicator&apos;s tolerance, off track otherwise.</source>
        <translation>El estado compara el valor actual con el ritmo desde la línea base hasta los objetivos en la fecha del informe: según lo previsto cuando alcanza el ritmo, en riesgo cuando se queda corto como mucho en la tolerancia del indicador, desviado en otro caso.</translation>
    </message>
    <message>
        <source>The last point, the week of %1, counts only the days up to %2.</source>
        <translation>El último punto, la semana del %1, solo cuenta los días hasta el %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %n course(s) with the most learners from %1 to %2: learners who completed in that period ÷ learners with any activity in the course in it.</source>
        <translation>
            <numerusform>%n curso con más participantes del %1 al %2: participantes que finalizaron en ese periodo ÷ participantes con alguna actividad en el curso en ese periodo.</numerusform>
            <numerusform>Los %n cursos con más participantes del %1 al %2: participantes que finalizaron en ese periodo ÷ participantes con alguna actividad en el curso en ese periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before: the four weeks before the start, %1 to %2. Since the start: %3 to %4 (these rates cover the whole pilot so far, not only the last four weeks of the summary table).</source>
        <translation>Antes: las cuatro semanas anteriores al inicio, del %1 al %2. Desde el inicio: del %3 al %4 (estas tasas abarcan todo el piloto hasta ahora, no solo las últimas cuatro semanas de la tabla de resumen).</translation>
    </message>
    <message>
        <source>Current: all learners over the last four weeks, %1 to %2 (the weekly active rate is the mean of those weeks).</source>
        <translation>Actual: todos los participantes en las últimas cuatro semanas, del %1 al %2 (la tasa de actividad semanal es la media de esas semanas).</translation>
    </message>
    <message>
        <source>since the data begins (%1)</source>
        <translation>desde el inicio de los datos (%1)</translation>
    </message>
    <message>
        <source>There is no pilot yet: create one on the Pilot page first, then set its targets to see each indicator&apos;s status against its 30/60/90-day checkpoints. The sections on PLAN cycles, governance and the 30/60/90-day plan appear once there is a pilot.</source>
        <translation>Aún no hay ningún piloto: cree primero uno en la página Piloto y luego fije sus objetivos para ver el estado de cada indicador frente a sus hitos de 30/60/90 días. Las secciones sobre los ciclos PLAN, el gobierno y el plan de 30/60/90 días aparecen en cuanto hay un piloto.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) without any recorded activity in the cohort (%1): a gap in the export or a holiday? Rates for those weeks are shown as zero.</source>
        <translation>
            <numerusform>%n semana sin actividad registrada en la cohorte (%1): ¿un hueco en la exportación o vacaciones? Las tasas de esa semana se muestran como cero.</numerusform>
            <numerusform>%n semanas sin actividad registrada en la cohorte (%1): ¿un hueco en la exportación o vacaciones? Las tasas de esas semanas se muestran como cero.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QDate::toString() pattern of a date in full, without the weekday (30 October 2026); keep the letters d, M, y</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
</context>
<context>
    <name>Uptake::Report::Charts</name>
    <message>
        <source>learners active in the week</source>
        <translation>participantes activos en la semana</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportData</name>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Adoption in charts</source>
        <translation>La adopción en gráficos</translation>
    </message>
    <message>
        <source>PLAN cycles since the last report</source>
        <translation>Ciclos PLAN desde el último informe</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>The 30/60/90-day plan</source>
        <translation>El plan de 30/60/90 días</translation>
    </message>
    <message>
        <source>Risks and data quality</source>
        <translation>Riesgos y calidad de los datos</translation>
    </message>
    <message>
        <source>Appendix: data sources and definitions</source>
        <translation>Anexo: fuentes de datos y definiciones</translation>
    </message>
    <message>
        <source>Unknown report section “%1”; the sections are %2.</source>
        <translation>Sección de informe desconocida «%1»; las secciones son %2.</translation>
    </message>
    <message>
        <source>Choose at least one report section.</source>
        <translation>Elija al menos una sección del informe.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Choose the pilot to report on: %1.</source>
        <translation>Elija el piloto sobre el que informar: %1.</translation>
    </message>
    <message>
        <source>The workspace has no usage data yet: import an LMS export first.</source>
        <translation>El espacio de trabajo aún no tiene datos de uso: importe antes una exportación del LMS.</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportPage</name>
    <message>
        <source>Name learners who stopped engaging</source>
        <translation>Nombrar a los participantes que dejaron de participar</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export Tables as CSV…</source>
        <translation>Exportar tablas como CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Informe de estado</translation>
    </message>
    <message>
        <source>The report for the governance board: the same document on screen, on paper and from &apos;uptake report&apos; on a schedule.</source>
        <translation>El informe para el comité de gobierno: el mismo documento en pantalla, en papel y programado desde &apos;uptake report&apos;.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Piloto:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>The report&apos;s date: figures look at the data up to this day.</source>
        <translation>La fecha del informe: las cifras tienen en cuenta los datos hasta ese día.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Off: the report counts learners who stopped engaging by department, without names.</source>
        <translation>Desactivado: el informe cuenta a los participantes que dejaron de participar por departamento, sin nombres.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Plantilla de informe</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Open a workspace to make its status report.</source>
        <translation>Abra un espacio de trabajo para elaborar su informe de estado.</translation>
    </message>
    <message>
        <source>All learners (no pilot yet)</source>
        <translation>Todos los participantes (aún sin piloto)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 pages, as of %2. Changes reported since %3%4.</source>
        <translation>%1 páginas, a fecha de %2. Cambios incluidos desde %3%4.</translation>
    </message>
    <message>
        <source> (the last report)</source>
        <translation> (el último informe)</translation>
    </message>
    <message>
        <source> (the pilot&apos;s start)</source>
        <translation> (el inicio del piloto)</translation>
    </message>
    <message>
        <source>%1 status report %2.pdf</source>
        <translation>%1 informe de estado %2.pdf</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 guardado (%2 páginas).</translation>
    </message>
    <message>
        <source>Print Status Report</source>
        <translation>Imprimir informe de estado</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Export the Report&apos;s Tables</source>
        <translation>Exportar las tablas del informe</translation>
    </message>
    <message>
        <source>Wrote %1 CSV files to %2.</source>
        <translation>%1 archivos CSV escritos en %2.</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(elija una plantilla)</translation>
    </message>
    <message>
        <source>Save Report Template</source>
        <translation>Guardar plantilla de informe</translation>
    </message>
    <message>
        <source>Name of the template (it keeps the chosen sections):</source>
        <translation>Nombre de la plantilla (conserva las secciones elegidas):</translation>
    </message>
    <message>
        <source>Saved the template “%1”. &apos;uptake report --template &quot;%1&quot;&apos; makes the same report.</source>
        <translation>Plantilla «%1» guardada. &apos;uptake report --template &quot;%1&quot;&apos; genera el mismo informe.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the report template “%1”?</source>
        <translation>¿Eliminar la plantilla de informe «%1»?</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportRepository</name>
    <message>
        <source>Cannot read the days the data covers: %1</source>
        <translation>No se pueden leer los días que cubren los datos: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s time zone: %1</source>
        <translation>No se puede leer la zona horaria del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Cannot read the report history: %1</source>
        <translation>No se puede leer el historial de informes: %1</translation>
    </message>
    <message>
        <source>Cannot remember the report&apos;s date: %1</source>
        <translation>No se puede recordar la fecha del informe: %1</translation>
    </message>
</context>
<context>
    <name>Uptake::ReportTemplates</name>
    <message>
        <source>Cannot save the report templates in “%1”.</source>
        <translation>No se pueden guardar las plantillas de informe en «%1».</translation>
    </message>
    <message>
        <source>Give the report template a name.</source>
        <translation>Ponga nombre a la plantilla de informe.</translation>
    </message>
    <message>
        <source>A report template needs at least one section.</source>
        <translation>Una plantilla de informe necesita al menos una sección.</translation>
    </message>
    <message>
        <source>There is no report template called “%1”.</source>
        <translation>No hay ninguna plantilla de informe llamada «%1».</translation>
    </message>
</context>
<context>
    <name>Uptake::RestoreBackupDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before upgrading from format %1</source>
        <translation>Antes de actualizar desde el formato %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace “%1” by one of its backups. The workspace as it is now is kept as a backup too, so this can be undone.</source>
        <translation>Sustituya «%1» por una de sus copias de seguridad. El espacio de trabajo tal como está ahora también se guarda como copia de seguridad, así que se puede deshacer.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Aún no hay copias de seguridad de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Replace the workspace by the backup of %1? Everything changed since then is set aside in a backup of the current state.</source>
        <translation>¿Sustituir el espacio de trabajo por la copia de seguridad del %1? Todo lo que haya cambiado desde entonces se guarda aparte en una copia de seguridad del estado actual.</translation>
    </message>
</context>
<context>
    <name>Uptake::RowVersions</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Duration (weeks)</source>
        <translation>Duración (semanas)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Selected by</source>
        <translation>Seleccionada por</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Targets are</source>
        <translation>Tipo de objetivos</translation>
    </message>
    <message>
        <source>Day-30 target</source>
        <translation>Objetivo del día 30</translation>
    </message>
    <message>
        <source>Day-60 target</source>
        <translation>Objetivo del día 60</translation>
    </message>
    <message>
        <source>Day-90 target</source>
        <translation>Objetivo del día 90</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Cohort-wide</source>
        <translation>Toda la cohorte</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Scaled to</source>
        <translation>Escalado a</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Periodo (días)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomada el</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Cannot read the stored %1: %2</source>
        <translation>No se puede leer el elemento guardado (%1): %2</translation>
    </message>
    <message>
        <source>Cannot save the %1: %2</source>
        <translation>No se puede guardar el elemento (%1): %2</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>The %1 was deleted by someone else after you opened it.</source>
        <translation>Otra persona ha eliminado el elemento (%1) después de que usted lo abriera.</translation>
    </message>
    <message>
        <source>The %1 is stored again: someone else added it meanwhile.</source>
        <translation>El elemento (%1) vuelve a estar guardado: otra persona lo ha añadido mientras tanto.</translation>
    </message>
    <message>
        <source>%1 changed the %2 after you opened it.</source>
        <translation>%1 ha modificado el elemento (%2) después de que usted lo abriera.</translation>
    </message>
</context>
<context>
    <name>Uptake::ScatterChart</name>
    <message>
        <source>Learning events in the window</source>
        <translation>Eventos de aprendizaje en el periodo</translation>
    </message>
    <message>
        <source>Learning minutes in the window</source>
        <translation>Minutos de aprendizaje en el periodo</translation>
    </message>
</context>
<context>
    <name>Uptake::ServerSchema</name>
    <message>
        <source>The database is not empty: Uptake creates a team workspace only in an empty database.</source>
        <translation>La base de datos no está vacía: Uptake solo crea un espacio de trabajo de equipo en una base de datos vacía.</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>no se puede leer su esquema (%1)</translation>
    </message>
    <message>
        <source>column %1 is missing</source>
        <translation>falta la columna %1</translation>
    </message>
    <message>
        <source>column %1 is unknown</source>
        <translation>la columna %1 es desconocida</translation>
    </message>
    <message>
        <source>in table %1 %2</source>
        <translation>en la tabla %1: %2</translation>
    </message>
    <message>
        <source>it lacks parts every Uptake workspace has (%1)</source>
        <translation>le faltan partes que tiene todo espacio de trabajo de Uptake (%1)</translation>
    </message>
    <message>
        <source>Name the database with lower-case letters, digits and underscores only (“%1” is not): its roles are named after it.</source>
        <translation>Use solo letras minúsculas, dígitos y guiones bajos en el nombre de la base de datos («%1» no lo cumple): sus roles llevan su nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a valid user name: use lower-case letters, digits and underscores.</source>
        <translation>«%1» no es un nombre de usuario válido: use letras minúsculas, dígitos y guiones bajos.</translation>
    </message>
    <message>
        <source>The database “%1” already holds tables that are not an Uptake workspace; server-init only sets up an empty database or an existing team workspace.</source>
        <translation>La base de datos «%1» ya contiene tablas que no son un espacio de trabajo de Uptake; server-init solo configura una base de datos vacía o un espacio de trabajo de equipo existente.</translation>
    </message>
    <message>
        <source>The team workspace “%1” was set up by a newer version of Uptake (format %2; this version knows up to %3).</source>
        <translation>El espacio de trabajo de equipo «%1» se configuró con una versión más reciente de Uptake (formato %2; esta versión conoce hasta el %3).</translation>
    </message>
    <message>
        <source>The team workspace “%1” was changed outside Uptake: %2.</source>
        <translation>El espacio de trabajo de equipo «%1» se modificó fuera de Uptake: %2.</translation>
    </message>
    <message>
        <source>Cannot set up the roles of “%1”: %2</source>
        <translation>No se pueden configurar los roles de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::SprintTimeline</name>
    <message>
        <source>Sprint timeline</source>
        <translation>Cronología del sprint</translation>
    </message>
    <message>
        <source>Give the pilot a start date to see its sprint week by week.</source>
        <translation>Dé una fecha de inicio al piloto para ver su sprint semana a semana.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>check-in %1</source>
        <translation>hito %1</translation>
    </message>
    <message>
        <source>PLAN cycles</source>
        <translation>Ciclos PLAN</translation>
    </message>
    <message>
        <source>No PLAN cycle yet — add one under PLAN cycles.</source>
        <translation>Aún no hay ciclo PLAN: añada uno en Ciclos PLAN.</translation>
    </message>
    <message>
        <source>PLAN cycle %1</source>
        <translation>Ciclo PLAN %1</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptación</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>%1 (%2, outside the sprint)</source>
        <translation>%1 (%2, fuera del sprint)</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Día 30</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Uptake::Sqlite</name>
    <message>
        <source>no database connection</source>
        <translation>sin conexión a la base de datos</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>no se pudo cerrar la copia</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk</source>
        <translation>no se pudo volcar la copia al disco</translation>
    </message>
    <message>
        <source>the copy could not be moved into place</source>
        <translation>no se pudo mover la copia a su sitio</translation>
    </message>
</context>
<context>
    <name>Uptake::Summary</name>
    <message>
        <source>Cannot read the workspace summary: %1</source>
        <translation>No se puede leer el resumen del espacio de trabajo: %1</translation>
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
        <translation>Inicio del piloto</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptación</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Caída</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Cannot read the pilot&apos;s targets</source>
        <translation>No se pueden leer los objetivos del piloto</translation>
    </message>
    <message>
        <source>Cannot read the target</source>
        <translation>No se puede leer el objetivo</translation>
    </message>
    <message>
        <source>There is no target with id %1.</source>
        <translation>No hay ningún objetivo con el id. %1.</translation>
    </message>
    <message>
        <source>A target needs a KPI.</source>
        <translation>Un objetivo necesita un KPI.</translation>
    </message>
    <message>
        <source>Baselines, targets and tolerances are numbers.</source>
        <translation>Las líneas base, los objetivos y las tolerancias son números.</translation>
    </message>
    <message>
        <source>The tolerance cannot be negative.</source>
        <translation>La tolerancia no puede ser negativa.</translation>
    </message>
    <message>
        <source>A relative target cannot be 100% or more below the baseline.</source>
        <translation>Un objetivo relativo no puede estar un 100 % o más por debajo de la línea base.</translation>
    </message>
    <message>
        <source>Cannot check the pilot</source>
        <translation>No se puede comprobar el piloto</translation>
    </message>
    <message>
        <source>There is no pilot with id %1.</source>
        <translation>No hay ningún piloto con el id. %1.</translation>
    </message>
    <message>
        <source>Cannot check the targets</source>
        <translation>No se pueden comprobar los objetivos</translation>
    </message>
    <message>
        <source>The pilot already has targets for “%1”.</source>
        <translation>El piloto ya tiene objetivos para «%1».</translation>
    </message>
    <message>
        <source>Cannot save the target</source>
        <translation>No se puede guardar el objetivo</translation>
    </message>
    <message>
        <source>Cannot delete the target</source>
        <translation>No se puede eliminar el objetivo</translation>
    </message>
    <message>
        <source>Cannot read the annotations</source>
        <translation>No se pueden leer las anotaciones</translation>
    </message>
    <message>
        <source>Cannot read the annotation</source>
        <translation>No se puede leer la anotación</translation>
    </message>
    <message>
        <source>There is no annotation with id %1.</source>
        <translation>No hay ninguna anotación con el id. %1.</translation>
    </message>
    <message>
        <source>An annotation needs a date.</source>
        <translation>Una anotación necesita una fecha.</translation>
    </message>
    <message>
        <source>An annotation needs a label.</source>
        <translation>Una anotación necesita una etiqueta.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of annotation.</source>
        <translation>«%1» no es un tipo de anotación.</translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation>No se puede guardar la anotación</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>No se puede eliminar la anotación</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>objetivo de KPI</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>anotación</translation>
    </message>
</context>
<context>
    <name>Uptake::TargetsDialog</name>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>Targets and Annotations</source>
        <translation>Objetivos y anotaciones</translation>
    </message>
    <message>
        <source>&amp;Pilot:</source>
        <translation>&amp;Piloto:</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>The workspace is open read-only: targets and annotations can be looked at, not changed.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura: los objetivos y las anotaciones se pueden consultar, pero no cambiar.</translation>
    </message>
    <message>
        <source>&amp;Add Target…</source>
        <translation>&amp;Añadir objetivo…</translation>
    </message>
    <message>
        <source>No targets for this pilot yet</source>
        <translation>Aún no hay objetivos para este piloto</translation>
    </message>
    <message>
        <source>Set what the pilot should reach by day 30, 60 and 90 for each KPI — as values or relative to the baseline Uptake measures over the four weeks before the start. The dashboard then shows each checkpoint as on track, at risk or off track.</source>
        <translation>Fije lo que el piloto debería alcanzar en cada KPI hasta los días 30, 60 y 90, como valores o en relación con la línea base que Uptake mide en las cuatro semanas anteriores al inicio. El panel muestra entonces cada hito como según lo previsto, en riesgo o desviado.</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>Objetivos de KPI</translation>
    </message>
    <message>
        <source>&amp;KPI Targets</source>
        <translation>Objetivos de &amp;KPI</translation>
    </message>
    <message>
        <source>Add A&amp;nnotation…</source>
        <translation>Añadir a&amp;notación…</translation>
    </message>
    <message>
        <source>No annotations yet</source>
        <translation>Aún no hay anotaciones</translation>
    </message>
    <message>
        <source>Mark what explains a bend in the curves: a comms push, an outage, a manager&apos;s kick-off, anything worth a line on the charts.</source>
        <translation>Señale lo que explica un cambio en las curvas: una campaña de comunicación, una caída, el arranque de un responsable, cualquier cosa que merezca una línea en los gráficos.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>The pilot&apos;s start and the adaptations recorded in its PLAN cycles are marked on its charts by themselves. Add the comms pushes, outages and notes you want to see there.</source>
        <translation>El inicio del piloto y las adaptaciones registradas en sus ciclos PLAN se marcan automáticamente en sus gráficos. Añada las campañas de comunicación, caídas y notas que quiera ver en ellos.</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;notaciones</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Targets and Annotations — %1</source>
        <translation>Objetivos y anotaciones — %1</translation>
    </message>
    <message>
        <source>Create a pilot on the Pilot page first; targets belong to a pilot.</source>
        <translation>Cree antes un piloto en la página Piloto; los objetivos pertenecen a un piloto.</translation>
    </message>
    <message>
        <source>Measuring the baselines over the four weeks before the pilot&apos;s start…</source>
        <translation>Midiendo las líneas base en las cuatro semanas anteriores al inicio del piloto…</translation>
    </message>
    <message>
        <source>The baselines could not be measured: %1</source>
        <translation>No se pudieron medir las líneas base: %1</translation>
    </message>
    <message>
        <source>There is no data before the pilot&apos;s start to measure baselines from yet; enter them or import the LMS&apos;s usage first.</source>
        <translation>Aún no hay datos anteriores al inicio del piloto con los que medir las líneas base; introdúzcalas o importe antes el uso del LMS.</translation>
    </message>
    <message>
        <source>Baselines are measured over the four weeks before the pilot&apos;s start unless you enter one. A checkpoint missed by no more than the tolerance (a share of the gap from baseline to target) is “at risk”.</source>
        <translation>Las líneas base se miden en las cuatro semanas anteriores al inicio del piloto, salvo que introduzca una. Un hito que no se alcanza por no más de la tolerancia (una proporción de la distancia entre la línea base y el objetivo) está «en riesgo».</translation>
    </message>
    <message>
        <source>Delete Target</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Every KPI of this pilot has its targets already.</source>
        <translation>Todos los KPI de este piloto ya tienen sus objetivos.</translation>
    </message>
    <message>
        <source>Add KPI Target</source>
        <translation>Añadir objetivo de KPI</translation>
    </message>
    <message>
        <source>Edit KPI Target</source>
        <translation>Editar objetivo de KPI</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>&amp;Enter the baseline instead of measuring it</source>
        <translation>&amp;Introducir la línea base en lugar de medirla</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Línea base:</translation>
    </message>
    <message>
        <source>Targets &amp;are:</source>
        <translation>Los objetivos &amp;son:</translation>
    </message>
    <message>
        <source>Values of the KPI</source>
        <translation>Valores del KPI</translation>
    </message>
    <message>
        <source>Changes relative to the baseline</source>
        <translation>Cambios respecto a la línea base</translation>
    </message>
    <message>
        <source>Day 30 target</source>
        <translation>Objetivo del día 30</translation>
    </message>
    <message>
        <source>Day 60 target</source>
        <translation>Objetivo del día 60</translation>
    </message>
    <message>
        <source>Day 90 target</source>
        <translation>Objetivo del día 90</translation>
    </message>
    <message>
        <source>Day &amp;30:</source>
        <translation>Día &amp;30:</translation>
    </message>
    <message>
        <source>Day &amp;60:</source>
        <translation>Día &amp;60:</translation>
    </message>
    <message>
        <source>Day &amp;90:</source>
        <translation>Día &amp;90:</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>% of the gap from baseline to target</source>
        <translation>% de la distancia entre la línea base y el objetivo</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolerancia:</translation>
    </message>
    <message>
        <source>Leave a day empty for no checkpoint then. Rates are entered in percent (45 for 45%); relative targets as a change in percent (20 for +20%, −10 for −10%).</source>
        <translation>Deje un día vacío si no quiere un hito en esa fecha. Las tasas se introducen en porcentaje (45 para 45 %); los objetivos relativos, como cambio porcentual (20 para +20 %, −10 para −10 %).</translation>
    </message>
    <message>
        <source>measured — still being computed</source>
        <translation>medida — aún se está calculando</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>medida: %1</translation>
    </message>
    <message>
        <source>measured — no data before the start</source>
        <translation>medida — no hay datos antes del inicio</translation>
    </message>
    <message>
        <source>%1 change from the baseline → %2</source>
        <translation>cambio de %1 respecto a la línea base → %2</translation>
    </message>
    <message>
        <source>%1 change from the baseline</source>
        <translation>cambio de %1 respecto a la línea base</translation>
    </message>
    <message>
        <source>Enter the baseline, or let Uptake measure it.</source>
        <translation>Introduzca la línea base o deje que Uptake la mida.</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Día 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Día 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Día 90</translation>
    </message>
    <message>
        <source>Set a target for day 30, 60 or 90.</source>
        <translation>Fije un objetivo para el día 30, 60 o 90.</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Añadir anotación</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Editar anotación</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>e.g. Newsletter feature on the new courses</source>
        <translation>p. ej., Artículo del boletín sobre los nuevos cursos</translation>
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>&amp;Shown on:</source>
        <translation>&amp;Mostrar en:</translation>
    </message>
    <message>
        <source>This pilot&apos;s charts (%1)</source>
        <translation>Los gráficos de este piloto (%1)</translation>
    </message>
    <message>
        <source>Every pilot&apos;s charts</source>
        <translation>Los gráficos de todos los pilotos</translation>
    </message>
</context>
<context>
    <name>Uptake::TrendChart</name>
    <message>
        <source>%1, week of %2
%3 active of %4: %5</source>
        <translation>%1, semana del %2
%3 activos de %4: %5</translation>
    </message>
    <message>
        <source>Rest of the organisation: %1</source>
        <translation>Resto de la organización: %1</translation>
    </message>
    <message>
        <source>Click to list the learners</source>
        <translation>Haga clic para ver la lista de participantes</translation>
    </message>
    <message>
        <source>Weekly active rate</source>
        <translation>Tasa de actividad semanal</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Tasa de actividad</translation>
    </message>
    <message>
        <source>Pilot cohort</source>
        <translation>Cohorte piloto</translation>
    </message>
    <message>
        <source>Rest of the organisation</source>
        <translation>Resto de la organización</translation>
    </message>
    <message>
        <source>Pace to target</source>
        <translation>Ritmo hacia el objetivo</translation>
    </message>
    <message>
        <source>30/60/90-day targets</source>
        <translation>Objetivos de 30/60/90 días</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>Día %1: %2</translation>
    </message>
</context>
<context>
    <name>Uptake::WelcomePage</name>
    <message>
        <source>Welcome to Uptake</source>
        <translation>Le damos la bienvenida a Uptake</translation>
    </message>
    <message>
        <source>Turn a bought LMS into a used one: diagnose where adoption stalls, design an engagement plan, pilot it with one cohort and report progress to your governance board against 30/60/90-day targets.</source>
        <translation>Convierta un LMS comprado en uno usado: diagnostique dónde se estanca la adopción, diseñe un plan de implicación, pilótelo con una cohorte e informe del progreso a su comité de gobierno frente a los objetivos de 30/60/90 días.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo Workspace</source>
        <translation>Explorar el espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
</context>
<context>
    <name>Uptake::Workspace</name>
    <message>
        <source>Cannot open “%1”: the file does not exist.</source>
        <translation>No se puede abrir «%1»: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not a workspace file.</source>
        <translation>No se puede abrir «%1»: es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>No se puede abrir «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an Uptake workspace: it is not an SQLite database file.</source>
        <translation>«%1» no es un espacio de trabajo de Uptake: no es un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>There is no schema version %1.</source>
        <translation>No existe la versión de esquema %1.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>No se puede crear «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file with that name already exists.</source>
        <translation>No se puede crear «%1»: ya existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: it is a folder.</source>
        <translation>No se puede crear «%1»: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>No se puede crear «%1»: la carpeta «%2» no existe.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the time zone is not valid.</source>
        <translation>No se puede crear «%1»: la zona horaria no es válida.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be written.</source>
        <translation>No se puede crear «%1»: no se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>“%1” is not an Uptake workspace: it is an SQLite database of another application.</source>
        <translation>«%1» no es un espacio de trabajo de Uptake: es una base de datos SQLite de otra aplicación.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to open it.</source>
        <translation>«%1» se guardó con una versión más reciente de Uptake (formato de espacio de trabajo %2; esta versión lee hasta el %3). Actualice Uptake para abrirlo.</translation>
    </message>
    <message>
        <source>Cannot open “%1” for editing: you do not have permission to write to it.</source>
        <translation>No se puede abrir «%1» para editarlo: no tiene permiso de escritura.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation>«%1» está dañado y no se puede leer (%2).</translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Uptake and must be upgraded before it can be opened read-only. Open it for editing once to upgrade it.</source>
        <translation>«%1» se guardó con una versión anterior de Uptake y debe actualizarse antes de poder abrirse en modo de solo lectura. Ábralo una vez para editarlo y así actualizarlo.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2 The file was left as it was.</source>
        <translation>No se puede actualizar «%1»: %2 El archivo se dejó como estaba.</translation>
    </message>
    <message>
        <source>That time zone is not valid.</source>
        <translation>Esa zona horaria no es válida.</translation>
    </message>
    <message>
        <source>Cannot change the time zone: %1</source>
        <translation>No se puede cambiar la zona horaria: %1</translation>
    </message>
    <message>
        <source>Choose a different file: “%1” is the workspace itself.</source>
        <translation>Elija otro archivo: «%1» es el propio espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: the folder does not exist.</source>
        <translation>No se puede guardar una copia en «%1»: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: %2</source>
        <translation>No se puede guardar una copia en «%1»: %2</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>Error al actualizar a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not provide a connection handle.</source>
        <translation>El controlador de SQLite no proporcionó un identificador de conexión.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it lacks parts every Uptake workspace has (schema version %2).</source>
        <translation>«%1» está dañado: le faltan partes que tiene todo espacio de trabajo de Uptake (versión de esquema %2).</translation>
    </message>
    <message>
        <source>“%1” is damaged or was changed outside Uptake, so it is not opened: %2.</source>
        <translation>«%1» está dañado o se modificó fuera de Uptake, por lo que no se abre: %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: %2</source>
        <translation>No se puede actualizar «%1»: %2</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>no se puede leer su esquema (%1)</translation>
    </message>
    <message>
        <source>column %1 is missing</source>
        <translation>falta la columna %1</translation>
    </message>
    <message>
        <source>column %1 is not defined as Uptake defines it</source>
        <translation>la columna %1 no está definida como la define Uptake</translation>
    </message>
    <message>
        <source>column %1 is unknown</source>
        <translation>la columna %1 es desconocida</translation>
    </message>
    <message>
        <source>in table %1 %2</source>
        <translation>en la tabla %1: %2</translation>
    </message>
    <message>
        <source>it lacks parts every Uptake workspace has (%1)</source>
        <translation>le faltan partes que tiene todo espacio de trabajo de Uptake (%1)</translation>
    </message>
    <message>
        <source>indexes are missing (%1)</source>
        <translation>faltan índices (%1)</translation>
    </message>
    <message>
        <source>indexes differ from Uptake&apos;s (%1)</source>
        <translation>hay índices distintos de los de Uptake (%1)</translation>
    </message>
    <message>
        <source>it has indexes Uptake did not create (%1)</source>
        <translation>tiene índices que Uptake no creó (%1)</translation>
    </message>
    <message>
        <source>it contains triggers Uptake did not create, which could run code of unknown origin (%1)</source>
        <translation>contiene desencadenadores que Uptake no creó y que podrían ejecutar código de origen desconocido (%1)</translation>
    </message>
    <message>
        <source>it contains views Uptake did not create, which could run code of unknown origin (%1)</source>
        <translation>contiene vistas que Uptake no creó y que podrían ejecutar código de origen desconocido (%1)</translation>
    </message>
    <message>
        <source>it contains virtual tables Uptake did not create (%1)</source>
        <translation>contiene tablas virtuales que Uptake no creó (%1)</translation>
    </message>
    <message>
        <source>Cannot connect to the team workspace “%1”: %2</source>
        <translation>No se puede conectar con el espacio de trabajo de equipo «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace: set it up with uptake server-init, or create one in an empty database.</source>
        <translation>«%1» no es un espacio de trabajo de equipo: configúrelo con uptake server-init o cree uno en una base de datos vacía.</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to open it.</source>
        <translation>«%1» se configuró con una versión más reciente de Uptake (formato de espacio de trabajo %2; esta versión lee hasta el %3). Actualice Uptake para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so it is not opened: %2.</source>
        <translation>«%1» se modificó fuera de Uptake, por lo que no se abre: %2.</translation>
    </message>
    <message>
        <source>“%1” was set up by an older version of Uptake; an editor must open it once (or run uptake server-init) to upgrade it.</source>
        <translation>«%1» se configuró con una versión anterior de Uptake; un editor debe abrirlo una vez (o ejecutar uptake server-init) para actualizarlo.</translation>
    </message>
    <message>
        <source>A team workspace lives on its server; a local copy of it cannot be saved yet.</source>
        <translation>Un espacio de trabajo de equipo reside en su servidor; todavía no se puede guardar una copia local.</translation>
    </message>
    <message>
        <source>“%1” is being written by an import that has it to itself. Open it again when the import has finished.</source>
        <translation>«%1» está siendo escrito por una importación que lo usa en exclusiva. Vuelva a abrirlo cuando la importación haya terminado.</translation>
    </message>
</context>
<context>
    <name>Uptake::WorkspaceCopy</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace address: write it as postgresql://user@host:port/database.</source>
        <translation>«%1» no es una dirección de espacio de trabajo de equipo: escríbala como postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace, not a workspace file.</source>
        <translation>«%1» es un espacio de trabajo de equipo, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace yet: set the database up with uptake server-init first, then publish into it.</source>
        <translation>«%1» todavía no es un espacio de trabajo de equipo: configure primero la base de datos con uptake server-init y luego publique en ella.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace of format %2, this Uptake writes format %3: %4</source>
        <translation>«%1» es un espacio de trabajo de equipo de formato %2, esta versión de Uptake escribe el formato %3: %4</translation>
    </message>
    <message>
        <source>run uptake server-init on it to upgrade it first.</source>
        <translation>ejecute primero uptake server-init en él para actualizarlo.</translation>
    </message>
    <message>
        <source>update Uptake to publish into it.</source>
        <translation>actualice Uptake para publicar en él.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so nothing is published into it: %2.</source>
        <translation>«%1» se modificó fuera de Uptake, por lo que no se publica nada en él: %2.</translation>
    </message>
    <message>
        <source>Cannot publish into “%1”: %2</source>
        <translation>No se puede publicar en «%1»: %2</translation>
    </message>
    <message>
        <source>The team workspace “%1” is not empty (it has rows in %2). Uptake publishes only into an empty team workspace, so that nothing on the server is overwritten: set up a new database with uptake server-init and publish into that.</source>
        <translation>El espacio de trabajo de equipo «%1» no está vacío (tiene filas en %2). Uptake solo publica en un espacio de trabajo de equipo vacío, para que no se sobrescriba nada en el servidor: configure una nueva base de datos con uptake server-init y publique en ella.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of the workspace file: %2</source>
        <translation>No se puede leer la tabla %1 del archivo de espacio de trabajo: %2</translation>
    </message>
    <message>
        <source>Cannot copy the workspace settings: %1</source>
        <translation>No se puede copiar la configuración del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation>No se puede copiar la tabla %1: %2</translation>
    </message>
    <message>
        <source>Your role on the server may not reset the id counters of “%1”. Run uptake server-init on it again as the database&apos;s owner (that lets editors do it) and publish again.</source>
        <translation>Su rol en el servidor no puede restablecer los contadores de identificadores de «%1». Vuelva a ejecutar uptake server-init en él como propietario de la base de datos (eso permite hacerlo a los editores) y publique de nuevo.</translation>
    </message>
    <message>
        <source>“%1” is a team workspace, not a file to download into.</source>
        <translation>«%1» es un espacio de trabajo de equipo, no un archivo en el que descargar.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: it is a folder.</source>
        <translation>No se puede descargar en «%1»: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: a file with that name already exists.</source>
        <translation>No se puede descargar en «%1»: ya existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: the folder “%2” does not exist.</source>
        <translation>No se puede descargar en «%1»: la carpeta «%2» no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace: there is nothing to download.</source>
        <translation>«%1» no es un espacio de trabajo de equipo: no hay nada que descargar.</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of Uptake (workspace format %2; this version reads up to %3). Update Uptake to download it.</source>
        <translation>«%1» se configuró con una versión más reciente de Uptake (formato de espacio de trabajo %2; esta versión lee hasta el %3). Actualice Uptake para descargarlo.</translation>
    </message>
    <message>
        <source>“%1” was set up by an older version of Uptake; an editor must open it once (or run uptake server-init) to upgrade it before it can be downloaded.</source>
        <translation>«%1» se configuró con una versión anterior de Uptake; un editor debe abrirlo una vez (o ejecutar uptake server-init) para actualizarlo antes de poder descargarlo.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Uptake, so it is not downloaded: %2.</source>
        <translation>«%1» se modificó fuera de Uptake, por lo que no se descarga: %2.</translation>
    </message>
    <message>
        <source>Cannot download “%1”: %2</source>
        <translation>No se puede descargar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: no temporary file can be made beside it.</source>
        <translation>No se puede descargar en «%1»: no se puede crear un archivo temporal junto a él.</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: %2</source>
        <translation>No se puede descargar en «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation>No se puede escribir la tabla %1: %2</translation>
    </message>
    <message>
        <source>Cannot download the table %1: %2</source>
        <translation>No se puede descargar la tabla %1: %2</translation>
    </message>
    <message>
        <source>Cannot download into “%1”: the file could not be written.</source>
        <translation>No se puede descargar en «%1»: no se pudo escribir el archivo.</translation>
    </message>
</context>
<context>
    <name>Uptake::WorkspaceLock</name>
    <message>
        <source>this Uptake window</source>
        <translation>esta ventana de Uptake</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un equipo desconocido</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un momento desconocido</translation>
    </message>
    <message>
        <source>%1 on %2 since %3 (process %4)</source>
        <translation>%1 en %2 desde %3 (proceso %4)</translation>
    </message>
    <message>
        <source>“%1” is already open for editing by %2. Open it read-only, or close it there first.</source>
        <translation>«%1» ya está abierto para edición por %2. Ábralo en modo de solo lectura o ciérrelo antes allí.</translation>
    </message>
    <message>
        <source>Cannot open “%1” for editing: its lock file “%2” cannot be written.</source>
        <translation>No se puede abrir «%1» para editarlo: no se puede escribir su archivo de bloqueo «%2».</translation>
    </message>
</context>
</TS>
