// SPDX-License-Identifier: MIT
// Sportello: the agent hub's payload types to and from JSON objects.
#include "protocol/payloadcodec.h"

#include <limits>

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include "protocol/jsonfieldreader.h"

namespace sportello::protocol {

namespace {

using Need = JsonFieldReader::Need;

// Ids and millisecond times: anything a double carries exactly.
constexpr qint64 kMaxWhole = 9007199254740991LL;
constexpr int kMaxCount = std::numeric_limits<int>::max();

QJsonArray toArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonArray toArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QJsonArray toArray(const QList<NamedCount> &values, const QString &nameKey)
{
    QJsonArray array;
    for (const auto &value : values) {
        array.append(QJsonObject{{nameKey, value.name}, {QStringLiteral("count"), value.count}});
    }
    return array;
}

// Runs `read` on each element of the array `key`, which must hold objects.
template <typename Item, typename Read>
bool readObjects(JsonFieldReader &reader, const QString &key, QList<Item> *out, Read read)
{
    QJsonArray items;
    if (!reader.array(key, &items))
        return reader.ok();
    QList<Item> result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = JsonFieldReader::indexed(reader.pathOf(key), i);
        if (!items.at(i).isObject())
            return reader.failAt(itemPath, QStringLiteral("must be an object"));
        Item item;
        if (!read(items.at(i).toObject(), itemPath, &item))
            return false;
        result.append(item);
    }
    *out = result;
    return true;
}

bool isTime(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("([01][0-9]|2[0-3]):[0-5][0-9]")));
    return pattern.match(text).hasMatch();
}

bool isDate(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    return pattern.match(text).hasMatch() &&
           QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid();
}

// "" (follow the system) or a locale name such as "it", "pt_BR", "zh-Hant".
bool isLanguage(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([a-z]{2,3}([_-][A-Za-z0-9]{2,8})*)?")));
    return pattern.match(text).hasMatch();
}

bool isDraftState(const QString &text)
{
    return text == u"pending" || text == u"approved" || text == u"edited" || text == u"rejected";
}

bool isDirection(const QString &text)
{
    return text.isEmpty() || text == u"in" || text == u"out" || text == u"note" ||
           text == u"system";
}

ProtocolError *orLocal(ProtocolError *error, ProtocolError *local)
{
    return error ? error : local;
}

bool readUserInfo(const QJsonObject &json, const QString &path, ProtocolError *error, UserInfo *out)
{
    JsonFieldReader reader(json, path, error);
    UserInfo value;
    if (reader.string(QStringLiteral("username"), &value.username, Need::Required) &&
        value.username.isEmpty()) {
        reader.fail(QStringLiteral("username"), QStringLiteral("is empty"));
    }
    QString role;
    if (reader.string(QStringLiteral("role"), &role, Need::Required)) {
        if (const auto parsed = agentRoleFromString(role))
            value.role = *parsed;
        else
            reader.fail(QStringLiteral("role"), QStringLiteral("must be agent, manager or admin"));
    }
    reader.boolean(QStringLiteral("disabled"), &value.disabled);
    reader.boolean(QStringLiteral("online"), &value.online);
    if (!reader.ok())
        return false;
    *out = value;
    return true;
}

bool readNamedCounts(JsonFieldReader &reader, const QString &key, const QString &nameKey,
                     ProtocolError *error, QList<NamedCount> *out)
{
    return readObjects(reader, key, out,
                       [&](const QJsonObject &item, const QString &itemPath, NamedCount *count) {
                           JsonFieldReader itemReader(item, itemPath, error);
                           itemReader.string(nameKey, &count->name, Need::Required);
                           itemReader.integer(QStringLiteral("count"), &count->count, 0, kMaxCount,
                                              Need::Required);
                           return itemReader.ok();
                       });
}

} // namespace

QJsonObject PayloadCodec::toJson(const UserInfo &value)
{
    return {
        {QStringLiteral("username"), value.username},
        {QStringLiteral("role"), toString(value.role)},
        {QStringLiteral("disabled"), value.disabled},
        {QStringLiteral("online"), value.online},
    };
}

QJsonObject PayloadCodec::toJson(const Session &value)
{
    return {
        {QStringLiteral("token"), value.token},
        {QStringLiteral("expires_at"), value.expiresAt},
        {QStringLiteral("user"), toJson(value.user)},
        {QStringLiteral("epoch"), value.epoch},
        {QStringLiteral("seq"), value.seq},
        {QStringLiteral("sandbox"), value.sandbox},
        {QStringLiteral("server_version"), value.serverVersion},
    };
}

QJsonObject PayloadCodec::toJson(const QueueCounts &value)
{
    return {
        {QStringLiteral("needs_review"), value.needsReview},
        {QStringLiteral("escalated"), value.escalated},
        {QStringLiteral("mine"), value.mine},
        {QStringLiteral("open"), value.open},
        {QStringLiteral("closed"), value.closed},
    };
}

