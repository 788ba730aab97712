// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for drafts: proposed replies and their review.
#include "storage/draftrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "storage/sqlconnection.h"

namespace sportello::storage {

namespace {
constexpr std::string_view kSelect =
    "SELECT id, conversation_id, turn_id, text, intent, confidence, sources_json, state, "
    "final_text, resolved_by, outbox_id, created_at, resolved_at FROM drafts ";

QByteArray sourcesJson(const QList<protocol::DraftSource> &sources)
{
    QJsonArray array;
    for (const auto &source : sources) {
        array.append(QJsonObject{{QStringLiteral("title"), source.title},
                                 {QStringLiteral("snippet"), source.snippet},
                                 {QStringLiteral("score"), source.score}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<protocol::DraftSource> readSources(const QByteArray &json)
{
    QList<protocol::DraftSource> sources;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        sources.append({object.value(QLatin1StringView("title")).toString(),
                        object.value(QLatin1StringView("snippet")).toString(),
                        object.value(QLatin1StringView("score")).toDouble()});
    }
    return sources;
}

Draft readDraft(SqlStatement &query)
{
    Draft d;
    d.id = query.int64(0);
    d.conversationId = query.int64(1);
    d.turnId = query.optionalInt64(2);
    d.text = query.text(3);
    d.intent = query.text(4);
    d.confidence = query.real(5);
    d.sources = readSources(query.bytes(6));
    d.state = query.text(7);
    d.finalText = query.text(8);
    d.resolvedBy = query.text(9);
    d.outboxId = query.optionalInt64(10);
    d.createdAt = query.int64(11);
    d.resolvedAt = query.optionalInt64(12);
    return d;
}
} // namespace

DraftRepository::DraftRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

qint64 DraftRepository::insert(const Draft &draft)
{
    m_connection
        .prepare("INSERT INTO drafts (conversation_id, turn_id, text, intent, confidence, "
                 "sources_json, state, final_text, resolved_by, outbox_id, created_at, "
                 "resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, draft.conversationId)
        .bindOptional(2, draft.turnId)
        .bind(3, draft.text)
        .bindOptional(4, draft.intent)
        .bind(5, draft.confidence)
        .bind(6, sourcesJson(draft.sources))
        .bind(7, draft.state)
        .bindOptional(8, draft.finalText)
        .bindOptional(9, draft.resolvedBy)
        .bindOptional(10, draft.outboxId)
        .bind(11, draft.createdAt)
        .bindOptional(12, draft.resolvedAt)
        .exec();
    return m_connection.lastInsertId();
}

std::optional<Draft> DraftRepository::byId(qint64 id)
{
    static const std::string sql = std::string(kSelect) + "WHERE id = ?";
    auto &query = m_connection.prepare(sql);
    query.bind(1, id);
    std::optional<Draft> result;
    if (query.step())
        result = readDraft(query);
    query.reset();
    return result;
}

QList<Draft> DraftRepository::pendingFor(qint64 conversationId)
{
    static const std::string sql =
        std::string(kSelect) + "WHERE conversation_id = ? AND state = 'pending' ORDER BY id";
    auto &query = m_connection.prepare(sql);
    query.bind(1, conversationId);
    QList<Draft> result;
    while (query.step())
        result.append(readDraft(query));
    query.reset();
    return result;
}

std::optional<qint64> DraftRepository::idForTurnStartingAt(qint64 firstInboundId)
{
    auto &query = m_connection.prepare("SELECT d.id FROM drafts d JOIN turns t ON t.id = d.turn_id "
                                       "WHERE t.first_inbound_id = ? ORDER BY d.id LIMIT 1");
    query.bind(1, firstInboundId);
    std::optional<qint64> result;
    if (query.step())
        result = query.int64(0);
    query.reset();
    return result;
}

bool DraftRepository::resolve(qint64 id, const QString &state, const QString &finalText,
                              const QString &resolvedBy, std::optional<qint64> outboxId, qint64 now)
{
    return m_connection
               .prepare("UPDATE drafts SET state = ?, final_text = ?, resolved_by = ?, "
                        "outbox_id = ?, resolved_at = ? WHERE id = ? AND state = 'pending'")
               .bind(1, state)
               .bindOptional(2, finalText)
               .bindOptional(3, resolvedBy)
               .bindOptional(4, outboxId)
               .bind(5, now)
               .bind(6, id)
               .exec() > 0;
}

} // namespace sportello::storage
