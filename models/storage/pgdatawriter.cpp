#include "pgdatawriter.h"

#include "dialect.h"
#include "pgaggregates.h"
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
constexpr auto SelectAllCourses = R"sql(SELECT id, name FROM course)sql";
constexpr auto SelectAllContents = R"sql(SELECT id, course_id, name FROM content)sql";
// What the batch continues from: the largest ids in use and the time span of the stored events (both read
// from an index's end).
constexpr auto SelectEventState = R"sql(
SELECT (SELECT coalesce(max(id), 0) FROM event), (SELECT coalesce(max(id), 0) FROM performance),
       (SELECT min(ts) FROM event), (SELECT max(ts) FROM event),
       pg_get_serial_sequence('public.learner', 'id'), pg_get_serial_sequence('public.course', 'id'),
       pg_get_serial_sequence('public.content', 'id'),
       EXISTS (SELECT 1 FROM learner_day) OR EXISTS (SELECT 1 FROM learner_course_day)
)sql";
constexpr auto ReserveIds = R"sql(SELECT nextval(%1) FROM generate_series(1, %2))sql";
constexpr auto CopyLearners = "COPY learner (id, external_id, name, email, department, team, country, timezone, "
                              "manager, role, hire_date, attributes, in_roster, batch_id) FROM STDIN";
constexpr auto CopyLearnerUpdates =
    "COPY pg_temp.uptake_stage_learner (id, external_id, name, email, department, team, country, timezone, "
    "manager, role, hire_date, attributes, batch_id) FROM STDIN";
constexpr auto ApplyLearnerUpdates = R"sql(
UPDATE learner l SET external_id = s.external_id, name = s.name, email = s.email, department = s.department,
                     team = s.team, country = s.country, timezone = s.timezone, manager = s.manager, role = s.role,
                     hire_date = s.hire_date, attributes = s.attributes, in_roster = 1, batch_id = s.batch_id
FROM pg_temp.uptake_stage_learner s WHERE l.id = s.id;
TRUNCATE pg_temp.uptake_stage_learner;
)sql";
constexpr auto CopyCourses = "COPY course (id, name, duration_minutes) FROM STDIN";
constexpr auto CopyContents = "COPY content (id, course_id, name, position) FROM STDIN";

// The staging tables live as long as the batch's transaction.
constexpr auto CreateStaging = R"sql(
CREATE TEMP TABLE uptake_stage_event (
    id bigint, batch_id bigint, learner_id bigint, ts bigint, day bigint, course_id bigint, content_id bigint,
    kind bigint, verb text, duration double precision, score double precision, fingerprint bigint, occurrence bigint
) ON COMMIT DROP;
CREATE TEMP TABLE uptake_stage_performance (
    seq bigint, learner_id bigint, day bigint, kpi text, value double precision, occurrence bigint
) ON COMMIT DROP;
CREATE TEMP TABLE uptake_stage_learner (
    id bigint, external_id text, name text, email text, department text, team text, country text, timezone text,
    manager text, role text, hire_date text, attributes text, batch_id bigint
) ON COMMIT DROP;
CREATE TEMP TABLE uptake_delta_day (
    learner_id bigint, day bigint, events bigint, active_events bigint, failed_logins bigint, completions bigint,
    duration_events bigint, duration_minutes double precision, gap_s_10 bigint, gap_s_15 bigint, gap_s_20 bigint,
    gap_s_30 bigint, gap_s_45 bigint, gap_s_60 bigint, gap_s_90 bigint, first_ts bigint, first_completion_ts bigint
) ON COMMIT DROP;
CREATE TEMP TABLE uptake_delta_course (
    learner_id bigint, course_id bigint, day bigint, events bigint, active_events bigint, completions bigint,
    first_ts bigint, first_completion_ts bigint, last_ts bigint, last_content_id bigint, part bigint
) ON COMMIT DROP;
CREATE TEMP TABLE uptake_edge (learner_id bigint, side bigint, ts bigint, day bigint) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS uptake_scope (learner_id bigint PRIMARY KEY);
DELETE FROM pg_temp.uptake_scope;
)sql";
constexpr auto EventColumns =
    "(id, batch_id, learner_id, ts, day, course_id, content_id, kind, verb, duration, score, fingerprint, occurrence)";
