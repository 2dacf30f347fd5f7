#pragma once

// The aggregates the dashboard reads (learner_day, learner_course_day; see schema.h, migration 3).
// The importer feeds every event it really inserted to an AggregateBuilder, which sums them in memory
// and merges them into the tables in additive upserts; undoing a batch rebuilds the rows of the learners
// it touched from the remaining events. Only models/storage and models/import use this header.

#include "domain/result.h"

#include <QHash>
#include <QSet>

#include <limits>
#include <optional>
#include <vector>

struct sqlite3;

namespace Uptake::Aggregates {

/// Session timeouts (minutes) for which learner_day keeps estimated learning time (gap_s_T columns).
inline constexpr int SessionTimeouts[] = {10, 15, 20, 30, 45, 60, 90};
inline constexpr int DefaultSessionTimeout = 30;
/// True when minutes is one of SessionTimeouts.
bool isSessionTimeout(int minutes);

/// Rebuilds all aggregate rows of the given learners from the events table (inside the caller's
/// transaction). An empty set does nothing.
Status rebuildLearners(sqlite3 *db, const QSet<qint64> &learners);
/// Rebuilds every aggregate row from the events table.
Status rebuildAll(sqlite3 *db);

/// Sums events of one batch in memory and merges them into the aggregate tables. Memory stays bounded:
/// the sums are flushed whenever they grow past a limit, which is correct because every column merges
/// additively (counts, sums) or by min/max.
class Builder
{
public:
    struct Event
    {
        qint64 learner = 0;
        qint64 day = 0;
        qint64 ts = 0;
        qint64 course = 0;  ///< 0: none
        qint64 content = 0; ///< 0: none
        int kind = 0;
        std::optional<double> durationMinutes;
    };

    explicit Builder(sqlite3 *db);
    ~Builder();
    Q_DISABLE_COPY_MOVE(Builder)

    /// Adds an event the batch inserted. A duplicate (already in the workspace) is passed with
    /// inserted = false: it counts nowhere, but the gap between it and a new neighbour is learning time
    /// that no earlier batch booked.
    Status add(const Event &event, bool inserted = true);
    /// The time span (epoch seconds) of the events stored before this batch; from > to when there are none.
    void setStoredSpan(qint64 from, qint64 to)
    {
        m_storedFrom = from;
        m_storedTo = to;
    }
    /// Writes what is left and repairs the learning-time estimate of learners whose events arrived out
    /// of time order. Call once, before the batch commits.
    Status finish();

private:
    struct DayKey
    {
        qint64 learner;
        qint64 day;
        friend bool operator==(const DayKey &, const DayKey &) = default;
    };
    struct CourseKey
    {
        qint64 learner;
        qint64 course;
        qint64 day;
        friend bool operator==(const CourseKey &, const CourseKey &) = default;
    };
    /// A strong 64-bit mix: the keys are small, dense integers, on which a plain combine collides a lot.
    static size_t mix(quint64 x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return size_t(x);
    }
    friend size_t qHash(const DayKey &k, size_t seed)
    {
        return mix(quint64(k.learner) * 0x9e3779b97f4a7c15ULL + quint64(k.day) + seed);
    }
    friend size_t qHash(const CourseKey &k, size_t seed)
    {
        return mix((quint64(k.learner) * 0x9e3779b97f4a7c15ULL + quint64(k.course)) * 0xc2b2ae3d27d4eb4fULL +
                   quint64(k.day) + seed);
    }

    struct DaySums
    {
        qint64 events = 0, active = 0, failed = 0, completions = 0, durationEvents = 0;
        double durationMinutes = 0;
        qint64 gaps[std::size(SessionTimeouts)] = {};
        qint64 firstTs = 0;
        qint64 firstCompletionTs = 0; ///< 0: none
    };
    struct CourseSums
    {
        qint64 events = 0, active = 0, completions = 0;
        qint64 firstTs = 0, firstCompletionTs = 0, lastTs = 0, lastContent = 0;
    };
    /// A learner's recent active events (not failed logins), in time order: the ones nearest the file's
    /// time frontier, at most RecentLimit of them and within RecentHorizon seconds of it. The list is
    /// complete between its first and last entry, so a late row that falls inside it finds both of its
    /// neighbours, and the gap it splits is moved exactly, without reading events back.
    struct Recent
    {
        qint64 ts = 0;
        qint64 day = 0;
        bool inserted = true;
    };
    struct LearnerState
    {
        std::vector<Recent> recent;
        qint64 forward = 0, backward = 0; ///< moves of the learner's frontier: the file's direction
        bool truncatedLow = false;        ///< entries older than recent.front() were dropped
        bool truncatedHigh = false;       ///< entries newer than recent.back() were dropped
        bool rebuild = false;             ///< a row fell outside the list: rebuilt from events at the end
        bool sawStored = false;           ///< a row of this batch repeated a stored one
        qint64 minTs = std::numeric_limits<qint64>::max(), maxTs = std::numeric_limits<qint64>::min();
    };
    static constexpr size_t RecentLimit = 48;
    static constexpr qint64 RecentHorizon = 86400;

    void bookGap(qint64 learner, qint64 day, qint64 gap, int sign);
    void orderGap(qint64 learner, LearnerState &state, const Event &e, bool inserted);

    /// Writes the sums; unless all, those of the days next to the current one wait for the next flush.
    Status flush(bool all);

    sqlite3 *m_db;
    QHash<DayKey, DaySums> m_days;
    QHash<CourseKey, CourseSums> m_courses;
    QHash<qint64, LearnerState> m_learners;
    qint64 m_currentDay = 0; ///< the day of the last event added
    qint64 m_storedFrom = std::numeric_limits<qint64>::max();
    qint64 m_storedTo = std::numeric_limits<qint64>::min();
};

} // namespace Uptake::Aggregates
