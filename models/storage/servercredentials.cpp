#include "servercredentials.h"

#include "dialect.h"

#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Uptake::ServerCredentials {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> p;
    return p;
}

} // namespace

bool isServerUrl(const QString &location)
{
    return Dialect::isServerUrl(location);
}

QString account(const QString &url)
{
    if (!isServerUrl(url))
        return {};
    const QUrl u(url);
    QString user = u.userName();
    if (user.isEmpty())
        user = QUrlQuery(u).queryItemValue(u"user"_s, QUrl::FullyDecoded);
    QString database = u.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    return u"%1@%2:%3/%4"_s.arg(user, u.host()).arg(u.port(5432)).arg(database);
}

QString withoutPassword(const QString &url)
{
    if (!isServerUrl(url))
        return url;
    QUrl u(url);
    u.setPassword(QString());
    QUrlQuery query(u);
    if (query.hasQueryItem(u"password"_s)) {
        query.removeAllQueryItems(u"password"_s);
        u.setQuery(query);
    }
    return u.toString();
}

void setPassword(const QString &url, const QString &password)
{
    const QMutexLocker lock(&mutex());
    passwords().insert(account(url), password);
}

QString password(const QString &url)
{
    const QMutexLocker lock(&mutex());
    return passwords().value(account(url));
}

void forget(const QString &url)
{
    const QMutexLocker lock(&mutex());
    passwords().remove(account(url));
}

} // namespace Uptake::ServerCredentials
