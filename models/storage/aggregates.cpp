#include "aggregates.h"

#include "sqliteutil.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

namespace Uptake::Aggregates {

namespace {

// The rebuild, restricted to the learners in temp.aggregate_scope. Gaps are measured between a
// learner's consecutive events other than failed logins; each is booked on the day of its later event.
constexpr const char *RebuildScoped = R"sql(
DELETE FROM learner_day WHERE learner_id IN (SELECT learner_id FROM temp.aggregate_scope);
DELETE FROM learner_course_day WHERE learner_id IN (SELECT learner_id FROM temp.aggregate_scope);
INSERT INTO learner_day (learner_id, day, events, active_events, failed_logins, completions, duration_events,
                         duration_minutes, gap_s_10, gap_s_15, gap_s_20, gap_s_30, gap_s_45, gap_s_60, gap_s_90,
                         first_ts, first_completion_ts)
SELECT learner_id, day, count(*), sum(kind <> 2), sum(kind = 2), sum(kind = 5), count(duration),
       coalesce(sum(duration), 0),
       sum(CASE WHEN gap < 600 THEN gap ELSE 0 END), sum(CASE WHEN gap < 900 THEN gap ELSE 0 END),
       sum(CASE WHEN gap < 1200 THEN gap ELSE 0 END), sum(CASE WHEN gap < 1800 THEN gap ELSE 0 END),
       sum(CASE WHEN gap < 2700 THEN gap ELSE 0 END), sum(CASE WHEN gap < 3600 THEN gap ELSE 0 END),
       sum(CASE WHEN gap < 5400 THEN gap ELSE 0 END), min(ts), min(CASE WHEN kind = 5 THEN ts END)
FROM (SELECT learner_id, day, kind, duration, ts,
             CASE WHEN kind <> 2 THEN ts - lag(ts) OVER (PARTITION BY learner_id, kind = 2 ORDER BY ts) END AS gap
      FROM event WHERE learner_id IN (SELECT learner_id FROM temp.aggregate_scope))
GROUP BY learner_id, day;
INSERT INTO learner_course_day (learner_id, course_id, day, events, active_events, completions, first_ts,
                                first_completion_ts, last_ts, last_content_id)
SELECT learner_id, course_id, day, count(*), sum(kind <> 2), sum(kind = 5), min(ts),
       min(CASE WHEN kind = 5 THEN ts END), max(ts), max(last_content)
FROM (SELECT learner_id, course_id, day, kind, ts,
             first_value(content_id) OVER (PARTITION BY learner_id, course_id, day ORDER BY ts DESC, id DESC)
                 AS last_content
      FROM event WHERE course_id IS NOT NULL AND learner_id IN (SELECT learner_id FROM temp.aggregate_scope))
GROUP BY learner_id, course_id, day;
DELETE FROM temp.aggregate_scope;
)sql";

// The upserts are "INSERT INTO ... VALUES (row), (row), ... ON CONFLICT ...": several rows per statement
// save each row a statement's start and end (see upsertStatement()).
constexpr int DayColumns = 17;
constexpr const char *UpsertDayInto = R"sql(
INSERT INTO learner_day (learner_id, day, events, active_events, failed_logins, completions, duration_events,
                         duration_minutes, gap_s_10, gap_s_15, gap_s_20, gap_s_30, gap_s_45, gap_s_60, gap_s_90,
                         first_ts, first_completion_ts)
)sql";
constexpr const char *UpsertDayConflict = R"sql(
ON CONFLICT (day, learner_id) DO UPDATE SET
    events = events + excluded.events, active_events = active_events + excluded.active_events,
    failed_logins = failed_logins + excluded.failed_logins, completions = completions + excluded.completions,
    duration_events = duration_events + excluded.duration_events,
    duration_minutes = duration_minutes + excluded.duration_minutes,
    gap_s_10 = gap_s_10 + excluded.gap_s_10, gap_s_15 = gap_s_15 + excluded.gap_s_15,
    gap_s_20 = gap_s_20 + excluded.gap_s_20, gap_s_30 = gap_s_30 + excluded.gap_s_30,
    gap_s_45 = gap_s_45 + excluded.gap_s_45, gap_s_60 = gap_s_60 + excluded.gap_s_60,
    gap_s_90 = gap_s_90 + excluded.gap_s_90, first_ts = min(first_ts, excluded.first_ts),
    first_completion_ts = coalesce(min(first_completion_ts, excluded.first_completion_ts), first_completion_ts,
                                   excluded.first_completion_ts)
)sql";

