// SPDX-License-Identifier: MIT
// Sportello: typed request data of the agent hub protocol, parsed and validated in one place.
#include "protocol/requestcodec.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "protocol/jsonfieldreader.h"
#include "protocol/payloadcodec.h"

namespace sportello::protocol {

namespace {

using Need = JsonFieldReader::Need;

constexpr qint64 kMaxWhole = 9007199254740991LL;
const QString kData = QStringLiteral("data");

ProtocolError *orLocal(ProtocolError *error, ProtocolError *local)
{
    return error ? error : local;
}

bool readId(JsonFieldReader &reader, const QString &key, qint64 *out)
{
    return reader.integer(key, out, 1, kMaxWhole, Need::Required);
}

// Trims, then requires 1..maxLength characters (when present, or always when required).
bool readText(JsonFieldReader &reader, const QString &key, QString *out, int maxLength, Need need)
{
    QString text;
    if (!reader.string(key, &text, need))
        return false;
    text = text.trimmed();
    const qsizetype length = RequestCodec::characterCount(text);
    if (length == 0)
        return reader.fail(key, QStringLiteral("is empty"));
    if (length > maxLength)
        return reader.fail(key, QStringLiteral("is longer than %1 characters").arg(maxLength));
    *out = text;
    return true;
}

bool readRole(JsonFieldReader &reader, const QString &key, std::optional<AgentRole> *out, Need need)
{
    QString spelling;
    if (!reader.string(key, &spelling, need))
        return false;
    const auto role = agentRoleFromString(spelling);
    if (!role)
        return reader.fail(key, QStringLiteral("must be agent, manager or admin"));
    *out = role;
    return true;
}

bool readUsername(JsonFieldReader &reader, const QString &key, QString *out)
{
    if (!reader.string(key, out, Need::Required))
        return false;
    if (out->isEmpty())
        return reader.fail(key, QStringLiteral("is empty"));
    if (!RequestCodec::isValidUsername(*out)) {
        return reader.fail(key, QStringLiteral("must be 1-64 letters, digits, '.', '_', '-' or "
                                               "'@', starting with a letter or digit"));
    }
    return true;
}

bool readPassword(JsonFieldReader &reader, const QString &key, QString *out, Need need)
{
    QString password;
    if (!reader.string(key, &password, need))
        return false;
    if (RequestCodec::characterCount(password) < RequestCodec::kMinPasswordLength) {
        return reader.fail(
            key,
            QStringLiteral("must be at least %1 characters").arg(RequestCodec::kMinPasswordLength));
    }
    *out = password;
    return true;
}

bool readLabels(JsonFieldReader &reader, const QString &key, QStringList *out)
{
    QStringList labels;
    if (!reader.stringList(key, &labels))
        return reader.ok();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        labels[i] = labels[i].trimmed();
        const qsizetype length = RequestCodec::characterCount(labels[i]);
        const QString path = JsonFieldReader::indexed(reader.pathOf(key), i);
        if (length == 0)
            return reader.failAt(path, QStringLiteral("is empty"));
        if (length > RequestCodec::kMaxLabelLength) {
            return reader.failAt(
                path,
                QStringLiteral("is longer than %1 characters").arg(RequestCodec::kMaxLabelLength));
        }
    }
    labels.removeDuplicates();
    *out = labels;
    return true;
}

// Template parameters: WhatsApp refuses empty ones, so they are refused here with a path.
bool readParameters(JsonFieldReader &reader, const QString &key, QStringList *out)
{
    QStringList parameters;
    if (!reader.stringList(key, &parameters))
        return reader.ok();
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        parameters[i] = parameters[i].trimmed();
        const QString path = JsonFieldReader::indexed(reader.pathOf(key), i);
        if (parameters[i].isEmpty())
            return reader.failAt(path, QStringLiteral("is empty"));
        if (RequestCodec::characterCount(parameters[i]) > RequestCodec::kMaxTextLength) {
            return reader.failAt(
                path,
                QStringLiteral("is longer than %1 characters").arg(RequestCodec::kMaxTextLength));
        }
    }
    *out = parameters;
    return true;
}

