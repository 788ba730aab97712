// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the intent examples businesses add to the default taxonomy.
#include "storage/intentexamplerepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

IntentExampleRepository::IntentExampleRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

QList<IntentExample> IntentExampleRepository::forBusiness(const QString &phoneNumberId)
{
    auto &query = m_connection.prepare(
        "SELECT id, phone_number_id, intent, language, text, created_by, created_at "
        "FROM intent_examples WHERE phone_number_id = ? ORDER BY id");
    query.bind(1, phoneNumberId);
    QList<IntentExample> result;
    while (query.step()) {
        IntentExample example;
        example.id = query.int64(0);
        example.phoneNumberId = query.text(1);
        example.intent = query.text(2);
        example.language = query.text(3);
        example.text = query.text(4);
        example.createdBy = query.text(5);
        example.createdAt = query.int64(6);
        result.append(std::move(example));
    }
    query.reset();
    return result;
}

qint64 IntentExampleRepository::add(const IntentExample &example)
{
    const int inserted =
        m_connection
            .prepare("INSERT INTO intent_examples (phone_number_id, intent, language, text, "
                     "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .bind(1, example.phoneNumberId)
            .bind(2, example.intent)
            .bind(3, example.language)
            .bind(4, example.text)
            .bindOptional(5, example.createdBy)
            .bind(6, example.createdAt)
            .exec();
    return inserted > 0 ? m_connection.lastInsertId() : 0;
}

bool IntentExampleRepository::remove(const QString &phoneNumberId, qint64 id)
{
    return m_connection.prepare("DELETE FROM intent_examples WHERE phone_number_id = ? AND id = ?")
               .bind(1, phoneNumberId)
               .bind(2, id)
               .exec() > 0;
}

int IntentExampleRepository::removeIntent(const QString &phoneNumberId, const QString &intent)
{
    return m_connection
        .prepare("DELETE FROM intent_examples WHERE phone_number_id = ? AND intent = ?")
        .bind(1, phoneNumberId)
        .bind(2, intent)
        .exec();
}

} // namespace sportello::storage
