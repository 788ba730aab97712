// SPDX-License-Identifier: LicenseRef-Sportello
// GET /healthz, /readyz and /metrics: what operators and Prometheus look at.
#include "http/opscontroller.h"

#include <memory>

#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QtConcurrent>

#include "http/deferredresponse.h"
#include "http/httplog.h"
#include "metrics/servermetrics.h"
#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/inboundrepository.h"
#include "storage/outboxrepository.h"
#include "storage/sqlconnection.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/webhookeventrepository.h"

namespace sportello::http {

namespace {
using Status = QHttpServerResponder::StatusCode;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

OpsController::OpsController(storage::Database &database, metrics::ServerMetrics &metrics,
                             std::function<QString()> extraReadiness, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_metrics(metrics)
    , m_extraReadiness(std::move(extraReadiness))
{
}

QHttpServerResponse OpsController::health() const
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

void OpsController::ready(QHttpServerResponder &&responder)
{
    auto response = std::make_shared<DeferredResponse>(std::move(responder));
    const QString extra = m_extraReadiness ? m_extraReadiness() : QString();
    storage::Database *database = &m_database;
    QtConcurrent::run([database]() -> QString {
        try {
            // Taking the write lock and letting it go proves the file is writable and not
            // stuck behind another process.
            auto &connection = database->connection();
            storage::Transaction tx(connection);
            return QString();
        } catch (const storage::StorageError &e) {
            return QStringLiteral("database not writable: ") + e.text();
        }
    }).then(this, [response, extra](const QString &problem) {
        const QString reason = problem.isEmpty() ? extra : problem;
        if (reason.isEmpty()) {
            response->write(json({{QStringLiteral("status"), QStringLiteral("ready")}}),
                            QByteArrayLiteral("application/json"), Status::Ok);
        } else {
            qCWarning(lcHttp, "not ready: %s", qUtf8Printable(reason));
            response->write(json({{QStringLiteral("status"), QStringLiteral("not_ready")},
                                  {QStringLiteral("reason"), reason}}),
                            QByteArrayLiteral("application/json"), Status::ServiceUnavailable);
        }
    });
}

void OpsController::metrics(QHttpServerResponder &&responder)
{
    auto response = std::make_shared<DeferredResponse>(std::move(responder));
    storage::Database *database = &m_database;
    metrics::ServerMetrics *serverMetrics = &m_metrics;
    QtConcurrent::run([database, serverMetrics]() -> QByteArray {
        metrics::DatabaseGauges gauges;
        try {
            auto &connection = database->connection();
            storage::Transaction tx(connection, storage::Transaction::Mode::Read);
            storage::InboundRepository inbound(connection);
            storage::OutboxRepository outbox(connection);
            storage::ConversationRepository conversations(connection);
            gauges.inboundStored = inbound.countStored();
            gauges.inboundPending = inbound.countPending();
            gauges.outboundStored = outbox.countMessages();
            gauges.outboundQueued = outbox.countWork();
            gauges.deadLetters = storage::WebhookEventRepository(connection).countDeadLetters();
            gauges.contactsOptedOut = storage::ContactRepository(connection).countOptedOut();
            gauges.conversationsBot = conversations.countWithOwner(ConversationOwner::Bot);
            gauges.conversationsPendingHuman =
                conversations.countWithOwner(ConversationOwner::PendingHuman);
            gauges.conversationsHuman = conversations.countWithOwner(ConversationOwner::Human);
            gauges.conversationsClosed = conversations.countWithOwner(ConversationOwner::Closed);
        } catch (const storage::StorageError &e) {
            qCWarning(lcHttp, "reading metrics from the database failed: %s", e.what());
        }
        return serverMetrics->render(gauges);
    }).then(this, [response](const QByteArray &text) {
        response->write(text, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                        Status::Ok);
    });
}

} // namespace sportello::http
