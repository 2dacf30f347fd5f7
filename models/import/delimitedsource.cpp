// Reading delimited text exports as they come: encoding, delimiter, header and date format detected,
// RFC 4180 quoting (and beyond: CR, LF or CRLF line ends, missing final newline, blank lines), streamed
// in chunks so memory stays flat whatever the file size.

#include "importer.h"
#include "importsource.h"

#include "csvreader.h"
#include "dateparser.h"
#include "presets.h"
#include "textdecoder.h"
#include "valueparser.h"
#include "xapireader.h"

#include "storage/datawriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

/// Rows of a delimited file as string lists, over the streaming CsvReader (encoding, quoting, line ends).
class RowStream
{
public:
    RowStream(QIODevice *device, Encoding encoding, QChar delimiter)
        : m_reader(device, options(device, encoding, delimiter))
    {}

    qint64 bytesRead() const { return m_reader.bytesConsumed(); }

    /// Reads one record. Returns false at the end; *error is set for a fatal problem.
    bool next(QStringList &fields, qint64 *line, QString *error)
    {
        if (!next(line, error))
            return false;
        fields = m_row.toStringList();
        return true;
    }
    /// Reads one record into row(). Returns false at the end; *error is set for a fatal problem.
    bool next(qint64 *line, QString *error)
    {
        switch (m_reader.readRow(m_row)) {
        case CsvReader::Status::Row:
            *line = m_row.line();
            return true;
        case CsvReader::Status::End:
            return false;
        case CsvReader::Status::Error:
            *error = m_reader.errorString();
            return false;
        }
        return false;
    }
    /// The record last read.
    const CsvRow &row() const { return m_row; }

private:
    static CsvReader::Options options(QIODevice *device, Encoding encoding, QChar delimiter)
    {
        device->seek(0); // the reader skips the byte-order mark itself
        CsvReader::Options o;
        o.encoding = encoding;
        o.delimiter = delimiter;
        return o;
    }

    CsvReader m_reader;
    CsvRow m_row;
};

} // namespace

/// Supported formats, by key: iso, epoch, epoch-ms, dmy, mdy (numeric with / . -), moodle-long, excel,
/// relative-days. "moodle" and "us" are names for dmy and mdy.
QString TableSource::dateFormatName() const
{
    return m_dateFormat;
}

