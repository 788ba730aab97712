// SPDX-License-Identifier: LicenseRef-Sportello
// Typed views of the hub's reply and event payloads (the wrappers around the protocol types).
#include "net/hubpayloadreader.h"

#include <algorithm>
#include <limits>
#include <variant>

#include <QJsonArray>
#include <QJsonDocument>

#include "protocol/jsonfieldreader.h"
#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"

namespace sportello::console::net {

using protocol::JsonFieldReader;
using protocol::PayloadCodec;
using protocol::ProtocolError;
using Need = JsonFieldReader::Need;

namespace {

const QString kData = QStringLiteral("data");
constexpr qint64 kMaxId = qint64(1) << 53;

ProtocolError *orLocal(ProtocolError *error, ProtocolError *local)
{
    return error ? error : local;
}

// One payload type read from the object at `path`.
template <typename T>
std::optional<T> readObject(const QJsonObject &json, const QString &path, ProtocolError *error)
{
    return PayloadCodec::fromJson<T>(json, path, error);
}

// {"<key>": [T...]} below `reader`.
template <typename T>
std::optional<QList<T>> readList(JsonFieldReader &reader, const QString &key, ProtocolError *error,
                                 Need need = Need::Required)
{
    QJsonArray array;
    if (!reader.array(key, &array, need))
        return reader.ok() ? std::optional<QList<T>>(QList<T>{}) : std::nullopt;
    QList<T> values;
    values.reserve(array.size());
    const QString path = reader.pathOf(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = JsonFieldReader::indexed(path, i);
        if (!array.at(i).isObject()) {
            reader.failAt(itemPath, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        auto value = readObject<T>(array.at(i).toObject(), itemPath, error);
        if (!value)
            return std::nullopt;
        values.append(std::move(*value));
    }
    return values;
}

template <typename T>
std::optional<QList<T>> readDataList(const QJsonObject &data, const QString &key,
                                     ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    return readList<T>(reader, key, error);
}

// {"<key>": T} below `reader`.
template <typename T>
std::optional<T> readMember(JsonFieldReader &reader, const QString &key, ProtocolError *error)
{
    QJsonObject object;
    if (!reader.object(key, &object, Need::Required))
        return std::nullopt;
    return readObject<T>(object, reader.pathOf(key), error);
}

template <typename T>
std::optional<T> readDataMember(const QJsonObject &data, const QString &key, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    return readMember<T>(reader, key, error);
}

bool olderFirst(const protocol::ThreadEntry &a, const protocol::ThreadEntry &b)
{
    return a.at < b.at;
}

} // namespace

std::optional<protocol::ConversationSummary>
HubPayloadReader::conversationUpdated(const QJsonObject &data, ProtocolError *error)
{
    return readObject<protocol::ConversationSummary>(data, kData, error);
}

std::optional<HubPayloadReader::MessageNew> HubPayloadReader::messageNew(const QJsonObject &data,
                                                                         ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    MessageNew value;
    reader.integer(QStringLiteral("conversation_id"), &value.conversationId, 1, kMaxId,
                   Need::Required);
    auto entry = readMember<protocol::ThreadEntry>(reader, QStringLiteral("entry"), error);
    if (!entry || !reader.ok())
        return std::nullopt;
    value.entry = std::move(*entry);
    return value;
}

std::optional<HubPayloadReader::MessageStatus>
HubPayloadReader::messageStatus(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    MessageStatus value;
    reader.integer(QStringLiteral("conversation_id"), &value.conversationId, 1, kMaxId,
                   Need::Required);
    reader.string(QStringLiteral("entry_id"), &value.entryId, Need::Required);
    QString status;
    if (reader.string(QStringLiteral("status"), &status, Need::Required)) {
        if (const auto parsed = deliveryStatusFromString(status))
            value.status = *parsed;
        else
            reader.fail(QStringLiteral("status"), QStringLiteral("is not a delivery status"));
    }
    reader.integer(QStringLiteral("error_code"), &value.errorCode, 0,
                   std::numeric_limits<int>::max());
    reader.string(QStringLiteral("error_title"), &value.errorTitle);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

std::optional<HubPayloadReader::TurnUnderstood>
HubPayloadReader::turnUnderstood(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    TurnUnderstood value;
    reader.integer(QStringLiteral("conversation_id"), &value.conversationId, 1, kMaxId,
                   Need::Required);
    reader.string(QStringLiteral("entry_id"), &value.entryId, Need::Required);
    auto understanding =
        readMember<protocol::TurnUnderstanding>(reader, QStringLiteral("understanding"), error);
    if (!understanding || !reader.ok())
        return std::nullopt;
    value.understanding = std::move(*understanding);
    return value;
}

std::optional<protocol::DraftInfo> HubPayloadReader::draftPending(const QJsonObject &data,
                                                                  ProtocolError *error)
{
    return readObject<protocol::DraftInfo>(data, kData, error);
}

std::optional<HubPayloadReader::DraftResolved>
HubPayloadReader::draftResolved(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    DraftResolved value;
    reader.integer(QStringLiteral("draft_id"), &value.draftId, 1, kMaxId, Need::Required);
    reader.integer(QStringLiteral("conversation_id"), &value.conversationId, 0, kMaxId);
    reader.string(QStringLiteral("state"), &value.state);
    reader.string(QStringLiteral("by"), &value.by);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

std::optional<QList<protocol::PresenceInfo>> HubPayloadReader::presence(const QJsonObject &data,
                                                                        ProtocolError *error)
{
    return readDataList<protocol::PresenceInfo>(data, QStringLiteral("users"), error);
}

std::optional<protocol::QueueCounts> HubPayloadReader::counts(const QJsonObject &data,
                                                              ProtocolError *error)
{
    return readObject<protocol::QueueCounts>(data, kData, error);
}

std::optional<HubPayloadReader::SettingsChanged>
HubPayloadReader::settingsChanged(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    SettingsChanged value;
    if (reader.has(QStringLiteral("business"))) {
        value.business =
            readMember<protocol::BusinessSettings>(reader, QStringLiteral("business"), error);
        if (!value.business)
            return std::nullopt;
    }
    if (reader.has(QStringLiteral("canned"))) {
        value.canned = readList<protocol::CannedResponse>(reader, QStringLiteral("canned"), error);
        if (!value.canned)
            return std::nullopt;
    }
    if (!reader.ok())
        return std::nullopt;
    return value;
}

std::optional<HubPayloadReader::SyncReply> HubPayloadReader::syncReply(const QJsonObject &data,
                                                                       ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    SyncReply value;
    QString mode;
    reader.string(QStringLiteral("mode"), &mode, Need::Required);
    if (!reader.ok())
        return std::nullopt;
    if (mode == u"snapshot") {
        value.snapshot = true;
        reader.string(QStringLiteral("epoch"), &value.epoch, Need::Required);
        reader.integer(QStringLiteral("seq"), &value.seq, 0, kMaxId, Need::Required);
        auto conversations =
            readList<protocol::ConversationSummary>(reader, QStringLiteral("conversations"), error);
        if (!conversations)
            return std::nullopt;
        value.conversations = std::move(*conversations);
        if (reader.has(QStringLiteral("counts"))) {
            auto counts =
                readMember<protocol::QueueCounts>(reader, QStringLiteral("counts"), error);
            if (!counts)
                return std::nullopt;
            value.counts = *counts;
        }
        if (!reader.ok())
            return std::nullopt;
        return value;
    }
    if (mode != u"events") {
        reader.fail(QStringLiteral("mode"), QStringLiteral("must be events or snapshot"));
        return std::nullopt;
    }
    QJsonArray events;
    if (!reader.array(QStringLiteral("events"), &events, Need::Required))
        return std::nullopt;
    const QString path = reader.pathOf(QStringLiteral("events"));
    value.events.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString itemPath = JsonFieldReader::indexed(path, i);
        if (!events.at(i).isObject()) {
            reader.failAt(itemPath, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        // Each item is a whole event frame: MessageCodec is the one reader of envelopes.
        const QByteArray frame =
            QJsonDocument(events.at(i).toObject()).toJson(QJsonDocument::Compact);
        auto decoded = protocol::MessageCodec::decode(frame);
        if (auto *failure = std::get_if<protocol::MessageCodec::DecodeFailure>(&decoded)) {
            *error = failure->error;
            if (!error->field.isEmpty())
                error->field = itemPath + u'.' + error->field;
            return std::nullopt;
        }
        auto &event = std::get<protocol::Envelope>(decoded);
        if (event.kind != protocol::EnvelopeKind::Event) {
            reader.failAt(itemPath + QStringLiteral(".kind"), QStringLiteral("must be event"));
            return std::nullopt;
        }
        value.events.append(std::move(event));
    }
    return value;
}

std::optional<protocol::ConversationSummary> HubPayloadReader::actionReply(const QJsonObject &data,
                                                                           ProtocolError *error)
{
    return readDataMember<protocol::ConversationSummary>(data, QStringLiteral("conversation"),
                                                         error);
}

std::optional<HubPayloadReader::OpenedConversation>
HubPayloadReader::openedConversation(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    auto conversation =
        readMember<protocol::ConversationSummary>(reader, QStringLiteral("conversation"), error);
    if (!conversation)
        return std::nullopt;
    auto entries = readList<protocol::ThreadEntry>(reader, QStringLiteral("entries"), error);
    if (!entries)
        return std::nullopt;
    auto drafts =
        readList<protocol::DraftInfo>(reader, QStringLiteral("drafts"), error, Need::Optional);
    if (!drafts)
        return std::nullopt;
    auto notes =
        readList<protocol::ThreadEntry>(reader, QStringLiteral("notes"), error, Need::Optional);
    if (!notes)
        return std::nullopt;

    OpenedConversation value;
    value.conversation = std::move(*conversation);
    value.entries = std::move(*entries);
    // Notes come separately (they are never sent to the customer) but read in the same thread;
    // an entry listed in both places is kept once.
    for (const protocol::ThreadEntry &note : std::as_const(*notes)) {
        const bool listed = std::any_of(
            value.entries.cbegin(), value.entries.cend(),
            [&note](const protocol::ThreadEntry &entry) { return entry.id == note.id; });
        if (!listed)
            value.entries.append(note);
    }
    std::stable_sort(value.entries.begin(), value.entries.end(), &olderFirst);
    value.drafts = std::move(*drafts);
    return value;
}

std::optional<QList<protocol::ConversationSummary>>
HubPayloadReader::conversations(const QJsonObject &data, ProtocolError *error)
{
    return readDataList<protocol::ConversationSummary>(data, QStringLiteral("conversations"),
                                                       error);
}

std::optional<QList<protocol::ThreadEntry>> HubPayloadReader::entries(const QJsonObject &data,
                                                                      ProtocolError *error)
{
    return readDataList<protocol::ThreadEntry>(data, QStringLiteral("entries"), error);
}

std::optional<QList<protocol::TemplateInfo>> HubPayloadReader::templates(const QJsonObject &data,
                                                                         ProtocolError *error)
{
    return readDataList<protocol::TemplateInfo>(data, QStringLiteral("templates"), error);
}

std::optional<QList<protocol::CannedResponse>> HubPayloadReader::canned(const QJsonObject &data,
                                                                        ProtocolError *error)
{
    return readDataList<protocol::CannedResponse>(data, QStringLiteral("canned"), error);
}

std::optional<QList<protocol::UserInfo>> HubPayloadReader::users(const QJsonObject &data,
                                                                 ProtocolError *error)
{
    return readDataList<protocol::UserInfo>(data, QStringLiteral("users"), error);
}

std::optional<HubPayloadReader::Settings> HubPayloadReader::settings(const QJsonObject &data,
                                                                     ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    auto user = readMember<protocol::UserSettings>(reader, QStringLiteral("user"), error);
    if (!user)
        return std::nullopt;
    auto business =
        readMember<protocol::BusinessSettings>(reader, QStringLiteral("business"), error);
    if (!business)
        return std::nullopt;
    return Settings{*user, *business};
}

std::optional<protocol::UserSettings> HubPayloadReader::userSettings(const QJsonObject &data,
                                                                     ProtocolError *error)
{
    return readDataMember<protocol::UserSettings>(data, QStringLiteral("user"), error);
}

std::optional<protocol::BusinessSettings>
HubPayloadReader::businessSettings(const QJsonObject &data, ProtocolError *error)
{
    return readDataMember<protocol::BusinessSettings>(data, QStringLiteral("business"), error);
}

std::optional<protocol::IntentCatalog> HubPayloadReader::intentCatalog(const QJsonObject &data,
                                                                       ProtocolError *error)
{
    return readDataMember<protocol::IntentCatalog>(data, QStringLiteral("catalog"), error);
}

std::optional<HubPayloadReader::IntentsChange>
HubPayloadReader::intentsChange(const QJsonObject &data, const QString &countKey,
                                ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    IntentsChange value;
    auto catalog = readMember<protocol::IntentCatalog>(reader, QStringLiteral("catalog"), error);
    if (!catalog)
        return std::nullopt;
    value.catalog = std::move(*catalog);
    if (!reader.integer(countKey, &value.count, 0, std::numeric_limits<int>::max(), Need::Required))
        return std::nullopt;
    return value;
}

std::optional<HubPayloadReader::KnowledgeDocuments>
HubPayloadReader::knowledgeDocuments(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    KnowledgeDocuments value;
    if (reader.string(QStringLiteral("phone_number_id"), &value.phoneNumberId, Need::Required) &&
        value.phoneNumberId.isEmpty())
        reader.fail(QStringLiteral("phone_number_id"), QStringLiteral("is empty"));
    if (!reader.ok())
        return std::nullopt;
    auto documents =
        readList<protocol::KnowledgeDocumentInfo>(reader, QStringLiteral("documents"), error);
    if (!documents)
        return std::nullopt;
    value.documents = std::move(*documents);
    return value;
}

std::optional<HubPayloadReader::KnowledgeChunks>
HubPayloadReader::knowledgeChunks(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    KnowledgeChunks value;
    auto document =
        readMember<protocol::KnowledgeDocumentInfo>(reader, QStringLiteral("document"), error);
    if (!document)
        return std::nullopt;
    value.document = std::move(*document);
    auto chunks = readList<protocol::KnowledgeChunkInfo>(reader, QStringLiteral("chunks"), error);
    if (!chunks)
        return std::nullopt;
    value.chunks = std::move(*chunks);
    return value;
}

std::optional<HubPayloadReader::KnowledgeUpload>
HubPayloadReader::knowledgeUpload(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    KnowledgeUpload value;
    auto document =
        readMember<protocol::KnowledgeDocumentInfo>(reader, QStringLiteral("document"), error);
    if (!document)
        return std::nullopt;
    value.document = std::move(*document);
    reader.stringList(QStringLiteral("warnings"), &value.warnings);
    reader.boolean(QStringLiteral("unchanged"), &value.unchanged);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

std::optional<protocol::KnowledgeDocumentInfo>
HubPayloadReader::knowledgeDocument(const QJsonObject &data, ProtocolError *error)
{
    return readDataMember<protocol::KnowledgeDocumentInfo>(data, QStringLiteral("document"), error);
}

std::optional<HubPayloadReader::KnowledgeSearch>
HubPayloadReader::knowledgeSearch(const QJsonObject &data, ProtocolError *error)
{
    ProtocolError local;
    error = orLocal(error, &local);
    JsonFieldReader reader(data, kData, error);
    KnowledgeSearch value;
    auto results =
        readList<protocol::KnowledgeSearchResult>(reader, QStringLiteral("results"), error);
    if (!results)
        return std::nullopt;
    value.results = std::move(*results);
    reader.string(QStringLiteral("mode"), &value.mode);
    reader.string(QStringLiteral("note"), &value.note);
    if (!reader.ok())
        return std::nullopt;
    return value;
}

} // namespace sportello::console::net