template <typename T>
std::optional<T> result(const JsonFieldReader &reader, const T &value)
{
    if (!reader.ok())
        return std::nullopt;
    return value;
}

} // namespace

const QStringList &RequestCodec::requestTypes()
{
    static const QStringList types{
        QStringLiteral("auth.login"),
        QStringLiteral("auth.resume"),
        QStringLiteral("auth.logout"),
        QStringLiteral("sync"),
        QStringLiteral("conversations.list"),
        QStringLiteral("conversation.open"),
        QStringLiteral("conversation.history"),
        QStringLiteral("templates.list"),
        QStringLiteral("canned.list"),
        QStringLiteral("dashboard.get"),
        QStringLiteral("message.send"),
        QStringLiteral("template.send"),
        QStringLiteral("draft.approve"),
        QStringLiteral("draft.edit_send"),
        QStringLiteral("draft.reject"),
        QStringLiteral("conversation.take_over"),
        QStringLiteral("conversation.hand_back"),
        QStringLiteral("conversation.assign"),
        QStringLiteral("conversation.note"),
        QStringLiteral("conversation.label"),
        QStringLiteral("conversation.close"),
        QStringLiteral("conversation.reopen"),
        QStringLiteral("presence.set"),
        QStringLiteral("settings.get"),
        QStringLiteral("settings.user.set"),
        QStringLiteral("settings.business.set"),
        QStringLiteral("canned.save"),
        QStringLiteral("canned.remove"),
        QStringLiteral("users.list"),
        QStringLiteral("users.add"),
        QStringLiteral("users.update"),
        QStringLiteral("intents.get"),
        QStringLiteral("intents.add"),
        QStringLiteral("intents.remove"),
        QStringLiteral("knowledge.list"),
        QStringLiteral("knowledge.chunks"),
        QStringLiteral("knowledge.upload"),
        QStringLiteral("knowledge.remove"),
        QStringLiteral("knowledge.search"),
    };
    return types;
}

bool RequestCodec::isKnownType(const QString &type)
{
    return requestTypes().contains(type);
}

bool RequestCodec::isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9][A-Za-z0-9._@-]{0,%1}").arg(kMaxUsernameLength - 1)));
    return pattern.match(username).hasMatch();
}

bool RequestCodec::isValidIntentName(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z][a-z0-9_]{0,%1}").arg(kMaxIntentNameLength - 1)));
    return pattern.match(name).hasMatch();
}

const QStringList &RequestCodec::knowledgeExtensions()
{
    static const QStringList extensions{
        QStringLiteral(".md"),   QStringLiteral(".markdown"), QStringLiteral(".csv"),
        QStringLiteral(".json"), QStringLiteral(".jsonl"),    QStringLiteral(".txt"),
        QStringLiteral(".pdf"),
    };
    return extensions;
}

bool RequestCodec::isKnowledgeFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    for (const QString &extension : knowledgeExtensions()) {
        if (lower.endsWith(extension) && lower.size() > extension.size())
            return true;
    }
    return false;
}

qsizetype RequestCodec::characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one character.
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

template <>
std::optional<LoginRequest> RequestCodec::parse<LoginRequest>(const Envelope &request,
                                                              ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    LoginRequest value;
    if (reader.string(QStringLiteral("username"), &value.username, Need::Required) &&
        value.username.isEmpty()) {
        reader.fail(QStringLiteral("username"), QStringLiteral("is empty"));
    }
    if (reader.string(QStringLiteral("password"), &value.password, Need::Required) &&
        value.password.isEmpty()) {
        reader.fail(QStringLiteral("password"), QStringLiteral("is empty"));
    }
    return result(reader, value);
}