namespace {

QString canonicalFormat(const QString &key)
{
    if (key == u"moodle"_s)
        return u"dmy"_s;
    if (key == u"us"_s)
        return u"mdy"_s;
    return key;
}

/// OULAD presentations: "2013J" starts in October 2013, "2014B" in February 2014.
QDate presentationStart(QStringView code)
{
    if (code.size() != 5)
        return {};
    const int year = code.left(4).toInt();
    const QChar term = code.at(4).toUpper();
    if (year < 1990)
        return {};
    return term == u'B' ? QDate(year, 2, 1) : term == u'J' ? QDate(year, 10, 1) : QDate();
}

/// The format that at least 75% of a column's values fit, or an empty key. Excel serial numbers count only
/// in a column whose name says it holds dates or times (a column of plain numbers is not dates by itself).
QString majorityFormat(const QStringList &values, const QString &columnName, bool *ambiguous)
{
    *ambiguous = false;
    if (values.isEmpty())
        return {};
    QList<DateFormat> formats = DateFormatDetector::defaultCandidates();
    if (columnName.contains(u"date"_s) || columnName.contains(u"time"_s))
        formats << DateFormat::ExcelSerial;
    QHash<DateFormat, qsizetype> fits;
    for (const DateFormat f : std::as_const(formats)) {
        // A value fits when it reads as a plausible time (1990–2100): 45145.6 is an Excel serial, not 1970.
        const DateParser parser(f);
        qsizetype n = 0;
        for (const QString &v : values) {
            const std::optional<qint64> secs = parser.toEpochSeconds(QStringView(v).trimmed());
            n += secs && *secs >= 631152000 && *secs < 4102444800 ? 1 : 0;
        }
        fits.insert(f, n);
    }
    DateFormat best = formats.first();
    for (const DateFormat f : std::as_const(formats))
        if (fits.value(f) > fits.value(best))
            best = f;
    if (fits.value(best) * 4 < values.size() * 3)
        return {};
    if ((best == DateFormat::DayMonthYear || best == DateFormat::MonthDayYear) &&
        fits.value(DateFormat::DayMonthYear) == fits.value(DateFormat::MonthDayYear))
        *ambiguous = true;
    return dateFormatKey(best);
}

class DelimitedSource final : public TableSource
{
public:
    Status open(const QString &file, const ImportProfile &requested, const QByteArray &head)
    {
        m_file.setFileName(file);
        if (!m_file.open(QIODevice::ReadOnly))
            return Status::failure(m_file.errorString());
        m_totalBytes = m_file.size();
        m_profile = requested;
        const EncodingGuess guess = detectEncoding(head, head.size() >= m_totalBytes);
        Encoding encoding = guess.encoding;
        if (!requested.encoding.isEmpty()) {
            const std::optional<Encoding> chosen = encodingFromName(requested.encoding);
            if (!chosen)
                return Status::failure(
                    QCoreApplication::translate(
                        "Uptake::Import",
                        "unknown encoding “%1”; use utf-8, utf-16le, utf-16be, windows-1252 or latin1")
                        .arg(requested.encoding));
            encoding = *chosen;
        }
        m_codec = encoding;
        m_encoding = encodingName(encoding);
        // A sample of text for sniffing (a character cut at the sample's end is dropped).
        QString sample;
        const TextDecoder::Outcome decoded =
            TextDecoder(encoding, true)
                .decode(QByteArrayView(head).sliced(byteOrderMarkLength(head, encoding)), sample, false);
        if (decoded.stop == TextDecoder::Stop::Nul || sample.contains(QChar(0)))
            return Status::failure(QCoreApplication::translate(
                "Uptake::Import", "the file contains NUL bytes; it looks like a binary file, not text"));
        m_delimiter = requested.delimiter.isEmpty() ? sniffDelimiter(sample) : requested.delimiter;
        if (m_delimiter.isEmpty())
            m_delimiter = u","_s;

        // Read the first rows to decide header, preset and mapping.
        QList<QStringList> rows;
        {
            RowStream stream(&m_file, m_codec, m_delimiter.at(0));
            QStringList fields;
            qint64 line = 0;
            QString error;
            while (rows.size() < 200 && stream.next(fields, &line, &error))
                rows << fields;
            if (!error.isEmpty()) // a reader error stops the import anyway: say so before anything else
                return Status::failure(error);
        }
        if (rows.isEmpty())
            return Status::failure(QCoreApplication::translate("Uptake::Import", "the file has no rows"));
        const QStringList first = rows.first();
        bool header = looksLikeHeader(first, rows);
        if (requested.hasHeader == 0)
            header = false;
        else if (requested.hasHeader == 1)
            header = true;
        m_hasHeader = header;
        if (header && rows.size() == 1)
            return Status::failure(
                QCoreApplication::translate("Uptake::Import", "the file has a header row but no data rows"));
        const int columns = int(first.size());
        const DataKind *hint = requested.preset.isEmpty() ? &requested.kind : nullptr;
        const Preset *preset = nullptr;
        if (!requested.preset.isEmpty())
            preset = findPreset(requested.preset);
        if (!preset)
            preset = detectPreset(header ? first : QStringList(), header, columns, hint);
        if (header) {
            m_header = first;
        } else if (preset && preset->headerlessColumns.size() == columns) {
            m_header = preset->headerlessColumns;
        } else {
            for (int i = 0; i < columns; ++i)
                m_header << QCoreApplication::translate("Uptake::Import", "Column %1").arg(i + 1);
        }
        // An unnamed leading column of 0, 1, 2… is an index a spreadsheet or pandas added.
        if (header && !m_header.isEmpty() && m_header.first().trimmed().isEmpty()) {
            m_indexColumn = 0;
            m_header[0] = u"(index)"_s;
        }
        // The profile: the preset's unless the user chose a mapping.
        if (preset && requested.mapping.isEmpty() && requested.constants.isEmpty() &&
            preset->profile.kind == requested.kind) {
            const ImportProfile base = preset->profile;
            m_profile.preset = base.preset;
            m_profile.mapping = base.mapping;
            m_profile.constants = base.constants;
            if (m_profile.completionValues.isEmpty())
                m_profile.completionValues = base.completionValues;
            if (m_profile.dateFormat.isEmpty())
                m_profile.dateFormat = base.dateFormat;
            if (m_profile.dayOrder.isEmpty())
                m_profile.dayOrder = base.dayOrder;
            // How the preset's course column names courses, unless the profile says (a saved one, say); a mapping
            // the user chose keeps the values of the column they chose as they are.
            if (m_profile.courseIds.isEmpty())
                m_profile.courseIds = base.courseIds;
        } else if (preset && m_profile.preset.isEmpty()) {
            m_profile.preset = preset->profile.kind == requested.kind ? preset->name : dataKindKey(requested.kind);
        }
        if (m_profile.preset.isEmpty())
            m_profile.preset = dataKindKey(m_profile.kind);
        if (m_profile.completionValues.isEmpty() && m_profile.kind == DataKind::Events)
            m_profile.completionValues = findPreset(u"events"_s)->profile.completionValues;
        // Moodle gradebooks: map what exists.
        for (auto it = m_profile.mapping.begin(); it != m_profile.mapping.end();) {
            bool all = true;
            for (const QString &c : it.value())
                all = all && columnIndex(c) >= 0;
            if (!all && preset && preset->name == u"moodle-gradebook"_s)
                it = m_profile.mapping.erase(it);
            else
                ++it;
        }
        suggestMapping(m_profile, m_header);
        m_profile.encoding = requested.encoding;
        m_profile.delimiter = requested.delimiter;
        m_profile.hasHeader = requested.hasHeader;
        m_decimalComma = m_delimiter != u","_s && sampleHasDecimalComma(rows);
        if (m_header.contains(u"code_presentation"_s))
            m_presentationColumn = int(m_header.indexOf(u"code_presentation"_s));

        // Sample rows (after the header) for previews.
        for (qsizetype i = header ? 1 : 0; i < rows.size(); ++i)
            m_sample << rows.at(i);

        // The date format of the time column, decided from the whole column.
        m_dateFormat = canonicalFormat(m_profile.dateFormat);
        const QStringList timeColumns = m_profile.mapping.value(timeField(m_profile.kind));
        if (m_dateFormat.isEmpty() && timeColumns.size() == 1 && columnIndex(timeColumns.first()) >= 0) {
            const int col = columnIndex(timeColumns.first());
            DateFormatDetector detector;
            QStringList values; // a sample kept for the fallback below
            const QString columnName = m_header.value(col).toLower();
            RowStream stream(&m_file, m_codec, m_delimiter.at(0));
            QStringList fields;
            qint64 line = 0;
            QString error;
            bool skipFirst = header;
            qint64 rowsSeen = 0;
            while (stream.next(fields, &line, &error)) {
                if (skipFirst) {
                    skipFirst = false;
                    continue;
                }
                if (col < fields.size() && !isMissingValue(fields.at(col))) {
                    detector.feed(fields.at(col));
                    if (values.size() < 5000)
                        values << fields.at(col);
                }
                ++rowsSeen;
                // Day order can only be settled by a value with a day over 12: keep reading while it is open.
                if (rowsSeen >= 2000 && detector.verdict() != DateFormatDetector::Verdict::Ambiguous)
                    break;
            }
            switch (detector.verdict()) {
            case DateFormatDetector::Verdict::Decided:
                m_dateFormat = dateFormatKey(detector.format());
                break;
            case DateFormatDetector::Verdict::Ambiguous:
                m_dateFormat = m_profile.dayOrder.isEmpty() ? u"dmy"_s : m_profile.dayOrder;
                m_dateAmbiguous = m_profile.dayOrder.isEmpty();
                break;
            case DateFormatDetector::Verdict::NoValues:
                m_dateFormat = u"iso"_s;
                break;
            case DateFormatDetector::Verdict::NoMatch:
                // No format fits every value: take the one that fits nearly all (the rest are rejected row by
                // row with their line), else leave it open and every row says how to choose one.
                m_dateFormat = majorityFormat(values, columnName, &m_dateAmbiguous);
                if (m_dateAmbiguous && !m_profile.dayOrder.isEmpty()) {
                    m_dateAmbiguous = false;
                    m_dateFormat = m_profile.dayOrder;
                }
                break;
            }
        } else if (m_dateFormat.isEmpty()) {
            m_dateFormat = u"iso"_s;
        }
        if ((m_dateFormat == u"dmy"_s || m_dateFormat == u"mdy"_s) && !m_profile.dayOrder.isEmpty())
            m_dateFormat = m_profile.dayOrder;
        m_profile.dateFormat = m_dateFormat;
        m_stream = std::make_unique<RowStream>(&m_file, m_codec, m_delimiter.at(0));
        m_skipHeader = header;
        return {};
    }

