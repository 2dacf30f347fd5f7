#include "textdecoder.h"

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

/// Windows-1252's 0x80–0x9F. The five bytes Windows leaves undefined map to the C1 control of the same value,
/// as the WHATWG encoding standard does, so no byte is lost.
constexpr std::array<char16_t, 32> Cp1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

enum class Utf8Stop { None, Cut, Invalid, Nul };

/// The length of the longest prefix of bytes made of whole, valid UTF-8 sequences without NUL, and why it ends.
qsizetype scanUtf8(const uchar *p, qsizetype n, Utf8Stop *stop)
{
    constexpr quint64 High = 0x8080808080808080ULL;
    constexpr quint64 Ones = 0x0101010101010101ULL;
    qsizetype i = 0;
    while (i < n) {
        // ASCII without NUL, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if ((w & High) || ((w - Ones) & ~w & High))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            if (c == 0) {
                *stop = Utf8Stop::Nul;
                return i;
            }
            ++i;
            continue;
        }
        int len = 0;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // beyond U+10FFFF
        } else {
            *stop = Utf8Stop::Invalid;
            return i;
        }
        const qsizetype available = n - i;
        for (qsizetype k = 1; k < len && k < available; ++k) {
            const uchar b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) {
                *stop = Utf8Stop::Invalid;
                return i;
            }
        }
        if (available < len) {
            *stop = Utf8Stop::Cut;
            return i;
        }
        i += len;
    }
    *stop = Utf8Stop::None;
    return n;
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"utf-8"_s;
    case Encoding::Utf16LE:
        return u"utf-16le"_s;
    case Encoding::Utf16BE:
        return u"utf-16be"_s;
    case Encoding::Windows1252:
        return u"windows-1252"_s;
    case Encoding::Latin1:
        return u"latin1"_s;
    }
    return {};
}

std::optional<Encoding> encodingFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"utf-8"_s || n == u"utf8"_s)
        return Encoding::Utf8;
    if (n == u"utf-16le"_s || n == u"utf16le"_s || n == u"utf-16"_s || n == u"unicode"_s)
        return Encoding::Utf16LE;
    if (n == u"utf-16be"_s || n == u"utf16be"_s)
        return Encoding::Utf16BE;
    if (n == u"windows-1252"_s || n == u"cp1252"_s || n == u"win1252"_s)
        return Encoding::Windows1252;
    if (n == u"latin1"_s || n == u"latin-1"_s || n == u"iso-8859-1"_s || n == u"iso8859-1"_s)
        return Encoding::Latin1;
    return std::nullopt;
}

qsizetype byteOrderMarkLength(QByteArrayView head, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case Encoding::Utf16LE:
        return head.startsWith("\xFF\xFE") ? 2 : 0;
    case Encoding::Utf16BE:
        return head.startsWith("\xFE\xFF") ? 2 : 0;
    case Encoding::Windows1252:
    case Encoding::Latin1:
        break;
    }
    return 0;
}

EncodingGuess detectEncoding(QByteArrayView head, bool complete)
{
    for (Encoding e : {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE}) {
        if (const qsizetype bom = byteOrderMarkLength(head, e))
            return {e, bom};
    }
    // UTF-16 without a mark: ASCII-range text leaves a NUL in every other byte.
    const qsizetype pairs = std::min<qsizetype>(head.size() / 2, 4096);
    if (pairs >= 2) {
        qsizetype evenNul = 0, oddNul = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            evenNul += head[2 * i] == '\0';
            oddNul += head[2 * i + 1] == '\0';
        }
        if (oddNul * 10 >= pairs * 7 && evenNul * 10 < pairs)
            return {Encoding::Utf16LE, 0};
        if (evenNul * 10 >= pairs * 7 && oddNul * 10 < pairs)
            return {Encoding::Utf16BE, 0};
    }
    // Valid UTF-8 is UTF-8. So is UTF-8 with a few damaged spots (a download cut mid-character, one bad byte) among
    // at least twice as many valid multi-byte characters: Windows-1252 text almost never forms those, and reading it
    // as Windows-1252 would garble every one of them silently, where the reader reports the damaged line instead.
    const auto *p = reinterpret_cast<const uchar *>(head.data());
    qsizetype pos = 0, multiByte = 0, damaged = 0;
    while (pos < head.size()) {
        Utf8Stop stop = Utf8Stop::None;
        const qsizetype valid = scanUtf8(p + pos, head.size() - pos, &stop);
        for (qsizetype i = pos; i < pos + valid; ++i)
            multiByte += p[i] >= 0xC2;
        pos += valid;
        // A NUL says nothing about the encoding; the reader reports it where it is.
        if (stop == Utf8Stop::None || stop == Utf8Stop::Nul)
            break;
        if (stop == Utf8Stop::Cut) {
            damaged += complete;
            break;
        }
        ++damaged;
        ++pos;
    }
    if (damaged > 0 && multiByte < 2 * damaged)
        return {Encoding::Windows1252, 0};
    return {Encoding::Utf8, 0};
}

