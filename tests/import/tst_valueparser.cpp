// Numbers with a decimal point or comma, missing-value tokens, and durations in minutes.

#include "import/valueparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake::Import;

class TestValueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("missing");
        for (const QString &t : {u""_s, u"  "_s, u"-"_s, u"NULL"_s, u"null"_s, u" NULL "_s, u"\\N"_s, u"?"_s})
            QTest::addRow("missing “%s”", qPrintable(t)) << t << true;
        for (const QString &t : {u"0"_s, u"N"_s, u"--"_s, u"NULLS"_s, u"None"_s, u"-1"_s, u"\\n"_s})
            QTest::addRow("present “%s”", qPrintable(t)) << t << false;
    }

    void missing()
    {
        QFETCH(QString, text);
        QFETCH(bool, missing);
        QCOMPARE(isMissingValue(text), missing);
    }

    void number_data()
    {
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");

        QTest::addRow("integer") << false << u"42"_s << true << 42.0;
        QTest::addRow("negative point") << false << u"-3.5"_s << true << -3.5;
        QTest::addRow("plus sign") << false << u"+3.5"_s << true << 3.5;
        QTest::addRow("leading point") << false << u".5"_s << true << 0.5;
        QTest::addRow("negative leading point") << false << u"-.5"_s << true << -0.5;
        QTest::addRow("trailing point") << false << u"5."_s << true << 5.0;
        QTest::addRow("thousands comma") << false << u"1,234,567.25"_s << true << 1234567.25;
        QTest::addRow("exponent") << false << u"1.5e-3"_s << true << 0.0015;
        QTest::addRow("spaces around") << false << u" 7 "_s << true << 7.0;
        QTest::addRow("bad grouping") << false << u"1,23"_s << false << 0.0;
        QTest::addRow("bad grouping 2") << false << u"1234,567"_s << false << 0.0;
        QTest::addRow("comma in point mode") << false << u"3,5"_s << false << 0.0;
        QTest::addRow("two points") << false << u"1.2.3"_s << false << 0.0;
        QTest::addRow("text") << false << u"abc"_s << false << 0.0;
        QTest::addRow("sign only") << false << u"-"_s << false << 0.0;
        QTest::addRow("NULL") << false << u"NULL"_s << false << 0.0;
        QTest::addRow("inf") << false << u"inf"_s << false << 0.0;
        QTest::addRow("decimal comma") << true << u"3,5"_s << true << 3.5;
        QTest::addRow("decimal comma negative") << true << u"-0,25"_s << true << -0.25;
        QTest::addRow("thousands point") << true << u"1.234,5"_s << true << 1234.5;
        QTest::addRow("thousands space") << true << u"1 234 567,5"_s << true << 1234567.5;
        QTest::addRow("thousands nbsp") << true << u"1\u00A0234"_s << true << 1234.0;
        QTest::addRow("thousands apostrophe") << true << u"1'234,5"_s << true << 1234.5;
        QTest::addRow("point in comma mode is a thousands separator") << true << u"1.234"_s << true << 1234.0;
        QTest::addRow("point decimal in comma mode") << true << u"3.5"_s << false << 0.0;
        QTest::addRow("too long") << false << QString(100, u'1') << false << 0.0;
    }

    void number()
    {
        QFETCH(bool, decimalComma);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const auto v = ValueParser(decimalComma).toNumber(text);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, value);
    }

    void integer_data()
    {
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::addRow("plain") << false << u"1613519797"_s << true << qint64(1613519797);
        QTest::addRow("negative") << false << u"-159"_s << true << qint64(-159);
        QTest::addRow("grouped") << false << u"12,345"_s << true << qint64(12345);
        QTest::addRow("grouped comma mode") << true << u"12.345"_s << true << qint64(12345);
        QTest::addRow("fraction") << false << u"1.5"_s << false << qint64(0);
        QTest::addRow("exponent") << false << u"1e3"_s << false << qint64(0);
        QTest::addRow("overflow") << false << u"99999999999999999999"_s << false << qint64(0);
    }

    void integer()
    {
        QFETCH(bool, decimalComma);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto v = ValueParser(decimalComma).toInteger(text);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, value);
    }

    void duration_data()
    {
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("minutes");

        QTest::addRow("seconds") << false << u"90"_s << true << 1.5;
        QTest::addRow("seconds decimal comma") << true << u"90,6"_s << true << 1.51;
        QTest::addRow("hh:mm:ss") << false << u"01:02:03"_s << true << 62.05;
        QTest::addRow("h:mm:ss") << false << u"1:02:03"_s << true << 62.05;
        QTest::addRow("long hours") << false << u"100:00:30"_s << true << 6000.5;
        QTest::addRow("fraction of second") << false << u"0:00:01.5"_s << true << 0.025;
        QTest::addRow("mm:ss refused") << false << u"02:03"_s << false << 0.0;
        QTest::addRow("minutes 60") << false << u"1:60:00"_s << false << 0.0;
        QTest::addRow("iso PT1H2M3S") << false << u"PT1H2M3S"_s << true << 62.05;
        QTest::addRow("iso PT30S") << false << u"PT30S"_s << true << 0.5;
        QTest::addRow("iso fraction") << false << u"PT0.6S"_s << true << 0.01;
        QTest::addRow("iso comma fraction") << false << u"PT1,5M"_s << true << 1.5;
        QTest::addRow("iso days") << false << u"P1DT2H"_s << true << 1560.0;
        QTest::addRow("iso weeks") << false << u"P2W"_s << true << 20160.0;
        QTest::addRow("iso zero") << false << u"PT0S"_s << true << 0.0;
        QTest::addRow("iso months refused") << false << u"P1M"_s << false << 0.0;
        QTest::addRow("iso minutes before T refused") << false << u"P5M"_s << false << 0.0;
        QTest::addRow("iso empty") << false << u"PT"_s << false << 0.0;
        QTest::addRow("iso no unit") << false << u"PT5"_s << false << 0.0;
        QTest::addRow("negative seconds") << false << u"-5"_s << false << 0.0;
        QTest::addRow("missing") << false << u"\\N"_s << false << 0.0;
        QTest::addRow("text") << false << u"long"_s << false << 0.0;
    }

    void duration()
    {
        QFETCH(bool, decimalComma);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, minutes);
        const auto v = ValueParser(decimalComma).toDurationMinutes(text);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QVERIFY2(qAbs(*v - minutes) < 1e-9, qPrintable(QString::number(*v)));
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
