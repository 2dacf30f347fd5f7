#include "dateparser.h"

#include "import/valueparser.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

constexpr qint64 SecondsPerDay = 86400;

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

bool validDate(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/// A cursor over UTF-16 text with the few primitives the formats need.
struct Cursor
{
    const char16_t *p;
    const char16_t *end;

    bool atEnd() const { return p == end; }
    char16_t peek() const { return p < end ? *p : 0; }
    bool eat(char16_t c)
    {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    void skipSpaces()
    {
        while (p < end && (*p == u' ' || *p == u'\t'))
            ++p;
    }
    /// Reads minDigits..maxDigits decimal digits.
    bool digits(int minDigits, int maxDigits, int *value, int *count = nullptr)
    {
        int n = 0, v = 0;
        while (p < end && n < maxDigits && *p >= u'0' && *p <= u'9') {
            v = v * 10 + (*p - u'0');
            ++p;
            ++n;
        }
        if (count)
            *count = n;
        *value = v;
        return n >= minDigits;
    }
    /// Reads an optionally signed integer of up to 18 digits.
    bool integer(qint64 *value)
    {
        const bool negative = eat(u'-');
        if (!negative)
            eat(u'+');
        int n = 0;
        qint64 v = 0;
        while (p < end && n < 18 && *p >= u'0' && *p <= u'9') {
            v = v * 10 + (*p - u'0');
            ++p;
            ++n;
        }
        *value = negative ? -v : v;
        return n > 0;
    }
};

Cursor cursorOf(QStringView text)
{
    const auto *b = reinterpret_cast<const char16_t *>(text.data());
    Cursor c{b, b + text.size()};
    c.skipSpaces();
    while (c.end > c.p && (c.end[-1] == u' ' || c.end[-1] == u'\t'))
        --c.end;
    return c;
}

/// H:mm[:ss[.fff]] with an optional AM/PM; *seconds is the time of day.
bool parseTime(Cursor &c, int *seconds, bool allowAmPm)
{
    int h = 0, m = 0, s = 0;
    if (!c.digits(1, 2, &h) || !c.eat(u':') || !c.digits(2, 2, &m))
        return false;
    if (c.eat(u':')) {
        if (!c.digits(2, 2, &s))
            return false;
        if (c.eat(u'.') || c.eat(u',')) {
            int frac = 0, n = 0;
            c.digits(1, 9, &frac, &n);
            if (n == 0)
                return false;
            while (c.peek() >= u'0' && c.peek() <= u'9')
                ++c.p;
        }
    }
    if (allowAmPm) {
        const Cursor save = c;
        c.skipSpaces();
        const char16_t a = c.peek() | 0x20;
        if ((a == u'a' || a == u'p') && c.end - c.p >= 2) {
            ++c.p;
            c.eat(u'.');
            if ((c.peek() | 0x20) != u'm')
                return false;
            ++c.p;
            c.eat(u'.');
            if (h < 1 || h > 12)
                return false;
            h = (h % 12) + (a == u'p' ? 12 : 0);
        } else {
            c = save;
        }
    }
    if (h > 23 || m > 59 || s > 60)
        return false;
    *seconds = h * 3600 + m * 60 + std::min(s, 59);
    return true;
}

/// Z, ±HH, ±HHMM or ±HH:MM.
bool parseOffset(Cursor &c, int *offset, bool *has)
{
    *has = false;
    if (c.eat(u'Z') || c.eat(u'z')) {
        *has = true;
        *offset = 0;
        return true;
    }
    const char16_t sign = c.peek();
    if (sign != u'+' && sign != u'-')
        return true;
    ++c.p;
    int h = 0, m = 0;
    if (!c.digits(2, 2, &h))
        return false;
    if (c.eat(u':')) {
        if (!c.digits(2, 2, &m))
            return false;
    } else if (c.peek() >= u'0' && c.peek() <= u'9') {
        if (!c.digits(2, 2, &m))
            return false;
    }
    if (h > 18 || m > 59)
        return false;
    *offset = (sign == u'-' ? -1 : 1) * (h * 3600 + m * 60);
    *has = true;
    return true;
}

int monthFromName(Cursor &c)
{
    static constexpr const char16_t *Names[] = {u"january",   u"february", u"march",    u"april",
                                                u"may",       u"june",     u"july",     u"august",
                                                u"september", u"october",  u"november", u"december"};
    const char16_t *start = c.p;
    while (c.p < c.end && ((*c.p | 0x20) >= u'a' && (*c.p | 0x20) <= u'z'))
        ++c.p;
    const qsizetype len = c.p - start;
    if (len < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const std::u16string_view name(Names[m]);
        if (qsizetype(name.size()) < len)
            continue;
        if (len != 3 && len != qsizetype(name.size()) && !(m == 8 && len == 4)) // "Sept" too
            continue;
        bool same = true;
        for (qsizetype i = 0; i < len && same; ++i)
            same = char16_t(start[i] | 0x20) == name[size_t(i)];
        if (same) {
            c.eat(u'.');
            return m + 1;
        }
    }
    return 0;
}

/// Decimal number with a point, for Excel serials: fast and exact enough for seconds.
bool parseDecimal(Cursor &c, double *value)
{
    qint64 whole = 0;
    const bool negative = c.peek() == u'-';
    if (!c.integer(&whole))
        return false;
    double v = double(negative ? -whole : whole);
    if (c.eat(u'.')) {
        double scale = 0.1;
        int n = 0;
        while (c.peek() >= u'0' && c.peek() <= u'9') {
            v += scale * (*c.p - u'0');
            scale /= 10;
            ++c.p;
            ++n;
        }
        if (n == 0)
            return false;
    }
    *value = negative ? -v : v;
    return true;
}

} // namespace

QString dateFormatKey(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return u"iso"_s;
    case DateFormat::EpochSeconds:
        return u"epoch"_s;
    case DateFormat::EpochMillis:
        return u"epoch-ms"_s;
    case DateFormat::DayMonthYear:
        return u"dmy"_s;
    case DateFormat::MonthDayYear:
        return u"mdy"_s;
    case DateFormat::MoodleLong:
        return u"moodle-long"_s;
    case DateFormat::ExcelSerial:
        return u"excel"_s;
    case DateFormat::RelativeDays:
        return u"relative-days"_s;
    }
    return {};
}

