// Kills Uptake with SIGKILL at random (seeded) moments while it writes — an import, an import's undo, a
// many-row journey edit and a Save As — then reopens the workspace and checks that nothing is half there.
//
// UPTAKE_KILL_ITERATIONS sets the kills per operation (default 12); UPTAKE_KILL_SEED the seed (default: fixed,
// printed so a failure can be replayed).

#include "storage/workspace.h"

#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

struct Run
{
    bool killed = false;
    int exitCode = -1;
    QString err;
};

Run runOnce(const QString &program, const QStringList &args, int killAfterMs);

/// Runs program; when killAfterMs >= 0 and it is still running then, kills it with SIGKILL. A kill that lands
/// between creating the workspace's lock file and writing its owner leaves an empty lock file, which Uptake
/// respects for a second (another process may be writing it that instant) and then clears: a run refused for
/// it is run again after that second.
Run run(const QString &program, const QStringList &args, int killAfterMs = -1)
{
    Run r = runOnce(program, args, killAfterMs);
    if (!r.killed && r.exitCode != 0 && r.err.contains(u"is already open for editing"_s)) {
        QThread::msleep(1500);
        r = runOnce(program, args, killAfterMs);
    }
    return r;
}

Run runOnce(const QString &program, const QStringList &args, int killAfterMs)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForStarted())
        return r;
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
        ::kill(pid_t(p.processId()), SIGKILL);
        r.killed = true;
    }
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// A query's single value on a connection of the test's own.
qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

/// Opens path on a fresh connection (as Uptake reopens a file after a crash), calls check and closes it.
template<typename F>
void withDatabase(const QString &path, F check)
{
    static int n = 0;
    const QString name = u"killtest-%1"_s.arg(++n);
    {
        auto db = Workspace::openConnection(path, name);
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        check(*db);
    }
    Workspace::closeConnection(name);
}

} // namespace

class KillTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_uptake = qEnvironmentVariable("UPTAKE_BINARY");
    QString m_helper = QStringLiteral(UPTAKE_CRASHHELPER);
    QString m_ws;
    QRandomGenerator m_random;
    int m_iterations = 12;
    int m_files = 0;
    qint64 m_pilotId = 0;
    int m_killed = 0;
    int m_completed = 0;

    /// A CSV of rows events, different from every earlier one (so none of it counts as already imported).
    QString nextCsv(int rows)
    {
        const int n = ++m_files;
        QByteArray csv = "learner,course,timestamp,event\n";
        const QDateTime start(QDate(2026, 1, 5).addDays(n), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < rows; ++i)
            csv += "learner" + QByteArray::number(i % 400) + ",Course " + QByteArray::number(i % 7) + ',' +
                   start.addSecs(i * 13).toString(Qt::ISODate).toUtf8() + (i % 11 == 0 ? ",completed\n" : ",viewed\n");
        const QString path = m_dir.filePath(u"events-%1.csv"_s.arg(n));
        Test::writeFile(path, csv);
        return path;
    }

    QStringList importArgs(const QString &csv) const
    {
        return {u"import"_s,
                m_ws,
                csv,
                u"--kind"_s,
                u"events"_s,
                u"--map"_s,
                u"learner=learner"_s,
                u"--map"_s,
                u"course=course"_s,
                u"--map"_s,
                u"timestamp=timestamp"_s,
                u"--map"_s,
                u"event=event"_s};
    }

    /// Everything the workspace promises after any crash; returns what is broken.
    QStringList problems(const QString &path)
    {
        QStringList found;
        withDatabase(path, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA integrity_check"_s);
            const QString integrity = q.next() ? q.value(0).toString() : q.lastError().text();
            if (integrity != u"ok"_s)
                found << u"integrity_check: "_s + integrity;
            // Every import is all there or not at all.
            q.exec(u"SELECT b.id, b.imported, (SELECT count(*) FROM event e WHERE e.batch_id = b.id) FROM "
                   "import_batch b WHERE b.kind = 'events'"_s);
            while (q.next())
                if (q.value(1).toLongLong() != q.value(2).toLongLong())
                    found << u"import %1 records %2 events but holds %3"_s.arg(
                        q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            if (const qint64 orphans =
                    scalar(db, u"SELECT count(*) FROM event WHERE batch_id NOT IN (SELECT id FROM import_batch)"_s))
                found << u"%1 events belong to no import"_s.arg(orphans);
            // The aggregates the dashboard reads agree with the events.
            const qint64 events = scalar(db, u"SELECT count(*) FROM event"_s);
            const qint64 aggregated = scalar(db, u"SELECT coalesce(sum(events), 0) FROM learner_day"_s);
            if (events != aggregated)
                found << u"learner_day counts %1 events, the event table holds %2"_s.arg(aggregated).arg(events);
            // The journey template is one undo step: all of its rows or none.
            const qint64 plan = scalar(db, u"SELECT (SELECT count(*) FROM checklist_item) + (SELECT count(*) FROM "
                                           "lever) + (SELECT count(*) FROM plan_action)"_s);
            if (plan != 0 && plan != m_planRows)
                found << u"the plan template is half applied: %1 of %2 rows"_s.arg(plan).arg(m_planRows);
        });
        return found;
    }

    qint64 m_planRows = 0;

    /// A moment in a run that takes ms, after skip of it (its start is mostly process start-up).
    int delayUpTo(qint64 ms, double skip = 0.25)
    {
        const qint64 from = qint64(double(ms) * skip);
        return int(from + m_random.bounded(ms - from + 1));
    }

    void clearPlan()
    {
        withDatabase(m_ws, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            for (const QString &table : {u"plan_action"_s, u"lever"_s, u"checklist_item"_s})
                QVERIFY2(q.exec(u"DELETE FROM "_s + table), qPrintable(q.lastError().text()));
        });
    }

    /// Whether a killed run was past opening the workspace: it left its write-ahead log (created when a
    /// connection opens the file, removed when the last one closes), the hot rollback journal of a command-line
    /// import that had the file to itself (DataWriter::takeWholeFile), or a half-made copy behind.
    bool leftTraces(const QString &path) const
    {
        if (QFileInfo::exists(path + u"-wal"_s))
            return true;
        if (QFile journal(path + u"-journal"_s); journal.open(QIODevice::ReadOnly)) {
            // SQLite writes the journal's magic number only once the journal is synced and the file is about to be
            // changed: from then on the journal is "hot" and the next reader must roll it back.
            ++(journal.read(8) == QByteArray::fromHex("d9d505f920a163d7") ? m_hotJournals : m_coldJournals);
            return true;
        }
        return !QDir(QFileInfo(path).absolutePath())
                    .entryList({QFileInfo(path).fileName() + u".partial-*"_s}, QDir::Files)
                    .isEmpty();
    }
    int m_whileWriting = 0;
    mutable int m_hotJournals = 0;
    mutable int m_coldJournals = 0;

    void report(const char *what, int killed, int total)
    {
        qInfo("%s: %d runs, %d killed (%d of them with the workspace open), 0 failures", what, total, killed,
              m_whileWriting);
        m_whileWriting = 0;
        m_killed += killed;
        m_completed += total - killed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(m_uptake), "UPTAKE_BINARY must name the uptake executable");
        bool ok = false;
        const int iterations = qEnvironmentVariableIntValue("UPTAKE_KILL_ITERATIONS", &ok);
        if (ok && iterations > 0)
            m_iterations = iterations;
        const quint32 seed = qEnvironmentVariableIsSet("UPTAKE_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("UPTAKE_KILL_SEED"))
                                 : 20261129u;
        m_random.seed(seed);
        qInfo("kill test: seed %u, %d kills per operation", seed, m_iterations);

        m_ws = m_dir.filePath(u"crash.uptake"_s);
        const Run init = run(m_uptake, {u"init"_s, m_ws, u"--timezone"_s, u"UTC"_s});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        // A pilot for the journey edits, and a first import the others build on.
        withDatabase(m_ws, [this](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO pilot (name, start_date, duration_weeks) VALUES ('Crash pilot', "
                           "'2026-02-02', 6)"_s));
            m_pilotId = q.lastInsertId().toLongLong();
        });
        QVERIFY(m_pilotId > 0);
        const Run first = run(m_uptake, importArgs(nextCsv(5000)));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QStringList found = problems(m_ws);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void killImport()
    {
        // How long an import takes here, so the kills fall anywhere in it.
        QElapsedTimer timer;
        timer.start();
        const Run full = run(m_uptake, importArgs(nextCsv(20000)));
        const qint64 duration = timer.elapsed();
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        int killed = 0;
        for (int i = 0; i < m_iterations; ++i) {
            const int delay = delayUpTo(duration);
            // Every other import has the file to itself and writes it with SQLite's rollback journal, as the
            // command line does for a file of 32 MB or more; the others go through the write-ahead log.
            if (i % 2)
                qputenv("UPTAKE_WHOLE_FILE_FROM", "0");
            const Run r = run(m_uptake, importArgs(nextCsv(20000)), delay);
            qunsetenv("UPTAKE_WHOLE_FILE_FROM");
            killed += r.killed;
            m_whileWriting += r.killed && leftTraces(m_ws);
            QVERIFY2(r.killed || r.exitCode == 0, qPrintable(r.err));
            // Uptake opening the file for editing after the crash (its lock is stale now) rolls a hot journal back and
            // puts the file back in write-ahead-log mode, which also clears a journal not yet made hot.
            {
                auto reopened = Workspace::open(m_ws);
                QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error()));
                QSqlQuery q((*reopened)->database());
                QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"wal"_s);
                QVERIFY2(!QFileInfo::exists(m_ws + u"-journal"_s),
                         qPrintable(u"a journal of %1 bytes survived reopening (killed after %2 ms)"_s
                                        .arg(QFileInfo(m_ws + u"-journal"_s).size())
                                        .arg(delay)));
            }
            const QStringList found = problems(m_ws);
            QVERIFY2(found.isEmpty(), qPrintable(u"import killed after %1 ms: "_s.arg(delay) + found.join(u'\n')));
        }
        qInfo("import: %d kills left a hot rollback journal, %d one not yet hot", m_hotJournals, m_coldJournals);
        report("import", killed, m_iterations);
    }

    // A big command-line import writes with SQLite's rollback journal (DataWriter::takeWholeFile). Killed once its
    // pages reach the file, it leaves a hot journal, which only a connection that may write can roll back: Uptake
    // must still open the file (read-only too: the first look at a file is read-only) with its content as before.
    void hotJournalOfAKilledImportIsRolledBack()
    {
        const QString ws = m_dir.filePath(u"hot.uptake"_s);
        const Run init = run(m_uptake, {u"init"_s, ws});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        qint64 before = -1;
        withDatabase(ws, [&](QSqlDatabase &db) { before = scalar(db, u"SELECT count(*) FROM meta"_s); });
        QVERIFY(before > 0);
        const Run crashed = run(m_helper, {u"hotjournal"_s, ws});
        QCOMPARE(crashed.exitCode, 0);
        QFile journal(ws + u"-journal"_s);
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QCOMPARE(journal.read(8), QByteArray::fromHex("d9d505f920a163d7")); // hot
        journal.close();
        {
            auto reader = Workspace::open(ws, Workspace::Access::ReadOnly);
            QVERIFY2(reader, qPrintable(reader ? QString() : reader.error()));
            QSqlQuery q((*reader)->database());
            QVERIFY(q.exec(u"SELECT count(*) FROM meta"_s) && q.next());
            QCOMPARE(q.value(0).toLongLong(), before);
        }
        QVERIFY(!QFileInfo::exists(ws + u"-journal"_s));
        auto editor = Workspace::open(ws);
        QVERIFY2(editor, qPrintable(editor ? QString() : editor.error()));
        QSqlQuery q((*editor)->database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }

    // While such an import writes, an Uptake opening the workspace is told so, not that the file is damaged.
    void workspaceBeingWrittenSaysSo()
    {
        const QString ws = m_dir.filePath(u"held.uptake"_s);
        const Run init = run(m_uptake, {u"init"_s, ws});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QProcess writer;
        writer.start(m_helper, {u"holdjournal"_s, ws});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(30000));
        QCOMPARE(writer.readAllStandardOutput().trimmed(), QByteArray("done"));
        const auto reader = Workspace::open(ws, Workspace::Access::ReadOnly);
        QVERIFY(!reader);
        QVERIFY2(reader.error().contains(u"is being written by an import that has it to itself"_s),
                 qPrintable(reader.error()));
        writer.kill();
        writer.waitForFinished();
        QVERIFY2(Workspace::open(ws), "opens once the writer is gone");
    }

    void killUndoImport()
    {
        int killed = 0;
        qint64 duration = 0;
        for (int i = 0; i <= m_iterations; ++i) {
            qint64 batch = 0;
            withDatabase(m_ws, [&](QSqlDatabase &db) { batch = scalar(db, u"SELECT max(id) FROM import_batch"_s); });
            if (batch <= 1) {
                const Run again = run(m_uptake, importArgs(nextCsv(20000)));
                QVERIFY2(again.exitCode == 0, qPrintable(again.err));
                withDatabase(m_ws,
                             [&](QSqlDatabase &db) { batch = scalar(db, u"SELECT max(id) FROM import_batch"_s); });
            }
            QElapsedTimer timer;
            timer.start();
            // The first round measures how long an undo takes; the others are killed within that time.
            const int delay = i == 0 ? -1 : delayUpTo(duration, 0);
            const Run r = run(m_uptake, {u"undo-import"_s, m_ws, QString::number(batch)}, delay);
            if (i == 0)
                duration = timer.elapsed();
            else
                killed += r.killed;
            m_whileWriting += r.killed && leftTraces(m_ws);
            QVERIFY2(r.killed || r.exitCode == 0, qPrintable(r.err));
            const QStringList found = problems(m_ws);
            QVERIFY2(found.isEmpty(), qPrintable(u"undo killed after %1 ms: "_s.arg(delay) + found.join(u'\n')));
        }
        report("undo import", killed, m_iterations);
    }

    void killJourneyEdit()
    {
        const QStringList args{u"template"_s, m_ws, QString::number(m_pilotId)};
        QElapsedTimer timer;
        timer.start();
        const Run full = run(m_helper, args + QStringList{u"30"_s});
        const qint64 duration = timer.elapsed();
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        withDatabase(m_ws, [this](QSqlDatabase &db) {
            m_planRows = scalar(db, u"SELECT (SELECT count(*) FROM checklist_item) + (SELECT count(*) FROM lever) + "
                                    "(SELECT count(*) FROM plan_action)"_s);
        });
        QVERIFY(m_planRows > 10);
        int killed = 0;
        for (int i = 0; i < m_iterations; ++i) {
            clearPlan();
            const int delay = delayUpTo(duration);
            const Run r = run(m_helper, args + QStringList{u"30"_s}, delay);
            killed += r.killed;
            m_whileWriting += r.killed && leftTraces(m_ws);
            QVERIFY2(r.killed || r.exitCode == 0, qPrintable(r.err));
            const QStringList found = problems(m_ws);
            QVERIFY2(found.isEmpty(),
                     qPrintable(u"journey edit killed after %1 ms: "_s.arg(delay) + found.join(u'\n')));
        }
        report("journey template (undo/redo)", killed, m_iterations);
    }

    void killSaveAs()
    {
        qint64 sourceEvents = 0;
        withDatabase(m_ws, [&](QSqlDatabase &db) { sourceEvents = scalar(db, u"SELECT count(*) FROM event"_s); });
        // An older file at the target must survive a crash whole, or be replaced whole.
        const QString old = m_dir.filePath(u"old.uptake"_s);
        const Run init = run(m_uptake, {u"init"_s, old, u"--timezone"_s, u"UTC"_s});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QElapsedTimer timer;
        timer.start();
        const Run full = run(m_helper, {u"saveas"_s, m_ws, m_dir.filePath(u"copy-full.uptake"_s)});
        const qint64 duration = timer.elapsed();
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        int killed = 0;
        for (int i = 0; i < m_iterations; ++i) {
            const QString target = m_dir.filePath(u"copy-%1.uptake"_s.arg(i));
            const bool replacing = i % 2 == 1;
            if (replacing)
                QVERIFY(QFile::copy(old, target));
            const int delay = delayUpTo(duration);
            const Run r = run(m_helper, {u"saveas"_s, m_ws, target}, delay);
            killed += r.killed;
            m_whileWriting += r.killed && leftTraces(target);
            QVERIFY2(r.killed || r.exitCode == 0, qPrintable(r.err));
            if (!QFileInfo::exists(target)) {
                QVERIFY2(r.killed && !replacing, "the Save As target vanished");
                continue;
            }
            QVERIFY2(!QFileInfo::exists(target + u"-journal"_s), "the target has a hot journal");
            const QStringList found = problems(target);
            QVERIFY2(found.isEmpty(), qPrintable(u"Save As killed after %1 ms: "_s.arg(delay) + found.join(u'\n')));
            qint64 events = -1;
            withDatabase(target, [&](QSqlDatabase &db) { events = scalar(db, u"SELECT count(*) FROM event"_s); });
            // Either the complete copy or the untouched old file, nothing in between.
            QVERIFY2(events == sourceEvents || (replacing && events == 0),
                     qPrintable(u"the copy holds %1 of %2 events"_s.arg(events).arg(sourceEvents)));
        }
        report("save as", killed, m_iterations);
    }

    void cleanupTestCase() { qInfo("kill test: %d runs killed, %d completed, 0 failures", m_killed, m_completed); }
};

QTEST_GUILESS_MAIN(KillTest)
#include "tst_killtest.moc"
