// SPDX-License-Identifier: LicenseRef-Sportello
// Keeps a session token per server and user in the system keychain (QtKeychain).
#pragma once

#include <QObject>
#include <QString>

namespace sportello::console::net {

// With QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store) a console
// restart resumes the session without the password. Without it, or when no keychain service
// is running, nothing is stored: tokens are never written to plain files. Keychain calls are
// asynchronous; load() always answers through loaded(), with an empty token when there is none.
class TokenStore final : public QObject
{
    Q_OBJECT

public:
    // `service` names the entries in the keychain (tests use their own).
    explicit TokenStore(QObject *parent = nullptr,
                        const QString &service = QStringLiteral("sportello-console"));
    ~TokenStore() override;

    // True when this build can use a keychain (a service may still be missing at run time).
    static bool isSupported();

    void load(const QString &serverUrl, const QString &user);
    void save(const QString &serverUrl, const QString &user, const QString &token);
    void remove(const QString &serverUrl, const QString &user);

    // The entry's name: server URL and user name, so each server/user pair has its own token.
    static QString keyFor(const QString &serverUrl, const QString &user);

Q_SIGNALS:
    void loaded(const QString &serverUrl, const QString &user, const QString &token);
    // After save() and remove(): false when the keychain refused (the reason is logged).
    void saved(bool ok);
    void removed(bool ok);

private:
    QString m_service;
};

} // namespace sportello::console::net