std::optional<DateFormat> dateFormatFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    for (DateFormat f :
         {DateFormat::Iso, DateFormat::EpochSeconds, DateFormat::EpochMillis, DateFormat::DayMonthYear,
          DateFormat::MonthDayYear, DateFormat::MoodleLong, DateFormat::ExcelSerial, DateFormat::RelativeDays}) {
        if (k == dateFormatKey(f))
            return f;
    }
    if (k == u"moodle"_s)
        return DateFormat::DayMonthYear;
    if (k == u"us"_s)
        return DateFormat::MonthDayYear;
    return std::nullopt;
}

QString dateFormatExample(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return u"2023-08-07T14:24:00+02:00"_s;
    case DateFormat::EpochSeconds:
        return u"1691418240"_s;
    case DateFormat::EpochMillis:
        return u"1691418240000"_s;
    case DateFormat::DayMonthYear:
        return u"7/08/23, 14:24"_s;
    case DateFormat::MonthDayYear:
        return u"8/7/2023 2:24 PM"_s;
    case DateFormat::MoodleLong:
        return u"2017 July 2 0:58"_s;
    case DateFormat::ExcelSerial:
        return u"45145.6"_s;
    case DateFormat::RelativeDays:
        return u"-12"_s;
    }
    return {};
}

DateParser::DateParser(DateFormat format, const QTimeZone &zone, QDate relativeBase)
    : m_format(format)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_base(relativeBase)
{
    if (m_base.isValid())
        m_baseDays = daysFromCivil(m_base.year(), m_base.month(), m_base.day());
    m_fixedZone = !m_zone.hasTransitions();
    m_fixedOffset = m_fixedZone ? m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc())) : 0;
}

