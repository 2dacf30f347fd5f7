#pragma once

#include "import/dateparser.h"
#include "import/textdecoder.h"

#include "domain/result.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Uptake::Import {

/// What the values of a column look like in the sample.
enum class ColumnType {
    Empty,   ///< only missing values (see isMissingValue())
    Text,    ///< anything else
    Integer, ///< whole numbers
    Number,  ///< numbers with a fraction (in the file's decimal convention)
    Date,    ///< time stamps in ColumnGuess::dateFormat
};

/// The guessed type of one column.
struct ColumnGuess
{
    ColumnType type = ColumnType::Empty;
    DateFormat dateFormat = DateFormat::Iso; ///< for Date columns
    bool dateAmbiguous = false;              ///< Date values fit day-first and month-first alike: ask the user
    qsizetype missing = 0;                   ///< missing values in the sample
};

/// Everything the sniffer learned about a delimited file from its first bytes.
struct SniffResult
{
    Encoding encoding = Encoding::Utf8;
    qsizetype bomLength = 0; ///< bytes to skip before the text
    QChar delimiter = u',';
    bool hasHeader = true;
    QStringList header;            ///< column names; "Column 1", "Column 2", … when there is no header row
    bool indexColumn = false;      ///< the first column is an unnamed row index (pandas' to_csv): skip it
    bool decimalComma = false;     ///< numbers are written "3,5"
    qsizetype fieldCount = 0;      ///< fields in most rows; other rows are ragged
    QList<QStringList> sampleRows; ///< data rows of the sample (the header row excluded)
    QList<ColumnGuess> columns;    ///< one per field of fieldCount
};

/// What the caller already knows; each set field is taken as is instead of being detected.
struct SniffOptions
{
    std::optional<Encoding> encoding;
    std::optional<QChar> delimiter;
    std::optional<bool> hasHeader;
    std::optional<bool> decimalComma;
    qsizetype maxSampleRows = 1000; ///< data rows kept and looked at
};

/// Guesses how a delimited file is written, from a sample of its start.
///
/// - Delimiter: comma, semicolon, tab or pipe, whichever splits the sample rows (quotes respected) into the same
///   number of fields (two or more) most consistently; ties go to more fields, then to that order.
/// - Decimal comma: values that only read as numbers with a decimal comma ("3,5") outnumber those that only read
///   with a decimal point ("3.5").
/// - Header row: in columns whose other rows are numbers or dates, a first row of names means a header, a first
///   row of numbers or dates means data. Without such columns the first row is taken for a header.
/// - Column types: from the data rows, ignoring missing values. Text columns are dates when a DateFormatDetector
///   decides them; integer columns are dates when their values are plausible epoch seconds or milliseconds, and,
///   when the column's name contains "date", whole days relative to a start date (OULAD). Excel serials are only
///   guessed when the name contains "date" or "time".
/// - Index column: the header's first cell is empty and the column counts 0, 1, 2, … or 1, 2, 3, ….
class Sniffer
{
public:
    static constexpr qsizetype DefaultSampleBytes = 256 * 1024;

    /// Sniffs head, the first bytes of a file; complete says whether it is the whole file (when not, its last,
    /// probably cut row is ignored). Fails for an empty file and for binary data.
    static Result<SniffResult> sniff(QByteArrayView head, bool complete, const SniffOptions &options = {});

    /// Sniffs the first sampleBytes of an open device, then seeks back to where it was (random-access devices).
    static Result<SniffResult> sniff(QIODevice *device, const SniffOptions &options = {},
                                     qsizetype sampleBytes = DefaultSampleBytes);

    /// Sniffs the start of the file at path.
    static Result<SniffResult> sniffFile(const QString &path, const SniffOptions &options = {},
                                         qsizetype sampleBytes = DefaultSampleBytes);
};

} // namespace Uptake::Import
