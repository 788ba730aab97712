// SPDX-License-Identifier: LicenseRef-Sportello
// GET and POST /webhook: Meta's verification handshake and durable notification intake.
#include "http/webhookcontroller.h"

#include <openssl/crypto.h>

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

#include "http/httplog.h"
#include "ingest/ingestwriter.h"
#include "metrics/servermetrics.h"

namespace sportello::http {

namespace {
using Status = QHttpServerResponder::StatusCode;

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}
} // namespace

WebhookController::WebhookController(ingest::IngestWriter &writer, config::Secret verifyToken,
                                     qint64 maxBodyBytes, metrics::ServerMetrics &metrics,
                                     QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_verifyToken(std::move(verifyToken))
    , m_maxBodyBytes(maxBodyBytes)
    , m_metrics(metrics)
{
    connect(&m_writer, &ingest::IngestWriter::completed, this, &WebhookController::completed);
}

QHttpServerResponse WebhookController::verify(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString mode = query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded);
    const QByteArray token =
        query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    const QString challenge =
        query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
    if (mode == u"subscribe" && equalConstantTime(token, m_verifyToken.reveal())) {
        m_metrics.webhookRequests.inc(QStringLiteral("verify_ok"));
        qCInfo(lcHttp, "webhook verification handshake accepted");
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), challenge.toUtf8());
    }
    m_metrics.webhookRequests.inc(QStringLiteral("verify_failed"));
    qCWarning(lcHttp, "webhook verification refused from %s (mode \"%s\", %s token)",
              qUtf8Printable(request.remoteAddress().toString()), qUtf8Printable(mode),
              token.isEmpty() ? "no" : "wrong");
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("forbidden"),
                               Status::Forbidden);
}

void WebhookController::receive(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    DeferredResponse response(std::move(responder));
    const QByteArray body = request.body();
    if (body.size() > m_maxBodyBytes) {
        qCWarning(lcHttp, "webhook body of %lld bytes refused (limit %lld)", qint64(body.size()),
                  m_maxBodyBytes);
        answer(response, Status::PayloadTooLarge, QByteArrayLiteral("payload too large"),
               QStringLiteral("too_large"));
        return;
    }
    const QByteArray signature = request.value(QByteArrayLiteral("X-Hub-Signature-256"));
    if (signature.isEmpty()) {
        qCWarning(lcHttp, "webhook POST without X-Hub-Signature-256 from %s",
                  qUtf8Printable(request.remoteAddress().toString()));
        answer(response, Status::Unauthorized, QByteArrayLiteral("missing signature"),
               QStringLiteral("missing_signature"));
        return;
    }
    const quint64 ticket = m_nextTicket++;
    m_pending.emplace(ticket, std::move(response));
    m_writer.submit({ticket, body, signature, QDateTime::currentMSecsSinceEpoch()});
    m_metrics.queueDepth.set(QStringLiteral("ingest"), double(m_pending.size()));
}

void WebhookController::completed(const QList<ingest::IngestOutcome> &outcomes)
{
    for (const auto &outcome : outcomes) {
        auto it = m_pending.find(outcome.ticket);
        if (it == m_pending.end())
            continue;
        switch (outcome.kind) {
        case ingest::IngestOutcome::Kind::Stored:
            answer(it->second, Status::Ok, QByteArrayLiteral("EVENT_RECEIVED"),
                   QStringLiteral("ok"));
            break;
        case ingest::IngestOutcome::Kind::DeadLettered:
            // 200 all the same: retrying cannot fix the payload, and we have kept it.
            answer(it->second, Status::Ok, QByteArrayLiteral("EVENT_RECEIVED"),
                   QStringLiteral("dead_letter"));
            break;
        case ingest::IngestOutcome::Kind::BadSignature:
            qCWarning(lcHttp, "webhook POST refused: %s", qUtf8Printable(outcome.reason));
            answer(it->second, Status::Unauthorized, QByteArrayLiteral("bad signature"),
                   QStringLiteral("bad_signature"));
            break;
        case ingest::IngestOutcome::Kind::Failed:
            answer(it->second, Status::ServiceUnavailable,
                   QByteArrayLiteral("temporarily unavailable"), QStringLiteral("error"));
            break;
        }
        m_pending.erase(it);
    }
    m_metrics.queueDepth.set(QStringLiteral("ingest"), double(m_pending.size()));
}

void WebhookController::answer(DeferredResponse &response, QHttpServerResponder::StatusCode status,
                               const QByteArray &body, const QString &result)
{
    m_metrics.webhookRequests.inc(result);
    const bool written =
        status == Status::ServiceUnavailable
            ? response.write(body, QByteArrayLiteral("text/plain"), status,
                             {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}})
            : response.write(body, QByteArrayLiteral("text/plain"), status);
    if (!written) {
        qCDebug(lcHttp, "webhook client left before its answer");
    }
    m_metrics.webhookAckSeconds.observe(double(response.elapsedNs()) / 1e9);
}

} // namespace sportello::http
