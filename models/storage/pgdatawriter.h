#pragma once

#include "datawriter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QTimeZone>

#include <limits>
#include <memory>
#include <thread>

namespace Uptake {

/// DataWriter's counterpart for a team workspace on PostgreSQL (DataWriter hands its calls here for a QPSQL
/// connection). One batch is one transaction, written with COPY … FROM STDIN through libpq:
/// - learners, courses and content items the workspace does not know yet get their ids from their tables'
///   sequences, reserved in blocks (one round trip for many names), and go in with a COPY before the events
///   that name them; roster updates of known learners with one UPDATE … FROM per flush;
/// - events outside the time span the workspace already holds cannot repeat a stored one (an event's identity
///   includes its time): they are copied straight into the event table, one chunk at a time on a thread of
///   their own while the next chunk is parsed. A chunk the identity index refuses (a repeat within the file
///   that the importer could not number) goes to the staging table instead, like the events inside the span;
///   commit() moves those with one INSERT … ON CONFLICT DO NOTHING (duplicates of earlier batches are
///   recognised there, so their number is only known after commit: see counts());
/// - the aggregates of the events copied straight in are summed by the client (PgAggregateDeltas) and merged
///   in one additive upsert; only learners with staged rows that went in (or rows too far out of order) are
///   rebuilt from the events table.
/// Imports into the same workspace queue behind each other (a transaction-level advisory lock), which keeps
/// each batch one contiguous id range.
class PgAggregateDeltas;

class PgDataWriter
{
    Q_DISABLE_COPY_MOVE(PgDataWriter)
public:
    PgDataWriter(QSqlDatabase db, QTimeZone workspaceZone);
    ~PgDataWriter();

    Status begin(const BatchInfo &batch);
    qint64 batchId() const { return m_batchId; }
    /// The file's SHA-256 when it is known only after begin() (hashed alongside the import); written at commit.
    void setSha256(const QString &sha256) { m_sha256 = sha256; }
    Result<qint64> upsertLearner(const LearnerRecord &learner);
    Result<qint64> learnerId(const QString &key);
    Result<qint64> courseId(const QString &name, double durationMinutes = 0);
    Result<qint64> contentId(qint64 courseId, const QString &name, int position = -1);
    /// Stages an event; true unless it repeats one already staged in this batch (the importer numbers
    /// occurrences, so that does not happen). Duplicates of earlier batches are counted at commit.
    Result<bool> addEvent(const EventRecord &event, int occurrence, quint64 fingerprint);
    /// The same with the ids (and verb) the importer resolved once per name: the event's names are not read.
    Result<bool> addEvent(const EventRecord &event, int occurrence, quint64 fingerprint, const EventIds &ids);
    Result<bool> addPerformance(const PerformanceRecord &record, int occurrence);
    Status addRejected(qint64 line, const QString &column, const QString &value, const QString &message,
                       const QString &raw);
    Status commit(const BatchCounts &counts);
    /// For a dry run: works out, as commit() does, which staged rows an earlier batch already holds, so counts()
    /// and storedSpan() are exact, but leaves the aggregates alone and the transaction open for rollback().
    Status settleDryRun(const BatchCounts &counts);
    void rollback();
    /// After commit() or settleDryRun(): the counts as stored, with the duplicates found at commit moved from imported.
    BatchCounts counts() const { return m_counts; }
    /// After commit() or settleDryRun(): the span of the rows stored (DataWriter::committedSpan()).
    std::optional<StoredSpan> storedSpan() const { return m_span; }

    /// Rebuilds the aggregate rows (learner_day, learner_course_day) of the given learners from the events
    /// table, inside the caller's transaction.
    static Status rebuildAggregates(const QSqlDatabase &db, const QSet<qint64> &learners);

private:
    Status finish(const BatchCounts &counts, bool dryRun);
    /// Ids handed out by one table's sequence, reserved a block at a time.
    struct IdPool
    {
        QByteArray sequence; ///< the sequence's name, as pg_get_serial_sequence() gives it
        QList<qint64> reserved;
        qsizetype used = 0;
        int block = 64;
    };
    struct PendingLearner
    {
        LearnerRecord record;
        bool roster = false;
    };