    QList<QStringList> sample() const { return m_sample; }

    qint64 bytesRead() const override { return m_stream ? m_stream->bytesRead() : 0; }

    Next next(Item &item, QString *error) override
    {
        for (;;) {
            item.fields.clear();
            item.cells = nullptr;
            item.error.clear();
            if (!m_stream->next(&item.line, error))
                return error->isEmpty() ? Next::End : Next::Error;
            if (m_skipHeader) {
                m_skipHeader = false;
                continue;
            }
            const CsvRow &row = m_stream->row();
            if (m_cellViews)
                item.cells = &row;
            else
                item.fields = row.toStringList();
            if (row.size() != m_header.size()) {
                item.error = QCoreApplication::translate("Uptake::Import", "expected %1 columns, found %2")
                                 .arg(m_header.size())
                                 .arg(row.size());
                item.errorColumn = QCoreApplication::translate("Uptake::Import", "(row)");
                item.raw = row.toStringList().join(m_delimiter);
            }
            return Next::Row;
        }
    }

    int columnIndex(const QString &name) const
    {
        for (int i = 0; i < m_header.size(); ++i)
            if (m_header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return i;
        return -1;
    }

private:
    static QString sniffDelimiter(const QString &sample)
    {
        // The delimiter that splits the first lines into the same number of fields (more than one), quotes aside.
        const QStringList lines = sample.left(64 * 1024).split(QRegularExpression(u"\r\n|\n|\r"_s)).mid(0, 30);
        QString best;
        double bestScore = 0;
        for (const QString &d : {u","_s, u";"_s, u"\t"_s, u"|"_s}) {
            QList<int> counts;
            for (const QString &line : lines) {
                if (line.trimmed().isEmpty())
                    continue;
                int n = 0;
                bool quoted = false;
                for (QChar c : line) {
                    if (c == u'"')
                        quoted = !quoted;
                    else if (!quoted && c == d.at(0))
                        ++n;
                }
                counts << n;
            }
            if (counts.isEmpty() || counts.first() == 0)
                continue;
            int same = 0;
            for (int n : counts)
                same += n == counts.first() ? 1 : 0;
            const double score = double(same) / counts.size() * (1 + std::log(1 + counts.first()));
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    static bool looksLikeHeader(const QStringList &first, const QList<QStringList> &rows)
    {
        // A header has no numbers or dates where the data has them, and no repeated names.
        if (rows.size() < 2)
            return true;
        int numericFirst = 0;
        int numericLater = 0;
        for (int c = 0; c < first.size(); ++c) {
            bool ok = false;
            first.at(c).trimmed().toDouble(&ok);
            numericFirst += ok ? 1 : 0;
            if (c < rows.at(1).size()) {
                rows.at(1).at(c).trimmed().toDouble(&ok);
                numericLater += ok ? 1 : 0;
            }
        }
        if (numericFirst > 0 && numericFirst >= numericLater)
            return false;
        return true;
    }

    bool sampleHasDecimalComma(const QList<QStringList> &rows) const
    {
        static const QRegularExpression re(uR"(^-?\d+,\d+$)"_s);
        for (const QStringList &r : rows)
            for (const QString &v : r)
                if (re.match(v.trimmed()).hasMatch())
                    return true;
        return false;
    }

    QFile m_file;
    Encoding m_codec = Encoding::Utf8;
    std::unique_ptr<RowStream> m_stream;
    bool m_skipHeader = false;
    QList<QStringList> m_sample;
};

} // namespace

std::optional<qint64> TableSource::parseTime(const QString &value, const QStringList &row, QString *why) const
{
    const QStringView presentation = m_presentationColumn >= 0 && m_presentationColumn < row.size()
                                         ? QStringView(row.at(m_presentationColumn))
                                         : QStringView();
    return parseTime(QStringView(value), presentation, why);
}

std::optional<qint64> TableSource::parseTime(QStringView value, QStringView presentation, QString *why) const
{
    const QStringView v = value.trimmed();
    if (v.isEmpty()) {
        *why = QCoreApplication::translate("Uptake::Import", "no time");
        return std::nullopt;
    }
    if (!m_formatParsed || m_parsedFormatKey != m_dateFormat) {
        m_parsedFormat = dateFormatFromKey(m_dateFormat);
        m_parsedFormatKey = m_dateFormat;
        m_formatParsed = true;
    }
    const std::optional<DateFormat> &format = m_parsedFormat;
    if (!format) {
        *why = QCoreApplication::translate(
            "Uptake::Import", "the time column's format could not be recognised; choose one (--date-format)");
        return std::nullopt;
    }
    QDate base = m_profile.relativeBase;
    if (*format == DateFormat::RelativeDays) {
        if (!base.isValid() && m_presentationColumn >= 0)
            base = presentationStart(presentation);
        if (!base.isValid()) {
            *why = QCoreApplication::translate("Uptake::Import",
                                               "dates are day numbers; say which day is day 0 (--start-date)");
            return std::nullopt;
        }
    }
    if (!m_parser || m_parser->format() != *format || m_parser->relativeBase() != base)
        m_parser.emplace(*format, m_zone, base);
    const std::optional<qint64> secs = m_parser->toEpochSeconds(v);
    if (!secs) {
        *why = QCoreApplication::translate("Uptake::Import", "expected a time like %1, not “%2”")
                   .arg(dateFormatExample(*format), v.left(60).toString());
        return std::nullopt;
    }
    // A day number means the whole day: midday keeps it the same day in every zone nearby.
    return *format == DateFormat::RelativeDays ? *secs + 12 * 3600 : *secs;
}

std::optional<QDate> TableSource::parseDate(const QString &value, QString *why) const
{
    const QDate iso = QDate::fromString(value.trimmed().left(10), Qt::ISODate);
    if (m_dateFormat == u"iso"_s && iso.isValid())
        return iso;
    const auto secs = parseTime(value, {}, why);
    if (!secs)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*secs, m_zone).date();
}

std::optional<double> TableSource::parseNumber(QStringView text, bool duration) const
{
    const ValueParser parser(m_decimalComma);
    const QStringView t = text.trimmed();
    // A duration written as H:MM:SS or in ISO 8601 (PT12M); a plain number in a duration column is minutes.
    if (duration && (t.contains(u':') || t.startsWith(u'P') || t.startsWith(u'p')))
        return parser.toDurationMinutes(t);
    const std::optional<double> v = parser.toNumber(t);
    if (!v || !std::isfinite(*v))
        return std::nullopt;
    return v;
}

Result<std::unique_ptr<TableSource>> openDelimitedSource(const QString &file, const ImportProfile &profile,
                                                         const QByteArray &head)
{
    using R = Result<std::unique_ptr<TableSource>>;
    auto source = std::make_unique<DelimitedSource>();
    if (auto s = source->open(file, profile, head); !s)
        return R::failure(s.error());
    return R(std::unique_ptr<TableSource>(std::move(source)));
}

FilePreview previewFile(const QString &file, const ImportProfile &profile, int maxRows)
{
    FilePreview p;
    p.fileSize = QFileInfo(file).size();
    if (p.fileSize == 0) {
        p.error = QFileInfo::exists(file)
                      ? QCoreApplication::translate("Uptake::Import", "“%1” is empty.").arg(QFileInfo(file).fileName())
                      : QCoreApplication::translate("Uptake::Import", "“%1” does not exist.").arg(file);
        return p;
    }
    auto source = openSource(file, profile);
    if (!source) {
        p.error = QCoreApplication::translate("Uptake::Import", "Cannot read “%1”: %2")
                      .arg(QFileInfo(file).fileName(), source.error());
        return p;
    }
    TableSource &s = **source;
    p.isXapi = s.isXapi();
    p.profile = s.profile();
    const Preset *preset = findPreset(p.profile.preset);
    p.presetTitle = preset ? preset->title : p.profile.preset;
    p.encoding = s.encoding();
    p.delimiter = s.delimiter();
    p.hasHeader = s.hasHeader();
    p.dateFormat = s.dateFormatName();
    p.dateAmbiguous = s.dateAmbiguous();
    p.header = s.header();
    const int eventColumn = [&] {
        const QStringList cols = p.profile.mapping.value(u"event"_s);
        return cols.size() == 1 ? int(p.header.indexOf(cols.first())) : -1;
    }();
    QSet<QString> values;
    TableSource::Item item;
    QString error;
    int rows = 0;
    while (rows < qMax(maxRows, 2000) && s.next(item, &error) == TableSource::Next::Row) {
        ++rows;
        if (s.isXapi()) {
            if (p.rows.size() < maxRows)
                p.rows << QStringList{item.event.learnerId, item.event.verb, item.event.content,
                                      item.event.timestamp.toString(Qt::ISODate),
                                      item.event.score ? QString::number(*item.event.score) : QString()};
            if (!item.event.verb.isEmpty() && values.size() < 200)
                values.insert(item.event.verb);
            continue;
        }
        if (p.rows.size() < maxRows)
            p.rows << item.fields;
        if (eventColumn >= 0 && eventColumn < item.fields.size() && values.size() < 200 &&
            !item.fields.at(eventColumn).trimmed().isEmpty())
            values.insert(item.fields.at(eventColumn).trimmed());
    }
    p.eventValues = QStringList(values.cbegin(), values.cend());
    p.eventValues.sort(Qt::CaseInsensitive);
    return p;
}

} // namespace Uptake::Import
