// SPDX-License-Identifier: LicenseRef-Sportello
// Keeps a session token per server and user in the system keychain (QtKeychain).
#include "net/tokenstore.h"

#include <QTimer>

#include "net/netlog.h"

#ifdef SPORTELLO_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace sportello::console::net {

TokenStore::TokenStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{
}

TokenStore::~TokenStore() = default;

bool TokenStore::isSupported()
{
#ifdef SPORTELLO_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString TokenStore::keyFor(const QString &serverUrl, const QString &user)
{
    return serverUrl + u' ' + user;
}

#ifdef SPORTELLO_HAVE_QTKEYCHAIN

// Jobs have no parent and delete themselves when finished: the keychain backends (libsecret,
// D-Bus) call back into a job after their own asynchronous work, so a job must never be
// destroyed while it runs, not even when this store goes away first. `this` as the context
// of the connection keeps a late answer from reaching a destroyed store.

void TokenStore::load(const QString &serverUrl, const QString &user)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(serverUrl, user));
    connect(job, &QKeychain::Job::finished, this, [this, job, serverUrl, user]() {
        QString token;
        if (job->error() == QKeychain::NoError)
            token = job->textData();
        else if (job->error() != QKeychain::EntryNotFound)
            qCInfo(lcNet, "no token from the keychain: %s", qUtf8Printable(job->errorString()));
        Q_EMIT loaded(serverUrl, user, token);
    });
    job->start();
}

void TokenStore::save(const QString &serverUrl, const QString &user, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(serverUrl, user));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCInfo(lcNet, "token not kept: %s", qUtf8Printable(job->errorString()));
        Q_EMIT saved(ok);
    });
    job->start();
}

void TokenStore::remove(const QString &serverUrl, const QString &user)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(serverUrl, user));
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        const bool ok =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        Q_EMIT removed(ok);
    });
    job->start();
}

#else

void TokenStore::load(const QString &serverUrl, const QString &user)
{
    QTimer::singleShot(0, this, [this, serverUrl, user]() { Q_EMIT loaded(serverUrl, user, {}); });
}

void TokenStore::save(const QString &, const QString &, const QString &)
{
    QTimer::singleShot(0, this, [this]() { Q_EMIT saved(false); });
}

void TokenStore::remove(const QString &, const QString &)
{
    QTimer::singleShot(0, this, [this]() { Q_EMIT removed(true); });
}

#endif

} // namespace sportello::console::net
