#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

/// Bytes looked at to detect the encoding.
constexpr qsizetype DetectBytes = 64 * 1024;

} // namespace

void CsvRow::clear()
{
    m_text.resize(0);
    m_ends.clear();
    m_quoted.clear();
    m_line = 0;
}

QStringList CsvRow::toStringList() const
{
    QStringList out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(at(i).toString());
    return out;
}

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options())
{}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_decoder(options.encoding.value_or(Encoding::Utf8), options.replaceInvalidBytes)
{
    m_options.chunkBytes = std::max<qsizetype>(m_options.chunkBytes, 1);
}

CsvReader::Status CsvReader::fail(ErrorKind kind, qint64 line, const QString &message)
{
    m_failed = true;
    m_errorKind = kind;
    m_errorLine = line;
    m_error = message;
    return Status::Error;
}

void CsvReader::start()
{
    m_started = true;
    // Read the head in a loop: devices may return less than asked for.
    // With a chosen encoding only a byte-order mark needs looking at.
    const qsizetype headBytes =
        m_options.encoding ? std::clamp<qsizetype>(m_options.chunkBytes, 4, DetectBytes) : DetectBytes;
    m_raw.resize(headBytes);
    qsizetype have = 0;
    while (have < headBytes) {
        const qint64 got = m_device->read(m_raw.data() + have, headBytes - have);
        if (got < 0) {
            m_raw.resize(have);
            fail(
                ErrorKind::Io, 1,
                QCoreApplication::translate("Uptake::Import", "Cannot read the file: %1").arg(m_device->errorString()));
            return;
        }
        if (got == 0) {
            m_deviceAtEnd = true;
            break;
        }
        have += got;
    }
    m_raw.resize(have);
    m_bytesRead = have;
    Encoding encoding = Encoding::Utf8;
    qsizetype bom = 0;
    if (m_options.encoding) {
        encoding = *m_options.encoding;
        bom = byteOrderMarkLength(m_raw, encoding);
    } else {
        const EncodingGuess guess = detectEncoding(m_raw, m_deviceAtEnd);
        encoding = guess.encoding;
        bom = guess.bomLength;
    }
    m_decoder = TextDecoder(encoding, m_options.replaceInvalidBytes);
    m_raw.remove(0, bom);
    m_headPending = true;
}

bool CsvReader::fill()
{
    m_text.resize(0);
    m_pos = 0;
    while (m_text.isEmpty()) {
        if (m_failed)
            return false;
        if (m_stop == TextDecoder::Stop::Nul) {
            fail(ErrorKind::NulCharacter, m_line,
                 QCoreApplication::translate(
                     "Uptake::Import",
                     "Line %1 contains a NUL character: this looks like a binary file, not delimited text.")
                     .arg(m_line));
            return false;
        }
        if (m_stop == TextDecoder::Stop::InvalidBytes) {
            fail(ErrorKind::InvalidBytes, m_line,
                 QCoreApplication::translate(
                     "Uptake::Import", "Line %1 holds bytes that are not valid %2 text; choose the file's encoding "
                                       "(for example windows-1252).")
                     .arg(m_line)
                     .arg(encodingName(m_decoder.encoding())));
            return false;
        }
        if (m_deviceAtEnd && m_raw.isEmpty())
            return false;
        if (!m_deviceAtEnd && !m_headPending) {
            const qsizetype tail = m_raw.size();
            m_raw.resize(tail + m_options.chunkBytes);
            qint64 got = m_device->read(m_raw.data() + tail, m_options.chunkBytes);
            if (got == 0 && m_device->isSequential() && m_device->waitForReadyRead(30000))
                got = m_device->read(m_raw.data() + tail, m_options.chunkBytes);
            if (got < 0) {
                m_raw.resize(tail);
                fail(ErrorKind::Io, m_line,
                     QCoreApplication::translate("Uptake::Import", "Cannot read the file after line %1: %2")
                         .arg(m_line)
                         .arg(m_device->errorString()));
                return false;
            }
            m_raw.resize(tail + got);
            m_bytesRead += got;
            m_deviceAtEnd = got == 0;
        }
        m_headPending = false;
        const TextDecoder::Outcome outcome = m_decoder.decode(m_raw, m_text, m_deviceAtEnd);
        m_raw.remove(0, outcome.consumed);
        m_stop = outcome.stop;
    }
    return true;
}

bool CsvReader::endField(CsvRow &row, qsizetype &fieldStart, bool quoted)
{
    row.m_ends.push_back(row.m_text.size());
    row.m_quoted.push_back(quoted);
    fieldStart = row.m_text.size();
    if (qsizetype(row.m_ends.size()) > m_options.maxColumns) {
        fail(ErrorKind::TooManyColumns, row.m_line,
             QCoreApplication::translate("Uptake::Import",
                                         "Line %1 has more than %2 fields; this is not a table Uptake can read.")
                 .arg(row.m_line)
                 .arg(m_options.maxColumns));
        return false;
    }
    return true;
}

