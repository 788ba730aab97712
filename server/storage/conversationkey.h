// SPDX-License-Identifier: LicenseRef-Sportello
// What identifies a conversation before it is resolved: business + customer.
#pragma once

#include <QHashFunctions>
#include <QString>

namespace sportello::storage {

struct ConversationKey
{
    QString phoneNumberId;
    QString senderKey; // BSUID when present, else wa_id

    friend bool operator==(const ConversationKey &, const ConversationKey &) = default;
};

inline size_t qHash(const ConversationKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.phoneNumberId, key.senderKey);
}

} // namespace sportello::storage
