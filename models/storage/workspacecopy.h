#pragma once

// Moving a whole workspace between a local file and a team workspace on PostgreSQL: File → Publish Local Workspace
// to Server… (uptake publish) and File → Download a Local Copy… (uptake download). Every table the schema's
// migrations make is copied with every column and its ids as they are, in an order where each table comes after the
// tables its foreign keys name; the tables and columns are read from the schema at run time, so a column a later
// migration adds is copied too. Both directions are all or nothing, run on the calling thread with connections of
// their own (call them from a worker thread), report progress and stop within a fraction of a second when asked.

#include "domain/result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Uptake::WorkspaceCopy {

/// Where a copy is.
struct Progress
{
    int table = 0;  ///< the table being copied, 1-based; tables + 1 while finishing (ids, indexes, commit)
    int tables = 0; ///< how many tables are copied
    QString tableName;
    qint64 rows = 0;      ///< rows copied so far, over all tables
    qint64 totalRows = 0; ///< rows to copy in all
};
/// Called on the copying thread, at most every few thousand rows and at each table.
using ProgressCallback = std::function<void(const Progress &)>;

/// What a finished copy did.
struct Report
{
    qint64 rows = 0;
    QMap<QString, qint64> rowsPerTable; ///< every table copied, empty ones included
};

/// Copies the workspace file at localPath into the team workspace at serverUrl, which must be set up (uptake
/// server-init), at the same schema version and empty: no imported data, pilots or plans (a table that holds rows
/// is named in the refusal). One transaction on the server: a failure or cancel leaves it as it was. Afterwards
/// the server's id counters continue after the copied ids. The local file is only read (it may be open elsewhere).
Result<Report> publish(const QString &localPath, const QString &serverUrl, const ProgressCallback &progress = {},
                       const std::atomic_bool *cancel = nullptr);

/// Copies the team workspace at serverUrl into a new workspace file at localPath (from one consistent snapshot of
/// the server). The file is built beside localPath and renamed into place only when complete: a failure or cancel
/// leaves an existing file untouched. Without overwrite an existing file is an error; a file another Uptake has
/// open for editing is never replaced.
Result<Report> download(const QString &serverUrl, const QString &localPath, bool overwrite,
                        const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);

/// The tables that are copied, each after the tables its foreign keys name.
QStringList tableOrder();
/// The tables of a team workspace (or workspace file) that hold what a new workspace does not: imported data,
/// pilots, plans… (meta, the workspace's settings, is not counted). Empty: nothing would be overwritten.
Result<QStringList> tablesWithContent(const QSqlDatabase &db);
/// The message a cancelled copy fails with.
QString cancelledMessage();

} // namespace Uptake::WorkspaceCopy