QJsonObject PayloadCodec::toJson(const ConversationSummary &value)
{
    return {
        {QStringLiteral("id"), value.id},
        {QStringLiteral("phone_number_id"), value.phoneNumberId},
        {QStringLiteral("business_name"), value.businessName},
        {QStringLiteral("customer_name"), value.customerName},
        {QStringLiteral("wa_id"), value.waId},
        {QStringLiteral("user_id"), value.userId},
        {QStringLiteral("language"), value.language},
        {QStringLiteral("opted_out"), value.optedOut},
        {QStringLiteral("labels"), toArray(value.labels)},
        {QStringLiteral("owner"), toString(value.owner)},
        {QStringLiteral("assigned_agent"), value.assignedAgent},
        {QStringLiteral("escalation_reason"), value.escalationReason},
        {QStringLiteral("last_message_text"), value.lastMessageText},
        {QStringLiteral("last_message_direction"), value.lastMessageDirection},
        {QStringLiteral("last_message_at"), value.lastMessageAt},
        {QStringLiteral("unread"), value.unread},
        {QStringLiteral("window_expires_at"), value.windowExpiresAt},
        {QStringLiteral("pending_draft"), value.pendingDraft},
        {QStringLiteral("last_intent"), value.lastIntent},
        {QStringLiteral("last_sentiment"), value.lastSentiment},
        {QStringLiteral("angry"), value.angry},
        {QStringLiteral("urgent"), value.urgent},
        {QStringLiteral("created_at"), value.createdAt},
        {QStringLiteral("updated_at"), value.updatedAt},
    };
}

QJsonObject PayloadCodec::toJson(const ThreadEntry &value)
{
    QJsonObject json{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("kind"), toString(value.kind)},
        {QStringLiteral("type"), value.type},
        {QStringLiteral("text"), value.text},
        {QStringLiteral("caption"), value.caption},
        {QStringLiteral("file_name"), value.fileName},
        {QStringLiteral("mime_type"), value.mimeType},
        {QStringLiteral("at"), value.at},
        {QStringLiteral("error_code"), value.errorCode},
        {QStringLiteral("error_title"), value.errorTitle},
        {QStringLiteral("author"), value.author},
        {QStringLiteral("reply_to"), value.replyTo},
    };
    // Only outbound messages have a delivery status; elsewhere it would be noise.
    if (value.kind == ThreadEntryKind::Outbound)
        json.insert(QStringLiteral("status"), toString(value.status));
    if (value.understanding)
        json.insert(QStringLiteral("understanding"), PayloadCodec::toJson(*value.understanding));
    return json;
}

QJsonObject PayloadCodec::toJson(const TurnUnderstanding &value)
{
    QJsonArray alternatives;
    for (const auto &candidate : value.alternatives) {
        alternatives.append(QJsonObject{
            {QStringLiteral("intent"), candidate.intent},
            {QStringLiteral("confidence"), candidate.confidence},
        });
    }
    QJsonArray entities;
    for (const auto &entity : value.entities) {
        QJsonObject item{
            {QStringLiteral("type"), entity.type},     {QStringLiteral("start"), entity.start},
            {QStringLiteral("length"), entity.length}, {QStringLiteral("text"), entity.text},
            {QStringLiteral("value"), entity.value},
        };
        if (!entity.end.isEmpty())
            item.insert(QStringLiteral("end"), entity.end);
        if (!entity.canonical.isEmpty())
            item.insert(QStringLiteral("canonical"), entity.canonical);
        entities.append(item);
    }
    return {
        {QStringLiteral("language"), value.language},
        {QStringLiteral("language_confidence"), value.languageConfidence},
        {QStringLiteral("language_source"), value.languageSource},
        {QStringLiteral("intent"), value.intent},
        {QStringLiteral("intent_confidence"), value.intentConfidence},
        {QStringLiteral("low_confidence"), value.lowConfidence},
        {QStringLiteral("ambiguous"), value.ambiguous},
        {QStringLiteral("alternatives"), alternatives},
        {QStringLiteral("sentiment"), value.sentiment},
        {QStringLiteral("sentiment_score"), value.sentimentScore},
        {QStringLiteral("angry"), value.angry},
        {QStringLiteral("urgent"), value.urgent},
        {QStringLiteral("cues"), QJsonArray::fromStringList(value.cues)},
        {QStringLiteral("entities"), entities},
    };
}

QJsonObject PayloadCodec::toJson(const DraftInfo &value)
{
    QJsonArray sources;
    for (const auto &source : value.sources) {
        sources.append(QJsonObject{
            {QStringLiteral("title"), source.title},
            {QStringLiteral("snippet"), source.snippet},
            {QStringLiteral("score"), source.score},
        });
    }
    return {
        {QStringLiteral("id"), value.id},
        {QStringLiteral("conversation_id"), value.conversationId},
        {QStringLiteral("text"), value.text},
        {QStringLiteral("intent"), value.intent},
        {QStringLiteral("confidence"), value.confidence},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("state"), value.state},
        {QStringLiteral("created_at"), value.createdAt},
    };
}

QJsonObject PayloadCodec::toJson(const PresenceInfo &value)
{
    return {
        {QStringLiteral("username"), value.username},
        {QStringLiteral("online"), value.online},
        {QStringLiteral("viewing"), value.viewing},
        {QStringLiteral("typing"), value.typing},
    };
}

QJsonObject PayloadCodec::toJson(const TemplateInfo &value)
{
    return {
        {QStringLiteral("name"), value.name},
        {QStringLiteral("language"), value.language},
        {QStringLiteral("category"), value.category},
        {QStringLiteral("header_params"), value.headerParams},
        {QStringLiteral("body_params"), value.bodyParams},
        {QStringLiteral("button_params"), toArray(value.buttonParams)},
    };
}

QJsonObject PayloadCodec::toJson(const CannedResponse &value)
{
    return {
        {QStringLiteral("id"), value.id},
        {QStringLiteral("title"), value.title},
        {QStringLiteral("text"), value.text},
        {QStringLiteral("language"), value.language},
    };
}