constexpr auto CopyPerformance = "COPY pg_temp.uptake_stage_performance FROM STDIN";
constexpr auto CopyRejected = "COPY rejected_row (batch_id, line, column_name, value, message, raw) FROM STDIN";
/// A chunk of events goes straight in between these; a chunk the identity index refuses is rolled back to it.
constexpr auto ChunkSavepoint = "SAVEPOINT uptake_chunk";
constexpr auto ChunkRelease = "RELEASE SAVEPOINT uptake_chunk";
constexpr auto ChunkRollback = "ROLLBACK TO SAVEPOINT uptake_chunk; RELEASE SAVEPOINT uptake_chunk";
/// SQLSTATE unique_violation.
constexpr auto UniqueViolation = "23505";
// The staged events carry their ids (file order after the largest id before the batch); a repeat of a stored
// event (or of an earlier row of the batch) is left out. The learners of the rows that went in are rebuilt
// (the client summed only the events that could not be repeats). The result: how many went in.
constexpr auto MoveEvents = R"sql(
WITH moved AS (
    INSERT INTO event (id, batch_id, learner_id, ts, day, course_id, content_id, kind, verb, duration, score,
                       fingerprint, occurrence)
    SELECT id, batch_id, learner_id, ts, day, course_id, content_id, kind, verb, duration, score, fingerprint,
           occurrence
    FROM pg_temp.uptake_stage_event ORDER BY id
    ON CONFLICT (ts, fingerprint, occurrence) DO NOTHING
    RETURNING learner_id
), scoped AS (
    INSERT INTO pg_temp.uptake_scope SELECT DISTINCT learner_id FROM moved ON CONFLICT DO NOTHING
)
SELECT count(*) FROM moved
)sql";
constexpr auto CopyDeltaDays = "COPY pg_temp.uptake_delta_day FROM STDIN";
constexpr auto CopyDeltaCourses = "COPY pg_temp.uptake_delta_course FROM STDIN";
constexpr auto CopyDays = "COPY learner_day (learner_id, day, events, active_events, failed_logins, completions, "
                          "duration_events, duration_minutes, gap_s_10, gap_s_15, gap_s_20, gap_s_30, gap_s_45, "
                          "gap_s_60, gap_s_90, first_ts, first_completion_ts) FROM STDIN";
constexpr auto CopyCourseDays = "COPY learner_course_day (learner_id, course_id, day, events, active_events, "
                                "completions, first_ts, first_completion_ts, last_ts, last_content_id) FROM STDIN";
constexpr auto CopyEdges = "COPY pg_temp.uptake_edge FROM STDIN";
// The client's sums (PgAggregateDeltas) for rows the tables may hold already, merged additively as
// Aggregates::Builder merges them in SQLite (the learners rebuilt at the end are replaced anyway; a row of gaps
// only keeps the first_ts it has). Ties on last_ts go to the later row: a batch's ids follow the stored ones,
// and a later part of the sums holds later rows (the maximum of [last_ts, part, content] picks it without a
// sort per group; content ids are positive, 0 stands for none).
constexpr auto MergeDeltas = R"sql(
INSERT INTO learner_day (learner_id, day, events, active_events, failed_logins, completions, duration_events,
                         duration_minutes, gap_s_10, gap_s_15, gap_s_20, gap_s_30, gap_s_45, gap_s_60, gap_s_90,
                         first_ts, first_completion_ts)
SELECT learner_id, day, sum(events), sum(active_events), sum(failed_logins), sum(completions), sum(duration_events),
       sum(duration_minutes), sum(gap_s_10), sum(gap_s_15), sum(gap_s_20), sum(gap_s_30), sum(gap_s_45),
       sum(gap_s_60), sum(gap_s_90), coalesce(min(first_ts), 9223372036854775807), min(first_completion_ts)
FROM pg_temp.uptake_delta_day d
GROUP BY day, learner_id ORDER BY day, learner_id
ON CONFLICT (day, learner_id) DO UPDATE SET
    events = learner_day.events + excluded.events, active_events = learner_day.active_events + excluded.active_events,
    failed_logins = learner_day.failed_logins + excluded.failed_logins,
    completions = learner_day.completions + excluded.completions,
    duration_events = learner_day.duration_events + excluded.duration_events,
    duration_minutes = learner_day.duration_minutes + excluded.duration_minutes,
    gap_s_10 = learner_day.gap_s_10 + excluded.gap_s_10, gap_s_15 = learner_day.gap_s_15 + excluded.gap_s_15,
    gap_s_20 = learner_day.gap_s_20 + excluded.gap_s_20, gap_s_30 = learner_day.gap_s_30 + excluded.gap_s_30,
    gap_s_45 = learner_day.gap_s_45 + excluded.gap_s_45, gap_s_60 = learner_day.gap_s_60 + excluded.gap_s_60,
    gap_s_90 = learner_day.gap_s_90 + excluded.gap_s_90, first_ts = least(learner_day.first_ts, excluded.first_ts),
    first_completion_ts = least(learner_day.first_completion_ts, excluded.first_completion_ts);
