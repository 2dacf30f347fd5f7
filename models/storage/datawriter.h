#pragma once

#include "domain/records.h"
#include "domain/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QTimeZone>

#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Uptake {

namespace Aggregates {
class Builder;
}
class PgDataWriter;

/// Describes one import batch: a file (or generated data set) written in one transaction.
struct BatchInfo
{
    QString kind; ///< "events", "roster" or "performance"
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QString profile; ///< the mapping used, as JSON
    QString encoding;
    QString delimiter;
    QString dateFormat;
};

struct BatchCounts
{
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
};

/// What a committed batch stored, where only the store knows it: events' first and last time stamp (seconds since
/// the epoch) and completions, or performance values' first and last day (DataWriter::committedSpan()).
struct StoredSpan
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 completions = 0;
};

/// The workspace ids of an event's learner, course and content item (0: none), from DataWriter::learnerId(),
/// courseId() and contentId().
struct EventIds
{
    qint64 learner = 0;
    qint64 course = 0;
    qint64 content = 0;
    /// The event's verb as UTF-8, if the caller has it (bound without a copy; the event's own verb is then not read).
    const QByteArray *verbUtf8 = nullptr;
};

/// How the learners a batch names relate to those the workspace held before it, so that an import can warn
/// when a file matches nobody it should (a wrong Learner column, a roster from another system).
struct LearnerOverlap
{
    qint64 named = 0;        ///< distinct learners the batch names
    qint64 known = 0;        ///< of them, learners the workspace held before the batch
    qint64 inRoster = 0;     ///< of them, members of the roster before the batch
    qint64 knownBefore = 0;  ///< learners in the workspace before the batch
    qint64 rosterBefore = 0; ///< members of the roster before the batch
};

/// Writes imported data into a workspace: one batch in one transaction, through prepared statements on
/// the raw SQLite handle (the bulk-insert hot path). Use it on the thread that owns the connection.
/// Nothing is visible to other connections until commit(); destroying an uncommitted writer rolls back.
/// On a team workspace (a QPSQL connection) every call goes to PgDataWriter, which loads with COPY.
class DataWriter
{
    Q_DISABLE_COPY_MOVE(DataWriter)
public:
    DataWriter(QSqlDatabase db, QTimeZone workspaceZone);
    ~DataWriter();

    Status begin(const BatchInfo &batch);
    qint64 batchId() const;

    /// Adds or updates a roster row; returns the learner's id. A person already known by the same id,
    /// email or full name (say, from a log that only names people) is updated rather than duplicated.
    Result<qint64> upsertLearner(const LearnerRecord &learner);
    /// The id of the learner a file calls key: matched by id, else by email, else by full name
    /// (case-insensitive); an unknown key creates a learner outside the roster.
    Result<qint64> learnerId(const QString &key);
    Result<qint64> courseId(const QString &name, double durationMinutes = 0);
    /// The learners named so far through upsertLearner(), learnerId() and addPerformance(), matched as those
    /// match them, against the workspace as it was at begin().
    LearnerOverlap learnerOverlap() const;
    Result<qint64> contentId(qint64 courseId, const QString &name, int position = -1);

    /// Adds an event. occurrence numbers identical rows within one file (1, 2, …) so that all of them count
    /// while the same row arriving again from an overlapping file is recognised. Returns false for a duplicate.
    Result<bool> addEvent(const EventRecord &event, int occurrence = 1);
    /// The same, for a caller that already has the event's fingerprint(event) (the importer needs it to number
    /// occurrences): the hash is not computed twice.
    Result<bool> addEvent(const EventRecord &event, int occurrence, quint64 fingerprint);
    /// The same, for a caller that has already looked up the ids (the importer does it once per name).
    Result<bool> addEvent(const EventRecord &event, int occurrence, quint64 fingerprint, const EventIds &ids);
    /// Adds a performance value; occurrence works as for events.
    Result<bool> addPerformance(const PerformanceRecord &record, int occurrence = 1);
    Status addRejected(qint64 line, const QString &column, const QString &value, const QString &message,
                       const QString &raw);

    /// The file's SHA-256 when it was not known at begin() (it is hashed while the rows are written).
    void setSha256(const QString &sha256);

    /// Settings for loading many rows at once (a larger page cache, no syncing mid-way); the
    /// transaction keeps it all-or-nothing either way.
    void setBulkMode(bool on);
    /// For a writer that has the workspace file to itself (the command-line import holds the workspace's lock and
    /// has no other connection open): call before begin(). The batch is then written with SQLite's rollback
    /// journal instead of the write-ahead log, so every page goes to disk once rather than into the log and again
    /// into the file at the checkpoint; all-or-nothing is the same (synchronous = FULL while it lasts; a crash
    /// leaves a hot journal that SQLite rolls back when the file is next opened). When any other connection has
    /// the file open, SQLite refuses the switch and the batch goes through the log as usual: returns whether it
    /// was taken. The log comes back at commit() or rollback(). While the batch writes, a connection opened meanwhile
    /// cannot read the file (Workspace::open says an import is writing it). Does nothing on a team workspace.
    bool takeWholeFile();

