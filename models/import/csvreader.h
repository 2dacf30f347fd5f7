#pragma once

#include "import/textdecoder.h"

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QIODevice;

namespace Uptake::Import {

/// One record of a delimited file: its fields, whether each was quoted, and where it starts in the file.
///
/// Fields are views into the row's own storage and stay valid until the row is read into again.
class CsvRow
{
public:
    /// Number of fields; rows of one file may differ (ragged rows are reported, never repaired).
    qsizetype size() const { return qsizetype(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }

    /// The field at index i, without its quotes and with doubled quotes undone. i must be < size().
    QStringView at(qsizetype i) const
    {
        const qsizetype start = i == 0 ? 0 : m_ends[size_t(i - 1)];
        return QStringView(m_text).sliced(start, m_ends[size_t(i)] - start);
    }
    QStringView operator[](qsizetype i) const { return at(i); }

    /// The field at index i as a string, or an empty string past the last field.
    QString value(qsizetype i) const { return i < size() ? at(i).toString() : QString(); }

    /// Whether the field at index i was written in quotes (so `"NULL"` can differ from a bare NULL).
    bool isQuoted(qsizetype i) const { return m_quoted[size_t(i)]; }

    /// The 1-based physical line of the file on which the record starts.
    qint64 line() const { return m_line; }

    /// All fields as strings.
    QStringList toStringList() const;

private:
    friend class CsvReader;
    void clear();

    QString m_text;
    std::vector<qsizetype> m_ends;
    std::vector<bool> m_quoted;
    qint64 m_line = 0;
};

/// Reads delimited text (RFC 4180 and the variations found in real exports) from a device, record by record,
/// in chunks, so files of any size are read with flat memory.
///
/// - Fields may be quoted; a doubled quote inside quotes is one quote; quoted fields may hold delimiters and line
///   breaks. Text after a closing quote, or a quote inside an unquoted field, is kept as written (lenient).
/// - Lines end in CRLF, LF or CR, mixed freely; the last record may lack a line end. Blank lines are skipped but
///   counted, so line() is always the physical line in the file.
/// - The encoding is detected from the first 64 KB (see detectEncoding()) unless Options::encoding names one; a
///   byte-order mark is skipped. Bytes later in the file that are invalid in that encoding stop reading with an
///   error naming their line (or, with Options::replaceInvalidBytes, become U+FFFD), so text is never garbled
///   silently. A NUL byte always stops reading: it means binary data, not text.
/// - Hostile input cannot exhaust memory: a field longer than Options::maxFieldChars, a record longer than
///   Options::maxRecordChars or with more than Options::maxColumns fields stops reading with an error.
///
/// After an error the reader stays failed. One reader serves one thread.
class CsvReader
{
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    struct Options
    {
        QChar delimiter = u',';
        QChar quote = u'"';
        std::optional<Encoding> encoding; ///< unset: detect from the start of the device
        bool replaceInvalidBytes = false; ///< turn invalid bytes into U+FFFD instead of failing
        qsizetype maxFieldChars = 16 * 1024 * 1024;
        qsizetype maxRecordChars = 64 * 1024 * 1024;
        qsizetype maxColumns = 10000;
        qsizetype chunkBytes = 256 * 1024; ///< bytes read from the device at a time
    };

    enum class Status { Row, End, Error };

    /// What stopped reading, for callers that react differently (a sniffer forgives a sample cut mid-field).
    enum class ErrorKind { None, Io, InvalidBytes, NulCharacter, UnclosedQuote, FieldTooLong, TooManyColumns };

    /// Reads from device, which must be open, starting at its current position. The device must outlive the
    /// reader.
    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);

    /// Reads the next record into row. Returns Row, End at the end of the data, or Error (see errorString()).
    Status readRow(CsvRow &row);

    /// The encoding in use; detected on the first readRow() unless set in the options.
    Encoding encoding() const { return m_decoder.encoding(); }

    /// Bytes read from the device so far, the byte-order mark included; at most one chunk ahead of the record
    /// last returned, which is precise enough for a progress bar.
    qint64 bytesConsumed() const { return m_bytesRead; }

    /// Records returned so far.
    qint64 rowCount() const { return m_rows; }

    /// The message of the error that stopped reading, complete with its line ("Line 12: …").
    QString errorString() const { return m_error; }

    /// The 1-based line the error is on, or 0.
    qint64 errorLine() const { return m_errorLine; }

    ErrorKind errorKind() const { return m_errorKind; }

    /// Reads all records of an in-memory buffer; for samples and tests, not for files.
    static Result<QList<QStringList>> readAll(const QByteArray &bytes, const Options &options);

private:
    void start();
    bool fill();
    Status fail(ErrorKind kind, qint64 line, const QString &message);
    bool endField(CsvRow &row, qsizetype &fieldStart, bool quoted);

    QIODevice *m_device;
    Options m_options;
    TextDecoder m_decoder;
    QByteArray m_raw; ///< bytes read but not decoded yet (a cut character)
    QString m_text;   ///< decoded text of the current chunk
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qint64 m_rows = 0;
    bool m_started = false;
    bool m_pendingCR = false; ///< the last character was a CR, so an LF right after it ends the same line
    bool m_deviceAtEnd = false;
    bool m_headPending = false;                         ///< m_raw holds the head read for detection, not decoded yet
    TextDecoder::Stop m_stop = TextDecoder::Stop::None; ///< why decoding stopped at the end of m_text
    bool m_failed = false;
    QString m_error;
    qint64 m_errorLine = 0;
    ErrorKind m_errorKind = ErrorKind::None;
};

} // namespace Uptake::Import
