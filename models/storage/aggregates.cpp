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

void Builder::bookGap(qint64 learner, qint64 day, qint64 gap, int sign)
{
    if (gap <= 0 || gap >= qint64(SessionTimeouts[std::size(SessionTimeouts) - 1]) * 60)
        return;
    DaySums &target = m_days[DayKey{learner, day}];
    for (size_t i = 0; i < std::size(SessionTimeouts); ++i) {
        if (gap < qint64(SessionTimeouts[i]) * 60)
            target.gaps[i] += sign * gap;
    }
}

void Builder::orderGap(qint64 learner, LearnerState &state, const Event &e, bool inserted)
{
    std::vector<Recent> &v = state.recent;
    if (!v.empty() && ((e.ts < v.front().ts && state.truncatedLow) || (e.ts > v.back().ts && state.truncatedHigh))) {
        // Its neighbour in time was dropped from the list: recompute this learner from events at the end.
        state.rebuild = true;
        v = {};
        return;
    }
    // After any entries with the same time: ties make zero gaps, so their order does not matter.
    const auto pos = std::upper_bound(v.begin(), v.end(), e.ts, [](qint64 ts, const Recent &r) { return ts < r.ts; });
    const Recent *before = pos != v.begin() ? &*(pos - 1) : nullptr;
    const Recent *after = pos != v.end() ? &*pos : nullptr;
    if (before && after) {
        if (!before->inserted && !after->inserted) {
            // Between two events of an earlier batch, whose gap that batch booked (or not, if others
            // lay between them): only the events know.
            state.rebuild = true;
            v = {};
            return;
        }
        // A late row splits a gap this batch booked: take it back, book the two halves below.
        bookGap(learner, after->day, after->ts - before->ts, -1);
    }
    // A gap is booked on the day of its later event; one between two old events was booked before.
    if (before && (inserted || before->inserted))
        bookGap(learner, e.day, e.ts - before->ts, +1);
    if (after && (inserted || after->inserted))
        bookGap(learner, after->day, after->ts - e.ts, +1);
    if (!v.empty()) {
        if (!after)
            ++state.forward;
        else if (!before)
            ++state.backward;
    }
    v.insert(pos, Recent{e.ts, e.day, inserted});
    // Keep the entries nearest the frontier the file moves towards (oldest first, or newest first as
    // Moodle writes its logs), and one beyond the horizon: the neighbour of a row up to a day late, however
    // long the learner was away before. A row behind the dropped ones is rare and takes the rebuild above.
    if (state.backward > state.forward) {
        const qint64 frontier = v.front().ts;
        size_t keep = v.size();
        while (keep > 1 && (keep > RecentLimit || v[keep - 2].ts > frontier + RecentHorizon))
            --keep;
        if (keep < v.size()) {
            v.erase(v.begin() + qsizetype(keep), v.end());
            state.truncatedHigh = true;
        }
    } else {
        const qint64 frontier = v.back().ts;
        size_t drop = 0;
        while (v.size() - drop > 1 && (v.size() - drop > RecentLimit || v[drop + 1].ts < frontier - RecentHorizon))
            ++drop;
        if (drop > 0) {
            v.erase(v.begin(), v.begin() + qsizetype(drop));
            state.truncatedLow = true;
        }
    }
}

Status Builder::add(const Event &e, bool inserted)
{
    m_currentDay = e.day;
    const bool failed = e.kind == 2;
    const bool completed = e.kind == 5;
    if (!failed) {
        LearnerState &state = m_learners[e.learner];
        state.minTs = std::min(state.minTs, e.ts);
        state.maxTs = std::max(state.maxTs, e.ts);
        state.sawStored = state.sawStored || !inserted;
        if (!state.rebuild)
            orderGap(e.learner, state, e, inserted);
    }
    if (!inserted)
        return {};
    DaySums &d = m_days[DayKey{e.learner, e.day}];
    if (d.events == 0 || e.ts < d.firstTs)
        d.firstTs = e.ts;
    ++d.events;
    d.active += failed ? 0 : 1;
    d.failed += failed ? 1 : 0;
    if (completed) {
        ++d.completions;
        if (d.firstCompletionTs == 0 || e.ts < d.firstCompletionTs)
            d.firstCompletionTs = e.ts;
    }
    if (e.durationMinutes) {
        ++d.durationEvents;
        d.durationMinutes += *e.durationMinutes;
    }
    if (e.course) {
        CourseSums &c = m_courses[CourseKey{e.learner, e.course, e.day}];
        if (c.events == 0 || e.ts < c.firstTs)
            c.firstTs = e.ts;
        if (c.events == 0 || e.ts >= c.lastTs) {
            c.lastTs = e.ts;
            c.lastContent = e.content;
        }
        ++c.events;
        c.active += failed ? 0 : 1;
        if (completed) {
            ++c.completions;
            if (c.firstCompletionTs == 0 || e.ts < c.firstCompletionTs)
                c.firstCompletionTs = e.ts;
        }
    }
    if (m_days.size() + m_courses.size() > FlushLimit)
        return flush(false);
    return {};
}