INSERT INTO learner_course_day (learner_id, course_id, day, events, active_events, completions, first_ts,
                                first_completion_ts, last_ts, last_content_id)
SELECT learner_id, course_id, day, sum(events), sum(active_events), sum(completions), min(first_ts),
       min(first_completion_ts), max(last_ts),
       nullif((max(ARRAY[last_ts, part, coalesce(last_content_id, 0)]))[3], 0)
FROM pg_temp.uptake_delta_course d
GROUP BY day, course_id, learner_id ORDER BY day, course_id, learner_id
ON CONFLICT (day, course_id, learner_id) DO UPDATE SET
    events = learner_course_day.events + excluded.events,
    active_events = learner_course_day.active_events + excluded.active_events,
    completions = learner_course_day.completions + excluded.completions,
    first_ts = least(learner_course_day.first_ts, excluded.first_ts),
    first_completion_ts = least(learner_course_day.first_completion_ts, excluded.first_completion_ts),
    last_content_id = CASE WHEN excluded.last_ts >= learner_course_day.last_ts THEN excluded.last_content_id
                           ELSE learner_course_day.last_content_id END,
    last_ts = greatest(learner_course_day.last_ts, excluded.last_ts);
)sql";
// The gaps between a learner's stored events and the batch's nearest learning event (within the longest session
// timeout of the span's edge: a longer gap counts nowhere), booked on the day of the later one: %1 the span's
// first second, %2 its last, %3 the largest event id before the batch.
constexpr auto EdgeGaps = R"sql(
UPDATE learner_day d SET gap_s_10 = d.gap_s_10 + CASE WHEN g.gap < 600 THEN g.gap ELSE 0 END,
                         gap_s_15 = d.gap_s_15 + CASE WHEN g.gap < 900 THEN g.gap ELSE 0 END,
                         gap_s_20 = d.gap_s_20 + CASE WHEN g.gap < 1200 THEN g.gap ELSE 0 END,
                         gap_s_30 = d.gap_s_30 + CASE WHEN g.gap < 1800 THEN g.gap ELSE 0 END,
                         gap_s_45 = d.gap_s_45 + CASE WHEN g.gap < 2700 THEN g.gap ELSE 0 END,
                         gap_s_60 = d.gap_s_60 + CASE WHEN g.gap < 3600 THEN g.gap ELSE 0 END,
                         gap_s_90 = d.gap_s_90 + g.gap
FROM (SELECT e.learner_id, e.day, e.ts - o.ts AS gap
      FROM pg_temp.uptake_edge e
      JOIN (SELECT learner_id, max(ts) AS ts FROM event
            WHERE ts BETWEEN %2 - 5400 AND %2 AND id <= %3 AND kind <> 2 GROUP BY learner_id) o
        ON o.learner_id = e.learner_id
      WHERE e.side = 1
      UNION ALL
      SELECT e.learner_id, o.day, o.ts - e.ts
      FROM pg_temp.uptake_edge e
      JOIN (SELECT DISTINCT ON (learner_id) learner_id, ts, day FROM event
            WHERE ts BETWEEN %1 AND %1 + 5400 AND id <= %3 AND kind <> 2 ORDER BY learner_id, ts) o
        ON o.learner_id = e.learner_id
      WHERE e.side = -1) g
WHERE d.learner_id = g.learner_id AND d.day = g.day AND g.gap > 0 AND g.gap < 5400
)sql";
constexpr auto MovePerformance = R"sql(
INSERT INTO performance (id, batch_id, learner_id, day, kpi, value, occurrence)
SELECT %2 + seq, %1, learner_id, day, kpi, value, occurrence
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
    , m_deltas(std::make_unique<PgAggregateDeltas>())
{}

