// SPDX-License-Identifier: MIT
// Sportello: data of intents.remove: one example by id, or every example of an intent.
#pragma once

#include <QString>

namespace sportello::protocol {

// Exactly one of `id` and `intent` is set.
struct RemoveIntentExamplesRequest
{
    QString phoneNumberId; // empty: the first configured business
    qint64 id = 0;
    QString intent;
};

} // namespace sportello::protocol
