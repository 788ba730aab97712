// SPDX-License-Identifier: LicenseRef-Sportello
// Helpers shared by the outbox tests: enqueue through the real gate into a running server.
#pragma once

#include <QDateTime>

#include "outbox/outbox.h"
#include "storage/inboundrepository.h"
#include "storage/outboxrepository.h"
#include "storage/sqlconnection.h"
#include "storage/transaction.h"
#include "support/testserver.h"
#include "support/webhookfactory.h"

namespace sportello::test {

inline const QString kBusiness = QStringLiteral("100000000000001");

// Makes `waId` a customer who wrote `secondsAgo` ago (opens, or not, the 24h window).
inline void customerWrote(TestServer &server, const QString &waId, qint64 secondsAgo,
                          const QString &wamid)
{
    WebhookFactory meta(server.config().whatsapp.appSecret.reveal(), kBusiness);
    const auto response = server.postWebhook(meta.textBody(
        wamid, waId, QStringLiteral("Buongiorno"), WebhookFactory::now() - secondsAgo));
    ASSERT_EQ(response.status, 200);
}

inline outbox::EnqueueResult enqueue(TestServer &server, const QString &waId,
                                     whatsapp::MessageContent content, const QString &key,
                                     const QString &author = QStringLiteral("agent:test"))
{
    outbox::OutboundRequest request;
    request.customer = {kBusiness, waId};
    request.message.to = waId;
    request.message.content = std::move(content);
    request.author = author;
    request.idempotencyKey = key;
    auto &connection = server.app().database().connection();
    storage::Transaction tx(connection);
    auto result =
        server.app().outbox().enqueue(connection, request, QDateTime::currentMSecsSinceEpoch());
    tx.commit();
    server.wakeOutbox();
    return result;
}

inline whatsapp::TextContent text(const QString &body)
{
    return whatsapp::TextContent{body, false};
}

inline whatsapp::TemplateContent followUp(const QString &name)
{
    whatsapp::TemplateContent content;
    content.name = QStringLiteral("follow_up");
    content.languageCode = QStringLiteral("it");
    content.bodyParameters = {{whatsapp::TemplateParameter::Kind::Text, name, {}, {}}};
    return content;
}

inline std::optional<storage::OutboxEntry> outboxRow(TestServer &server, qint64 id)
{
    return storage::OutboxRepository(server.app().database().connection()).byId(id);
}

} // namespace sportello::test