PgDataWriter::~PgDataWriter()
{
    if (m_open)
        rollback();
    abandon();
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
    {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromUtf8(SelectEventState)) || !q.next()) {
            const QString why = Dialect::errorText(q.lastError());
            Dialect::retire(std::move(q));
            rollback();
            Dialect::releaseRetired(m_db);
            return Status::failure(tr("Cannot start writing: %1").arg(why));
        }
        m_eventBase = q.value(0).toLongLong();
        m_performanceBase = q.value(1).toLongLong();
        m_spanKnown = !q.isNull(2);
        m_storedFrom = q.value(2).toLongLong();
        m_storedTo = q.value(3).toLongLong();
        if (m_spanKnown)
            m_deltas->setStoredSpan(m_storedFrom, m_storedTo);
        // Aggregate rows exist only for the days of stored events (a day of margin for a changed zone rule):
        // the batch's other days go straight in.
        if (!q.value(7).toBool())
            m_deltas->setNewDays(std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min());
        else if (m_spanKnown)
            m_deltas->setNewDays(localDay(m_storedFrom) - 1, localDay(m_storedTo) + 1);
        m_learnerIds.sequence = q.value(4).toString().toUtf8();
        m_courseIds.sequence = q.value(5).toString().toUtf8();
        m_contentIds.sequence = q.value(6).toString().toUtf8();
    }
    if (auto loaded = loadNames(); !loaded) {
        rollback();
        return loaded;
    }
    return {};
}

Status PgDataWriter::loadNames()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
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
    if (!q.exec(QString::fromUtf8(SelectAllCourses)))
        return Status::failure(Dialect::errorText(q.lastError()));
    while (q.next())
        m_courses.insert(q.value(1).toString(), q.value(0).toLongLong());
    if (!q.exec(QString::fromUtf8(SelectAllContents)))
        return Status::failure(Dialect::errorText(q.lastError()));
    while (q.next())
        m_contents.insert(qMakePair(q.value(1).toLongLong(), q.value(2).toString()), q.value(0).toLongLong());
    return {};
}

Result<qint64> PgDataWriter::reserveId(IdPool &pool)
{
    if (pool.used == pool.reserved.size()) {
        if (auto s = waitForEvents(); !s) // the connection is the sender's until then
            return Result<qint64>::failure(s.error());
        // One round trip for a block of ids, growing with the number of new names (a log of thousands of new
        // learners takes a handful).
        PGconn *conn = Pg::handle(m_db);
        const QByteArray sql = QByteArray(ReserveIds)
                                   .replace("%1", QByteArray("'" + pool.sequence + "'"))
                                   .replace("%2", QByteArray::number(pool.block));
        PGresult *r = PQexec(conn, sql.constData());
        const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!ok) {
            const QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            PQclear(r);
            return Result<qint64>::failure(why);
        }
        for (int i = 0, n = PQntuples(r); i < n; ++i)
            pool.reserved.append(QByteArray(PQgetvalue(r, i, 0)).toLongLong());
        PQclear(r);
        pool.block = std::min(pool.block * 4, 16384);
        if (pool.used == pool.reserved.size())
            return Result<qint64>::failure(tr("the server gave no ids"));
    }
    return pool.reserved.at(pool.used++);
}

void PgDataWriter::returnUnusedIds(IdPool &pool)
{
    if (pool.used == pool.reserved.size())
        return;
    // The unused ids are the newest the sequence gave out, when they run without a hole up to its last value
    // (nothing else drew from it meanwhile): the sequence then starts again at the first of them.
    const qint64 first = pool.reserved.at(pool.used);
    const qint64 last = pool.reserved.last();
    if (last - first != pool.reserved.size() - 1 - pool.used)
        return;
    const QByteArray sql = "SELECT setval('" + pool.sequence + "', " + QByteArray::number(first) + ", false) FROM " +
                           pool.sequence + " WHERE last_value = " + QByteArray::number(last);
    // A refusal must not abort the batch's transaction: the ids are only tidier this way.
    PGconn *conn = Pg::handle(m_db);
    if (!Pg::exec(conn, "SAVEPOINT uptake_ids; " + sql + "; RELEASE SAVEPOINT uptake_ids"))
        Pg::exec(conn, "ROLLBACK TO SAVEPOINT uptake_ids; RELEASE SAVEPOINT uptake_ids");
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
    if (id == 0) {
        const auto reserved = reserveId(m_learnerIds);
        if (!reserved)
            return Result<qint64>::failure(tr("Cannot store learner “%1”: %2").arg(l.externalId, reserved.error()));
        id = *reserved;
        m_newLearners.append(id);
        m_pendingLearners.insert(id, {l, true});
    } else if (auto pending = m_pendingLearners.find(id); pending != m_pendingLearners.end()) {
        *pending = {l, true}; // named earlier in this chunk: written once, as it is now
    } else {
        m_learnerUpdates.insert(id, l); // the last roster row of a person wins, as row by row
    }
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
    const auto id = reserveId(m_learnerIds);
    if (!id)
        return Result<qint64>::failure(tr("Cannot store learner “%1”: %2").arg(key, id.error()));
    const bool address = key.contains(u'@');
    LearnerRecord bare;
    bare.externalId = key;
    bare.name = address ? u""_s : key;
    bare.email = address ? key : u""_s;
    m_newLearners.append(*id);
    m_pendingLearners.insert(*id, {bare, false});
    m_learners.insert(key, *id);
    return *id;
}

