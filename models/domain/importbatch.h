#pragma once

#include <QDateTime>
#include <QString>

namespace Uptake {

/// One import as recorded in the workspace's history.
struct ImportBatch
{
    qint64 id = 0;
    QString kind; ///< "events", "roster" or "performance"
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QDateTime importedAt;
    QString profile; ///< the import's profile (Import::ImportProfile) as JSON; empty when not recorded
    QString encoding;
    QString delimiter;
    QString dateFormat;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    friend bool operator==(const ImportBatch &, const ImportBatch &) = default;
};

} // namespace Uptake
