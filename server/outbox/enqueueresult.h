// SPDX-License-Identifier: LicenseRef-Sportello
// What became of a message handed to the outbox.
#pragma once

#include <QString>

#include "domain/deliverystatus.h"

namespace sportello::outbox {

struct EnqueueResult
{
    qint64 outboxId = 0;
    bool created = false; // false: the idempotency key was used before, nothing new stored
    DeliveryStatus status = DeliveryStatus::Queued;
    QString code;   // gate code when not queued
    QString reason; // gate reason when not queued
};

} // namespace sportello::outbox