Result<qint64> PgDataWriter::courseId(const QString &name, double durationMinutes)
{
    if (auto it = m_courses.constFind(name); it != m_courses.cend())
        return *it;
    const auto id = reserveId(m_courseIds);
    if (!id)
        return Result<qint64>::failure(tr("Cannot store course “%1”: %2").arg(name, id.error()));
    field(m_courseRows, *id);
    Pg::appendCopyText(m_courseRows, name);
    m_courseRows += '\t';
    if (durationMinutes > 0)
        m_courseRows += QByteArray::number(durationMinutes, 'g', 17);
    else
        m_courseRows += "\\N";
    m_courseRows += '\n';
    m_courses.insert(name, *id);
    return *id;
}

Result<qint64> PgDataWriter::contentId(qint64 course, const QString &name, int position)
{
    const auto key = qMakePair(course, name);
    if (auto it = m_contents.constFind(key); it != m_contents.cend())
        return *it;
    const auto id = reserveId(m_contentIds);
    if (!id)
        return Result<qint64>::failure(tr("Cannot store content “%1”: %2").arg(name, id.error()));
    field(m_contentRows, *id);
    field(m_contentRows, course);
    Pg::appendCopyText(m_contentRows, name);
    m_contentRows += '\t';
    if (position >= 0)
        m_contentRows += QByteArray::number(position);
    else
        m_contentRows += "\\N";
    m_contentRows += '\n';
    m_contents.insert(key, *id);
    return *id;
}

Result<bool> PgDataWriter::addEvent(const EventRecord &e, int occurrence, quint64 fingerprint)
{
    const auto learner = learnerId(e.learnerId);
    if (!learner)
        return Result<bool>::failure(learner.error());
    EventIds ids;
    ids.learner = *learner;
    if (!e.course.isEmpty()) {
        const auto c = courseId(e.course);
        if (!c)
            return Result<bool>::failure(c.error());
        ids.course = *c;
        if (!e.content.isEmpty()) {
            const auto ct = contentId(ids.course, e.content);
            if (!ct)
                return Result<bool>::failure(ct.error());
            ids.content = *ct;
        }
    }
    return addEvent(e, occurrence, fingerprint, ids);
}

