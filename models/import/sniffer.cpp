#include "sniffer.h"

#include "import/csvreader.h"
#include "import/valueparser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

struct Sample
{
    QList<QStringList> rows;
    qsizetype mode = 0;     ///< most common field count
    double consistency = 0; ///< share of rows with that count
};

/// Reads up to maxRows rows of head with delimiter. A truncated sample forgives a last row cut in the middle.
Result<Sample> readSample(QByteArrayView head, bool complete, Encoding encoding, QChar delimiter, qsizetype maxRows)
{
    QBuffer buffer;
    buffer.setData(head.toByteArray());
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = delimiter;
    options.encoding = encoding;
    options.maxFieldChars = 1024 * 1024;
    CsvReader reader(&buffer, options);
    CsvRow row;
    Sample sample;
    bool reachedEnd = false;
    while (sample.rows.size() < maxRows) {
        const auto status = reader.readRow(row);
        if (status == CsvReader::Status::Row) {
            sample.rows.append(row.toStringList());
            continue;
        }
        if (status == CsvReader::Status::Error) {
            const auto kind = reader.errorKind();
            const bool cut = kind == CsvReader::ErrorKind::UnclosedQuote ||
                             kind == CsvReader::ErrorKind::InvalidBytes || kind == CsvReader::ErrorKind::FieldTooLong;
            if (complete || !cut)
                return Result<Sample>::failure(reader.errorString());
        }
        reachedEnd = true;
        break;
    }
    // The last row of a cut sample may be cut too.
    if (!complete && reachedEnd && sample.rows.size() > 1)
        sample.rows.removeLast();
    QHash<qsizetype, qsizetype> counts;
    for (const QStringList &r : std::as_const(sample.rows))
        ++counts[r.size()];
    qsizetype best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() > sample.mode)) {
            best = it.value();
            sample.mode = it.key();
        }
    }
    sample.consistency = sample.rows.isEmpty() ? 0 : double(best) / double(sample.rows.size());
    return sample;
}

bool nameHints(const QString &name, QStringView word)
{
    return name.contains(word, Qt::CaseInsensitive);
}

/// The type of a column from its values (missing ones skipped).
ColumnGuess guessColumn(const QList<QStringList> &rows, qsizetype first, qsizetype column, bool decimalComma,
                        const QString &name)
{
    ColumnGuess guess;
    const ValueParser numbers(decimalComma);
    bool allIntegers = true, allNumbers = true;
    qsizetype values = 0;
    QList<DateFormat> candidates = DateFormatDetector::defaultCandidates();
    if (nameHints(name, u"date"))
        candidates << DateFormat::RelativeDays;
    if (nameHints(name, u"date") || nameHints(name, u"time"))
        candidates << DateFormat::ExcelSerial;
    DateFormatDetector dates(candidates);
    for (qsizetype r = first; r < rows.size(); ++r) {
        if (column >= rows[r].size())
            continue;
        const QString &v = rows[r][column];
        if (isMissingValue(v)) {
            ++guess.missing;
            continue;
        }
        ++values;
        if (allIntegers && !numbers.toInteger(v))
            allIntegers = false;
        if (allNumbers && !allIntegers && !numbers.toNumber(v))
            allNumbers = false;
        dates.feed(v);
    }
    if (values == 0)
        return guess;
    const auto verdict = dates.verdict();
    if (verdict == DateFormatDetector::Verdict::Decided || verdict == DateFormatDetector::Verdict::Ambiguous) {
        guess.type = ColumnType::Date;
        guess.dateFormat = dates.format();
        guess.dateAmbiguous = verdict == DateFormatDetector::Verdict::Ambiguous;
    } else if (allIntegers) {
        guess.type = ColumnType::Integer;
    } else if (allNumbers) {
        guess.type = ColumnType::Number;
    } else {
        guess.type = ColumnType::Text;
    }
    return guess;
}

/// Whether a single value is of a column's type (for the first row against the rest).
bool fits(const ColumnGuess &guess, const QString &value, bool decimalComma)
{
    switch (guess.type) {
    case ColumnType::Integer:
        return ValueParser(decimalComma).toInteger(value).has_value();
    case ColumnType::Number:
        return ValueParser(decimalComma).toNumber(value).has_value();
    case ColumnType::Date:
        return DateParser(guess.dateFormat, QTimeZone::utc(), QDate(2000, 1, 1)).matches(value) ||
               (guess.dateAmbiguous && DateParser(DateFormat::MonthDayYear).matches(value));
    case ColumnType::Empty:
    case ColumnType::Text:
        break;
    }
    return true;
}

bool looksLikeData(const QString &value, bool decimalComma)
{
    if (ValueParser(decimalComma).toNumber(value))
        return true;
    DateFormatDetector dates;
    dates.feed(value);
    return dates.verdict() == DateFormatDetector::Verdict::Decided ||
           dates.verdict() == DateFormatDetector::Verdict::Ambiguous;
}

} // namespace

