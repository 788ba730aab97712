// SPDX-License-Identifier: LicenseRef-Sportello
// WebhookFactory: realistic, signed WhatsApp Cloud API webhook bodies for one business.
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "whatsapp/webhookpayload.h"

namespace sportello::test {

// Builds bodies shaped like the ones Meta POSTs to /webhook (object, entry[].changes[] with
// field "messages", metadata, contacts, messages[] / statuses[]) and signs them the way Meta
// does (X-Hub-Signature-256). The signature is computed with Qt's HMAC, independently of the
// server's ingest::WebhookSignature, so tests can use it as an oracle. Usage:
//     WebhookFactory meta("app-secret", "100000000000001");
//     const QByteArray body = meta.textBody("wamid.A", "393331234567", "ciao", meta.now());
//     writer.submit({1, body, meta.sign(body), nowMs});
class WebhookFactory
{
public:
    // One customer message of type text.
    struct Text
    {
        QString wamid;
        QString from; // wa_id; may be empty for a BSUID-only sender
        QString text;
        qint64 timestamp = 0; // Unix seconds
        QString profileName = QStringLiteral("Cliente di prova");
        QString userId; // BSUID (contacts[].user_id and messages[].from_user_id) when set
    };

    // One delivery status of a message the business sent.
    struct Status
    {
        QString wamid;
        QString status; // sent, delivered, read, failed, played...
        qint64 timestamp = 0;
        QString recipientId;
        QString bizOpaque; // biz_opaque_callback_data (Sportello puts its outbox id there)
        std::optional<int> errorCode;
        QString errorTitle;
    };

    // Field-by-field builders (avoid partially braced aggregates).
    static Text makeText(const QString &wamid, const QString &from, const QString &text,
                         qint64 timestamp);
    static Status makeStatus(const QString &wamid, const QString &status, qint64 timestamp,
                             const QString &recipientId);

    explicit WebhookFactory(QByteArray appSecret = QByteArrayLiteral("test-app-secret"),
                            QString phoneNumberId = QStringLiteral("100000000000001"),
                            QString displayPhoneNumber = QStringLiteral("390212345678"));

    const QByteArray &appSecret() const { return m_appSecret; }
    const QString &phoneNumberId() const { return m_phoneNumberId; }

    // change.value objects; phoneNumberId defaults to this factory's business.
    QJsonObject messagesValue(const QList<Text> &messages, const QString &phoneNumberId = {}) const;
    QJsonObject statusesValue(const QList<Status> &statuses,
                              const QString &phoneNumberId = {}) const;
    // A full body: one entry whose changes carry `values` (field "messages"), compact JSON.
    QByteArray body(const QList<QJsonObject> &values) const;

    // Shortcuts for the common single-item bodies.
    QByteArray textBody(const QString &wamid, const QString &from, const QString &text,
                        qint64 timestamp) const;
    QByteArray textBody(const Text &message) const;
    QByteArray statusBody(const Status &status) const;

    // The message as the server's own whatsapp::WebhookParser reads it from textBody(message),
    // rawJson included: what storage::InboundRepository::insert() expects, for tests that put
    // messages in the database without going through ingest. Throws std::runtime_error when
    // the parser refuses the body.
    whatsapp::InboundMessage parsedText(const Text &message) const;

    // "sha256=<lower-case hex HMAC-SHA256(appSecret, body)>".
    QByteArray sign(const QByteArray &body) const;
    static QByteArray sign(const QByteArray &appSecret, const QByteArray &body);

    // Current Unix time in seconds (inside the 24h window, as a fresh message would be).
    static qint64 now();

private:
    QByteArray m_appSecret;
    QString m_phoneNumberId;
    QString m_displayPhoneNumber;
};

} // namespace sportello::test
