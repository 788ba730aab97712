// SPDX-License-Identifier: LicenseRef-Sportello
// A Sportello server address typed by a user, checked and normalised.
#include "net/serverendpoint.h"

#include <QRegularExpression>
#include <QStringList>

namespace sportello::console {

namespace {
const QStringList &supportedSchemes()
{
    static const QStringList schemes{QStringLiteral("http"), QStringLiteral("https"),
                                     QStringLiteral("ws"), QStringLiteral("wss")};
    return schemes;
}

// The part between "://" and the first '/', '?' or '#': [user[:password]@]host[:port].
QString authorityOf(const QString &afterScheme)
{
    static const QRegularExpression end(QStringLiteral("[/?#]"));
    const qsizetype stop = afterScheme.indexOf(end);
    return stop < 0 ? afterScheme : afterScheme.left(stop);
}

// The port text of an authority, or an empty string; IPv6 literals are bracketed.
QString portTextOf(const QString &authority)
{
    const QString hostPort = authority.mid(authority.lastIndexOf(u'@') + 1);
    const qsizetype closing = hostPort.lastIndexOf(u']');
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon < 0 || colon < closing)
        return {};
    return hostPort.mid(colon + 1);
}
} // namespace

ServerEndpoint::ServerEndpoint(QUrl url)
    : m_url(std::move(url))
{
}

std::variant<ServerEndpoint, QString> ServerEndpoint::fromUserInput(const QString &text)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return tr("Enter the server address, for example https://sportello.example.com.");

    const qsizetype separator = input.indexOf(QStringLiteral("://"));
    if (separator <= 0) {
        return tr("The address “%1” does not say how to connect: start it with http://, "
                  "https://, ws:// or wss://.")
            .arg(input);
    }
    const QString scheme = input.left(separator).toLower();
    if (!supportedSchemes().contains(scheme)) {
        return tr("The scheme “%1” is not supported: use http, https, ws or wss.")
            .arg(input.left(separator));
    }

    const QString afterScheme = input.mid(separator + 3);
    const QString authority = authorityOf(afterScheme);
    if (authority.contains(u'@'))
        return tr("The address must not contain a user name or password: enter them separately.");
    if (authority.isEmpty() || authority.startsWith(u':'))
        return tr("The address “%1” has no host name.").arg(input);

    if (authority.endsWith(u':'))
        return tr("The port is missing after “:” in “%1”.").arg(input);
    const QString portText = portTextOf(authority);
    if (!portText.isEmpty()) {
        bool isNumber = false;
        const int port = portText.toInt(&isNumber);
        if (!isNumber || port < 1 || port > 65535)
            return tr("The port “%1” is not a number from 1 to 65535.").arg(portText);
    }

    const QUrl hostOnly(scheme + QStringLiteral("://") + authority, QUrl::StrictMode);
    if (!hostOnly.isValid() || hostOnly.host().isEmpty()) {
        const QString host =
            portText.isEmpty() ? authority : authority.left(authority.size() - portText.size() - 1);
        return tr("The host name “%1” is not valid.").arg(host);
    }
    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid())
        return tr("The address “%1” is not valid: %2").arg(input, url.errorString());
    if (url.hasQuery() || url.hasFragment())
        return tr("The address must not contain a query (?…) or a fragment (#…).");

    QUrl normalised = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normalised.path() == u"/")
        normalised.setPath(QString());
    normalised.setScheme(scheme);
    normalised.setHost(url.host().toLower());
    return ServerEndpoint(std::move(normalised));
}

int ServerEndpoint::port() const
{
    return m_url.port(isEncrypted() ? 443 : 80);
}

bool ServerEndpoint::isEncrypted() const
{
    return m_url.scheme() == u"https" || m_url.scheme() == u"wss";
}

QString ServerEndpoint::displayText() const
{
    return m_url.toDisplayString(QUrl::StripTrailingSlash);
}

} // namespace sportello::console
