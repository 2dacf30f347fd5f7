// TableSource::parseTime on ISO 8601 values: the allocation-free fast path must agree with Qt's parser
// on every shape it accepts and hand anything else to the slow path or reject it.

#include "import/importsource.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;
using namespace Uptake::Import;

class TestTimeParsing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TableSource> m_source;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(u"iso.csv"_s);
        QVERIFY(Test::writeFile(file, "learner,timestamp,event\na,2026-01-05T08:00:00Z,viewed\n"
                                      "b,2026-01-05T09:00:00Z,viewed\n"));
        ImportProfile profile;
        profile.kind = DataKind::Events;
        auto source = openSource(file, profile);
        QVERIFY2(source, qPrintable(source.error()));
        m_source = std::move(*source);
        QCOMPARE(m_source->dateFormatName(), m_source->dateFormatName()); // opened
        m_source->setWorkspaceZone(QTimeZone("Europe/London"));
    }

    void iso_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("expected"); // epoch seconds, or -1 when the value must be rejected
        auto at = [](const char *utc) {
            return QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate).toSecsSinceEpoch();
        };
        QTest::newRow("Z") << u"2026-01-05T08:00:00Z"_s << at("2026-01-05T08:00:00Z");
        QTest::newRow("lower-case z") << u"2026-01-05T08:00:00z"_s << at("2026-01-05T08:00:00Z");
        QTest::newRow("+02:00") << u"2026-01-05T08:00:00+02:00"_s << at("2026-01-05T06:00:00Z");
        QTest::newRow("+0200") << u"2026-01-05T08:00:00+0200"_s << at("2026-01-05T06:00:00Z");
        QTest::newRow("+02") << u"2026-01-05T08:00:00+02"_s << at("2026-01-05T06:00:00Z");
        QTest::newRow("-05:30") << u"2026-01-05T08:00:00-05:30"_s << at("2026-01-05T13:30:00Z");
        QTest::newRow("milliseconds") << u"2026-01-05T08:00:00.987Z"_s << at("2026-01-05T08:00:00Z");
        QTest::newRow("microseconds, offset") << u"2026-01-05T08:00:00.123456+01:00"_s << at("2026-01-05T07:00:00Z");
        QTest::newRow("space instead of T") << u"2026-01-05 08:00:00Z"_s << at("2026-01-05T08:00:00Z");
        QTest::newRow("no seconds") << u"2026-01-05T08:00Z"_s << at("2026-01-05T08:00:00Z");
        QTest::newRow("surrounding blanks") << u"  2026-01-05T08:00:00Z "_s << at("2026-01-05T08:00:00Z");
        // Without an offset: the workspace zone, London (UTC in winter, UTC+1 in summer).
        QTest::newRow("local, winter") << u"2026-01-05T08:00:00"_s << at("2026-01-05T08:00:00Z");
        QTest::newRow("local, summer") << u"2026-07-05T08:00:00"_s << at("2026-07-05T07:00:00Z");
        QTest::newRow("local, hour after the change") << u"2026-03-29T02:30:00"_s << at("2026-03-29T01:30:00Z");
        QTest::newRow("local, just before the change") << u"2026-03-29T00:59:59"_s << at("2026-03-29T00:59:59Z");
        QTest::newRow("date only") << u"2026-07-05"_s << at("2026-07-04T23:00:00Z");
        QTest::newRow("leap day") << u"2024-02-29T12:00:00Z"_s << at("2024-02-29T12:00:00Z");
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59Z"_s << qint64(-1 - 0) * 1;
        QTest::newRow("30 February") << u"2023-02-30T12:00:00Z"_s << qint64(-1);
        QTest::newRow("29 February, not a leap year") << u"2023-02-29T12:00:00Z"_s << qint64(-1);
        QTest::newRow("minute 60") << u"2026-01-05T08:60:00Z"_s << qint64(-1);
        QTest::newRow("month 13") << u"2026-13-05T08:00:00Z"_s << qint64(-1);
        QTest::newRow("text") << u"yesterday"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void iso()
    {
        QFETCH(QString, value);
        QFETCH(qint64, expected);
        QString why;
        const std::optional<qint64> secs = m_source->parseTime(value, {}, &why);
        if (value.startsWith(u"1969"_s)) { // -1 is a real time here, not "rejected"
            QVERIFY(secs);
            QCOMPARE(*secs, qint64(-1));
            return;
        }
        if (expected == -1) {
            QVERIFY2(!secs, qPrintable(u"accepted as %1"_s.arg(secs.value_or(0))));
            QVERIFY(!why.isEmpty());
            return;
        }
        QVERIFY2(secs, qPrintable(why));
        QCOMPARE(*secs, expected);
    }
};

QTEST_GUILESS_MAIN(TestTimeParsing)
#include "tst_timeparsing.moc"