template <>
std::optional<ResumeRequest> RequestCodec::parse<ResumeRequest>(const Envelope &request,
                                                                ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    ResumeRequest value;
    if (reader.string(QStringLiteral("token"), &value.token, Need::Required) &&
        value.token.isEmpty()) {
        reader.fail(QStringLiteral("token"), QStringLiteral("is empty"));
    }
    return result(reader, value);
}

template <>
std::optional<SyncRequest> RequestCodec::parse<SyncRequest>(const Envelope &request,
                                                            ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    SyncRequest value;
    reader.string(QStringLiteral("epoch"), &value.epoch);
    reader.integer(QStringLiteral("after_seq"), &value.afterSeq, 0, kMaxWhole);
    return result(reader, value);
}

template <>
std::optional<ListConversationsRequest>
RequestCodec::parse<ListConversationsRequest>(const Envelope &request, ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    ListConversationsRequest value;
    QString queue;
    if (reader.string(QStringLiteral("queue"), &queue, Need::Required)) {
        if (const auto parsed = inboxQueueFromString(queue))
            value.queue = *parsed;
        else
            reader.fail(QStringLiteral("queue"),
                        QStringLiteral("must be needs_review, escalated, mine, open or closed"));
    }
    reader.integer(QStringLiteral("limit"), &value.limit, 1, kMaxListLimit);
    reader.integer(QStringLiteral("before"), &value.before, 0, kMaxWhole);
    return result(reader, value);
}

template <>
std::optional<ConversationRequest> RequestCodec::parse<ConversationRequest>(const Envelope &request,
                                                                            ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    ConversationRequest value;
    readId(reader, QStringLiteral("conversation_id"), &value.conversationId);
    return result(reader, value);
}

template <>
std::optional<HistoryRequest> RequestCodec::parse<HistoryRequest>(const Envelope &request,
                                                                  ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    HistoryRequest value;
    readId(reader, QStringLiteral("conversation_id"), &value.conversationId);
    reader.integer(QStringLiteral("before"), &value.before, 0, kMaxWhole);
    reader.integer(QStringLiteral("limit"), &value.limit, 1, kMaxListLimit);
    return result(reader, value);
}

template <>
std::optional<SendMessageRequest> RequestCodec::parse<SendMessageRequest>(const Envelope &request,
                                                                          ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    SendMessageRequest value;
    readId(reader, QStringLiteral("conversation_id"), &value.conversationId);
    readText(reader, QStringLiteral("text"), &value.text, kMaxTextLength, Need::Required);
    reader.string(QStringLiteral("reply_to"), &value.replyTo);
    return result(reader, value);
}

template <>
std::optional<SendTemplateRequest> RequestCodec::parse<SendTemplateRequest>(const Envelope &request,
                                                                            ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    SendTemplateRequest value;
    readId(reader, QStringLiteral("conversation_id"), &value.conversationId);
    readText(reader, QStringLiteral("name"), &value.name, 512, Need::Required);
    readText(reader, QStringLiteral("language"), &value.language, 32, Need::Required);
    readParameters(reader, QStringLiteral("header"), &value.header);
    readParameters(reader, QStringLiteral("body"), &value.body);
    readParameters(reader, QStringLiteral("buttons"), &value.buttons);
    return result(reader, value);
}

template <>
std::optional<DraftActionRequest> RequestCodec::parse<DraftActionRequest>(const Envelope &request,
                                                                          ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    DraftActionRequest value;
    readId(reader, QStringLiteral("draft_id"), &value.draftId);
    if (request.type == u"draft.edit_send")
        readText(reader, QStringLiteral("text"), &value.text, kMaxTextLength, Need::Required);
    if (request.type == u"draft.reject" && reader.has(QStringLiteral("reason"))) {
        QString reason;
        if (reader.string(QStringLiteral("reason"), &reason)) {
            value.reason = reason.trimmed();
            if (characterCount(value.reason) > kMaxTextLength) {
                reader.fail(QStringLiteral("reason"),
                            QStringLiteral("is longer than %1 characters").arg(kMaxTextLength));
            }
        }
    }
    return result(reader, value);
}

