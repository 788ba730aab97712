// SPDX-License-Identifier: LicenseRef-Sportello
// Puts outgoing messages, after the gate, into the durable outbox.
#include "outbox/outbox.h"

#include "config/serverconfig.h"
#include "outbox/outboxgate.h"
#include "outbox/outboxlog.h"
#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/inboundrepository.h"
#include "storage/outboxrepository.h"
#include "storage/storageerror.h"
#include "whatsapp/graphrequestbuilder.h"

namespace sportello::outbox {

Outbox::Outbox(const config::ServerConfig &config)
    : m_config(config)
{
}

EnqueueResult Outbox::enqueue(storage::SqlConnection &connection, const OutboundRequest &request,
                              qint64 now) const
{
    const auto *business = m_config.business(request.customer.phoneNumberId);
    if (!business) {
        throw storage::StorageError(QStringLiteral("no business with phone_number_id %1")
                                        .arg(request.customer.phoneNumberId));
    }
    GateContext context;
    context.now = now;
    storage::InboundRepository inbound(connection);
    if (auto contact = storage::ContactRepository(connection)
                           .findForKey(request.customer.phoneNumberId, request.customer.senderKey,
                                       request.message.to)) {
        context.optedOut = contact->optedOut;
        context.optedOutAt = contact->optedOutAt;
        context.lastCustomerTimestamp = inbound.lastCustomerTimestamp(
            request.customer.phoneNumberId,
            {request.customer.senderKey, contact->contactKey, contact->waId, contact->userId});
    } else {
        context.lastCustomerTimestamp = inbound.lastCustomerTimestamp(request.customer);
    }
    GateDecision decision = OutboxGate::check(request, *business, context);

    QByteArray payload;
    const auto built = whatsapp::GraphRequestBuilder::build(request.message);
    if (const auto *error = std::get_if<whatsapp::GraphRequestError>(&built)) {
        if (decision.allowed()) {
            decision = {GateDecision::Verdict::Refuse, QStringLiteral("invalid_message"),
                        error->field + QStringLiteral(": ") + error->message};
        }
    } else {
        payload = std::get<QByteArray>(built);
    }

    storage::OutboxEntry entry;
    entry.phoneNumberId = request.customer.phoneNumberId;
    entry.conversationId = request.conversationId;
    entry.recipient = request.message.to;
    entry.kind = whatsapp::GraphRequestBuilder::typeName(request.message.content);
    entry.purpose = request.purpose;
    entry.author = request.author;
    entry.idempotencyKey = request.idempotencyKey;
    entry.payload = payload;
    entry.status = decision.status();
    entry.nextAttemptAt = now;
    if (!decision.allowed()) {
        entry.errorTitle = decision.code;
        entry.errorDetails = decision.reason;
    }
    entry.createdAt = now;
    entry.updatedAt = now;

    const auto [id, created] = storage::OutboxRepository(connection).insert(entry);
    if (created && request.conversationId && request.author.startsWith(QStringLiteral("agent:")))
        takeOverForAgent(connection, *request.conversationId, request.author, now);
    if (created && !decision.allowed()) {
        qCInfo(lcOutbox, "outbox %lld to %s not sent (%s): %s", id,
               qUtf8Printable(request.customer.phoneNumberId), qUtf8Printable(decision.code),
               qUtf8Printable(decision.reason));
    }
    return {id, created, entry.status, decision.code, decision.reason};
}

void Outbox::takeOverForAgent(storage::SqlConnection &connection, qint64 conversationId,
                              const QString &author, qint64 now) const
{
    // A person writing to the customer owns the conversation from then on, in the same
    // transaction as their message: the bot cannot answer in between.
    storage::ConversationRepository conversations(connection);
    const auto conversation = conversations.byId(conversationId);
    const QString agent = author.mid(int(qstrlen("agent:")));
    if (!conversation ||
        (conversation->owner == ConversationOwner::Human && conversation->assignedAgent == agent))
        return;
    conversations.setOwner(conversationId, ConversationOwner::Human, agent, now);
    conversations.addEvent({0, conversationId, QStringLiteral("owner_changed"),
                            toString(conversation->owner) + QStringLiteral(" -> human: ") + agent +
                                QStringLiteral(" replied"),
                            author, now});
}

EnqueueResult Outbox::enqueueMarkRead(storage::SqlConnection &connection,
                                      const storage::ConversationKey &customer,
                                      std::optional<qint64> conversationId,
                                      const QString &recipient, const QString &inboundWamid,
                                      bool typingIndicator, qint64 now) const
{
    storage::OutboxEntry entry;
    entry.phoneNumberId = customer.phoneNumberId;
    entry.conversationId = conversationId;
    entry.recipient = recipient;
    entry.kind = QStringLiteral("mark_read");
    entry.purpose = QStringLiteral("read_receipt");
    entry.author = QStringLiteral("system");
    entry.idempotencyKey = QStringLiteral("read:") + inboundWamid;
    entry.payload = whatsapp::GraphRequestBuilder::buildMarkRead({inboundWamid, typingIndicator});
    entry.status = DeliveryStatus::Queued;
    entry.nextAttemptAt = now;
    entry.createdAt = now;
    entry.updatedAt = now;
    const auto [id, created] = storage::OutboxRepository(connection).insert(entry);
    return {id, created, entry.status, {}, {}};
}

} // namespace sportello::outbox
