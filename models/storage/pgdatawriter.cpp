#include "pgdatawriter.h"

#include "dialect.h"
#include "pgutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Uptake::DataWriter", text);
}

/// Imports into one workspace queue on this key (pg_advisory_xact_lock): "UPTK" followed by "IMPT".
constexpr qint64 ImportLockKey = 0x5550544B494D5054LL;

constexpr auto InsertBatch = R"sql(
INSERT INTO import_batch (kind, file_name, file_size, sha256, imported_at, profile, encoding, delimiter, date_format)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
)sql";
constexpr auto FinishBatch = R"sql(
UPDATE import_batch SET rows_read = ?, imported = ?, rejected = ?, duplicates = ?, first_row_id = ?, last_row_id = ?,
                        sha256 = ?
WHERE id = ?
)sql";
constexpr auto SelectAllLearners = R"sql(SELECT id, external_id, email, name, in_roster FROM learner)sql";
constexpr auto InsertBareLearner =
    R"sql(INSERT INTO learner (external_id, name, email, batch_id) VALUES (?, ?, ?, ?) RETURNING id)sql";
constexpr auto InsertLearner = R"sql(
INSERT INTO learner (external_id, name, email, department, team, country, timezone, manager, role, hire_date,
                     attributes, in_roster, batch_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id
)sql";
constexpr auto UpdateLearner = R"sql(
UPDATE learner SET external_id = ?, name = ?, email = ?, department = ?, team = ?, country = ?, timezone = ?,
                   manager = ?, role = ?, hire_date = ?, attributes = ?, in_roster = 1, batch_id = ?
WHERE id = ? RETURNING id
)sql";
constexpr auto SelectCourse = R"sql(SELECT id FROM course WHERE name = ?)sql";
constexpr auto InsertCourse = R"sql(INSERT INTO course (name, duration_minutes) VALUES (?, ?) RETURNING id)sql";
constexpr auto SelectContent = R"sql(SELECT id FROM content WHERE course_id = ? AND name = ?)sql";
constexpr auto InsertContent = R"sql(INSERT INTO content (course_id, name, position) VALUES (?, ?, ?) RETURNING id)sql";

// The staging tables live as long as the batch's transaction.
constexpr auto CreateStaging = R"sql(
CREATE TEMP TABLE uptake_stage_event (
    seq bigint, learner_id bigint, ts bigint, day bigint, course_id bigint, content_id bigint, kind bigint,
    verb text, duration double precision, score double precision, fingerprint bigint, occurrence bigint
) ON COMMIT DROP;
CREATE TEMP TABLE uptake_stage_performance (
    seq bigint, learner_id bigint, day bigint, kpi text, value double precision, occurrence bigint
) ON COMMIT DROP;
)sql";
constexpr auto CopyEvents = "COPY pg_temp.uptake_stage_event FROM STDIN";
constexpr auto CopyPerformance = "COPY pg_temp.uptake_stage_performance FROM STDIN";
constexpr auto CopyRejected = "COPY rejected_row (batch_id, line, column_name, value, message, raw) FROM STDIN";
// Ids continue after the largest in use, in file order: the batch is one contiguous range (imports queue
// behind the advisory lock, so nothing else inserts events meanwhile).
constexpr auto MoveEvents = R"sql(
INSERT INTO event (id, batch_id, learner_id, ts, day, course_id, content_id, kind, verb, duration, score,
                   fingerprint, occurrence)
SELECT (SELECT coalesce(max(id), 0) FROM event) + seq, %1, learner_id, ts, day, course_id, content_id, kind, verb,
       duration, score, fingerprint, occurrence
FROM pg_temp.uptake_stage_event ORDER BY seq
ON CONFLICT (ts, fingerprint, occurrence) DO NOTHING
)sql";
constexpr auto MovePerformance = R"sql(
INSERT INTO performance (id, batch_id, learner_id, day, kpi, value, occurrence)
SELECT (SELECT coalesce(max(id), 0) FROM performance) + seq, %1, learner_id, day, kpi, value, occurrence
FROM pg_temp.uptake_stage_performance ORDER BY seq
ON CONFLICT (learner_id, kpi, day, value, occurrence) DO NOTHING
)sql";

