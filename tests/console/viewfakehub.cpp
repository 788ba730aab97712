// SPDX-License-Identifier: LicenseRef-Sportello
// A stand-in agent hub for the window tests: answers like the server from a sample inbox.
#include "viewfakehub.h"

#include <QJsonArray>
#include <QWebSocket>
#include <QWebSocketServer>

#include "models/queuefiltermodel.h"
#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"

namespace sportello::console::test {

using protocol::Envelope;
using protocol::MessageCodec;
using protocol::PayloadCodec;
using protocol::ProtocolError;

namespace {
const QString kUser = QStringLiteral("giulia");

QJsonObject countsJson(const QList<protocol::ConversationSummary> &conversations)
{
    protocol::QueueCounts counts;
    for (const auto &summary : conversations) {
        using models::QueueFilterModel;
        counts.needsReview += QueueFilterModel::belongsTo(summary, InboxQueue::NeedsReview, kUser);
        counts.escalated += QueueFilterModel::belongsTo(summary, InboxQueue::Escalated, kUser);
        counts.mine += QueueFilterModel::belongsTo(summary, InboxQueue::Mine, kUser);
        counts.open += QueueFilterModel::belongsTo(summary, InboxQueue::Open, kUser);
        counts.closed += QueueFilterModel::belongsTo(summary, InboxQueue::Closed, kUser);
    }
    return PayloadCodec::toJson(counts);
}
} // namespace

ViewFakeHub::ViewFakeHub(SampleInbox inbox, QObject *parent)
    : QObject(parent)
    , m_inbox(std::move(inbox))
    , m_server(
          new QWebSocketServer(QStringLiteral("fake hub"), QWebSocketServer::NonSecureMode, this))
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QWebSocketServer::newConnection, this, &ViewFakeHub::onConnection);
}

ViewFakeHub::~ViewFakeHub() = default;

QUrl ViewFakeHub::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

QList<Envelope> ViewFakeHub::requests(const QString &type) const
{
    QList<Envelope> matching;
    for (const Envelope &request : m_requests) {
        if (request.type == type)
            matching.append(request);
    }
    return matching;
}

void ViewFakeHub::onConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ViewFakeHub::onMessage(QWebSocket *socket, const QString &text)
{
    const auto decoded = MessageCodec::decode(text.toUtf8());
    const auto *request = std::get_if<Envelope>(&decoded);
    if (!request)
        return;
    m_requests.append(*request);
    ProtocolError error;
    const QJsonObject data = replyFor(*request, &error);
    const Envelope answer = error.isNull() ? MessageCodec::reply(*request, data)
                                           : MessageCodec::error(request->type, request->id, error);
    socket->sendTextMessage(QString::fromUtf8(MessageCodec::encode(answer)));
}

std::optional<protocol::ConversationSummary> ViewFakeHub::find(qint64 id) const
{
    for (const auto &summary : m_inbox.conversations) {
        if (summary.id == id)
            return summary;
    }
    return std::nullopt;
}

QJsonObject ViewFakeHub::replyFor(const Envelope &request, ProtocolError *error)
{
    const QString &type = request.type;
    const qint64 conversationId =
        request.data.value(QLatin1StringView("conversation_id")).toInteger();
    if (type == u"auth.login" || type == u"auth.resume") {
        protocol::Session session;
        session.token = QStringLiteral("token-giulia");
        session.expiresAt = m_inbox.now + 12 * 3600 * 1000;
        session.user = {kUser, AgentRole::Manager, false, true};
        session.epoch = QStringLiteral("e1");
        session.sandbox = true;
        session.serverVersion = QStringLiteral("test");
        return PayloadCodec::toJson(session);
    }
    if (type == u"sync") {
        QJsonArray conversations;
        for (const auto &summary : m_inbox.conversations)
            conversations.append(PayloadCodec::toJson(summary));
        return {{QStringLiteral("mode"), QStringLiteral("snapshot")},
                {QStringLiteral("epoch"), QStringLiteral("e1")},
                {QStringLiteral("seq"), 0},
                {QStringLiteral("conversations"), conversations},
                {QStringLiteral("counts"), countsJson(m_inbox.conversations)}};
    }
    if (type == u"conversation.open") {
        const auto summary = find(conversationId);
        if (!summary) {
            *error = {QStringLiteral("not_found"), QStringLiteral("data.conversation_id"),
                      QStringLiteral("no such conversation")};
            return {};
        }
        QJsonArray entries;
        QJsonArray drafts;
        if (conversationId == m_inbox.open.id) {
            for (const auto &entry : m_inbox.thread)
                entries.append(PayloadCodec::toJson(entry));
            drafts.append(PayloadCodec::toJson(m_inbox.draft));
        } else {
            protocol::ThreadEntry entry;
            entry.id = QStringLiteral("in:%1").arg(conversationId * 100);
            entry.kind = protocol::ThreadEntryKind::Inbound;
            entry.type = QStringLiteral("text");
            entry.text = summary->lastMessageText;
            entry.at = summary->lastMessageAt;
            entry.author = QStringLiteral("customer");
            entries.append(PayloadCodec::toJson(entry));
        }
        return {{QStringLiteral("conversation"), PayloadCodec::toJson(*summary)},
                {QStringLiteral("entries"), entries},
                {QStringLiteral("drafts"), drafts},
                {QStringLiteral("notes"), QJsonArray{}}};
    }
    if (type == u"canned.list") {
        const protocol::CannedResponse hours{1, QStringLiteral("Orari"),
                                             QStringLiteral("Siamo aperti dal lunedì al venerdì, "
                                                            "9-18."),
                                             QStringLiteral("it")};
        return {{QStringLiteral("canned"), QJsonArray{PayloadCodec::toJson(hours)}}};
    }
    if (type == u"settings.get") {
        return {{QStringLiteral("user"), PayloadCodec::toJson(protocol::UserSettings{})},
                {QStringLiteral("business"), PayloadCodec::toJson(protocol::BusinessSettings{})}};
    }
    if (type == u"presence.set")
        return {};
    if (type.startsWith(QLatin1StringView("conversation.")) || type == u"message.send" ||
        type.startsWith(QLatin1StringView("draft.")) || type == u"template.send") {
        auto summary = find(conversationId == 0 ? m_inbox.open.id : conversationId);
        if (!summary) {
            *error = {QStringLiteral("not_found"), QString(), QStringLiteral("no such thing")};
            return {};
        }
        if (type == u"conversation.take_over") {
            summary->owner = ConversationOwner::Human;
            summary->assignedAgent = kUser;
        }
        return {{QStringLiteral("conversation"), PayloadCodec::toJson(*summary)}};
    }
    *error = {QStringLiteral("unknown_type"), QString(), QStringLiteral("not in this fake")};
    return {};
}

} // namespace sportello::console::test
