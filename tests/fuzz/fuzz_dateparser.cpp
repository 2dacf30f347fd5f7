// Time stamps: every format's parser on every line of the input, and the detector on the lines as one column.
// Invariant: a value that converts is one the format matches.

#include "fuzzsupport.h"

#include "import/dateparser.h"

#include <QList>
#include <QTimeZone>

using namespace Uptake::Import;

namespace {

const QList<DateFormat> &allFormats()
{
    static const QList<DateFormat> formats{DateFormat::Iso,          DateFormat::EpochSeconds, DateFormat::EpochMillis,
                                           DateFormat::DayMonthYear, DateFormat::MonthDayYear, DateFormat::MoodleLong,
                                           DateFormat::ExcelSerial,  DateFormat::RelativeDays};
    return formats;
}

const QList<QTimeZone> &zones()
{
    // UTC, a zone with daylight saving (gaps and overlaps), one far east, a fixed odd offset.
    static const QList<QTimeZone> list{QTimeZone::utc(), QTimeZone("Europe/Berlin"), QTimeZone("Pacific/Kiritimati"),
                                       QTimeZone(-(9 * 3600 + 30 * 60))};
    return list;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the zone and the relative-days base; the rest is one value per line.
    const QTimeZone zone = zones().at(data[0] % zones().size());
    const QDate base = (data[0] & 0x80) ? QDate(2013, 10, 12) : QDate();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QStringList values = text.split(u'\n');

    std::vector<DateParser> parsers;
    for (DateFormat format : allFormats()) {
        parsers.emplace_back(format, zone, base);
        (void)dateFormatExample(format);
        UPTAKE_FUZZ_CHECK(dateFormatFromKey(dateFormatKey(format)) == format);
    }
    DateFormatDetector detector;
    DateFormatDetector everything(allFormats());
    for (const QString &value : values) {
        (void)dateFormatFromKey(value);
        for (const DateParser &parser : parsers) {
            const std::optional<qint64> epoch = parser.toEpochSeconds(value);
            const bool matches = parser.matches(value);
            if (epoch)
                UPTAKE_FUZZ_CHECK(matches);
            const QDateTime dt = parser.toDateTime(value);
            if (dt.isValid())
                UPTAKE_FUZZ_CHECK(epoch.has_value());
            (void)parser.toDate(value);
            if (!matches)
                UPTAKE_FUZZ_CHECK(!parser.errorMessage(value).isEmpty());
        }
        detector.feed(value);
        everything.feed(value);
    }
    for (const DateFormatDetector *d : {&detector, &everything}) {
        const auto verdict = d->verdict();
        (void)d->format();
        const QList<DateFormat> remaining = d->candidates();
        if (verdict == DateFormatDetector::Verdict::Decided)
            UPTAKE_FUZZ_CHECK(remaining.contains(d->format()));
        UPTAKE_FUZZ_CHECK(d->valueCount() <= values.size());
        (void)d->firstMismatch();
    }
    return 0;
}