constexpr int CourseColumns = 10;
constexpr const char *UpsertCourseInto = R"sql(
INSERT INTO learner_course_day (learner_id, course_id, day, events, active_events, completions, first_ts,
                                first_completion_ts, last_ts, last_content_id)
)sql";
constexpr const char *UpsertCourseConflict = R"sql(
ON CONFLICT (day, course_id, learner_id) DO UPDATE SET
    events = events + excluded.events, active_events = active_events + excluded.active_events,
    completions = completions + excluded.completions, first_ts = min(first_ts, excluded.first_ts),
    first_completion_ts = coalesce(min(first_completion_ts, excluded.first_completion_ts), first_completion_ts,
                                   excluded.first_completion_ts),
    last_content_id = CASE WHEN excluded.last_ts >= last_ts THEN excluded.last_content_id ELSE last_content_id END,
    last_ts = max(last_ts, excluded.last_ts)
)sql";

constexpr const char *UpdateDayGaps = R"sql(
UPDATE learner_day SET gap_s_10 = gap_s_10 + ?3, gap_s_15 = gap_s_15 + ?4, gap_s_20 = gap_s_20 + ?5,
                       gap_s_30 = gap_s_30 + ?6, gap_s_45 = gap_s_45 + ?7, gap_s_60 = gap_s_60 + ?8,
                       gap_s_90 = gap_s_90 + ?9
WHERE learner_id = ?1 AND day = ?2
)sql";

/// Sums are flushed when this many keys are held (~10 MB). The tables are keyed day first, so flushing a file
/// in time order appends; the days around the current one stay in memory (see flush()), which at 5M rows
/// over half a year are ~30,000 keys: the limit leaves room for them, so their rows are written once.
constexpr qsizetype FlushLimit = 60'000;

/// Rows per multi-row upsert.
constexpr int RowsPerUpsert = 64;

/// into, then rows groups of columns placeholders, then conflict.
sqlite3_stmt *upsertStatement(sqlite3 *db, const char *into, const char *conflict, int columns, int rows)
{
    QByteArray group = "(?";
    for (int c = 1; c < columns; ++c)
        group += ", ?";
    group += ')';
    QByteArray sql = into;
    sql += "VALUES ";
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += ", ";
        sql += group;
    }
    sql += conflict;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return nullptr;
    }
    return s;
}

/// Writes rows 0..count-1 through bind(statement, first parameter, row), RowsPerUpsert per statement.
/// Returns SQLite's error, or an empty string.
template<typename Bind>
QString upsertRows(sqlite3 *db, const char *into, const char *conflict, int columns, qsizetype count, Bind bind)
{
    sqlite3_stmt *many = count >= RowsPerUpsert ? upsertStatement(db, into, conflict, columns, RowsPerUpsert) : nullptr;
    sqlite3_stmt *one = upsertStatement(db, into, conflict, columns, 1);
    bool ok = one && (many || count < RowsPerUpsert);
    qsizetype row = 0;
    for (; ok && count - row >= RowsPerUpsert; row += RowsPerUpsert) {
        sqlite3_reset(many);
        for (int r = 0; r < RowsPerUpsert; ++r)
            bind(many, r * columns + 1, row + r);
        ok = sqlite3_step(many) == SQLITE_DONE;
    }
    for (; ok && row < count; ++row) {
        sqlite3_reset(one);
        bind(one, 1, row);
        ok = sqlite3_step(one) == SQLITE_DONE;
    }
    const QString error = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(many);
    sqlite3_finalize(one);
    return error;
}

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