template <>
std::optional<AssignRequest> RequestCodec::parse<AssignRequest>(const Envelope &request,
                                                                ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    AssignRequest value;
    readId(reader, QStringLiteral("conversation_id"), &value.conversationId);
    if (reader.string(QStringLiteral("agent"), &value.agent, Need::Required) &&
        !value.agent.isEmpty() && !isValidUsername(value.agent)) {
        reader.fail(QStringLiteral("agent"), QStringLiteral("is not a user name"));
    }
    return result(reader, value);
}

template <>
std::optional<NoteRequest> RequestCodec::parse<NoteRequest>(const Envelope &request,
                                                            ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    NoteRequest value;
    readId(reader, QStringLiteral("conversation_id"), &value.conversationId);
    readText(reader, QStringLiteral("text"), &value.text, kMaxTextLength, Need::Required);
    return result(reader, value);
}

template <>
std::optional<LabelRequest> RequestCodec::parse<LabelRequest>(const Envelope &request,
                                                              ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    LabelRequest value;
    readId(reader, QStringLiteral("conversation_id"), &value.conversationId);
    readLabels(reader, QStringLiteral("add"), &value.add);
    readLabels(reader, QStringLiteral("remove"), &value.remove);
    return result(reader, value);
}

template <>
std::optional<PresenceRequest> RequestCodec::parse<PresenceRequest>(const Envelope &request,
                                                                    ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    PresenceRequest value;
    reader.integer(QStringLiteral("viewing"), &value.viewing, 0, kMaxWhole);
    reader.boolean(QStringLiteral("typing"), &value.typing);
    return result(reader, value);
}

template <>
std::optional<DashboardRequest> RequestCodec::parse<DashboardRequest>(const Envelope &request,
                                                                      ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    DashboardRequest value;
    reader.integer(QStringLiteral("days"), &value.days, 1, kMaxDashboardDays);
    return result(reader, value);
}

template <>
std::optional<SaveCannedRequest> RequestCodec::parse<SaveCannedRequest>(const Envelope &request,
                                                                        ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    const auto canned = PayloadCodec::fromJson<CannedResponse>(request.data, kData, error);
    if (!canned)
        return std::nullopt;
    JsonFieldReader reader(request.data, kData, error);
    SaveCannedRequest value{*canned};
    readText(reader, QStringLiteral("title"), &value.canned.title, kMaxCannedTitleLength,
             Need::Required);
    readText(reader, QStringLiteral("text"), &value.canned.text, kMaxTextLength, Need::Required);
    return result(reader, value);
}

template <>
std::optional<RemoveCannedRequest> RequestCodec::parse<RemoveCannedRequest>(const Envelope &request,
                                                                            ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    RemoveCannedRequest value;
    readId(reader, QStringLiteral("id"), &value.id);
    return result(reader, value);
}

template <>
std::optional<AddUserRequest> RequestCodec::parse<AddUserRequest>(const Envelope &request,
                                                                  ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    AddUserRequest value;
    readUsername(reader, QStringLiteral("username"), &value.username);
    readPassword(reader, QStringLiteral("password"), &value.password, Need::Required);
    std::optional<AgentRole> role;
    if (readRole(reader, QStringLiteral("role"), &role, Need::Required))
        value.role = *role;
    return result(reader, value);
}

template <>
std::optional<UpdateUserRequest> RequestCodec::parse<UpdateUserRequest>(const Envelope &request,
                                                                        ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    UpdateUserRequest value;
    readUsername(reader, QStringLiteral("username"), &value.username);
    readRole(reader, QStringLiteral("role"), &value.role, Need::Optional);
    bool disabled = false;
    if (reader.boolean(QStringLiteral("disabled"), &disabled))
        value.disabled = disabled;
    readPassword(reader, QStringLiteral("password"), &value.password, Need::Optional);
    return result(reader, value);
}

template <>
std::optional<UserSettings> RequestCodec::parse<UserSettings>(const Envelope &request,
                                                              ProtocolError *error)
{
    return PayloadCodec::fromJson<UserSettings>(request.data, kData, error);
}

