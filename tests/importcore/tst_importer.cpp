// The importer end to end: real exports, all-or-nothing batches, de-duplication, undo and cancel. On both back ends
// (tests/support/backendfixture.h).

#include "backendfixture.h"
#include "import/importer.h"
#include "import/presets.h"
#include "storage/datawriter.h"
#include "storage/importrepository.h"
#include "storage/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;
using namespace Uptake::Import;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

/// Everything a workspace holds, as text, to compare before and after a failed or cancelled import.
QString contentDigest(const QString &path)
{
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!ws)
        return ws.error();
    QStringList parts;
    QSqlQuery q((*ws)->database());
    for (const QString &table : {u"import_batch"_s, u"learner"_s, u"course"_s, u"content"_s, u"event"_s,
                                 u"performance"_s, u"rejected_row"_s, u"pilot"_s, u"program"_s}) {
        q.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            parts << table + u':' + row.join(u'|');
        }
    }
    return parts.join(u'\n');
}

/// An events CSV of rows data rows, one second apart, with an identical twin now and then (a real, separate
/// event) and a row with a time that does not parse now and then; *badLines gets the latter's line numbers.
QByteArray eventsCsv(int rows, QList<qint64> *badLines)
{
    QByteArray out = "learner,timestamp,course,content,event,duration,score\n";
    const QDateTime start(QDate(2025, 1, 6), QTime(8, 0), QTimeZone(3600));
    for (int i = 0; i < rows; ++i) {
        const bool twin = i % 1000 == 999;
        const int n = twin ? i - 1 : i;
        const bool bad = i % 1500 == 7;
        if (bad && badLines)
            *badLines << i + 2;
        const QByteArray when = bad ? QByteArray("not a time") : start.addSecs(n).toString(Qt::ISODate).toUtf8();
        out += "L" + QByteArray::number(n % 50) + "," + when + ",\"Course, one\",Item " + QByteArray::number(n % 7) +
               ",viewed," + (n % 3 == 0 ? "4.5" : "") + ",\n";
    }
    return out;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    Test::writeFile(path, bytes);
    return path;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

    QString freshWorkspace(const QString &name)
    {
        const QString path = m_backend.location(QFileInfo(name).completeBaseName());
        auto ws = Workspace::create(path, QTimeZone("Europe/London"), true);
        return ws ? path : QString();
    }

    static void wholeFileColumn()
    {
        QTest::addColumn<bool>("wholeFile");
        QTest::newRow("through the log") << false;
        QTest::newRow("whole file") << true;
    }

    static QString journalMode(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(u"PRAGMA journal_mode"_s) && q.next() ? q.value(0).toString() : QString();
    }

    /// After any import the file is back in write-ahead-log mode and no rollback journal is left beside it.
    void verifyBackInLogMode(const QString &ws)
    {
        if (m_backend.isPostgres())
            return;
        QVERIFY2(!QFile::exists(ws + u"-journal"_s), "a rollback journal was left behind");
        auto db = Workspace::openConnection(ws, u"mode-check"_s);
        QVERIFY2(db, qPrintable(db.error()));
        const QString mode = journalMode(*db);
        db = Result<QSqlDatabase>::failure({});
        Workspace::closeConnection(u"mode-check"_s);
        QCOMPARE(mode, u"wal"_s);
    }

    ImportProfile kind(DataKind k)
    {
        ImportProfile p;
        p.kind = k;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UPTAKE_INIT_BACKEND(m_backend);
    }
    void init() { m_backend.init(); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void lateRowsAndTwinsCountOnceEach()
    {
        // A file mostly in time order with late rows (an hour behind) and identical twins, some of them late:
        // every row counts once, nothing is read twice, and the same file again is all duplicates.
        QByteArray csv = "learner,timestamp,course,event\n";
        qint64 rows = 0;
        const QDateTime start(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());
        for (int i = 0; i < 3000; ++i) {
            const QString when = start.addSecs(i * 60).toString(Qt::ISODate);
            csv += u"u%1,%2,C%3,viewed\n"_s.arg(i % 37).arg(when).arg(i % 5).toUtf8();
            ++rows;
            if (i % 100 == 0) { // a twin of this row
                csv += u"u%1,%2,C%3,viewed\n"_s.arg(i % 37).arg(when).arg(i % 5).toUtf8();
                ++rows;
            }
            if (i % 250 == 0 && i > 0) { // a late pair of twins, an hour behind
                const QString late = start.addSecs(i * 60 - 3600).toString(Qt::ISODate);
                for (int k = 0; k < 2; ++k)
                    csv += u"late%1,%2,C1,completed\n"_s.arg(i).arg(late).toUtf8();
                rows += 2;
            }
        }
        const QString ws = freshWorkspace(u"late.uptake"_s);
        const QString file = writeTemp(m_dir, u"late.csv"_s, csv);
        const ImportResult first = importFile(ws, file, kind(DataKind::Events), {}, {}, nullptr);
        QVERIFY2(first.committed, qPrintable(first.error));
        QCOMPARE(first.imported, rows);
        QCOMPARE(first.duplicates, 0);
        ImportOptions again;
        again.allowSameFile = true;
        const ImportResult second = importFile(ws, file, kind(DataKind::Events), again, {}, nullptr);
        QVERIFY2(second.committed, qPrintable(second.error));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, rows);
    }

    // Twins 3.5 days (of event time) apart, well inside the week the counter remembers, in a file long enough for
    // its memory to be pruned twice and to grow many times over: each twin continues its row's count, so every row
    // counts, and the same file again is all duplicates.
    void twinsAcrossPruningCountOnceEach()
    {
        QByteArray csv = "learner,timestamp,course,event\n";
        qint64 rows = 0;
        const QDateTime start(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());
        auto row = [&](int i) {
            csv += u"u%1,%2,C%3,viewed\n"_s.arg(i % 53)
                       .arg(start.addSecs(i * 10LL).toString(Qt::ISODate))
                       .arg(i % 7)
                       .toUtf8();
            ++rows;
        };
        for (int i = 0; i < 140000; ++i) {
            row(i);
            if (i % 1000 == 0 && i >= 30000)
                row(i - 30000); // 300,000 s behind
        }
        const QString ws = freshWorkspace(u"pruning.uptake"_s);
        const QString file = writeTemp(m_dir, u"pruning.csv"_s, csv);
        const ImportResult first = importFile(ws, file, kind(DataKind::Events), {}, {}, nullptr);
        QVERIFY2(first.committed, qPrintable(first.error));
        QCOMPARE(rows, 140110);
        QCOMPARE(first.imported, rows);
        QCOMPARE(first.duplicates, 0);
        ImportOptions again;
        again.allowSameFile = true;
        const ImportResult second = importFile(ws, file, kind(DataKind::Events), again, {}, nullptr);
        QVERIFY2(second.committed, qPrintable(second.error));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, rows);
    }

    // The counter forgets a row once it falls more than a week of event time behind the frontier (checked every 65,536
    // rows), whatever hour it lies in: a late twin of a forgotten row is numbered among the late rows, so it meets
    // the first row's identity and is kept as a duplicate, exactly as before the counter kept its entries per hour.
    // Here the first row lies 60 s behind the week when the counter forgets, in an hour whose end is not behind.
    void lateTwinOfAForgottenRowIsADuplicate()
    {
        QByteArray csv = "learner,timestamp,course,event\n";
        const QDateTime t0(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());
        const QByteArray first = "x," + t0.toString(Qt::ISODate).toUtf8() + ",C1,viewed\n";
        csv += first;
        const QByteArray later = t0.addSecs(7 * 86400 + 60).toString(Qt::ISODate).toUtf8();
        for (int i = 0; i < 65535; ++i)
            csv += "u" + QByteArray::number(i) + "," + later + ",C1,viewed\n";
        csv += first;
        const QString ws = freshWorkspace(u"forgotten.uptake"_s);
        const QString file = writeTemp(m_dir, u"forgotten.csv"_s, csv);
        const ImportResult r = importFile(ws, file, kind(DataKind::Events), {}, {}, nullptr);
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.rowsRead, 65537);
        QCOMPARE(r.imported, 65536);
        QCOMPARE(r.duplicates, 1);
    }

    // An identical twin of a row that arrives more than a week (of event time) behind the file's frontier is
    // a real, separate event like any other twin, and a writer handed the same identity twice in one batch
    // keeps one row and reports the other as a duplicate instead of failing the whole import.
    void twinFarBehindTheFrontierCounts()
    {
        QByteArray csv = "learner,timestamp,course,event\n"
                         "a,2025-03-03T09:00:00Z,C1,viewed\n"
                         "b,2025-03-13T09:00:00Z,C1,viewed\n"
                         "b,2025-03-14T09:00:00Z,C1,completed\n"
                         "a,2025-03-03T09:00:00Z,C1,viewed\n";
        const QString ws = freshWorkspace(u"far-twin.uptake"_s);
        const QString file = writeTemp(m_dir, u"far-twin.csv"_s, csv);
        const ImportResult first = importFile(ws, file, kind(DataKind::Events), {}, {}, nullptr);
        QVERIFY2(first.committed, qPrintable(first.error));
        QCOMPARE(first.imported, 4);
        QCOMPARE(first.duplicates, 0);
        ImportOptions again;
        again.allowSameFile = true;
        const ImportResult second = importFile(ws, file, kind(DataKind::Events), again, {}, nullptr);
        QVERIFY2(second.committed, qPrintable(second.error));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, 4);
        auto w = Workspace::open(ws);
        QVERIFY(w);
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM event"_s), 4);
        QCOMPARE(count((*w)->database(), u"SELECT sum(events) FROM learner_day"_s), 4);
    }

    void writerKeepsOneOfTwoEqualIdentities_data()
    {
        QTest::addColumn<bool>("storedBefore"); // the workspace holds an earlier event: rows go one by one
        QTest::addRow("empty workspace") << false;
        QTest::addRow("events stored") << true;
    }

    void writerKeepsOneOfTwoEqualIdentities()
    {
        QFETCH(bool, storedBefore);
        const QString path = freshWorkspace(storedBefore ? u"same-id-1.uptake"_s : u"same-id-0.uptake"_s);
        auto w = Workspace::open(path);
        QVERIFY(w);
        EventRecord e;
        e.learnerId = u"a"_s;
        e.timestamp = QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);
        e.course = u"C1"_s;
        e.kind = EventKind::Viewed;
        e.verb = u"viewed"_s;
        // Writes rows in one batch; returns the batch's stored counts (imported, duplicates).
        auto write = [&](const QList<QPair<EventRecord, int>> &rows) -> QPair<qint64, qint64> {
            DataWriter writer((*w)->database(), QTimeZone::utc());
            BatchInfo batch;
            batch.kind = u"events"_s;
            batch.fileName = u"x.csv"_s;
            if (!writer.begin(batch))
                return {-1, -1};
            qint64 imported = 0, duplicates = 0;
            for (const auto &[event, occurrence] : rows) {
                auto added = writer.addEvent(event, occurrence);
                if (!added)
                    return {-1, -1};
                ++(*added ? imported : duplicates);
            }
            const BatchCounts reported{rows.size(), imported, 0, duplicates};
            if (!writer.commit(reported))
                return {-1, -1};
            const BatchCounts stored = writer.committedCounts(reported);
            return {stored.imported, stored.duplicates};
        };
        if (storedBefore) {
            EventRecord early = e;
            early.timestamp = e.timestamp.addDays(-30);
            EventRecord late = e;
            late.timestamp = e.timestamp.addDays(30);
            QCOMPARE(write({{early, 1}, {late, 1}}), (QPair<qint64, qint64>(2, 0)));
        }
        EventRecord other = e;
        other.learnerId = u"b"_s;
        // Enough rows for a multi-row insert on an empty workspace (16 to a statement), the twin among them.
        QList<QPair<EventRecord, int>> rows{{e, 1}, {other, 1}, {e, 1}, {other, 2}};
        for (int i = 0; i < 20; ++i) {
            EventRecord more = e;
            more.timestamp = e.timestamp.addSecs(60 * (i + 1));
            rows.append({more, 1});
        }
        QCOMPARE(write(rows), (QPair<qint64, qint64>(23, 1)));
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM event"_s), storedBefore ? 25 : 23);
        QCOMPARE(count((*w)->database(), u"SELECT sum(events) FROM learner_day"_s), storedBefore ? 25 : 23);
        // The batch's stored counts say the same, and its id range holds its rows and nothing else (undo
        // deletes that range).
        QSqlQuery q((*w)->database());
        QVERIFY(q.exec(u"SELECT b.imported, b.duplicates, (SELECT count(*) FROM event e WHERE e.id BETWEEN "
                       "b.first_row_id AND b.last_row_id) FROM import_batch b ORDER BY b.id DESC LIMIT 1"_s) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 23);
        QCOMPARE(q.value(1).toLongLong(), 1);
        QCOMPARE(q.value(2).toLongLong(), 23);
    }

    void namesakesInARosterStayTwoPeople()
    {
        // Two different people called Sam Lee (ids 7 and 9), a log that named "Ana Diaz" before the roster
        // came, and Ana in the roster by id: 3 people, Ana's log learner adopted, neither Sam overwritten.
        const QString ws = freshWorkspace(u"namesakes.uptake"_s);
        const QString log =
            writeTemp(m_dir, u"ns-log.csv"_s, "learner,timestamp,event\nAna Diaz,2026-01-05T08:00:00Z,viewed\n");
        QVERIFY(importFile(ws, log, kind(DataKind::Events), {}, {}, nullptr).committed);
        const QString roster = writeTemp(m_dir, u"ns-roster.csv"_s,
                                         "learner,name,email\n7,Sam Lee,sam.lee@example.org\n"
                                         "9,Sam Lee,\n3,Ana Diaz,ana@example.org\n");
        const ImportResult r = importFile(ws, roster, kind(DataKind::Roster), {}, {}, nullptr);
        QVERIFY2(r.committed, qPrintable(r.error));
        auto opened = Workspace::open(ws);
        QVERIFY(opened);
        const QSqlDatabase db = (*opened)->database();
        QCOMPARE(count(db, u"SELECT count(*) FROM learner"_s), 3);
        QCOMPARE(count(db, u"SELECT count(*) FROM learner WHERE name = 'Sam Lee' AND in_roster = 1"_s), 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM learner WHERE external_id IN ('7', '9', '3')"_s), 3);
        // Ana's event belongs to the roster's Ana.
        QCOMPARE(count(db, u"SELECT count(*) FROM event e JOIN learner l ON l.id = e.learner_id "
                           "WHERE l.external_id = '3'"_s),
                 1);
    }

    void xapiFolderOfRealStatements()
    {
        const QString ws = freshWorkspace(u"xapi.uptake"_s);
        const QDir dir(Test::sharedData(u"real/xapi_vle_recipe"_s));
        if (!dir.exists())
            QSKIP("the shared real data is not available");
        qint64 imported = 0;
        qint64 rejected = 0;
        for (const QString &name : dir.entryList(QDir::Files)) {
            const ImportResult r = importFile(ws, dir.filePath(name), kind(DataKind::Events));
            if (r.committed) {
                imported += r.imported;
                rejected += r.rejected;
                QCOMPARE(r.preset, u"xapi"_s);
            } else {
                // The one statement without any time cannot be imported: the batch is refused whole.
                QVERIFY2(r.error.contains(u"None of the"_s), qPrintable(r.error));
                QCOMPARE(r.rejected, 1);
                ++rejected;
            }
        }
        QCOMPARE(imported, 13);
        QCOMPARE(rejected, 1);
        auto w = Workspace::open(ws);
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM event"_s), 13);
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM event WHERE kind = 5"_s), 3); // completions
    }

    void realCsvExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<qint64>("read");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<qint64>("rejected");
        QTest::addColumn<QString>("dateFormat");
        // Moodle's log download: 20 rows, 13 by the not-logged-in user "-" (no learner to count).
        QTest::addRow("moodle log") << u"real/moodle_ad1529_example/example_platform_logs.csv"_s
                                    << int(DataKind::Events) << u"moodle-log"_s << qint64(20) << qint64(7) << qint64(13)
                                    << u"dmy"_s;
        // logstore_standard_log: no header, 21 columns, quoted newlines and doubled quotes in "other".
        QTest::addRow("moodle logstore") << u"real/moodle_logstore_raw/logs_moodle.csv"_s << int(DataKind::Events)
                                         << u"moodle-logstore"_s << qint64(3775) << qint64(3775) << qint64(0)
                                         << u"epoch"_s;
        QTest::addRow("oulad studentInfo")
            << u"real/oulad_subset_tlam89/studentInfo.csv"_s << int(DataKind::Roster) << u"oulad-studentinfo"_s
            << qint64(12489) << qint64(12489) << qint64(0) << u"iso"_s;
        // 18 assessments have no score: each is rejected with its line, none silently dropped.
        QTest::addRow("oulad studentAssessment")
            << u"real/oulad_subset_tlam89/studentAssessment.csv"_s << int(DataKind::Performance)
            << u"oulad-studentassessment"_s << qint64(36184) << qint64(36166) << qint64(18) << u"relative-days"_s;
    }

    void realCsvExports()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, preset);
        QFETCH(qint64, read);
        QFETCH(qint64, imported);
        QFETCH(qint64, rejected);
        QFETCH(QString, dateFormat);
        const QString path = Test::sharedData(file);
        if (!QFile::exists(path))
            QSKIP("the shared real data is not available");
        const QString ws = freshWorkspace(u"real.uptake"_s);
        ImportProfile profile = this->kind(DataKind(kind));
        profile.relativeBase = QDate(2013, 10, 1);
        const ImportResult r = importFile(ws, path, profile);
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.preset, preset);
        QCOMPARE(r.rowsRead, read);
        QCOMPARE(r.imported, imported);
        QCOMPARE(r.rejected, rejected);
        QCOMPARE(r.dateFormat, dateFormat);
        auto w = Workspace::open(ws);
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM rejected_row"_s), rejected);
    }

    // A roster, performance or events file whose learners match (next to) nobody they should gets a warning that
    // says how many matched and how learners are matched; the import itself goes on (a dry run and a real one).
    void learnerOverlapWarnings_data()
    {
        QTest::addColumn<QByteArray>("first"); // imported first (events or roster, by the kind column)
        QTest::addColumn<int>("firstKind");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<int>("secondKind");
        QTest::addColumn<QString>("warning"); // empty: none
        auto events = [](const QString &prefix, int n) {
            QByteArray csv = "learner,timestamp,course,event\n";
            for (int i = 1; i <= n; ++i)
                csv += u"%1%2,2025-05-%3T09:00:00Z,Safety,viewed\n"_s.arg(prefix)
                           .arg(i)
                           .arg(1 + i % 28, 2, 10, QChar(u'0'))
                           .toUtf8();
            return csv;
        };
        auto roster = [](const QString &prefix, int from, int to) {
            QByteArray csv = "learner,name,email,department\n";
            for (int i = from; i <= to; ++i)
                csv += u"%1%2,Person %2,p%2@example.org,Sales\n"_s.arg(prefix).arg(i).toUtf8();
            return csv;
        };
        const int E = int(DataKind::Events), R = int(DataKind::Roster), P = int(DataKind::Performance);
        const QString advice = u" learners are matched by id, email or full name — check the Learner column mapping."_s;
        QTest::addRow("roster matching nobody") << events(u"u"_s, 20) << E << roster(u"r"_s, 1, 25) << R
                                                << u"None of the 25 learners in this roster match a learner already "
                                                   "in the workspace (0%);"_s +
                                                       advice;
        // Two of 50 roster rows carry ids the log used (u1, u2): 4.0% of the roster, 2 of the log's 40.
        QByteArray fewMatch = roster(u"r"_s, 3, 50);
        fewMatch += "u1,Ana,ana@example.org,Sales\nu2,Bo,bo@example.org,Sales\n";
        QTest::addRow("roster matching few") << events(u"u"_s, 40) << E << fewMatch << R
                                             << u"Only 2 of the 50 learners in this roster (4.0%) match a learner "
                                                "already in the workspace;"_s +
                                                    advice;
        // The log named people by email, the roster has other ids but the same addresses: all 20 match.
        QByteArray byEmail = "learner,timestamp,event\n";
        for (int i = 1; i <= 20; ++i)
            byEmail += u"p%1@example.org,2025-05-02T09:00:00Z,viewed\n"_s.arg(i).toUtf8();
        QTest::addRow("roster matching by email") << byEmail << E << roster(u"emp"_s, 1, 25) << R << QString();
        QByteArray byName = "learner,timestamp,event\n";
        for (int i = 1; i <= 20; ++i)
            byName += u"person %1,2025-05-02T09:00:00Z,viewed\n"_s.arg(i).toUtf8();
        QTest::addRow("roster matching by full name") << byName << E << roster(u"emp"_s, 1, 25) << R << QString();
        // A roster of everyone next to a log of the few who were active is normal.
        QByteArray bigRoster = roster(u"r"_s, 1, 200);
        QTest::addRow("big roster, small log") << events(u"r"_s, 5) << E << bigRoster << R << QString();
        QTest::addRow("events matching no roster member") << roster(u"r"_s, 1, 10) << R << events(u"x"_s, 8) << E
                                                          << u"None of the 8 learners in this file match a learner "
                                                             "in the workspace's roster (0%);"_s +
                                                                 advice;
        QTest::addRow("events of roster members") << roster(u"r"_s, 1, 10) << R << events(u"r"_s, 8) << E << QString();
        // Without a roster, a log of new people is next month's log, not a mistake.
        QTest::addRow("events after events") << events(u"u"_s, 10) << E << events(u"x"_s, 8) << E << QString();
        QTest::addRow("performance matching nobody")
            << roster(u"r"_s, 1, 10) << R
            << QByteArray("learner,period,kpi,value\np1,2025-05-01,CSAT,4\np2,2025-05-01,CSAT,5\n"
                          "p3,2025-05-01,CSAT,3\np4,2025-05-01,CSAT,4\n")
            << P
            << u"None of the 4 learners in this performance file match a learner already in the workspace (0%);"_s +
                   advice;
        QTest::addRow("performance of roster members")
            << roster(u"r"_s, 1, 10) << R << QByteArray("learner,period,kpi,value\nr1,2025-05-01,CSAT,4\n") << P
            << QString();
    }

    void learnerOverlapWarnings()
    {
        QFETCH(QByteArray, first);
        QFETCH(int, firstKind);
        QFETCH(QByteArray, second);
        QFETCH(int, secondKind);
        QFETCH(QString, warning);
        const QString ws = freshWorkspace(u"overlap.uptake"_s);
        const ImportResult seeded =
            importFile(ws, writeTemp(m_dir, u"overlap-first.csv"_s, first), kind(DataKind(firstKind)));
        QVERIFY2(seeded.committed, qPrintable(seeded.error));
        QVERIFY(seeded.warnings.isEmpty()); // the first file meets an empty workspace: nothing to match
        const QString file = writeTemp(m_dir, u"overlap-second.csv"_s, second);
        const QStringList expected = warning.isEmpty() ? QStringList() : QStringList{warning};
        ImportOptions dry;
        dry.dryRun = true;
        const ImportResult checked = importFile(ws, file, kind(DataKind(secondKind)), dry);
        QVERIFY2(checked.error.isEmpty(), qPrintable(checked.error));
        QCOMPARE(checked.warnings, expected);
        // A warning, not a refusal: the import goes in and says the same.
        const ImportResult imported = importFile(ws, file, kind(DataKind(secondKind)));
        QVERIFY2(imported.committed, qPrintable(imported.error));
        QCOMPARE(imported.warnings, expected);
    }

    // The warning is computed once the rows are read; an import that fails after that (here: cancelled, which
    // the file's hash notices after the last row of so small a file) says only why it failed, with no warning
    // about a roster that was never written.
    void overlapWarningDroppedWhenTheImportFails()
    {
        const QString ws = freshWorkspace(u"overlap-cancelled.uptake"_s);
        QByteArray log = "learner,timestamp,course,event\n";
        for (int i = 1; i <= 20; ++i)
            log += u"u%1,2025-05-%2T09:00:00Z,Safety,viewed\n"_s.arg(i).arg(i, 2, 10, QChar(u'0')).toUtf8();
        const ImportResult seeded =
            importFile(ws, writeTemp(m_dir, u"cancelled-log.csv"_s, log), kind(DataKind::Events));
        QVERIFY2(seeded.committed, qPrintable(seeded.error));
        QByteArray roster = "learner,name,email,department\n";
        for (int i = 1; i <= 25; ++i)
            roster += u"r%1,Person %1,p%1@example.org,Sales\n"_s.arg(i).toUtf8();
        const QString file = writeTemp(m_dir, u"cancelled-roster.csv"_s, roster);
        // The same roster imported normally warns (none of its 25 learners is among the log's 20)...
        ImportOptions dry;
        dry.dryRun = true;
        const ImportResult checked = importFile(ws, file, kind(DataKind::Roster), dry);
        QVERIFY2(checked.error.isEmpty(), qPrintable(checked.error));
        QCOMPARE(checked.warnings.size(), 1);
        // ...but cancelled, it fails after the warning was worked out, and the warning goes.
        std::atomic_bool cancel = true;
        const ImportResult r = importFile(ws, file, kind(DataKind::Roster), {}, {}, &cancel);
        QVERIFY(!r.committed);
        QVERIFY(r.cancelled);
        QCOMPARE(r.error, u"The import was cancelled; nothing was written."_s);
        QCOMPARE(r.warnings, QStringList());
    }

    // The logstore table names courses by id: Moodle's course 1 is the site home (SITEID) and 0 marks actions
    // outside any course (log-ins, profile views), so those events belong to no course; the rest are
    // "Course n". Counts by hand from the dump's courseid column: 0 ×2238, 1 ×96, 2 ×629, 3 ×55, 4 ×757.
    void logstoreCoursesAreNamed()
    {
        const QString path = Test::sharedData(u"real/moodle_logstore_raw/logs_moodle.csv"_s);
        if (!QFile::exists(path))
            QSKIP("the shared real data is not available");
        const QString ws = freshWorkspace(u"logstore-courses.uptake"_s);
        const ImportResult r = importFile(ws, path, kind(DataKind::Events));
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.preset, u"moodle-logstore"_s);
        QCOMPARE(r.imported, 3775);
        auto w = Workspace::open(ws);
        QVERIFY(w);
        QSqlQuery q((*w)->database());
        QVERIFY(q.exec(u"SELECT c.name, count(*) FROM event e JOIN course c ON c.id = e.course_id GROUP BY c.name "
                       "ORDER BY c.name"_s));
        QStringList courses;
        while (q.next())
            courses << u"%1=%2"_s.arg(q.value(0).toString()).arg(q.value(1).toLongLong());
        QCOMPARE(courses, (QStringList{u"Course 2=629"_s, u"Course 3=55"_s, u"Course 4=757"_s, u"Site home=96"_s}));
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM event WHERE course_id IS NULL"_s), 2238);
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM course"_s), 4);
    }

    // A mapping the user chose keeps the course column's values as they are: the preset's naming of course ids does
    // not reach it. Events stored that way (as every logstore import was before courses were named) are the same
    // events when the dump comes again through the preset: an event's identity holds the course value as read, not
    // the name made of it, so the second import finds all 3,775 rows already there.
    void logstoreIdsStoredAsNamesAreRecognisedLater()
    {
        const QString path = Test::sharedData(u"real/moodle_logstore_raw/logs_moodle.csv"_s);
        if (!QFile::exists(path))
            QSKIP("the shared real data is not available");
        const QString ws = freshWorkspace(u"logstore-ids.uptake"_s);
        ImportProfile own = kind(DataKind::Events);
        own.mapping = {{u"learner"_s, {u"userid"_s}},
                       {u"timestamp"_s, {u"timecreated"_s}},
                       {u"course"_s, {u"courseid"_s}},
                       {u"content"_s, {u"contextinstanceid"_s}},
                       {u"event"_s, {u"eventname"_s}}};
        // The same completion values as the preset: which events complete something is part of their identity.
        own.completionValues = {u"\\core\\event\\course_completed"_s,
                                u"\\core\\event\\course_module_completion_updated"_s};
        const ImportResult first = importFile(ws, path, own);
        QVERIFY2(first.committed, qPrintable(first.error));
        QCOMPARE(first.imported, 3775);
        {
            auto w = Workspace::open(ws);
            QVERIFY(w);
            QSqlQuery q((*w)->database());
            QVERIFY(q.exec(u"SELECT name FROM course ORDER BY name"_s));
            QStringList courses;
            while (q.next())
                courses << q.value(0).toString();
            QCOMPARE(courses, (QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
        }
        ImportOptions again;
        again.allowSameFile = true;
        const ImportResult second = importFile(ws, path, kind(DataKind::Events), again);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.preset, u"moodle-logstore"_s);
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, 3775);
    }

    // How the import reads the time field of the first rows, as the wizard's mapping page shows it.
    void readTimesOfFirstRows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("profileZone");
        QTest::addColumn<QString>("workspaceZone");
        QTest::addColumn<QStringList>("expected"); // value|ISO time in the import's zone or "-"|date-only flag
        // 1690000000 s = 19,560 days + 16,000 s after 1970-01-01: 2023-07-22 04:26:40 UTC.
        const QByteArray epoch = "learner,timecreated,event\nana,1690000000,viewed\nbo,1690003600,viewed\n";
        QTest::addRow("epoch, UTC workspace")
            << epoch << QString() << u"UTC"_s
            << QStringList{u"1690000000|2023-07-22T04:26:40+00:00|0"_s, u"1690003600|2023-07-22T05:26:40+00:00|0"_s};
        QTest::addRow("epoch, Berlin workspace")
            << epoch << QString() << u"Europe/Berlin"_s
            << QStringList{u"1690000000|2023-07-22T06:26:40+02:00|0"_s, u"1690003600|2023-07-22T07:26:40+02:00|0"_s};
        // The import's own zone wins over the workspace's; an offset-less time is read in it.
        QTest::addRow("local time, zone chosen for the import")
            << QByteArray("learner,timestamp,event\nana,2024-01-15 09:30:00,viewed\n") << u"America/New_York"_s
            << u"UTC"_s << QStringList{u"2024-01-15 09:30:00|2024-01-15T09:30:00-05:00|0"_s};
        // OULAD: day numbers from the presentation's start (2013J: 1 October 2013); read as that day's midday.
        QTest::addRow("oulad day numbers")
            << QByteArray("code_module,code_presentation,id_student,id_site,date,sum_click\n"
                          "AAA,2013J,28400,546652,-10,4\nAAA,2014B,28400,546652,3,1\n")
            << QString() << u"UTC"_s
            << QStringList{u"-10|2013-09-21T12:00:00+00:00|1"_s, u"3|2014-02-04T12:00:00+00:00|1"_s};
        // Three of four values are ISO times: the file reads as ISO and the odd value says it cannot be read.
        QTest::addRow("a value that is not a time")
            << QByteArray("learner,timestamp,event\nana,soon,viewed\nbo,2024-01-02T10:00:00Z,viewed\n"
                          "cy,2024-01-03T10:00:00Z,viewed\ndi,2024-01-04T10:00:00Z,viewed\n")
            << QString() << u"UTC"_s
            << QStringList{u"soon|-|0"_s, u"2024-01-02T10:00:00Z|2024-01-02T10:00:00+00:00|0"_s,
                           u"2024-01-03T10:00:00Z|2024-01-03T10:00:00+00:00|0"_s,
                           u"2024-01-04T10:00:00Z|2024-01-04T10:00:00+00:00|0"_s};
        QTest::addRow("roster hire dates") << QByteArray("learner,name,hire_date\nr1,Ana,2021-03-04\n") << QString()
                                           << u"UTC"_s << QStringList{u"2021-03-04|2021-03-04T00:00:00+00:00|1"_s};
    }

    void readTimesOfFirstRows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, profileZone);
        QFETCH(QString, workspaceZone);
        QFETCH(QStringList, expected);
        const QString file = writeTemp(m_dir, u"times.csv"_s, csv);
        ImportProfile profile;
        profile.kind = csv.contains("hire_date") ? DataKind::Roster : DataKind::Events;
        profile.timeZone = profileZone;
        const QList<TimeReading> readings = readTimes(file, profile, QTimeZone(workspaceZone.toUtf8()), 5);
        QStringList got;
        for (const TimeReading &r : readings) {
            got << u"%1|%2|%3"_s.arg(r.value, r.time.isValid() ? r.time.toString(Qt::ISODate) : u"-"_s,
                                     r.dateOnly ? u"1"_s : u"0"_s);
            QCOMPARE(r.problem.isEmpty(), r.time.isValid()); // a value that does not read says why
        }
        QCOMPARE(got, expected);
    }

    void csvQuirks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<QString>("learner");
        const QByteArray rows = "learner,timestamp,course,event\r\n"
                                "M\xc3\xbcller,2024-03-01T10:00:00Z,\"Safety, part 1\",viewed\r\n"
                                "Ana,2024-03-02 09:00,\"Quoted \"\"course\"\"\nwith newline\",completed\r\n";
        QTest::addRow("utf-8") << rows << qint64(2) << u"Müller"_s;
        QTest::addRow("utf-8 bom, no final newline")
            << QByteArray("\xEF\xBB\xBF" + rows.chopped(2)) << qint64(2) << u"Müller"_s;
        QByteArray cp1252 = rows;
        cp1252.replace("M\xc3\xbcller", "M\xfcller");
        QTest::addRow("windows-1252") << cp1252 << qint64(2) << u"Müller"_s;
        QByteArray cr = rows;
        cr.replace("\r\n", "\r");
        QTest::addRow("CR line ends") << cr << qint64(2) << u"Müller"_s;
        QByteArray semicolons =
            "learner;timestamp;course;event\nMüller;1/03/24, 10:00;A;viewed\nAna;13/03/24, 9:05;B;viewed\n";
        QTest::addRow("semicolons, moodle dates") << semicolons << qint64(2) << u"Müller"_s;
        const QString text = QString::fromUtf8(rows);
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::addRow("utf-16le bom") << utf16 << qint64(2) << u"Müller"_s;
    }

    void csvQuirks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, imported);
        QFETCH(QString, learner);
        const QString ws = freshWorkspace(u"quirks.uptake"_s);
        const QString file = writeTemp(m_dir, u"quirks.csv"_s, bytes);
        const ImportResult r = importFile(ws, file, kind(DataKind::Events));
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.imported, imported);
        auto w = Workspace::open(ws);
        QSqlQuery q((*w)->database());
        QVERIFY(q.exec(u"SELECT name FROM learner ORDER BY id LIMIT 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), learner);
    }

    void sameFileTwiceIsRecognised()
    {
        const QString ws = freshWorkspace(u"twice.uptake"_s);
        const QString file =
            writeTemp(m_dir, u"statements.json"_s,
                      "[\n"
                      "            "
                      "{\"actor\":{\"mbox\":\"mailto:ana@x.org\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/"
                      "completed\"},\n"
                      "             \"object\":{\"id\":\"http://x/c\"},\"timestamp\":\"2024-03-01T10:00:00Z\"},\n"
                      "            "
                      "{\"actor\":{\"mbox\":\"mailto:ana@x.org\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/"
                      "completed\"},\n"
                      "             \"object\":{\"id\":\"http://x/c\"},\"timestamp\":\"2024-03-01T10:00:00Z\"}]");
        const ImportResult first = importFile(ws, file, kind(DataKind::Events));
        QVERIFY2(first.committed, qPrintable(first.error));
        QCOMPARE(first.imported, 2); // identical rows within one file are separate events
        const ImportResult again = importFile(ws, file, kind(DataKind::Events));
        QVERIFY(!again.committed);
        QCOMPARE(again.previousBatchId, first.batchId);
        QVERIFY(again.error.contains(u"already imported"_s));
        ImportOptions force;
        force.allowSameFile = true;
        const ImportResult forced = importFile(ws, file, kind(DataKind::Events), force);
        QVERIFY2(forced.committed, qPrintable(forced.error));
        QCOMPARE(forced.imported, 0);
        QCOMPARE(forced.duplicates, 2);
    }

    void overlappingExportsNeverDoubleCount()
    {
        const QString ws = freshWorkspace(u"overlap.uptake"_s);
        auto statement = [](const char *who, const char *when) -> QByteArray {
            return QByteArray("{\"actor\":{\"account\":{\"name\":\"") + who +
                   "\"}},\"verb\":{\"id\":\"http://id.tincanapi.com/verb/viewed\"},\"object\":{\"id\":\"http://x/"
                   "p\"},\"timestamp\":\"" +
                   when + "\"}";
        };
        // Last month's export: a, a (two real views in the same second), b. This month's: a, a, b, c, a.
        const QString first =
            writeTemp(m_dir, u"october.jsonl"_s,
                      statement("a", "2024-10-01T10:00:00Z") + "\n" + statement("a", "2024-10-01T10:00:00Z") + "\n" +
                          statement("b", "2024-10-02T10:00:00Z") + "\n");
        const QString second =
            writeTemp(m_dir, u"november.jsonl"_s,
                      statement("a", "2024-10-01T10:00:00Z") + "\n" + statement("a", "2024-10-01T10:00:00Z") + "\n" +
                          statement("b", "2024-10-02T10:00:00Z") + "\n" + statement("c", "2024-11-01T10:00:00Z") +
                          "\n" + statement("a", "2024-11-02T10:00:00Z") + "\n");
        const ImportResult r1 = importFile(ws, first, kind(DataKind::Events));
        QCOMPARE(r1.imported, 3);
        const ImportResult r2 = importFile(ws, second, kind(DataKind::Events));
        QVERIFY2(r2.committed, qPrintable(r2.error));
        QCOMPARE(r2.imported, 2);
        QCOMPARE(r2.duplicates, 3);
        auto w = Workspace::open(ws);
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM event"_s), 5);

        // Undoing the second batch removes exactly its two rows.
        QVERIFY(ImportRepository((*w)->database()).undoBatch(r2.batchId));
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM event"_s), 3);
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM import_batch"_s), 1);
        QCOMPARE(count((*w)->database(), u"SELECT count(*) FROM learner WHERE external_id = 'c'"_s), 0);
    }

    /// The days a batch's new rows cover (the wizard's dry run and the CLI show them, to check it is the export
    /// meant), in the import's time zone, and its new completions: rows already in the workspace count for neither.
    void newRowsSpanAndCompletions()
    {
        const QString ws = freshWorkspace(u"span.uptake"_s);
        const QString october = writeTemp(m_dir, u"span-october.csv"_s,
                                          "learner,timestamp,course,event\n"
                                          "a,2024-10-01T10:00:00Z,C1,viewed\n"
                                          "b,2024-10-02T10:00:00Z,C1,completed\n");
        const ImportResult r1 = importFile(ws, october, kind(DataKind::Events));
        QVERIFY2(r1.committed, qPrintable(r1.error));
        QCOMPARE(r1.firstDay, QDate(2024, 10, 1));
        QCOMPARE(r1.lastDay, QDate(2024, 10, 2));
        QCOMPARE(r1.completions, 1);
        // 23:30 UTC on 20 October is 00:30 on the 21st in London (summer time).
        const QString november = writeTemp(m_dir, u"span-november.csv"_s,
                                           "learner,timestamp,course,event\n"
                                           "a,2024-10-01T10:00:00Z,C1,viewed\n"
                                           "b,2024-10-02T10:00:00Z,C1,completed\n"
                                           "c,2024-11-03T09:00:00Z,C1,completed\n"
                                           "c,2024-10-20T23:30:00Z,C1,viewed\n"
                                           "d,2024-10-25T08:00:00Z,C2,completed\n");
        const auto beforeDryRun = contentDigest(ws);
        for (const bool dryRun : {true, false}) {
            ImportOptions options;
            options.dryRun = dryRun;
            const ImportResult r2 = importFile(ws, november, kind(DataKind::Events), options);
            if (dryRun) // settling which rows are new (a team workspace moves them) leaves nothing behind
                QCOMPARE(contentDigest(ws), beforeDryRun);
            QVERIFY2(r2.error.isEmpty(), qPrintable(r2.error));
            // A team workspace recognises the rows of earlier batches only at the end: its dry run, which counted
            // them as new, now settles them as the commit does before rolling back.
            QCOMPARE(r2.imported, 3);
            QCOMPARE(r2.duplicates, 2);
            QCOMPARE(r2.firstDay, QDate(2024, 10, 21));
            QCOMPARE(r2.lastDay, QDate(2024, 11, 3));
            QCOMPARE(r2.completions, 2);
        }
        // Nothing new: no span.
        ImportOptions again;
        again.allowSameFile = true;
        const ImportResult r3 = importFile(ws, november, kind(DataKind::Events), again);
        QVERIFY2(r3.committed, qPrintable(r3.error));
        QCOMPARE(r3.imported, 0);
        QVERIFY(r3.firstDay.isNull());
        QVERIFY(r3.lastDay.isNull());
        QCOMPARE(r3.completions, 0);

        const QString kpis = writeTemp(m_dir, u"span-kpis.csv"_s,
                                       "learner,period,kpi,value\n"
                                       "a,2024-09-30,CSAT,4.1\n"
                                       "a,2024-08-05,CSAT,3.9\n"
                                       "b,2024-09-02,CSAT,4.4\n");
        const ImportResult r4 = importFile(ws, kpis, kind(DataKind::Performance));
        QVERIFY2(r4.committed, qPrintable(r4.error));
        QCOMPARE(r4.firstDay, QDate(2024, 8, 5));
        QCOMPARE(r4.lastDay, QDate(2024, 9, 30));
        QCOMPARE(r4.completions, 0);
        // Next quarter's values overlap the last: the dry run counts the repeats as already there, on both back ends.
        const QString later = writeTemp(m_dir, u"span-kpis-later.csv"_s,
                                        "learner,period,kpi,value\n"
                                        "a,2024-09-30,CSAT,4.1\n"
                                        "b,2024-12-02,CSAT,4.6\n");
        ImportOptions dry;
        dry.dryRun = true;
        const auto beforeKpis = contentDigest(ws);
        const ImportResult r5 = importFile(ws, later, kind(DataKind::Performance), dry);
        QVERIFY2(r5.error.isEmpty(), qPrintable(r5.error));
        QCOMPARE(r5.imported, 1);
        QCOMPARE(r5.duplicates, 1);
        QCOMPARE(r5.firstDay, QDate(2024, 12, 2));
        QCOMPARE(r5.lastDay, QDate(2024, 12, 2));
        QCOMPARE(contentDigest(ws), beforeKpis);
    }

    void unsortedFileStillCountsEveryRepeat()
    {
        const QString ws = freshWorkspace(u"unsorted.uptake"_s);
        auto statement = [](const char *when) -> QByteArray {
            return QByteArray("{\"actor\":{\"account\":{\"name\":\"a\"}},\"verb\":{\"id\":\"http://id.tincanapi.com/"
                              "verb/viewed\"},\"object\":{\"id\":\"http://x/p\"},\"timestamp\":\"") +
                   when + "\"}";
        };
        // The same view twice, far apart in the file, with other times in between and going backwards.
        const QString file =
            writeTemp(m_dir, u"unsorted.jsonl"_s,
                      statement("2024-10-01T10:00:00Z") + "\n" + statement("2024-10-03T10:00:00Z") + "\n" +
                          statement("2024-10-02T10:00:00Z") + "\n" + statement("2024-10-01T10:00:00Z") + "\n");
        const ImportResult r = importFile(ws, file, kind(DataKind::Events));
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.imported, 4);
        QCOMPARE(r.duplicates, 0);
    }

    void badInputsWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty file") << QByteArray() << u"empty"_s;
        QTest::addRow("broken json") << QByteArray("{\"actor\": {\"name\": \"a\"}, \"verb\":") << u"JSON"_s;
        QTest::addRow("header only") << QByteArray("learner,timestamp,event\n") << u"no data rows"_s;
        QTest::addRow("binary") << QByteArray("\x00\x01\x02learner\x00,\x00", 14) << u"NUL"_s;
        QTest::addRow("pdf") << QByteArray("%PDF-1.7\n%abc\n") << u"PDF"_s;
        QTest::addRow("dates nowhere") << QByteArray("learner,timestamp,event\na,soon,viewed\nb,later,viewed\n")
                                       << u"None of the 2 rows"_s;
    }

    void badInputsWriteNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString ws = freshWorkspace(u"bad.uptake"_s);
        const QString before = contentDigest(ws);
        const QString file = writeTemp(
            m_dir, u"bad-%1.json"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'), content);
        const ImportResult r = importFile(ws, file, kind(DataKind::Events));
        QVERIFY(!r.committed);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QCOMPARE(contentDigest(ws), before);
    }

    void missingFile()
    {
        const QString ws = freshWorkspace(u"missing.uptake"_s);
        const ImportResult r = importFile(ws, m_dir.filePath(u"nope.csv"_s), kind(DataKind::Events));
        QVERIFY(!r.committed);
        QVERIFY(r.error.contains(u"does not exist"_s));
    }

    // Events are read on one thread and written on another, in chunks of rows: whatever the number of rows
    // around a chunk's edge, every row is counted once, in file order, with its own line and reason.
    void chunkedEventsCountEveryRowOnce_data()
    {
        QTest::addColumn<int>("rows");
        for (int rows : {1, 2047, 2048, 2049, 4096, 6151})
            QTest::addRow("%d rows", rows) << rows;
    }

    void chunkedEventsCountEveryRowOnce()
    {
        QFETCH(int, rows);
        const QString ws = freshWorkspace(u"chunks-%1.uptake"_s.arg(rows));
        QList<qint64> badLines;
        const QString file = writeTemp(m_dir, u"chunks-%1.csv"_s.arg(rows), eventsCsv(rows, &badLines));
        QList<qint64> progressRows;
        qint64 lastBytes = -1;
        bool bytesOrdered = true;
        const ImportResult r =
            importFile(ws, file, kind(DataKind::Events), {}, [&](qint64 read, qint64 bytes, qint64 total) {
                progressRows << read;
                bytesOrdered = bytesOrdered && bytes >= lastBytes && bytes <= total;
                lastBytes = bytes;
            });
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.rowsRead, rows);
        QCOMPARE(r.rejected, badLines.size());
        QCOMPARE(r.imported, rows - badLines.size());
        QCOMPARE(r.duplicates, 0);
        QList<qint64> errorLines;
        for (const RowError &e : r.errors)
            errorLines << e.line;
        QCOMPARE(errorLines, badLines.mid(0, 50));
        // Progress every 2048 rows, then once more when the batch commits.
        QList<qint64> expected;
        for (qint64 n = 2048; n <= rows; n += 2048)
            expected << n;
        expected << rows;
        QCOMPARE(progressRows, expected);
        QVERIFY(bytesOrdered);
        auto db = Workspace::open(ws, Workspace::Access::ReadOnly);
        QVERIFY(db);
        QCOMPARE(count((*db)->database(), u"SELECT count(*) FROM event"_s), r.imported);
        QCOMPARE(count((*db)->database(), u"SELECT count(*) FROM rejected_row"_s), r.rejected);
        // Row i is event i: ids follow file order.
        QCOMPARE(count((*db)->database(), u"SELECT count(*) FROM event e1 JOIN event e2 ON e2.id = e1.id + 1 "
                                          u"WHERE e2.ts < e1.ts"_s),
                 0);

        ImportOptions again;
        again.allowSameFile = true;
        const ImportResult second = importFile(ws, file, kind(DataKind::Events), again);
        QVERIFY2(second.committed, qPrintable(second.error));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, rows - badLines.size());
    }

    // Both ways of writing a file: through the write-ahead log (an Uptake window, or any import while another
    // connection is open) and with the file to itself (the command line, ImportOptions::wholeFile).
    void cancelMidImportWritesNothing_data() { wholeFileColumn(); }
    void cancelMidImportWritesNothing()
    {
        QFETCH(bool, wholeFile);
        const QString ws = freshWorkspace(u"cancel-mid.uptake"_s);
        const QString file = writeTemp(m_dir, u"cancel-mid.csv"_s, eventsCsv(10000, nullptr));
        const QString before = contentDigest(ws);
        std::atomic_bool cancel = false;
        ImportOptions options;
        options.wholeFile = wholeFile;
        const ImportResult r = importFile(
            ws, file, kind(DataKind::Events), options, [&](qint64, qint64, qint64) { cancel = true; }, &cancel);
        QVERIFY(!r.committed);
        QVERIFY(r.cancelled);
        QCOMPARE(r.rowsRead, 4096); // asked at the first progress report, honoured at the next check
        QCOMPARE(contentDigest(ws), before);
        // Nothing was added, so no days nor completions either (--json printed the rows read before the cancel).
        QVERIFY(r.firstDay.isNull() && r.lastDay.isNull());
        QCOMPARE(r.completions, 0);
        verifyBackInLogMode(ws);
    }

    void readErrorLateInFileWritesNothing_data() { wholeFileColumn(); }
    void readErrorLateInFileWritesNothing()
    {
        QFETCH(bool, wholeFile);
        const QString ws = freshWorkspace(u"late-error.uptake"_s);
        QByteArray bytes = eventsCsv(6000, nullptr);
        // Past the 64 KB the encoding is detected from, and several chunks into the file: a byte that is not UTF-8.
        qsizetype at = 0;
        for (int line = 1; line < 5001; ++line)
            at = bytes.indexOf('\n', at) + 1;
        bytes.insert(at, "\xff");
        const QString file = writeTemp(m_dir, u"late-error.csv"_s, bytes);
        const QString before = contentDigest(ws);
        ImportOptions options;
        options.wholeFile = wholeFile;
        const ImportResult r = importFile(ws, file, kind(DataKind::Events), options);
        QVERIFY(!r.committed);
        QVERIFY2(r.error.contains(u"Line 5001"_s), qPrintable(r.error));
        QCOMPARE(contentDigest(ws), before);
        verifyBackInLogMode(ws);
    }

    // The same file, imported first into an empty workspace and then again as an overlapping second export, gives
    // the same events and the same dashboard figures whichever way the file is written.
    void wholeFileWritesWhatTheLogWrites()
    {
        const QByteArray first = eventsCsv(9000, nullptr);
        const QByteArray second = eventsCsv(12000, nullptr); // the first 9,000 rows again, then 3,000 more
        const QString firstFile = writeTemp(m_dir, u"whole-1.csv"_s, first);
        const QString secondFile = writeTemp(m_dir, u"whole-2.csv"_s, second);
        QStringList digests;
        for (bool wholeFile : {false, true}) {
            const QString ws = freshWorkspace(wholeFile ? u"whole-yes.uptake"_s : u"whole-no.uptake"_s);
            ImportOptions options;
            options.wholeFile = wholeFile;
            for (const QString &file : {firstFile, secondFile}) {
                const ImportResult r = importFile(ws, file, kind(DataKind::Events), options);
                QVERIFY2(r.committed, qPrintable(r.error));
            }
            verifyBackInLogMode(ws);
            auto opened = Workspace::open(ws, Workspace::Access::ReadOnly);
            QVERIFY2(opened, qPrintable(opened.error()));
            QStringList rows;
            QSqlQuery q((*opened)->database());
            for (const char *sql : {"SELECT learner_id, ts, day, course_id, content_id, kind, verb, duration, "
                                    "fingerprint, occurrence FROM event ORDER BY id",
                                    "SELECT * FROM learner_day ORDER BY day, learner_id",
                                    "SELECT * FROM learner_course_day ORDER BY day, course_id, learner_id",
                                    "SELECT rows_read, imported, rejected, duplicates FROM import_batch ORDER BY id"}) {
                QVERIFY(q.exec(QString::fromLatin1(sql)));
                while (q.next()) {
                    QStringList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i).toString();
                    rows << row.join(u'|');
                }
            }
            QVERIFY(rows.size() > 12000);
            digests << rows.join(u'\n');
        }
        QCOMPARE(digests.at(1), digests.at(0));
    }

    // The rollback journal needs the file to itself: with another connection open (an Uptake window reading the
    // workspace), SQLite refuses the switch and the import goes through the log, as it always did.
    void wholeFileOnlyWhenAlone()
    {
        UPTAKE_SKIP_ON_POSTGRES(m_backend, "a team workspace has no journal to choose");
        const QString ws = freshWorkspace(u"alone.uptake"_s);
        auto reader = Workspace::open(ws, Workspace::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(count((*reader)->database(), u"SELECT count(*) FROM event"_s), 0);
        {
            auto db = Workspace::openConnection(ws, u"alone-writer"_s);
            QVERIFY2(db, qPrintable(db.error()));
            {
                DataWriter writer(*db, QTimeZone::utc());
                QVERIFY(!writer.takeWholeFile());
                QVERIFY(!QFile::exists(ws + u"-journal"_s));
            }
            QCOMPARE(journalMode(*db), u"wal"_s);
        }
        Workspace::closeConnection(u"alone-writer"_s);
        reader = Result<std::unique_ptr<Workspace>>::failure({});
        {
            auto db = Workspace::openConnection(ws, u"alone-writer"_s);
            QVERIFY2(db, qPrintable(db.error()));
            {
                DataWriter writer(*db, QTimeZone::utc());
                QVERIFY(writer.takeWholeFile());
                QCOMPARE(journalMode(*db), u"delete"_s);
            }
            QCOMPARE(journalMode(*db), u"wal"_s); // given back even when no batch was begun
        }
        Workspace::closeConnection(u"alone-writer"_s);
        // An import asked for the whole file while a window reads the workspace still imports, through the log.
        reader = Workspace::open(ws, Workspace::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(count((*reader)->database(), u"SELECT count(*) FROM event"_s), 0);
        ImportOptions options;
        options.wholeFile = true;
        const ImportResult r =
            importFile(ws, writeTemp(m_dir, u"alone.csv"_s, eventsCsv(3000, nullptr)), kind(DataKind::Events), options);
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(r.imported, 2998); // rows 7 and 1507 have a time that does not parse
        QCOMPARE(count((*reader)->database(), u"SELECT count(*) FROM event"_s), 2998);
    }

private:
    QTemporaryDir m_dir;
    Test::BackendFixture m_backend;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