    Status commit(const BatchCounts &counts);
    /// A dry run's last step before rollback(): stores what is still pending and, on a team workspace, works out
    /// which rows an earlier batch already holds, so committedCounts() and committedSpan() say what commit() would.
    Status settleDryRun(const BatchCounts &counts);
    void rollback();
    /// After commit(counts) or settleDryRun(counts): the counts as stored. On a team workspace, rows an earlier batch
    /// already held are only recognised at commit, so they move from imported to duplicates; on a file they are counts
    /// as given.
    BatchCounts committedCounts(const BatchCounts &counts) const;
    /// After commit() or settleDryRun(): on a team workspace, the span of the rows stored (those of an earlier batch
    /// are only recognised at commit, so the importer's own span of the rows it sent may be too wide); nullopt when no
    /// row was stored, and on a file, where the importer's span is exact.
    std::optional<StoredSpan> committedSpan() const;

    /// The identity of an event's content, independent of the batch it came in.
    static quint64 fingerprint(const EventRecord &event);
    /// The same, from the event's parts as read (the importer hashes a row's cells without copying them).
    static quint64 fingerprint(QStringView learner, qint64 msecs, QStringView course, QStringView content,
                               EventKind kind, QStringView verb, std::optional<double> durationMinutes,
                               std::optional<double> score);

private:
    /// An event row as bound to the insert.
    struct PendingEvent
    {
        qint64 learner, ts, day, course, content;
        int kind;
        QByteArray verb; ///< UTF-8
        std::optional<double> duration, score;
        qint64 fingerprint;
        int occurrence;
    };
    QByteArray verbUtf8(const EventRecord &e, const EventIds &ids);
    void bindEvent(sqlite3_stmt *s, int firstParameter, const PendingEvent &e) const;
    /// Writes the events collected for a multi-row insert, and hands them to the aggregates.
    Status writePending();
    /// After a multi-row insert of m_pending[first…] stored fewer rows than it had: sets inserted[] for them
    /// (ids above idsAbove are the statement's).
    Status markIgnored(qsizetype first, qint64 idsAbove, std::vector<char> &inserted);
    /// counts with the pending rows that turned out to be duplicates moved from imported to duplicates.
    BatchCounts withIgnored(BatchCounts counts) const;

    sqlite3_stmt *prepare(const char *sql);
    Status loadLearners();
    Status loadLearnerBaseline();
    Result<qint64> resolveLearner(const QString &key);
    Result<qint64> storeLearner(const LearnerRecord &learner);
    qint64 findLearner(const QString &key) const;
    QString lastError() const;
    qint64 localDay(qint64 secondsSinceEpoch);
    /// Back to the write-ahead log after a batch written with takeWholeFile().
    void restoreLog();

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QTimeZone m_zone;
    qint64 m_batchId = 0;
    QString m_sha256;
    qint64 m_firstRow = 0;
    qint64 m_lastRow = 0;
    bool m_open = false;
    bool m_wholeFile = false; ///< takeWholeFile() switched to the rollback journal: restore the log after the batch
    /// The time span (epoch seconds) of the events stored before this batch; empty when there are none.
    qint64 m_storedFrom = std::numeric_limits<qint64>::max();
    qint64 m_storedTo = std::numeric_limits<qint64>::min();
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    qint64 m_cachedOffset = 0;
    QHash<QString, qint64> m_learners;  ///< by external id
    QHash<QString, qint64> m_byEmail;   ///< lower case
    QHash<QString, qint64> m_byName;    ///< lower case
    QHash<qint64, QString> m_rosterIds; ///< roster members: learner id → external id
    QSet<qint64> m_learnersBefore;      ///< every learner at begin()
    QSet<qint64> m_rosterBefore;        ///< the roster's members at begin()
    QSet<qint64> m_namedLearners;       ///< the learners this batch named
    QHash<QString, qint64> m_courses;
    QHash<QPair<qint64, QString>, qint64> m_contents;
    QList<sqlite3_stmt *> m_statements;
    sqlite3_stmt *m_insertEvent = nullptr;
    sqlite3_stmt *m_insertEvents = nullptr; ///< several rows at once (rows outside the stored time span)
    sqlite3_stmt *m_selectIdentity = nullptr;
    qint64 m_ignoredPending = 0;         ///< pending rows addEvent() reported as new that a row of this batch preceded
    std::vector<PendingEvent> m_pending; ///< events not yet written (a first import)
    sqlite3_stmt *m_insertPerformance = nullptr;
    sqlite3_stmt *m_insertBareLearner = nullptr; ///< prepared once: a new learner, course or content item
    sqlite3_stmt *m_selectCourse = nullptr;      ///< per distinct value would otherwise parse its SQL again
    sqlite3_stmt *m_insertCourse = nullptr;
    sqlite3_stmt *m_selectContent = nullptr;
    sqlite3_stmt *m_insertContent = nullptr;
    std::unique_ptr<Aggregates::Builder> m_aggregates;
    std::unique_ptr<PgDataWriter> m_pg; ///< a team workspace: everything goes there
    static constexpr size_t MaxCachedVerbs = 32;
    std::vector<std::pair<QString, QByteArray>> m_verbs; ///< event verbs as UTF-8, bound without copying
};

/// Days since 1970-01-01 of the calendar date d (the "day" column's unit).
inline qint64 dayNumber(const QDate &d)
{
    return d.toJulianDay() - 2440588;
}
inline QDate dateFromDayNumber(qint64 day)
{
    return QDate::fromJulianDay(day + 2440588);
}

} // namespace Uptake
