// Row versions and edit conflicts (schema version 6) on both back ends: two connections that read the same item
// and both save it (the second is refused with a conflict carrying the first one's values), delete against update,
// undo and redo against someone else's edit, each choice of the conflict resolver, and N clients editing the same
// few items while imports run. The PostgreSQL rows need UPTAKE_TEST_PG_URL (scripts/test starts a server).

#include "editing/journeycommands.h"
#include "editing/pilotcommands.h"
#include "import/importer.h"
#include "storage/dialect.h"
#include "storage/journeyrepository.h"
#include "storage/pilotrepository.h"
#include "storage/targetrepository.h"
#include "storage/workspace.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>
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

const ConflictField *field(const Conflict &c, const QString &label)
{
    for (const ConflictField &f : c.fields)
        if (f.label == label)
            return &f;
    return nullptr;
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_adminUrl;
    QStringList m_databases;
    int m_next = 0;
    static constexpr auto Admin = "tst-conflicts-admin";

    QString freshLocation(const QString &backend)
    {
        if (backend == u"sqlite"_s)
            return m_dir.filePath(u"ws%1.uptake"_s.arg(++m_next));
        const QString name = u"uptake_c%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_next);
        QSqlQuery q(QSqlDatabase::database(QString::fromLatin1(Admin)));
        if (!q.exec(u"CREATE DATABASE %1"_s.arg(name)))
            return {};
        m_databases.append(name);
        QUrl url(m_adminUrl);
        url.setPath(u'/' + name);
        return url.toString();
    }

    void addBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    /// A new workspace with one pilot "North" (id returned in *pilotId) and one interview of it.
    std::unique_ptr<Workspace> seeded(const QString &location, qint64 *pilotId, qint64 *interviewId)
    {
        auto ws = Workspace::create(location, QTimeZone::utc());
        if (!ws) {
            qWarning("%s", qPrintable(ws.error()));
            return nullptr;
        }
        Pilot p;
        p.name = u"North"_s;
        p.owner = u"Ana"_s;
        *pilotId = PilotRepository((*ws)->database()).insert(p).value();
        Interview i;
        i.pilotId = *pilotId;
        i.name = u"Sam Lee"_s;
        i.notes = u"first notes"_s;
        *interviewId = JourneyRepository((*ws)->database()).save(i).value();
        return std::move(*ws);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_adminUrl = qEnvironmentVariable("UPTAKE_TEST_PG_URL");
        if (m_adminUrl.isEmpty())
            return;
        auto db = Workspace::openConnection(m_adminUrl, QString::fromLatin1(Admin));
        QVERIFY2(db, qPrintable(db.error()));
    }

    void init()
    {
        if (QByteArray(QTest::currentDataTag()).startsWith("postgresql") && m_adminUrl.isEmpty())
            QSKIP("UPTAKE_TEST_PG_URL is not set: no PostgreSQL server (scripts/pg-test-cluster starts one).");
        // A refused write inside a server transaction must not leave its statement behind (Dialect::retire).
        QTest::failOnWarning(QRegularExpression(u"^Unable to free statement"_s));
    }

    void cleanupTestCase()
    {
        if (m_adminUrl.isEmpty())
            return;
        QSqlQuery q(QSqlDatabase::database(QString::fromLatin1(Admin)));
        for (const QString &db : std::as_const(m_databases))
            q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(db));
        Workspace::closeConnection(QString::fromLatin1(Admin));
    }

    /// Row versions came with schema version 6 (Migration6): every workspace from before gets them on opening.
    void olderWorkspaceGetsRowVersions_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("version");
        QTest::newRow("sqlite from v4") << u"sqlite"_s << 4;
        QTest::newRow("sqlite from v5") << u"sqlite"_s << 5;
        QTest::newRow("postgresql from v5") << u"postgresql"_s << 5;
    }
    void olderWorkspaceGetsRowVersions()
    {
        QFETCH(QString, backend);
        QFETCH(int, version);
        const QString location = freshLocation(backend);
        QVERIFY(!location.isEmpty());
        if (backend == u"sqlite"_s) {
            QVERIFY(Workspace::createAtVersion(location, version, QTimeZone::utc()));
        } else {
            // A team workspace as server-init made it at that version: the same migrations, translated.
            QString script = u"BEGIN;\n"_s + Dialect::postgresPreamble();
            for (int v = 1; v <= version; ++v)
                script += Dialect::migrationSql(Dialect::Backend::PostgreSQL, v) + u";\n"_s;
            script += u"INSERT INTO meta (key, value) VALUES ('%1', '%2'), ('timezone', 'UTC');\nCOMMIT;"_s
                          .arg(QString::fromUtf8(Dialect::SchemaVersionKey))
                          .arg(version);
            auto db = Workspace::openConnection(location, u"old-server"_s);
            QVERIFY2(db, qPrintable(db.error()));
            const Status made = Dialect::execScript(*db, script);
            QVERIFY2(made, qPrintable(made.error()));
        }
        {
            auto old = Workspace::openConnection(location, u"old"_s);
            QVERIFY(old);
            QSqlQuery q(*old);
            QCOMPARE(Dialect::schemaVersion(*old), version);
            QVERIFY2(q.exec(u"INSERT INTO pilot (id, name) VALUES (3, 'Old pilot')"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO interview (id, pilot_id, name) VALUES (8, 3, 'Old interview')"_s));
            QVERIFY(!q.exec(u"SELECT row_version FROM pilot"_s)); // not there yet
        }
        Workspace::closeConnection(u"old"_s);
        Workspace::closeConnection(u"old-server"_s);
        auto ws = Workspace::open(location);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE((*ws)->schemaVersion(), Workspace::currentSchemaVersion());
        PilotRepository pilots((*ws)->database());
        Pilot p = pilots.pilot(3).value();
        QCOMPARE(p.rowVersion.value, 1); // every existing row starts at version 1, changed by nobody yet
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(u"SELECT updated_by, updated_at FROM pilot WHERE id = 3"_s) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), QString());
        q.finish();
        p.owner = u"Kim"_s;
        QVERIFY(pilots.update(p));
        QCOMPARE(pilots.pilot(3)->rowVersion.value, 2);
        const auto again = pilots.update(p); // still version 1: someone (this very test) saved since
        QVERIFY(!again);
        QVERIFY(again.isConflict());
        Interview i;
        i.id = 8;
        auto stored = JourneyRepository((*ws)->database()).find(i);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->rowVersion.value, 1);
    }

    void secondSaveOfTheSameVersionConflicts_data() { addBackends(); }
    void secondSaveOfTheSameVersionConflicts()
    {
        QFETCH(QString, backend);
        const QString location = freshLocation(backend);
        qint64 pilotId = 0, interviewId = 0;
        auto ws = seeded(location, &pilotId, &interviewId);
        QVERIFY(ws);
        {
            auto a = Workspace::openConnection(location, u"client-a"_s);
            auto b = Workspace::openConnection(location, u"client-b"_s);
            QVERIFY(a && b);
            {
                // Both read the pilot at version 1; A saves first.
                Pilot mineA = PilotRepository(*a).pilot(pilotId).value();
                Pilot mineB = PilotRepository(*b).pilot(pilotId).value();
                QCOMPARE(mineA.rowVersion.value, 1);
                mineA.owner = u"Ana Ruiz"_s;
                mineB.owner = u"Ben Okafor"_s;
                mineB.durationWeeks = 8;
                QVERIFY(PilotRepository(*a).update(mineA));
                const Status refused = PilotRepository(*b).update(mineB);
                QVERIFY(!refused);
                QVERIFY(refused.isConflict());
                const Conflict &c = refused.conflict();
                QVERIFY(c.kind == Conflict::Kind::Changed);
                QCOMPARE(c.table, u"pilot"_s);
                QCOMPARE(c.readVersion, 1);
                QCOMPARE(c.storedVersion, 2);
                QVERIFY(!c.updatedBy.isEmpty());
                QVERIFY(c.updatedAt.isValid());
                QVERIFY(qAbs(c.updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
                const ConflictField *owner = field(c, u"Owner"_s);
                QVERIFY(owner);
                QCOMPARE(owner->theirs, u"Ana Ruiz"_s);
                QCOMPARE(owner->mine, u"Ben Okafor"_s);
                const ConflictField *weeks = field(c, u"Duration (weeks)"_s);
                QVERIFY(weeks);
                QCOMPARE(weeks->theirs, u"6"_s);
                QCOMPARE(weeks->mine, u"8"_s);
                QVERIFY(!field(c, u"Name"_s)->differs());
                // Nothing of B's was stored: the stored pilot is A's.
                const Pilot stored = PilotRepository(*b).pilot(pilotId).value();
                QCOMPARE(stored.owner, u"Ana Ruiz"_s);
                QCOMPARE(stored.durationWeeks, 6);
                QCOMPARE(stored.rowVersion.value, 2);
                // B re-reads (version 2) and saves: now it goes through.
                Pilot again = stored;
                again.owner = u"Ben Okafor"_s;
                QVERIFY(PilotRepository(*b).update(again));
                QCOMPARE(PilotRepository(*a).pilot(pilotId)->rowVersion.value, 3);
            }
            {
                // The same for a journey item, whose save is an upsert with links.
                JourneyRepository ra(*a), rb(*b);
                Interview key;
                key.id = interviewId;
                Interview ia = ra.find(key)->value();
                Interview ib = rb.find(key)->value();
                ia.notes = u"A's notes"_s;
                ib.notes = u"B's notes"_s;
                QVERIFY(ra.save(ia));
                const auto refused = rb.save(ib);
                QVERIFY(refused.isConflict());
                QCOMPARE(refused.conflict().storedVersion, 2);
                QCOMPARE(field(refused.conflict(), u"Notes"_s)->theirs, u"A's notes"_s);
                QCOMPARE(field(refused.conflict(), u"Notes"_s)->mine, u"B's notes"_s);
                QCOMPARE(rb.find(key)->value().notes, u"A's notes"_s);
            }
            {
                // And a KPI target.
                PilotKpi k;
                k.pilotId = pilotId;
                k.kpi = u"active_rate"_s;
                k.target30 = 0.4;
                const qint64 id = TargetRepository(*a).saveKpi(k).value();
                PilotKpi ka = TargetRepository(*a).kpi(id).value();
                PilotKpi kb = TargetRepository(*b).kpi(id).value();
                ka.target30 = 0.5;
                kb.target30 = 0.6;
                QVERIFY(TargetRepository(*a).saveKpi(ka));
                const auto refused = TargetRepository(*b).saveKpi(kb);
                QVERIFY(refused.isConflict());
                QCOMPARE(TargetRepository(*b).kpi(id)->target30, 0.5);
            }
        }
        Workspace::closeConnection(u"client-a"_s);
        Workspace::closeConnection(u"client-b"_s);
    }

    void deleteAgainstUpdate_data() { addBackends(); }
    void deleteAgainstUpdate()
    {
        QFETCH(QString, backend);
        const QString location = freshLocation(backend);
        qint64 pilotId = 0, interviewId = 0;
        auto ws = seeded(location, &pilotId, &interviewId);
        QVERIFY(ws);
        {
            auto a = Workspace::openConnection(location, u"client-a"_s);
            auto b = Workspace::openConnection(location, u"client-b"_s);
            QVERIFY(a && b);
            {
                JourneyRepository ra(*a), rb(*b);
                Interview key;
                key.id = interviewId;
                // A deletes what B is editing: B's save is refused as Deleted, and nothing comes back.
                const Interview ia = ra.find(key)->value();
                Interview ib = rb.find(key)->value();
                QVERIFY(ra.remove(ia));
                ib.notes = u"B's notes"_s;
                const auto refused = rb.save(ib);
                QVERIFY(refused.isConflict());
                QVERIFY(refused.conflict().kind == Conflict::Kind::Deleted);
                QCOMPARE(refused.conflict().storedVersion, 0);
                QCOMPARE(field(refused.conflict(), u"Notes"_s)->mine, u"B's notes"_s);
                QVERIFY(!rb.find(key)->has_value());
                // Deleting what someone else deleted already is no conflict: both wanted it gone.
                QVERIFY(rb.remove(ib));
            }
            {
                // A updates what B deletes from an older read: B's delete is refused as Changed; the pilot stays.
                Pilot pa = PilotRepository(*a).pilot(pilotId).value();
                const Pilot pb = PilotRepository(*b).pilot(pilotId).value();
                pa.owner = u"Ana Ruiz"_s;
                QVERIFY(PilotRepository(*a).update(pa));
                const Status refused = PilotRepository(*b).remove(pb.id, pb.rowVersion.value);
                QVERIFY(refused.isConflict());
                QVERIFY(refused.conflict().kind == Conflict::Kind::Changed);
                QCOMPARE(field(refused.conflict(), u"Owner"_s)->theirs, u"Ana Ruiz"_s);
                QCOMPARE(count(*a, u"SELECT count(*) FROM pilot"_s), 1);
            }
        }
        Workspace::closeConnection(u"client-a"_s);
        Workspace::closeConnection(u"client-b"_s);
    }

    void editChoice_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("choiceValue");
        QTest::addColumn<bool>("returnsOk");
        QTest::addColumn<QString>("storedOwner");
        QTest::addColumn<int>("undoSteps");
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            const QByteArray b = backend.toUtf8();
            QTest::addRow("%s keep theirs", b.constData())
                << backend << int(ConflictChoice::KeepTheirs) << true << u"Their owner"_s << 0;
            QTest::addRow("%s overwrite", b.constData())
                << backend << int(ConflictChoice::Overwrite) << true << u"My owner"_s << 1;
            QTest::addRow("%s cancel", b.constData())
                << backend << int(ConflictChoice::Cancel) << false << u"Their owner"_s << 0;
        }
    }
    void editChoice()
    {
        QFETCH(QString, backend);
        QFETCH(int, choiceValue);
        const auto choice = ConflictChoice(choiceValue);
        QFETCH(bool, returnsOk);
        QFETCH(QString, storedOwner);
        QFETCH(int, undoSteps);
        const QString location = freshLocation(backend);
        qint64 pilotId = 0, interviewId = 0;
        auto ws = seeded(location, &pilotId, &interviewId);
        QVERIFY(ws);
        QList<Conflict> asked;
        ws->setConflictResolver([&](const Conflict &c, Workspace::ConflictContext context) {
            asked.append(c);
            return context == Workspace::ConflictContext::Edit ? choice : ConflictChoice::KeepTheirs;
        });
        QUndoStack stack;
        Pilot mine = PilotRepository(ws->database()).pilot(pilotId).value(); // the form opens
        QSqlDatabase other = Workspace::openConnection(location, u"other"_s).value();
        Pilot theirs = PilotRepository(other).pilot(pilotId).value();
        theirs.owner = u"Their owner"_s;
        QVERIFY(PilotRepository(other).update(theirs));
        mine.owner = u"My owner"_s;
        const Status s = Editing::editPilot(stack, *ws, mine);
        QCOMPARE(bool(s), returnsOk);
        QCOMPARE(s.isConflict(), !returnsOk);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(field(asked.first(), u"Owner"_s)->theirs, u"Their owner"_s);
        QCOMPARE(field(asked.first(), u"Owner"_s)->mine, u"My owner"_s);
        QCOMPARE(PilotRepository(other).pilot(pilotId)->owner, storedOwner);
        QCOMPARE(stack.count(), undoSteps);
        if (undoSteps == 1) {
            // Undoing the overwrite brings back theirs (what was stored when I overwrote it), not the original.
            stack.undo();
            QCOMPARE(PilotRepository(other).pilot(pilotId)->owner, u"Their owner"_s);
            QCOMPARE(asked.size(), 1);
        }
        other = QSqlDatabase();
        Workspace::closeConnection(u"other"_s);
    }

    void undoAgainstOthersEdit_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("choiceValue");
        QTest::addColumn<QString>("storedNotes");
        QTest::addColumn<int>("stepsLeft");
        QTest::addColumn<int>("index");
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            const QByteArray b = backend.toUtf8();
            // Keep theirs: their notes stay and the step is dropped from the history.
            QTest::addRow("%s keep theirs", b.constData())
                << backend << int(ConflictChoice::KeepTheirs) << u"their notes"_s << 0 << 0;
            // Overwrite: the undo is applied over theirs; the step can be redone.
            QTest::addRow("%s overwrite", b.constData())
                << backend << int(ConflictChoice::Overwrite) << u"first notes"_s << 1 << 0;
            // Cancel cannot leave a step half undone: it counts as keeping theirs.
            QTest::addRow("%s cancel", b.constData())
                << backend << int(ConflictChoice::Cancel) << u"their notes"_s << 0 << 0;
        }
    }
    void undoAgainstOthersEdit()
    {
        QFETCH(QString, backend);
        QFETCH(int, choiceValue);
        const auto choice = ConflictChoice(choiceValue);
        QFETCH(QString, storedNotes);
        QFETCH(int, stepsLeft);
        QFETCH(int, index);
        const QString location = freshLocation(backend);
        qint64 pilotId = 0, interviewId = 0;
        auto ws = seeded(location, &pilotId, &interviewId);
        QVERIFY(ws);
        QList<Workspace::ConflictContext> contexts;
        ws->setConflictResolver([&](const Conflict &, Workspace::ConflictContext context) {
            contexts.append(context);
            return choice;
        });
        QUndoStack stack;
        Interview key;
        key.id = interviewId;
        Interview mine = JourneyRepository(ws->database()).find(key)->value();
        mine.notes = u"my notes"_s;
        QVERIFY(Editing::editItem(stack, *ws, mine));
        QCOMPARE(stack.count(), 1);
        QSqlDatabase other = Workspace::openConnection(location, u"other"_s).value();
        Interview theirs = JourneyRepository(other).find(key)->value();
        QCOMPARE(theirs.notes, u"my notes"_s);
        QCOMPARE(theirs.rowVersion.value, 2);
        theirs.notes = u"their notes"_s;
        QVERIFY(JourneyRepository(other).save(theirs));

        stack.undo();
        QCOMPARE(contexts.size(), 1);
        QVERIFY(contexts.first() == Workspace::ConflictContext::UndoRedo);
        QCOMPARE(JourneyRepository(other).find(key)->value().notes, storedNotes);
        QCOMPARE(stack.count(), stepsLeft);
        QCOMPARE(stack.index(), index);
        if (stepsLeft == 1) {
            // Redo after the overwrite: nobody changed it since, so no question; my notes are back.
            stack.redo();
            QCOMPARE(contexts.size(), 1);
            QCOMPARE(JourneyRepository(other).find(key)->value().notes, u"my notes"_s);
        }
        other = QSqlDatabase();
        Workspace::closeConnection(u"other"_s);
    }

    void undoOfDeleteAgainstReAdd()
    {
        // Undoing the delete of a course from the scope after someone else put it back: Exists, not a silent
        // overwrite of their note.
        const QString location = freshLocation(u"sqlite"_s);
        qint64 pilotId = 0, interviewId = 0;
        auto ws = seeded(location, &pilotId, &interviewId);
        QVERIFY(ws);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(u"INSERT INTO course (id, name) VALUES (5, 'Safety basics')"_s));
        QList<Conflict> asked;
        ws->setConflictResolver([&](const Conflict &c, Workspace::ConflictContext) {
            asked.append(c);
            return ConflictChoice::KeepTheirs;
        });
        QUndoStack stack;
        ScopeCourse scope;
        scope.pilotId = pilotId;
        scope.courseId = 5;
        scope.note = u"mine"_s;
        QVERIFY(Editing::addItem(stack, *ws, scope));
        QVERIFY(Editing::removeItem(stack, *ws, JourneyRepository(ws->database()).find(scope)->value()));
        QSqlDatabase other = Workspace::openConnection(location, u"other"_s).value();
        ScopeCourse theirs = scope;
        theirs.note = u"theirs"_s;
        QVERIFY(JourneyRepository(other).save(theirs));
        stack.undo();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().kind == Conflict::Kind::Exists);
        QCOMPARE(JourneyRepository(other).find(scope)->value().note, u"theirs"_s);
        QCOMPARE(stack.count(), 1); // the delete step is gone; the add remains
        other = QSqlDatabase();
        Workspace::closeConnection(u"other"_s);
    }

    void clientsEditingAndImportingAtOnce_data() { addBackends(); }
    void clientsEditingAndImportingAtOnce()
    {
        QFETCH(QString, backend);
        const QString location = freshLocation(backend);
        QVERIFY(!location.isEmpty());
        qint64 pilotId = 0, interviewId = 0;
        {
            auto ws = seeded(location, &pilotId, &interviewId);
            QVERIFY(ws);
            Pilot second;
            second.name = u"South"_s;
            QVERIFY(PilotRepository(ws->database()).insert(second));
        }
        const qint64 southId = pilotId + 1;
        QStringList files;
        for (int f = 0; f < 2; ++f) {
            QByteArray csv = "learner,timestamp,course,event\n";
            for (int i = 0; i < 200; ++i)
                csv += u"f%1u%2,2026-04-%3T10:%4:00Z,C%5,viewed\n"_s.arg(f)
                           .arg(i % 10)
                           .arg(6 + i % 5, 2, 10, QChar(u'0'))
                           .arg(i % 60, 2, 10, QChar(u'0'))
                           .arg(i % 3)
                           .toUtf8();
            const QString path = m_dir.filePath(u"c%1-%2.csv"_s.arg(m_next).arg(f));
            Test::writeFile(path, csv);
            files << path;
        }

        // Each editor thread makes Ops saves, each of one of three items (two pilots' owner, an interview's
        // notes), always from a fresh read; a save refused with a conflict is a lost race and is not retried.
        constexpr int Editors = 4;
        constexpr int Ops = 30;
        struct Save
        {
            int item;
            qint64 version; ///< the version the save created
            QString value;
        };
        QMutex mutex;
        QList<Save> saves;
        int conflicts = 0;
        QStringList errors;
        auto record = [&](auto f) {
            QMutexLocker lock(&mutex);
            f();
        };
        QList<QThread *> threads;
        for (int e = 0; e < Editors; ++e) {
            threads << QThread::create([&, e] {
                const QString name = u"editor-%1"_s.arg(e);
                {
                    auto db = Workspace::openConnection(location, name);
                    if (!db)
                        return record([&] { errors << db.error(); });
                    for (int op = 0; op < Ops; ++op) {
                        const int item = (e + op) % 3;
                        const QString value = u"e%1-op%2"_s.arg(e).arg(op);
                        qint64 read = 0;
                        Status s;
                        if (item < 2) {
                            PilotRepository repo(*db);
                            auto p = repo.pilot(item == 0 ? pilotId : southId);
                            if (!p)
                                return record([&] { errors << p.error(); });
                            read = p->rowVersion.value;
                            p->owner = value;
                            s = repo.update(*p);
                        } else {
                            JourneyRepository repo(*db);
                            Interview key;
                            key.id = interviewId;
                            auto i = repo.find(key);
                            if (!i || !i->has_value())
                                return record([&] { errors << u"interview not readable"_s; });
                            Interview changed = **i;
                            read = changed.rowVersion.value;
                            changed.notes = value;
                            auto saved = repo.save(changed);
                            s = saved ? Status() : Status::failureOf(saved);
                        }
                        if (s) {
                            record([&] { saves.append({item, read + 1, value}); });
                        } else if (s.isConflict() && s.conflict().readVersion == read &&
                                   s.conflict().storedVersion > read) {
                            record([&] { ++conflicts; });
                        } else {
                            return record([&] { errors << s.error(); });
                        }
                        if (op % 7 == e)
                            QThread::yieldCurrentThread();
                    }
                }
                Workspace::closeConnection(name);
            });
        }
        for (const QString &file : std::as_const(files))
            threads << QThread::create([&, file] {
                Import::ImportProfile profile;
                profile.kind = Import::DataKind::Events;
                const Import::ImportResult r = Import::importFile(location, file, profile);
                if (!r.committed)
                    record([&] { errors << r.error; });
            });
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(180'000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        // Every save either went through or was reported as a conflict.
        QCOMPARE(saves.size() + conflicts, Editors * Ops);

        auto ws = Workspace::open(location);
        QVERIFY2(ws, qPrintable(ws.error()));
        QSqlDatabase db = (*ws)->database();
        PilotRepository pilots(db);
        Interview key;
        key.id = interviewId;
        const Pilot north = pilots.pilot(pilotId).value();
        const Pilot south = pilots.pilot(southId).value();
        const Interview interview = JourneyRepository(db).find(key)->value();
        const qint64 finalVersion[3] = {north.rowVersion.value, south.rowVersion.value, interview.rowVersion.value};
        const QString finalValue[3] = {north.owner, south.owner, interview.notes};
        for (int item = 0; item < 3; ++item) {
            QList<qint64> versions;
            QString last;
            qint64 lastVersion = 0;
            for (const Save &s : std::as_const(saves))
                if (s.item == item) {
                    versions.append(s.version);
                    if (s.version > lastVersion) {
                        lastVersion = s.version;
                        last = s.value;
                    }
                }
            std::sort(versions.begin(), versions.end());
            // Nothing lost: each successful save made the next version (2, 3, 4…), none of two saves from one
            // read both succeeded, and each was followed by a later one or is what is stored.
            QList<qint64> expected;
            for (qint64 v = 2; v <= finalVersion[item]; ++v)
                expected.append(v);
            QCOMPARE(versions, expected);
            QCOMPARE(finalValue[item], last);
        }
        // The imports went through whole, next to all of that.
        QCOMPARE(count(db, u"SELECT count(*) FROM event"_s), 400);
        QCOMPARE(count(db, u"SELECT sum(events) FROM learner_day"_s), 400);
        qInfo("%lld saves, %d conflicts", qint64(saves.size()), conflicts);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
