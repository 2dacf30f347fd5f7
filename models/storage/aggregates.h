#pragma once

// The aggregates the dashboard reads (learner_day, learner_course_day; see schema.h, migration 3).
// The importer feeds every event it really inserted to a Builder, which sums them in memory (BatchSums)
// and merges them into the tables in additive upserts; undoing a batch rebuilds the rows of the learners
// it touched from the remaining events. Only models/storage and models/import use this header.

#include "batchsums.h"
#include "domain/result.h"

#include <QSet>

#include <limits>

struct sqlite3;

namespace Uptake::Aggregates {

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
    using Event = BatchSums::Event;

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
    /// Writes the sums; unless all, those of the days next to the current one wait for the next flush.
    Status flush(bool all);

    sqlite3 *m_db;
    BatchSums m_sums;
    qint64 m_storedFrom = std::numeric_limits<qint64>::max();
    qint64 m_storedTo = std::numeric_limits<qint64>::min();
};

} // namespace Uptake::Aggregates
