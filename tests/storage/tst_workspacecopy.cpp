// Publishing a workspace file to a team workspace and downloading a team workspace into a file (WorkspaceCopy),
// through the library and through `uptake publish` / `uptake download`. The rows that need a PostgreSQL server skip
// without UPTAKE_TEST_PG_URL (scripts/test starts one with scripts/pg-test-cluster).

#include "demo/demoworkspace.h"
#include "import/importer.h"
#include "metrics/metrics.h"
#include "pgserver.h"
#include "storage/dialect.h"
#include "storage/pilotrepository.h"
#include "storage/serverschema.h"
#include "storage/workspace.h"
#include "storage/workspacecopy.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
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

/// Every row of a table as typed values, in primary-key (rowid) order.
QList<QVariantList> rowsOf(const QSqlDatabase &db, const QString &table, QString *error)
{
    QList<QVariantList> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Every table is either a rowid table or WITHOUT ROWID with a primary key: ORDER BY 1.. over all columns
    // gives one order for both files whatever their storage.
    QSqlQuery columns(db);
    columns.exec(u"SELECT count(*) FROM pragma_table_info('%1')"_s.arg(table));
    columns.next();
    const int n = columns.value(0).toInt();
    QStringList order;
    for (int i = 1; i <= n; ++i)
        order.append(QString::number(i));
    if (!q.exec(u"SELECT * FROM \"%1\" ORDER BY %2"_s.arg(table, order.join(u", "_s)))) {
        *error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < n; ++c)
            row.append(q.value(c));
        rows.append(row);
    }
    return rows;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run uptake(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("UPTAKE_BINARY"), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestWorkspaceCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::PgTestServer m_server{u"c"_s};
    int m_next = 0;
    QString m_demo; ///< the demo workspace, made once

    /// A new database on the test server set up as a team workspace (server-init), with editors.
    QString newTeamWorkspace(const QStringList &editors = {}, const QStringList &readers = {})
    {
        const QString name = m_server.newDatabase();
        if (name.isEmpty())
            return {};
        const QString connection = u"tst-init"_s;
        bool ok = false;
        {
            auto db = Workspace::openConnection(m_server.urlOf(name), connection);
            if (db) {
                auto report = ServerSchema::initialize(*db, QTimeZone::utc(), editors, readers);
                ok = bool(report);
                if (!ok)
                    qWarning("%s", qPrintable(report.error()));
            }
        }
        Workspace::closeConnection(connection);
        m_server.dropAtEnd(ServerSchema::editorRole(name));
        m_server.dropAtEnd(ServerSchema::readerRole(name));
        return ok ? m_server.urlOf(name) : QString();
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

    /// A workspace file with the real Moodle log imported, a pilot and a rejected row or more.
    QString realWorkspace()
    {
        const QString csv = Test::sharedData(u"real/moodle_logstore_raw/logs_moodle.csv"_s);
        if (!QFile::exists(csv))
            return {};
        const QString path = file(u"real%1.uptake"_s.arg(++m_next));
        if (!Workspace::create(path, QTimeZone("Europe/Madrid")))
            return {};
        Import::ImportProfile profile;
        profile.kind = Import::DataKind::Events;
        const Import::ImportResult r = Import::importFile(path, csv, profile);
        if (!r.committed) {
            qWarning("%s", qPrintable(r.error));
            return {};
        }
        auto ws = Workspace::open(path);
        if (!ws)
            return {};
        Pilot p;
        p.name = u"Moodle pilot — “quotes”, tabs\tand\nnewlines \\ too"_s;
        p.startDate = QDate(2021, 3, 1);
        if (!PilotRepository((*ws)->database()).insert(p))
            return {};
        return path;
    }

    /// Compares every table of two workspace files row by row, values and their types.
    void compareFiles(const QString &a, const QString &b)
    {
        auto wa = Workspace::open(a, Workspace::Access::ReadOnly);
        QVERIFY2(wa, qPrintable(wa.error()));
        auto wb = Workspace::open(b, Workspace::Access::ReadOnly);
        QVERIFY2(wb, qPrintable(wb.error()));
        QCOMPARE((*wb)->schemaVersion(), (*wa)->schemaVersion());
        QCOMPARE((*wb)->timeZone(), (*wa)->timeZone());
        for (const QString &table : WorkspaceCopy::tableOrder()) {
            QString error;
            const QList<QVariantList> ra = rowsOf((*wa)->database(), table, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QList<QVariantList> rb = rowsOf((*wb)->database(), table, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (table == u"meta"_s) {
                // created_at/created_by travel with the data; nothing else is in meta.
                QCOMPARE(rb, ra);
                continue;
            }
            QCOMPARE(rb.size(), ra.size());
            for (qsizetype i = 0; i < ra.size(); ++i) {
                for (qsizetype c = 0; c < ra.at(i).size(); ++c) {
                    const QVariant &x = ra.at(i).at(c);
                    const QVariant &y = rb.at(i).at(c);
                    if (x.isNull() != y.isNull() || x.typeId() != y.typeId() || x != y)
                        QFAIL(qPrintable(u"%1 row %2 column %3: %4 (%5) became %6 (%7)"_s.arg(table).arg(i).arg(c).arg(
                            x.toString(), QString::fromLatin1(x.typeName()), y.toString(),
                            QString::fromLatin1(y.typeName()))));
                }
            }
        }
    }

    static Metrics::MetricSet metricsOf(const QString &location, bool *ok)
    {
        *ok = false;
        auto ws = Workspace::open(location, Workspace::Access::ReadOnly);
        if (!ws)
            return {};
        Metrics::Filter filter;
        const auto pilots = PilotRepository((*ws)->database()).pilots();
        if (pilots && !pilots->isEmpty())
            filter.pilotId = pilots->first().id;
        auto m = Metrics::compute((*ws)->database(), filter);
        if (!m)
            return {};
        *ok = true;
        return *m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = file(u"demo.uptake"_s);
        const Status made = Demo::createDemoWorkspace(m_demo, false);
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY2(m_server.setUp(), qPrintable(m_server.error()));
    }

    void cleanupTestCase() { m_server.tearDown(); }

    void init()
    {
        const QByteArray name = QTest::currentTestFunction();
        if (name.startsWith("server") && !m_server.isAvailable())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server to publish to (scripts/test starts one with "
                  "scripts/pg-test-cluster).");
    }

    // Every table of the schema is copied, each after the tables its foreign keys name.
    void tableOrderFollowsForeignKeys()
    {
        const QStringList order = WorkspaceCopy::tableOrder();
        auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                       "ORDER BY name"_s));
        QStringList all;
        while (q.next())
            all.append(q.value(0).toString());
        QStringList sorted = order;
        sorted.sort();
        QCOMPARE(sorted, all);
        // The pairs below are read off schema.h by hand: referenced table first.
        const QList<QPair<QString, QString>> before = {
            {u"import_batch"_s, u"learner"_s},
            {u"import_batch"_s, u"rejected_row"_s},
            {u"course"_s, u"content"_s},
            {u"pilot"_s, u"pilot_kpi"_s},
            {u"pilot"_s, u"annotation"_s},
            {u"interview"_s, u"interview_barrier"_s},
            {u"barrier"_s, u"interview_barrier"_s},
            {u"plan_cycle"_s, u"feedback"_s},
            {u"feedback"_s, u"adaptation"_s},
            {u"content"_s, u"adaptation"_s},
            {u"lever"_s, u"plan_action"_s},
            {u"barrier"_s, u"plan_action"_s},
            {u"course"_s, u"course_successor"_s},
            {u"lever"_s, u"lever_barrier"_s},
        };
        for (const auto &[first, then] : before)
            QVERIFY2(order.indexOf(first) < order.indexOf(then), qPrintable(first + u" before "_s + then));
    }

    void refusesWrongArguments_data()
    {
        QTest::addColumn<bool>("publish");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::addRow("publish to a file")
            << true << u"demo.uptake"_s << u"other.uptake"_s << u"is not a team workspace address"_s;
        QTest::addRow("publish a missing file")
            << true << u"missing.uptake"_s << u"postgresql://u@127.0.0.1:1/db"_s << u"does not exist"_s;
        QTest::addRow("download into a folder")
            << false << u"."_s << u"postgresql://u@127.0.0.1:1/db"_s << u"it is a folder"_s;
        QTest::addRow("download over a file")
            << false << u"demo.uptake"_s << u"postgresql://u@127.0.0.1:1/db"_s << u"already exists"_s;
        QTest::addRow("download into a missing folder")
            << false << u"no/such/x.uptake"_s << u"postgresql://u@127.0.0.1:1/db"_s << u"does not exist"_s;
    }
    void refusesWrongArguments()
    {
        QFETCH(bool, publish);
        QFETCH(QString, local);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QString path = local == u"."_s ? m_dir.path() : file(local);
        const QByteArray before = Test::fileHash(m_demo);
        const auto r = publish ? WorkspaceCopy::publish(path, url) : WorkspaceCopy::download(url, path, false);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        QCOMPARE(Test::fileHash(m_demo), before);
    }

    // local → server → local gives the same rows, values and types; metrics on the server equal the file's.
    void serverRoundTrip_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addRow("demo") << u"demo"_s;
        QTest::addRow("real moodle log") << u"real"_s;
    }
    void serverRoundTrip()
    {
        QFETCH(QString, which);
        const QString source = which == u"demo"_s ? m_demo : realWorkspace();
        if (source.isEmpty())
            QSKIP("the shared real data is not available");
        const QString url = newTeamWorkspace();
        QVERIFY(!url.isEmpty());
        QList<WorkspaceCopy::Progress> seen;
        const auto up = WorkspaceCopy::publish(source, url, [&seen](const WorkspaceCopy::Progress &p) { seen << p; });
        QVERIFY2(up, qPrintable(up.error()));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().table, seen.last().tables + 1);
        QCOMPARE(seen.last().rows, up->rows);
        QCOMPARE(seen.last().totalRows, up->rows);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).rows >= seen.at(i - 1).rows);
        {
            auto ws = Workspace::open(source, Workspace::Access::ReadOnly);
            QVERIFY(ws);
            QCOMPARE(up->rowsPerTable.value(u"event"_s), count((*ws)->database(), u"SELECT count(*) FROM event"_s));
            QVERIFY(up->rowsPerTable.value(u"event"_s) > 1000);
        }

        bool ok = false;
        const Metrics::MetricSet a = metricsOf(source, &ok);
        QVERIFY(ok);
        const Metrics::MetricSet b = metricsOf(url, &ok);
        QVERIFY(ok);
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

        const QString copy = file(u"roundtrip-%1.uptake"_s.arg(which));
        const auto down = WorkspaceCopy::download(url, copy, false);
        QVERIFY2(down, qPrintable(down.error()));
        QCOMPARE(down->rows, up->rows);
        compareFiles(source, copy);
        // The copy is a sound workspace file of its own, and nothing was left beside it.
        auto ws = Workspace::open(copy);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE((*ws)->quickCheck(), QString());
        for (const QString &f : filesIn(m_dir.path()))
            QVERIFY2(!f.contains(u"downloading"_s), qPrintable(f));
    }

    // After a publish the server hands out ids after the copied ones, to editors that are not the owner too.
    void serverIdsContinueAfterPublish()
    {
        const QString editor = m_server.newRole(u"editor"_s);
        const QString url = newTeamWorkspace({editor});
        QVERIFY(!url.isEmpty());
        const QString asEditor = m_server.urlOf(QUrl(url).path().mid(1), editor);
        const auto up = WorkspaceCopy::publish(m_demo, asEditor);
        QVERIFY2(up, qPrintable(up.error()));
        auto ws = Workspace::open(asEditor);
        QVERIFY2(ws, qPrintable(ws.error()));
        QSqlDatabase db = (*ws)->database();
        const qint64 maxPilot = count(db, u"SELECT max(id) FROM pilot"_s);
        QVERIFY(maxPilot >= 1);
        Pilot p;
        p.name = u"Made on the server"_s;
        auto id = PilotRepository(db).insert(p);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(*id, maxPilot + 1);
        // And imports into it go on from the copied events.
        const qint64 events = count(db, u"SELECT count(*) FROM event"_s);
        const QString csv = file(u"more.csv"_s);
        QVERIFY(
            Test::writeFile(csv, "learner,timestamp,course,event\nnewcomer,2026-10-01T09:00:00Z,New course,viewed\n"));
        Import::ImportProfile profile;
        profile.kind = Import::DataKind::Events;
        const Import::ImportResult r = Import::importFile(asEditor, csv, profile);
        QVERIFY2(r.committed, qPrintable(r.error));
        QCOMPARE(count(db, u"SELECT count(*) FROM event"_s), events + 1);
    }

    void serverRefusesNonEmptyTarget()
    {
        const QString url = newTeamWorkspace();
        QVERIFY(!url.isEmpty());
        {
            auto ws = Workspace::open(url);
            QVERIFY(ws);
            Pilot p;
            p.name = u"Already here"_s;
            QVERIFY(PilotRepository((*ws)->database()).insert(p));
            QSqlQuery q((*ws)->database());
            QVERIFY(q.exec(u"UPDATE program SET organisation = 'Someone'"_s));
        }
        const auto r = WorkspaceCopy::publish(m_demo, url);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"not empty"_s), qPrintable(r.error()));
        QVERIFY2(r.error().contains(u"pilot"_s) && r.error().contains(u"program"_s), qPrintable(r.error()));
        QVERIFY2(!r.error().contains(u"event"_s), qPrintable(r.error()));
        auto ws = Workspace::open(url, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        QCOMPARE(count((*ws)->database(), u"SELECT count(*) FROM pilot"_s), 1);
        QCOMPARE(count((*ws)->database(), u"SELECT count(*) FROM event"_s), 0);
    }

    void serverRefusesReaderAndUnsetDatabase()
    {
        const QString reader = m_server.newRole(u"reader"_s);
        const QString url = newTeamWorkspace({}, {reader});
        QVERIFY(!url.isEmpty());
        const auto asReader = WorkspaceCopy::publish(m_demo, m_server.urlOf(QUrl(url).path().mid(1), reader));
        QVERIFY(!asReader);
        QCOMPARE(asReader.error(), Dialect::readOnlyMessage());
        // A reader may download, though.
        const auto down =
            WorkspaceCopy::download(m_server.urlOf(QUrl(url).path().mid(1), reader), file(u"reader.uptake"_s), false);
        QVERIFY2(down, qPrintable(down.error()));

        const QString bare = m_server.newDatabase(); // no server-init: not a team workspace
        QVERIFY(!bare.isEmpty());
        const auto r = WorkspaceCopy::publish(m_demo, m_server.urlOf(bare));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"server-init"_s), qPrintable(r.error()));
    }

    // Cancel in the middle of the events: the server is left empty, and a second publish then succeeds.
    void serverCancelledPublishLeavesTargetEmpty()
    {
        const QString url = newTeamWorkspace();
        QVERIFY(!url.isEmpty());
        std::atomic_bool cancel = false;
        qint64 rowsWhenCancelled = -1;
        const auto r = WorkspaceCopy::publish(
            m_demo, url,
            [&](const WorkspaceCopy::Progress &p) {
                if (p.tableName == u"event"_s && p.rows > 0 && !cancel) {
                    rowsWhenCancelled = p.rows;
                    cancel = true;
                }
            },
            &cancel);
        QVERIFY(!r);
        QCOMPARE(r.error(), WorkspaceCopy::cancelledMessage());
        QVERIFY(rowsWhenCancelled > 0);
        {
            auto ws = Workspace::open(url, Workspace::Access::ReadOnly);
            QVERIFY(ws);
            const auto content = WorkspaceCopy::tablesWithContent((*ws)->database());
            QVERIFY(content);
            QCOMPARE(*content, QStringList());
        }
        const auto again = WorkspaceCopy::publish(m_demo, url);
        QVERIFY2(again, qPrintable(again.error()));
    }

    // A download that is cancelled, or fails halfway, leaves the file it was to replace as it was.
    void serverFailedDownloadKeepsExistingFile_data()
    {
        QTest::addColumn<bool>("cancelIt");
        QTest::addRow("cancelled") << true;
        QTest::addRow("refused halfway") << false;
    }
    void serverFailedDownloadKeepsExistingFile()
    {
        QFETCH(bool, cancelIt);
        const QString url = newTeamWorkspace();
        QVERIFY(!url.isEmpty());
        QVERIFY(WorkspaceCopy::publish(m_demo, url));
        QString source = url;
        if (!cancelIt) {
            // A row the server was made to accept behind Uptake's back (its CHECK dropped) that the file refuses:
            // the download fails late, after the events, in plan_action.
            QVERIFY(WorkspaceCopy::tableOrder().indexOf(u"plan_action"_s) >
                    WorkspaceCopy::tableOrder().indexOf(u"event"_s));
            {
                auto conn = Workspace::openConnection(url, u"tst-break"_s);
                QVERIFY(conn);
                QSqlQuery q(*conn);
                QVERIFY(q.exec(u"ALTER TABLE plan_action DROP CONSTRAINT plan_action_bucket_check"_s));
                QVERIFY(q.exec(
                    u"INSERT INTO plan_action (pilot_id, title, bucket) SELECT min(id), 'Broken', 45 FROM pilot"_s));
            }
            Workspace::closeConnection(u"tst-break"_s);
        }
        const QString existing = file(u"existing%1.uptake"_s.arg(++m_next));
        QVERIFY(QFile::copy(m_demo, existing));
        const QByteArray before = Test::fileHash(existing);
        const QStringList filesBefore = filesIn(m_dir.path());
        std::atomic_bool cancel = false;
        const auto r = WorkspaceCopy::download(
            source, existing, true,
            [&](const WorkspaceCopy::Progress &p) {
                if (cancelIt && p.tableName == u"event"_s && p.rows > 0)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!r);
        if (cancelIt)
            QCOMPARE(r.error(), WorkspaceCopy::cancelledMessage());
        else
            QVERIFY2(r.error().contains(u"plan_action"_s) && r.error().contains(u"CHECK"_s), qPrintable(r.error()));
        QCOMPARE(Test::fileHash(existing), before);
        QCOMPARE(filesIn(m_dir.path()), filesBefore);
    }

    void serverCommandLine()
    {
        if (!QFile::exists(qEnvironmentVariable("UPTAKE_BINARY")))
            QSKIP("UPTAKE_BINARY does not name the built uptake");
        const QString url = newTeamWorkspace();
        QVERIFY(!url.isEmpty());
        Run up = uptake({u"publish"_s, m_demo, url, u"--json"_s});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        const QJsonObject o = QJsonDocument::fromJson(up.out.toUtf8()).object();
        QCOMPARE(o.value(u"ok"_s).toBool(), true);
        QCOMPARE(o.value(u"command"_s).toString(), u"publish"_s);
        {
            auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
            QVERIFY(ws);
            QCOMPARE(o.value(u"tables"_s).toObject().value(u"event"_s).toInteger(),
                     count((*ws)->database(), u"SELECT count(*) FROM event"_s));
            QCOMPARE(o.value(u"tables"_s).toObject().value(u"pilot"_s).toInteger(),
                     count((*ws)->database(), u"SELECT count(*) FROM pilot"_s));
        }

        // Again into the same team workspace: refused, exit code 2, the reason on stderr, stdout clean.
        Run twice = uptake({u"publish"_s, m_demo, url});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(u"not empty"_s), qPrintable(twice.err));
        QCOMPARE(twice.out, QString());

        const QString copy = file(u"cli-copy.uptake"_s);
        Run down = uptake({u"download"_s, url, copy});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QVERIFY2(down.out.contains(u"Downloaded"_s), qPrintable(down.out));
        compareFiles(m_demo, copy);
        // Over an existing file only with --force.
        Run exists = uptake({u"download"_s, url, copy});
        QCOMPARE(exists.exitCode, 2);
        QVERIFY2(exists.err.contains(u"already exists"_s), qPrintable(exists.err));
        Run forced = uptake({u"download"_s, url, copy, u"--force"_s, u"--json"_s});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(QJsonDocument::fromJson(forced.out.toUtf8()).object().value(u"rows"_s).toInteger(),
                 o.value(u"rows"_s).toInteger());
    }

    void commandLineUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("publish without url") << QStringList{u"publish"_s, u"a.uptake"_s} << u"publish takes"_s;
        QTest::addRow("publish reversed")
            << QStringList{u"publish"_s, u"postgresql://u@h/db"_s, u"a.uptake"_s} << u"in that order"_s;
        QTest::addRow("download reversed")
            << QStringList{u"download"_s, u"a.uptake"_s, u"postgresql://u@h/db"_s} << u"in that order"_s;
        QTest::addRow("publish --force") << QStringList{u"publish"_s, u"--force"_s, u"a.uptake"_s,
                                                        u"postgresql://u@h/db"_s}
                                         << u"force"_s;
    }
    void commandLineUsage()
    {
        if (!QFile::exists(qEnvironmentVariable("UPTAKE_BINARY")))
            QSKIP("UPTAKE_BINARY does not name the built uptake");
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = uptake(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCopy)
#include "tst_workspacecopy.moc"
