#pragma once

// The aggregates (learner_day, learner_course_day; schema.h, migration 3) of a batch on a team workspace, summed
// by the client as PgDataWriter copies events in, instead of rebuilt by the server from every event of the
// batch's learners. The same arithmetic as Aggregates::Builder (aggregates.h) for the SQLite writer; the sums go
// out as COPY text into temporary tables, and PgDataWriter merges them in one additive upsert at commit. Only
// models/storage uses this header.

#include "batchsums.h"

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
    using Event = Aggregates::BatchSums::Event;

    /// The time span of the events stored before the batch (none: a first import). The batch's events all lie
    /// outside it; the gap between a learner's stored events and the batch's nearest one is added at commit
    /// from edges().
    void setStoredSpan(qint64 from, qint64 to)
    {
        m_spanKnown = true;
        m_sums.setStoredSpan(from, to);
    }
    /// The days for which the aggregate tables hold no rows (before below, after above): their sums go straight
    /// in with COPY the first time they are written, the others are merged into the tables' rows at commit.
    void setNewDays(qint64 below, qint64 above)
    {
        m_newBelow = below;
        m_newAbove = above;
    }
    void add(const Event &e) { m_sums.add(e); }
    /// True when the sums should be written out (memory stays bounded).
    bool full() const { return m_sums.size() >= FlushLimit; }
    /// Moves the sums out as COPY text rows; unless all, those of the days next to the current one wait (they
    /// are still growing). Rows of keys the tables cannot hold yet and not written before go to the direct
    /// arrays, in the tables' column order (learner_day: learner_id, day, 13 sums, first_ts,
    /// first_completion_ts; learner_course_day: learner_id, course_id, day, events, active_events, completions,
    /// first_ts, first_completion_ts, last_ts, last_content_id). The others go to the merge arrays, the same
    /// columns (first_ts \N on a row of gaps only) and for courses a part number, so that a later part's last
    /// content wins a tie.
    void take(bool all, QByteArray &directDays, QByteArray &directCourses, QByteArray &mergeDays,
              QByteArray &mergeCourses);
    bool isEmpty() const { return m_sums.isEmpty(); }
    /// Learners whose learning-time gaps the sums cannot give exactly: the caller rebuilds them.
    QSet<qint64> rebuild() const;
    /// Per learner with learning events and a stored span: COPY text rows (learner_id, side, ts, day), side 1
    /// for the earliest learning event after the span, -1 for the latest before it.
    QByteArray edges() const;

private:
    static constexpr qsizetype FlushLimit = 100'000;

    Aggregates::BatchSums m_sums;
    QSet<Aggregates::BatchSums::DayKey> m_writtenDays; ///< keys written out before: their next sums are merged
    QSet<Aggregates::BatchSums::CourseKey> m_writtenCourses;
    qint64 m_newBelow = std::numeric_limits<qint64>::min();
    qint64 m_newAbove = std::numeric_limits<qint64>::max();
    bool m_spanKnown = false;
    int m_parts = 0;
};

} // namespace Uptake
