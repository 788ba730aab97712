// SPDX-License-Identifier: LicenseRef-Sportello
// HubTestClient: a console's WebSocket to the agent hub for tests, waited on with the event loop.
#include "support/hubtestclient.h"

#include <gtest/gtest.h>

#include <QNetworkProxy>
#include <QSslError>
#include <QWebSocket>

#include "app/serverapplication.h"
#include "protocol/messagecodec.h"
#include "support/qtapp.h"
#include "support/waitfor.h"

namespace sportello::test {

using protocol::Envelope;
using protocol::EnvelopeKind;

HubTestClient::HubTestClient(QUrl url)
    : m_url(std::move(url))
{
    QtApp::ensure();
}

QUrl HubTestClient::urlOf(const app::ServerApplication &server)
{
    QUrl url(server.baseUrl() + QStringLiteral("/agents"));
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

HubTestClient::~HubTestClient()
{
    if (m_socket) {
        m_socket->disconnect();
        m_socket->abort();
    }
}

bool HubTestClient::open(int timeoutMs)
{
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_closed = false;
    m_closeCode = -1;
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(),
                     [this](const QString &text) { received(text); });
    QObject::connect(m_socket.get(), &QWebSocket::disconnected, m_socket.get(), [this] {
        m_closed = true;
        m_closeCode = int(m_socket->closeCode());
        m_closeReason = m_socket->closeReason();
    });
    if (m_ignoreSslErrors) {
        QObject::connect(m_socket.get(), &QWebSocket::sslErrors, m_socket.get(),
                         [this](const QList<QSslError> &) { m_socket->ignoreSslErrors(); });
    }
    m_socket->open(m_url);
    waitFor([this] { return isOpen() || m_closed; }, std::chrono::milliseconds(timeoutMs));
    return isOpen();
}

bool HubTestClient::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HubTestClient::close()
{
    if (m_socket)
        m_socket->close();
    waitForClosed();
}

bool HubTestClient::waitForClosed(int timeoutMs)
{
    return waitFor([this] { return m_closed; }, std::chrono::milliseconds(timeoutMs));
}

void HubTestClient::received(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    m_rawFrames.append(bytes);
    auto decoded = protocol::MessageCodec::decode(bytes);
    if (!std::holds_alternative<Envelope>(decoded)) {
        ADD_FAILURE() << "the hub sent a frame its own codec refuses: " << bytes.constData();
        return;
    }
    Envelope envelope = std::get<Envelope>(std::move(decoded));
    if (envelope.kind == EnvelopeKind::Event) {
        m_lastSeq = std::max(m_lastSeq, envelope.seq);
        m_epoch = envelope.epoch;
        m_events.append(std::move(envelope));
    } else {
        m_answers.append(std::move(envelope));
    }
}

std::optional<Envelope> HubTestClient::request(const QString &type, const QJsonObject &data,
                                               const QString &id, int timeoutMs)
{
    const QString requestId = id.isEmpty() ? QStringLiteral("t-%1").arg(m_nextId++) : id;
    if (!isOpen())
        return std::nullopt;
    m_socket->sendTextMessage(QString::fromUtf8(
        protocol::MessageCodec::encode(protocol::MessageCodec::request(type, requestId, data))));
    auto find = [this, &requestId]() -> qsizetype {
        for (qsizetype i = 0; i < m_answers.size(); ++i) {
            if (m_answers[i].id == requestId)
                return i;
        }
        return -1;
    };
    if (!waitFor([&] { return find() >= 0 || m_closed; }, std::chrono::milliseconds(timeoutMs)))
        return std::nullopt;
    const qsizetype index = find();
    if (index < 0)
        return std::nullopt;
    return m_answers.takeAt(index);
}

std::optional<Envelope> HubTestClient::sendRaw(const QString &text, int timeoutMs)
{
    if (!isOpen())
        return std::nullopt;
    const qsizetype before = m_answers.size();
    m_socket->sendTextMessage(text);
    if (!waitFor([&] { return m_answers.size() > before || m_closed; },
                 std::chrono::milliseconds(timeoutMs)) ||
        m_answers.size() <= before)
        return std::nullopt;
    return m_answers.takeAt(before);
}

void HubTestClient::sendBinary(const QByteArray &bytes)
{
    if (isOpen())
        m_socket->sendBinaryMessage(bytes);
}

bool HubTestClient::login(const QString &username, const QString &password)
{
    const auto reply =
        request(QStringLiteral("auth.login"), QJsonObject{{QStringLiteral("username"), username},
                                                          {QStringLiteral("password"), password}});
    if (!reply || reply->kind != EnvelopeKind::Reply)
        return false;
    m_token = reply->data.value(QLatin1StringView("token")).toString();
    m_epoch = reply->data.value(QLatin1StringView("epoch")).toString();
    return true;
}

QList<Envelope> HubTestClient::eventsOfType(const QString &type) const
{
    QList<Envelope> result;
    for (const auto &event : m_events) {
        if (event.type == type)
            result.append(event);
    }
    return result;
}

std::optional<Envelope>
HubTestClient::waitForEvent(const std::function<bool(const Envelope &)> &predicate, int timeoutMs)
{
    std::optional<Envelope> found;
    waitFor(
        [&] {
            for (const auto &event : std::as_const(m_events)) {
                if (predicate(event)) {
                    found = event;
                    return true;
                }
            }
            return false;
        },
        std::chrono::milliseconds(timeoutMs));
    return found;
}

std::optional<Envelope> HubTestClient::waitForEvent(const QString &type, int timeoutMs)
{
    return waitForEvent([&type](const Envelope &event) { return event.type == type; }, timeoutMs);
}

} // namespace sportello::test
