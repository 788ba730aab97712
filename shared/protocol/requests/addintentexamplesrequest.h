// SPDX-License-Identifier: MIT
// Sportello: data of intents.add: examples for an intent (a new name creates the intent).
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::protocol {

struct AddIntentExamplesRequest
{
    QString phoneNumberId; // empty: the first configured business
    QString intent;        // 1-64 of [a-z0-9_], starting with a letter
    QString language;      // one of the business's languages (checked by the server)
    QStringList texts;     // 1-100, each trimmed to 1-500 characters
};

} // namespace sportello::protocol
