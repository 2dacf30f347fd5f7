#include "passwordstore.h"

#include <QObject>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Uptake::PasswordStore {

namespace {

const QString Service = u"Uptake team workspaces"_s;

template<typename JobType>
JobType *makeJob(const QString &account)
{
    auto *job = new JobType(Service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a password never lands in a plain file
    job->setKey(account);
    return job;
}

} // namespace

void read(const QString &account, QObject *context, std::function<void(const QString &, const QString &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::NoError)
            done(reader->textData(), QString());
        else if (reader->error() == QKeychain::EntryNotFound)
            done(QString(), QString());
        else
            done(QString(), reader->errorString());
    });
    job->start();
}

void write(const QString &account, const QString &password, QObject *context, std::function<void(const QString &)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(account);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

void remove(const QString &account, QObject *context)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [](QKeychain::Job *) {});
    job->start();
}

} // namespace Uptake::PasswordStore
