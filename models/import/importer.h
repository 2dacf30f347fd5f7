#pragma once

#include "importprofile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <functional>

namespace Uptake::Import {

/// One problem with one row: where it is and what was expected.
struct RowError
{
    qint64 line = 0;
    QString column;
    QString value;
    QString message;
};

struct ImportOptions
{
    bool dryRun = false;        ///< read and validate everything, write nothing
    bool allowSameFile = false; ///< import a file even when the same bytes were imported before
    /// The caller holds the workspace's lock and has closed its own connections to it: the import may write the
    /// file without the write-ahead log (DataWriter::takeWholeFile), each page once. Ignored where another
    /// connection still has the file open.
    bool wholeFile = false;
};

/// What an import did (or, for a dry run, would do).
struct ImportResult
{
    bool committed = false;
    bool cancelled = false;
    QString error; ///< why nothing was written; empty on success
    qint64 batchId = 0;
    qint64 previousBatchId = 0; ///< set when the same file was imported before
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    QString preset;
    QString encoding;
    QString delimiter;
    QString dateFormat;
    QString sha256;
    QList<RowError> errors; ///< the first 50 rejected rows
    /// Things that do not stop the import but probably mean a wrong mapping, e.g. a roster whose learners
    /// match nobody the workspace knows. Shown by the wizard's dry run and printed by the CLI.
    QStringList warnings;
    ImportProfile profile; ///< the profile as resolved (detected settings filled in)
    /// The days the batch's new rows cover (a dry run: would add), in the import's time zone: of the events' time
    /// stamps, or of the performance values' periods. Null when it adds none, and for a roster.
    QDate firstDay;
    QDate lastDay;
    qint64 completions = 0; ///< of the new events, how many are completions
};

/// What Uptake sees in a file before importing it: the detected settings, the profile it would use,
/// and the first rows as they will be read.
struct FilePreview
{
    QString error; ///< why the file cannot be read at all
    qint64 fileSize = 0;
    bool isXapi = false;
    ImportProfile profile; ///< resolved: detected settings and a suggested mapping filled in
    QString presetTitle;
    QString encoding;
    QString delimiter;
    bool hasHeader = true;
    QString dateFormat;         ///< detected from the sample; empty when no date column is mapped
    bool dateAmbiguous = false; ///< day/month order cannot be told from the sample
    QStringList header;         ///< column names (made up as "Column 1"… without a header row)
    QList<QStringList> rows;    ///< the first rows, as fields
    QStringList eventValues;    ///< distinct values of the mapped event column in the sample
};

/// Reads the start of a file (a few thousand rows at most) and resolves the profile for it.
FilePreview previewFile(const QString &file, const ImportProfile &profile, int maxRows = 20);

/// How the import reads one value of a file's time field (events: the time stamp; performance: the period;
/// roster: the hire date), so people can check it before importing.
struct TimeReading
{
    QString value;         ///< as in the file (columns joined as the import joins them)
    QDateTime time;        ///< in the import's time zone; invalid when the value does not read as a time
    bool dateOnly = false; ///< the value names a day, not a moment (a date field, or OULAD day numbers)
    QString problem;       ///< why the value does not read as a time; empty when it does
};

/// The time field's values in the first rows of file as an import with profile would read them, with times
/// in the import's zone (the profile's, else workspaceZone). Reads only the start of the file.
QList<TimeReading> readTimes(const QString &file, const ImportProfile &profile, const QTimeZone &workspaceZone,
                             int maxRows = 5);

/// The field whose values are times for a kind of data: "timestamp", "period" or "hire_date".
QString timeField(DataKind kind);

/// Progress of a running import: rows read, bytes read, total bytes.
using ProgressFunction = std::function<void(qint64 rows, qint64 bytes, qint64 totalBytes)>;

/// Imports one file into the workspace at workspacePath as one batch in one transaction: all of it or
/// nothing. Opens its own database connection, so it runs on any thread. Setting *cancel makes it stop
/// within a fraction of a second and roll back. Unknown settings in the profile (encoding, delimiter,
/// header, date format, preset, mapping) are detected from the file.
ImportResult importFile(const QString &workspacePath, const QString &file, const ImportProfile &profile,
                        const ImportOptions &options = {}, const ProgressFunction &progress = {},
                        const std::atomic_bool *cancel = nullptr);

} // namespace Uptake::Import
