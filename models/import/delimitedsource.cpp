// Reading delimited text exports as they come: encoding, delimiter, header and date format detected,
// RFC 4180 quoting (and beyond: CR, LF or CRLF line ends, missing final newline, blank lines), streamed
// in chunks so memory stays flat whatever the file size.

#include "importer.h"
#include "importsource.h"

#include "csvreader.h"
#include "presets.h"
#include "textdecoder.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("Uptake::Import", text);
}

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
        switch (m_reader.readRow(m_row)) {
        case CsvReader::Status::Row:
            fields = m_row.toStringList();
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

// ---- Dates -------------------------------------------------------------------------------------------

const QStringList &monthNames()
{
    static const QStringList names{u"january"_s,   u"february"_s, u"march"_s,    u"april"_s,
                                   u"may"_s,       u"june"_s,     u"july"_s,     u"august"_s,
                                   u"september"_s, u"october"_s,  u"november"_s, u"december"_s};
    return names;
}

struct Parts
{
    int a = 0, b = 0, c = 0; ///< the three date numbers as written
    int hour = 0, minute = 0, second = 0;
    bool pm = false, am = false;
};

/// "7/08/23, 14:24", "8/7/2023 2:24 PM", "07.08.2023 14:24:05": three numbers, then an optional time.
bool splitNumericDate(QStringView v, Parts *p)
{
    static const QRegularExpression re(
        uR"(^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4}),?\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*$)"_s);
    const auto m = re.match(v.toString());
    if (!m.hasMatch())
        return false;
    p->a = m.capturedView(1).toInt();
    p->b = m.capturedView(2).toInt();
    p->c = m.capturedView(3).toInt();
    if (m.capturedView(3).size() == 2)
        p->c += 2000;
    p->hour = m.capturedView(4).toInt();
    p->minute = m.capturedView(5).toInt();
    p->second = m.capturedView(6).toInt();
    const QStringView ampm = m.capturedView(7);
    p->pm = ampm.compare(u"pm", Qt::CaseInsensitive) == 0;
    p->am = ampm.compare(u"am", Qt::CaseInsensitive) == 0;
    return true;
}

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

/// What a whole column's values allow: the first format all of them fit, and whether day/month is open.
struct DateDetector
{
    bool iso = true, epoch = true, epochMs = true, numeric = true, longMoodle = true, excel = true, relative = true;
    bool dayFirstPossible = true, monthFirstPossible = true;
    qint64 seen = 0;

    void feed(QStringView v)
    {
        if (v.trimmed().isEmpty())
            return;
        ++seen;
        if (iso && !QDateTime::fromString(v.trimmed().toString(), Qt::ISODate).isValid() &&
            !QDate::fromString(v.trimmed().toString(), Qt::ISODate).isValid())
            iso = false;
        bool ok = false;
        const double number = v.trimmed().toDouble(&ok);
        const bool integer = ok && std::floor(number) == number;
        epoch = epoch && integer && number >= 1e8 && number < 1e10;
        epochMs = epochMs && integer && number >= 1e11 && number < 1e13;
        excel = excel && ok && number >= 20000 && number < 80000;
        relative = relative && integer && std::abs(number) < 20000;
        Parts p;
        if (numeric) {
            if (splitNumericDate(v, &p)) {
                if (p.a > 12)
                    monthFirstPossible = false;
                if (p.b > 12)
                    dayFirstPossible = false;
                if (p.a < 1 || p.b < 1 || p.a > 31 || p.b > 31)
                    numeric = false;
            } else {
                numeric = false;
            }
        }
        if (longMoodle) {
            static const QRegularExpression re(uR"(^\s*\d{4} [A-Za-z]+ \d{1,2} \d{1,2}:\d{2}(:\d{2})?\s*$)"_s);
            longMoodle = re.match(v.toString()).hasMatch();
        }
    }

    /// The decided format key, or an empty string; *ambiguous when only the day order is open.
    QString decide(bool *ambiguous) const
    {
        *ambiguous = false;
        if (seen == 0)
            return {};
        if (iso)
            return u"iso"_s;
        if (epochMs)
            return u"epoch-ms"_s;
        if (epoch)
            return u"epoch"_s;
        if (longMoodle)
            return u"moodle-long"_s;
        if (numeric) {
            if (dayFirstPossible && !monthFirstPossible)
                return u"dmy"_s;
            if (monthFirstPossible && !dayFirstPossible)
                return u"mdy"_s;
            if (dayFirstPossible && monthFirstPossible) {
                *ambiguous = true;
                return u"dmy"_s;
            }
            return {};
        }
        if (relative)
            return u"relative-days"_s;
        if (excel)
            return u"excel"_s;
        return {};
    }
};

QString example(const QString &format)
{
    if (format == u"iso"_s)
        return u"2023-08-07T14:24:00+02:00"_s;
    if (format == u"epoch"_s)
        return u"1691411040"_s;
    if (format == u"epoch-ms"_s)
        return u"1691411040000"_s;
    if (format == u"dmy"_s)
        return u"7/08/23, 14:24"_s;
    if (format == u"mdy"_s)
        return u"8/7/2023 2:24 PM"_s;
    if (format == u"moodle-long"_s)
        return u"2017 July 2 0:58"_s;
    if (format == u"excel"_s)
        return u"45145.6"_s;
    if (format == u"relative-days"_s)
        return u"-12"_s;
    return format;
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

/// Days since 1970-01-01 of a proleptic Gregorian date (no range checks; see isoFast).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// The common ISO 8601 shapes, read without allocating: YYYY-MM-DD, then optionally T or a space and
/// HH:MM[:SS[.fraction]], then optionally Z, ±HH, ±HHMM or ±HH:MM. Returns false for anything else (the
/// caller then tries Qt's full parser), including impossible dates such as 2023-02-30.
struct IsoTime
{
    qint64 days = 0; ///< since 1970-01-01
    int seconds = 0; ///< of the day
    bool hasOffset = false;
    int offset = 0; ///< seconds east of UTC
};

bool isoFast(QStringView v, IsoTime *t)
{
    const qsizetype n = v.size();
    auto digits = [&](qsizetype at, int count, int *out) {
        if (at + count > n)
            return false;
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = v[at + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *out = value;
        return true;
    };
    int y = 0, mo = 0, d = 0;
    if (n < 10 || !digits(0, 4, &y) || v[4] != u'-' || !digits(5, 2, &mo) || v[7] != u'-' || !digits(8, 2, &d))
        return false;
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mo < 1 || mo > 12 || d < 1 || d > monthDays[mo - 1])
        return false;
    if (mo == 2 && d == 29 && !QDate::isLeapYear(y))
        return false;
    t->days = daysFromCivil(y, mo, d);
    t->seconds = 0;
    t->hasOffset = false;
    t->offset = 0;
    qsizetype i = 10;
    if (i == n)
        return true;
    if (v[i] != u'T' && v[i] != u't' && v[i] != u' ')
        return false;
    int h = 0, mi = 0, sec = 0;
    if (!digits(i + 1, 2, &h) || i + 3 >= n || v[i + 3] != u':' || !digits(i + 4, 2, &mi))
        return false;
    i += 6;
    if (i < n && v[i] == u':') {
        if (!digits(i + 1, 2, &sec))
            return false;
        i += 3;
        if (i < n && (v[i] == u'.' || v[i] == u',')) {
            ++i;
            const qsizetype start = i;
            while (i < n && v[i] >= u'0' && v[i] <= u'9')
                ++i;
            if (i == start)
                return false;
        }
    }
    if (h > 23 || mi > 59 || sec > 59)
        return false;
    t->seconds = h * 3600 + mi * 60 + sec;
    if (i == n)
        return true;
    if ((v[i] == u'Z' || v[i] == u'z') && i + 1 == n) {
        t->hasOffset = true;
        return true;
    }
    if (v[i] != u'+' && v[i] != u'-')
        return false;
    const int sign = v[i] == u'-' ? -1 : 1;
    int oh = 0, om = 0;
    if (!digits(i + 1, 2, &oh))
        return false;
    i += 3;
    if (i < n) {
        if (v[i] == u':')
            ++i;
        if (!digits(i, 2, &om) || i + 2 != n)
            return false;
    }
    if (oh > 18 || om > 59)
        return false;
    t->hasOffset = true;
    t->offset = sign * (oh * 3600 + om * 60);
    return true;
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
                    tr("unknown encoding “%1”; use utf-8, utf-16le, utf-16be, windows-1252 or latin1")
                        .arg(requested.encoding));
            encoding = *chosen;
        }
        m_codec = encoding;
        m_encoding = encodingName(encoding);
        if (head.left(5) == "%PDF-" || head.startsWith("PK\x03\x04"))
            return Status::failure(tr("this is a PDF or ZIP file, not a table; export the data as CSV first"));
        // A sample of text for sniffing (a character cut at the sample's end is dropped).
        QString sample;
        TextDecoder(encoding, true)
            .decode(QByteArrayView(head).sliced(byteOrderMarkLength(head, encoding)), sample, false);
        if (sample.contains(QChar(0)))
            return Status::failure(tr("the file contains NUL bytes; it looks like a binary file, not text"));
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
            if (!error.isEmpty() && rows.isEmpty())
                return Status::failure(error);
        }
        if (rows.isEmpty())
            return Status::failure(tr("the file has no rows"));
        const QStringList first = rows.first();
        bool header = looksLikeHeader(first, rows);
        if (requested.hasHeader == 0)
            header = false;
        else if (requested.hasHeader == 1)
            header = true;
        m_hasHeader = header;
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
                m_header << tr("Column %1").arg(i + 1);
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
        const QString timeField = m_profile.kind == DataKind::Events        ? u"timestamp"_s
                                  : m_profile.kind == DataKind::Performance ? u"period"_s
                                                                            : u"hire_date"_s;
        m_dateFormat = canonicalFormat(m_profile.dateFormat);
        const QStringList timeColumns = m_profile.mapping.value(timeField);
        if (m_dateFormat.isEmpty() && timeColumns.size() == 1 && columnIndex(timeColumns.first()) >= 0) {
            const int col = columnIndex(timeColumns.first());
            DateDetector detector;
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
                if (col < fields.size())
                    detector.feed(fields.at(col));
                ++rowsSeen;
                // Day order can only be settled by a value with a day over 12: keep reading while it is open.
                bool ambiguous = false;
                detector.decide(&ambiguous);
                if (rowsSeen >= 2000 && !ambiguous)
                    break;
            }
            m_dateFormat = detector.decide(&m_dateAmbiguous);
            if (m_dateAmbiguous && !m_profile.dayOrder.isEmpty()) {
                m_dateAmbiguous = false;
                m_dateFormat = m_profile.dayOrder;
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
            item.error.clear();
            if (!m_stream->next(item.fields, &item.line, error))
                return error->isEmpty() ? Next::End : Next::Error;
            if (m_skipHeader) {
                m_skipHeader = false;
                continue;
            }
            if (item.fields.size() != m_header.size()) {
                item.error = tr("expected %1 columns, found %2").arg(m_header.size()).arg(item.fields.size());
                item.errorColumn = tr("(row)");
                item.raw = item.fields.join(m_delimiter);
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
    const QStringView v = QStringView(value).trimmed();
    auto fail = [&]() -> std::optional<qint64> {
        *why = v.isEmpty() ? tr("no time") : tr("expected a time like %1").arg(example(m_dateFormat));
        return std::nullopt;
    };
    if (v.isEmpty())
        return fail();
    auto local = [&](const QDate &date, int h, int m, int s) -> std::optional<qint64> {
        const QDateTime dt(date, QTime(h, m, s), m_zone);
        if (!date.isValid() || !QTime(h, m, s).isValid())
            return std::nullopt;
        return dt.toSecsSinceEpoch();
    };
    if (m_dateFormat == u"iso"_s) {
        IsoTime t;
        if (isoFast(v, &t)) {
            const qint64 wall = t.days * 86400 + t.seconds;
            if (t.hasOffset)
                return wall - t.offset;
            return wall - localOffset(t.days, t.seconds);
        }
        QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!dt.isValid()) {
            // A bare date only: Qt's date parser would also take "2026-01-05T08:60" as 5 January.
            const QDate d = v.size() == 10 ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
            if (!d.isValid())
                return fail();
            dt = QDateTime(d, QTime(0, 0));
        }
        if (dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), m_zone);
        return dt.toSecsSinceEpoch();
    }
    if (m_dateFormat == u"epoch"_s || m_dateFormat == u"epoch-ms"_s) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok)
            return fail();
        return m_dateFormat == u"epoch"_s ? n : n / 1000;
    }
    if (m_dateFormat == u"dmy"_s || m_dateFormat == u"mdy"_s) {
        Parts p;
        if (!splitNumericDate(v, &p))
            return fail();
        int hour = p.hour;
        if (p.pm && hour < 12)
            hour += 12;
        if (p.am && hour == 12)
            hour = 0;
        const QDate date = m_dateFormat == u"dmy"_s ? QDate(p.c, p.b, p.a) : QDate(p.c, p.a, p.b);
        auto r = local(date, hour, p.minute, p.second);
        return r ? r : fail();
    }
    if (m_dateFormat == u"moodle-long"_s) {
        const QStringList parts = v.toString().split(u' ', Qt::SkipEmptyParts);
        if (parts.size() != 4)
            return fail();
        const int month = int(monthNames().indexOf(parts.at(1).toLower())) + 1;
        const QStringList hm = parts.at(3).split(u':');
        auto r = local(QDate(parts.at(0).toInt(), month, parts.at(2).toInt()), hm.value(0).toInt(), hm.value(1).toInt(),
                       hm.value(2).toInt());
        return r ? r : fail();
    }
    if (m_dateFormat == u"excel"_s) {
        bool ok = false;
        const double serial = v.toDouble(&ok);
        if (!ok)
            return fail();
        const QDate base(1899, 12, 30);
        const qint64 days = qint64(std::floor(serial));
        const int seconds = int(std::round((serial - double(days)) * 86400.0));
        auto r = local(base.addDays(days), seconds / 3600, seconds / 60 % 60, seconds % 60);
        return r ? r : fail();
    }
    if (m_dateFormat == u"relative-days"_s) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok)
            return fail();
        QDate base = m_profile.relativeBase;
        if (!base.isValid() && m_presentationColumn >= 0 && m_presentationColumn < row.size())
            base = presentationStart(row.at(m_presentationColumn));
        if (!base.isValid()) {
            *why = tr("dates are day numbers; say which day is day 0 (--start-date)");
            return std::nullopt;
        }
        return local(base.addDays(n), 12, 0, 0); // midday: the day stays the day in every zone nearby
    }
    *why = tr("the time column's format could not be recognised; choose one (--date-format)");
    return std::nullopt;
}

