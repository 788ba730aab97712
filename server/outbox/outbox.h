// SPDX-License-Identifier: LicenseRef-Sportello
// Puts outgoing messages, after the gate, into the durable outbox.
#pragma once

#include "outbox/enqueueresult.h"
#include "outbox/outboundrequest.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::storage {
class SqlConnection;
}

namespace sportello::outbox {

// Thread-safe (stateless besides the config). Works inside the caller's write transaction so
// a message is stored exactly when the decision that produced it is.
// Refused and needs-template messages are stored too, with their reason: an agent sees what
// did not go out and why, instead of a message silently vanishing. A message authored by an
// agent ("agent:<name>") makes that agent the conversation's owner.
class Outbox
{
public:
    explicit Outbox(const config::ServerConfig &config);

    EnqueueResult enqueue(storage::SqlConnection &connection, const OutboundRequest &request,
                          qint64 now) const;

    // Blue ticks (and optionally "typing…") for a customer's message; no gate, not a message.
    EnqueueResult enqueueMarkRead(storage::SqlConnection &connection,
                                  const storage::ConversationKey &customer,
                                  std::optional<qint64> conversationId, const QString &recipient,
                                  const QString &inboundWamid, bool typingIndicator,
                                  qint64 now) const;

private:
    void takeOverForAgent(storage::SqlConnection &connection, qint64 conversationId,
                          const QString &author, qint64 now) const;

    const config::ServerConfig &m_config;
};

} // namespace sportello::outbox
