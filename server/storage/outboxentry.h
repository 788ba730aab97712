// SPDX-License-Identifier: LicenseRef-Sportello
// One row of the outbox: a message (or read receipt) on its way to the Graph API.
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "domain/deliverystatus.h"

namespace sportello::storage {

struct OutboxEntry
{
    qint64 id = 0;
    QString phoneNumberId;
    std::optional<qint64> conversationId;
    QString recipient; // wa_id or BSUID
    QString kind;      // text, template, interactive, mark_read
    QString purpose;   // reply, optout_confirmation, optin_confirmation, ...
    QString author;    // bot, system, agent:<name>
    QString idempotencyKey;
    QByteArray payload; // Graph API request body, without biz_opaque_callback_data
    DeliveryStatus status = DeliveryStatus::Queued;
    int statusRank = 0;
    QString wamid;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    std::optional<int> errorCode;
    QString errorTitle;
    QString errorDetails;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isMessage() const { return kind != QStringLiteral("mark_read"); }
};

} // namespace sportello::storage