QJsonObject PayloadCodec::toJson(const UserSettings &value)
{
    return {
        {QStringLiteral("language"), value.language},
        {QStringLiteral("notify_escalations"), value.notifyEscalations},
        {QStringLiteral("notify_mine"), value.notifyMine},
    };
}

QJsonObject PayloadCodec::toJson(const BusinessSettings &value)
{
    QJsonArray hours;
    for (const auto &day : value.businessHours) {
        hours.append(QJsonObject{
            {QStringLiteral("day"), day.day},
            {QStringLiteral("open"), day.open},
            {QStringLiteral("close"), day.close},
        });
    }
    return {
        {QStringLiteral("auto_reply_threshold"), value.autoReplyThreshold},
        {QStringLiteral("review_threshold"), value.reviewThreshold},
        {QStringLiteral("always_human_intents"), toArray(value.alwaysHumanIntents)},
        {QStringLiteral("time_zone"), value.timeZone},
        {QStringLiteral("business_hours"), hours},
    };
}

QJsonObject PayloadCodec::toJson(const DashboardData &value)
{
    QJsonArray perDay;
    for (const auto &day : value.volumePerDay) {
        perDay.append(QJsonObject{
            {QStringLiteral("date"), day.date},
            {QStringLiteral("inbound"), day.inbound},
            {QStringLiteral("outbound"), day.outbound},
        });
    }
    // Always 24 hours on the wire, whatever the producer filled in.
    QList<int> perHour = value.volumePerHour.mid(0, 24);
    while (perHour.size() < 24)
        perHour.append(0);
    return {
        {QStringLiteral("days"), value.days},
        {QStringLiteral("volume_per_day"), perDay},
        {QStringLiteral("volume_per_hour"), toArray(perHour)},
        {QStringLiteral("turns"),
         QJsonObject{
             {QStringLiteral("auto"), value.turnsAuto},
             {QStringLiteral("reviewed"), value.turnsReviewed},
             {QStringLiteral("human"), value.turnsHuman},
         }},
        {QStringLiteral("first_response_ms"),
         QJsonObject{
             {QStringLiteral("median"), value.firstResponseMedianMs},
             {QStringLiteral("p95"), value.firstResponseP95Ms},
         }},
        {QStringLiteral("resolution_ms"),
         QJsonObject{
             {QStringLiteral("median"), value.resolutionMedianMs},
             {QStringLiteral("p95"), value.resolutionP95Ms},
         }},
        {QStringLiteral("escalations_by_reason"),
         toArray(value.escalationsByReason, QStringLiteral("reason"))},
        {QStringLiteral("open_per_agent"), toArray(value.openPerAgent, QStringLiteral("agent"))},
        {QStringLiteral("llm_cost"),
         value.llmCost ? QJsonValue(*value.llmCost) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject PayloadCodec::toJson(const IntentExampleInfo &value)
{
    return {
        {QStringLiteral("id"), value.id},
        {QStringLiteral("language"), value.language},
        {QStringLiteral("text"), value.text},
        {QStringLiteral("created_by"), value.createdBy},
        {QStringLiteral("created_at"), value.createdAt},
    };
}

QJsonObject PayloadCodec::toJson(const IntentInfo &value)
{
    QJsonArray custom;
    for (const auto &example : value.custom)
        custom.append(toJson(example));
    return {
        {QStringLiteral("name"), value.name},
        {QStringLiteral("default_examples"), value.defaultExamples},
        {QStringLiteral("custom"), custom},
    };
}

QJsonObject PayloadCodec::toJson(const IntentModelInfo &value)
{
    return {
        {QStringLiteral("state"), value.state},
        {QStringLiteral("examples"), value.examples},
        {QStringLiteral("intents"), value.intents},
        {QStringLiteral("custom_examples"), value.customExamples},
        {QStringLiteral("train_seconds"), value.trainSeconds},
        {QStringLiteral("ready_at"), value.readyAt},
        {QStringLiteral("error"), value.error},
    };
}

QJsonObject PayloadCodec::toJson(const IntentCatalog &value)
{
    QJsonArray intents;
    for (const auto &intent : value.intents)
        intents.append(toJson(intent));
    return {
        {QStringLiteral("phone_number_id"), value.phoneNumberId},
        {QStringLiteral("languages"), toArray(value.languages)},
        {QStringLiteral("model"), toJson(value.model)},
        {QStringLiteral("intents"), intents},
    };
}

template <>
std::optional<UserInfo> PayloadCodec::fromJson<UserInfo>(const QJsonObject &json,
                                                         const QString &path, ProtocolError *error)
{
    ProtocolError local;
    UserInfo value;
    if (!readUserInfo(json, path, orLocal(error, &local), &value))
        return std::nullopt;
    return value;
}

template <>
std::optional<Session> PayloadCodec::fromJson<Session>(const QJsonObject &json, const QString &path,
                                                       ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(json, path, error);
    Session value;
    if (reader.string(QStringLiteral("token"), &value.token, Need::Required) &&
        value.token.isEmpty()) {
        reader.fail(QStringLiteral("token"), QStringLiteral("is empty"));
    }
    reader.integer(QStringLiteral("expires_at"), &value.expiresAt, 0, kMaxWhole, Need::Required);
    QJsonObject user;
    if (reader.object(QStringLiteral("user"), &user, Need::Required))
        readUserInfo(user, reader.pathOf(QStringLiteral("user")), error, &value.user);
    reader.string(QStringLiteral("epoch"), &value.epoch);
    reader.integer(QStringLiteral("seq"), &value.seq, 0, kMaxWhole);
    reader.boolean(QStringLiteral("sandbox"), &value.sandbox);
    reader.string(QStringLiteral("server_version"), &value.serverVersion);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<QueueCounts> PayloadCodec::fromJson<QueueCounts>(const QJsonObject &json,
                                                               const QString &path,
                                                               ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    QueueCounts value;
    reader.integer(QStringLiteral("needs_review"), &value.needsReview, 0, kMaxCount);
    reader.integer(QStringLiteral("escalated"), &value.escalated, 0, kMaxCount);
    reader.integer(QStringLiteral("mine"), &value.mine, 0, kMaxCount);
    reader.integer(QStringLiteral("open"), &value.open, 0, kMaxCount);
    reader.integer(QStringLiteral("closed"), &value.closed, 0, kMaxCount);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<ConversationSummary>
PayloadCodec::fromJson<ConversationSummary>(const QJsonObject &json, const QString &path,
                                            ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    ConversationSummary value;
    reader.integer(QStringLiteral("id"), &value.id, 1, kMaxWhole, Need::Required);
    reader.string(QStringLiteral("phone_number_id"), &value.phoneNumberId);
    reader.string(QStringLiteral("business_name"), &value.businessName);
    reader.string(QStringLiteral("customer_name"), &value.customerName);
    reader.string(QStringLiteral("wa_id"), &value.waId);
    reader.string(QStringLiteral("user_id"), &value.userId);
    reader.string(QStringLiteral("language"), &value.language);
    reader.boolean(QStringLiteral("opted_out"), &value.optedOut);
    reader.stringList(QStringLiteral("labels"), &value.labels);
    QString owner;
    if (reader.string(QStringLiteral("owner"), &owner)) {
        if (const auto parsed = conversationOwnerFromString(owner))
            value.owner = *parsed;
        else
            reader.fail(QStringLiteral("owner"),
                        QStringLiteral("must be bot, pending_human, human or closed"));
    }
    reader.string(QStringLiteral("assigned_agent"), &value.assignedAgent);
    reader.string(QStringLiteral("escalation_reason"), &value.escalationReason);
    reader.string(QStringLiteral("last_message_text"), &value.lastMessageText);
    if (reader.string(QStringLiteral("last_message_direction"), &value.lastMessageDirection) &&
        !isDirection(value.lastMessageDirection)) {
        reader.fail(QStringLiteral("last_message_direction"),
                    QStringLiteral("must be in, out, note or system"));
    }
    reader.integer(QStringLiteral("last_message_at"), &value.lastMessageAt, 0, kMaxWhole);
    reader.integer(QStringLiteral("unread"), &value.unread, 0, kMaxCount);
    reader.integer(QStringLiteral("window_expires_at"), &value.windowExpiresAt, 0, kMaxWhole);
    reader.boolean(QStringLiteral("pending_draft"), &value.pendingDraft);
    reader.string(QStringLiteral("last_intent"), &value.lastIntent);
    reader.string(QStringLiteral("last_sentiment"), &value.lastSentiment);
    reader.boolean(QStringLiteral("angry"), &value.angry);
    reader.boolean(QStringLiteral("urgent"), &value.urgent);
    reader.integer(QStringLiteral("created_at"), &value.createdAt, 0, kMaxWhole);
    reader.integer(QStringLiteral("updated_at"), &value.updatedAt, 0, kMaxWhole);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<ThreadEntry> PayloadCodec::fromJson<ThreadEntry>(const QJsonObject &json,
                                                               const QString &path,
                                                               ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    ThreadEntry value;
    if (reader.string(QStringLiteral("id"), &value.id, Need::Required) && value.id.isEmpty())
        reader.fail(QStringLiteral("id"), QStringLiteral("is empty"));
    QString kind;
    if (reader.string(QStringLiteral("kind"), &kind, Need::Required)) {
        if (const auto parsed = threadEntryKindFromString(kind))
            value.kind = *parsed;
        else
            reader.fail(QStringLiteral("kind"),
                        QStringLiteral("must be inbound, outbound, note or system"));
    }
    reader.string(QStringLiteral("type"), &value.type);
    reader.string(QStringLiteral("text"), &value.text);
    reader.string(QStringLiteral("caption"), &value.caption);
    reader.string(QStringLiteral("file_name"), &value.fileName);
    reader.string(QStringLiteral("mime_type"), &value.mimeType);
    reader.integer(QStringLiteral("at"), &value.at, 0, kMaxWhole);
    QString status;
    if (reader.string(QStringLiteral("status"), &status) && !status.isEmpty()) {
        if (const auto parsed = deliveryStatusFromString(status))
            value.status = *parsed;
        else
            reader.fail(QStringLiteral("status"), QStringLiteral("is not a delivery status"));
    }
    reader.integer(QStringLiteral("error_code"), &value.errorCode, std::numeric_limits<int>::min(),
                   kMaxCount);
    reader.string(QStringLiteral("error_title"), &value.errorTitle);
    reader.string(QStringLiteral("author"), &value.author);
    reader.string(QStringLiteral("reply_to"), &value.replyTo);
    QJsonObject understanding;
    if (reader.object(QStringLiteral("understanding"), &understanding)) {
        value.understanding = PayloadCodec::fromJson<TurnUnderstanding>(
            understanding, reader.pathOf(QStringLiteral("understanding")), error);
        if (!value.understanding)
            return std::nullopt;
    }
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<TurnUnderstanding> PayloadCodec::fromJson<TurnUnderstanding>(const QJsonObject &json,
                                                                           const QString &path,
                                                                           ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(json, path, error);
    TurnUnderstanding value;
    reader.string(QStringLiteral("language"), &value.language);
    reader.number(QStringLiteral("language_confidence"), &value.languageConfidence, 0.0, 1.0);
    reader.string(QStringLiteral("language_source"), &value.languageSource);
    reader.string(QStringLiteral("intent"), &value.intent);
    reader.number(QStringLiteral("intent_confidence"), &value.intentConfidence, 0.0, 1.0);
    reader.boolean(QStringLiteral("low_confidence"), &value.lowConfidence);
    reader.boolean(QStringLiteral("ambiguous"), &value.ambiguous);
    readObjects(reader, QStringLiteral("alternatives"), &value.alternatives,
                [error](const QJsonObject &item, const QString &itemPath, IntentCandidate *out) {
                    JsonFieldReader itemReader(item, itemPath, error);
                    itemReader.string(QStringLiteral("intent"), &out->intent, Need::Required);
                    itemReader.number(QStringLiteral("confidence"), &out->confidence, 0.0, 1.0);
                    return itemReader.ok();
                });
    if (reader.string(QStringLiteral("sentiment"), &value.sentiment) &&
        !value.sentiment.isEmpty() && value.sentiment != u"negative" &&
        value.sentiment != u"neutral" && value.sentiment != u"positive") {
        reader.fail(QStringLiteral("sentiment"),
                    QStringLiteral("must be negative, neutral or positive"));
    }
    reader.number(QStringLiteral("sentiment_score"), &value.sentimentScore, -1.0, 1.0);
    reader.boolean(QStringLiteral("angry"), &value.angry);
    reader.boolean(QStringLiteral("urgent"), &value.urgent);
    reader.stringList(QStringLiteral("cues"), &value.cues);
    readObjects(reader, QStringLiteral("entities"), &value.entities,
                [error](const QJsonObject &item, const QString &itemPath, UnderstoodEntity *out) {
                    JsonFieldReader itemReader(item, itemPath, error);
                    itemReader.string(QStringLiteral("type"), &out->type, Need::Required);
                    itemReader.integer(QStringLiteral("start"), &out->start, 0, kMaxCount);
                    itemReader.integer(QStringLiteral("length"), &out->length, 0, kMaxCount);
                    itemReader.string(QStringLiteral("text"), &out->text);
                    itemReader.string(QStringLiteral("value"), &out->value);
                    itemReader.string(QStringLiteral("end"), &out->end);
                    itemReader.string(QStringLiteral("canonical"), &out->canonical);
                    return itemReader.ok();
                });
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<DraftInfo> PayloadCodec::fromJson<DraftInfo>(const QJsonObject &json,
                                                           const QString &path,
                                                           ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(json, path, error);
    DraftInfo value;
    value.state = QStringLiteral("pending");
    reader.integer(QStringLiteral("id"), &value.id, 1, kMaxWhole, Need::Required);
    reader.integer(QStringLiteral("conversation_id"), &value.conversationId, 1, kMaxWhole,
                   Need::Required);
    reader.string(QStringLiteral("text"), &value.text);
    reader.string(QStringLiteral("intent"), &value.intent);
    reader.number(QStringLiteral("confidence"), &value.confidence, 0.0, 1.0);
    readObjects(reader, QStringLiteral("sources"), &value.sources,
                [error](const QJsonObject &item, const QString &itemPath, DraftSource *source) {
                    JsonFieldReader itemReader(item, itemPath, error);
                    itemReader.string(QStringLiteral("title"), &source->title);
                    itemReader.string(QStringLiteral("snippet"), &source->snippet);
                    itemReader.number(QStringLiteral("score"), &source->score,
                                      -std::numeric_limits<double>::max(),
                                      std::numeric_limits<double>::max());
                    return itemReader.ok();
                });
    if (reader.string(QStringLiteral("state"), &value.state) && !isDraftState(value.state)) {
        reader.fail(QStringLiteral("state"),
                    QStringLiteral("must be pending, approved, edited or rejected"));
    }
    reader.integer(QStringLiteral("created_at"), &value.createdAt, 0, kMaxWhole);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<PresenceInfo> PayloadCodec::fromJson<PresenceInfo>(const QJsonObject &json,
                                                                 const QString &path,
                                                                 ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    PresenceInfo value;
    if (reader.string(QStringLiteral("username"), &value.username, Need::Required) &&
        value.username.isEmpty()) {
        reader.fail(QStringLiteral("username"), QStringLiteral("is empty"));
    }
    reader.boolean(QStringLiteral("online"), &value.online);
    reader.integer(QStringLiteral("viewing"), &value.viewing, 0, kMaxWhole);
    reader.boolean(QStringLiteral("typing"), &value.typing);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<TemplateInfo> PayloadCodec::fromJson<TemplateInfo>(const QJsonObject &json,
                                                                 const QString &path,
                                                                 ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    TemplateInfo value;
    if (reader.string(QStringLiteral("name"), &value.name, Need::Required) && value.name.isEmpty())
        reader.fail(QStringLiteral("name"), QStringLiteral("is empty"));
    reader.string(QStringLiteral("language"), &value.language);
    reader.string(QStringLiteral("category"), &value.category);
    reader.integer(QStringLiteral("header_params"), &value.headerParams, 0, kMaxCount);
    reader.integer(QStringLiteral("body_params"), &value.bodyParams, 0, kMaxCount);
    reader.intList(QStringLiteral("button_params"), &value.buttonParams, 0, kMaxCount);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<CannedResponse> PayloadCodec::fromJson<CannedResponse>(const QJsonObject &json,
                                                                     const QString &path,
                                                                     ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    CannedResponse value;
    reader.integer(QStringLiteral("id"), &value.id, 0, kMaxWhole);
    reader.string(QStringLiteral("title"), &value.title, Need::Required);
    reader.string(QStringLiteral("text"), &value.text, Need::Required);
    if (reader.string(QStringLiteral("language"), &value.language) && !isLanguage(value.language))
        reader.fail(QStringLiteral("language"), QStringLiteral("is not a language code"));
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<UserSettings> PayloadCodec::fromJson<UserSettings>(const QJsonObject &json,
                                                                 const QString &path,
                                                                 ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    UserSettings value;
    if (reader.string(QStringLiteral("language"), &value.language) && !isLanguage(value.language))
        reader.fail(QStringLiteral("language"),
                    QStringLiteral("is not a language code (\"\" follows the system)"));
    reader.boolean(QStringLiteral("notify_escalations"), &value.notifyEscalations);
    reader.boolean(QStringLiteral("notify_mine"), &value.notifyMine);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<BusinessSettings> PayloadCodec::fromJson<BusinessSettings>(const QJsonObject &json,
                                                                         const QString &path,
                                                                         ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(json, path, error);
    BusinessSettings value;
    reader.number(QStringLiteral("auto_reply_threshold"), &value.autoReplyThreshold, 0.0, 1.0);
    reader.number(QStringLiteral("review_threshold"), &value.reviewThreshold, 0.0, 1.0);
    if (reader.ok() && value.reviewThreshold > value.autoReplyThreshold) {
        reader.fail(QStringLiteral("review_threshold"),
                    QStringLiteral("must not be above auto_reply_threshold"));
    }
    if (reader.stringList(QStringLiteral("always_human_intents"), &value.alwaysHumanIntents)) {
        for (qsizetype i = 0; i < value.alwaysHumanIntents.size(); ++i) {
            value.alwaysHumanIntents[i] = value.alwaysHumanIntents[i].trimmed();
            if (value.alwaysHumanIntents[i].isEmpty()) {
                reader.failAt(JsonFieldReader::indexed(
                                  reader.pathOf(QStringLiteral("always_human_intents")), i),
                              QStringLiteral("is empty"));
                break;
            }
        }
    }
    if (reader.string(QStringLiteral("time_zone"), &value.timeZone) &&
        !QTimeZone(value.timeZone.toUtf8()).isValid()) {
        reader.fail(QStringLiteral("time_zone"),
                    QStringLiteral("is not a known time zone (e.g. Europe/Rome)"));
    }
    readObjects(
        reader, QStringLiteral("business_hours"), &value.businessHours,
        [error](const QJsonObject &item, const QString &itemPath, BusinessHours *hours) {
            JsonFieldReader itemReader(item, itemPath, error);
            itemReader.integer(QStringLiteral("day"), &hours->day, 1, 7, Need::Required);
            if (itemReader.string(QStringLiteral("open"), &hours->open, Need::Required) &&
                !isTime(hours->open)) {
                itemReader.fail(QStringLiteral("open"), QStringLiteral("must be a time HH:MM"));
            }
            if (itemReader.string(QStringLiteral("close"), &hours->close, Need::Required) &&
                !isTime(hours->close)) {
                itemReader.fail(QStringLiteral("close"), QStringLiteral("must be a time HH:MM"));
            }
            // Zero-padded HH:MM compares correctly as text.
            if (itemReader.ok() && hours->open >= hours->close) {
                itemReader.fail(QStringLiteral("close"), QStringLiteral("must be after open"));
            }
            return itemReader.ok();
        });
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<DashboardData> PayloadCodec::fromJson<DashboardData>(const QJsonObject &json,
                                                                   const QString &path,
                                                                   ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(json, path, error);
    DashboardData value;
    reader.integer(QStringLiteral("days"), &value.days, 1, 90);
    readObjects(reader, QStringLiteral("volume_per_day"), &value.volumePerDay,
                [error](const QJsonObject &item, const QString &itemPath, DayVolume *day) {
                    JsonFieldReader itemReader(item, itemPath, error);
                    if (itemReader.string(QStringLiteral("date"), &day->date, Need::Required) &&
                        !isDate(day->date)) {
                        itemReader.fail(QStringLiteral("date"),
                                        QStringLiteral("must be a date YYYY-MM-DD"));
                    }
                    itemReader.integer(QStringLiteral("inbound"), &day->inbound, 0, kMaxCount);
                    itemReader.integer(QStringLiteral("outbound"), &day->outbound, 0, kMaxCount);
                    return itemReader.ok();
                });
    value.volumePerHour = QList<int>(24, 0);
    if (reader.intList(QStringLiteral("volume_per_hour"), &value.volumePerHour, 0, kMaxCount) &&
        value.volumePerHour.size() != 24) {
        reader.fail(QStringLiteral("volume_per_hour"), QStringLiteral("must hold 24 values"));
    }
    QJsonObject turns;
    if (reader.object(QStringLiteral("turns"), &turns)) {
        JsonFieldReader turnsReader(turns, reader.pathOf(QStringLiteral("turns")), error);
        turnsReader.integer(QStringLiteral("auto"), &value.turnsAuto, 0, kMaxCount);
        turnsReader.integer(QStringLiteral("reviewed"), &value.turnsReviewed, 0, kMaxCount);
        turnsReader.integer(QStringLiteral("human"), &value.turnsHuman, 0, kMaxCount);
    }
    QJsonObject firstResponse;
    if (reader.object(QStringLiteral("first_response_ms"), &firstResponse)) {
        JsonFieldReader timesReader(firstResponse,
                                    reader.pathOf(QStringLiteral("first_response_ms")), error);
        timesReader.integer(QStringLiteral("median"), &value.firstResponseMedianMs, 0, kMaxWhole);
        timesReader.integer(QStringLiteral("p95"), &value.firstResponseP95Ms, 0, kMaxWhole);
    }
    QJsonObject resolution;
    if (reader.object(QStringLiteral("resolution_ms"), &resolution)) {
        JsonFieldReader timesReader(resolution, reader.pathOf(QStringLiteral("resolution_ms")),
                                    error);
        timesReader.integer(QStringLiteral("median"), &value.resolutionMedianMs, 0, kMaxWhole);
        timesReader.integer(QStringLiteral("p95"), &value.resolutionP95Ms, 0, kMaxWhole);
    }
    readNamedCounts(reader, QStringLiteral("escalations_by_reason"), QStringLiteral("reason"),
                    error, &value.escalationsByReason);
    readNamedCounts(reader, QStringLiteral("open_per_agent"), QStringLiteral("agent"), error,
                    &value.openPerAgent);
    if (reader.has(QStringLiteral("llm_cost"))) {
        double cost = 0;
        if (reader.number(QStringLiteral("llm_cost"), &cost, 0.0,
                          std::numeric_limits<double>::max())) {
            value.llmCost = cost;
        }
    }
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<IntentExampleInfo> PayloadCodec::fromJson<IntentExampleInfo>(const QJsonObject &json,
                                                                           const QString &path,
                                                                           ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    IntentExampleInfo value;
    reader.integer(QStringLiteral("id"), &value.id, 1, kMaxWhole, Need::Required);
    if (reader.string(QStringLiteral("language"), &value.language, Need::Required) &&
        (value.language.isEmpty() || !isLanguage(value.language))) {
        reader.fail(QStringLiteral("language"), QStringLiteral("is not a language code"));
    }
    if (reader.string(QStringLiteral("text"), &value.text, Need::Required) && value.text.isEmpty())
        reader.fail(QStringLiteral("text"), QStringLiteral("is empty"));
    reader.string(QStringLiteral("created_by"), &value.createdBy);
    reader.integer(QStringLiteral("created_at"), &value.createdAt, 0, kMaxWhole);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<IntentInfo> PayloadCodec::fromJson<IntentInfo>(const QJsonObject &json,
                                                             const QString &path,
                                                             ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(json, path, error);
    IntentInfo value;
    if (reader.string(QStringLiteral("name"), &value.name, Need::Required) && value.name.isEmpty())
        reader.fail(QStringLiteral("name"), QStringLiteral("is empty"));
    reader.integer(QStringLiteral("default_examples"), &value.defaultExamples, 0, kMaxCount);
    readObjects(reader, QStringLiteral("custom"), &value.custom,
                [error](const QJsonObject &item, const QString &itemPath, IntentExampleInfo *out) {
                    const auto example = fromJson<IntentExampleInfo>(item, itemPath, error);
                    if (example)
                        *out = *example;
                    return example.has_value();
                });
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<IntentModelInfo> PayloadCodec::fromJson<IntentModelInfo>(const QJsonObject &json,
                                                                       const QString &path,
                                                                       ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    IntentModelInfo value;
    if (reader.string(QStringLiteral("state"), &value.state, Need::Required) &&
        !IntentModelInfo::isState(value.state)) {
        reader.fail(QStringLiteral("state"),
                    QStringLiteral("must be none, training, ready or failed"));
    }
    reader.integer(QStringLiteral("examples"), &value.examples, 0, kMaxCount);
    reader.integer(QStringLiteral("intents"), &value.intents, 0, kMaxCount);
    reader.integer(QStringLiteral("custom_examples"), &value.customExamples, 0, kMaxCount);
    reader.number(QStringLiteral("train_seconds"), &value.trainSeconds, 0.0,
                  std::numeric_limits<double>::max());
    reader.integer(QStringLiteral("ready_at"), &value.readyAt, 0, kMaxWhole);
    reader.string(QStringLiteral("error"), &value.error);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<IntentCatalog> PayloadCodec::fromJson<IntentCatalog>(const QJsonObject &json,
                                                                   const QString &path,
                                                                   ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(json, path, error);
    IntentCatalog value;
    if (reader.string(QStringLiteral("phone_number_id"), &value.phoneNumberId, Need::Required) &&
        value.phoneNumberId.isEmpty()) {
        reader.fail(QStringLiteral("phone_number_id"), QStringLiteral("is empty"));
    }
    if (reader.stringList(QStringLiteral("languages"), &value.languages)) {
        for (qsizetype i = 0; i < value.languages.size(); ++i) {
            if (value.languages.at(i).isEmpty() || !isLanguage(value.languages.at(i))) {
                reader.failAt(
                    JsonFieldReader::indexed(reader.pathOf(QStringLiteral("languages")), i),
                    QStringLiteral("is not a language code"));
                break;
            }
        }
    }
    QJsonObject model;
    if (reader.object(QStringLiteral("model"), &model, Need::Required)) {
        if (const auto info =
                fromJson<IntentModelInfo>(model, reader.pathOf(QStringLiteral("model")), error))
            value.model = *info;
    }
    readObjects(reader, QStringLiteral("intents"), &value.intents,
                [error](const QJsonObject &item, const QString &itemPath, IntentInfo *out) {
                    const auto intent = fromJson<IntentInfo>(item, itemPath, error);
                    if (intent)
                        *out = *intent;
                    return intent.has_value();
                });
    if (!reader.ok())
        return std::nullopt;
    return value;
}

QJsonObject PayloadCodec::toJson(const KnowledgeDocumentInfo &value)
{
    return {
        {QStringLiteral("id"), value.id},
        {QStringLiteral("source_name"), value.sourceName},
        {QStringLiteral("type"), value.type},
        {QStringLiteral("title"), value.title},
        {QStringLiteral("language"), value.language},
        {QStringLiteral("chunk_count"), value.chunkCount},
        {QStringLiteral("updated_at"), value.updatedAt},
        {QStringLiteral("created_by"), value.createdBy},
    };
}

QJsonObject PayloadCodec::toJson(const KnowledgeChunkInfo &value)
{
    return {
        {QStringLiteral("id"), value.id},
        {QStringLiteral("ordinal"), value.ordinal},
        {QStringLiteral("section"), toArray(value.section)},
        {QStringLiteral("question"), value.question},
        {QStringLiteral("text"), value.text},
        {QStringLiteral("language"), value.language},
        {QStringLiteral("valid_from"), value.validFrom},
        {QStringLiteral("valid_until"), value.validUntil},
    };
}

QJsonObject PayloadCodec::toJson(const KnowledgeSearchResult &value)
{
    return {
        {QStringLiteral("chunk"), value.chunk},
        {QStringLiteral("document_id"), value.documentId},
        {QStringLiteral("score"), value.score},
        {QStringLiteral("source_name"), value.sourceName},
        {QStringLiteral("type"), value.documentType},
        {QStringLiteral("section"), toArray(value.section)},
        {QStringLiteral("question"), value.question},
        {QStringLiteral("text"), value.text},
        {QStringLiteral("language"), value.language},
    };
}

namespace {
// Empty, or a language code (chunks and documents may have none).
bool readOptionalLanguage(JsonFieldReader &reader, QString *out)
{
    if (reader.string(QStringLiteral("language"), out) && !out->isEmpty() && !isLanguage(*out))
        return reader.fail(QStringLiteral("language"), QStringLiteral("is not a language code"));
    return reader.ok();
}

bool readOptionalDate(JsonFieldReader &reader, const QString &key, QString *out)
{
    if (reader.string(key, out) && !out->isEmpty() && !isDate(*out))
        return reader.fail(key, QStringLiteral("must be a date YYYY-MM-DD"));
    return reader.ok();
}
} // namespace

template <>
std::optional<KnowledgeDocumentInfo>
PayloadCodec::fromJson<KnowledgeDocumentInfo>(const QJsonObject &json, const QString &path,
                                              ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    KnowledgeDocumentInfo value;
    reader.integer(QStringLiteral("id"), &value.id, 1, kMaxWhole, Need::Required);
    if (reader.string(QStringLiteral("source_name"), &value.sourceName, Need::Required) &&
        value.sourceName.isEmpty())
        reader.fail(QStringLiteral("source_name"), QStringLiteral("is empty"));
    reader.string(QStringLiteral("type"), &value.type);
    reader.string(QStringLiteral("title"), &value.title);
    readOptionalLanguage(reader, &value.language);
    reader.integer(QStringLiteral("chunk_count"), &value.chunkCount, 0, kMaxCount);
    reader.integer(QStringLiteral("updated_at"), &value.updatedAt, 0, kMaxWhole);
    reader.string(QStringLiteral("created_by"), &value.createdBy);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<KnowledgeChunkInfo>
PayloadCodec::fromJson<KnowledgeChunkInfo>(const QJsonObject &json, const QString &path,
                                           ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    KnowledgeChunkInfo value;
    reader.integer(QStringLiteral("id"), &value.id, 1, kMaxWhole, Need::Required);
    reader.integer(QStringLiteral("ordinal"), &value.ordinal, 0, kMaxCount);
    reader.stringList(QStringLiteral("section"), &value.section);
    reader.string(QStringLiteral("question"), &value.question);
    reader.string(QStringLiteral("text"), &value.text, Need::Required);
    readOptionalLanguage(reader, &value.language);
    readOptionalDate(reader, QStringLiteral("valid_from"), &value.validFrom);
    readOptionalDate(reader, QStringLiteral("valid_until"), &value.validUntil);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template <>
std::optional<KnowledgeSearchResult>
PayloadCodec::fromJson<KnowledgeSearchResult>(const QJsonObject &json, const QString &path,
                                              ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(json, path, orLocal(error, &local));
    KnowledgeSearchResult value;
    reader.integer(QStringLiteral("chunk"), &value.chunk, 1, kMaxWhole, Need::Required);
    reader.integer(QStringLiteral("document_id"), &value.documentId, 0, kMaxWhole);
    reader.number(QStringLiteral("score"), &value.score, std::numeric_limits<double>::lowest(),
                  std::numeric_limits<double>::max(), Need::Required);
    reader.string(QStringLiteral("source_name"), &value.sourceName);
    reader.string(QStringLiteral("type"), &value.documentType);
    reader.stringList(QStringLiteral("section"), &value.section);
    reader.string(QStringLiteral("question"), &value.question);
    reader.string(QStringLiteral("text"), &value.text, Need::Required);
    readOptionalLanguage(reader, &value.language);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

} // namespace sportello::protocol