void bindOptionalTs(sqlite3_stmt *s, int index, qint64 ts)
{
    if (ts)
        sqlite3_bind_int64(s, index, ts);
    else
        sqlite3_bind_null(s, index);
}

} // namespace

bool isSessionTimeout(int minutes)
{
    return std::find(std::begin(SessionTimeouts), std::end(SessionTimeouts), minutes) != std::end(SessionTimeouts);
}

Status rebuildLearners(sqlite3 *db, const QSet<qint64> &learners)
{
    if (learners.isEmpty())
        return {};
    if (auto s = Sqlite::exec(db, "CREATE TEMP TABLE IF NOT EXISTS aggregate_scope (learner_id INTEGER PRIMARY KEY);"
                                  "DELETE FROM temp.aggregate_scope;");
        !s)
        return s;
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO temp.aggregate_scope VALUES (?)", -1, &insert, nullptr) !=
        SQLITE_OK)
        return Status::failure(lastError(db));
    for (qint64 id : learners) {
        sqlite3_reset(insert);
        sqlite3_bind_int64(insert, 1, id);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            const QString why = lastError(db);
            sqlite3_finalize(insert);
            return Status::failure(why);
        }
    }
    sqlite3_finalize(insert);
    if (auto s = Sqlite::exec(db, RebuildScoped); !s)
        return Status::failure(
            QCoreApplication::translate("Uptake::Aggregates", "Cannot update the dashboard's figures: %1")
                .arg(s.error()));
    return {};
}

Status rebuildAll(sqlite3 *db)
{
    if (auto s = Sqlite::exec(db, "CREATE TEMP TABLE IF NOT EXISTS aggregate_scope (learner_id INTEGER PRIMARY KEY);"
                                  "DELETE FROM temp.aggregate_scope;"
                                  "INSERT INTO temp.aggregate_scope SELECT DISTINCT learner_id FROM event;");
        !s)
        return s;
    if (auto s = Sqlite::exec(db, "DELETE FROM learner_day; DELETE FROM learner_course_day;"); !s)
        return s;
    if (auto s = Sqlite::exec(db, RebuildScoped); !s)
        return Status::failure(
            QCoreApplication::translate("Uptake::Aggregates", "Cannot update the dashboard's figures: %1")
                .arg(s.error()));
    return {};
}

Builder::Builder(sqlite3 *db)
    : m_db(db)
{}

Builder::~Builder() = default;

Status Builder::add(const Event &e, bool inserted)
{
    m_sums.add(e, inserted);
    if (m_sums.size() > FlushLimit)
        return flush(false);
    return {};
}

