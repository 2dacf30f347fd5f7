// The delimited-text front end: encoding detection, the sniffer (delimiter, header, column types) and the
// streaming CSV reader. Besides "no crash, no leak, no UB" it checks one invariant: the records (and the error,
// and its line) do not depend on the chunk size, so characters, CRLFs and quotes cut at a chunk boundary are
// read the same as whole ones.

#include "fuzzsupport.h"

#include "import/csvreader.h"
#include "import/sniffer.h"
#include "import/textdecoder.h"

#include <QBuffer>

using namespace Uptake::Import;

namespace {

struct Outcome
{
    QList<QStringList> rows;
    QList<qint64> lines;
    CsvReader::Status status = CsvReader::Status::End;
    CsvReader::ErrorKind kind = CsvReader::ErrorKind::None;
    qint64 errorLine = 0;
};

Outcome readAll(const QByteArray &bytes, CsvReader::Options options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Outcome out;
    CsvRow row;
    for (int i = 0; i < 100000; ++i) {
        out.status = reader.readRow(row);
        if (out.status != CsvReader::Status::Row)
            break;
        UPTAKE_FUZZ_CHECK(!row.isEmpty());
        QStringList fields;
        for (qsizetype f = 0; f < row.size(); ++f) {
            fields << row.at(f).toString();
            (void)row.isQuoted(f);
        }
        UPTAKE_FUZZ_CHECK(fields == row.toStringList());
        UPTAKE_FUZZ_CHECK(row.value(row.size()).isEmpty());
        out.rows << fields;
        out.lines << row.line();
    }
    UPTAKE_FUZZ_CHECK(reader.bytesConsumed() <= bytes.size());
    if (out.status == CsvReader::Status::Error) {
        UPTAKE_FUZZ_CHECK(!reader.errorString().isEmpty());
        out.kind = reader.errorKind();
        out.errorLine = reader.errorLine();
        // A failed reader stays failed.
        UPTAKE_FUZZ_CHECK(reader.readRow(row) == CsvReader::Status::Error);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Uptake::Fuzz::bytesOf(data, size);

    const EncodingGuess guess = detectEncoding(bytes, true);
    UPTAKE_FUZZ_CHECK(guess.bomLength >= 0 && guess.bomLength <= bytes.size());
    (void)detectEncoding(QByteArrayView(bytes).first(bytes.size() / 2), false);
    (void)TextDecoder::decodeAll(bytes, guess.encoding);

    // The sniffer over the whole input, and over its first half as a sample cut anywhere.
    SniffOptions sniffOptions;
    sniffOptions.maxSampleRows = 200;
    const auto sniffed = Sniffer::sniff(bytes, true, sniffOptions);
    (void)Sniffer::sniff(QByteArrayView(bytes).first(bytes.size() / 2), false, sniffOptions);
    if (sniffed) {
        UPTAKE_FUZZ_CHECK(sniffed->columns.size() == sniffed->fieldCount);
        UPTAKE_FUZZ_CHECK(sniffed->bomLength <= bytes.size());
    } else {
        UPTAKE_FUZZ_CHECK(!sniffed.error().isEmpty());
    }

    // The reader with the sniffed settings (or detection), small limits so the limit paths run too.
    CsvReader::Options options;
    if (sniffed) {
        options.encoding = sniffed->encoding;
        options.delimiter = sniffed->delimiter;
    }
    options.maxFieldChars = 512;
    options.maxRecordChars = 2048;
    options.maxColumns = 64;
    options.replaceInvalidBytes = size > 0 && (data[size - 1] & 1);
    options.chunkBytes = qsizetype(size) + 16; // one chunk
    const Outcome whole = readAll(bytes, options);
    options.chunkBytes = size > 0 ? 1 + data[0] % 13 : 1;
    const Outcome chunked = readAll(bytes, options);
    UPTAKE_FUZZ_CHECK(whole.status == chunked.status);
    UPTAKE_FUZZ_CHECK(whole.kind == chunked.kind);
    UPTAKE_FUZZ_CHECK(whole.errorLine == chunked.errorLine);
    UPTAKE_FUZZ_CHECK(whole.rows == chunked.rows);
    UPTAKE_FUZZ_CHECK(whole.lines == chunked.lines);

    // And with the encoding left to the reader's own detection.
    CsvReader::Options detect;
    detect.chunkBytes = 7;
    (void)CsvReader::readAll(bytes, detect);
    return 0;
}
