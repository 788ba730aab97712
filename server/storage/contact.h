// SPDX-License-Identifier: LicenseRef-Sportello
// A customer of one business.
#pragma once

#include <optional>

#include <QString>

namespace sportello::storage {

struct Contact
{
    qint64 id = 0;
    QString phoneNumberId;
    QString contactKey; // BSUID when known, else wa_id
    QString waId;
    QString userId;
    QString profileName;
    QString language;
    bool optedOut = false;
    std::optional<qint64> optedOutAt;
    // The bot asked whether to stop messages (an opt_out intent without a keyword).
    std::optional<qint64> optOutAskedAt;
    // The last time it asked (kept after the answer).
    std::optional<qint64> optOutLastAskedAt;
};

} // namespace sportello::storage
