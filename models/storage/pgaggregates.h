#pragma once

// The aggregates (learner_day, learner_course_day; schema.h, migration 3) of a batch on a team workspace, summed
// by the client as PgDataWriter copies events in, instead of rebuilt by the server from every event of the
// batch's learners. The same arithmetic as Aggregates::Builder (aggregates.h) for the SQLite writer; the sums go
// out as COPY text into temporary tables, and PgDataWriter merges them in one additive upsert at commit. Only
// models/storage uses this header.

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <limits>
#include <optional>
#include <vector>

namespace Uptake {

/// Sums of one batch's events that certainly went in (never a possible duplicate). Exact for any file order:
/// a learner whose rows arrive too far out of order for its list of recent events is named in rebuild(), and
/// the caller recomputes that learner from the events table instead.
class PgAggregateDeltas
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

    /// The time span of the events stored before the batch (none: a first import). The batch's events all lie
    /// outside it; the gap between a learner's stored events and the batch's nearest one is added at commit
    /// from edges().
    void setStoredSpan(qint64 from, qint64 to)
    {
        m_spanKnown = true;
        m_storedFrom = from;
        m_storedTo = to;
    }
    /// The days for which the aggregate tables hold no rows (before below, after above): their sums go straight
    /// in with COPY the first time they are written, the others are merged into the tables' rows at commit.
    void setNewDays(qint64 below, qint64 above)
    {
        m_newBelow = below;
        m_newAbove = above;
    }
    void add(const Event &e);
    /// True when the sums should be written out (memory stays bounded).
    bool full() const { return m_days.size() + m_courses.size() >= FlushLimit; }
    /// Moves the sums out as COPY text rows; unless all, those of the days next to the current one wait (they
    /// are still growing). Rows of keys the tables cannot hold yet and not written before go to the direct
    /// arrays, in the tables' column order (learner_day: learner_id, day, 13 sums, first_ts,
    /// first_completion_ts; learner_course_day: learner_id, course_id, day, events, active_events, completions,
    /// first_ts, first_completion_ts, last_ts, last_content_id). The others go to the merge arrays, the same
    /// columns (first_ts \N on a row of gaps only) and for courses a part number, so that a later part's last
    /// content wins a tie.
    void take(bool all, QByteArray &directDays, QByteArray &directCourses, QByteArray &mergeDays,
              QByteArray &mergeCourses);
    bool isEmpty() const { return m_days.isEmpty() && m_courses.isEmpty(); }
    /// Learners whose learning-time gaps the sums cannot give exactly: the caller rebuilds them.
    QSet<qint64> rebuild() const;
    /// Per learner with learning events and a stored span: COPY text rows (learner_id, side, ts, day), side 1
    /// for the earliest learning event after the span, -1 for the latest before it.
    QByteArray edges() const;

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
    static constexpr int Timeouts[] = {10, 15, 20, 30, 45, 60, 90}; ///< Aggregates::SessionTimeouts
    struct DaySums
    {
        qint64 events = 0, active = 0, failed = 0, completions = 0, durationEvents = 0;
        double durationMinutes = 0;
        qint64 gaps[std::size(Timeouts)] = {};
        qint64 firstTs = 0;
        qint64 firstCompletionTs = 0; ///< 0: none
    };
    struct CourseSums
    {
        qint64 events = 0, active = 0, completions = 0;
        qint64 firstTs = 0, firstCompletionTs = 0, lastTs = 0, lastContent = 0;
    };
    struct Recent
    {
        qint64 ts = 0;
        qint64 day = 0;
    };
    /// As in Aggregates::Builder: a learner's learning events nearest the file's frontier, complete between
    /// the first and the last, so a late row inside it splits its gap exactly.
    struct LearnerState
    {
        std::vector<Recent> recent;
        qint64 forward = 0, backward = 0;
        bool truncatedLow = false, truncatedHigh = false;
        bool rebuild = false;
        bool before = false, after = false; ///< has learning events before / after the stored span
        qint64 minTs = std::numeric_limits<qint64>::max(), minDay = 0;
        qint64 maxTs = std::numeric_limits<qint64>::min(), maxDay = 0;
    };
    static constexpr size_t RecentLimit = 48;
    static constexpr qint64 RecentHorizon = 86400;
    static constexpr qsizetype FlushLimit = 100'000;

    void bookGap(qint64 learner, qint64 day, qint64 gap, int sign);
    void orderGap(qint64 learner, LearnerState &state, const Event &e);

    QHash<DayKey, DaySums> m_days;
    QHash<CourseKey, CourseSums> m_courses;
    QHash<qint64, LearnerState> m_learners;
    QSet<DayKey> m_writtenDays; ///< keys written out before: their next sums are merged
    QSet<CourseKey> m_writtenCourses;
    qint64 m_currentDay = 0;
    qint64 m_newBelow = std::numeric_limits<qint64>::min();
    qint64 m_newAbove = std::numeric_limits<qint64>::max();
    bool m_spanKnown = false;
    qint64 m_storedFrom = 0, m_storedTo = 0;
    int m_parts = 0;
};

} // namespace Uptake
