// The shared-mime-info type Uptake installs (packaging/org.example.Uptake.mime.xml), compiled with
// update-mime-database into a scratch data directory and read back through QMimeDatabase, as a file
// manager would: a workspace is recognised by its name and, renamed, by its SQLite application_id;
// an ordinary SQLite database is not taken for a workspace.

#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {
const QString WorkspaceType = u"application/x-uptake-workspace"_s;
const QString SqliteType = u"application/vnd.sqlite3"_s;
} // namespace

class TestMimeType : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool makePlainSqlite(const QString &file)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
            db.setDatabaseName(file);
            ok = db.open() && QSqlQuery(u"CREATE TABLE t (x INTEGER)"_s, db).isActive();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"plain"_s);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString mime = path(u"share/mime"_s);
        QVERIFY(QDir().mkpath(mime + u"/packages"_s));
        QVERIFY(QDir().mkpath(path(u"home"_s)));
        // The system's base types (application/vnd.sqlite3 is the parent) plus Uptake's.
        QVERIFY(
            QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s, mime + u"/packages/freedesktop.org.xml"_s));
        QVERIFY(QFile::copy(QStringLiteral(UPTAKE_MIME_XML), mime + u"/packages/org.example.Uptake.xml"_s));
        QProcess update;
        update.start(u"update-mime-database"_s, {mime});
        QVERIFY2(update.waitForFinished(60000), "update-mime-database did not run (package shared-mime-info)");
        QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
                 update.readAllStandardError().constData());
        QVERIFY(QFile::exists(mime + u"/mime.cache"_s));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(path(u"share"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(path(u"home"_s)));

        QVERIFY(Workspace::create(path(u"program.uptake"_s), QTimeZone("Europe/Paris"), false).ok());
        QVERIFY(QFile::copy(path(u"program.uptake"_s), path(u"renamed.db"_s)));
        QVERIFY(QFile::copy(path(u"program.uptake"_s), path(u"no-extension"_s)));
        QVERIFY(makePlainSqlite(path(u"plain.sqlite3"_s)));
        QVERIFY(QFile::copy(path(u"plain.sqlite3"_s), path(u"plain-no-extension"_s)));
    }

    void theType()
    {
        const QMimeType type = QMimeDatabase().mimeTypeForName(WorkspaceType);
        QVERIFY(type.isValid());
        QCOMPARE(type.comment(), u"Uptake workspace"_s);
        QCOMPARE(type.iconName(), u"org.example.Uptake"_s);
        QCOMPARE(type.suffixes(), QStringList{u"uptake"_s});
        QVERIFY(type.inherits(SqliteType));
    }

    void recognises_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("workspace by name") << u"program.uptake"_s << WorkspaceType;
        QTest::addRow("workspace renamed .db") << u"renamed.db"_s << WorkspaceType;
        QTest::addRow("workspace without extension") << u"no-extension"_s << WorkspaceType;
        QTest::addRow("plain SQLite") << u"plain.sqlite3"_s << SqliteType;
        QTest::addRow("plain SQLite without extension") << u"plain-no-extension"_s << SqliteType;
    }

    void recognises()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path(file)).name(), expected);
    }

    void byContentAlone_data() { recognises_data(); }

    void byContentAlone()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFile f(path(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QMimeDatabase().mimeTypeForData(&f).name(), expected);
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
