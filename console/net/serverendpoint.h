// SPDX-License-Identifier: LicenseRef-Sportello
// A Sportello server address typed by a user, checked and normalised.
#pragma once

#include <variant>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace sportello::console {

// Accepts http, https, ws and wss URLs with a host, an optional port and an optional path (for a
// server behind a reverse proxy). Rejects everything else with a translated sentence naming what
// is wrong, suitable for showing next to the field the user typed in.
class ServerEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ServerEndpoint)

public:
    // Leading and trailing blanks are ignored. Returns the endpoint or the error text.
    static std::variant<ServerEndpoint, QString> fromUserInput(const QString &text);

    // The URL as accepted (scheme and host in lower case, no trailing slash on the path).
    QUrl url() const { return m_url; }
    // The port given, or the scheme's default (80 for http/ws, 443 for https/wss).
    int port() const;
    // True for https and wss.
    bool isEncrypted() const;
    // What to show users: the URL without anything surprising in it.
    QString displayText() const;

    friend bool operator==(const ServerEndpoint &, const ServerEndpoint &) = default;

private:
    explicit ServerEndpoint(QUrl url);

    QUrl m_url;
};

} // namespace sportello::console
