// SPDX-License-Identifier: LicenseRef-Sportello
// Small builders of storage rows shared by the storage tests.
#pragma once

#include <ostream>

#include <QString>

#include "storage/outboxentry.h"
#include "whatsapp/webhookpayload.h"

// Readable gtest failures for QString comparisons.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace sportello::storage::testdata {

inline const QString kBusiness = QStringLiteral("100000000000001");
inline const QString kOtherBusiness = QStringLiteral("200000000000002");

// A text message as the parser would hand it to InboundRepository::insert().
inline whatsapp::InboundMessage textMessage(const QString &wamid, const QString &waId,
                                            qint64 timestamp, const QString &text = {},
                                            const QString &business = kBusiness)
{
    whatsapp::InboundMessage m;
    m.phoneNumberId = business;
    m.wamid = wamid;
    m.fromWaId = waId;
    m.profileName = QStringLiteral("Maria Rossi");
    m.timestamp = timestamp;
    m.type = MessageType::Text;
    m.typeName = QStringLiteral("text");
    m.text = text.isEmpty() ? QStringLiteral("text of ") + wamid : text;
    m.rawJson = QStringLiteral(R"({"from":"%1","id":"%2","timestamp":"%3","type":"text",)"
                               R"("text":{"body":"%4"}})")
                    .arg(waId, wamid)
                    .arg(timestamp)
                    .arg(m.text)
                    .toUtf8();
    return m;
}

inline whatsapp::StatusEvent statusEvent(const QString &wamid, const QString &status,
                                         qint64 timestamp = 1700000000)
{
    whatsapp::StatusEvent s;
    s.phoneNumberId = kBusiness;
    s.wamid = wamid;
    s.statusName = status;
    s.status = deliveryStatusFromString(status);
    s.timestamp = timestamp;
    s.recipientId = QStringLiteral("393331234567");
    s.rawJson = QStringLiteral(R"({"id":"%1","status":"%2"})").arg(wamid, status).toUtf8();
    return s;
}

// A queued text message to `recipient`, unique by `key`.
inline OutboxEntry outboxEntry(const QString &key,
                               const QString &recipient = QStringLiteral("393331234567"),
                               const QString &business = kBusiness, qint64 now = 1000)
{
    OutboxEntry e;
    e.phoneNumberId = business;
    e.recipient = recipient;
    e.kind = QStringLiteral("text");
    e.purpose = QStringLiteral("reply");
    e.author = QStringLiteral("bot");
    e.idempotencyKey = key;
    e.payload = QByteArrayLiteral(R"({"messaging_product":"whatsapp","type":"text"})");
    e.status = DeliveryStatus::Queued;
    e.nextAttemptAt = now;
    e.createdAt = now;
    e.updatedAt = now;
    return e;
}

} // namespace sportello::storage::testdata
