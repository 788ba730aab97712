// SPDX-License-Identifier: LicenseRef-Sportello
// The server's metrics, by name, and their rendering for GET /metrics.
#include "metrics/servermetrics.h"

#include "metrics/prometheustext.h"

namespace sportello::metrics {

ServerMetrics::ServerMetrics()
    : webhookRequests(QStringLiteral("sportello_webhook_requests_total"),
                      QStringLiteral("Webhook requests by result."), QStringLiteral("result"))
    , inboundMessages(QStringLiteral("sportello_inbound_messages_total"),
                      QStringLiteral("Customer messages stored for the first time."))
    , inboundDuplicates(QStringLiteral("sportello_inbound_duplicates_total"),
                        QStringLiteral("Redelivered messages and statuses acknowledged without "
                                       "storing them again."))
    , statusEvents(QStringLiteral("sportello_status_events_total"),
                   QStringLiteral("Delivery status webhooks stored, by status."),
                   QStringLiteral("status"))
    , outboundMessages(QStringLiteral("sportello_outbound_messages_total"),
                       QStringLiteral("Outgoing messages entering each status."),
                       QStringLiteral("status"))
    , graphRequests(QStringLiteral("sportello_graph_requests_total"),
                    QStringLiteral("Graph API requests by result."), QStringLiteral("result"))
    , turnsProcessed(QStringLiteral("sportello_turns_processed_total"),
                     QStringLiteral("Customer turns through the pipeline, by route."),
                     QStringLiteral("route"))
    , webhookAckSeconds(QStringLiteral("sportello_webhook_ack_seconds"),
                        QStringLiteral("Time from a webhook request's arrival to its answer."),
                        {0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5})
    , queueDepth(QStringLiteral("sportello_queue_depth"),
                 QStringLiteral("Work waiting in each queue."), QStringLiteral("queue"))
    , agentConnections(QStringLiteral("sportello_agent_connections"),
                       QStringLiteral("Console WebSocket connections open on the agent hub."))
    , agentEvents(QStringLiteral("sportello_agent_events_total"),
                  QStringLiteral("Events the agent hub pushed to consoles, by type."),
                  QStringLiteral("type"))
{
    for (const char *result : {"ok", "bad_signature", "missing_signature", "too_large",
                               "dead_letter", "error", "verify_ok", "verify_failed"})
        webhookRequests.declare(QString::fromUtf8(result));
    for (const char *status :
         {"queued", "accepted", "sent", "delivered", "read", "failed", "needs_template", "refused"})
        outboundMessages.declare(QString::fromUtf8(status));
    for (const char *queue : {"ingest", "inbound", "outbox"})
        queueDepth.set(QString::fromUtf8(queue), 0);
    for (const char *type : {"conversation.updated", "message.new", "message.status"})
        agentEvents.declare(QString::fromUtf8(type));
}

QByteArray ServerMetrics::render(const DatabaseGauges &db) const
{
    QString out;
    out += webhookRequests.render();
    out += inboundMessages.render();
    out += inboundDuplicates.render();
    out += statusEvents.render();
    out += outboundMessages.render();
    out += graphRequests.render();
    out += turnsProcessed.render();
    out += webhookAckSeconds.render();
    out += queueDepth.render();
    out += agentConnections.render();
    out += agentEvents.render();

    auto gauge = [&](const char *name, const char *help, qint64 value) {
        out += PrometheusText::header(QString::fromUtf8(name), QString::fromUtf8(help),
                                      QStringLiteral("gauge"));
        out += PrometheusText::sample(QString::fromUtf8(name), {}, {}, double(value));
    };
    gauge("sportello_inbound_messages_stored", "Customer messages in the database.",
          db.inboundStored);
    gauge("sportello_inbound_messages_pending",
          "Customer messages stored and not yet processed by the pipeline.", db.inboundPending);
    gauge("sportello_outbound_messages_stored",
          "Outgoing messages in the database (read receipts excluded).", db.outboundStored);
    gauge("sportello_outbound_messages_unsent", "Outbox rows still queued or in flight.",
          db.outboundQueued);
    gauge("sportello_dead_letters_stored", "Webhook payloads kept as dead letters.",
          db.deadLetters);
    gauge("sportello_contacts_opted_out", "Contacts who asked not to be messaged.",
          db.contactsOptedOut);
    const QString conversations = QStringLiteral("sportello_conversations");
    out += PrometheusText::header(conversations, QStringLiteral("Conversations by owner."),
                                  QStringLiteral("gauge"));
    out += PrometheusText::sample(conversations, QStringLiteral("owner"), QStringLiteral("bot"),
                                  double(db.conversationsBot));
    out += PrometheusText::sample(conversations, QStringLiteral("owner"),
                                  QStringLiteral("pending_human"),
                                  double(db.conversationsPendingHuman));
    out += PrometheusText::sample(conversations, QStringLiteral("owner"), QStringLiteral("human"),
                                  double(db.conversationsHuman));
    out += PrometheusText::sample(conversations, QStringLiteral("owner"), QStringLiteral("closed"),
                                  double(db.conversationsClosed));
    return out.toUtf8();
}

} // namespace sportello::metrics