// The aggregate rebuild of aggregates.cpp for the learners in pg_temp.uptake_scope, with comparisons summed
// through CASE (PostgreSQL has no sum over booleans of its own).
constexpr auto RebuildScoped = R"sql(
DELETE FROM learner_day WHERE learner_id IN (SELECT learner_id FROM pg_temp.uptake_scope);
DELETE FROM learner_course_day WHERE learner_id IN (SELECT learner_id FROM pg_temp.uptake_scope);
INSERT INTO learner_day (learner_id, day, events, active_events, failed_logins, completions, duration_events,
                         duration_minutes, gap_s_10, gap_s_15, gap_s_20, gap_s_30, gap_s_45, gap_s_60, gap_s_90,
                         first_ts, first_completion_ts)
SELECT learner_id, day, count(*), sum(CASE WHEN kind <> 2 THEN 1 ELSE 0 END),
       sum(CASE WHEN kind = 2 THEN 1 ELSE 0 END), sum(CASE WHEN kind = 5 THEN 1 ELSE 0 END), count(duration),
       coalesce(sum(duration), 0),
       coalesce(sum(CASE WHEN gap < 600 THEN gap ELSE 0 END), 0), coalesce(sum(CASE WHEN gap < 900 THEN gap ELSE 0 END), 0),
       coalesce(sum(CASE WHEN gap < 1200 THEN gap ELSE 0 END), 0), coalesce(sum(CASE WHEN gap < 1800 THEN gap ELSE 0 END), 0),
       coalesce(sum(CASE WHEN gap < 2700 THEN gap ELSE 0 END), 0), coalesce(sum(CASE WHEN gap < 3600 THEN gap ELSE 0 END), 0),
       coalesce(sum(CASE WHEN gap < 5400 THEN gap ELSE 0 END), 0), min(ts), min(CASE WHEN kind = 5 THEN ts END)
FROM (SELECT learner_id, day, kind, duration, ts,
             CASE WHEN kind <> 2 THEN ts - lag(ts) OVER (PARTITION BY learner_id, kind = 2 ORDER BY ts) END AS gap
      FROM event WHERE learner_id IN (SELECT learner_id FROM pg_temp.uptake_scope)) e
GROUP BY learner_id, day;
INSERT INTO learner_course_day (learner_id, course_id, day, events, active_events, completions, first_ts,
                                first_completion_ts, last_ts, last_content_id)
SELECT learner_id, course_id, day, count(*), sum(CASE WHEN kind <> 2 THEN 1 ELSE 0 END),
       sum(CASE WHEN kind = 5 THEN 1 ELSE 0 END), min(ts), min(CASE WHEN kind = 5 THEN ts END), max(ts),
       max(last_content)
FROM (SELECT learner_id, course_id, day, kind, ts,
             first_value(content_id) OVER (PARTITION BY learner_id, course_id, day ORDER BY ts DESC, id DESC)
                 AS last_content
      FROM event WHERE course_id IS NOT NULL AND learner_id IN (SELECT learner_id FROM pg_temp.uptake_scope)) e
GROUP BY learner_id, course_id, day;
DELETE FROM pg_temp.uptake_scope;
)sql";
constexpr auto CreateScope =
    "CREATE TEMP TABLE IF NOT EXISTS uptake_scope (learner_id bigint PRIMARY KEY); DELETE FROM pg_temp.uptake_scope;";

void field(QByteArray &line, qint64 v)
{
    line += QByteArray::number(v);
    line += '\t';
}

void optionalId(QByteArray &line, qint64 v)
{
    if (v)
        line += QByteArray::number(v);
    else
        line += "\\N";
    line += '\t';
}

void optionalReal(QByteArray &line, const std::optional<double> &v)
{
    if (v)
        line += QByteArray::number(*v, 'g', 17);
    else
        line += "\\N";
    line += '\t';
}

/// Text for a NOT NULL column: the driver binds a null QString as NULL (SQLite's raw path binds '').
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

/// Staged rows are sent once this much has been collected.
constexpr qsizetype FlushBytes = 8 << 20;

} // namespace

PgDataWriter::PgDataWriter(QSqlDatabase db, QTimeZone workspaceZone)
    : m_db(std::move(db))
    , m_zone(std::move(workspaceZone))
{}

PgDataWriter::~PgDataWriter()
{
    if (m_open)
        rollback();
}

qint64 PgDataWriter::localDay(qint64 secs)
{
    const qint64 hour = secs >= 0 ? secs / 900 : (secs - 899) / 900;
    if (hour != m_cachedHour) {
        m_cachedHour = hour;
        m_cachedOffset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 900, QTimeZone::utc()));
    }
    const qint64 local = secs + m_cachedOffset;
    return local >= 0 ? local / 86400 : (local - 86399) / 86400;
}

