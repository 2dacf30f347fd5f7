// Sniffing: encoding, delimiter, header row, decimal comma, index column and column types from a sample.

#include "import/sniffer.h"
#include "testutil.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;
using namespace Uptake::Import;

namespace {

QByteArray utf16le(const QString &text)
{
    QByteArray out("\xFF\xFE", 2);
    for (QChar c : text) {
        out += char(c.unicode() & 0xFF);
        out += char(c.unicode() >> 8);
    }
    return out;
}

/// "integer,text,date:dmy?" — one word per column; "?" marks an ambiguous day order.
QString describe(const QList<ColumnGuess> &columns)
{
    QStringList out;
    for (const ColumnGuess &c : columns) {
        switch (c.type) {
        case ColumnType::Empty:
            out << u"empty"_s;
            break;
        case ColumnType::Text:
            out << u"text"_s;
            break;
        case ColumnType::Integer:
            out << u"integer"_s;
            break;
        case ColumnType::Number:
            out << u"number"_s;
            break;
        case ColumnType::Date:
            out << u"date:"_s + dateFormatKey(c.dateFormat) + (c.dateAmbiguous ? u"?"_s : QString());
            break;
        }
    }
    return out.join(u',');
}

} // namespace

class TestSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("hasHeader");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<bool>("indexColumn");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<QString>("types");
        QTest::addColumn<int>("sampleRows");

        QTest::addRow("comma with header")
            << QByteArray("id,name,score\n1,Ann,3.5\n2,Bob,4\n") << u"utf-8"_s << u","_s << true
            << QStringList{u"id"_s, u"name"_s, u"score"_s} << false << false << u"integer,text,number"_s << 2;
        QTest::addRow("semicolon, decimal comma")
            << QByteArray("name;score;when\r\nAnn;3,5;2023-08-07\r\nBob;4,25;2023-08-08T10:00:00Z\r\n") << u"utf-8"_s
            << u";"_s << true << QStringList{u"name"_s, u"score"_s, u"when"_s} << false << true
            << u"text,number,date:iso"_s << 2;
        QTest::addRow("excel unicode text")
            << utf16le(u"Name\tScore\tWhen\r\nMüller\t3,5\t7/08/23, 14:24\r\nRoe\t4\t23/08/23, 9:00\r\n"_s)
            << u"utf-16le"_s << u"\t"_s << true << QStringList{u"Name"_s, u"Score"_s, u"When"_s} << false << true
            << u"text,number,date:dmy"_s << 2;
        QTest::addRow("pipe") << QByteArray("a|b\nx|1\ny|2\n") << u"utf-8"_s << u"|"_s << true
                              << QStringList{u"a"_s, u"b"_s} << false << false << u"text,integer"_s << 2;
        QTest::addRow("quoted delimiters do not count")
            << QByteArray("name,comment\n\"Doe, J\",\"a; b; c\"\n\"Roe, K\",\"x; y; z\"\n") << u"utf-8"_s << u","_s
            << true << QStringList{u"name"_s, u"comment"_s} << false << false << u"text,text"_s << 2;
        QTest::addRow("windows-1252") << QByteArray("Name;Betrag\nM\xFCller;\x80 5\nRoe;7\n") << u"windows-1252"_s
                                      << u";"_s << true << QStringList{u"Name"_s, u"Betrag"_s} << false << false
                                      << u"text,text"_s << 2;
        QTest::addRow("no header: logstore")
            << QByteArray("\"1\",\"\\core\\event\\user_loggedin\",NULL,\"1613519797\"\n"
                          "\"2\",\"\\core\\event\\user_updated\",NULL,\"1613519968\"\n"
                          "\"3\",\"\\core\\event\\x\",\"a:1:{s:1:\"\"u\"\";}\",\"1613519990\"\n")
            << u"utf-8"_s << u","_s << false << QStringList{u"Column 1"_s, u"Column 2"_s, u"Column 3"_s, u"Column 4"_s}
            << false << false << u"integer,text,text,date:epoch"_s << 3;
        QTest::addRow("no header: numbers")
            << QByteArray("1,2.5\n2,3.5\n3,4\n") << u"utf-8"_s << u","_s << false
            << QStringList{u"Column 1"_s, u"Column 2"_s} << false << false << u"integer,number"_s << 3;
        QTest::addRow("pandas index, moodle times")
            << QByteArray(",Time,User\n0,\"23/01/23, 12:09\",User 58\n1,\"23/01/23, 12:10\",User 59\n"
                          "2,\"7/02/23, 8:00\",User 60\n")
            << u"utf-8"_s << u","_s << true << QStringList{QString(), u"Time"_s, u"User"_s} << true << false
            << u"integer,date:dmy,text"_s << 3;
        QTest::addRow("unnamed first column that does not count")
            << QByteArray(",b\n5,x\n9,y\n") << u"utf-8"_s << u","_s << true << QStringList{QString(), u"b"_s} << false
            << false << u"integer,text"_s << 2;
        QTest::addRow("ambiguous day order")
            << QByteArray("when,n\n1/2/2023 10:00,1\n3/4/2023 11:00,2\n") << u"utf-8"_s << u","_s << true
            << QStringList{u"when"_s, u"n"_s} << false << false << u"date:dmy?,integer"_s << 2;
        QTest::addRow("missing values") << QByteArray("id,score,note\n1,-,\n2,NULL,?\n3,\\N,x\n4,7,\n") << u"utf-8"_s
                                        << u","_s << true << QStringList{u"id"_s, u"score"_s, u"note"_s} << false
                                        << false << u"integer,integer,text"_s << 4;
        QTest::addRow("oulad relative days")
            << QByteArray("id_student,date_submitted,score\n11391,18,78\n28400,-22,\n") << u"utf-8"_s << u","_s << true
            << QStringList{u"id_student"_s, u"date_submitted"_s, u"score"_s} << false << false
            << u"integer,date:relative-days,integer"_s << 2;
        QTest::addRow("header only") << QByteArray("id,name\n") << u"utf-8"_s << u","_s << true
                                     << QStringList{u"id"_s, u"name"_s} << false << false << u"empty,empty"_s << 0;
        QTest::addRow("single data row") << QByteArray("1,Ann,2023-08-07") << u"utf-8"_s << u","_s << false
                                         << QStringList{u"Column 1"_s, u"Column 2"_s, u"Column 3"_s} << false << false
                                         << u"integer,text,date:iso"_s << 1;
        QTest::addRow("single column") << QByteArray("name\nAnn\nBob\n") << u"utf-8"_s << u","_s << true
                                       << QStringList{u"name"_s} << false << false << u"text"_s << 2;
        QTest::addRow("ragged row in sample")
            << QByteArray("a,b,c\n1,2,3\n4,5\n6,7,8\n") << u"utf-8"_s << u","_s << true
            << QStringList{u"a"_s, u"b"_s, u"c"_s} << false << false << u"integer,integer,integer"_s << 3;
    }

    void sniff()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(bool, hasHeader);
        QFETCH(QStringList, header);
        QFETCH(bool, indexColumn);
        QFETCH(bool, decimalComma);
        QFETCH(QString, types);
        QFETCH(int, sampleRows);

        const auto r = Sniffer::sniff(data, true);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(encodingName(r->encoding), encoding);
        QCOMPARE(QString(r->delimiter), delimiter);
        QCOMPARE(r->hasHeader, hasHeader);
        QCOMPARE(r->header, header);
        QCOMPARE(r->indexColumn, indexColumn);
        QCOMPARE(r->decimalComma, decimalComma);
        QCOMPARE(describe(r->columns), types);
        QCOMPARE(r->sampleRows.size(), sampleRows);
        QCOMPARE(r->fieldCount, header.size());
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("empty") << QByteArray() << u"empty"_s;
        QTest::addRow("blank lines") << QByteArray("\n\n") << u"empty"_s;
        QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << u"NUL"_s;
    }

    void failures()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, errorPart);
        const auto r = Sniffer::sniff(data, true);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(errorPart), qPrintable(r.error()));
    }

    void forcedOptions()
    {
        SniffOptions o;
        o.delimiter = u';';
        o.hasHeader = false;
        o.decimalComma = true;
        const auto r = Sniffer::sniff("a;1,5\nb;2\n", true, o);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->delimiter, u';');
        QVERIFY(!r->hasHeader);
        QCOMPARE(describe(r->columns), u"text,number"_s);
        QCOMPARE(r->sampleRows.size(), 2);
    }

    void cutSample()
    {
        // A sample that ends inside a quoted field or a character still sniffs; the cut row is dropped.
        QByteArray data = "id,text\n";
        for (int i = 0; i < 50; ++i)
            data += QByteArray::number(i) + ",\"line one\nline \xC3\xA9two\"\n";
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        for (qsizetype cut : {200, 201, 215, 230}) {
            buffer.seek(0);
            const auto r = Sniffer::sniff(&buffer, {}, cut);
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(r->encoding, Encoding::Utf8);
            QVERIFY(r->hasHeader);
            QCOMPARE(r->fieldCount, 2);
            for (const QStringList &row : r->sampleRows)
                QCOMPARE(row.at(1), u"line one\nline étwo"_s);
            QCOMPARE(buffer.pos(), 0); // the device is back where it was
        }
    }

    void realFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("hasHeader");
        QTest::addColumn<bool>("indexColumn");
        QTest::addColumn<int>("fieldCount");
        QTest::addColumn<int>("dateColumn");
        QTest::addColumn<QString>("dateFormat");
        QTest::addRow("moodle platform logs")
            << u"real/moodle_ad1529_example/example_platform_logs.csv"_s << true << true << 10 << 1 << u"dmy"_s;
        QTest::addRow("moodle database data")
            << u"real/moodle_ad1529_example/example_database_data.csv"_s << true << true << 7 << 6 << u"epoch"_s;
        QTest::addRow("moodle course dates")
            << u"real/moodle_ad1529_example/example_course_dates.csv"_s << true << false << 4 << 2 << u"epoch"_s;
        QTest::addRow("moodle logstore") << u"real/moodle_logstore_raw/logs_moodle.csv"_s << false << false << 21 << 17
                                         << u"epoch"_s;
        QTest::addRow("oulad registration")
            << u"real/oulad_subset_tlam89/studentRegistration.csv"_s << true << false << 5 << 3 << u"relative-days"_s;
        QTest::addRow("oulad student info")
            << u"real/oulad_subset_tlam89/studentInfo.csv"_s << true << false << 12 << -1 << QString();
    }

    void realFiles()
    {
        QFETCH(QString, path);
        QFETCH(bool, hasHeader);
        QFETCH(bool, indexColumn);
        QFETCH(int, fieldCount);
        QFETCH(int, dateColumn);
        QFETCH(QString, dateFormat);
        const QString file = Test::sharedData(path);
        if (!QFile::exists(file))
            QSKIP("shared data not available (set UPTAKE_SHARED_DATA)");
        const auto r = Sniffer::sniffFile(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->delimiter, u',');
        QCOMPARE(r->hasHeader, hasHeader);
        QCOMPARE(r->indexColumn, indexColumn);
        QCOMPARE(r->fieldCount, fieldCount);
        QCOMPARE(r->columns.size(), fieldCount);
        if (dateColumn >= 0) {
            QCOMPARE(r->columns.at(dateColumn).type, ColumnType::Date);
            QCOMPARE(dateFormatKey(r->columns.at(dateColumn).dateFormat), dateFormat);
            QVERIFY(!r->columns.at(dateColumn).dateAmbiguous);
        }
        for (const QStringList &row : r->sampleRows)
            QCOMPARE(row.size(), fieldCount);
    }
};

QTEST_GUILESS_MAIN(TestSniffer)
#include "tst_sniffer.moc"