Result<bool> PgDataWriter::addEvent(const EventRecord &e, int occurrence, quint64 fingerprint, const EventIds &ids)
{
    const qint64 *learner = &ids.learner; // the names of the ids above
    const qint64 course = ids.course;
    const qint64 content = ids.content;
    const qint64 seconds = e.timestamp.toSecsSinceEpoch();
    const qint64 day = localDay(seconds);
    // An event's identity includes its time: one outside the span of the stored events repeats none of them.
    const bool inSpan = m_spanKnown && seconds >= m_storedFrom && seconds <= m_storedTo;
    if (!inSpan) {
        m_deltas->add({*learner, day, seconds, course, content, int(e.kind), e.durationMinutes});
        m_chunkLearners.insert(*learner);
    }
    QByteArray &line = inSpan ? m_stagedRows : m_eventRows;
    field(line, m_eventBase + ++m_events);
    field(line, m_batchId);
    field(line, *learner);
    field(line, seconds);
    field(line, day);
    optionalId(line, course);
    optionalId(line, content);
    field(line, qint64(e.kind));
    if (ids.verbUtf8 && !ids.verbUtf8->isEmpty())
        Pg::appendCopyBytes(line, ids.verbUtf8->constData(), ids.verbUtf8->size());
    else
        Pg::appendCopyText(line, e.verb.isEmpty() ? QString() : e.verb);
    line += '\t';
    optionalReal(line, e.durationMinutes);
    optionalReal(line, e.score);
    field(line, qint64(fingerprint));
    line += QByteArray::number(occurrence);
    line += '\n';
    ++(inSpan ? m_staged : m_directRows);
    if (m_eventRows.size() + m_stagedRows.size() >= FlushBytes) {
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

namespace {

/// A learner's row for COPY learner (…, batch_id) or the update staging table (no in_roster).
void learnerRow(QByteArray &row, qint64 id, const LearnerRecord &l, bool roster, bool withRosterFlag, qint64 batch)
{
    field(row, id);
    Pg::appendCopyText(row, l.externalId);
    row += '\t';
    for (const QString *t : {&l.name, &l.email, &l.department, &l.team, &l.country, &l.timezone, &l.manager, &l.role}) {
        Pg::appendCopyText(row, text(*t));
        row += '\t';
    }
    Pg::appendCopyText(row, l.hireDate.isValid() ? l.hireDate.toString(Qt::ISODate) : u""_s);
    row += '\t';
    Pg::appendCopyText(row, l.attributes.isEmpty() ? u"{}"_s : l.attributes);
    row += '\t';
    if (withRosterFlag)
        field(row, roster ? 1 : 0);
    row += QByteArray::number(batch);
    row += '\n';
}

} // namespace

Status PgDataWriter::flushNames()
{
    PGconn *conn = Pg::handle(m_db);
    // Courses before their content items (a foreign key); the events that name them have none.
    if (!m_courseRows.isEmpty()) {
        if (auto s = Pg::copyIn(conn, CopyCourses, m_courseRows); !s)
            return s;
        m_courseRows.clear();
    }
    if (!m_contentRows.isEmpty()) {
        if (auto s = Pg::copyIn(conn, CopyContents, m_contentRows); !s)
            return s;
        m_contentRows.clear();
    }
    if (!m_newLearners.isEmpty()) {
        QByteArray rows;
        for (qint64 id : std::as_const(m_newLearners)) {
            const PendingLearner &p = m_pendingLearners[id];
            learnerRow(rows, id, p.record, p.roster, true, m_batchId);
        }
        if (auto s = Pg::copyIn(conn, CopyLearners, rows); !s)
            return s;
        m_newLearners.clear();
        m_pendingLearners.clear();
    }
    if (!m_learnerUpdates.isEmpty()) {
        QByteArray rows;
        for (auto it = m_learnerUpdates.cbegin(); it != m_learnerUpdates.cend(); ++it)
            learnerRow(rows, it.key(), it.value(), true, false, m_batchId);
        if (auto s = Pg::copyIn(conn, CopyLearnerUpdates, rows); !s)
            return s;
        if (auto s = Pg::exec(conn, ApplyLearnerUpdates); !s)
            return s;
        m_learnerUpdates.clear();
    }
    return {};
}

Status PgDataWriter::waitForEvents()
{
    if (!m_sender.joinable())
        return {};
    m_sender.join();
    m_sendingDirect.clear();
    m_sendingStaged.clear();
    m_sendingSums.clear();
    if (m_fellBack)
        m_rebuild.unite(m_sendingLearners); // the client's sums count rows that may not have gone in
    m_sendingLearners.clear();
    m_fellBack = false;
    return m_sending;
}

QList<std::pair<const char *, QByteArray>> PgDataWriter::takeDeltas(bool all)
{
    QList<std::pair<const char *, QByteArray>> copies;
    if (m_deltas->isEmpty())
        return copies;
    QByteArray parts[4];
    m_deltas->take(all, parts[0], parts[1], parts[2], parts[3]);
    m_mergeDeltas = m_mergeDeltas || !parts[2].isEmpty() || !parts[3].isEmpty();
    const char *statements[] = {CopyDays, CopyCourseDays, CopyDeltaDays, CopyDeltaCourses};
    for (int i = 0; i < 4; ++i)
        if (!parts[i].isEmpty())
            copies.append({statements[i], std::move(parts[i])});
    return copies;
}

void PgDataWriter::abandon()
{
    if (m_sender.joinable())
        m_sender.join();
}

Status PgDataWriter::flush()
{
    if (auto s = waitForEvents(); !s)
        return s;
    PGconn *conn = Pg::handle(m_db);
    if (auto s = flushNames(); !s)
        return s;
    for (const auto &[rows, statement] :
         {std::pair{&m_performanceRows, CopyPerformance}, {&m_rejectedRows, CopyRejected}}) {
        if (rows->isEmpty())
            continue;
        if (auto s = Pg::copyIn(conn, statement, *rows); !s)
            return s;
        rows->clear();
    }
    if (m_deltas->full())
        m_sendingSums = takeDeltas(false);
    if (m_eventRows.isEmpty() && m_stagedRows.isEmpty() && m_sendingSums.isEmpty())
        return {};
    // The events go on a thread of their own, while the importer parses the next chunk: the server indexes one
    // chunk as the client prepares the next. Nothing else uses the connection until waitForEvents().
    m_sendingDirect.swap(m_eventRows);
    m_sendingStaged.swap(m_stagedRows);
    m_sendingDirectRows = m_directRows;
    m_directRows = 0;
    m_sendingLearners.swap(m_chunkLearners);
    m_sender = std::thread([this, conn] {
        m_sending = {};
        static const QByteArray copyEvents = QByteArray("COPY event ") + EventColumns + " FROM STDIN";
        static const QByteArray copyStaged =
            QByteArray("COPY pg_temp.uptake_stage_event ") + EventColumns + " FROM STDIN";
        if (!m_sendingDirect.isEmpty()) {
            if (auto s = Pg::exec(conn, ChunkSavepoint); !s) {
                m_sending = s;
                return;
            }
            QByteArray state;
            if (auto s = Pg::copyIn(conn, copyEvents, m_sendingDirect, &state); s) {
                m_direct += m_sendingDirectRows;
                m_sending = Pg::exec(conn, ChunkRelease);
            } else if (state == UniqueViolation) {
                // A row repeats another of this batch: the chunk goes the way that recognises repeats.
                if (auto r = Pg::exec(conn, ChunkRollback); !r) {
                    m_sending = r;
                    return;
                }
                m_fallback += m_sendingDirectRows;
                m_fellBack = true;
                m_sending = Pg::copyIn(conn, copyStaged, m_sendingDirect);
            } else {
                m_sending = s;
            }
            if (!m_sending)
                return;
        }
        if (!m_sendingStaged.isEmpty())
            m_sending = Pg::copyIn(conn, copyStaged, m_sendingStaged);
        for (const auto &[statement, rows] : std::as_const(m_sendingSums)) {
            if (!m_sending)
                return;
            m_sending = Pg::copyIn(conn, statement, rows);
        }
    });
    return {};
}

Status PgDataWriter::commit(const BatchCounts &counts)
{
    return finish(counts, false);
}

Status PgDataWriter::settleDryRun(const BatchCounts &counts)
{
    return finish(counts, true);
}

Status PgDataWriter::finish(const BatchCounts &counts, bool dryRun)
{
    if (!m_open)
        return Status::failure(tr("Nothing to commit."));
    auto fail = [this, dryRun](const QString &why) {
        rollback();
        return Status::failure(dryRun ? tr("Cannot finish the dry run: %1").arg(why)
                                      : tr("Cannot finish the import: %1").arg(why));
    };
    if (auto s = flush(); !s)
        return fail(s.error());
    if (auto s = waitForEvents(); !s)
        return fail(s.error());
    PGconn *conn = Pg::handle(m_db);
    m_counts = counts;
    qint64 staged = 0;
    qint64 inserted = 0;
    QVariant first;
    QVariant last;
    if (m_events > 0) {
        staged += m_events;
        inserted += m_direct;
        // The learners whose figures are rebuilt from events: those the client's sums cannot give exactly.
        QSet<qint64> rebuild = dryRun ? QSet<qint64>() : m_deltas->rebuild();
        rebuild.unite(dryRun ? QSet<qint64>() : m_rebuild);
        if (!rebuild.isEmpty()) {
            QByteArray ids;
            for (qint64 id : std::as_const(rebuild))
                ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(id);
            if (auto s = Pg::exec(conn, "INSERT INTO pg_temp.uptake_scope SELECT unnest('{" + ids + "}'::bigint[]);");
                !s)
                return fail(s.error());
        }
        if (m_staged + m_fallback > 0) {
            PGresult *r = PQexec(conn, MoveEvents);
            const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
            const QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            if (ok)
                inserted += QByteArray(PQgetvalue(r, 0, 0)).toLongLong();
            PQclear(r);
            if (!ok)
                return fail(why);
        }
        // A dry run only needs to know which rows are new: the figures are rolled back anyway.
        const QList<std::pair<const char *, QByteArray>> deltas = dryRun ? decltype(deltas)() : takeDeltas(true);
        for (const auto &[statement, rows] : deltas) {
            if (auto s = Pg::copyIn(conn, statement, rows); !s)
                return fail(s.error());
        }
        if (m_mergeDeltas && !dryRun) {
            if (auto s = Pg::exec(conn, MergeDeltas); !s)
                return fail(s.error());
        }
        if (const QByteArray edges = dryRun ? QByteArray() : m_deltas->edges(); !edges.isEmpty()) {
            if (auto s = Pg::copyIn(conn, CopyEdges, edges); !s)
                return fail(s.error());
            const QByteArray sql = QByteArray(EdgeGaps)
                                       .replace("%1", QByteArray::number(m_storedFrom))
                                       .replace("%2", QByteArray::number(m_storedTo))
                                       .replace("%3", QByteArray::number(m_eventBase));
            if (auto s = Pg::exec(conn, sql); !s)
                return fail(s.error());
        }
        PGresult *r = PQexec(conn, "SELECT EXISTS (SELECT 1 FROM pg_temp.uptake_scope)");
        const bool any = PQresultStatus(r) == PGRES_TUPLES_OK && PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
        if (any && !dryRun) {
            if (auto s = Pg::exec(conn, RebuildScoped); !s)
                return fail(s.error());
        }
        // The batch's ids follow the largest before it (imports queue behind the advisory lock).
        QSqlQuery q(m_db);
        q.prepare(u"SELECT min(id), max(id) FROM event WHERE id > ?"_s);
        q.addBindValue(m_eventBase);
        if (!q.exec() || !q.next())
            return fail(Dialect::errorText(q.lastError()));
        first = q.value(0);
        last = q.value(1);
        // Only when some rows repeated an earlier batch does the importer's span of the rows it sent differ from
        // what was stored; reading the batch back costs a scan of its rows, so only then.
        if (inserted < staged && !first.isNull()) {
            q.prepare(u"SELECT min(ts), max(ts), count(*) FILTER (WHERE kind = %1) FROM event WHERE id > ?"_s.arg(
                int(EventKind::Completed)));
            q.addBindValue(m_eventBase);
            if (!q.exec() || !q.next())
                return fail(Dialect::errorText(q.lastError()));
            m_span = StoredSpan{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        }
    }
    if (m_performance > 0) {
        staged += m_performance;
        const QByteArray move = QByteArray(MovePerformance)
                                    .replace("%1", QByteArray::number(m_batchId))
                                    .replace("%2", QByteArray::number(m_performanceBase));
        PGresult *r = PQexec(conn, move.constData());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        inserted += QByteArray(PQcmdTuples(r)).toLongLong();
        PQclear(r);
        if (!ok)
            return fail(why);
        QSqlQuery q(m_db);
        q.prepare(u"SELECT min(id), max(id) FROM performance WHERE id > ?"_s);
        q.addBindValue(m_performanceBase);
        if (!q.exec() || !q.next())
            return fail(Dialect::errorText(q.lastError()));
        first = q.value(0);
        last = q.value(1);
        if (inserted < staged && !first.isNull()) { // as for events: only when some rows repeated
            q.prepare(u"SELECT min(day), max(day) FROM performance WHERE id > ?"_s);
            q.addBindValue(m_performanceBase);
            if (!q.exec() || !q.next())
                return fail(Dialect::errorText(q.lastError()));
            m_span = StoredSpan{q.value(0).toLongLong(), q.value(1).toLongLong(), 0};
        }
    }
    // Rows an earlier batch already holds were counted as imported by the caller; they are duplicates.
    const qint64 repeated = staged - inserted;
    m_counts.imported -= repeated;
    m_counts.duplicates += repeated;
    if (dryRun)
        return {}; // the caller rolls back
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(FinishBatch));
    for (const QVariant &v :
         {QVariant(m_counts.rowsRead), QVariant(m_counts.imported), QVariant(m_counts.rejected),
          QVariant(m_counts.duplicates), first, last, QVariant(text(m_sha256)), QVariant(m_batchId)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(Dialect::errorText(q.lastError()));
    q.finish();
    for (IdPool *pool : {&m_learnerIds, &m_courseIds, &m_contentIds})
        returnUnusedIds(*pool);
    if (auto s = Pg::exec(conn, "COMMIT"); !s)
        return fail(s.error());
    m_open = false;
    return {};
}

void PgDataWriter::rollback()
{
    abandon();
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
