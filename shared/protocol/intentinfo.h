// SPDX-License-Identifier: MIT
// Sportello: one intent of a business's catalog: the default taxonomy's and its own examples.
#pragma once

#include <QList>
#include <QString>

#include "protocol/intentexampleinfo.h"

namespace sportello::protocol {

struct IntentInfo
{
    QString name;            // booking_request, whitening_offer...
    int defaultExamples = 0; // shipped examples in the business's languages (0: its own intent)
    QList<IntentExampleInfo> custom; // the business's, oldest first
};

} // namespace sportello::protocol
