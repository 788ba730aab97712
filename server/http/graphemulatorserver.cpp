// SPDX-License-Identifier: LicenseRef-Sportello
// HTTP front of the sandbox Graph API emulator: POST /<version>/<phone_number_id>/messages.
#include "http/graphemulatorserver.h"

#include <utility>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include "http/deferredresponse.h"
#include "http/httplog.h"
#include "whatsapp/sandbox/graphemulator.h"

using namespace Qt::StringLiterals;

namespace sportello::http {

using whatsapp::sandbox::EmulatorReply;

namespace {

QHttpServerResponder::StatusCode statusCode(int status)
{
    // Writing a status unknown to QHttpServerResponder would throw inside Qt.
    const QMetaEnum codes = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    if (!codes.valueToKey(status)) {
        qCWarning(lcHttp) << "graph emulator: HTTP status" << status << "unsupported, sending 500";
        return QHttpServerResponder::StatusCode::InternalServerError;
    }
    return static_cast<QHttpServerResponder::StatusCode>(status);
}

void writeReply(QHttpServerResponder &responder, const EmulatorReply &reply)
{
    responder.write(reply.body, {{QByteArrayLiteral("Content-Type"), reply.contentType}},
                    statusCode(reply.httpStatus));
}

void writeReply(DeferredResponse &response, const EmulatorReply &reply)
{
    response.write(reply.body, reply.contentType, statusCode(reply.httpStatus));
}

EmulatorReply graphError(int httpStatus, int code, const QString &message)
{
    const QJsonObject error{
        {u"message"_s, message},
        {u"type"_s, u"OAuthException"_s},
        {u"code"_s, code},
        {u"fbtrace_id"_s, QString::number(QRandomGenerator::global()->generate64(), 36).toUpper()},
    };
    EmulatorReply reply;
    reply.httpStatus = httpStatus;
    reply.body = QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
    return reply;
}

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

GraphEmulatorServer::GraphEmulatorServer(whatsapp::sandbox::GraphEmulator *emulator,
                                         QObject *parent)
    : QObject(parent)
    , m_emulator(emulator)
{
}

GraphEmulatorServer::~GraphEmulatorServer()
{
    close();
}

quint16 GraphEmulatorServer::listen(const QHostAddress &address, quint16 port)
{
    close();

    m_server = new QHttpServer(this);
    m_server->route(u"/<arg>/<arg>/messages"_s, QHttpServerRequest::Method::Post,
                    [this](const QString &version, const QString &phoneNumberId,
                           const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleMessages(version, phoneNumberId, request, std::move(responder));
                    });
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleMissing(request, std::move(responder));
        });

    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        qCWarning(lcHttp).nospace()
            << "graph emulator: cannot listen on " << address.toString() << ':' << port;
        delete m_server;
        m_server = nullptr;
        return 0;
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcHttp) << "graph emulator listening on" << baseUrl().toString();
    return bound;
}

void GraphEmulatorServer::close()
{
    if (m_server) {
        const auto tcpServers = m_server->servers();
        for (QTcpServer *tcpServer : tcpServers)
            tcpServer->close();
    }

    auto pending = std::exchange(m_pending, {});
    for (auto &[id, reply] : pending) {
        Q_UNUSED(id);
        if (QTcpSocket *socket = reply->socket())
            socket->disconnectFromHost();
    }
    pending.clear();

    if (m_server) {
        // close() may run inside one of the server's own handlers.
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_port = 0;
}

QUrl GraphEmulatorServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

void GraphEmulatorServer::handleMessages(const QString &version, const QString &phoneNumberId,
                                         const QHttpServerRequest &request,
                                         QHttpServerResponder &&responder)
{
    static const QRegularExpression versionPattern(u"^v\\d+\\.\\d+$"_s);
    if (!versionPattern.match(version).hasMatch()) {
        handleMissing(request, std::move(responder));
        return;
    }
    if (!m_emulator) {
        writeReply(responder, graphError(503, 2, u"Service temporarily unavailable"_s));
        return;
    }

    const EmulatorReply reply = m_emulator->handleSend(
        phoneNumberId, headerValue(request, "authorization"), request.body());
    if (!reply.neverAnswer && reply.delayMs <= 0) {
        writeReply(responder, reply);
        return;
    }

    const quint64 id = park(std::move(responder));
    if (reply.neverAnswer)
        return; // answered by nobody: the client's timeout, or close(), ends it
    QTimer::singleShot(reply.delayMs, this, [this, id, reply]() { answerParked(id, reply); });
}

void GraphEmulatorServer::handleMissing(const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder)
{
    writeReply(responder,
               graphError(404, 2500, u"Unknown path components: "_s + request.url().path()));
}

quint64 GraphEmulatorServer::park(QHttpServerResponder &&responder)
{
    const quint64 id = ++m_nextPendingId;
    auto pending = std::make_unique<DeferredResponse>(std::move(responder));
    if (pending->socket()) {
        connect(pending->socket(), &QObject::destroyed, this,
                [this, id]() { m_pending.erase(id); });
    }
    m_pending.emplace(id, std::move(pending));
    return id;
}

void GraphEmulatorServer::answerParked(quint64 id, const EmulatorReply &reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // the client went away, or close() ran
    std::unique_ptr<DeferredResponse> pending = std::move(it->second);
    m_pending.erase(it);
    writeReply(*pending, reply);
}

} // namespace sportello::http
