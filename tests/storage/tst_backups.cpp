// Backups: naming and listing, when an automatic one is due, rotation, the copy kept before a schema upgrade,
// and restoring (which keeps the current state, refuses damaged backups and workspaces open elsewhere).

#include "settings/appsettings.h"
#include "storage/backups.h"
#include "storage/pilotrepository.h"
#include "storage/workspace.h"

#include "testutil.h"

#include <QSettings>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestBackups final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const QDateTime m_base{QDate(2026, 11, 1), QTime(9, 0), Qt::UTC};

    QString newWorkspace(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return Workspace::create(path, QTimeZone::utc(), true) ? path : QString();
    }

    static QStringList pilotNames(const QString &path)
    {
        QStringList names;
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!ws)
            return {u"open failed: "_s + ws.error()};
        auto pilots = PilotRepository((*ws)->database()).pilots();
        if (!pilots)
            return {u"read failed: "_s + pilots.error()};
        for (const Pilot &p : *pilots)
            names << p.name;
        names.sort();
        return names;
    }

    static bool addPilot(const QString &path, const QString &name)
    {
        auto ws = Workspace::open(path);
        Pilot p;
        p.name = name;
        return ws && PilotRepository((*ws)->database()).insert(p);
    }

private Q_SLOTS:
    void settingsDefaults()
    {
        QSettings store(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings settings(store);
        QCOMPARE(settings.backupIntervalHours(), 24);
        QCOMPARE(settings.backupsKept(), 7);
        settings.setBackupIntervalHours(168);
        settings.setBackupsKept(3);
        QCOMPARE(settings.backupIntervalHours(), 168);
        QCOMPARE(settings.backupsKept(), 3);
        store.setValue(u"backup/intervalHours"_s, 5); // not a choice
        store.setValue(u"backup/kept"_s, 0);
        QCOMPARE(settings.backupIntervalHours(), 24);
        QCOMPARE(settings.backupsKept(), 7);
    }

    void rotationKeepsTheNewestAutomaticOnes()
    {
        const QString path = newWorkspace(u"rotate.uptake"_s);
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        sqlite3 *handle = nullptr;
        {
            // Ten automatic backups an hour apart, and one made for a reason in the middle.
            const QVariant v = (*ws)->database().driver()->handle();
            handle = *static_cast<sqlite3 *const *>(v.data());
        }
        for (int i = 0; i < 10; ++i) {
            auto b = Backups::create(handle, path, QString::fromLatin1(Backups::Automatic), m_base.addSecs(i * 3600));
            QVERIFY2(b, qPrintable(b.error()));
            QVERIFY(b->size > 0);
            QCOMPARE(b->created, m_base.addSecs(i * 3600));
        }
        QVERIFY(Backups::create(handle, path, QString::fromLatin1(Backups::BeforeRestore), m_base.addSecs(1800)));
        QCOMPARE(Backups::list(path).size(), 11);
        const QStringList removed = Backups::rotate(path, 7);
        QCOMPARE(removed.size(), 3);
        const QList<BackupInfo> left = Backups::list(path);
        QCOMPARE(left.size(), 8);
        QCOMPARE(left.first().created, m_base.addSecs(9 * 3600)); // newest first
        QVERIFY(std::any_of(left.cbegin(), left.cend(),
                            [](const BackupInfo &b) { return b.reason == QLatin1String(Backups::BeforeRestore); }));
        int automatic = 0;
        for (const BackupInfo &b : left) {
            if (b.reason == QLatin1String(Backups::Automatic)) {
                ++automatic;
                QVERIFY(b.created >= m_base.addSecs(3 * 3600));
            }
        }
        QCOMPARE(automatic, 7);
        // Each backup is a complete workspace on its own.
        QVERIFY(Workspace::open(left.first().path, Workspace::Access::ReadOnly));
        // Files that only look like backups are left alone.
        QVERIFY(Test::writeFile(Backups::folder(path) + u"/notes.txt"_s, "mine"));
        QVERIFY(Test::writeFile(Backups::folder(path) + u"/other.20260101-000000000.auto.uptake"_s, "x"));
        QCOMPARE(Backups::list(path).size(), 8);
        Backups::rotate(path, 1);
        QVERIFY(QFileInfo::exists(Backups::folder(path) + u"/notes.txt"_s));
        QVERIFY(QFileInfo::exists(Backups::folder(path) + u"/other.20260101-000000000.auto.uptake"_s));
        QCOMPARE(Backups::list(path).size(), 2);
    }

    void due_data()
    {
        QTest::addColumn<int>("lastAgeHours"); // -1: no backup yet
        QTest::addColumn<int>("interval");
        QTest::addColumn<bool>("due");
        QTest::addRow("first") << -1 << 24 << true;
        QTest::addRow("recent") << 2 << 24 << false;
        QTest::addRow("a day old") << 24 << 24 << true;
        QTest::addRow("older than a week") << 170 << 168 << true;
        QTest::addRow("off") << -1 << 0 << false;
        QTest::addRow("hourly") << 1 << 1 << true;
    }

    void due()
    {
        QFETCH(int, lastAgeHours);
        QFETCH(int, interval);
        QFETCH(bool, due);
        const QString path =
            newWorkspace(u"due-%1.uptake"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const QDateTime now = m_base.addDays(30);
        if (lastAgeHours >= 0)
            QVERIFY(Backups::createFromFile(path, QString::fromLatin1(Backups::Automatic),
                                            now.addSecs(-qint64(lastAgeHours) * 3600)));
        QCOMPARE(Backups::isDue(path, interval, now), due);
    }

    void upgradeKeepsABackupOfTheOldVersion()
    {
        const QString path = m_dir.filePath(u"old.uptake"_s);
        QVERIFY(Workspace::createAtVersion(path, 1, QTimeZone::utc()));
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        const QList<BackupInfo> backups = Backups::list(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, u"before-upgrade-v1"_s);
        QCOMPARE(backups.first().path, (*ws)->migrationBackupPath());
        QCOMPARE(Workspace::readHeader(backups.first().path)->userVersion, 1);
    }

    void restoreReplacesAndKeepsTheCurrentState()
    {
        const QString path = newWorkspace(u"restore.uptake"_s);
        QVERIFY(addPilot(path, u"Before"_s));
        auto backup = Backups::createFromFile(path, QString::fromLatin1(Backups::Automatic));
        QVERIFY2(backup, qPrintable(backup.error()));
        QVERIFY(addPilot(path, u"After"_s));
        QCOMPARE(pilotNames(path), (QStringList{u"After"_s, u"Before"_s}));

        auto kept = Backups::restore(backup->path, path);
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(pilotNames(path), QStringList{u"Before"_s});
        QCOMPARE(kept->reason, QString::fromLatin1(Backups::BeforeRestore));
        QCOMPARE(pilotNames(kept->path), (QStringList{u"After"_s, u"Before"_s}));
        // The restored file opens for editing and passes its checks.
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        QCOMPARE((*ws)->quickCheck(), QString());
        // … and a restore can be undone from the backup it kept.
        ws->reset();
        QVERIFY(Backups::restore(kept->path, path));
        QCOMPARE(pilotNames(path), (QStringList{u"After"_s, u"Before"_s}));
    }

    void restoreRefusesBadBackupsAndOpenWorkspaces()
    {
        const QString path = newWorkspace(u"guarded.uptake"_s);
        QVERIFY(addPilot(path, u"Keep me"_s));
        const QByteArray before = Test::fileHash(path);
        const QString garbage = m_dir.filePath(u"garbage.uptake"_s);
        QVERIFY(Test::writeFile(garbage, QByteArray(4096, 'x')));
        auto bad = Backups::restore(garbage, path);
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"not an SQLite database"_s), qPrintable(bad.error()));
        QCOMPARE(Test::fileHash(path), before);

        auto good = Backups::createFromFile(path, QString::fromLatin1(Backups::Automatic));
        QVERIFY(good);
        auto open = Workspace::open(path);
        QVERIFY(open);
        auto locked = Backups::restore(good->path, path);
        QVERIFY(!locked);
        QVERIFY2(locked.error().contains(u"already open for editing"_s), qPrintable(locked.error()));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
