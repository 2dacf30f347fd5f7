// The one CSV writer every export uses (rejected rows, chart data, report tables, metrics --csv): quoting,
// and spreadsheet formulas neutralised.

#include "export/csvwriter.h"

#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << u"Intro to Sales"_s << u"Intro to Sales"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("formula") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::addRow("plus") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::addRow("minus") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::addRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::addRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::addRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::addRow("negative number stays a number") << u"-3.5"_s << u"-3.5"_s;
        QTest::addRow("positive sign stays a number") << u"+4"_s << u"+4"_s;
        QTest::addRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::addRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::addRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::addRow("formula inside is fine") << u"a=b"_s << u"a=b"_s;
    }

    void cell()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(csvCell(value), expected);
    }

    void fileIsNeutralisedAndAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QVERIFY(writeCsvFile(path, {u"name"_s, u"=header"_s}, {{u"=1+1"_s, u"@x"_s}, {u"ok"_s, u"-1"_s}}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBFname,'=header\r\n'=1+1,'@x\r\nok,-1\r\n"));
        // A folder that does not exist: an error, and nothing half-written anywhere.
        QVERIFY(!writeCsvFile(dir.filePath(u"missing/out.csv"_s), {u"a"_s}, {}));
    }

    void metricsCsvUsesTheSameRules()
    {
        // `uptake metrics --csv` writes only week keys, dates and numbers, but through csvCell like every
        // other writer; a demo workspace's output has no cell a spreadsheet would run.
        const QString uptake = qEnvironmentVariable("UPTAKE_BINARY");
        QVERIFY(QFileInfo::exists(uptake));
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"m.uptake"_s);
        QProcess init;
        init.start(uptake, {u"init"_s, ws, u"--timezone"_s, u"UTC"_s});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);
        const QString csv = dir.filePath(u"e.csv"_s);
        QVERIFY(Test::writeFile(csv, "learner,course,timestamp,event\n=evil,=course,2026-01-05T08:00:00Z,viewed\n"));
        QProcess import;
        import.start(uptake, {u"import"_s, ws, csv, u"--kind"_s, u"events"_s});
        QVERIFY(import.waitForFinished(60000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        QProcess metrics;
        metrics.start(uptake, {u"metrics"_s, ws, u"--csv"_s});
        QVERIFY(metrics.waitForFinished(60000));
        QCOMPARE(metrics.exitCode(), 0);
        const QList<QByteArray> lines = metrics.readAllStandardOutput().split('\n');
        QVERIFY(lines.size() > 1);
        for (const QByteArray &line : lines)
            for (const QByteArray &cell : line.split(','))
                QVERIFY2(cell.isEmpty() || !QByteArray("=+@\t\r").contains(cell.at(0)), line.constData());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