template <>
std::optional<BusinessSettings> RequestCodec::parse<BusinessSettings>(const Envelope &request,
                                                                      ProtocolError *error)
{
    return PayloadCodec::fromJson<BusinessSettings>(request.data, kData, error);
}

namespace {
// An optional phone_number_id: absent means the first configured business.
bool readBusiness(JsonFieldReader &reader, QString *out)
{
    if (reader.string(QStringLiteral("phone_number_id"), out) && out->trimmed().isEmpty())
        return reader.fail(QStringLiteral("phone_number_id"), QStringLiteral("is empty"));
    return reader.ok();
}

bool readIntentName(JsonFieldReader &reader, const QString &key, QString *out, Need need)
{
    if (!reader.string(key, out, need))
        return false;
    if (!RequestCodec::isValidIntentName(*out)) {
        return reader.fail(key, QStringLiteral("must be 1-%1 lowercase letters, digits or '_', "
                                               "starting with a letter (e.g. whitening_offer)")
                                    .arg(RequestCodec::kMaxIntentNameLength));
    }
    return true;
}
} // namespace

template <>
std::optional<IntentsRequest> RequestCodec::parse<IntentsRequest>(const Envelope &request,
                                                                  ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    IntentsRequest value;
    readBusiness(reader, &value.phoneNumberId);
    return result(reader, value);
}

template <>
std::optional<AddIntentExamplesRequest>
RequestCodec::parse<AddIntentExamplesRequest>(const Envelope &request, ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    AddIntentExamplesRequest value;
    readBusiness(reader, &value.phoneNumberId);
    readIntentName(reader, QStringLiteral("intent"), &value.intent, Need::Required);
    // Which languages are allowed is the business's to say (the server checks it).
    if (reader.string(QStringLiteral("language"), &value.language, Need::Required) &&
        value.language.isEmpty()) {
        reader.fail(QStringLiteral("language"), QStringLiteral("is empty"));
    }
    const QString textsKey = QStringLiteral("texts");
    QStringList texts;
    if (reader.stringList(textsKey, &texts, Need::Required)) {
        if (texts.isEmpty())
            reader.fail(textsKey, QStringLiteral("is empty: give at least one example"));
        else if (texts.size() > kMaxIntentExamples)
            reader.fail(textsKey, QStringLiteral("has more than %1 examples: send them in parts")
                                      .arg(kMaxIntentExamples));
        for (qsizetype i = 0; reader.ok() && i < texts.size(); ++i) {
            const QString text = texts.at(i).trimmed();
            const QString path = JsonFieldReader::indexed(reader.pathOf(textsKey), i);
            const qsizetype length = characterCount(text);
            if (length == 0)
                reader.failAt(path, QStringLiteral("is empty"));
            else if (length > kMaxIntentExampleLength)
                reader.failAt(
                    path,
                    QStringLiteral("is longer than %1 characters").arg(kMaxIntentExampleLength));
            else
                value.texts.append(text);
        }
    }
    return result(reader, value);
}

template <>
std::optional<RemoveIntentExamplesRequest>
RequestCodec::parse<RemoveIntentExamplesRequest>(const Envelope &request, ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    RemoveIntentExamplesRequest value;
    readBusiness(reader, &value.phoneNumberId);
    const QString idKey = QStringLiteral("id");
    const QString intentKey = QStringLiteral("intent");
    const bool hasId = reader.has(idKey);
    const bool hasIntent = reader.has(intentKey);
    if (hasId && hasIntent)
        reader.fail(intentKey, QStringLiteral("cannot be given with data.id: remove one example "
                                              "(id) or every example of an intent (intent)"));
    else if (!hasId && !hasIntent)
        reader.fail(idKey, QStringLiteral("is missing: give the example's id, or an intent"));
    else if (hasId)
        readId(reader, idKey, &value.id);
    else
        readIntentName(reader, intentKey, &value.intent, Need::Required);
    return result(reader, value);
}