Result<qint64> PgDataWriter::insertReturningId(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return Result<qint64>::failure(Dialect::errorText(q.lastError()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        const QString why = Dialect::errorText(q.lastError());
        // End the failed transaction now, so the driver can release the prepared statement without a warning.
        rollback();
        return Result<qint64>::failure(why);
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status PgDataWriter::begin(const BatchInfo &batch)
{
    PGconn *conn = Pg::handle(m_db);
    if (!conn)
        return Status::failure(tr("The workspace connection is not open."));
    if (auto s = Pg::exec(conn, "BEGIN; SELECT pg_advisory_xact_lock(" + QByteArray::number(ImportLockKey) + ");"); !s)
        return Status::failure(tr("Cannot start writing: %1").arg(s.error()));
    m_open = true;
    m_sha256 = batch.sha256;
    auto id = insertReturningId(QString::fromUtf8(InsertBatch),
                                {text(batch.kind), text(batch.fileName), batch.fileSize, text(batch.sha256),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate), text(batch.profile),
                                 text(batch.encoding), text(batch.delimiter), text(batch.dateFormat)});
    if (!id) {
        rollback();
        return Status::failure(tr("Cannot record the import: %1").arg(id.error()));
    }
    m_batchId = *id;
    if (auto s = Pg::exec(conn, CreateStaging); !s) {
        rollback();
        return Status::failure(tr("Cannot start writing: %1").arg(s.error()));
    }
    if (auto loaded = loadLearners(); !loaded) {
        rollback();
        return loaded;
    }
    return {};
}

Status PgDataWriter::loadLearners()
{
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(SelectAllLearners)))
        return Status::failure(Dialect::errorText(q.lastError()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!q.isNull(1))
            m_learners.insert(q.value(1).toString(), id);
        if (const QString email = q.value(2).toString().toLower(); !email.isEmpty())
            m_byEmail.insert(email, id);
        if (const QString name = q.value(3).toString().toLower(); !name.isEmpty())
            m_byName.insert(name, id);
        if (q.value(4).toLongLong() != 0)
            m_rosterIds.insert(id, q.value(1).toString());
    }
    return {};
}

qint64 PgDataWriter::findLearner(const QString &key) const
{
    if (auto it = m_learners.constFind(key); it != m_learners.cend())
        return *it;
    const QString folded = key.trimmed().toLower();
    if (folded.contains(u'@')) {
        if (auto it = m_byEmail.constFind(folded); it != m_byEmail.cend())
            return *it;
    }
    if (auto it = m_byName.constFind(folded); it != m_byName.cend())
        return *it;
    return 0;
}

Result<qint64> PgDataWriter::upsertLearner(const LearnerRecord &l)
{
    // The same matching as DataWriter::upsertLearner: only by id is a roster member updated.
    auto adoptable = [this, &l](qint64 candidate) {
        const auto roster = m_rosterIds.constFind(candidate);
        return roster == m_rosterIds.cend() || *roster == l.externalId;
    };
    qint64 id = m_learners.value(l.externalId);
    if (id == 0 && !l.email.isEmpty()) {
        const qint64 byEmail = m_byEmail.value(l.email.trimmed().toLower());
        id = byEmail && adoptable(byEmail) ? byEmail : 0;
    }
    if (id == 0 && !l.name.isEmpty()) {
        const qint64 byName = m_byName.value(l.name.trimmed().toLower());
        id = byName && adoptable(byName) ? byName : 0;
    }
    if (id == 0) {
        const qint64 byKey = findLearner(l.externalId);
        id = byKey && adoptable(byKey) ? byKey : 0;
    }
    QVariantList values = {l.externalId,
                           text(l.name),
                           text(l.email),
                           text(l.department),
                           text(l.team),
                           text(l.country),
                           text(l.timezone),
                           text(l.manager),
                           text(l.role),
                           l.hireDate.isValid() ? l.hireDate.toString(Qt::ISODate) : QString(u""_s),
                           l.attributes.isEmpty() ? u"{}"_s : l.attributes,
                           m_batchId};
    if (id)
        values.append(id);
    const auto stored = insertReturningId(QString::fromUtf8(id ? UpdateLearner : InsertLearner), values);
    if (!stored)
        return Result<qint64>::failure(tr("Cannot store learner “%1”: %2").arg(l.externalId, stored.error()));
    id = *stored;
    m_learners.insert(l.externalId, id);
    m_rosterIds.insert(id, l.externalId);
    if (!l.email.isEmpty())
        m_byEmail.insert(l.email.trimmed().toLower(), id);
    if (!l.name.isEmpty())
        m_byName.insert(l.name.trimmed().toLower(), id);
    return id;
}

