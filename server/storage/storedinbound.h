// SPDX-License-Identifier: LicenseRef-Sportello
// An inbound message as stored: what the pipeline reads back.
#pragma once

#include <QByteArray>
#include <QString>

namespace sportello::storage {

struct StoredInbound
{
    qint64 id = 0;
    QString phoneNumberId;
    QString wamid;
    QString senderKey;
    QString waId;
    QString userId;
    QString profileName;
    QString type;
    QString bodyText;
    QString contextWamid;
    qint64 waTimestamp = 0; // seconds
    qint64 receivedAt = 0;  // ms
    QByteArray rawJson;
};

} // namespace sportello::storage