QJsonObject RequestCodec::toJson(const LoginRequest &value)
{
    return {{QStringLiteral("username"), value.username},
            {QStringLiteral("password"), value.password}};
}

QJsonObject RequestCodec::toJson(const ResumeRequest &value)
{
    return {{QStringLiteral("token"), value.token}};
}

QJsonObject RequestCodec::toJson(const SyncRequest &value)
{
    return {{QStringLiteral("epoch"), value.epoch}, {QStringLiteral("after_seq"), value.afterSeq}};
}

QJsonObject RequestCodec::toJson(const ListConversationsRequest &value)
{
    QJsonObject json{{QStringLiteral("queue"), toString(value.queue)},
                     {QStringLiteral("limit"), value.limit}};
    if (value.before > 0)
        json.insert(QStringLiteral("before"), value.before);
    return json;
}

QJsonObject RequestCodec::toJson(const ConversationRequest &value)
{
    return {{QStringLiteral("conversation_id"), value.conversationId}};
}

QJsonObject RequestCodec::toJson(const HistoryRequest &value)
{
    QJsonObject json{{QStringLiteral("conversation_id"), value.conversationId},
                     {QStringLiteral("limit"), value.limit}};
    if (value.before > 0)
        json.insert(QStringLiteral("before"), value.before);
    return json;
}

QJsonObject RequestCodec::toJson(const SendMessageRequest &value)
{
    QJsonObject json{{QStringLiteral("conversation_id"), value.conversationId},
                     {QStringLiteral("text"), value.text}};
    if (!value.replyTo.isEmpty())
        json.insert(QStringLiteral("reply_to"), value.replyTo);
    return json;
}

QJsonObject RequestCodec::toJson(const SendTemplateRequest &value)
{
    return {
        {QStringLiteral("conversation_id"), value.conversationId},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("language"), value.language},
        {QStringLiteral("header"), QJsonArray::fromStringList(value.header)},
        {QStringLiteral("body"), QJsonArray::fromStringList(value.body)},
        {QStringLiteral("buttons"), QJsonArray::fromStringList(value.buttons)},
    };
}

QJsonObject RequestCodec::toJson(const DraftActionRequest &value)
{
    QJsonObject json{{QStringLiteral("draft_id"), value.draftId}};
    if (!value.text.isEmpty())
        json.insert(QStringLiteral("text"), value.text);
    if (!value.reason.isEmpty())
        json.insert(QStringLiteral("reason"), value.reason);
    return json;
}

QJsonObject RequestCodec::toJson(const AssignRequest &value)
{
    return {{QStringLiteral("conversation_id"), value.conversationId},
            {QStringLiteral("agent"), value.agent}};
}

QJsonObject RequestCodec::toJson(const NoteRequest &value)
{
    return {{QStringLiteral("conversation_id"), value.conversationId},
            {QStringLiteral("text"), value.text}};
}

QJsonObject RequestCodec::toJson(const LabelRequest &value)
{
    return {{QStringLiteral("conversation_id"), value.conversationId},
            {QStringLiteral("add"), QJsonArray::fromStringList(value.add)},
            {QStringLiteral("remove"), QJsonArray::fromStringList(value.remove)}};
}

QJsonObject RequestCodec::toJson(const PresenceRequest &value)
{
    return {{QStringLiteral("viewing"), value.viewing}, {QStringLiteral("typing"), value.typing}};
}

QJsonObject RequestCodec::toJson(const DashboardRequest &value)
{
    return {{QStringLiteral("days"), value.days}};
}

QJsonObject RequestCodec::toJson(const SaveCannedRequest &value)
{
    return PayloadCodec::toJson(value.canned);
}

QJsonObject RequestCodec::toJson(const RemoveCannedRequest &value)
{
    return {{QStringLiteral("id"), value.id}};
}

QJsonObject RequestCodec::toJson(const AddUserRequest &value)
{
    return {{QStringLiteral("username"), value.username},
            {QStringLiteral("password"), value.password},
            {QStringLiteral("role"), toString(value.role)}};
}

