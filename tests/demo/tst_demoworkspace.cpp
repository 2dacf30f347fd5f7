// The demo as a workspace: every table populated through the same writer imports use.

#include "demo/demoworkspace.h"
#include "metrics/summary.h"
#include "storage/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTablePopulated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.uptake"_s);
        QList<int> progress;
        const Status s = Demo::createDemoWorkspace(path, false, {}, [&](int p) { progress << p; });
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QVERIFY(!QFile::exists(path + u".demo"_s));

        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QSqlQuery q((*ws)->database());
        for (const QString &table : {u"program"_s, u"pilot"_s, u"import_batch"_s, u"learner"_s, u"course"_s,
                                     u"content"_s, u"event"_s, u"performance"_s, u"meta"_s}) {
            QVERIFY(q.exec(u"SELECT count(*) FROM "_s + table) && q.next());
            QVERIFY2(q.value(0).toLongLong() > 0, qPrintable(table));
        }
        // Every event is linked to a learner in the roster; none were counted as duplicates by mistake.
        QVERIFY(q.exec(u"SELECT count(*) FROM event e LEFT JOIN learner l ON l.id = e.learner_id "
                       "WHERE l.in_roster IS NOT 1"_s) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
        QVERIFY(q.exec(u"SELECT sum(duplicates), sum(rows_read), sum(imported) FROM import_batch"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
        QCOMPARE(q.value(1).toLongLong(), q.value(2).toLongLong());

        const Demo::DemoData data = Demo::generate();
        QVERIFY(q.exec(u"SELECT count(*) FROM event"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(data.events.size()));
        QCOMPARE((*ws)->timeZone().id(), data.timeZone.toUtf8());

        auto summary = readSummary((*ws)->database());
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->rosterLearners, qint64(data.roster.size()));
        QCOMPARE(summary->events, qint64(data.events.size()));
        QCOMPARE(summary->pilots.size(), data.pilots.size());
        QVERIFY(summary->lastWeekActive > 0);
        QVERIFY(summary->failedLogins > 0);
        QCOMPARE(summary->lastDay, data.lastDay);
    }

    void refusesToOverwriteWithoutForce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"taken.uptake"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Status s = Demo::createDemoWorkspace(path, false);
        QVERIFY(!s);
        QVERIFY(s.error().contains(u"already exists"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
