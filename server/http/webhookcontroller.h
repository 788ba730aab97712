// SPDX-License-Identifier: LicenseRef-Sportello
// GET and POST /webhook: Meta's verification handshake and durable notification intake.
#pragma once

#include <unordered_map>

#include <QObject>

#include "config/secret.h"
#include "http/deferredresponse.h"
#include "ingest/ingestoutcome.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace sportello::ingest {
class IngestWriter;
}
namespace sportello::metrics {
class ServerMetrics;
}

namespace sportello::http {

// Lives in the HTTP thread. A POST is answered only once its payload is committed (or
// refused): the 200 that tells Meta to stop retrying means the messages are on disk.
class WebhookController : public QObject
{
    Q_OBJECT

public:
    WebhookController(ingest::IngestWriter &writer, config::Secret verifyToken, qint64 maxBodyBytes,
                      metrics::ServerMetrics &metrics, QObject *parent = nullptr);

    QHttpServerResponse verify(const QHttpServerRequest &request);
    void receive(const QHttpServerRequest &request, QHttpServerResponder &&responder);

private:
    void completed(const QList<sportello::ingest::IngestOutcome> &outcomes);
    void answer(DeferredResponse &response, QHttpServerResponder::StatusCode status,
                const QByteArray &body, const QString &result);

    ingest::IngestWriter &m_writer;
    config::Secret m_verifyToken;
    qint64 m_maxBodyBytes;
    metrics::ServerMetrics &m_metrics;
    std::unordered_map<quint64, DeferredResponse> m_pending;
    quint64 m_nextTicket = 1;
};

} // namespace sportello::http
