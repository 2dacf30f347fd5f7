// The workspace: create, reopen, migrate, save a copy, and refuse files that are not workspaces. Runs on both back
// ends (tests/support/backendfixture.h); what only a file has (its bytes, its folder, PRAGMAs, SQLite's backup
// API, createAtVersion) is skipped on PostgreSQL.

#include "backendfixture.h"
#include "rawsql.h"
#include "storage/dialect.h"
#include "storage/pilotrepository.h"
#include "storage/schema.h"
#include "storage/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

using Uptake::Test::rawExec;

Pilot samplePilot(const QString &name)
{
    Pilot p;
    p.name = name;
    p.cohortDescription = u"Support agents in Leeds and Pune"_s;
    p.cohortFilter = u"department=Customer Support"_s;
    p.startDate = QDate(2026, 9, 14);
    p.durationWeeks = 6;
    p.status = Pilot::Status::Running;
    p.owner = u"Amira Haddad"_s;
    return p;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UPTAKE_INIT_BACKEND(m_backend);
    }
    void init() { m_backend.init(); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void createAndReopen()
    {
        const QString path = m_backend.location(u"new"_s);
        {
            auto ws = Workspace::create(path, QTimeZone("Asia/Kolkata"));
            QVERIFY2(ws, qPrintable(ws.error()));
            QCOMPARE((*ws)->schemaVersion(), Workspace::currentSchemaVersion());
            if (!m_backend.isPostgres())
                QCOMPARE((*ws)->displayName(), u"new"_s);
            else // "database (host)"
                QCOMPARE((*ws)->displayName(), u"%1 (%2)"_s.arg(QUrl(path).path().mid(1), QUrl(path).host()));
            QCOMPARE((*ws)->timeZone().id(), QByteArray("Asia/Kolkata"));
            PilotRepository repo((*ws)->database());
            QVERIFY(repo.saveProgram({u"Northwind"_s, u"Moodle"_s, u"Amira"_s}));
            QVERIFY(repo.insert(samplePilot(u"Support sprint"_s)));
        }
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE((*ws)->timeZone().id(), QByteArray("Asia/Kolkata"));
        PilotRepository repo((*ws)->database());
        QCOMPARE(repo.program()->organisation, u"Northwind"_s);
        QCOMPARE(repo.pilots()->size(), 1);
        QCOMPARE(repo.pilots()->first().name, u"Support sprint"_s);
        QVERIFY((*ws)->quickCheck().isEmpty());
        if (m_backend.isPostgres())
            return; // the rest is about SQLite's settings

        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void createRefusesExistingFileUnlessOverwriting()
    {
        if (m_backend.isPostgres()) {
            // A team workspace is only ever created in an empty database: one that holds a workspace is refused,
            // even when overwriting was asked for, and keeps what it holds.
            const QString url = m_backend.location(u"existing"_s);
            {
                auto ws = Workspace::create(url, QTimeZone::utc());
                QVERIFY2(ws, qPrintable(ws.error()));
                QVERIFY(PilotRepository((*ws)->database()).insert(samplePilot(u"Precious"_s)));
            }
            auto refused = Workspace::create(url, QTimeZone::utc(), true);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QUrl(url).path().mid(1)), qPrintable(refused.error()));
            auto ws = Workspace::open(url);
            QVERIFY2(ws, qPrintable(ws.error()));
            QCOMPARE(PilotRepository((*ws)->database()).pilots()->size(), 1);
            return;
        }
        const QString path = m_dir.filePath(u"existing.uptake"_s);
        QVERIFY(Test::writeFile(path, "precious"));
        auto refused = Workspace::create(path, QTimeZone::utc());
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"existing.uptake"_s));
        QCOMPARE(Test::fileHash(path), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
        auto replaced = Workspace::create(path, QTimeZone::utc(), true);
        QVERIFY2(replaced, qPrintable(replaced.error()));
    }

    void createInMissingFolderFails()
    {
        UPTAKE_SKIP_ON_POSTGRES(m_backend, "a folder that does not exist.");
        auto ws = Workspace::create(m_dir.filePath(u"no/such/folder/x.uptake"_s), QTimeZone::utc());
        QVERIFY(!ws);
        QVERIFY(ws.error().contains(u"does not exist"_s));
    }

    void refusesBadFiles_data()
    {
        UPTAKE_SKIP_ON_POSTGRES(m_backend, "the bytes of damaged and foreign files (tst_teamworkspace checks a "
                                           "changed server schema).");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("sql"); // applied to a fresh workspace or SQLite file when content is empty
        QTest::addColumn<QString>("expected");

        QTest::addRow("empty file") << QByteArray() << QString() << u"not an SQLite database"_s;
        QTest::addRow("text file") << QByteArray("learner,timestamp\n1,2023-01-01\n") << QString()
                                   << u"not an SQLite database"_s;
        QTest::addRow("binary garbage") << QByteArray(4096, '\xA7') << QString() << u"not an SQLite database"_s;
        QTest::addRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") << QString()
                             << u"not an SQLite database"_s;
        QTest::addRow("other application's database")
            << QByteArray("sqlite") << u"CREATE TABLE t (x); INSERT INTO t VALUES (1);"_s << u"another application"_s;
        QTest::addRow("newer uptake") << QByteArray("workspace") << u"PRAGMA user_version = 99;"_s
                                      << u"newer version of Uptake"_s;
        QTest::addRow("foreign trigger")
            << QByteArray("workspace") << u"CREATE TRIGGER evil AFTER INSERT ON pilot BEGIN DELETE FROM program; END;"_s
            << u"triggers"_s;
        QTest::addRow("foreign view") << QByteArray("workspace") << u"CREATE VIEW v AS SELECT * FROM pilot;"_s
                                      << u"views"_s;
        QTest::addRow("missing table") << QByteArray("workspace") << u"DROP TABLE pilot;"_s << u"damaged"_s;
        QTest::addRow("trigger that writes")
            << QByteArray("workspace")
            << u"CREATE TRIGGER t AFTER UPDATE ON meta BEGIN INSERT INTO pilot (name) VALUES ('x'); END;"_s
            << u"triggers Uptake did not create, which could run code of unknown origin (t)"_s;
        QTest::addRow("missing column") << QByteArray("workspace") << u"ALTER TABLE pilot DROP COLUMN owner;"_s
                                        << u"in table pilot column owner is missing"_s;
        QTest::addRow("extra column") << QByteArray("workspace") << u"ALTER TABLE learner ADD COLUMN salary REAL;"_s
                                      << u"in table learner column salary is unknown"_s;
        QTest::addRow("changed column") << QByteArray("workspace")
                                        << u"ALTER TABLE pilot RENAME COLUMN owner TO ownr;"_s
                                        << u"column owner is missing, column ownr is unknown"_s;
        QTest::addRow("column of another type")
            << QByteArray("workspace")
            << u"ALTER TABLE pilot DROP COLUMN owner; ALTER TABLE pilot ADD COLUMN owner BLOB;"_s
            << u"in table pilot column owner is not defined as Uptake defines it"_s;
        QTest::addRow("changed index") << QByteArray("workspace")
                                       << u"DROP INDEX event_identity; CREATE UNIQUE INDEX event_identity ON event "
                                          "(fingerprint, occurrence, ts);"_s
                                       << u"indexes differ from Uptake's (event_identity)"_s;
        QTest::addRow("foreign index") << QByteArray("workspace") << u"CREATE INDEX sneaky ON learner (lower(name));"_s
                                       << u"indexes Uptake did not create (sneaky)"_s;
        QTest::addRow("missing index") << QByteArray("workspace") << u"DROP INDEX event_identity;"_s
                                       << u"indexes are missing (event_identity)"_s;
        QTest::addRow("virtual table") << QByteArray("workspace") << u"CREATE VIRTUAL TABLE notes USING fts5(body);"_s
                                       << u"virtual tables Uptake did not create (notes)"_s;
        QTest::addRow("unknown table is ignored, but not with a view")
            << QByteArray("workspace") << u"CREATE TABLE my_notes (x); CREATE VIEW w AS SELECT 1;"_s
            << u"views Uptake did not create, which could run code of unknown origin (w)"_s;
        QTest::addRow("newer schema version inside")
            << QByteArray("workspace") << u"PRAGMA user_version = %1;"_s.arg(Schema::CurrentVersion + 1)
            << u"newer version"_s;
        QTest::addRow("truncated") << QByteArray("truncate") << QString() << u"damaged"_s;
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString path =
            m_dir.filePath(u"bad-%1.uptake"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile::remove(path);
        if (content == "sqlite") {
            QVERIFY(rawExec(path, sql.toUtf8().constData()));
        } else if (content == "workspace" || content == "truncate") {
            QVERIFY(Workspace::createAtVersion(path, Workspace::currentSchemaVersion(), QTimeZone::utc()));
            if (!sql.isEmpty())
                QVERIFY(rawExec(path, sql.toUtf8().constData()));
            if (content == "truncate") {
                // Keep the header, lose the pages behind it: a half-copied file.
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const QByteArray head = f.read(100);
                QVERIFY(f.resize(0));
                f.seek(0);
                f.write(head + QByteArray(8192 - 100, '\0'));
            }
        } else {
            QVERIFY(Test::writeFile(path, content));
        }
        const QByteArray before = Test::fileHash(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(expected), qPrintable(ws.error()));
        QVERIFY2(ws.error().contains(QDir::toNativeSeparators(path)), qPrintable(ws.error()));
        // Nothing on disk changed: same bytes, no journal or WAL left behind.
        QCOMPARE(Test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-journal"_s));
    }

    void refusesMissingFileAndFolder()
    {
        UPTAKE_SKIP_ON_POSTGRES(m_backend, "a missing file, a folder.");
        auto missing = Workspace::open(m_dir.filePath(u"nope.uptake"_s));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(u"does not exist"_s));
        auto folder = Workspace::open(m_dir.path());
        QVERIFY(!folder);
        QVERIFY(folder.error().contains(u"folder"_s));
    }

    void upgradesEveryEarlierVersion_data()
    {
        UPTAKE_SKIP_ON_POSTGRES(m_backend, "createAtVersion writes older schema versions as files, and the upgrade "
                                           "keeps a backup copy of the file.");
        QTest::addColumn<int>("version");
        for (int v = 1; v < Workspace::currentSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(u"old-v%1.uptake"_s.arg(version));
        QFile::remove(path);
        QVERIFY(Workspace::createAtVersion(path, version, QTimeZone("Europe/Berlin")));
        // Every version has had pilots: store one the way that version would have.
        QVERIFY(rawExec(path, "INSERT INTO pilot (name, start_date, duration_weeks, status) "
                              "VALUES ('Legacy pilot', '2025-01-06', 8, 'finished');"
                              "UPDATE program SET organisation = 'Old Org';"));
        const QByteArray before = Test::fileHash(path);
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE((*ws)->schemaVersion(), Workspace::currentSchemaVersion());
        PilotRepository repo((*ws)->database());
        QCOMPARE(repo.program()->organisation, u"Old Org"_s);
        const auto pilot = repo.pilotByName(u"legacy PILOT"_s);
        QVERIFY(pilot);
        QCOMPARE(pilot->durationWeeks, 8);
        QCOMPARE(pilot->status, Pilot::Status::Finished);
        QCOMPARE(pilot->startDate, QDate(2025, 1, 6));
        // Since version 6 every row people edit carries a row version: an old one starts at 1, changed by nobody.
        QCOMPARE(pilot->rowVersion.value, 1);
        {
            QSqlQuery stamp((*ws)->database());
            QVERIFY(stamp.exec(u"SELECT row_version, updated_by, updated_at FROM pilot"_s) && stamp.next());
            QCOMPARE(stamp.value(0).toLongLong(), 1);
            QCOMPARE(stamp.value(1).toString(), QString());
            QCOMPARE(stamp.value(2).toString(), QString());
        }
        // The file as it was is kept beside it.
        QVERIFY(!(*ws)->migrationBackupPath().isEmpty());
        // A consistent copy of the old file, still at the old version, holding the old data.
        QCOMPARE(Workspace::readHeader((*ws)->migrationBackupPath())->userVersion, version);
        {
            auto old =
                Workspace::openConnection((*ws)->migrationBackupPath(), u"old-copy"_s, Workspace::Access::ReadOnly);
            QVERIFY(old);
            QSqlQuery pilots(*old);
            QVERIFY(pilots.exec(u"SELECT name FROM pilot"_s) && pilots.next());
            QCOMPARE(pilots.value(0).toString(), u"Legacy pilot"_s);
        }
        Workspace::closeConnection(u"old-copy"_s);
        QVERIFY(Test::fileHash(path) != before); // the workspace itself was upgraded
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM event"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Version 5 looks events up by (ts, fingerprint, occurrence): the rows of a version 4 file keep their
    // identities, and the same event still cannot be stored twice.
    void eventIdentityIsTimeFirstAfterUpgrade()
    {
        const QString path = m_dir.filePath(u"v4-events.uptake"_s);
        QFile::remove(path);
        QVERIFY(Workspace::createAtVersion(path, 4, QTimeZone::utc()));
        QVERIFY(rawExec(path, "INSERT INTO learner (id, external_id) VALUES (1, 'E1');"
                              "INSERT INTO event (batch_id, learner_id, ts, day, kind, fingerprint, occurrence) VALUES "
                              "(1, 1, 1000, 0, 3, 77, 1), (1, 1, 1000, 0, 3, 77, 2), (1, 1, 2000, 0, 5, 78, 1);"));
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(u"SELECT name FROM pragma_index_info('event_identity') ORDER BY seqno"_s));
        QStringList columns;
        while (q.next())
            columns << q.value(0).toString();
        QCOMPARE(columns, (QStringList{u"ts"_s, u"fingerprint"_s, u"occurrence"_s}));
        QVERIFY(q.exec(u"SELECT count(*) FROM event"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // The same identity again is refused; a new occurrence is not.
        QVERIFY(!q.exec(u"INSERT INTO event (batch_id, learner_id, ts, day, kind, fingerprint, occurrence) "
                        "VALUES (2, 1, 1000, 0, 3, 77, 2)"_s));
        QVERIFY(q.exec(u"INSERT INTO event (batch_id, learner_id, ts, day, kind, fingerprint, occurrence) "
                       "VALUES (2, 1, 1000, 0, 3, 77, 3)"_s));
    }

    void readOnlyRefusesWrites()
    {
        const QString path = m_backend.location(u"ro"_s);
        QVERIFY(Workspace::create(path, QTimeZone::utc(), true));
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY2(ws, qPrintable(ws.error()));
        QVERIFY((*ws)->isReadOnly());
        PilotRepository repo((*ws)->database());
        const auto refused = repo.insert(samplePilot(u"Nope"_s));
        QVERIFY(!refused);
        if (m_backend.isPostgres()) // the server refuses it, and Uptake says why
            QVERIFY2(refused.error().contains(Dialect::openedReadOnlyMessage()), qPrintable(refused.error()));
        QVERIFY(!(*ws)->setTimeZone(QTimeZone("Europe/Paris")));
        QCOMPARE(PilotRepository((*ws)->database()).pilots()->size(), 0);
    }

    void saveAsWritesConsistentCopy()
    {
        UPTAKE_SKIP_ON_POSTGRES(m_backend, "Save As copies the file through SQLite's backup API.");
        const QString path = m_dir.filePath(u"source.uptake"_s);
        const QString copy = m_dir.filePath(u"copy.uptake"_s);
        auto ws = Workspace::create(path, QTimeZone::utc(), true);
        QVERIFY(ws);
        PilotRepository repo((*ws)->database());
        QVERIFY(repo.insert(samplePilot(u"Copied"_s)));
        QVERIFY(Test::writeFile(copy, "old content"));
        const Status s = (*ws)->saveAs(copy);
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(!QFile::exists(copy + u".saving"_s));
        auto reopened = Workspace::open(copy);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(PilotRepository((*reopened)->database()).pilots()->first().name, u"Copied"_s);
        // The original is still open and usable.
        QVERIFY(repo.insert(samplePilot(u"After copy"_s)));
    }

    void saveAsFailureLeavesOldFileIntact()
    {
        UPTAKE_SKIP_ON_POSTGRES(m_backend, "Save As copies the file through SQLite's backup API.");
        const QString path = m_dir.filePath(u"source2.uptake"_s);
        auto ws = Workspace::create(path, QTimeZone::utc(), true);
        QVERIFY(ws);
        const Status missingFolder = (*ws)->saveAs(m_dir.filePath(u"missing/copy.uptake"_s));
        QVERIFY(!missingFolder);
        QVERIFY(missingFolder.error().contains(u"copy.uptake"_s));
        const Status itself = (*ws)->saveAs(path);
        QVERIFY(!itself);
        QVERIFY((*ws)->quickCheck().isEmpty());
    }

    void pilotValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty name") << u"   "_s << 6 << u"needs a name"_s;
        QTest::addRow("duplicate, other case") << u"support SPRINT"_s << 6 << u"already a pilot"_s;
        QTest::addRow("zero weeks") << u"Zero"_s << 0 << u"between 1 and 104"_s;
        QTest::addRow("sql metacharacters are data") << u"x'); DROP TABLE pilot; --"_s << 6 << QString();
    }

    void pilotValidation()
    {
        QFETCH(QString, name);
        QFETCH(int, weeks);
        QFETCH(QString, expected);
        const QString path = m_backend.location(u"validation"_s);
        auto ws = Workspace::create(path, QTimeZone::utc(), true);
        QVERIFY(ws);
        PilotRepository repo((*ws)->database());
        QVERIFY(repo.insert(samplePilot(u"Support sprint"_s)));
        Pilot p = samplePilot(name);
        p.durationWeeks = weeks;
        const auto id = repo.insert(p);
        if (expected.isEmpty()) {
            QVERIFY2(id, qPrintable(id.error()));
            QCOMPARE(repo.pilot(*id)->name, name);
            QCOMPARE(repo.pilots()->size(), 2);
        } else {
            QVERIFY(!id);
            QVERIFY2(id.error().contains(expected), qPrintable(id.error()));
        }
    }

    void timeZoneChanges()
    {
        const QString path = m_backend.location(u"tz"_s);
        {
            auto ws = Workspace::create(path, QTimeZone::utc(), true);
            QVERIFY(ws);
            QVERIFY((*ws)->setTimeZone(QTimeZone("America/Sao_Paulo")));
            QVERIFY(!(*ws)->setTimeZone(QTimeZone("Not/AZone")));
        }
        auto ws = Workspace::open(path);
        QCOMPARE((*ws)->timeZone().id(), QByteArray("America/Sao_Paulo"));
    }

private:
    QTemporaryDir m_dir;
    Test::BackendFixture m_backend;
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
