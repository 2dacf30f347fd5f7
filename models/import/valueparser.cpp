#include "valueparser.h"

#include <QList>

#include <array>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

constexpr qsizetype MaxNumberChars = 64;

/// Copies a number into plain ASCII with '.' as the decimal point and no thousands separators, checking the
/// grouping on the way. Returns the length, or -1 when text is not a well-formed number.
qsizetype normalizeNumber(QStringView text, bool decimalComma, std::array<char, MaxNumberChars> &out,
                          bool *hasFractionOrExponent)
{
    const char16_t decimal = decimalComma ? u',' : u'.';
    auto isGroup = [decimalComma](char16_t c) {
        return decimalComma ? (c == u'.' || c == u' ' || c == 0x00A0 || c == 0x202F || c == u'\'') : c == u',';
    };
    qsizetype n = 0, i = 0;
    const qsizetype size = text.size();
    *hasFractionOrExponent = false;
    if (size == 0 || size >= MaxNumberChars)
        return -1;
    if (text[0] == u'-' || text[0] == u'+') {
        if (text[0] == u'-')
            out[size_t(n++)] = '-';
        ++i;
    }
    // Integer part, with optional groups of three.
    qsizetype digits = 0, sinceGroup = 0;
    bool grouped = false;
    for (; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            out[size_t(n++)] = char(c);
            ++digits;
            ++sinceGroup;
        } else if (isGroup(c) && i + 1 < size && text[i + 1].isDigit()) {
            if (digits == 0 || (grouped ? sinceGroup != 3 : sinceGroup > 3))
                return -1;
            grouped = true;
            sinceGroup = 0;
        } else {
            break;
        }
    }
    if (grouped && sinceGroup != 3)
        return -1;
    qsizetype fractionDigits = 0;
    if (i < size && text[i] == decimal) {
        out[size_t(n++)] = '.';
        ++i;
        *hasFractionOrExponent = true;
        for (; i < size && text[i] >= u'0' && text[i] <= u'9'; ++i, ++fractionDigits)
            out[size_t(n++)] = char(text[i].unicode());
    }
    if (digits + fractionDigits == 0)
        return -1;
    if (i < size && (text[i] == u'e' || text[i] == u'E') && !grouped) {
        out[size_t(n++)] = 'e';
        ++i;
        *hasFractionOrExponent = true;
        if (i < size && (text[i] == u'-' || text[i] == u'+'))
            out[size_t(n++)] = char(text[i++].unicode());
        qsizetype expDigits = 0;
        for (; i < size && text[i] >= u'0' && text[i] <= u'9'; ++i, ++expDigits)
            out[size_t(n++)] = char(text[i].unicode());
        if (expDigits == 0)
            return -1;
    }
    return i == size ? n : -1;
}

std::optional<double> toDouble(const std::array<char, MaxNumberChars> &buffer, qsizetype n)
{
    double value = 0;
    const char *begin = buffer.data();
    // from_chars does not take a leading '+' nor a bare leading '.' before C++23 in every library: handle them.
    std::array<char, MaxNumberChars + 1> fixed{};
    qsizetype m = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (buffer[size_t(i)] == '.' && (i == 0 || buffer[size_t(i - 1)] == '-'))
            fixed[size_t(m++)] = '0';
        fixed[size_t(m++)] = buffer[size_t(i)];
    }
    begin = fixed.data();
    const auto [ptr, ec] = std::from_chars(begin, begin + m, value);
    if (ec != std::errc() || ptr != begin + m || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

bool isMissingValue(QStringView text)
{
    const QStringView t = text.trimmed();
    switch (t.size()) {
    case 0:
        return true;
    case 1:
        return t[0] == u'-' || t[0] == u'?';
    case 2:
        return t == u"\\N";
    case 4:
        return t.compare(u"NULL", Qt::CaseInsensitive) == 0;
    default:
        return false;
    }
}

ValueParser::ValueParser(bool decimalComma)
    : m_decimalComma(decimalComma)
{}

std::optional<double> ValueParser::toNumber(QStringView text) const
{
    const QStringView t = text.trimmed();
    if (isMissingValue(t))
        return std::nullopt;
    std::array<char, MaxNumberChars> buffer;
    bool fraction = false;
    const qsizetype n = normalizeNumber(t, m_decimalComma, buffer, &fraction);
    if (n < 0)
        return std::nullopt;
    return toDouble(buffer, n);
}

std::optional<qint64> ValueParser::toInteger(QStringView text) const
{
    const QStringView t = text.trimmed();
    if (isMissingValue(t))
        return std::nullopt;
    std::array<char, MaxNumberChars> buffer;
    bool fraction = false;
    const qsizetype n = normalizeNumber(t, m_decimalComma, buffer, &fraction);
    if (n < 0 || fraction)
        return std::nullopt;
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(buffer.data(), buffer.data() + n, value);
    if (ec != std::errc() || ptr != buffer.data() + n)
        return std::nullopt;
    return value;
}

std::optional<double> ValueParser::toDurationMinutes(QStringView text) const
{
    const QStringView t = text.trimmed();
    if (isMissingValue(t))
        return std::nullopt;

    // ISO 8601: P[nW][nD][T[nH][nM][nS]]
    if (t[0] == u'P' || t[0] == u'p') {
        double seconds = 0;
        bool inTime = false, any = false;
        qsizetype i = 1;
        while (i < t.size()) {
            if (t[i] == u'T' || t[i] == u't') {
                if (inTime)
                    return std::nullopt;
                inTime = true;
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < t.size() && (t[j].isDigit() || t[j] == u'.' || t[j] == u','))
                ++j;
            if (j == i || j == t.size())
                return std::nullopt;
            const ValueParser plain(t.sliced(i, j - i).contains(u','));
            const auto v = plain.toNumber(t.sliced(i, j - i));
            if (!v)
                return std::nullopt;
            const char16_t unit = QChar(t[j]).toUpper().unicode();
            double scale = 0;
            if (!inTime && unit == u'W')
                scale = 7 * 86400;
            else if (!inTime && unit == u'D')
                scale = 86400;
            else if (inTime && unit == u'H')
                scale = 3600;
            else if (inTime && unit == u'M')
                scale = 60;
            else if (inTime && unit == u'S')
                scale = 1;
            else
                return std::nullopt; // years and months have no fixed length
            seconds += *v * scale;
            any = true;
            i = j + 1;
        }
        if (!any)
            return std::nullopt;
        return seconds / 60;
    }

    // H:MM:SS[.fff]
    if (t.contains(u':')) {
        const auto parts = t.split(u':');
        if (parts.size() != 3)
            return std::nullopt;
        const ValueParser plain(false);
        const auto h = plain.toInteger(parts[0]);
        const auto m = plain.toInteger(parts[1]);
        const auto s = ValueParser(m_decimalComma).toNumber(parts[2]);
        if (!h || !m || !s || *h < 0 || *m < 0 || *m > 59 || *s < 0 || *s >= 60 || parts[1].size() != 2)
            return std::nullopt;
        return double(*h) * 60 + double(*m) + *s / 60;
    }

    const auto seconds = toNumber(t);
    if (!seconds || *seconds < 0)
        return std::nullopt;
    return *seconds / 60;
}

} // namespace Uptake::Import