bool DateParser::parse(QStringView text, Parts *parts) const
{
    Cursor c = cursorOf(text);
    if (c.atEnd())
        return false;
    switch (m_format) {
    case DateFormat::Iso: {
        int y = 0, m = 0, d = 0;
        if (!c.digits(4, 4, &y) || !c.eat(u'-') || !c.digits(2, 2, &m) || !c.eat(u'-') || !c.digits(2, 2, &d))
            return false;
        if (!validDate(y, m, d))
            return false;
        parts->days = daysFromCivil(y, m, d);
        parts->seconds = 0;
        if (c.eat(u'T') || c.eat(u't') || c.eat(u' ')) {
            c.skipSpaces();
            if (!parseTime(c, &parts->seconds, false))
                return false;
            c.skipSpaces();
            if (!parseOffset(c, &parts->offset, &parts->hasOffset))
                return false;
        }
        return c.atEnd();
    }
    case DateFormat::EpochSeconds:
    case DateFormat::EpochMillis: {
        qint64 v = 0;
        if (!c.integer(&v))
            return false;
        if (c.eat(u'.')) { // "1691418240.0": a fraction is dropped
            while (c.peek() >= u'0' && c.peek() <= u'9')
                ++c.p;
        }
        if (!c.atEnd())
            return false;
        parts->instant = true;
        parts->epoch = m_format == DateFormat::EpochMillis ? floorDiv(v, 1000) : v;
        return true;
    }
    case DateFormat::DayMonthYear:
    case DateFormat::MonthDayYear: {
        int a = 0, b = 0, y = 0, yearDigits = 0;
        if (!c.digits(1, 2, &a))
            return false;
        const char16_t sep = c.peek();
        if (sep != u'/' && sep != u'.' && sep != u'-')
            return false;
        ++c.p;
        if (!c.digits(1, 2, &b) || !c.eat(sep) || !c.digits(2, 4, &y, &yearDigits) || yearDigits == 3)
            return false;
        if (yearDigits == 2)
            y += y < 70 ? 2000 : 1900;
        const int d = m_format == DateFormat::DayMonthYear ? a : b;
        const int m = m_format == DateFormat::DayMonthYear ? b : a;
        if (!validDate(y, m, d))
            return false;
        parts->days = daysFromCivil(y, m, d);
        parts->seconds = 0;
        const bool comma = c.eat(u',');
        const bool space = c.peek() == u' ' || c.peek() == u'\t';
        c.skipSpaces();
        if (!c.atEnd()) {
            if (!comma && !space && !c.eat(u'T'))
                return false;
            if (!parseTime(c, &parts->seconds, true))
                return false;
        }
        return c.atEnd();
    }
    case DateFormat::MoodleLong: {
        int y = 0, d = 0;
        if (!c.digits(4, 4, &y) || !c.eat(u' '))
            return false;
        c.skipSpaces();
        const int m = monthFromName(c);
        if (m == 0 || !c.eat(u' '))
            return false;
        c.skipSpaces();
        if (!c.digits(1, 2, &d) || !validDate(y, m, d))
            return false;
        c.eat(u',');
        parts->days = daysFromCivil(y, m, d);
        parts->seconds = 0;
        c.skipSpaces();
        if (!c.atEnd() && !parseTime(c, &parts->seconds, true))
            return false;
        return c.atEnd();
    }
    case DateFormat::ExcelSerial: {
        double v = 0;
        if (!parseDecimal(c, &v) || !c.atEnd() || v < 1 || v >= 2958466) // 9999-12-31
            return false;
        qint64 day = qint64(std::floor(v));
        qint64 secs = std::llround((v - double(day)) * SecondsPerDay);
        if (secs >= SecondsPerDay) {
            ++day;
            secs -= SecondsPerDay;
        }
        // Excel counts 1900-02-29, which did not exist: serials from 61 on are days since 1899-12-30.
        parts->days = (day >= 61 ? daysFromCivil(1899, 12, 30) : daysFromCivil(1899, 12, 31)) + day;
        parts->seconds = int(secs);
        return true;
    }
    case DateFormat::RelativeDays: {
        qint64 v = 0;
        if (!m_base.isValid() || !c.integer(&v) || !c.atEnd() || v < -3650000 || v > 3650000)
            return false;
        parts->days = m_baseDays + v;
        parts->seconds = 0;
        return true;
    }
    }
    return false;
}

qint64 DateParser::localToUtc(qint64 localSeconds) const
{
    if (m_fixedZone)
        return localSeconds - m_fixedOffset;
    // Zone transitions fall on quarter hours, so one offset serves a whole quarter hour of wall-clock time;
    // time-ordered logs hit the cache almost always.
    const qint64 key = floorDiv(localSeconds, 900);
    if (key != m_cacheKey) {
        const qint64 days = floorDiv(localSeconds, SecondsPerDay);
        const int secs = int(localSeconds - days * SecondsPerDay);
        const QDateTime dt(QDate::fromJulianDay(days + 2440588), QTime::fromMSecsSinceStartOfDay(secs * 1000), m_zone);
        m_cacheOffset = int(localSeconds - dt.toSecsSinceEpoch());
        m_cacheKey = key;
    }
    return localSeconds - m_cacheOffset;
}

