// The storage layer on both back ends: the same repositories, imports, aggregates and metrics on a workspace file
// (SQLite) and on a team workspace (PostgreSQL), plus what only a server has: roles, server-init and several
// clients at once. The PostgreSQL rows need a server: scripts/test starts a throwaway one and sets
// UPTAKE_TEST_PG_URL (postgresql://superuser@host:port/db); without it they are skipped.

#include "demo/demoworkspace.h"
#include "import/importer.h"
#include "metrics/metrics.h"
#include "pgserver.h"
#include "storage/dialect.h"
#include "storage/importrepository.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"
#include "storage/serverschema.h"
#include "storage/targetrepository.h"
#include "storage/workspace.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

Import::ImportProfile eventsProfile()
{
    Import::ImportProfile p;
    p.kind = Import::DataKind::Events;
    return p;
}

} // namespace

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::PgTestServer m_server{u"t"_s};
    int m_next = 0;

    /// Where a new, empty workspace of the backend lives ("sqlite" or "postgresql"); skips without a server.
    QString freshLocation(const QString &backend)
    {
        if (backend == u"sqlite"_s)
            return m_dir.filePath(u"ws%1.uptake"_s.arg(++m_next));
        const QString db = m_server.newDatabase();
        return db.isEmpty() ? QString() : m_server.urlOf(db);
    }

    QString writeTemp(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        Test::writeFile(path, bytes);
        return path;
    }

    void addBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.setUp(), qPrintable(m_server.error()));
    }

    void init()
    {
        if (QByteArray(QTest::currentDataTag()) == "postgresql" && !m_server.isAvailable())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server to test team workspaces against (scripts/test "
                  "starts one with scripts/pg-test-cluster).");
    }

    void cleanupTestCase() { m_server.tearDown(); }

    void repositoriesRoundTrip_data() { addBackends(); }
    void repositoriesRoundTrip()
    {
        QFETCH(QString, backend);
        const QString location = freshLocation(backend);
        QVERIFY(!location.isEmpty());
        auto ws = Workspace::create(location, QTimeZone("Europe/Berlin"));
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE((*ws)->isServer(), backend == u"postgresql"_s);
        QCOMPARE((*ws)->schemaVersion(), Workspace::currentSchemaVersion());
        QCOMPARE(QString::fromUtf8((*ws)->timeZone().id()), u"Europe/Berlin"_s);
        QSqlDatabase db = (*ws)->database();

        PilotRepository pilots(db);
        Pilot p;
        p.name = u"Support pilot"_s;
        p.startDate = QDate(2026, 9, 21);
        p.cohortFilter = u"department=Support"_s;
        auto id = pilots.insert(p);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(*id > 0);
        // Pilot names are unique whatever their case, on both back ends.
        Pilot twin = p;
        twin.name = u"SUPPORT PILOT"_s;
        QVERIFY(!pilots.insert(twin));
        p.id = *id;
        p.durationWeeks = 8;
        QVERIFY(pilots.update(p));
        auto stored = pilots.pilot(*id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->durationWeeks, 8);
        QCOMPARE(stored->startDate, QDate(2026, 9, 21));

        TargetRepository targets(db);
        PilotKpi kpi;
        kpi.pilotId = *id;
        kpi.kpi = u"active_rate"_s;
        kpi.target30 = 0.4;
        auto kpiId = targets.saveKpi(kpi);
        QVERIFY2(kpiId, qPrintable(kpiId.error()));
        QVERIFY(*kpiId > 0);
        kpi.id = *kpiId;
        kpi.target60 = 0.55;
        QCOMPARE(*targets.saveKpi(kpi), *kpiId); // an update keeps the id
        AnnotationRecord note;
        note.pilotId = *id;
        note.date = QDate(2026, 10, 1);
        note.label = u"Newsletter"_s;
        auto noteId = targets.saveAnnotation(note);
        QVERIFY2(noteId, qPrintable(noteId.error()));
        QCOMPARE(targets.kpis(*id)->size(), 1);
        QCOMPARE(targets.kpis(*id)->first().target60, std::optional<double>(0.55));

        // Removing the pilot removes its targets and marks (foreign keys cascade on both).
        QVERIFY(pilots.remove(*id));
        QCOMPARE(targets.kpis(*id)->size(), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM annotation"_s), 0);
    }

    void importAggregatesAndUndo_data() { addBackends(); }
    void importAggregatesAndUndo()
    {
        QFETCH(QString, backend);
        const QString location = freshLocation(backend);
        QVERIFY(!location.isEmpty());
        QVERIFY(Workspace::create(location, QTimeZone::utc()));
        // a: two events 10 minutes apart on Monday 2 March (one a completion), one on Tuesday in another course;
        // b: one event on Monday. A verb with a tab and a backslash (an event of no known kind) must survive
        // COPY's text format.
        const QString file = writeTemp(u"small-%1.csv"_s.arg(backend), "learner,timestamp,course,event\n"
                                                                       "a,2026-03-02T08:00:00Z,C1,\"x\tz\\\"\n"
                                                                       "a,2026-03-02T08:10:00Z,C1,completed\n"
                                                                       "b,2026-03-02T09:00:00Z,C1,viewed\n"
                                                                       "a,2026-03-03T08:00:00Z,C2,viewed\n");
        const Import::ImportResult first = Import::importFile(location, file, eventsProfile());
        QVERIFY2(first.committed, qPrintable(first.error));
        QCOMPARE(first.imported, 4);
        QCOMPARE(first.duplicates, 0);
        Import::ImportOptions again;
        again.allowSameFile = true;
        const Import::ImportResult second = Import::importFile(location, file, eventsProfile(), again);
        QVERIFY2(second.committed, qPrintable(second.error));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, 4);

        auto ws = Workspace::open(location);
        QVERIFY2(ws, qPrintable(ws.error()));
        QSqlDatabase db = (*ws)->database();
        QCOMPARE(count(db, u"SELECT count(*) FROM event"_s), 4);
        QCOMPARE(count(db, u"SELECT last_row_id - first_row_id + 1 FROM import_batch WHERE id = 1"_s), 4);
        QCOMPARE(count(db, u"SELECT duplicates FROM import_batch WHERE id = 2"_s), 4);
        QSqlQuery verb(db);
        QVERIFY(verb.exec(u"SELECT verb FROM event WHERE verb LIKE 'x%'"_s) && verb.next());
        QCOMPARE(verb.value(0).toString(), u"x\tz\\"_s);
        // learner_day of a on 2 March (day 20514): 2 events, 1 completion, a 600 s gap: under 15 minutes but
        // not under 10.
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT events, completions, gap_s_10, gap_s_15, gap_s_30 FROM learner_day d "
                       "JOIN learner l ON l.id = d.learner_id WHERE l.external_id = 'a' AND day = 20514"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
        QCOMPARE(q.value(1).toLongLong(), 1);
        QCOMPARE(q.value(2).toLongLong(), 0);
        QCOMPARE(q.value(3).toLongLong(), 600);
        QCOMPARE(q.value(4).toLongLong(), 600);
        q.finish();
        QCOMPARE(count(db, u"SELECT sum(events) FROM learner_day"_s), 4);
        QCOMPARE(count(db, u"SELECT count(*) FROM learner_course_day"_s), 3);

        // Metrics: one week (from Monday 2 March), both learners active; of the pairs (a,C1) (b,C1) (a,C2)
        // one is completed.
        Metrics::Filter filter;
        auto m = Metrics::compute(db, filter);
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->weeks.size(), 1);
        QCOMPARE(m->weeks.first().start, QDate(2026, 3, 2));
        QCOMPARE(m->weeks.first().active, 2);
        QCOMPARE(m->completionPairs, 3);
        QCOMPARE(m->overallCompletion, 1.0 / 3.0);

        QVERIFY(ImportRepository(db).undoBatch(2));
        QCOMPARE(count(db, u"SELECT count(*) FROM event"_s), 4); // the duplicates' batch held nothing
        QVERIFY(ImportRepository(db).undoBatch(1));
        QCOMPARE(count(db, u"SELECT count(*) FROM event"_s), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM learner_day"_s), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM learner"_s), 0);
    }

    void schemaMatchesTheFileSchema()
    {
        if (!m_server.isAvailable())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString location = freshLocation(u"postgresql"_s);
        QVERIFY(Workspace::create(location, QTimeZone::utc()));
        {
            auto ws = Workspace::open(location);
            QVERIFY2(ws, qPrintable(ws.error()));
            // Same tables, same columns as the migrations make in SQLite.
            QCOMPARE(ServerSchema::problems((*ws)->database(), Workspace::currentSchemaVersion()), QStringList());
            QSqlQuery q((*ws)->database());
            QVERIFY(q.exec(u"ALTER TABLE pilot ADD COLUMN extra integer"_s));
            QVERIFY(q.exec(u"ALTER TABLE course DROP COLUMN duration_minutes"_s));
            const QStringList problems = ServerSchema::problems((*ws)->database(), Workspace::currentSchemaVersion());
            QCOMPARE(problems.size(), 2);
            QVERIFY(problems.join(u' ').contains(u"column extra is unknown"_s));
            QVERIFY(problems.join(u' ').contains(u"column duration_minutes is missing"_s));
        }
        auto refused = Workspace::open(location);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"changed outside Uptake"_s), qPrintable(refused.error()));
    }

    void serverInitIsIdempotentAndRefusesForeignData()
    {
        if (!m_server.isAvailable())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString db = m_server.newDatabase();
        const QString editor = m_server.newRole(u"ed"_s);
        {
            auto conn = Workspace::openConnection(m_server.urlOf(db), u"init"_s);
            QVERIFY2(conn, qPrintable(conn.error()));
            auto first = ServerSchema::initialize(*conn, QTimeZone::utc(), {editor}, {});
            QVERIFY2(first, qPrintable(first.error()));
            QVERIFY(first->created);
            auto second = ServerSchema::initialize(*conn, QTimeZone::utc(), {editor}, {});
            QVERIFY2(second, qPrintable(second.error()));
            QVERIFY(!second->created);
            QCOMPARE(second->upgradedFrom, 0);
            QCOMPARE(second->roles, QStringList({db + u"_editor"_s, db + u"_reader"_s}));
        }
        Workspace::closeConnection(u"init"_s);
        m_server.dropAtEnd(db + u"_editor"_s);
        m_server.dropAtEnd(db + u"_reader"_s);

        const QString foreign = m_server.newDatabase();
        {
            auto conn = Workspace::openConnection(m_server.urlOf(foreign), u"foreign"_s);
            QVERIFY2(conn, qPrintable(conn.error()));
            QSqlQuery q(*conn);
            QVERIFY(q.exec(u"CREATE TABLE invoices (id integer)"_s));
            auto refused = ServerSchema::initialize(*conn, QTimeZone::utc(), {}, {});
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(u"not an Uptake workspace"_s), qPrintable(refused.error()));
            QCOMPARE(count(*conn, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s), 1);
        }
        Workspace::closeConnection(u"foreign"_s);
    }

    void readersCannotWrite()
    {
        if (!m_server.isAvailable())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        // A refused write ends the server's transaction in error; nothing may then be left for Qt's driver to
        // free inside it ("Unable to free statement": the prepared statement would stay on the server).
        QTest::failOnWarning(QRegularExpression(u"Unable to free statement"_s));
        const QString db = m_server.newDatabase();
        const QString editor = m_server.newRole(u"editor"_s);
        const QString reader = m_server.newRole(u"reader"_s);
        {
            auto conn = Workspace::openConnection(m_server.urlOf(db), u"init"_s);
            QVERIFY2(conn, qPrintable(conn.error()));
            auto done = ServerSchema::initialize(*conn, QTimeZone::utc(), {editor}, {reader});
            QVERIFY2(done, qPrintable(done.error()));
        }
        Workspace::closeConnection(u"init"_s);
        m_server.dropAtEnd(db + u"_editor"_s);
        m_server.dropAtEnd(db + u"_reader"_s);

        // The editor writes.
        const QString file = writeTemp(u"reader.csv"_s, "learner,timestamp,course,event\n"
                                                        "a,2026-03-02T08:00:00Z,C1,viewed\n");
        const Import::ImportResult imported = Import::importFile(m_server.urlOf(db, editor), file, eventsProfile());
        QVERIFY2(imported.committed, qPrintable(imported.error));
        {
            auto ws = Workspace::open(m_server.urlOf(db, editor));
            QVERIFY2(ws, qPrintable(ws.error()));
            QVERIFY(!(*ws)->isReadOnly());
            Pilot p;
            p.name = u"Editor's pilot"_s;
            QVERIFY(PilotRepository((*ws)->database()).insert(p));
        }

        // The reader reads, is told it is read-only, and the server refuses every write.
        auto ws = Workspace::open(m_server.urlOf(db, reader));
        QVERIFY2(ws, qPrintable(ws.error()));
        QVERIFY((*ws)->isReadOnly());
        QCOMPARE((*ws)->readOnlyReason(), Dialect::readOnlyMessage());
        QSqlDatabase conn = (*ws)->database();
        QCOMPARE(PilotRepository(conn).pilots()->size(), 1);
        QCOMPARE(count(conn, u"SELECT count(*) FROM event"_s), 1);
        Pilot p;
        p.name = u"Reader's pilot"_s;
        const auto refused = PilotRepository(conn).insert(p);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(Dialect::readOnlyMessage()), qPrintable(refused.error()));
        QSqlQuery raw(conn);
        QVERIFY(!raw.exec(u"DELETE FROM event"_s));
        QCOMPARE(raw.lastError().nativeErrorCode(), u"42501"_s);
        QVERIFY(!raw.exec(u"CREATE TABLE sneaky (id integer)"_s));
        const Import::ImportResult blocked =
            Import::importFile(m_server.urlOf(db, reader),
                               writeTemp(u"reader2.csv"_s, "learner,timestamp,course,event\n"
                                                           "b,2026-03-03T08:00:00Z,C1,viewed\n"),
                               eventsProfile());
        QVERIFY(!blocked.committed);
        QVERIFY2(blocked.error.contains(Dialect::readOnlyMessage()), qPrintable(blocked.error));
        QVERIFY(!ImportRepository(conn).undoBatch(1));
        QCOMPARE(count(conn, u"SELECT count(*) FROM event"_s), 1);
        QCOMPARE(PilotRepository(conn).pilots()->size(), 1);

        // Versioned writes (a row-version claim, then the write, in a transaction of their own) are refused the
        // same way, and leave no statement behind in the failed transaction either.
        Pilot stored = PilotRepository(conn).pilots()->first();
        stored.owner = u"A reader"_s;
        const Status notSaved = PilotRepository(conn).update(stored);
        QVERIFY2(!notSaved && notSaved.error().contains(Dialect::readOnlyMessage()), qPrintable(notSaved.error()));
        QVERIFY(!notSaved.isConflict());
        const Status notDeleted = PilotRepository(conn).remove(stored.id, stored.rowVersion.value);
        QVERIFY2(!notDeleted && notDeleted.error().contains(Dialect::readOnlyMessage()),
                 qPrintable(notDeleted.error()));
        Barrier b;
        b.pilotId = stored.id;
        b.title = u"Sign-in"_s;
        b.category = u"login_failures"_s;
        const auto barrier = JourneyRepository(conn).save(b);
        QVERIFY2(!barrier && barrier.error().contains(Dialect::readOnlyMessage()), qPrintable(barrier.error()));
        PilotKpi kpi;
        kpi.pilotId = stored.id;
        kpi.kpi = u"active_rate"_s;
        kpi.target30 = 0.4;
        const auto target = TargetRepository(conn).saveKpi(kpi);
        QVERIFY2(!target && target.error().contains(Dialect::readOnlyMessage()), qPrintable(target.error()));
        QCOMPARE(PilotRepository(conn).pilots()->first().owner, QString());
        QCOMPARE(PilotRepository(conn).pilots()->first().rowVersion.value, stored.rowVersion.value);
    }

    void concurrentEditorsAndImports()
    {
        if (!m_server.isAvailable())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString location = freshLocation(u"postgresql"_s);
        QVERIFY(Workspace::create(location, QTimeZone::utc()));
        // Three files of 300 events each for disjoint learners, and one that overlaps the first two halves.
        QStringList files;
        for (int f = 0; f < 3; ++f) {
            QByteArray csv = "learner,timestamp,course,event\n";
            for (int i = 0; i < 300; ++i)
                csv += u"f%1u%2,2026-04-%3T%4:%5:00Z,C%6,viewed\n"_s.arg(f)
                           .arg(i % 20)
                           .arg(6 + i % 5, 2, 10, QChar(u'0'))
                           .arg(8 + i / 60, 2, 10, QChar(u'0'))
                           .arg(i % 60, 2, 10, QChar(u'0'))
                           .arg(i % 4)
                           .toUtf8();
            files << writeTemp(u"conc%1.csv"_s.arg(f), csv);
        }
        constexpr int Editors = 3;
        constexpr int PilotsEach = 20;
        std::atomic_int failures = 0;
        QStringList errors;
        QMutex errorsMutex;
        auto fail = [&](const QString &why) {
            ++failures;
            QMutexLocker lock(&errorsMutex);
            errors << why;
        };
        QList<QThread *> threads;
        for (int e = 0; e < Editors; ++e) {
            threads << QThread::create([&, e] {
                const QString name = u"editor-%1"_s.arg(e);
                {
                    auto db = Workspace::openConnection(location, name);
                    if (!db)
                        return fail(db.error());
                    for (int i = 0; i < PilotsEach; ++i) {
                        Pilot p;
                        p.name = u"Pilot %1-%2"_s.arg(e).arg(i);
                        if (auto id = PilotRepository(*db).insert(p); !id)
                            return fail(id.error());
                        AnnotationRecord note;
                        note.date = QDate(2026, 4, 1 + i);
                        note.label = p.name;
                        if (auto id = TargetRepository(*db).saveAnnotation(note); !id)
                            return fail(id.error());
                    }
                }
                Workspace::closeConnection(name);
            });
        }
        for (int f = 0; f < 3; ++f) {
            threads << QThread::create([&, f] {
                const Import::ImportResult r = Import::importFile(location, files.at(f), eventsProfile());
                if (!r.committed)
                    fail(r.error);
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(120'000));
            delete t;
        }
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));

        auto ws = Workspace::open(location);
        QVERIFY2(ws, qPrintable(ws.error()));
        QSqlDatabase db = (*ws)->database();
        QCOMPARE(count(db, u"SELECT count(*) FROM pilot"_s), Editors * PilotsEach);
        QCOMPARE(count(db, u"SELECT count(*) FROM annotation"_s), Editors * PilotsEach);
        QCOMPARE(count(db, u"SELECT count(*) FROM event"_s), 900);
        QCOMPARE(count(db, u"SELECT count(*) FROM learner"_s), 60);
        QCOMPARE(count(db, u"SELECT sum(imported) FROM import_batch"_s), 900);
        // Each batch is one contiguous range holding only its own events; the aggregates add up.
        QCOMPARE(count(db, u"SELECT count(*) FROM import_batch b WHERE last_row_id - first_row_id + 1 <> 300 OR "
                           "EXISTS (SELECT 1 FROM event e WHERE e.id BETWEEN b.first_row_id AND b.last_row_id "
                           "AND e.batch_id <> b.id)"_s),
                 0);
        QCOMPARE(count(db, u"SELECT sum(events) FROM learner_day"_s), 900);
        QCOMPARE(count(db, u"SELECT sum(events) FROM learner_course_day"_s), 900);
    }

    void changesByOthersAreAnnounced()
    {
        if (!m_server.isAvailable())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString location = freshLocation(u"postgresql"_s);
        QVERIFY(Workspace::create(location, QTimeZone::utc()));
        auto mine = Workspace::open(location);
        auto theirs = Workspace::open(location);
        QVERIFY2(mine && theirs, qPrintable(mine ? theirs.error() : mine.error()));
        QSignalSpy pilots(theirs->get(), &Workspace::pilotsChanged);
        QSignalSpy targets(theirs->get(), &Workspace::targetsChanged);
        QSignalSpy ownPilots(mine->get(), &Workspace::pilotsChanged);
        Pilot p;
        p.name = u"Announced"_s;
        const auto id = PilotRepository((*mine)->database()).insert(p);
        QVERIFY(id);
        QVERIFY(pilots.wait(10'000));
        QCOMPARE(targets.count(), 0);
        AnnotationRecord note;
        note.date = QDate(2026, 5, 4);
        note.label = u"Comms push"_s;
        QVERIFY(TargetRepository((*mine)->database()).saveAnnotation(note));
        QVERIFY(targets.wait(10'000));
        QCOMPARE(pilots.count(), 1);
        QCOMPARE(ownPilots.count(), 0); // one's own changes are not announced back
    }

    void demoMetricsAgreeAcrossBackends()
    {
        if (!m_server.isAvailable())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server.");
        const QString file = freshLocation(u"sqlite"_s);
        const QString server = freshLocation(u"postgresql"_s);
        QVERIFY(Demo::createDemoWorkspace(file, false));
        const Status filled = Demo::createDemoWorkspace(server, false);
        QVERIFY2(filled, qPrintable(filled.error()));
        QList<Metrics::MetricSet> sets;
        for (const QString &location : {file, server}) {
            auto ws = Workspace::open(location, Workspace::Access::ReadOnly);
            QVERIFY2(ws, qPrintable(ws.error()));
            Metrics::Filter filter;
            filter.pilotId = PilotRepository((*ws)->database()).pilots()->first().id;
            auto m = Metrics::compute((*ws)->database(), filter);
            QVERIFY2(m, qPrintable(m.error()));
            sets << *m;
        }
        const Metrics::MetricSet &a = sets.at(0);
        const Metrics::MetricSet &b = sets.at(1);
        QCOMPARE(b.learners, a.learners);
        QCOMPARE(b.weeks.size(), a.weeks.size());
        for (qsizetype i = 0; i < a.weeks.size(); ++i) {
            QCOMPARE(b.weeks.at(i).active, a.weeks.at(i).active);
            QCOMPARE(b.weeks.at(i).cohort, a.weeks.at(i).cohort);
            QVERIFY(qAbs(b.weeks.at(i).minutes - a.weeks.at(i).minutes) < 1e-6);
        }
        QCOMPARE(b.completionPairs, a.completionPairs);
        QCOMPARE(b.overallCompletion, a.overallCompletion);
        QCOMPARE(b.byCourse.size(), a.byCourse.size());
        for (qsizetype i = 0; i < a.byCourse.size(); ++i) {
            QCOMPARE(b.byCourse.at(i).course, a.byCourse.at(i).course);
            QCOMPARE(b.byCourse.at(i).completed, a.byCourse.at(i).completed);
        }
        QCOMPARE(b.stoppedEngaging.size(), a.stoppedEngaging.size());
        QCOMPARE(b.targets.size(), a.targets.size());
        QCOMPARE(b.annotations.size(), a.annotations.size());
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
