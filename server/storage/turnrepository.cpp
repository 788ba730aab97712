// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for turns: the record that a group of customer messages was processed.
#include "storage/turnrepository.h"

#include <QJsonDocument>

#include "protocol/payloadcodec.h"
#include "storage/sqlconnection.h"
#include "storage/storagelog.h"

namespace sportello::storage {

TurnRepository::TurnRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

qint64 TurnRepository::insert(qint64 conversationId, qint64 firstInboundId, int messageCount,
                              const QString &route, const QString &language, qint64 now)
{
    m_connection
        .prepare("INSERT INTO turns (conversation_id, first_inbound_id, message_count, route, "
                 "language, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, conversationId)
        .bind(2, firstInboundId)
        .bind(3, messageCount)
        .bind(4, route)
        .bindOptional(5, language)
        .bind(6, now)
        .exec();
    return m_connection.lastInsertId();
}

void TurnRepository::setUnderstanding(qint64 turnId, qint64 lastInboundId,
                                      const protocol::TurnUnderstanding &understanding)
{
    const QByteArray json =
        QJsonDocument(protocol::PayloadCodec::toJson(understanding)).toJson(QJsonDocument::Compact);
    m_connection
        .prepare("UPDATE turns SET last_inbound_id = ?, intent = ?, intent_confidence = ?, "
                 "sentiment = ?, angry = ?, urgent = ?, understanding = ? WHERE id = ?")
        .bind(1, lastInboundId)
        .bindOptional(2, understanding.intent)
        .bind(3, understanding.intentConfidence)
        .bindOptional(4, understanding.sentiment)
        .bind(5, understanding.angry ? 1 : 0)
        .bind(6, understanding.urgent ? 1 : 0)
        .bind(7, json)
        .bind(8, turnId)
        .exec();
}

namespace {
std::optional<protocol::TurnUnderstanding> parseUnderstanding(const QString &text, qint64 turnId)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    protocol::ProtocolError error;
    auto parsed = protocol::PayloadCodec::fromJson<protocol::TurnUnderstanding>(
        document.object(), QStringLiteral("understanding"), &error);
    if (!parsed) {
        // Written by this code, so only a newer or damaged row gets here: show the thread
        // without it rather than fail the whole read.
        qCWarning(lcStorage, "turn %lld: stored understanding unreadable: %s", turnId,
                  qUtf8Printable(error.message));
    }
    return parsed;
}
} // namespace

QList<QPair<qint64, protocol::TurnUnderstanding>>
TurnRepository::understandingsFor(qint64 conversationId, qint64 fromInboundId, qint64 toInboundId)
{
    auto &query = m_connection.prepare(
        "SELECT id, last_inbound_id, understanding FROM turns WHERE conversation_id = ? AND "
        "last_inbound_id BETWEEN ? AND ? AND understanding IS NOT NULL ORDER BY id");
    query.bind(1, conversationId).bind(2, fromInboundId).bind(3, toInboundId);
    QList<QPair<qint64, protocol::TurnUnderstanding>> result;
    while (query.step()) {
        if (auto parsed = parseUnderstanding(query.text(2), query.int64(0)))
            result.append({query.int64(1), *parsed});
    }
    return result;
}

std::optional<protocol::TurnUnderstanding> TurnRepository::understandingOf(qint64 turnId)
{
    auto &query = m_connection.prepare("SELECT understanding FROM turns WHERE id = ?");
    query.bind(1, turnId);
    if (!query.step())
        return std::nullopt;
    auto parsed = parseUnderstanding(query.text(0), turnId);
    query.reset();
    return parsed;
}

QString TurnRepository::lastLanguage(qint64 conversationId)
{
    auto &query = m_connection.prepare(
        "SELECT language FROM turns WHERE conversation_id = ? AND language IS NOT NULL "
        "ORDER BY id DESC LIMIT 1");
    query.bind(1, conversationId);
    const QString language = query.step() ? query.text(0) : QString();
    query.reset();
    return language;
}

qint64 TurnRepository::count()
{
    auto &query = m_connection.prepare("SELECT COUNT(*) FROM turns");
    return query.firstInt64();
}

} // namespace sportello::storage
