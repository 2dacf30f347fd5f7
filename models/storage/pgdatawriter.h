#pragma once

#include "datawriter.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QTimeZone>

#include <limits>

namespace Uptake {

/// DataWriter's counterpart for a team workspace on PostgreSQL (DataWriter hands its calls here for a QPSQL
/// connection). One batch is one transaction: events and performance values stream into temporary tables with
/// COPY … FROM STDIN through libpq, and commit() moves them into place with one INSERT … ON CONFLICT DO NOTHING
/// (duplicates of earlier batches are recognised there, so their number is only known after commit: see
/// counts()), then rebuilds the aggregates of the learners the batch touched. Imports into the same workspace
/// queue behind each other (a transaction-level advisory lock), which keeps each batch one contiguous id range.
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
    Result<bool> addPerformance(const PerformanceRecord &record, int occurrence);
    Status addRejected(qint64 line, const QString &column, const QString &value, const QString &message,
                       const QString &raw);
    Status commit(const BatchCounts &counts);
    void rollback();
    /// After commit(): the counts as stored, with the duplicates found at commit moved from imported.
    BatchCounts counts() const { return m_counts; }

    /// Rebuilds the aggregate rows (learner_day, learner_course_day) of the given learners from the events
    /// table, inside the caller's transaction.
    static Status rebuildAggregates(const QSqlDatabase &db, const QSet<qint64> &learners);

private:
    Status flush();
    Status loadLearners();
    qint64 findLearner(const QString &key) const;
    qint64 localDay(qint64 secondsSinceEpoch);
    Result<qint64> insertReturningId(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    QTimeZone m_zone;
    qint64 m_batchId = 0;
    QString m_sha256;
    bool m_open = false;
    qint64 m_events = 0; ///< staged
    qint64 m_performance = 0;
    QByteArray m_eventRows;
    QByteArray m_performanceRows;
    QByteArray m_rejectedRows;
    BatchCounts m_counts;
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    qint64 m_cachedOffset = 0;
    QHash<QString, qint64> m_learners;
    QHash<QString, qint64> m_byEmail;
    QHash<QString, qint64> m_byName;
    QHash<qint64, QString> m_rosterIds;
    QHash<QString, qint64> m_courses;
    QHash<QPair<qint64, QString>, qint64> m_contents;
};

} // namespace Uptake