    Status flush();
    /// Writes the learners, courses and content items named since the last flush.
    Status flushNames();
    /// Writes the client's aggregate sums into their temporary tables.
    /// The client's aggregate sums as COPY statements and their rows (all: also the days still growing).
    QList<std::pair<const char *, QByteArray>> takeDeltas(bool all);
    /// Waits for the chunk of events being sent, if any; its failure is returned.
    Status waitForEvents();
    Status loadNames();
    qint64 findLearner(const QString &key) const;
    qint64 localDay(qint64 secondsSinceEpoch);
    Result<qint64> insertReturningId(const QString &sql, const QVariantList &values);
    Result<qint64> reserveId(IdPool &pool);
    /// Gives unused reserved ids back to the sequence when nothing else took ids meanwhile (dense ids).
    void returnUnusedIds(IdPool &pool);
    void abandon();

    QSqlDatabase m_db;
    QTimeZone m_zone;
    qint64 m_batchId = 0;
    QString m_sha256;
    bool m_open = false;
    qint64 m_events = 0; ///< staged
    qint64 m_performance = 0;
    QByteArray m_eventRows;  ///< events that cannot repeat a stored one: straight into the event table
    QByteArray m_stagedRows; ///< events inside the stored time span: through the staging table
    QByteArray m_performanceRows;
    QByteArray m_rejectedRows;
    BatchCounts m_counts;
    std::optional<StoredSpan> m_span;
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    qint64 m_cachedOffset = 0;
    QHash<QString, qint64> m_learners;
    QHash<QString, qint64> m_byEmail;
    QHash<QString, qint64> m_byName;
    QHash<qint64, QString> m_rosterIds;
    QHash<QString, qint64> m_courses;
    QHash<QPair<qint64, QString>, qint64> m_contents;

    qint64 m_eventBase = 0; ///< the largest event id before this batch: the batch's ids follow it
    qint64 m_performanceBase = 0;
    bool m_spanKnown = false; ///< the workspace held events at begin(): m_storedFrom..m_storedTo
    qint64 m_storedFrom = 0;
    qint64 m_storedTo = 0;
    qint64 m_direct = 0;     ///< events copied straight into the event table
    qint64 m_staged = 0;     ///< events inside the stored span, through the staging table
    qint64 m_directRows = 0; ///< rows in m_eventRows
    qint64 m_fallback = 0;   ///< events of chunks refused by the identity index, through the staging table
    std::unique_ptr<PgAggregateDeltas> m_deltas; ///< the aggregates of the events copied straight in
    QSet<qint64> m_rebuild;       ///< learners rebuilt from events at commit (their chunk went through staging)
    QSet<qint64> m_chunkLearners; ///< learners of the rows in m_eventRows
    QSet<qint64> m_sendingLearners;
    bool m_mergeDeltas = false; ///< sums went to the temporary tables, to be merged at commit
    bool m_fellBack = false;    ///< the chunk being sent was refused by the identity index (set by the sender)
    IdPool m_learnerIds, m_courseIds, m_contentIds;
    QList<qint64> m_newLearners; ///< in order of first mention, keys of m_pendingLearners
    QHash<qint64, PendingLearner> m_pendingLearners;
    QHash<qint64, LearnerRecord> m_learnerUpdates; ///< roster rows for learners stored before the last flush
    QByteArray m_courseRows;
    QByteArray m_contentRows;
    /// The chunk of events being sent while the next is parsed; m_sending is its outcome once joined.
    std::thread m_sender;
    QByteArray m_sendingDirect;
    QByteArray m_sendingStaged;
    QList<std::pair<const char *, QByteArray>> m_sendingSums;
    qint64 m_sendingDirectRows = 0;
    Status m_sending;
};

} // namespace Uptake