QJsonObject RequestCodec::toJson(const UpdateUserRequest &value)
{
    QJsonObject json{{QStringLiteral("username"), value.username}};
    if (value.role)
        json.insert(QStringLiteral("role"), toString(*value.role));
    if (value.disabled)
        json.insert(QStringLiteral("disabled"), *value.disabled);
    if (!value.password.isEmpty())
        json.insert(QStringLiteral("password"), value.password);
    return json;
}

QJsonObject RequestCodec::toJson(const UserSettings &value)
{
    return PayloadCodec::toJson(value);
}

QJsonObject RequestCodec::toJson(const BusinessSettings &value)
{
    return PayloadCodec::toJson(value);
}

namespace {
void putBusiness(QJsonObject &json, const QString &phoneNumberId)
{
    if (!phoneNumberId.isEmpty())
        json.insert(QStringLiteral("phone_number_id"), phoneNumberId);
}
} // namespace

QJsonObject RequestCodec::toJson(const IntentsRequest &value)
{
    QJsonObject json;
    putBusiness(json, value.phoneNumberId);
    return json;
}

QJsonObject RequestCodec::toJson(const AddIntentExamplesRequest &value)
{
    QJsonObject json{{QStringLiteral("intent"), value.intent},
                     {QStringLiteral("language"), value.language},
                     {QStringLiteral("texts"), QJsonArray::fromStringList(value.texts)}};
    putBusiness(json, value.phoneNumberId);
    return json;
}

QJsonObject RequestCodec::toJson(const RemoveIntentExamplesRequest &value)
{
    QJsonObject json;
    if (value.id != 0)
        json.insert(QStringLiteral("id"), value.id);
    else
        json.insert(QStringLiteral("intent"), value.intent);
    putBusiness(json, value.phoneNumberId);
    return json;
}

namespace {
bool readDocumentId(JsonFieldReader &reader, qint64 *out)
{
    return readId(reader, QStringLiteral("document_id"), out);
}

// Optional ISO 639-1 code: two lowercase letters.
bool readLanguageCode(JsonFieldReader &reader, const QString &key, QString *out)
{
    QString code;
    if (!reader.string(key, &code))
        return reader.ok();
    code = code.trimmed();
    if (code.isEmpty())
        return true;
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2}")));
    if (!pattern.match(code).hasMatch())
        return reader.fail(key, QStringLiteral("must be an ISO 639-1 code such as it or en"));
    *out = code;
    return true;
}
} // namespace

template <>
std::optional<KnowledgeListRequest>
RequestCodec::parse<KnowledgeListRequest>(const Envelope &request, ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    KnowledgeListRequest value;
    readBusiness(reader, &value.phoneNumberId);
    return result(reader, value);
}

template <>
std::optional<KnowledgeDocumentRequest>
RequestCodec::parse<KnowledgeDocumentRequest>(const Envelope &request, ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    KnowledgeDocumentRequest value;
    readBusiness(reader, &value.phoneNumberId);
    readDocumentId(reader, &value.documentId);
    return result(reader, value);
}

