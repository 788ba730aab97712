// SPDX-License-Identifier: MIT
// Sportello: what managers tune: thresholds, always-human intents, hours.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "protocol/businesshours.h"

namespace sportello::protocol {

// Stored now; the understanding and generation issues act on the thresholds and intents.
struct BusinessSettings
{
    double autoReplyThreshold = 0.85;
    double reviewThreshold = 0.5;
    QStringList alwaysHumanIntents;
    QString timeZone = QStringLiteral("Europe/Rome");
    QList<BusinessHours> businessHours;
};

} // namespace sportello::protocol