TextDecoder::TextDecoder(Encoding encoding, bool replaceInvalid)
    : m_encoding(encoding)
    , m_replaceInvalid(replaceInvalid)
    , m_utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom)
{}

TextDecoder::Outcome TextDecoder::decode(QByteArrayView bytes, QString &out, bool atEnd)
{
    switch (m_encoding) {
    case Encoding::Utf8:
        return decodeUtf8(bytes, out, atEnd);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return decodeUtf16(bytes, out, atEnd);
    case Encoding::Windows1252:
    case Encoding::Latin1:
        return decodeSingleByte(bytes, out);
    }
    return {};
}

TextDecoder::Outcome TextDecoder::decodeUtf8(QByteArrayView bytes, QString &out, bool atEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype done = 0;
    const qsizetype start = out.size();
    out.resize(start + n + 1); // UTF-8 never yields more UTF-16 units than bytes
    QChar *dst = out.data() + start;
    Outcome outcome;
    while (done < n) {
        Utf8Stop stop = Utf8Stop::None;
        const qsizetype valid = scanUtf8(p + done, n - done, &stop);
        if (valid > 0)
            dst = m_utf8.appendToBuffer(dst, bytes.sliced(done, valid));
        done += valid;
        if (stop == Utf8Stop::None)
            break;
        if (stop == Utf8Stop::Nul) {
            outcome.stop = Stop::Nul;
            break;
        }
        if (stop == Utf8Stop::Cut && !atEnd)
            break;
        if (!m_replaceInvalid) {
            outcome.stop = Stop::InvalidBytes;
            break;
        }
        *dst++ = QChar(QChar::ReplacementCharacter);
        ++done;
    }
    out.truncate(dst - out.constData());
    outcome.consumed = done;
    return outcome;
}

TextDecoder::Outcome TextDecoder::decodeUtf16(QByteArrayView bytes, QString &out, bool atEnd)
{
    const bool little = m_encoding == Encoding::Utf16LE;
    const qsizetype units = bytes.size() / 2;
    const qsizetype start = out.size();
    out.resize(start + units + 1);
    auto *dst = reinterpret_cast<char16_t *>(out.data()) + start;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    Outcome outcome;
    qsizetype i = 0;
    for (; i < units; ++i) {
        const char16_t u = little ? char16_t(p[2 * i] | (p[2 * i + 1] << 8)) : char16_t((p[2 * i] << 8) | p[2 * i + 1]);
        if (u == 0) {
            outcome.stop = Stop::Nul;
            break;
        }
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= units && !atEnd)
                break; // the pair is cut by the chunk: the caller passes these bytes again
            const char16_t next = i + 1 < units ? (little ? char16_t(p[2 * i + 2] | (p[2 * i + 3] << 8))
                                                          : char16_t((p[2 * i + 2] << 8) | p[2 * i + 3]))
                                                : char16_t(0);
            if (QChar::isLowSurrogate(next)) {
                dst[i] = u;
                dst[i + 1] = next;
                ++i;
                continue;
            }
        } else if (!QChar::isLowSurrogate(u)) {
            dst[i] = u;
            continue;
        }
        // An unpaired surrogate: not text in any UTF-16 file.
        if (!m_replaceInvalid) {
            outcome.stop = Stop::InvalidBytes;
            break;
        }
        dst[i] = QChar::ReplacementCharacter;
    }
    qsizetype written = i;
    outcome.consumed = 2 * i;
    if (outcome.stop == Stop::None && atEnd && bytes.size() % 2) {
        // A file cannot end in half a UTF-16 unit.
        if (m_replaceInvalid) {
            dst[written++] = QChar::ReplacementCharacter;
            ++outcome.consumed;
        } else {
            outcome.stop = Stop::InvalidBytes;
        }
    }
    out.truncate(start + written);
    return outcome;
}

TextDecoder::Outcome TextDecoder::decodeSingleByte(QByteArrayView bytes, QString &out)
{
    const bool cp1252 = m_encoding == Encoding::Windows1252;
    const qsizetype start = out.size();
    out.resize(start + bytes.size());
    auto *dst = reinterpret_cast<char16_t *>(out.data()) + start;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    Outcome outcome;
    qsizetype i = 0;
    for (; i < bytes.size(); ++i) {
        const uchar c = p[i];
        if (c == 0) {
            outcome.stop = Stop::Nul;
            break;
        }
        dst[i] = cp1252 && c >= 0x80 && c < 0xA0 ? Cp1252High[c - 0x80] : char16_t(c);
    }
    out.truncate(start + i);
    outcome.consumed = i;
    return outcome;
}

std::optional<QString> TextDecoder::decodeAll(QByteArrayView bytes, Encoding encoding)
{
    TextDecoder decoder(encoding);
    QString text;
    const Outcome o = decoder.decode(bytes, text, true);
    if (o.stop != Stop::None || o.consumed != bytes.size())
        return std::nullopt;
    return text;
}

} // namespace Uptake::Import
