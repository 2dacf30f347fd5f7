#pragma once

#include "domain/importbatch.h"
#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace Uptake {

/// A row an import could not take, with where and why.
struct RejectedRow
{
    qint64 line = 0;
    QString column;
    QString value;
    QString message;
    QString raw;
};

/// Reads the import history of a workspace.
class ImportRepository
{
public:
    explicit ImportRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    /// Every import, newest first.
    Result<QList<ImportBatch>> batches() const;
    /// An earlier import of the same bytes as the same kind of data, if any (id 0 when none).
    Result<ImportBatch> findBySha256(const QString &sha256, const QString &kind) const;
    /// The rows an import rejected, in file order.
    Result<QList<RejectedRow>> rejectedRows(qint64 batchId) const;
    /// Removes exactly what an import added, in one transaction. A roster import's people stay where
    /// events still refer to them, but they leave the roster.
    Status undoBatch(qint64 batchId);

private:
    QSqlDatabase m_db;
};

} // namespace Uptake
