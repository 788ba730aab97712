// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for contacts: one row per (business, customer), opt-out and language state.
#pragma once

#include <optional>

#include "storage/contact.h"

namespace sportello::storage {

class SqlConnection;

class ContactRepository
{
public:
    explicit ContactRepository(SqlConnection &connection);

    // Finds or creates the contact, refreshing name and identifiers. A contact first seen by
    // phone number is re-keyed to its BSUID when one appears, so the history stays together.
    Contact resolve(const QString &phoneNumberId, const QString &contactKey, const QString &waId,
                    const QString &userId, const QString &profileName, qint64 now);
    std::optional<Contact> find(const QString &phoneNumberId, const QString &contactKey);
    // By key, or, for a message that carries only the phone number, the contact that phone
    // number was re-keyed from (a late redelivery must not split the customer in two).
    std::optional<Contact> findForKey(const QString &phoneNumberId, const QString &contactKey,
                                      const QString &waId);
    std::optional<Contact> byId(qint64 id);
    void setOptedOut(qint64 id, bool optedOut, qint64 now);
    void setLanguage(qint64 id, const QString &language, qint64 now);
    // Opens (a time) or settles (nullopt) the opt-out question; opening also records the last
    // time asked.
    void setOptOutAskedAt(qint64 id, std::optional<qint64> askedAt);
    qint64 countOptedOut();

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