template <>
std::optional<UploadKnowledgeRequest>
RequestCodec::parse<UploadKnowledgeRequest>(const Envelope &request, ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    UploadKnowledgeRequest value;
    readBusiness(reader, &value.phoneNumberId);
    const QString nameKey = QStringLiteral("file_name");
    if (reader.string(nameKey, &value.fileName, Need::Required)) {
        value.fileName = value.fileName.trimmed();
        if (value.fileName.isEmpty())
            reader.fail(nameKey, QStringLiteral("is empty"));
        else if (characterCount(value.fileName) > kMaxKnowledgeFileNameLength)
            reader.fail(
                nameKey,
                QStringLiteral("is longer than %1 characters").arg(kMaxKnowledgeFileNameLength));
        else if (value.fileName.contains(u'/') || value.fileName.contains(u'\\'))
            reader.fail(nameKey, QStringLiteral("must be a file name, not a path"));
        else if (!isKnowledgeFileName(value.fileName))
            reader.fail(nameKey,
                        QStringLiteral("\"%1\" is not a supported kind of file: use one "
                                       "of %2")
                            .arg(value.fileName, knowledgeExtensions().join(QStringLiteral(", "))));
    }
    const QString contentKey = QStringLiteral("content");
    QString encoded;
    if (reader.string(contentKey, &encoded, Need::Required)) {
        // Checked before decoding, so an oversized upload costs no decoding: base64 carries
        // 3 bytes in 4 characters.
        const qint64 largest = (kMaxKnowledgeUploadBytes + 2) / 3 * 4;
        const QString tooLarge = QStringLiteral("is larger than %1 MiB: split the document")
                                     .arg(kMaxKnowledgeUploadBytes / (1024 * 1024));
        if (encoded.size() > largest) {
            reader.fail(contentKey, tooLarge);
        } else {
            auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
                reader.fail(contentKey, QStringLiteral("is not valid base64"));
            else if (decoded.decoded.isEmpty())
                reader.fail(contentKey, QStringLiteral("is empty"));
            else if (decoded.decoded.size() > kMaxKnowledgeUploadBytes)
                reader.fail(contentKey, tooLarge);
            else
                value.content = std::move(decoded.decoded);
        }
    }
    readLanguageCode(reader, QStringLiteral("language"), &value.language);
    return result(reader, value);
}

template <>
std::optional<KnowledgeSearchRequest>
RequestCodec::parse<KnowledgeSearchRequest>(const Envelope &request, ProtocolError *error)
{
    ProtocolError local;
    JsonFieldReader reader(request.data, kData, orLocal(error, &local));
    KnowledgeSearchRequest value;
    readBusiness(reader, &value.phoneNumberId);
    readText(reader, QStringLiteral("query"), &value.query, kMaxKnowledgeQueryLength,
             Need::Required);
    const QString modeKey = QStringLiteral("mode");
    if (reader.string(modeKey, &value.mode)) {
        value.mode = value.mode.trimmed();
        if (!value.mode.isEmpty() && value.mode != u"bm25" && value.mode != u"dense" &&
            value.mode != u"hybrid")
            reader.fail(modeKey, QStringLiteral("must be bm25, dense or hybrid"));
    }
    reader.integer(QStringLiteral("top_k"), &value.topK, 1, kMaxKnowledgeTopK);
    readLanguageCode(reader, QStringLiteral("language"), &value.language);
    return result(reader, value);
}

QJsonObject RequestCodec::toJson(const KnowledgeListRequest &value)
{
    QJsonObject json;
    putBusiness(json, value.phoneNumberId);
    return json;
}

QJsonObject RequestCodec::toJson(const KnowledgeDocumentRequest &value)
{
    QJsonObject json{{QStringLiteral("document_id"), value.documentId}};
    putBusiness(json, value.phoneNumberId);
    return json;
}

QJsonObject RequestCodec::toJson(const UploadKnowledgeRequest &value)
{
    QJsonObject json{{QStringLiteral("file_name"), value.fileName},
                     {QStringLiteral("content"), QString::fromLatin1(value.content.toBase64())}};
    if (!value.language.isEmpty())
        json.insert(QStringLiteral("language"), value.language);
    putBusiness(json, value.phoneNumberId);
    return json;
}

QJsonObject RequestCodec::toJson(const KnowledgeSearchRequest &value)
{
    QJsonObject json{{QStringLiteral("query"), value.query}};
    if (!value.mode.isEmpty())
        json.insert(QStringLiteral("mode"), value.mode);
    if (value.topK > 0)
        json.insert(QStringLiteral("top_k"), value.topK);
    if (!value.language.isEmpty())
        json.insert(QStringLiteral("language"), value.language);
    putBusiness(json, value.phoneNumberId);
    return json;
}

} // namespace sportello::protocol
