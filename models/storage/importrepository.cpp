#include "importrepository.h"

#include "aggregates.h"
#include "dialect.h"
#include "pgdatawriter.h"
#include "sqliteutil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {
constexpr auto SelectBatches = R"sql(
SELECT id, kind, file_name, file_size, sha256, imported_at, encoding, delimiter, date_format,
       rows_read, imported, rejected, duplicates, profile
FROM import_batch ORDER BY id DESC
)sql";
constexpr auto SelectRejected = R"sql(
SELECT line, column_name, value, message, raw FROM rejected_row WHERE batch_id = ? ORDER BY line, id
)sql";
constexpr auto SelectBatchRange = R"sql(SELECT kind, first_row_id, last_row_id FROM import_batch WHERE id = ?)sql";
constexpr const char *DeleteEventRange = R"sql(DELETE FROM event WHERE id BETWEEN ? AND ? AND batch_id = ?)sql";
constexpr const char *DeletePerformanceRange =
    R"sql(DELETE FROM performance WHERE id BETWEEN ? AND ? AND batch_id = ?)sql";
constexpr const char *LeaveRoster = R"sql(UPDATE learner SET in_roster = 0 WHERE batch_id = ?)sql";
// People this import brought in who nothing else refers to any more.
constexpr const char *DeleteOrphanLearners = R"sql(
DELETE FROM learner WHERE batch_id = ? AND in_roster = 0
  AND id NOT IN (SELECT learner_id FROM event)
  AND id NOT IN (SELECT learner_id FROM performance)
)sql";
constexpr const char *DeleteBatch = R"sql(DELETE FROM import_batch WHERE id = ?)sql";
} // namespace

Result<QList<ImportBatch>> ImportRepository::batches() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(SelectBatches)))
        return Result<QList<ImportBatch>>::failure(
            QCoreApplication::translate("Uptake::ImportRepository", "Cannot read the import history: %1")
                .arg(Dialect::errorText(q.lastError())));
    QList<ImportBatch> result;
    while (q.next()) {
        ImportBatch b;
        b.id = q.value(0).toLongLong();
        b.kind = q.value(1).toString();
        b.fileName = q.value(2).toString();
        b.fileSize = q.value(3).toLongLong();
        b.sha256 = q.value(4).toString();
        b.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        b.encoding = q.value(6).toString();
        b.delimiter = q.value(7).toString();
        b.dateFormat = q.value(8).toString();
        b.rowsRead = q.value(9).toLongLong();
        b.imported = q.value(10).toLongLong();
        b.rejected = q.value(11).toLongLong();
        b.duplicates = q.value(12).toLongLong();
        b.profile = q.value(13).toString();
        result.append(b);
    }
    return result;
}

Result<ImportBatch> ImportRepository::findBySha256(const QString &sha256, const QString &kind) const
{
    const auto all = batches();
    if (!all)
        return Result<ImportBatch>::failure(all.error());
    for (const ImportBatch &b : *all)
        if (!sha256.isEmpty() && b.sha256 == sha256 && b.kind == kind)
            return b;
    return ImportBatch{};
}

Result<QList<RejectedRow>> ImportRepository::rejectedRows(qint64 batchId) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectRejected));
    q.addBindValue(batchId);
    if (!q.exec())
        return Result<QList<RejectedRow>>::failure(
            QCoreApplication::translate("Uptake::ImportRepository", "Cannot read the rejected rows: %1")
                .arg(Dialect::errorText(q.lastError())));
    QList<RejectedRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
    return rows;
}

Status ImportRepository::undoBatch(qint64 batchId)
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromUtf8(SelectBatchRange));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return Status::failure(
            QCoreApplication::translate("Uptake::ImportRepository", "There is no import %1.").arg(batchId));
    const QString kind = q.value(0).toString();
    const QVariant first = q.value(1);
    const QVariant last = q.value(2);
    q.finish();
    if (!m_db.transaction())
        return Status::failure(Dialect::errorText(m_db.lastError()));
    auto run = [this](const char *sql, const QVariantList &values) {
        QSqlQuery s(m_db);
        s.prepare(QString::fromUtf8(sql));
        for (const QVariant &v : values)
            s.addBindValue(v);
        if (s.exec())
            return QString();
        const QString why = Dialect::errorText(s.lastError());
        Dialect::retire(std::move(s)); // freed after the rollback below
        return why;
    };
    QString error;
    QSet<qint64> touched; // learners whose dashboard figures change
    if (kind == u"events"_s && !first.isNull()) {
        QSqlQuery learners(m_db);
        learners.prepare(u"SELECT DISTINCT learner_id FROM event WHERE id BETWEEN ? AND ? AND batch_id = ?"_s);
        learners.addBindValue(first);
        learners.addBindValue(last);
        learners.addBindValue(batchId);
        if (learners.exec()) {
            while (learners.next())
                touched.insert(learners.value(0).toLongLong());
        } else {
            error = Dialect::errorText(learners.lastError());
        }
        if (error.isEmpty())
            error = run(DeleteEventRange, {first, last, batchId});
        if (error.isEmpty()) {
            const Status rebuilt = Dialect::isPostgres(m_db)
                                       ? PgDataWriter::rebuildAggregates(m_db, touched)
                                       : Aggregates::rebuildLearners(Sqlite::handle(m_db), touched);
            if (!rebuilt)
                error = rebuilt.error();
        }
        Dialect::retire(std::move(learners)); // when what followed it failed, it is freed after the rollback
    } else if (kind == u"performance"_s && !first.isNull())
        error = run(DeletePerformanceRange, {first, last, batchId});
    else if (kind == u"roster"_s)
        error = run(LeaveRoster, {batchId});
    if (error.isEmpty())
        error = run(DeleteOrphanLearners, {batchId});
    if (error.isEmpty())
        error = run(DeleteBatch, {batchId});
    if (!error.isEmpty()) {
        m_db.rollback();
        Dialect::releaseRetired(m_db);
        return Status::failure(QCoreApplication::translate("Uptake::ImportRepository", "Cannot undo import %1: %2")
                                   .arg(batchId)
                                   .arg(error));
    }
    if (!m_db.commit())
        return Status::failure(Dialect::errorText(m_db.lastError()));
    return {};
}

} // namespace Uptake
