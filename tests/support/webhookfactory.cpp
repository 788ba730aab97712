// SPDX-License-Identifier: LicenseRef-Sportello
// WebhookFactory: realistic, signed WhatsApp Cloud API webhook bodies for one business.
#include "support/webhookfactory.h"

#include <stdexcept>
#include <variant>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include "whatsapp/webhookparser.h"

namespace sportello::test {

WebhookFactory::WebhookFactory(QByteArray appSecret, QString phoneNumberId,
                               QString displayPhoneNumber)
    : m_appSecret(std::move(appSecret))
    , m_phoneNumberId(std::move(phoneNumberId))
    , m_displayPhoneNumber(std::move(displayPhoneNumber))
{
}

WebhookFactory::Text WebhookFactory::makeText(const QString &wamid, const QString &from,
                                              const QString &text, qint64 timestamp)
{
    Text message;
    message.wamid = wamid;
    message.from = from;
    message.text = text;
    message.timestamp = timestamp;
    return message;
}

WebhookFactory::Status WebhookFactory::makeStatus(const QString &wamid, const QString &status,
                                                  qint64 timestamp, const QString &recipientId)
{
    Status s;
    s.wamid = wamid;
    s.status = status;
    s.timestamp = timestamp;
    s.recipientId = recipientId;
    return s;
}

QJsonObject WebhookFactory::messagesValue(const QList<Text> &messages,
                                          const QString &phoneNumberId) const
{
    QJsonArray contacts;
    QJsonArray items;
    for (const auto &m : messages) {
        QJsonObject contact{
            {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), m.profileName}}}};
        if (!m.from.isEmpty())
            contact.insert(QStringLiteral("wa_id"), m.from);
        if (!m.userId.isEmpty())
            contact.insert(QStringLiteral("user_id"), m.userId);
        contacts.append(contact);

        QJsonObject item{{QStringLiteral("id"), m.wamid},
                         {QStringLiteral("timestamp"), QString::number(m.timestamp)},
                         {QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), m.text}}}};
        if (!m.from.isEmpty())
            item.insert(QStringLiteral("from"), m.from);
        if (!m.userId.isEmpty())
            item.insert(QStringLiteral("from_user_id"), m.userId);
        items.append(item);
    }
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("display_phone_number"), m_displayPhoneNumber},
                         {QStringLiteral("phone_number_id"),
                          phoneNumberId.isEmpty() ? m_phoneNumberId : phoneNumberId}}},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("messages"), items}};
}

QJsonObject WebhookFactory::statusesValue(const QList<Status> &statuses,
                                          const QString &phoneNumberId) const
{
    QJsonArray items;
    for (const auto &s : statuses) {
        QJsonObject item{{QStringLiteral("id"), s.wamid},
                         {QStringLiteral("status"), s.status},
                         {QStringLiteral("timestamp"), QString::number(s.timestamp)},
                         {QStringLiteral("recipient_id"), s.recipientId}};
        if (!s.bizOpaque.isEmpty())
            item.insert(QStringLiteral("biz_opaque_callback_data"), s.bizOpaque);
        if (s.errorCode) {
            item.insert(QStringLiteral("errors"),
                        QJsonArray{QJsonObject{{QStringLiteral("code"), *s.errorCode},
                                               {QStringLiteral("title"), s.errorTitle}}});
        }
        items.append(item);
    }
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("display_phone_number"), m_displayPhoneNumber},
                         {QStringLiteral("phone_number_id"),
                          phoneNumberId.isEmpty() ? m_phoneNumberId : phoneNumberId}}},
            {QStringLiteral("statuses"), items}};
}

QByteArray WebhookFactory::body(const QList<QJsonObject> &values) const
{
    QJsonArray changes;
    for (const auto &value : values) {
        changes.append(QJsonObject{{QStringLiteral("value"), value},
                                   {QStringLiteral("field"), QStringLiteral("messages")}});
    }
    const QJsonObject root{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                                {QStringLiteral("changes"), changes}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray WebhookFactory::textBody(const QString &wamid, const QString &from, const QString &text,
                                    qint64 timestamp) const
{
    return textBody(makeText(wamid, from, text, timestamp));
}

QByteArray WebhookFactory::textBody(const Text &message) const
{
    return body({messagesValue({message})});
}

QByteArray WebhookFactory::statusBody(const Status &status) const
{
    return body({statusesValue({status})});
}

whatsapp::InboundMessage WebhookFactory::parsedText(const Text &message) const
{
    whatsapp::WebhookParser parser;
    auto parsed = parser.parse(textBody(message));
    if (auto *error = std::get_if<whatsapp::WebhookParseError>(&parsed))
        throw std::runtime_error("WebhookFactory body refused: " + error->message.toStdString());
    auto &payload = std::get<whatsapp::WebhookPayload>(parsed);
    if (payload.messages.size() != 1)
        throw std::runtime_error("WebhookFactory body did not yield exactly one message");
    return payload.messages.first();
}

QByteArray WebhookFactory::sign(const QByteArray &body) const
{
    return sign(m_appSecret, body);
}

QByteArray WebhookFactory::sign(const QByteArray &appSecret, const QByteArray &body)
{
    return QByteArrayLiteral("sha256=") +
           QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

qint64 WebhookFactory::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace sportello::test
