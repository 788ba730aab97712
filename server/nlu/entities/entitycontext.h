// SPDX-License-Identifier: LicenseRef-Sportello
// What the entity extractor needs to know about "now" and the business to resolve a message.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace sportello::nlu {

struct EntityContext
{
    // The instant the message is understood against ("domani" is relative to it). Invalid means
    // the current time.
    QDateTime now;
    // The business's zone: relative days and wall-clock times are read in it, and values carry
    // its offset at that date (DST-correct). Invalid means the zone of `now`.
    QTimeZone timeZone;
    // Country calling code without "+" ("39"): national phone numbers become E.164 with it.
    // Empty means national numbers are reported as bare digits.
    QString defaultCountryCode;
};

} // namespace sportello::nlu
