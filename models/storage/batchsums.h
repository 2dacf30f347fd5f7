#pragma once

// The arithmetic both import writers share: a batch's events summed in memory per learner and day and per learner,
// course and day (the rows of learner_day and learner_course_day, schema.h migration 3), and per learner the recent
// learning events that let a row arriving out of time order move a learning-time gap exactly. Aggregates::Builder
// (aggregates.h) writes the sums into SQLite, PgAggregateDeltas (pgaggregates.h) into PostgreSQL. Only
// models/storage uses this header.

#include <QHash>
#include <QVarLengthArray>

#include <array>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Uptake::Aggregates {

/// Session timeouts (minutes) for which learner_day keeps estimated learning time (gap_s_T columns).
inline constexpr int SessionTimeouts[] = {10, 15, 20, 30, 45, 60, 90};
inline constexpr int DefaultSessionTimeout = 30;

/// A strong 64-bit mix for hashing the sums' keys: small, dense integers, on which a plain combine collides a lot.
inline size_t mixKey(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return size_t(x);
}

class BatchSums
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
    struct DayKey
    {
        qint64 learner;
        qint64 day;
        friend bool operator==(const DayKey &, const DayKey &) = default;
        friend size_t qHash(const DayKey &k, size_t seed)
        {
            return mixKey(quint64(k.learner) * 0x9e3779b97f4a7c15ULL + quint64(k.day) + seed);
        }
    };
    struct CourseKey
    {
        qint64 learner;
        qint64 course;
        qint64 day;
        friend bool operator==(const CourseKey &, const CourseKey &) = default;
        friend size_t qHash(const CourseKey &k, size_t seed)
        {
            return mixKey((quint64(k.learner) * 0x9e3779b97f4a7c15ULL + quint64(k.course)) * 0xc2b2ae3d27d4eb4fULL +
                          quint64(k.day) + seed);
        }
    };
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
    /// One of a learner's recent learning events (not failed logins).
    struct Recent
    {
        qint64 ts = 0;
        qint64 day = 0;
        bool inserted = true; ///< false: a row an earlier batch stored, whose gaps that batch booked
    };
    /// A learner's recent learning events, in time order: the ones nearest the file's time frontier, at most
    /// RecentLimit of them and within RecentHorizon seconds of it. The list is complete between its first and last
    /// entry, so a late row that falls inside it finds both of its neighbours, and the gap it splits is moved
    /// exactly, without reading events back. A row that falls outside it sets rebuild: the caller recomputes that
    /// learner from the events table.
    struct LearnerState
    {
        /// A few entries in place: most learners have one or two events a day, and a list of its own cost each
        /// of them an allocation and the import a cache miss per row.
        QVarLengthArray<Recent, 4> recent;
        qint64 forward = 0, backward = 0; ///< moves of the learner's frontier: the file's direction
        bool truncatedLow = false;        ///< entries older than recent.front() were dropped
        bool truncatedHigh = false;       ///< entries newer than recent.back() were dropped
        bool rebuild = false;
        bool sawStored = false;             ///< a row of this batch repeated a stored one
        bool before = false, after = false; ///< has learning events before / after the stored span
        qint64 minTs = std::numeric_limits<qint64>::max(), minDay = 0;
        qint64 maxTs = std::numeric_limits<qint64>::min(), maxDay = 0;
    };

    /// The time span (epoch seconds) of the events stored before the batch: LearnerState::before and after are
    /// set against it. Without it they stay false.
    void setStoredSpan(qint64 from, qint64 to)
    {
        m_spanKnown = true;
        m_storedFrom = from;
        m_storedTo = to;
    }

    /// Adds an event of the batch. A duplicate (already in the workspace: inserted false) counts nowhere, but the gap
    /// between it and a new neighbour is learning time that no earlier batch booked.
    void add(const Event &e, bool inserted = true);

    /// The days next to the batch's current one are still growing: written now, their rows would be written twice
    /// (an insert now, an update at the next write), so they wait unless all.
    bool held(qint64 day, bool all) const { return !all && day >= m_currentDay - 1 && day <= m_currentDay + 1; }
    /// all, or whether the held days alone fill half of limit keys (then they are written too).
    bool writeAll(bool all, qsizetype limit) const;
    /// The day and course sums not held, in the tables' key order (day first): appending to a B-tree is several
    /// times faster than inserting all over it.
    std::vector<std::pair<DayKey, const DaySums *>> sortedDays(bool all) const;
    std::vector<std::pair<CourseKey, const CourseSums *>> sortedCourses(bool all) const;
    /// Forgets the sums sortedDays(all) and sortedCourses(all) returned, once they are written.
    void dropWritten(bool all);

    const QHash<DayKey, DaySums> &days() const { return m_days; }
    qsizetype size() const { return m_days.size() + m_courses.size(); }
    bool isEmpty() const { return m_days.isEmpty() && m_courses.isEmpty(); }
    /// Calls f(learner, state) for every learner an event was added for.
    template<typename F>
    void forEachLearner(F f) const
    {
        for (size_t i = 0; i < m_stateIds.size(); ++i)
            f(m_stateIds[i], state(i));
        for (auto it = m_farLearners.cbegin(); it != m_farLearners.cend(); ++it)
            f(it.key(), it.value());
    }

private:
    static constexpr qsizetype RecentLimit = 48;
    static constexpr qint64 RecentHorizon = 86400;

    void bookGap(qint64 learner, qint64 day, qint64 gap, int sign);
    /// The state of a learner, made on first use.
    LearnerState &learner(qint64 id);
    void orderGap(qint64 learner, LearnerState &state, const Event &e, bool inserted);

    QHash<DayKey, DaySums> m_days;
    QHash<CourseKey, CourseSums> m_courses;
    /// The learners' states, in the order they were first seen, found through pages of LearnerPage indexes by learner
    /// id: a workspace's learner ids are row ids, small and mostly dense, so a row's lookup is an index read from a
    /// small array where a QHash took two cache misses. A page costs 4 KB whichever of its ids the batch names, so
    /// scattered ids (a slice of a big roster, a team workspace's id blocks) cost at most 16 MB for ids up to 4M;
    /// ids beyond (or below 0) are kept in a hash.
    static constexpr size_t LearnerPage = 1024;
    static constexpr qint64 PagedLearners = qint64(1) << 22;
    std::vector<std::unique_ptr<std::array<quint32, LearnerPage>>> m_learnerPages; ///< index + 1 of a state; 0: none
    /// The states in blocks that never move: one vector of them took twice their size while it grew (peak memory).
    static constexpr size_t StateBlock = 1024;
    std::vector<std::unique_ptr<std::array<LearnerState, StateBlock>>> m_stateBlocks;
    std::vector<qint64> m_stateIds; ///< the learner of each state, in the order they were made
    const LearnerState &state(size_t i) const { return (*m_stateBlocks[i / StateBlock])[i % StateBlock]; }
    QHash<qint64, LearnerState> m_farLearners;
    qint64 m_currentDay = 0; ///< the day of the last event added
    bool m_spanKnown = false;
    qint64 m_storedFrom = std::numeric_limits<qint64>::max();
    qint64 m_storedTo = std::numeric_limits<qint64>::min();
};

} // namespace Uptake::Aggregates