Result<qint64> PgDataWriter::learnerId(const QString &key)
{
    if (const qint64 known = findLearner(key))
        return known;
    const bool address = key.contains(u'@');
    const auto id = insertReturningId(QString::fromUtf8(InsertBareLearner),
                                      {key, address ? u""_s : key, address ? key : u""_s, m_batchId});
    if (!id)
        return Result<qint64>::failure(tr("Cannot store learner “%1”: %2").arg(key, id.error()));
    m_learners.insert(key, *id);
    return *id;
}

Result<qint64> PgDataWriter::courseId(const QString &name, double durationMinutes)
{
    if (auto it = m_courses.constFind(name); it != m_courses.cend())
        return *it;
    auto id = insertReturningId(QString::fromUtf8(SelectCourse), {name});
    if (id && *id == 0)
        id = insertReturningId(QString::fromUtf8(InsertCourse),
                               {name, durationMinutes > 0 ? QVariant(durationMinutes) : QVariant()});
    if (!id)
        return Result<qint64>::failure(tr("Cannot store course “%1”: %2").arg(name, id.error()));
    m_courses.insert(name, *id);
    return *id;
}

Result<qint64> PgDataWriter::contentId(qint64 course, const QString &name, int position)
{
    const auto key = qMakePair(course, name);
    if (auto it = m_contents.constFind(key); it != m_contents.cend())
        return *it;
    auto id = insertReturningId(QString::fromUtf8(SelectContent), {course, name});
    if (id && *id == 0)
        id = insertReturningId(QString::fromUtf8(InsertContent),
                               {course, name, position >= 0 ? QVariant(position) : QVariant()});
    if (!id)
        return Result<qint64>::failure(tr("Cannot store content “%1”: %2").arg(name, id.error()));
    m_contents.insert(key, *id);
    return *id;
}

Result<bool> PgDataWriter::addEvent(const EventRecord &e, int occurrence, quint64 fingerprint)
{
    const auto learner = learnerId(e.learnerId);
    if (!learner)
        return Result<bool>::failure(learner.error());
    qint64 course = 0;
    qint64 content = 0;
    if (!e.course.isEmpty()) {
        const auto c = courseId(e.course);
        if (!c)
            return Result<bool>::failure(c.error());
        course = *c;
        if (!e.content.isEmpty()) {
            const auto ct = contentId(course, e.content);
            if (!ct)
                return Result<bool>::failure(ct.error());
            content = *ct;
        }
    }
    const qint64 seconds = e.timestamp.toSecsSinceEpoch();
    QByteArray &line = m_eventRows;
    field(line, ++m_events);
    field(line, *learner);
    field(line, seconds);
    field(line, localDay(seconds));
    optionalId(line, course);
    optionalId(line, content);
    field(line, qint64(e.kind));
    Pg::appendCopyText(line, e.verb.isEmpty() ? QString() : e.verb);
    line += '\t';
    optionalReal(line, e.durationMinutes);
    optionalReal(line, e.score);
    field(line, qint64(fingerprint));
    line += QByteArray::number(occurrence);
    line += '\n';
    if (m_eventRows.size() >= FlushBytes) {
        if (auto s = flush(); !s)
            return Result<bool>::failure(tr("Cannot store an event: %1").arg(s.error()));
    }
    return true;
}

Result<bool> PgDataWriter::addPerformance(const PerformanceRecord &r, int occurrence)
{
    const auto learner = learnerId(r.learnerId);
    if (!learner)
        return Result<bool>::failure(learner.error());
    QByteArray &line = m_performanceRows;
    field(line, ++m_performance);
    field(line, *learner);
    field(line, dayNumber(r.period));
    Pg::appendCopyText(line, r.kpi);
    line += '\t';
    line += QByteArray::number(r.value, 'g', 17);
    line += '\t';
    line += QByteArray::number(occurrence);
    line += '\n';
    if (m_performanceRows.size() >= FlushBytes) {
        if (auto s = flush(); !s)
            return Result<bool>::failure(tr("Cannot store a performance value: %1").arg(s.error()));
    }
    return true;
}

