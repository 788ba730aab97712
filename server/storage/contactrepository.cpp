// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for contacts: one row per (business, customer), opt-out and language state.
#include "storage/contactrepository.h"

#include "storage/sqlconnection.h"
#include "storage/storageerror.h"

namespace sportello::storage {

namespace {
constexpr std::string_view kSelect =
    "SELECT id, phone_number_id, contact_key, wa_id, user_id, profile_name, language, opted_out, "
    "opted_out_at, opt_out_asked_at, opt_out_last_asked_at FROM contacts ";

Contact readContact(SqlStatement &query)
{
    Contact c;
    c.id = query.int64(0);
    c.phoneNumberId = query.text(1);
    c.contactKey = query.text(2);
    c.waId = query.text(3);
    c.userId = query.text(4);
    c.profileName = query.text(5);
    c.language = query.text(6);
    c.optedOut = query.int64(7) != 0;
    c.optedOutAt = query.optionalInt64(8);
    c.optOutAskedAt = query.optionalInt64(9);
    c.optOutLastAskedAt = query.optionalInt64(10);
    return c;
}
} // namespace

ContactRepository::ContactRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

Contact ContactRepository::resolve(const QString &phoneNumberId, const QString &contactKey,
                                   const QString &waId, const QString &userId,
                                   const QString &profileName, qint64 now)
{
    // Most turns come from customers we know, with nothing new about them: reading is enough,
    // and not rewriting the row spares a page in every turn's commit.
    if (auto known = find(phoneNumberId, contactKey)) {
        const bool same = (waId.isEmpty() || waId == known->waId) &&
                          (userId.isEmpty() || userId == known->userId) &&
                          (profileName.isEmpty() || profileName == known->profileName);
        if (same)
            return *known;
    }
    if (!userId.isEmpty() && !waId.isEmpty() && contactKey == userId &&
        !find(phoneNumberId, userId)) {
        m_connection
            .prepare("UPDATE contacts SET contact_key = ?, user_id = ?, updated_at = ? "
                     "WHERE phone_number_id = ? AND contact_key = ?")
            .bind(1, userId)
            .bind(2, userId)
            .bind(3, now)
            .bind(4, phoneNumberId)
            .bind(5, waId)
            .exec();
    }
    if (contactKey == waId && !find(phoneNumberId, contactKey)) {
        if (auto rekeyed = findForKey(phoneNumberId, contactKey, waId)) {
            m_connection
                .prepare("UPDATE contacts SET profile_name = COALESCE(?, profile_name), "
                         "updated_at = ? WHERE id = ?")
                .bindOptional(1, profileName)
                .bind(2, now)
                .bind(3, rekeyed->id)
                .exec();
            return *byId(rekeyed->id);
        }
    }
    m_connection
        .prepare("INSERT INTO contacts (phone_number_id, contact_key, wa_id, user_id, "
                 "profile_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (phone_number_id, contact_key) DO UPDATE SET "
                 "wa_id = COALESCE(excluded.wa_id, contacts.wa_id), "
                 "user_id = COALESCE(excluded.user_id, contacts.user_id), "
                 "profile_name = COALESCE(excluded.profile_name, contacts.profile_name), "
                 "updated_at = excluded.updated_at")
        .bind(1, phoneNumberId)
        .bind(2, contactKey)
        .bindOptional(3, waId)
        .bindOptional(4, userId)
        .bindOptional(5, profileName)
        .bind(6, now)
        .bind(7, now)
        .exec();
    auto contact = find(phoneNumberId, contactKey);
    if (!contact)
        throw StorageError(QStringLiteral("contact %1 vanished after upsert").arg(contactKey));
    return *contact;
}

std::optional<Contact> ContactRepository::find(const QString &phoneNumberId,
                                               const QString &contactKey)
{
    static const std::string sql =
        std::string(kSelect) + "WHERE phone_number_id = ? AND contact_key = ?";
    auto &query = m_connection.prepare(sql);
    query.bind(1, phoneNumberId).bind(2, contactKey);
    std::optional<Contact> result;
    if (query.step())
        result = readContact(query);
    query.reset();
    return result;
}

std::optional<Contact> ContactRepository::findForKey(const QString &phoneNumberId,
                                                     const QString &contactKey, const QString &waId)
{
    if (auto contact = find(phoneNumberId, contactKey))
        return contact;
    if (waId.isEmpty() || contactKey != waId)
        return std::nullopt;
    static const std::string sql =
        std::string(kSelect) + "WHERE phone_number_id = ? AND wa_id = ? ORDER BY id LIMIT 1";
    auto &query = m_connection.prepare(sql);
    query.bind(1, phoneNumberId).bind(2, waId);
    std::optional<Contact> result;
    if (query.step())
        result = readContact(query);
    query.reset();
    return result;
}

std::optional<Contact> ContactRepository::byId(qint64 id)
{
    static const std::string sql = std::string(kSelect) + "WHERE id = ?";
    auto &query = m_connection.prepare(sql);
    query.bind(1, id);
    std::optional<Contact> result;
    if (query.step())
        result = readContact(query);
    query.reset();
    return result;
}

void ContactRepository::setOptedOut(qint64 id, bool optedOut, qint64 now)
{
    m_connection
        .prepare("UPDATE contacts SET opted_out = ?, opted_out_at = ?, updated_at = ? WHERE id = ?")
        .bind(1, optedOut)
        .bindOptional(2, optedOut ? std::optional<qint64>(now) : std::nullopt)
        .bind(3, now)
        .bind(4, id)
        .exec();
}

void ContactRepository::setOptOutAskedAt(qint64 id, std::optional<qint64> askedAt)
{
    m_connection
        .prepare("UPDATE contacts SET opt_out_asked_at = ?, "
                 "opt_out_last_asked_at = COALESCE(?, opt_out_last_asked_at) WHERE id = ?")
        .bindOptional(1, askedAt)
        .bindOptional(2, askedAt)
        .bind(3, id)
        .exec();
}

void ContactRepository::setLanguage(qint64 id, const QString &language, qint64 now)
{
    m_connection.prepare("UPDATE contacts SET language = ?, updated_at = ? WHERE id = ?")
        .bindOptional(1, language)
        .bind(2, now)
        .bind(3, id)
        .exec();
}

qint64 ContactRepository::countOptedOut()
{
    auto &query = m_connection.prepare("SELECT COUNT(*) FROM contacts WHERE opted_out = 1");
    return query.firstInt64();
}

} // namespace sportello::storage
