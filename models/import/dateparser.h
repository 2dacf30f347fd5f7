#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <limits>
#include <optional>
#include <vector>

namespace Uptake::Import {

/// The ways LMS exports write a point in time.
///
/// The purely numeric formats cannot be told apart by their look, only by their range, so detection
/// (DateFormatDetector) only offers them within plausible ranges and only when asked to: epoch seconds are
/// 10^8–10^10 (1973–2286), epoch milliseconds 10^11–10^13, Excel serials 20000–80000 (1954–2119), relative days
/// −19999–19999. A column of small integers is never taken for dates on its own: the caller (a preset, a
/// header name, the user's --date-format) must say ExcelSerial or RelativeDays.
enum class DateFormat {
    Iso,          ///< 2023-08-07T14:24:00Z, 2023-08-07T14:24:00+02:00, 2023-08-07 14:24:00, 2023-08-07
    EpochSeconds, ///< 1691418240 (seconds since 1970-01-01 UTC)
    EpochMillis,  ///< 1691418240000
    DayMonthYear, ///< 7/08/23, 14:24 (Moodle), 07.08.2023 14:24:05, 7/8/2023 (separators / . -, year yy or yyyy)
    MonthDayYear, ///< 8/7/2023 2:24 PM (US)
    MoodleLong,   ///< 2017 July 2 0:58 (older Moodle; English month names, full or abbreviated)
    ExcelSerial,  ///< 45145.6 (days since 1899-12-30, 1900 date system, fraction = time of day)
    RelativeDays, ///< -12 (whole days from a base date, e.g. OULAD's module start)
};

/// The stable key of a format, used in profiles and on the command line: "iso", "epoch", "epoch-ms", "dmy",
/// "mdy", "moodle-long", "excel", "relative-days".
QString dateFormatKey(DateFormat format);

/// The format with the given key; also accepts "moodle" (dmy) and "us" (mdy).
std::optional<DateFormat> dateFormatFromKey(QStringView key);

/// A sample value of the format, for messages ("expected a date like 7/08/23, 14:24").
QString dateFormatExample(DateFormat format);

/// Parses time stamps of one decided format into UTC instants; fast enough to call for every row of a large file.
///
/// Values without an offset are wall-clock times in the parser's zone (UTC unless given). Epoch values are
/// instants already. Date-only values mean midnight in the zone. Fractions of seconds are dropped. Surrounding
/// spaces are ignored. Not thread-safe (it caches zone offsets): use one parser per thread.
class DateParser
{
public:
    explicit DateParser(DateFormat format, const QTimeZone &zone = QTimeZone::utc(), QDate relativeBase = {});

    DateFormat format() const { return m_format; }
    QTimeZone zone() const { return m_zone; }
    /// Day 0 for RelativeDays; without it RelativeDays values do not parse.
    QDate relativeBase() const { return m_base; }

    /// The instant as seconds since 1970-01-01 UTC, or std::nullopt when text is not in the format.
    std::optional<qint64> toEpochSeconds(QStringView text) const;

    /// The instant as a UTC QDateTime, or an invalid one.
    QDateTime toDateTime(QStringView text) const;

    /// The calendar date as written (for epoch formats: the date in the parser's zone), or an invalid date.
    QDate toDate(QStringView text) const;

    /// Whether text is in the format (ignores the zone; cheaper than converting).
    bool matches(QStringView text) const;

    /// A message for a value that did not parse: "expected a date like 7/08/23, 14:24, not “x”".
    QString errorMessage(QStringView text) const;

private:
    struct Parts
    {
        qint64 days = 0; ///< days since 1970-01-01 of the wall-clock date
        int seconds = 0; ///< seconds into that day
        int offset = 0;  ///< seconds ahead of UTC, when hasOffset
        bool hasOffset = false;
        bool instant = false; ///< an epoch value: epoch is the answer
        qint64 epoch = 0;
    };
    bool parse(QStringView text, Parts *parts) const;
    qint64 localToUtc(qint64 localSeconds) const;

    DateFormat m_format;
    QTimeZone m_zone;
    QDate m_base;
    qint64 m_baseDays = 0;
    bool m_fixedZone = true;
    int m_fixedOffset = 0;
    mutable qint64 m_cacheKey = std::numeric_limits<qint64>::min();
    mutable int m_cacheOffset = 0;
};

/// Decides the format of a column of time stamps from its values, all of them or a large sample; never row by row.
///
/// Feed it values (missing ones are ignored) and ask for the verdict. Day/month order is decided by the column as a
/// whole: one value with a first number above 12 makes it day-first. When every value fits both orders, the
/// verdict is Ambiguous and the caller must ask (the CLI's --day-order dmy|mdy).
class DateFormatDetector
{
public:
    enum class Verdict {
        NoValues,  ///< nothing but missing values yet
        NoMatch,   ///< no format fits every value
        Decided,   ///< exactly one format fits: format()
        Ambiguous, ///< day-first and month-first both fit every value
    };

    /// The formats considered by default: the textual ones plus epoch seconds and milliseconds.
    static QList<DateFormat> defaultCandidates();

    explicit DateFormatDetector(const QList<DateFormat> &candidates = defaultCandidates());

    /// Takes one value of the column into account.
    void feed(QStringView value);

    Verdict verdict() const;
    /// The decided format; for Ambiguous, DayMonthYear (callers should ask rather than use it).
    DateFormat format() const;
    /// The formats consistent with every value fed so far.
    QList<DateFormat> candidates() const;
    /// Values fed that were not missing.
    qint64 valueCount() const { return m_values; }
    /// The first value that ruled out the last remaining formats, for messages.
    QString firstMismatch() const { return m_firstMismatch; }

private:
    QList<DateFormat> m_remaining;
    std::vector<DateParser> m_parsers; ///< one per remaining format, in the same order
    qint64 m_values = 0;
    QString m_firstMismatch;
};

} // namespace Uptake::Import