int TableSource::localOffset(qint64 days, int secondsOfDay) const
{
    // Offsets change on whole hours or half hours at most twice a year: remember the last local hour,
    // unless its offset changes within it (a transition hour is always computed exactly).
    const qint64 hour = days * 24 + secondsOfDay / 3600;
    if (hour == m_offsetHour)
        return m_offsetOfHour;
    const QDate date = QDate::fromJulianDay(days + 2440588);
    const QTime time = QTime(secondsOfDay / 3600, secondsOfDay / 60 % 60, secondsOfDay % 60);
    const int start = QDateTime(date, QTime(time.hour(), 0), m_zone).offsetFromUtc();
    const int end = QDateTime(date, QTime(time.hour(), 59, 59), m_zone).offsetFromUtc();
    if (start != end)
        return QDateTime(date, time, m_zone).offsetFromUtc();
    m_offsetHour = hour;
    m_offsetOfHour = start;
    return start;
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

std::optional<double> TableSource::parseNumber(const QString &text, bool duration) const
{
    QString t = text.trimmed();
    if (duration) {
        if (t.startsWith(u'P')) {
            double minutes = 0;
            if (parseIsoDuration(t, &minutes))
                return minutes;
            return std::nullopt;
        }
        const QStringList hms = t.split(u':');
        if (hms.size() == 3 || hms.size() == 2) {
            bool a = false, b = false, c = true;
            const double h = hms.at(0).toDouble(&a);
            const double m = hms.at(1).toDouble(&b);
            const double s = hms.size() == 3 ? hms.at(2).toDouble(&c) : 0;
            if (a && b && c)
                return hms.size() == 3 ? h * 60 + m + s / 60 : h + m / 60; // H:MM:SS, or MM:SS
        }
    }
    if (m_decimalComma)
        t.replace(u',', u'.');
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
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
        p.error = QFileInfo::exists(file) ? tr("“%1” is empty.").arg(QFileInfo(file).fileName())
                                          : tr("“%1” does not exist.").arg(file);
        return p;
    }
    auto source = openSource(file, profile);
    if (!source) {
        p.error = tr("Cannot read “%1”: %2").arg(QFileInfo(file).fileName(), source.error());
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
