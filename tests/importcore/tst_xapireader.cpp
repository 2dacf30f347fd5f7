// xAPI statements from real LMS plugins, and the shapes a learning record store exports.

#include "import/xapireader.h"
#include "testutil.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;
using namespace Uptake::Import;

class TestXapiReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realStatements_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("learner");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QString>("course");
        QTest::addColumn<QString>("content");
        QTest::addColumn<double>("score");

        const int none = -1;
        QTest::addRow("moodle module view, -07:00")
            << u"moodle__moduleview.js"_s << int(EventKind::Viewed) << u"stutest"_s << u"2016-04-07T15:35:35Z"_s
            << QString() << u"Test Page"_s << double(none);
        QTest::addRow("moodle login, verb with trailing slash")
            << u"moodle__login.js"_s << int(EventKind::LoggedIn) << QString() << u"2016-03-29T14:47:26Z"_s << QString()
            << QString() << double(none);
        QTest::addRow("moodle graded, scaled score")
            << u"moodle__asssignment_graded.json"_s << int(EventKind::Scored) << QString() << u"2016-04-07T15:52:11Z"_s
            << u"Test"_s << u"Assignment 1"_s << 25.0;
        QTest::addRow("blackboard attempt completed, raw score")
            << u"blackboard__attempt_completed.json"_s << int(EventKind::Completed) << u"test1"_s
            << u"2016-02-05T17:59:45Z"_s << u"xAPI Basics"_s << u"Test1"_s << 1.0;
        QTest::addRow("blackboard attempt started")
            << u"blackboard__attempt_started.json"_s << int(EventKind::Started) << u"test1"_s
            << u"2016-02-05T17:59:45Z"_s << u"xAPI Basics"_s << u"Test1"_s << double(none);
        QTest::addRow("blackboard session timeout")
            << u"blackboard__session_timeout.json"_s << int(EventKind::LoggedOut) << QString()
            << u"2015-12-10T08:55:09Z"_s << QString() << QString() << double(none);
    }

    void realStatements()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, learner);
        QFETCH(QString, utc);
        QFETCH(QString, course);
        QFETCH(QString, content);
        QFETCH(double, score);
        QFile f(Test::sharedData(u"real/xapi_vle_recipe/"_s + file));
        if (!f.exists())
            QSKIP("the shared real data is not available");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto items = readXapi(f.readAll(), {});
        QVERIFY2(items, qPrintable(items.error()));
        QCOMPARE(items->size(), 1);
        const XapiItem &item = items->first();
        QVERIFY2(item.error.isEmpty(), qPrintable(item.error));
        QCOMPARE(int(item.event.kind), kind);
        if (!learner.isEmpty())
            QCOMPARE(item.event.learnerId, learner);
        QCOMPARE(item.event.timestamp, QDateTime::fromString(utc, Qt::ISODate));
        QCOMPARE(item.event.course, course);
        QCOMPARE(item.event.content, content);
        if (score >= 0)
            QCOMPARE(item.event.score.value_or(-1), score);
        else
            QVERIFY(!item.event.score);
    }

    void everyRealFileReads()
    {
        const QDir dir(Test::sharedData(u"real/xapi_vle_recipe"_s));
        if (!dir.exists())
            QSKIP("the shared real data is not available");
        int ok = 0;
        int rejected = 0;
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto items = readXapi(f.readAll(), {});
            QVERIFY2(items, qPrintable(name + u": "_s + items.error()));
            for (const XapiItem &i : *items)
                ++(i.error.isEmpty() ? ok : rejected);
        }
        // 14 statements; the Blackboard course access has no time at all and must be rejected, not guessed.
        QCOMPARE(ok, 13);
        QCOMPARE(rejected, 1);
    }

    void shapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("statements");
        QTest::addColumn<int>("errors");
        QTest::addColumn<QString>("failure");
        const QByteArray one =
            R"({"actor":{"mbox":"mailto:ana@x.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"http://x/c"},"timestamp":"2024-03-01T10:00:00Z","result":{"duration":"PT1H30M"}})";
        QTest::addRow("single") << one << 1 << 0 << QString();
        QTest::addRow("array") << QByteArray("[" + one + "," + one + "]") << 2 << 0 << QString();
        QTest::addRow("json lines") << QByteArray(one + "\n\n" + one + "\r\n" + one) << 3 << 0 << QString();
        QTest::addRow("no actor") << QByteArray(R"({"verb":{"id":"v"},"timestamp":"2024-03-01T10:00:00Z"})") << 1 << 1
                                  << QString();
        QTest::addRow("bad time") << QByteArray(R"({"actor":{"name":"a"},"verb":{"id":"v"},"timestamp":"yesterday"})")
                                  << 1 << 1 << QString();
        QTest::addRow("broken json") << QByteArray("{\"actor\": ") << 0 << 0 << u"not valid JSON"_s;
        QTest::addRow("broken second line") << QByteArray(one + "\n{oops}\n") << 0 << 0 << u"line 2"_s;
        QTest::addRow("array of numbers") << QByteArray("[1,2]") << 0 << 0 << u"element 1"_s;
        QTest::addRow("deeply nested") << QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']')) << 0 << 0
                                       << u"JSON"_s;
    }

    void shapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, statements);
        QFETCH(int, errors);
        QFETCH(QString, failure);
        const auto items = readXapi(json, {});
        if (!failure.isEmpty()) {
            QVERIFY(!items);
            QVERIFY2(items.error().contains(failure), qPrintable(items.error()));
            return;
        }
        QVERIFY2(items, qPrintable(items.error()));
        QCOMPARE(items->size(), statements);
        int bad = 0;
        for (const XapiItem &i : *items)
            bad += i.error.isEmpty() ? 0 : 1;
        QCOMPARE(bad, errors);
        if (errors == 0) {
            QCOMPARE(items->first().event.learnerId, u"ana@x.org"_s);
            QCOMPARE(items->first().event.durationMinutes.value_or(0), 90.0);
            QCOMPARE(items->first().event.kind, EventKind::Completed);
        }
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("minutes");
        QTest::addRow("PT90S") << u"PT90S"_s << true << 1.5;
        QTest::addRow("PT1H2M") << u"PT1H2M"_s << true << 62.0;
        QTest::addRow("P1DT1H") << u"P1DT1H"_s << true << 1500.0;
        QTest::addRow("PT0.5M") << u"PT0.5M"_s << true << 0.5;
        QTest::addRow("empty") << QString() << false << 0.0;
        QTest::addRow("words") << u"an hour"_s << false << 0.0;
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, minutes);
        double m = 0;
        QCOMPARE(parseIsoDuration(text, &m), ok);
        if (ok)
            QCOMPARE(m, minutes);
    }
};

QTEST_GUILESS_MAIN(TestXapiReader)
#include "tst_xapireader.moc"
