// WorkspaceLock and what it protects: who holds a workspace, stale locks of crashed processes, read-only
// opening that really cannot write, and the command line refusing to write to a workspace open elsewhere.

#include "storage/pilotrepository.h"
#include "storage/workspace.h"
#include "storage/workspacelock.h"

#include "testutil.h"

#include <QLockFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

/// The pid of a process that has ended (and been reaped), so nothing runs under it.
qint64 deadPid()
{
    QProcess p;
    p.start(u"sleep"_s, {u"30"_s});
    if (!p.waitForStarted())
        return 0;
    const qint64 pid = p.processId();
    p.kill();
    p.waitForFinished();
    return pid;
}

} // namespace

class TestWorkspaceLock final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString newWorkspace(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto ws = Workspace::create(path, QTimeZone::utc(), true);
        return ws ? path : QString();
    }

    /// What QLockFile writes for this process, with the pid replaced.
    QByteArray lockContentsWithPid(qint64 pid, const QByteArray &host = {})
    {
        const QString probe = m_dir.filePath(u"probe.lock"_s);
        QLockFile lock(probe);
        if (!lock.tryLock(0))
            return {};
        QFile f(probe);
        f.open(QIODevice::ReadOnly);
        QList<QByteArray> lines = f.readAll().split('\n');
        lock.unlock();
        lines[0] = QByteArray::number(pid);
        // Another computer: its host name and machine id (QLockFile also recognises this machine by the id).
        if (!host.isEmpty() && lines.size() > 3) {
            lines[2] = host;
            lines[3] = "0123456789abcdef0123456789abcdef";
        }
        return lines.join('\n');
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("lockFile");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("since");

        QTest::addRow("lock and info")
            << QByteArray("4242\nuptake\nbuild-7\nabc\n")
            << QByteArray(R"({"pid":4242,"user":"jane","host":"build-7","since":"2026-11-29T08:15:00Z"})")
            << qint64(4242) << u"build-7"_s << u"jane"_s << u"2026-11-29T08:15:00Z"_s;
        QTest::addRow("info of an older lock is ignored")
            << QByteArray("4242\nuptake\nbuild-7\n")
            << QByteArray(R"({"pid":17,"user":"bob","since":"2020-01-01T00:00:00Z"})") << qint64(4242) << u"build-7"_s
            << QString() << QString();
        QTest::addRow("lock only") << QByteArray("99\nuptake\nlaptop\n") << QByteArray() << qint64(99) << u"laptop"_s
                                   << QString() << QString();
        QTest::addRow("info only") << QByteArray()
                                   << QByteArray(R"({"pid":5,"user":"ann","host":"pc","since":"2026-01-02T03:04:05Z"})")
                                   << qint64(5) << u"pc"_s << u"ann"_s << u"2026-01-02T03:04:05Z"_s;
        QTest::addRow("garbage") << QByteArray("\xff\xfe not a lock") << QByteArray("{{{") << qint64(0) << QString()
                                 << QString() << QString();
        QTest::addRow("empty") << QByteArray() << QByteArray() << qint64(0) << QString() << QString() << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, lockFile);
        QFETCH(QByteArray, info);
        QFETCH(qint64, pid);
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, since);
        const LockOwner owner = WorkspaceLock::parse(lockFile, info);
        QCOMPARE(owner.pid, pid);
        QCOMPARE(owner.host, host);
        QCOMPARE(owner.user, user);
        QCOMPARE(owner.since.isValid() ? owner.since.toString(Qt::ISODate) : QString(), since);
    }

    void secondEditorIsToldWhoAndWhen()
    {
        qputenv("USER", "jane.doe");
        const QString path = newWorkspace(u"shared.uptake"_s);
        QVERIFY(!path.isEmpty());
        QVERIFY(!WorkspaceLock::owner(path));
        auto first = Workspace::open(path);
        QVERIFY2(first, qPrintable(first.error()));
        const auto owner = WorkspaceLock::owner(path);
        QVERIFY(owner);
        QCOMPARE(owner->user, u"jane.doe"_s);
        QCOMPARE(owner->host, QSysInfo::machineHostName());
        QCOMPARE(owner->pid, QCoreApplication::applicationPid());
        QVERIFY(owner->thisProcess);
        QVERIFY(qAbs(owner->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        auto second = Workspace::open(path);
        QVERIFY(!second);
        QVERIFY2(second.error().contains(u"already open for editing"_s), qPrintable(second.error()));
        QVERIFY2(second.error().contains(QSysInfo::machineHostName()), qPrintable(second.error()));
        // Read-only is offered, and works while the other one edits.
        auto readOnly = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        // Replacing it (init --force, Save As onto it) is refused too.
        QVERIFY(!Workspace::create(path, QTimeZone::utc(), true));
        QVERIFY(!(*readOnly)->saveAs(path));

        first->reset();
        QVERIFY(!WorkspaceLock::owner(path));
        QVERIFY(!QFileInfo::exists(WorkspaceLock::lockPath(path)));
        QVERIFY(!QFileInfo::exists(WorkspaceLock::infoPath(path)));
        QVERIFY(Workspace::open(path));
    }

    void staleLockOfDeadProcessIsCleared()
    {
        const QString path = newWorkspace(u"crashed.uptake"_s);
        const qint64 pid = deadPid();
        QVERIFY(pid > 0);
        const QByteArray contents = lockContentsWithPid(pid);
        QVERIFY(!contents.isEmpty());
        QVERIFY(Test::writeFile(WorkspaceLock::lockPath(path), contents));
        QVERIFY(
            Test::writeFile(WorkspaceLock::infoPath(path), R"({"pid":)" + QByteArray::number(pid) +
                                                               R"(,"user":"ghost","since":"2026-01-01T00:00:00Z"})"));
        // As a sanity check of the fixture: the same contents with a live pid (ours) is a real lock.
        QCOMPARE(WorkspaceLock::parse(contents, {}).pid, pid);
        QVERIFY(!WorkspaceLock::owner(path));
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE(WorkspaceLock::owner(path)->pid, QCoreApplication::applicationPid());
    }

    /// Killed (or the power lost) between creating the lock file and writing its owner into it: QLockFile keeps
    /// an empty lock file for ever when locks never go stale by age, which locked the workspace for good (found by
    /// tst_killtest). An empty lock file older than a second is abandoned.
    void emptyLockFileLeftByACrashIsCleared()
    {
        const QString path = newWorkspace(u"halfwritten.uptake"_s);
        QVERIFY(Test::writeFile(WorkspaceLock::lockPath(path), QByteArray()));
        QFile lock(WorkspaceLock::lockPath(path));
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        lock.close();
        QVERIFY(!WorkspaceLock::owner(path));
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE(WorkspaceLock::owner(path)->pid, QCoreApplication::applicationPid());
    }

    /// The same, opened straight after the crash: the empty file is younger than a second, so it might be one
    /// another Uptake is writing this instant. Opening waits for it to settle instead of failing with a lock "held by
    /// someone on an unknown computer (process 0)" (tst_killtest hit this when a kill fell in that window).
    void freshEmptyLockFileLeftByACrashIsClearedAfterItSettles()
    {
        const QString path = newWorkspace(u"justkilled.uptake"_s);
        QVERIFY(Test::writeFile(WorkspaceLock::lockPath(path), QByteArray()));
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE(WorkspaceLock::owner(path)->pid, QCoreApplication::applicationPid());
    }

    /// An empty lock file another process fills in while we wait is that process's lock, and is respected.
    void freshLockFileFilledMeanwhileIsRespected()
    {
        const QString path = newWorkspace(u"racing.uptake"_s);
        QProcess owner;
        owner.start(u"sleep"_s, {u"30"_s});
        QVERIFY(owner.waitForStarted());
        QList<QByteArray> lines = lockContentsWithPid(owner.processId()).split('\n');
        QVERIFY(lines.size() > 2);
        lines[1] = "sleep";
        const QByteArray filled = lines.join('\n');
        const QString lockPath = WorkspaceLock::lockPath(path);
        QVERIFY(Test::writeFile(lockPath, QByteArray()));
        // Fills the lock file 0.3 s from now, as a slow disk might (a thread: no process start-up to wait for).
        std::thread writer([lockPath, filled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            QFile f(lockPath);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(filled);
        });
        auto ws = Workspace::open(path);
        writer.join();
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(QString::number(owner.processId())), qPrintable(ws.error()));
        owner.kill();
        owner.waitForFinished();
    }

    /// A lock whose owner unlocks while we wait for it to settle: the workspace is free, and opening it succeeds.
    void lockFileRemovedMeanwhileIsFree()
    {
        const QString path = newWorkspace(u"released.uptake"_s);
        const QString lockPath = WorkspaceLock::lockPath(path);
        QVERIFY(Test::writeFile(lockPath, QByteArray()));
        std::thread owner([lockPath] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            QFile::remove(lockPath);
        });
        auto ws = Workspace::open(path);
        owner.join();
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE(WorkspaceLock::owner(path)->pid, QCoreApplication::applicationPid());
    }

    void liveLockIsNotStale()
    {
        const QString path = newWorkspace(u"live.uptake"_s);
        QProcess sleeper;
        sleeper.start(u"sleep"_s, {u"30"_s});
        QVERIFY(sleeper.waitForStarted());
        // A lock of this host whose process still runs (under the application name in the lock file).
        QByteArray contents = lockContentsWithPid(sleeper.processId());
        QList<QByteArray> lines = contents.split('\n');
        lines[1] = "sleep";
        QVERIFY(Test::writeFile(WorkspaceLock::lockPath(path), lines.join('\n')));
        const auto owner = WorkspaceLock::owner(path);
        QVERIFY(owner);
        QCOMPARE(owner->pid, sleeper.processId());
        QVERIFY(!Workspace::open(path));
        sleeper.kill();
        sleeper.waitForFinished();
        QVERIFY(!WorkspaceLock::owner(path)); // now it is stale
        QVERIFY(Workspace::open(path));
    }

    void lockOfAnotherHostIsNeverBroken()
    {
        const QString path = newWorkspace(u"remote.uptake"_s);
        QVERIFY(Test::writeFile(WorkspaceLock::lockPath(path), lockContentsWithPid(deadPid(), "another-host.example")));
        const auto owner = WorkspaceLock::owner(path);
        QVERIFY(owner);
        QCOMPARE(owner->host, u"another-host.example"_s);
        auto ws = Workspace::open(path);
        QVERIFY(!ws);
        QVERIFY2(ws.error().contains(u"another-host.example"_s), qPrintable(ws.error()));
    }

    void readOnlyReallyIsReadOnly()
    {
        const QString path = newWorkspace(u"ro.uptake"_s);
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY2(ws, qPrintable(ws.error()));
        const QByteArray before = Test::fileHash(path);
        QSqlQuery q((*ws)->database());
        QVERIFY(!q.exec(u"INSERT INTO pilot (name) VALUES ('Sneaky')"_s));
        QVERIFY2(q.lastError().text().contains(u"readonly"_s, Qt::CaseInsensitive), qPrintable(q.lastError().text()));
        Pilot p;
        p.name = u"Through the repository"_s;
        QVERIFY(!PilotRepository((*ws)->database()).insert(p));
        QVERIFY(!(*ws)->setTimeZone(QTimeZone("Europe/Berlin")));
        QCOMPARE(Test::fileHash(path), before);
        QVERIFY(!QFileInfo::exists(WorkspaceLock::lockPath(path))); // read-only takes no lock
    }

    void commandLineRefusesLockedWorkspace()
    {
        const QString uptake = qEnvironmentVariable("UPTAKE_BINARY");
        QVERIFY(QFileInfo::exists(uptake));
        const QString path = newWorkspace(u"cli.uptake"_s);
        const QString csv = m_dir.filePath(u"events.csv"_s);
        QVERIFY(Test::writeFile(csv, "learner,course,timestamp,event\nann,Intro,2026-01-05T08:00:00Z,viewed\n"));
        qputenv("USER", "jane.doe");
        auto held = Workspace::open(path);
        QVERIFY(held);
        const QByteArray before = Test::fileHash(path);
        for (const QStringList &args :
             {QStringList{u"import"_s, path, csv, u"--kind"_s, u"events"_s},
              QStringList{u"undo-import"_s, path, u"1"_s}, QStringList{u"init"_s, path, u"--force"_s}}) {
            QProcess p;
            p.start(uptake, args);
            QVERIFY(p.waitForFinished(60000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitCode(), 2);
            QVERIFY2(err.contains(u"already open for editing by jane.doe on "_s + QSysInfo::machineHostName()),
                     qPrintable(err));
        }
        QCOMPARE(Test::fileHash(path), before);
        // Reading is fine.
        QProcess info;
        info.start(uptake, {u"info"_s, path});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        held->reset();
        QProcess import;
        import.start(uptake, {u"import"_s, path, csv, u"--kind"_s, u"events"_s});
        QVERIFY(import.waitForFinished(60000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    }

    void networkFileSystems_data()
    {
        QTest::addColumn<quint64>("magic");
        QTest::addColumn<QString>("name");
        QTest::addRow("nfs") << quint64(0x6969) << u"NFS"_s;
        QTest::addRow("smb") << quint64(0x517B) << u"SMB/CIFS"_s;
        QTest::addRow("cifs") << quint64(0xFF534D42) << u"SMB/CIFS"_s;
        QTest::addRow("smb2") << quint64(0xFE534D42) << u"SMB/CIFS"_s;
        QTest::addRow("fuse/sshfs") << quint64(0x65735546) << u"FUSE (SSHFS, …)"_s;
        QTest::addRow("ext4") << quint64(0xEF53) << QString();
        QTest::addRow("tmpfs") << quint64(0x01021994) << QString();
        QTest::addRow("btrfs") << quint64(0x9123683E) << QString();
    }

    void networkFileSystems()
    {
        QFETCH(quint64, magic);
        QFETCH(QString, name);
        QCOMPARE(Workspace::networkFileSystemName(magic), name);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLock)
#include "tst_workspacelock.moc"
