#pragma once

// The back end a suite runs against, and fresh, empty workspace locations on it. tests/CMakeLists.txt registers
// the storage, import, metrics and journey suites twice: as tst_x (a workspace file, SQLite) and as tst_x_pg with
// UPTAKE_TEST_BACKEND=postgresql (a team workspace on the PostgreSQL server of UPTAKE_TEST_PG_URL, which
// scripts/test starts). A test asks for location() where it would have made up a file name, and passes what it
// gets to Workspace::create/open, importFile or the CLI: a path, or a postgresql:// URL of a new, empty database
// (dropped again at the end of the run).
//
//     Test::BackendFixture m_backend;
//     void initTestCase() { UPTAKE_INIT_BACKEND(m_backend); }
//     void cleanupTestCase() { m_backend.tearDown(); }
//     void fileOnly() { UPTAKE_SKIP_ON_POSTGRES(m_backend, "why only a file can do this"); … }

#include "pgserver.h"
#include "storage/workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace Uptake::Test {

using namespace Qt::StringLiterals;

class BackendFixture
{
    Q_DISABLE_COPY_MOVE(BackendFixture)
public:
    enum class Backend { SQLite, PostgreSQL };

    BackendFixture()
        : m_backend(qEnvironmentVariable("UPTAKE_TEST_BACKEND").compare(u"postgresql"_s, Qt::CaseInsensitive) == 0
                        ? Backend::PostgreSQL
                        : Backend::SQLite)
    {}
    ~BackendFixture() { tearDown(); }

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }

    /// Readies the back end (initTestCase, through UPTAKE_INIT_BACKEND). Empty when ready; otherwise why the
    /// suite cannot run (a skip when no server was given, a failure when it cannot be reached).
    QString setUp(bool *skip)
    {
        *skip = false;
        if (!m_dir.isValid())
            return u"no temporary folder: %1"_s.arg(m_dir.errorString());
        if (!isPostgres())
            return {};
        if (!m_server.setUp())
            return m_server.error();
        if (!m_server.isAvailable()) {
            *skip = true;
            return u"UPTAKE_TEST_PG_URL is not set: no PostgreSQL server to run this suite against (scripts/test "
                   "starts one; by hand: eval \"$(scripts/pg-test-cluster start)\")."_s;
        }
        return {};
    }

    /// Before each test function (init): a warning from Qt's SQL drivers fails it. On PostgreSQL "Unable to free
    /// statement" means a prepared statement outlived a failed transaction (see Dialect::retire).
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"^Unable to free statement"_s));
        QTest::failOnWarning(QRegularExpression(u"^QSqlDatabasePrivate::removeDatabase"_s));
    }

    /// Drops the databases made by this run (cleanupTestCase; the destructor does it too).
    void tearDown() { m_server.tearDown(); }

    /// Where a new, empty workspace can be created: hint.uptake in a temporary folder (hint-2.uptake… when the
    /// name was given out before), or the URL of a new database on the server. Empty (after a warning) when the
    /// server refused to make one.
    QString location(const QString &hint = u"ws"_s)
    {
        const int n = ++m_uses[hint];
        if (!isPostgres())
            return m_dir.filePath(n == 1 ? hint + u".uptake"_s : u"%1-%2.uptake"_s.arg(hint).arg(n));
        const QString name = m_server.newDatabase();
        return name.isEmpty() ? QString() : m_server.urlOf(name);
    }

    /// The URL of the server's administrative database (PostgreSQL only), to make roles with.
    QString adminUrl() const { return m_server.adminUrl(); }
    /// The temporary folder of this run (both back ends), for files that are not workspaces.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    PgTestServer m_server{u"t"_s}; ///< databases uptake_t<pid>_<n>, as before
    QHash<QString, int> m_uses;
};

} // namespace Uptake::Test

/// In initTestCase: skips the whole suite when it is for PostgreSQL and no server was given; fails when the
/// server cannot be reached.
#define UPTAKE_INIT_BACKEND(fixture)                                                                                   \
    do {                                                                                                               \
        bool skip_ = false;                                                                                            \
        const QString why_ = (fixture).setUp(&skip_);                                                                  \
        if (skip_)                                                                                                     \
            QSKIP(qPrintable(why_));                                                                                   \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                                    \
    } while (false)

/// Skips a test that only makes sense for a workspace file, saying why.
#define UPTAKE_SKIP_ON_POSTGRES(fixture, why)                                                                          \
    do {                                                                                                               \
        if ((fixture).isPostgres())                                                                                    \
            QSKIP("Only for a workspace file: " why);                                                                  \
    } while (false)
