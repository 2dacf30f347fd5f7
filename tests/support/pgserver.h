#pragma once

// The PostgreSQL server of a test run (UPTAKE_TEST_PG_URL; scripts/test starts one with scripts/pg-test-cluster):
// an administrative connection, and new databases and login roles for this run, dropped again at the end. Suites
// that test team workspaces directly use it; BackendFixture runs whole suites against it.
//
//     Test::PgTestServer m_server{u"t"_s};
//     void initTestCase() { QVERIFY2(m_server.setUp(), qPrintable(m_server.error())); }
//     void cleanupTestCase() { m_server.tearDown(); }
//     … if (!m_server.isAvailable()) QSKIP(…); const QString url = m_server.urlOf(m_server.newDatabase());

#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Uptake::Test {

using namespace Qt::StringLiterals;

class PgTestServer
{
    Q_DISABLE_COPY_MOVE(PgTestServer)
public:
    /// Names made by this run are uptake_<tag><pid>_<n>, so that suites running at once never meet.
    explicit PgTestServer(const QString &tag)
        : m_prefix(u"uptake_%1%2_"_s.arg(tag).arg(QCoreApplication::applicationPid()))
    {}
    ~PgTestServer() { tearDown(); }

    /// Connects when UPTAKE_TEST_PG_URL is set. False (see error()) only when it is set and cannot be reached;
    /// without it, true and isAvailable() is false.
    bool setUp()
    {
        m_adminUrl = qEnvironmentVariable("UPTAKE_TEST_PG_URL");
        if (m_adminUrl.isEmpty())
            return true;
        m_connection = u"pgtestserver-%1"_s.arg(quintptr(this));
        auto db = Workspace::openConnection(m_adminUrl, m_connection);
        if (!db) {
            m_error = db.error();
            m_connection.clear();
            return false;
        }
        return true;
    }
    bool isAvailable() const { return !m_connection.isEmpty(); }
    QString error() const { return m_error; }
    /// The superuser URL of UPTAKE_TEST_PG_URL (empty without a server).
    QString adminUrl() const { return m_adminUrl; }

    /// Runs one statement as the superuser; a failure is a warning and false.
    bool run(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return ok;
    }

    /// The URL of database on the server, as user (empty: the superuser).
    QString urlOf(const QString &database, const QString &user = {}) const
    {
        QUrl url(m_adminUrl);
        url.setPath(u'/' + database);
        if (!user.isEmpty())
            url.setUserName(user);
        return url.toString();
    }

    /// A new, empty database (its name); empty after a warning when the server refused.
    QString newDatabase()
    {
        const QString name = m_prefix + QString::number(++m_next);
        if (!run(u"CREATE DATABASE %1"_s.arg(name)))
            return {};
        m_databases.append(name);
        return name;
    }

    /// A name for a login role the test creates (what tells roles apart); dropped at the end.
    QString newRole(const QString &what)
    {
        const QString name = m_prefix + what;
        m_roles.append(name);
        return name;
    }
    /// Drops a role made elsewhere (server-init's editor and reader roles of a database) at the end as well.
    void dropAtEnd(const QString &role) { m_roles.append(role); }

    /// Drops the databases, then the roles, of this run and closes the connection (cleanupTestCase; the
    /// destructor does it too).
    void tearDown()
    {
        if (m_connection.isEmpty())
            return;
        for (const QString &name : std::as_const(m_databases))
            run(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
        for (const QString &role : std::as_const(m_roles))
            run(u"DROP ROLE IF EXISTS %1"_s.arg(role));
        m_databases.clear();
        m_roles.clear();
        Workspace::closeConnection(m_connection);
        m_connection.clear();
    }

private:
    QString m_prefix;
    QString m_adminUrl;
    QString m_connection; ///< the administrative connection's name, empty while there is none
    QString m_error;
    QStringList m_databases;
    QStringList m_roles;
    int m_next = 0;
};

} // namespace Uptake::Test