CsvReader::Status CsvReader::readRow(CsvRow &row)
{
    row.clear();
    if (m_failed)
        return Status::Error;
    if (!m_started) {
        start();
        if (m_failed)
            return Status::Error;
    }

    // Skip blank lines, counting them.
    for (;;) {
        if (m_pos == m_text.size() && !fill())
            return m_failed ? Status::Error : Status::End;
        const QChar c = m_text.at(m_pos);
        if (m_pendingCR) {
            m_pendingCR = false;
            if (c == u'\n') {
                ++m_pos;
                continue;
            }
        }
        if (c == u'\n' || c == u'\r') {
            ++m_line;
            ++m_pos;
            m_pendingCR = c == u'\r';
            continue;
        }
        break;
    }

    row.m_line = m_line;
    const char16_t delimiter = m_options.delimiter.unicode();
    const char16_t quote = m_options.quote.unicode();
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    bool quoted = false;
    qsizetype fieldStart = 0;

    auto tooLong = [&]() {
        const qsizetype column = qsizetype(row.m_ends.size()) + 1;
        if (row.m_text.size() - fieldStart > m_options.maxFieldChars) {
            fail(ErrorKind::FieldTooLong, row.m_line,
                 QCoreApplication::translate(
                     "Uptake::Import",
                     "Line %1, column %2: a field is longer than %3 characters; the file may have a quote "
                     "that is never closed, or not be delimited text.")
                     .arg(row.m_line)
                     .arg(column)
                     .arg(m_options.maxFieldChars));
            return true;
        }
        if (row.m_text.size() > m_options.maxRecordChars) {
            fail(ErrorKind::FieldTooLong, row.m_line,
                 QCoreApplication::translate(
                     "Uptake::Import",
                     "Line %1: a record is longer than %2 characters; the file may have a quote that is "
                     "never closed, or not be delimited text.")
                     .arg(row.m_line)
                     .arg(m_options.maxRecordChars));
            return true;
        }
        return false;
    };

    for (;;) {
        if (m_pos == m_text.size() && !fill()) {
            if (m_failed)
                return Status::Error;
            // End of data: the last record had no line end.
            if (state == State::Quoted)
                return fail(
                    ErrorKind::UnclosedQuote, row.m_line,
                    QCoreApplication::translate("Uptake::Import",
                                                "Line %1, column %2: a quoted field is never closed (a %3 is missing).")
                        .arg(row.m_line)
                        .arg(row.m_ends.size() + 1)
                        .arg(QChar(quote)));
            if (!endField(row, fieldStart, quoted))
                return Status::Error;
            ++m_rows;
            return Status::Row;
        }
        const auto *d = reinterpret_cast<const char16_t *>(m_text.constData());
        const qsizetype n = m_text.size();
        qsizetype p = m_pos;

        switch (state) {
        case State::FieldStart:
            if (d[p] == quote) {
                state = State::Quoted;
                quoted = true;
                m_pos = p + 1;
                continue;
            }
            state = State::Unquoted;
            quoted = false;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype q = p;
            while (q < n) {
                const char16_t c = d[q];
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++q;
            }
            if (q > p)
                row.m_text.append(reinterpret_cast<const QChar *>(d + p), q - p);
            m_pos = q;
            if (tooLong())
                return Status::Error;
            if (q == n)
                continue;
            m_pos = q + 1;
            if (d[q] == delimiter) {
                if (!endField(row, fieldStart, quoted))
                    return Status::Error;
                state = State::FieldStart;
                continue;
            }
            ++m_line;
            m_pendingCR = d[q] == u'\r';
            if (!endField(row, fieldStart, quoted))
                return Status::Error;
            ++m_rows;
            return Status::Row;
        }
        case State::Quoted: {
            if (m_pendingCR) {
                m_pendingCR = false;
                if (d[p] == u'\n') {
                    row.m_text.append(QChar(u'\n'));
                    m_pos = p + 1;
                    continue;
                }
            }
            qsizetype q = p;
            while (q < n) {
                const char16_t c = d[q];
                if (c == quote || c == u'\n' || c == u'\r')
                    break;
                ++q;
            }
            if (q > p)
                row.m_text.append(reinterpret_cast<const QChar *>(d + p), q - p);
            m_pos = q;
            if (tooLong())
                return Status::Error;
            if (q == n)
                continue;
            m_pos = q + 1;
            if (d[q] == quote) {
                state = State::QuoteInQuoted;
            } else {
                // A line break inside quotes is part of the field and still a physical line of the file.
                row.m_text.append(QChar(d[q]));
                ++m_line;
                m_pendingCR = d[q] == u'\r';
            }
            continue;
        }
        case State::QuoteInQuoted: {
            const char16_t c = d[p];
            if (c == quote) { // a doubled quote
                row.m_text.append(QChar(quote));
                state = State::Quoted;
                m_pos = p + 1;
                continue;
            }
            if (c == delimiter) {
                m_pos = p + 1;
                if (!endField(row, fieldStart, quoted))
                    return Status::Error;
                state = State::FieldStart;
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                m_pos = p + 1;
                ++m_line;
                m_pendingCR = c == u'\r';
                if (!endField(row, fieldStart, quoted))
                    return Status::Error;
                ++m_rows;
                return Status::Row;
            }
            // Text after the closing quote: keep it as written.
            state = State::Unquoted;
            continue;
        }
        }
    }
}

Result<QList<QStringList>> CsvReader::readAll(const QByteArray &bytes, const Options &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<QStringList> rows;
    CsvRow row;
    for (;;) {
        switch (reader.readRow(row)) {
        case Status::Row:
            rows.append(row.toStringList());
            break;
        case Status::End:
            return rows;
        case Status::Error:
            return Result<QList<QStringList>>::failure(reader.errorString());
        }
    }
}

} // namespace Uptake::Import
