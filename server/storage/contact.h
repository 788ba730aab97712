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
};

} // namespace sportello::storage