std::optional<qint64> DateParser::toEpochSeconds(QStringView text) const
{
    Parts parts;
    if (!parse(text, &parts))
        return std::nullopt;
    if (parts.instant)
        return parts.epoch;
    const qint64 local = parts.days * SecondsPerDay + parts.seconds;
    if (parts.hasOffset)
        return local - parts.offset;
    return localToUtc(local);
}

QDateTime DateParser::toDateTime(QStringView text) const
{
    const auto secs = toEpochSeconds(text);
    return secs ? QDateTime::fromSecsSinceEpoch(*secs, QTimeZone::utc()) : QDateTime();
}

QDate DateParser::toDate(QStringView text) const
{
    Parts parts;
    if (!parse(text, &parts))
        return {};
    if (parts.instant)
        return QDateTime::fromSecsSinceEpoch(parts.epoch, QTimeZone::utc()).toTimeZone(m_zone).date();
    return QDate::fromJulianDay(parts.days + 2440588);
}

bool DateParser::matches(QStringView text) const
{
    Parts parts;
    return parse(text, &parts);
}

QString DateParser::errorMessage(QStringView text) const
{
    if (m_format == DateFormat::RelativeDays && !m_base.isValid())
        return QCoreApplication::translate("Uptake::Import", "day offsets like “%1” need a start date to count from")
            .arg(text);
    return QCoreApplication::translate("Uptake::Import", "expected a date like %1, not “%2”")
        .arg(dateFormatExample(m_format), text);
}

QList<DateFormat> DateFormatDetector::defaultCandidates()
{
    return {DateFormat::Iso,        DateFormat::DayMonthYear, DateFormat::MonthDayYear,
            DateFormat::MoodleLong, DateFormat::EpochSeconds, DateFormat::EpochMillis};
}

DateFormatDetector::DateFormatDetector(const QList<DateFormat> &candidates)
    : m_remaining(candidates)
{
    m_parsers.reserve(size_t(candidates.size()));
    for (DateFormat f : candidates)
        m_parsers.emplace_back(f, QTimeZone::utc(), QDate(2000, 1, 1));
}

void DateFormatDetector::feed(QStringView value)
{
    if (isMissingValue(value))
        return;
    ++m_values;
    if (m_remaining.isEmpty())
        return;
    const QStringView v = value.trimmed();
    bool isNumber = false;
    const double number = v.toDouble(&isNumber);
    // Numeric formats only within plausible ranges: that is what keeps them apart.
    auto inRange = [&](DateFormat f) {
        switch (f) {
        case DateFormat::EpochSeconds:
            return isNumber && number >= 1e8 && number < 1e10;
        case DateFormat::EpochMillis:
            return isNumber && number >= 1e11 && number < 1e13;
        case DateFormat::ExcelSerial:
            return isNumber && number >= 20000 && number < 80000;
        case DateFormat::RelativeDays:
            return isNumber && std::abs(number) < 20000;
        default:
            return true;
        }
    };
    const qsizetype before = m_remaining.size();
    for (qsizetype i = m_remaining.size() - 1; i >= 0; --i) {
        if (!inRange(m_remaining.at(i)) || !m_parsers[size_t(i)].matches(v)) {
            m_remaining.removeAt(i);
            m_parsers.erase(m_parsers.begin() + i);
        }
    }
    if (m_remaining.isEmpty() && before > 0)
        m_firstMismatch = v.toString();
}

DateFormatDetector::Verdict DateFormatDetector::verdict() const
{
    if (m_values == 0)
        return Verdict::NoValues;
    if (m_remaining.isEmpty())
        return Verdict::NoMatch;
    if (m_remaining.size() == 2 && m_remaining.contains(DateFormat::DayMonthYear) &&
        m_remaining.contains(DateFormat::MonthDayYear))
        return Verdict::Ambiguous;
    return m_remaining.size() == 1 ? Verdict::Decided : Verdict::Ambiguous;
}

DateFormat DateFormatDetector::format() const
{
    if (m_remaining.contains(DateFormat::DayMonthYear))
        return DateFormat::DayMonthYear;
    return m_remaining.isEmpty() ? DateFormat::Iso : m_remaining.first();
}

QList<DateFormat> DateFormatDetector::candidates() const
{
    return m_remaining;
}

} // namespace Uptake::Import