Result<SniffResult> Sniffer::sniff(QByteArrayView head, bool complete, const SniffOptions &options)
{
    using R = Result<SniffResult>;
    SniffResult result;
    if (options.encoding) {
        result.encoding = *options.encoding;
        result.bomLength = byteOrderMarkLength(head, result.encoding);
    } else {
        const EncodingGuess guess = detectEncoding(head, complete);
        result.encoding = guess.encoding;
        result.bomLength = guess.bomLength;
    }

    // Delimiter: the one that splits rows most consistently.
    const qsizetype maxRows = std::max<qsizetype>(options.maxSampleRows, 1) + 1;
    const QList<QChar> candidates =
        options.delimiter ? QList<QChar>{*options.delimiter} : QList<QChar>{u',', u';', u'\t', u'|'};
    std::optional<Sample> chosen;
    QString firstError;
    for (QChar d : candidates) {
        auto sample = readSample(head, complete, result.encoding, d, maxRows);
        if (!sample) {
            if (firstError.isEmpty())
                firstError = sample.error();
            continue;
        }
        const bool better = !chosen || (sample->mode >= 2 && chosen->mode < 2) ||
                            ((sample->mode >= 2) == (chosen->mode >= 2) &&
                             (sample->consistency > chosen->consistency + 1e-9 ||
                              (sample->consistency > chosen->consistency - 1e-9 && sample->mode > chosen->mode)));
        if (better) {
            chosen = std::move(*sample);
            result.delimiter = d;
        }
    }
    if (!chosen)
        return R::failure(firstError);
    if (chosen->rows.isEmpty())
        return R::failure(QCoreApplication::translate("Uptake::Import", "The file is empty."));
    const QList<QStringList> &rows = chosen->rows;
    result.fieldCount = chosen->mode;

    // Decimal comma: values that only read one way vote for it.
    if (options.decimalComma) {
        result.decimalComma = *options.decimalComma;
    } else {
        const ValueParser comma(true), point(false);
        qsizetype commaVotes = 0, pointVotes = 0;
        for (const QStringList &r : rows) {
            for (const QString &v : r) {
                const bool c = v.contains(u',') && comma.toNumber(v) && !point.toNumber(v);
                const bool p = v.contains(u'.') && point.toNumber(v) && !comma.toNumber(v);
                commaVotes += c;
                pointVotes += p;
            }
        }
        result.decimalComma = commaVotes > pointVotes;
    }

    // Header: does the first row fit the types of the others?
    auto guessAll = [&](qsizetype first, const QStringList &names) {
        QList<ColumnGuess> columns;
        for (qsizetype c = 0; c < result.fieldCount; ++c)
            columns << guessColumn(rows, first, c, result.decimalComma, names.value(c));
        return columns;
    };
    const QStringList firstRow = rows.first();
    if (options.hasHeader) {
        result.hasHeader = *options.hasHeader;
    } else if (rows.size() == 1) {
        result.hasHeader = std::none_of(firstRow.cbegin(), firstRow.cend(),
                                        [&](const QString &v) { return looksLikeData(v, result.decimalComma); });
    } else {
        const QList<ColumnGuess> body = guessAll(1, firstRow);
        qsizetype headerVotes = 0, dataVotes = 0;
        for (qsizetype c = 0; c < body.size() && c < firstRow.size(); ++c) {
            const ColumnGuess &g = body[c];
            if (g.type == ColumnType::Text || g.type == ColumnType::Empty || isMissingValue(firstRow[c]))
                continue;
            if (fits(g, firstRow[c], result.decimalComma))
                ++dataVotes;
            else
                ++headerVotes;
        }
        result.hasHeader = headerVotes > 0 ? headerVotes >= dataVotes : dataVotes == 0;
    }

    const qsizetype firstData = result.hasHeader ? 1 : 0;
    for (qsizetype c = 0; c < result.fieldCount; ++c) {
        const QString name = result.hasHeader ? firstRow.value(c).trimmed() : QString();
        result.header << (result.hasHeader ? name
                                           : QCoreApplication::translate("Uptake::Import", "Column %1").arg(c + 1));
    }
    result.columns = guessAll(firstData, result.hasHeader ? result.header : QStringList());
    result.sampleRows = rows.mid(firstData, options.maxSampleRows);

    // pandas' index: an unnamed first column counting up from 0 or 1.
    if (result.hasHeader && result.fieldCount > 1 && result.header.first().isEmpty() && !result.sampleRows.isEmpty() &&
        result.columns.first().type == ColumnType::Integer && result.columns.first().missing == 0) {
        const ValueParser integers;
        const auto start = integers.toInteger(result.sampleRows.first().value(0));
        bool counting = start && (*start == 0 || *start == 1);
        for (qsizetype r = 1; counting && r < result.sampleRows.size(); ++r)
            counting = integers.toInteger(result.sampleRows[r].value(0)) == *start + r;
        result.indexColumn = counting;
    }
    return result;
}

Result<SniffResult> Sniffer::sniff(QIODevice *device, const SniffOptions &options, qsizetype sampleBytes)
{
    const qint64 start = device->isSequential() ? 0 : device->pos();
    QByteArray head(sampleBytes + 1, Qt::Uninitialized);
    qsizetype have = 0;
    while (have < head.size()) {
        const qint64 got = device->read(head.data() + have, head.size() - have);
        if (got < 0)
            return Result<SniffResult>::failure(
                QCoreApplication::translate("Uptake::Import", "Cannot read the file: %1").arg(device->errorString()));
        if (got == 0)
            break;
        have += got;
    }
    // One byte more than the sample tells whether the sample is the whole file.
    const bool complete = have <= sampleBytes;
    head.resize(std::min(have, sampleBytes));
    if (!device->isSequential())
        device->seek(start);
    return sniff(head, complete, options);
}

Result<SniffResult> Sniffer::sniffFile(const QString &path, const SniffOptions &options, qsizetype sampleBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SniffResult>::failure(
            QCoreApplication::translate("Uptake::Import", "Cannot open “%1”: %2").arg(path, file.errorString()));
    return sniff(&file, options, sampleBytes);
}

} // namespace Uptake::Import