Status Builder::flush(bool all)
{
    // The days next to the file's current one are still growing: written now, their rows would be written
    // twice (an insert now, an update at the next flush), so they wait unless they alone fill the sums.
    auto held = [this, &all](qint64 day) { return !all && day >= m_currentDay - 1 && day <= m_currentDay + 1; };
    if (!all) {
        qsizetype heldKeys = 0;
        for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
            heldKeys += held(it.key().day) ? 1 : 0;
        for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it)
            heldKeys += held(it.key().day) ? 1 : 0;
        all = heldKeys * 2 > FlushLimit;
    }
    sqlite3_stmt *gaps = nullptr;
    auto fail = [&](const QString &why) {
        sqlite3_finalize(gaps);
        return Status::failure(
            QCoreApplication::translate("Uptake::Aggregates", "Cannot update the dashboard's figures: %1").arg(why));
    };
    // Written in key order: appending to a B-tree is several times faster than inserting at random.
    // Only a gap booked on a day whose events arrived earlier (events == 0) is merged below instead.
    std::vector<std::pair<DayKey, const DaySums *>> days;
    days.reserve(size_t(m_days.size()));
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        if (!held(it.key().day) && it->events != 0)
            days.emplace_back(it.key(), &it.value());
    std::sort(days.begin(), days.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.day, a.first.learner) < std::tie(b.first.day, b.first.learner);
    });
    const QString dayError = upsertRows(m_db, UpsertDayInto, UpsertDayConflict, DayColumns, qsizetype(days.size()),
                                        [&days](sqlite3_stmt *s, int p, qsizetype row) {
                                            const DayKey &key = days[size_t(row)].first;
                                            const DaySums &d = *days[size_t(row)].second;
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
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        const DaySums &d = it.value();
        if (d.events != 0 || held(it.key().day))
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
    std::vector<std::pair<CourseKey, const CourseSums *>> courses;
    courses.reserve(size_t(m_courses.size()));
    for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it)
        if (!held(it.key().day))
            courses.emplace_back(it.key(), &it.value());
    std::sort(courses.begin(), courses.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.day, a.first.course, a.first.learner) <
               std::tie(b.first.day, b.first.course, b.first.learner);
    });
    const QString courseError =
        upsertRows(m_db, UpsertCourseInto, UpsertCourseConflict, CourseColumns, qsizetype(courses.size()),
                   [&courses](sqlite3_stmt *s, int p, qsizetype row) {
                       const CourseKey &key = courses[size_t(row)].first;
                       const CourseSums &c = *courses[size_t(row)].second;
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
    if (all) {
        m_days.clear();
        m_courses.clear();
    } else {
        m_days.removeIf([&held](QHash<DayKey, DaySums>::iterator it) { return !held(it.key().day); });
        m_courses.removeIf([&held](QHash<CourseKey, CourseSums>::iterator it) { return !held(it.key().day); });
    }
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
    for (auto it = m_learners.cbegin(); it != m_learners.cend(); ++it) {
        const bool nearStored =
            m_storedFrom <= m_storedTo && it->maxTs >= m_storedFrom - reach && it->minTs <= m_storedTo + reach;
        if (it->rebuild || (nearStored && !it->sawStored))
            unordered.insert(it.key());
    }
    return rebuildLearners(m_db, unordered);
}

} // namespace Uptake::Aggregates
