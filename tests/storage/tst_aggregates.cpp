// The aggregates the importer keeps (learner_day, learner_course_day): hand-worked values, and the
// incremental result equal to a full rebuild from events whatever the file order, overlap or undo. On both back
// ends (tests/support/backendfixture.h): on PostgreSQL the rebuild is PgDataWriter's.

#include "backendfixture.h"
#include "import/importer.h"
#include "storage/aggregates.h"
#include "storage/batchsums.h"
#include "storage/datawriter.h"
#include "storage/dialect.h"
#include "storage/importrepository.h"
#include "storage/pgdatawriter.h"
#include "storage/sqliteutil.h"
#include "storage/workspace.h"
#include "testutil.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Uptake;
using namespace Uptake::Import;

namespace {

qint64 epoch(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

/// Both aggregate tables as sorted text rows.
QStringList snapshot(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db);
    for (const QString &table : {u"learner_day"_s, u"learner_course_day"_s}) {
        if (!q.exec(u"SELECT * FROM %1 ORDER BY 1, 2, 3"_s.arg(table)))
            return {q.lastQuery()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << table + u':' + cells.join(u'|');
        }
    }
    return rows;
}

/// learner_day by the learners' own ids (workspace ids depend on the order learners first appeared).
QStringList dayFigures(const QString &location)
{
    auto ws = Workspace::open(location);
    if (!ws)
        return {ws.error()};
    QStringList rows;
    QSqlQuery q((*ws)->database());
    if (!q.exec(
            u"SELECT l.external_id, d.day, d.events, d.active_events, d.completions, d.gap_s_10, d.gap_s_30, "
            "d.gap_s_90, d.first_ts, d.first_completion_ts FROM learner_day d JOIN learner l ON l.id = d.learner_id "
            "ORDER BY 1, 2"_s))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        rows << cells.join(u'|');
    }
    return rows;
}

struct Row
{
    QString learner;
    qint64 ts;
    QString course;
    QString content;
    QString event;
};

QByteArray csv(const QList<Row> &rows)
{
    QByteArray out = "learner,timestamp,course,content,event\n";
    for (const Row &r : rows)
        out += (r.learner + u',' + QDateTime::fromSecsSinceEpoch(r.ts, QTimeZone::utc()).toString(Qt::ISODate) + u',' +
                r.course + u',' + r.content + u',' + r.event + u'\n')
                   .toUtf8();
    return out;
}

/// A few learners over two weeks: sessions of events a few minutes apart, some completions, some
/// failed logins, events either side of midnight in the workspace zone.
QList<Row> sessions(int learners = 6, int days = 14)
{
    QRandomGenerator rng(42);
    QList<Row> rows;
    const qint64 start = epoch("2026-03-23T06:00:00Z"); // the UK moves to summer time on 29 March
    for (int l = 0; l < learners; ++l) {
        qint64 t = start + l * 3600;
        for (int s = 0; s < days; ++s) {
            t += 86400 - 1800 + qint64(rng.bounded(3600 * 3));
            qint64 e = t;
            const int events = 2 + int(rng.bounded(8));
            for (int i = 0; i < events; ++i) {
                e += qint64(rng.bounded(40 * 60));
                const QString course = u"Course %1"_s.arg(1 + rng.bounded(3));
                const char *kinds[] = {"viewed", "viewed", "started", "completed", "failed login"};
                rows.append({u"L%1"_s.arg(l), e, course, u"Item %1"_s.arg(rng.bounded(4)),
                             QString::fromLatin1(kinds[rng.bounded(5)])});
            }
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.ts < b.ts; });
    return rows;
}

} // namespace

