#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace Uptake::Import {

/// The text encodings the importer reads.
enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

/// The canonical name of an encoding: "utf-8", "utf-16le", "utf-16be", "windows-1252", "latin1".
QString encodingName(Encoding encoding);

/// The encoding called name (case-insensitive; also accepts "utf8", "cp1252", "iso-8859-1", …), if supported.
std::optional<Encoding> encodingFromName(QStringView name);

/// What the first bytes of a file say about its encoding.
struct EncodingGuess
{
    Encoding encoding = Encoding::Utf8;
    qsizetype bomLength = 0; ///< bytes of byte-order mark to skip before the text
};

/// Guesses the encoding of a file from its first bytes (a 64 KB sample is plenty).
///
/// A byte-order mark decides (UTF-8, UTF-16 LE, UTF-16 BE). Without one, a sample with many NUL bytes in every
/// other position is UTF-16 without a mark; a sample that is valid UTF-8 (pure ASCII included) is UTF-8, and so is
/// one whose invalid spots are outnumbered two to one by valid multi-byte characters (damaged UTF-8: the reader
/// reports the bad line rather than garbling the rest); anything else is Windows-1252, the encoding of Excel's "CSV"
/// on Western Windows. complete says whether head is
/// the whole file; when it is not, a multi-byte character cut at its end is not held against UTF-8.
EncodingGuess detectEncoding(QByteArrayView head, bool complete);

/// The length of the byte-order mark of encoding at the start of head, or 0.
qsizetype byteOrderMarkLength(QByteArrayView head, Encoding encoding);

/// Turns bytes into UTF-16 text chunk by chunk, in a known encoding.
///
/// The decoder keeps no state between calls: decode() reports how many bytes it used, and the caller passes the
/// unused tail (at most 3 bytes of a character cut by the chunk boundary) again in front of the next chunk.
/// Invalid bytes stop decoding so the caller can report where they are, unless replacement is switched on, in
/// which case each invalid byte becomes U+FFFD. A NUL character always stops decoding: delimited text never
/// contains one, binary files almost always do.
class TextDecoder
{
public:
    /// Why decoding stopped before the end of the input.
    enum class Stop {
        None,         ///< all input used, or only a cut character left for the next call
        InvalidBytes, ///< the bytes at the stop are not valid in the encoding
        Nul,          ///< the input holds a NUL character at the stop
    };

    struct Outcome
    {
        qsizetype consumed = 0; ///< bytes of input turned into text
        Stop stop = Stop::None;
    };

    explicit TextDecoder(Encoding encoding = Encoding::Utf8, bool replaceInvalid = false);

    Encoding encoding() const { return m_encoding; }
    bool replacesInvalid() const { return m_replaceInvalid; }

    /// Appends the text of bytes to out. atEnd says no more input follows, so a cut character is invalid.
    Outcome decode(QByteArrayView bytes, QString &out, bool atEnd);

    /// Decodes a whole buffer at once; std::nullopt when it holds invalid bytes or a NUL.
    static std::optional<QString> decodeAll(QByteArrayView bytes, Encoding encoding);

private:
    Outcome decodeUtf8(QByteArrayView bytes, QString &out, bool atEnd);
    Outcome decodeUtf16(QByteArrayView bytes, QString &out, bool atEnd);
    Outcome decodeSingleByte(QByteArrayView bytes, QString &out);

    Encoding m_encoding;
    bool m_replaceInvalid;
    QStringDecoder m_utf8;
};

} // namespace Uptake::Import