Status Builder::flush(bool all)
{
    all = m_sums.writeAll(all, FlushLimit);
    sqlite3_stmt *gaps = nullptr;
    auto fail = [&](const QString &why) {
        sqlite3_finalize(gaps);
        return Status::failure(
            QCoreApplication::translate("Uptake::Aggregates", "Cannot update the dashboard's figures: %1").arg(why));
    };
    // Written in key order. Only a gap booked on a day whose events were written earlier (events == 0) is merged
    // below instead.
    auto days = m_sums.sortedDays(all);
    std::erase_if(days, [](const auto &row) { return row.second->events == 0; });
    const QString dayError = upsertRows(m_db, UpsertDayInto, UpsertDayConflict, DayColumns, qsizetype(days.size()),
                                        [&days](sqlite3_stmt *s, int p, qsizetype row) {
                                            const BatchSums::DayKey &key = days[size_t(row)].first;
                                            const BatchSums::DaySums &d = *days[size_t(row)].second;
                                            sqlite3_bind_int64(s, p, key.learner);
                                            sqlite3_bind_int64(s, p + 1, key.day);
                                            sqlite3_bind_int64(s, p + 2, d.events);
                                            sqlite3_bind_int64(s, p + 3, d.active);
                                            sqlite3_bind_int64(s, p + 4, d.failed);
                                            sqlite3_bind_int64(s, p + 5, d.completions);
                                            sqlite3_bind_int64(s, p + 6, d.durationEvents);
                                            sqlite3_bind_double(s, p + 7, d.durationMinutes);
                                            for (int i = 0; i < int(std::size(SessionTimeouts)); ++i)
                                                sqlite3_bind_int64(s, p + 8 + i, d.gaps[i]);
                                            sqlite3_bind_int64(s, p + 15, d.firstTs);
                                            bindOptionalTs(s, p + 16, d.firstCompletionTs);
                                        });
    if (!dayError.isEmpty())
        return fail(dayError);
    // A gap can land on a day that has no events in this chunk (flushed earlier); add it to that row.
    for (auto it = m_sums.days().cbegin(); it != m_sums.days().cend(); ++it) {
        const BatchSums::DaySums &d = it.value();
        if (d.events != 0 || m_sums.held(it.key().day, all))
            continue;
        if (!gaps && sqlite3_prepare_v2(m_db, UpdateDayGaps, -1, &gaps, nullptr) != SQLITE_OK)
            return fail(lastError(m_db));
        sqlite3_reset(gaps);
        sqlite3_bind_int64(gaps, 1, it.key().learner);
        sqlite3_bind_int64(gaps, 2, it.key().day);
        for (int i = 0; i < int(std::size(SessionTimeouts)); ++i)
            sqlite3_bind_int64(gaps, 3 + i, d.gaps[i]);
        if (sqlite3_step(gaps) != SQLITE_DONE)
            return fail(lastError(m_db));
    }
    const auto courses = m_sums.sortedCourses(all);
    const QString courseError =
        upsertRows(m_db, UpsertCourseInto, UpsertCourseConflict, CourseColumns, qsizetype(courses.size()),
                   [&courses](sqlite3_stmt *s, int p, qsizetype row) {
                       const BatchSums::CourseKey &key = courses[size_t(row)].first;
                       const BatchSums::CourseSums &c = *courses[size_t(row)].second;
                       sqlite3_bind_int64(s, p, key.learner);
                       sqlite3_bind_int64(s, p + 1, key.course);
                       sqlite3_bind_int64(s, p + 2, key.day);
                       sqlite3_bind_int64(s, p + 3, c.events);
                       sqlite3_bind_int64(s, p + 4, c.active);
                       sqlite3_bind_int64(s, p + 5, c.completions);
                       sqlite3_bind_int64(s, p + 6, c.firstTs);
                       bindOptionalTs(s, p + 7, c.firstCompletionTs);
                       sqlite3_bind_int64(s, p + 8, c.lastTs);
                       if (c.lastContent)
                           sqlite3_bind_int64(s, p + 9, c.lastContent);
                       else
                           sqlite3_bind_null(s, p + 9);
                   });
    if (!courseError.isEmpty())
        return fail(courseError);
    sqlite3_finalize(gaps);
    m_sums.dropWritten(all);
    return {};
}

Status Builder::finish()
{
    if (auto s = flush(true); !s)
        return s;
    // Learners with a row that fell outside their recent events are recomputed from events. So are those whose
    // rows come within a session timeout of the events stored before without repeating any of them (next
    // month's export starting minutes after this month's last event): the gap between the two files is learning
    // time that only the events know. A batch that repeats stored rows has them in its recent lists instead.
    const qint64 reach = qint64(SessionTimeouts[std::size(SessionTimeouts) - 1]) * 60;
    QSet<qint64> unordered;
    m_sums.forEachLearner([&](qint64 learner, const BatchSums::LearnerState &s) {
        const bool nearStored =
            m_storedFrom <= m_storedTo && s.maxTs >= m_storedFrom - reach && s.minTs <= m_storedTo + reach;
        if (s.rebuild || (nearStored && !s.sawStored))
            unordered.insert(learner);
    });
    return rebuildLearners(m_db, unordered);
}

} // namespace Uptake::Aggregates