class TestAggregates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::BackendFixture m_backend;
    int m_files = 0;

    QString workspace()
    {
        const QString path = m_backend.location();
        auto ws = Workspace::create(path, QTimeZone("Europe/London"), true);
        return ws ? path : QString();
    }

    ImportResult import(const QString &ws, const QByteArray &bytes)
    {
        const QString file = m_dir.filePath(u"f%1.csv"_s.arg(++m_files));
        Test::writeFile(file, bytes);
        ImportProfile profile;
        profile.kind = DataKind::Events;
        return importFile(ws, file, profile, {}, {}, nullptr);
    }

    /// The aggregates as the importer left them, and as a rebuild from events makes them.
    QPair<QStringList, QStringList> incrementalAndRebuilt(const QString &path)
    {
        auto ws = Workspace::open(path);
        if (!ws)
            return {{ws.error()}, {}};
        QSqlDatabase db = (*ws)->database();
        const QStringList before = snapshot(db);
        if (Dialect::isPostgres(db)) {
            QSqlQuery q(db);
            QSet<qint64> learners;
            if (!q.exec(u"BEGIN"_s) || !q.exec(u"SELECT id FROM learner"_s))
                return {before, {q.lastError().text()}};
            while (q.next())
                learners.insert(q.value(0).toLongLong());
            const Status rebuilt = PgDataWriter::rebuildAggregates(db, learners);
            const QStringList after = rebuilt ? snapshot(db) : QStringList{rebuilt.error()};
            q.exec(u"ROLLBACK"_s);
            return {before, after};
        }
        Sqlite::exec(Sqlite::handle(db), "BEGIN");
        const Status rebuilt = Aggregates::rebuildAll(Sqlite::handle(db));
        const QStringList after = rebuilt ? snapshot(db) : QStringList{rebuilt.error()};
        Sqlite::exec(Sqlite::handle(db), "ROLLBACK");
        return {before, after};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UPTAKE_INIT_BACKEND(m_backend);
    }
    void init() { m_backend.init(); }
    void cleanupTestCase() { m_backend.tearDown(); }

    // The sums find a learner's state by id whatever the id: in the pages (page edges included), past them or below 0.
    // Each learner's two events an hour apart give one 3,600 s gap, booked under the 90-minute timeout only; a failed
    // log-in makes no state of its own.
    void learnerStatesByAnyId()
    {
        const QList<qint64> ids{0, 1, 1023, 1024, 4194303, 4194304, 9000000000LL, -5};
        Aggregates::BatchSums sums;
        const qint64 t0 = 1'700'000'000;
        for (int round = 0; round < 2; ++round)
            for (qint64 id : ids)
                sums.add({id, 19675, t0 + round * 3600 + id % 60, 0, 0, 1, {}});
        sums.add({77, 19675, t0, 0, 0, 2, {}}); // a failed log-in
        QMap<qint64, qint64> spans;
        sums.forEachLearner([&](qint64 id, const Aggregates::BatchSums::LearnerState &s) {
            QVERIFY2(!spans.contains(id), qPrintable(QString::number(id)));
            spans.insert(id, s.maxTs - s.minTs);
        });
        QCOMPARE(spans.keys(), (QList<qint64>{-5, 0, 1, 1023, 1024, 4194303, 4194304, 9000000000LL}));
        for (qint64 span : std::as_const(spans))
            QCOMPARE(span, 3600);
        for (qint64 id : ids) {
            const auto day = sums.days().constFind({id, 19675});
            QVERIFY(day != sums.days().cend());
            QCOMPARE(day->events, 2);
            QCOMPARE(day->gaps[std::size(Aggregates::SessionTimeouts) - 1], 3600); // 90 minutes
            QCOMPARE(day->gaps[std::size(Aggregates::SessionTimeouts) - 2], 0);    // 60 minutes
        }
    }

    void handWorkedDay()
    {
        const QString ws = workspace();
        // London is on UTC in November and on UTC+1 in July.
        const QByteArray file = "learner,timestamp,course,content,event,duration\n"
                                "a,2026-11-02T09:00:00Z,C1,M1,viewed,\n"
                                "a,2026-11-02T09:10:00Z,C1,M2,viewed,\n"    // gap 600 s
                                "a,2026-11-02T09:50:00Z,C1,M2,completed,\n" // gap 2400 s
                                "a,2026-11-02T10:00:00Z,,,failed login,\n"  // not learning: no gap
                                "a,2026-11-02T23:30:00Z,C2,X,viewed,12\n"   // gap 49,200 s: a new session
                                "b,2026-07-01T23:30:00Z,C1,M1,viewed,\n";   // 00:30 on 2 July in London
        const ImportResult r = import(ws, file);
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.imported, 6);

        auto opened = Workspace::open(ws);
        QVERIFY(opened);
        QSqlQuery q((*opened)->database());
        const qint64 nov2 = dayNumber(QDate(2026, 11, 2));
        QVERIFY(q.exec(u"SELECT events, active_events, failed_logins, completions, duration_events, duration_minutes, "
                       "gap_s_10, gap_s_15, gap_s_20, gap_s_30, gap_s_45, gap_s_60, gap_s_90, first_ts, "
                       "first_completion_ts FROM learner_day d JOIN learner l ON l.id = d.learner_id "
                       "WHERE l.external_id = 'a' AND d.day = %1"_s.arg(nov2)));
        QVERIFY(q.next());
        const QList<qint64> expected = {5,
                                        4,
                                        1,
                                        1,
                                        1,
                                        12,
                                        0,
                                        600,
                                        600,
                                        600,
                                        3000,
                                        3000,
                                        3000,
                                        epoch("2026-11-02T09:00:00Z"),
                                        epoch("2026-11-02T09:50:00Z")};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(q.value(i).toLongLong(), expected.at(i));
        QVERIFY(!q.next());

        QVERIFY(q.exec(u"SELECT c.name, d.events, d.completions, d.last_ts, ct.name FROM learner_course_day d "
                       "JOIN course c ON c.id = d.course_id LEFT JOIN content ct ON ct.id = d.last_content_id "
                       "JOIN learner l ON l.id = d.learner_id WHERE l.external_id = 'a' ORDER BY c.name"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"C1"_s);
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toLongLong(), epoch("2026-11-02T09:50:00Z"));
        QCOMPARE(q.value(4).toString(), u"M2"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"C2"_s);
        QCOMPARE(q.value(4).toString(), u"X"_s);
        QVERIFY(!q.next());

        QVERIFY(q.exec(u"SELECT d.day FROM learner_day d JOIN learner l ON l.id = d.learner_id "
                       "WHERE l.external_id = 'b'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), dayNumber(QDate(2026, 7, 2)));
    }

    void anyOrderEqualsRebuild_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("oldest first") << u"ascending"_s;
        QTest::newRow("newest first (Moodle)") << u"descending"_s;
        QTest::newRow("shuffled") << u"shuffled"_s;
    }

    void anyOrderEqualsRebuild()
    {
        QFETCH(QString, order);
        QList<Row> rows = sessions();
        if (order == u"descending"_s)
            std::reverse(rows.begin(), rows.end());
        if (order == u"shuffled"_s)
            std::shuffle(rows.begin(), rows.end(), *QRandomGenerator::global());
        const QString ws = workspace();
        const ImportResult r = import(ws, csv(rows));
        QVERIFY2(r.committed, qPrintable(r.error));
        const auto [incremental, rebuilt] = incrementalAndRebuilt(ws);
        QVERIFY(incremental.size() > 50);
        QCOMPARE(incremental, rebuilt);
    }

    /// Real logs have a few rows that arrive late (up to hours behind their neighbours in the file): each
    /// must split the gap it falls into exactly, for learners with short and with long histories alike.
    void lateRowsEqualRebuild_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("every");
        QTest::newRow("oldest first, long histories") << false << 80 << 101;
        QTest::newRow("newest first, long histories") << true << 80 << 101;
        QTest::newRow("oldest first, short histories") << false << 10 << 17;
    }

    void lateRowsEqualRebuild()
    {
        QFETCH(bool, newestFirst);
        QFETCH(int, days);
        QFETCH(int, every);
        QList<Row> rows = sessions(3, days);
        // Every so many rows one moves 3 to 12 rows further along the file: up to a few hours out of place.
        QRandomGenerator rng(7);
        qsizetype moved = 0;
        for (qsizetype i = 10; i + 13 < rows.size(); i += every) {
            const qsizetype to = i + 3 + qsizetype(rng.bounded(10));
            if (rows.at(i).ts != rows.at(to).ts) {
                rows.move(i, to);
                ++moved;
            }
        }
        QVERIFY(moved > 5);
        if (newestFirst)
            std::reverse(rows.begin(), rows.end());
        const QString ws = workspace();
        const ImportResult r = import(ws, csv(rows));
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.imported, rows.size());
        const auto [incremental, rebuilt] = incrementalAndRebuilt(ws);
        QVERIFY(incremental.size() > 40);
        QCOMPARE(incremental, rebuilt);
    }

    void overlappingExportsAndUndo_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::newRow("oldest first") << false;
        QTest::newRow("newest first (Moodle)") << true;
    }

    void overlappingExportsAndUndo()
    {
        QFETCH(bool, newestFirst);
        const QList<Row> rows = sessions();
        const qsizetype n = rows.size();
        auto ordered = [newestFirst](QList<Row> part) {
            if (newestFirst)
                std::reverse(part.begin(), part.end());
            return part;
        };
        const QString ws = workspace();
        const ImportResult first = import(ws, csv(ordered(rows.mid(0, n * 2 / 3))));
        QVERIFY2(first.committed, qPrintable(first.error));
        const QStringList afterFirst = incrementalAndRebuilt(ws).first;
        const ImportResult second = import(ws, csv(ordered(rows.mid(n / 3))));
        QVERIFY2(second.committed, qPrintable(second.error));
        QCOMPARE(second.duplicates, n * 2 / 3 - n / 3);
        {
            const auto [incremental, rebuilt] = incrementalAndRebuilt(ws);
            QCOMPARE(incremental, rebuilt);
        }
        {
            auto opened = Workspace::open(ws);
            QVERIFY(opened);
            ImportRepository history((*opened)->database());
            QVERIFY(history.undoBatch(second.batchId));
        }
        const auto [incremental, rebuilt] = incrementalAndRebuilt(ws);
        QCOMPARE(incremental, rebuilt);
        QCOMPARE(incremental, afterFirst);
    }

    /// Last month's export imported after this month's, overlapping it by a few days: the older rows land
    /// before everything stored, and the gap from each learner's last new event to the first stored one is
    /// learning time that neither batch alone holds.
    void olderExportAfterNewer_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::newRow("oldest first") << false;
        QTest::newRow("newest first (Moodle)") << true;
    }

    void olderExportAfterNewer()
    {
        QFETCH(bool, newestFirst);
        const QList<Row> rows = sessions();
        const qsizetype n = rows.size();
        auto ordered = [newestFirst](QList<Row> part) {
            if (newestFirst)
                std::reverse(part.begin(), part.end());
            return part;
        };
        const QString ws = workspace();
        const ImportResult newer = import(ws, csv(ordered(rows.mid(n / 2))));
        QVERIFY2(newer.committed, qPrintable(newer.error));
        const QStringList afterNewer = incrementalAndRebuilt(ws).first;
        const ImportResult older = import(ws, csv(ordered(rows.mid(0, n * 2 / 3))));
        QVERIFY2(older.committed, qPrintable(older.error));
        QCOMPARE(older.imported, n / 2);
        QCOMPARE(older.duplicates, n * 2 / 3 - n / 2);
        {
            const auto [incremental, rebuilt] = incrementalAndRebuilt(ws);
            QCOMPARE(incremental, rebuilt);
        }
        // The same two files in one: the same figures.
        const QString whole = workspace();
        const ImportResult all = import(whole, csv(ordered(rows)));
        QVERIFY2(all.committed, qPrintable(all.error));
        const QStringList figures = dayFigures(ws);
        QVERIFY(figures.size() > 50);
        QCOMPARE(figures, dayFigures(whole));
        {
            auto opened = Workspace::open(ws);
            QVERIFY(opened);
            ImportRepository history((*opened)->database());
            QVERIFY(history.undoBatch(older.batchId));
        }
        const auto [incremental, rebuilt] = incrementalAndRebuilt(ws);
        QCOMPARE(incremental, rebuilt);
        QCOMPARE(incremental, afterNewer);
    }

    /// Next month's export starts 20 minutes after this month's last event of the same learner: that gap is
    /// learning time (a rebuild counts it), though neither file holds both of its ends.
    void nextExportRightAfterTheLast_data()
    {
        QTest::addColumn<bool>("older");
        QTest::newRow("newer file second") << false;
        QTest::newRow("older file second") << true;
    }

    void nextExportRightAfterTheLast()
    {
        QFETCH(bool, older);
        const qint64 t = epoch("2026-03-10T10:00:00Z");
        // Ana at 10:00, 10:20 | 10:40, 11:00; Bo far from the boundary in both files.
        const QList<Row> first{{u"ana"_s, t, u"C"_s, u"i"_s, u"viewed"_s},
                               {u"bo"_s, t + 600, u"C"_s, u"i"_s, u"viewed"_s},
                               {u"ana"_s, t + 1200, u"C"_s, u"i"_s, u"viewed"_s}};
        const QList<Row> second{{u"ana"_s, t + 2400, u"C"_s, u"i"_s, u"viewed"_s},
                                {u"ana"_s, t + 3600, u"C"_s, u"i"_s, u"completed"_s},
                                {u"bo"_s, t + 86400, u"C"_s, u"i"_s, u"viewed"_s}};
        const QString ws = workspace();
        const ImportResult a = import(ws, csv(older ? second : first));
        QVERIFY2(a.committed, qPrintable(a.error));
        const ImportResult b = import(ws, csv(older ? first : second));
        QVERIFY2(b.committed, qPrintable(b.error));
        const auto [incremental, rebuilt] = incrementalAndRebuilt(ws);
        QCOMPARE(incremental, rebuilt);
        // By hand: Ana's three 20-minute gaps, 3,600 s under a 30-minute timeout, all on 10 March.
        auto opened = Workspace::open(ws);
        QVERIFY(opened);
        QSqlQuery q((*opened)->database());
        QVERIFY(q.exec(u"SELECT sum(d.gap_s_30) FROM learner_day d JOIN learner l ON l.id = d.learner_id "
                       "WHERE l.external_id = 'ana'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 3600);
    }
};

QTEST_GUILESS_MAIN(TestAggregates)
#include "tst_aggregates.moc"
