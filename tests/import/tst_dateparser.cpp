// Time stamps: every format LMS exports write, zones, errors, and column-wide format detection.

#include "import/dateparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake::Import;

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("zone"); // IANA id, empty for UTC
        QTest::addColumn<QDate>("base");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // UTC, ISO 8601; empty when the input must be refused

        const QDate none;
        const QString utc;
        const QString berlin = u"Europe/Berlin"_s;
        // ISO 8601
        QTest::addRow("iso Z") << u"iso"_s << utc << none << u"2023-08-07T14:24:00Z"_s << u"2023-08-07T14:24:00Z"_s;
        QTest::addRow("iso +02:00") << u"iso"_s << berlin << none << u"2023-08-07T14:24:00+02:00"_s
                                    << u"2023-08-07T12:24:00Z"_s;
        QTest::addRow("iso -07:00 with ms")
            << u"iso"_s << utc << none << u"2023-08-07T14:24:00.123-07:00"_s << u"2023-08-07T21:24:00Z"_s;
        QTest::addRow("iso +0530") << u"iso"_s << utc << none << u"2023-08-07T14:24+0530"_s
                                   << u"2023-08-07T08:54:00Z"_s;
        QTest::addRow("iso space, utc") << u"iso"_s << utc << none << u"2023-08-07 14:24:00"_s
                                        << u"2023-08-07T14:24:00Z"_s;
        QTest::addRow("iso space, berlin summer")
            << u"iso"_s << berlin << none << u"2023-08-07 14:24:00"_s << u"2023-08-07T12:24:00Z"_s;
        QTest::addRow("iso space, berlin winter")
            << u"iso"_s << berlin << none << u"2023-01-07 14:24:00"_s << u"2023-01-07T13:24:00Z"_s;
        QTest::addRow("iso date only") << u"iso"_s << utc << none << u"2023-08-07"_s << u"2023-08-07T00:00:00Z"_s;
        QTest::addRow("iso date only, berlin")
            << u"iso"_s << berlin << none << u"2023-08-07"_s << u"2023-08-06T22:00:00Z"_s;
        QTest::addRow("iso spaces around")
            << u"iso"_s << utc << none << u"  2023-08-07 "_s << u"2023-08-07T00:00:00Z"_s;
        QTest::addRow("iso 30 February") << u"iso"_s << utc << none << u"2023-02-30"_s << QString();
        QTest::addRow("iso hour 25") << u"iso"_s << utc << none << u"2023-08-07T25:00"_s << QString();
        QTest::addRow("iso trailing junk") << u"iso"_s << utc << none << u"2023-08-07x"_s << QString();
        QTest::addRow("iso empty") << u"iso"_s << utc << none << QString() << QString();
        // Epoch
        QTest::addRow("epoch") << u"epoch"_s << berlin << none << u"1691418240"_s << u"2023-08-07T14:24:00Z"_s;
        QTest::addRow("epoch with .0") << u"epoch"_s << utc << none << u"1691418240.0"_s << u"2023-08-07T14:24:00Z"_s;
        QTest::addRow("epoch-ms") << u"epoch-ms"_s << utc << none << u"1691418240999"_s << u"2023-08-07T14:24:00Z"_s;
        QTest::addRow("epoch text") << u"epoch"_s << utc << none << u"NULL"_s << QString();
        // Day first (Moodle)
        QTest::addRow("moodle") << u"moodle"_s << utc << none << u"7/08/23, 14:24"_s << u"2023-08-07T14:24:00Z"_s;
        QTest::addRow("moodle real") << u"dmy"_s << utc << none << u"23/01/23, 12:09"_s << u"2023-01-23T12:09:00Z"_s;
        QTest::addRow("moodle seconds") << u"dmy"_s << utc << none << u"7/08/23, 14:24:05"_s
                                        << u"2023-08-07T14:24:05Z"_s;
        QTest::addRow("dmy without comma")
            << u"dmy"_s << utc << none << u"7/8/2023 9:05"_s << u"2023-08-07T09:05:00Z"_s;
        QTest::addRow("dmy dots") << u"dmy"_s << berlin << none << u"07.08.2023 14:24"_s << u"2023-08-07T12:24:00Z"_s;
        QTest::addRow("dmy date only") << u"dmy"_s << utc << none << u"7/8/2023"_s << u"2023-08-07T00:00:00Z"_s;
        QTest::addRow("dmy 31 February") << u"dmy"_s << utc << none << u"31/02/23, 10:00"_s << QString();
        QTest::addRow("dmy month 13") << u"dmy"_s << utc << none << u"7/13/23, 10:00"_s << QString();
        QTest::addRow("dmy minutes unpadded") << u"dmy"_s << utc << none << u"7/08/23, 14:4"_s << QString();
        // Month first (US)
        QTest::addRow("us pm") << u"us"_s << utc << none << u"8/7/2023 2:24 PM"_s << u"2023-08-07T14:24:00Z"_s;
        QTest::addRow("us midnight") << u"mdy"_s << utc << none << u"8/7/2023 12:05 AM"_s << u"2023-08-07T00:05:00Z"_s;
        QTest::addRow("us noon") << u"mdy"_s << utc << none << u"8/7/2023 12:05 pm"_s << u"2023-08-07T12:05:00Z"_s;
        QTest::addRow("us 24h") << u"mdy"_s << utc << none << u"12/31/2023 23:59:59"_s << u"2023-12-31T23:59:59Z"_s;
        QTest::addRow("us day first value") << u"mdy"_s << utc << none << u"13/7/2023 1:00 PM"_s << QString();
        QTest::addRow("us 13 PM") << u"mdy"_s << utc << none << u"8/7/2023 13:00 PM"_s << QString();
        // Older Moodle
        QTest::addRow("moodle-long") << u"moodle-long"_s << utc << none << u"2017 July 2 0:58"_s
                                     << u"2017-07-02T00:58:00Z"_s;
        QTest::addRow("moodle-long abbreviated")
            << u"moodle-long"_s << utc << none << u"2017 jul 2 10:58:30"_s << u"2017-07-02T10:58:30Z"_s;
        QTest::addRow("moodle-long September")
            << u"moodle-long"_s << utc << none << u"2017 Sept 30 1:00"_s << u"2017-09-30T01:00:00Z"_s;
        QTest::addRow("moodle-long day 32") << u"moodle-long"_s << utc << none << u"2017 July 32 0:58"_s << QString();
        QTest::addRow("moodle-long German") << u"moodle-long"_s << utc << none << u"2017 Juli 2 0:58"_s << QString();
        // Excel serials (1900 system)
        QTest::addRow("excel") << u"excel"_s << utc << none << u"45145.6"_s << u"2023-08-07T14:24:00Z"_s;
        QTest::addRow("excel whole day") << u"excel"_s << utc << none << u"45145"_s << u"2023-08-07T00:00:00Z"_s;
        QTest::addRow("excel berlin") << u"excel"_s << berlin << none << u"45145.6"_s << u"2023-08-07T12:24:00Z"_s;
        QTest::addRow("excel day 1") << u"excel"_s << utc << none << u"1"_s << u"1900-01-01T00:00:00Z"_s;
        QTest::addRow("excel after fake leap day") << u"excel"_s << utc << none << u"61"_s << u"1900-03-01T00:00:00Z"_s;
        QTest::addRow("excel almost midnight")
            << u"excel"_s << utc << none << u"45145.999999999"_s << u"2023-08-08T00:00:00Z"_s;
        QTest::addRow("excel text") << u"excel"_s << utc << none << u"7/8/2023"_s << QString();
        // Whole days from a base date (OULAD)
        const QDate start(2013, 10, 1);
        QTest::addRow("relative negative")
            << u"relative-days"_s << utc << start << u"-159"_s << u"2013-04-25T00:00:00Z"_s;
        QTest::addRow("relative zero") << u"relative-days"_s << utc << start << u"0"_s << u"2013-10-01T00:00:00Z"_s;
        QTest::addRow("relative berlin") << u"relative-days"_s << berlin << start << u"12"_s
                                         << u"2013-10-12T22:00:00Z"_s;
        QTest::addRow("relative without base") << u"relative-days"_s << utc << none << u"12"_s << QString();
        QTest::addRow("relative fraction") << u"relative-days"_s << utc << start << u"1.5"_s << QString();
    }

    void parse()
    {
        QFETCH(QString, format);
        QFETCH(QString, zone);
        QFETCH(QDate, base);
        QFETCH(QString, input);
        QFETCH(QString, expected);

        const auto f = dateFormatFromKey(format);
        QVERIFY(f);
        const QTimeZone tz = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
        QVERIFY(tz.isValid());
        const DateParser parser(*f, tz, base);
        const auto secs = parser.toEpochSeconds(input);
        QCOMPARE(parser.matches(input), !expected.isEmpty());
        if (expected.isEmpty()) {
            QVERIFY(!secs);
            QVERIFY(!parser.toDateTime(input).isValid());
            QVERIFY(!parser.errorMessage(input).isEmpty());
            return;
        }
        QVERIFY2(secs, qPrintable(parser.errorMessage(input)));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC).toString(Qt::ISODate), expected);
        QCOMPARE(parser.toDateTime(input).toSecsSinceEpoch(), *secs);
    }

    void keys()
    {
        for (DateFormat f :
             {DateFormat::Iso, DateFormat::EpochSeconds, DateFormat::EpochMillis, DateFormat::DayMonthYear,
              DateFormat::MonthDayYear, DateFormat::MoodleLong, DateFormat::ExcelSerial, DateFormat::RelativeDays}) {
            QCOMPARE(dateFormatFromKey(dateFormatKey(f)), f);
            // The example of each format parses in that format.
            QVERIFY(DateParser(f, QTimeZone::utc(), QDate(2020, 1, 1)).matches(dateFormatExample(f)));
        }
        QCOMPARE(dateFormatFromKey(u"Moodle"), DateFormat::DayMonthYear);
        QCOMPARE(dateFormatFromKey(u"us"), DateFormat::MonthDayYear);
        QVERIFY(!dateFormatFromKey(u"yyyy-MM-dd"));
    }

    void toDate()
    {
        QCOMPARE(DateParser(DateFormat::DayMonthYear).toDate(u"23/01/23, 23:59"), QDate(2023, 1, 23));
        // An instant's date depends on the zone.
        const DateParser epoch(DateFormat::EpochSeconds, QTimeZone("Asia/Tokyo"));
        QCOMPARE(epoch.toDate(u"1691418240"), QDate(2023, 8, 7));
        QCOMPARE(epoch.toDate(u"1691445600"), QDate(2023, 8, 8)); // 22:00 UTC
        QVERIFY(!DateParser(DateFormat::Iso).toDate(u"soon").isValid());
    }

    void errorMessage()
    {
        const DateParser moodle(DateFormat::DayMonthYear);
        QCOMPARE(moodle.errorMessage(u"yesterday"), u"expected a date like 7/08/23, 14:24, not “yesterday”"_s);
        QVERIFY(DateParser(DateFormat::RelativeDays).errorMessage(u"3").contains(u"start date"_s));
    }

    void zoneTransitions()
    {
        // The offset cache must not carry an offset across a DST change.
        const DateParser parser(DateFormat::Iso, QTimeZone("Europe/Berlin"));
        QCOMPARE(*parser.toEpochSeconds(u"2023-03-26 01:59:00"),
                 QDateTime(QDate(2023, 3, 26), QTime(0, 59), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(*parser.toEpochSeconds(u"2023-03-26 03:00:00"),
                 QDateTime(QDate(2023, 3, 26), QTime(1, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(*parser.toEpochSeconds(u"2023-03-26 01:00:00"),
                 QDateTime(QDate(2023, 3, 26), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void detect_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("extra"); // an extra candidate format key, or empty
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("format");

        const int decided = int(DateFormatDetector::Verdict::Decided);
        const int ambiguous = int(DateFormatDetector::Verdict::Ambiguous);
        const int noMatch = int(DateFormatDetector::Verdict::NoMatch);
        QTest::addRow("iso mixed offsets")
            << QStringList{u"2023-08-07T14:24:00Z"_s, u"2023-08-07T14:24:00-07:00"_s, u"2023-08-07"_s} << QString()
            << decided << u"iso"_s;
        QTest::addRow("moodle decided by day 23")
            << QStringList{u"7/08/23, 14:24"_s, u"8/08/23, 9:00"_s, u"23/01/23, 12:09"_s} << QString() << decided
            << u"dmy"_s;
        QTest::addRow("us decided by day 31")
            << QStringList{u"8/7/2023 2:24 PM"_s, u"12/31/2023 1:00 AM"_s} << QString() << decided << u"mdy"_s;
        QTest::addRow("all days up to 12")
            << QStringList{u"1/2/2023 10:00"_s, u"3/4/2023 11:00"_s} << QString() << ambiguous << u"dmy"_s;
        QStringList late;
        for (int i = 0; i < 5000; ++i)
            late << u"%1/%2/2023 10:00"_s.arg(i % 12 + 1).arg(i % 11 + 1);
        late << u"5/25/2023 10:00"_s;
        QTest::addRow("the last of 5001 values decides") << late << QString() << decided << u"mdy"_s;
        QTest::addRow("epoch with missing values")
            << QStringList{QString(), u"NULL"_s, u"1613519797"_s, u"\\N"_s} << QString() << decided << u"epoch"_s;
        QTest::addRow("epoch ms") << QStringList{u"1613519797000"_s, u"1613519968123"_s} << QString() << decided
                                  << u"epoch-ms"_s;
        QTest::addRow("moodle-long") << QStringList{u"2017 July 2 0:58"_s, u"2017 August 12 23:01"_s} << QString()
                                     << decided << u"moodle-long"_s;
        QTest::addRow("junk") << QStringList{u"2023-08-07"_s, u"tomorrow"_s} << QString() << noMatch << QString();
        QTest::addRow("small integers are not dates by default")
            << QStringList{u"-159"_s, u"0"_s, u"12"_s} << QString() << noMatch << QString();
        QTest::addRow("small integers as relative days")
            << QStringList{u"-159"_s, u"0"_s, u"12"_s} << u"relative-days"_s << decided << u"relative-days"_s;
        QTest::addRow("excel serials") << QStringList{u"45145.6"_s, u"45146"_s} << u"excel"_s << decided << u"excel"_s;
        QTest::addRow("epoch is not excel") << QStringList{u"1613519797"_s} << u"excel"_s << decided << u"epoch"_s;
    }

    void detect()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, extra);
        QFETCH(int, verdict);
        QFETCH(QString, format);

        QList<DateFormat> candidates = DateFormatDetector::defaultCandidates();
        if (!extra.isEmpty())
            candidates << *dateFormatFromKey(extra);
        DateFormatDetector detector(candidates);
        QCOMPARE(int(detector.verdict()), int(DateFormatDetector::Verdict::NoValues));
        for (const QString &v : values)
            detector.feed(v);
        QCOMPARE(int(detector.verdict()), verdict);
        if (!format.isEmpty())
            QCOMPARE(dateFormatKey(detector.format()), format);
        if (verdict == int(DateFormatDetector::Verdict::Ambiguous))
            QCOMPARE(detector.candidates(), (QList<DateFormat>{DateFormat::DayMonthYear, DateFormat::MonthDayYear}));
        if (verdict == int(DateFormatDetector::Verdict::NoMatch))
            QVERIFY(!detector.firstMismatch().isEmpty());
    }

    void onlyMissingValues()
    {
        DateFormatDetector detector;
        for (const QString &v : {u""_s, u"-"_s, u"NULL"_s, u"?"_s})
            detector.feed(v);
        QCOMPARE(detector.verdict(), DateFormatDetector::Verdict::NoValues);
        QCOMPARE(detector.valueCount(), 0);
    }

    void speed()
    {
        // A rough figure for the log: the parser runs once per row of files with millions of rows.
        const DateParser parser(DateFormat::DayMonthYear, QTimeZone("Europe/Berlin"));
        const QString value = u"23/01/23, 12:09"_s;
        QElapsedTimer timer;
        timer.start();
        qint64 sum = 0;
        const int n = 1000000;
        for (int i = 0; i < n; ++i)
            sum += *parser.toEpochSeconds(value);
        QVERIFY(sum != 0);
        qInfo("%.1f M dates/s", n / (std::max<qint64>(timer.nsecsElapsed(), 1) / 1e9) / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
