// SPDX-License-Identifier: MIT
// Sportello: one training example a business added to its intent model.
#pragma once

#include <QString>

namespace sportello::protocol {

struct IntentExampleInfo
{
    qint64 id = 0;
    QString language; // ISO 639-1, one of the business's languages
    QString text;
    QString createdBy;    // user name; empty when added from the command line
    qint64 createdAt = 0; // ms
};

} // namespace sportello::protocol