Status PgDataWriter::addRejected(qint64 line, const QString &column, const QString &value, const QString &message,
                                 const QString &raw)
{
    QByteArray &row = m_rejectedRows;
    field(row, m_batchId);
    field(row, line);
    for (const QString *text : {&column, &value, &message}) {
        Pg::appendCopyText(row, text->isNull() ? u""_s : *text);
        row += '\t';
    }
    Pg::appendCopyText(row, raw.isNull() ? u""_s : raw);
    row += '\n';
    if (m_rejectedRows.size() >= FlushBytes)
        return flush();
    return {};
}

Status PgDataWriter::flush()
{
    PGconn *conn = Pg::handle(m_db);
    const std::pair<QByteArray *, const char *> parts[] = {
        {&m_eventRows, CopyEvents}, {&m_performanceRows, CopyPerformance}, {&m_rejectedRows, CopyRejected}};
    for (const auto &[rows, statement] : parts) {
        if (rows->isEmpty())
            continue;
        if (auto s = Pg::copyIn(conn, statement, *rows); !s)
            return s;
        rows->clear();
    }
    return {};
}

Status PgDataWriter::commit(const BatchCounts &counts)
{
    if (!m_open)
        return Status::failure(tr("Nothing to commit."));
    auto fail = [this](const QString &why) {
        rollback();
        return Status::failure(tr("Cannot finish the import: %1").arg(why));
    };
    if (auto s = flush(); !s)
        return fail(s.error());
    PGconn *conn = Pg::handle(m_db);
    m_counts = counts;
    qint64 staged = 0;
    qint64 inserted = 0;
    QVariant first;
    QVariant last;
    const std::pair<qint64, QByteArray> moves[] = {
        {m_events, QByteArray(MoveEvents).replace("%1", QByteArray::number(m_batchId))},
        {m_performance, QByteArray(MovePerformance).replace("%1", QByteArray::number(m_batchId))}};
    const char *tables[] = {"event", "performance"};
    for (int i = 0; i < 2; ++i) {
        if (moves[i].first == 0)
            continue;
        staged += moves[i].first;
        PGresult *r = PQexec(conn, moves[i].second.constData());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        inserted += QByteArray(PQcmdTuples(r)).toLongLong();
        PQclear(r);
        if (!ok)
            return fail(why);
        QSqlQuery q(m_db);
        q.prepare(u"SELECT min(id), max(id) FROM %1 WHERE batch_id = ?"_s.arg(QString::fromLatin1(tables[i])));
        q.addBindValue(m_batchId);
        if (!q.exec() || !q.next())
            return fail(Dialect::errorText(q.lastError()));
        first = q.value(0);
        last = q.value(1);
    }
    if (m_events > 0) {
        if (auto s = Pg::exec(conn, QByteArray(CreateScope) +
                                        "INSERT INTO pg_temp.uptake_scope SELECT DISTINCT learner_id "
                                        "FROM pg_temp.uptake_stage_event;" +
                                        RebuildScoped);
            !s)
            return fail(s.error());
    }
    // Rows an earlier batch already holds were counted as imported by the caller; they are duplicates.
    const qint64 repeated = staged - inserted;
    m_counts.imported -= repeated;
    m_counts.duplicates += repeated;
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(FinishBatch));
    for (const QVariant &v :
         {QVariant(m_counts.rowsRead), QVariant(m_counts.imported), QVariant(m_counts.rejected),
          QVariant(m_counts.duplicates), first, last, QVariant(text(m_sha256)), QVariant(m_batchId)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(Dialect::errorText(q.lastError()));
    q.finish();
    if (auto s = Pg::exec(conn, "COMMIT"); !s)
        return fail(s.error());
    m_open = false;
    return {};
}

void PgDataWriter::rollback()
{
    if (m_open)
        Pg::exec(Pg::handle(m_db), "ROLLBACK");
    m_open = false;
}

Status PgDataWriter::rebuildAggregates(const QSqlDatabase &db, const QSet<qint64> &learners)
{
    if (learners.isEmpty())
        return {};
    QByteArray ids;
    for (qint64 id : learners) {
        if (!ids.isEmpty())
            ids += ',';
        ids += QByteArray::number(id);
    }
    return Pg::exec(Pg::handle(db), QByteArray(CreateScope) + "INSERT INTO pg_temp.uptake_scope SELECT unnest('{" +
                                        ids + "}'::bigint[]);" + RebuildScoped);
}

} // namespace Uptake
