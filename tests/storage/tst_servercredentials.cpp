// Team workspace passwords in memory: keyed by account, never part of a URL that is shown or remembered.

#include "storage/servercredentials.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestServerCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverUrls_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("server");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("withoutPassword");
        QTest::addRow("file") << u"/home/ana/Program.uptake"_s << false << QString() << u"/home/ana/Program.uptake"_s;
        QTest::addRow("plain") << u"postgresql://ana@db.example.org:5433/uptake"_s << true
                               << u"ana@db.example.org:5433/uptake"_s
                               << u"postgresql://ana@db.example.org:5433/uptake"_s;
        QTest::addRow("default port") << u"postgresql://ana@db.example.org/uptake"_s << true
                                      << u"ana@db.example.org:5432/uptake"_s
                                      << u"postgresql://ana@db.example.org/uptake"_s;
        QTest::addRow("password in user info")
            << u"postgresql://ana:s3cret@db.example.org:5432/uptake"_s << true << u"ana@db.example.org:5432/uptake"_s
            << u"postgresql://ana@db.example.org:5432/uptake"_s;
        QTest::addRow("password and user in the query")
            << u"postgres://db.example.org/uptake?user=ana&password=s3cret&sslmode=require"_s << true
            << u"ana@db.example.org:5432/uptake"_s << u"postgres://db.example.org/uptake?user=ana&sslmode=require"_s;
        QTest::addRow("upper-case scheme")
            << u"PostgreSQL://ana@h/d"_s << true << u"ana@h:5432/d"_s << u"postgresql://ana@h/d"_s;
    }

    void serverUrls()
    {
        QFETCH(QString, location);
        QFETCH(bool, server);
        QFETCH(QString, account);
        QFETCH(QString, withoutPassword);
        QCOMPARE(ServerCredentials::isServerUrl(location), server);
        QCOMPARE(ServerCredentials::account(location), account);
        QCOMPARE(ServerCredentials::withoutPassword(location), withoutPassword);
        QVERIFY(!ServerCredentials::withoutPassword(location).contains(u"s3cret"_s));
    }

    void passwordsPerAccount()
    {
        const QString a = u"postgresql://ana@db.example.org/uptake"_s;
        const QString sameAccount = u"postgresql://ana:typed@db.example.org:5432/uptake?sslmode=require"_s;
        const QString otherUser = u"postgresql://ben@db.example.org/uptake"_s;
        QCOMPARE(ServerCredentials::password(a), QString());
        ServerCredentials::setPassword(a, u"first"_s);
        QCOMPARE(ServerCredentials::password(sameAccount), u"first"_s);
        QCOMPARE(ServerCredentials::password(otherUser), QString());
        ServerCredentials::setPassword(sameAccount, u"second"_s);
        QCOMPARE(ServerCredentials::password(a), u"second"_s);
        ServerCredentials::forget(a);
        QCOMPARE(ServerCredentials::password(sameAccount), QString());
    }
};

QTEST_GUILESS_MAIN(TestServerCredentials)
#include "tst_servercredentials.moc"
