// SPDX-License-Identifier: LicenseRef-Sportello
// Typed views of the hub's reply and event payloads (the wrappers around the protocol types).
#pragma once

#include <optional>
#include <utility>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/deliverystatus.h"
#include "protocol/businesssettings.h"
#include "protocol/cannedresponse.h"
#include "protocol/conversationsummary.h"
#include "protocol/draftinfo.h"
#include "protocol/envelope.h"
#include "protocol/intentcatalog.h"
#include "protocol/knowledgechunkinfo.h"
#include "protocol/knowledgedocumentinfo.h"
#include "protocol/knowledgesearchresult.h"
#include "protocol/presenceinfo.h"
#include "protocol/protocolerror.h"
#include "protocol/queuecounts.h"
#include "protocol/templateinfo.h"
#include "protocol/threadentry.h"
#include "protocol/userinfo.h"
#include "protocol/usersettings.h"

namespace sportello::console::net {

// PayloadCodec reads the protocol's types; this reads the objects the hub wraps them in
// ({"conversation": ...}, {"conversation_id", "entry"}...), with the same JsonFieldReader, so
// a malformed payload is reported the same way (bad_request naming the field, path "data...").
// Every reader returns nullopt and fills `error` on failure; `error` may be null.
class HubPayloadReader
{
public:
    struct MessageNew
    {
        qint64 conversationId = 0;
        protocol::ThreadEntry entry;
    };
    struct MessageStatus
    {
        qint64 conversationId = 0;
        QString entryId;
        DeliveryStatus status = DeliveryStatus::Queued;
        int errorCode = 0;
        QString errorTitle;
    };
    struct TurnUnderstood
    {
        qint64 conversationId = 0;
        QString entryId;
        protocol::TurnUnderstanding understanding;
    };
    struct DraftResolved
    {
        qint64 draftId = 0;
        qint64 conversationId = 0;
        QString state;
        QString by;
    };
    struct SettingsChanged
    {
        std::optional<protocol::BusinessSettings> business;
        std::optional<QList<protocol::CannedResponse>> canned;
    };
    struct IntentsChange
    {
        protocol::IntentCatalog catalog;
        int count = 0; // "added" or "removed"
    };
    // knowledge.list and the knowledge.changed event.
    struct KnowledgeDocuments
    {
        QString phoneNumberId;
        QList<protocol::KnowledgeDocumentInfo> documents;
    };
    struct KnowledgeChunks
    {
        protocol::KnowledgeDocumentInfo document;
        QList<protocol::KnowledgeChunkInfo> chunks;
    };
    struct KnowledgeUpload
    {
        protocol::KnowledgeDocumentInfo document;
        QStringList warnings;
        bool unchanged = false;
    };
    struct KnowledgeSearch
    {
        QList<protocol::KnowledgeSearchResult> results;
        QString mode;
        QString note; // dense retrieval could not run and BM25 answered
    };
    struct Settings
    {
        protocol::UserSettings user;
        protocol::BusinessSettings business;
    };
    struct OpenedConversation
    {
        protocol::ConversationSummary conversation;
        QList<protocol::ThreadEntry> entries; // messages, notes and system entries, oldest first
        QList<protocol::DraftInfo> drafts;
    };
    struct SyncReply
    {
        bool snapshot = false;
        // mode "events": the missed events, in order.
        QList<protocol::Envelope> events;
        // mode "snapshot": the state to rebuild from.
        QString epoch;
        qint64 seq = 0;
        QList<protocol::ConversationSummary> conversations;
        protocol::QueueCounts counts;
    };

    // Events.
    static std::optional<protocol::ConversationSummary>
    conversationUpdated(const QJsonObject &data, protocol::ProtocolError *error);
    static std::optional<MessageNew> messageNew(const QJsonObject &data,
                                                protocol::ProtocolError *error);
    static std::optional<MessageStatus> messageStatus(const QJsonObject &data,
                                                      protocol::ProtocolError *error);
    static std::optional<TurnUnderstood> turnUnderstood(const QJsonObject &data,
                                                        protocol::ProtocolError *error);
    static std::optional<protocol::DraftInfo> draftPending(const QJsonObject &data,
                                                           protocol::ProtocolError *error);
    static std::optional<DraftResolved> draftResolved(const QJsonObject &data,
                                                      protocol::ProtocolError *error);
    static std::optional<QList<protocol::PresenceInfo>> presence(const QJsonObject &data,
                                                                 protocol::ProtocolError *error);
    static std::optional<protocol::QueueCounts> counts(const QJsonObject &data,
                                                       protocol::ProtocolError *error);
    static std::optional<SettingsChanged> settingsChanged(const QJsonObject &data,
                                                          protocol::ProtocolError *error);
    // {"catalog": IntentCatalog}: the intents.changed event and the intents.get reply.
    static std::optional<protocol::IntentCatalog> intentCatalog(const QJsonObject &data,
                                                                protocol::ProtocolError *error);

    // Replies.
    static std::optional<SyncReply> syncReply(const QJsonObject &data,
                                              protocol::ProtocolError *error);
    // {"conversation": ConversationSummary}: the reply of every conversation action.
    static std::optional<protocol::ConversationSummary> actionReply(const QJsonObject &data,
                                                                    protocol::ProtocolError *error);
    // conversation.open: entries and notes merged in time order.
    static std::optional<OpenedConversation> openedConversation(const QJsonObject &data,
                                                                protocol::ProtocolError *error);
    // {"<key>": [T...]} for conversations, entries, templates, canned and users.
    static std::optional<QList<protocol::ConversationSummary>>
    conversations(const QJsonObject &data, protocol::ProtocolError *error);
    static std::optional<QList<protocol::ThreadEntry>> entries(const QJsonObject &data,
                                                               protocol::ProtocolError *error);
    static std::optional<QList<protocol::TemplateInfo>> templates(const QJsonObject &data,
                                                                  protocol::ProtocolError *error);
    static std::optional<QList<protocol::CannedResponse>> canned(const QJsonObject &data,
                                                                 protocol::ProtocolError *error);
    static std::optional<QList<protocol::UserInfo>> users(const QJsonObject &data,
                                                          protocol::ProtocolError *error);
    static std::optional<Settings> settings(const QJsonObject &data,
                                            protocol::ProtocolError *error);
    static std::optional<protocol::UserSettings> userSettings(const QJsonObject &data,
                                                              protocol::ProtocolError *error);
    static std::optional<protocol::BusinessSettings>
    businessSettings(const QJsonObject &data, protocol::ProtocolError *error);
    // intents.add / intents.remove: {"catalog": IntentCatalog, "<countKey>": n}.
    static std::optional<IntentsChange>
    intentsChange(const QJsonObject &data, const QString &countKey, protocol::ProtocolError *error);
    // knowledge.list replies and knowledge.changed events.
    static std::optional<KnowledgeDocuments> knowledgeDocuments(const QJsonObject &data,
                                                                protocol::ProtocolError *error);
    static std::optional<KnowledgeChunks> knowledgeChunks(const QJsonObject &data,
                                                          protocol::ProtocolError *error);
    static std::optional<KnowledgeUpload> knowledgeUpload(const QJsonObject &data,
                                                          protocol::ProtocolError *error);
    // knowledge.remove: {"document": KnowledgeDocumentInfo}.
    static std::optional<protocol::KnowledgeDocumentInfo>
    knowledgeDocument(const QJsonObject &data, protocol::ProtocolError *error);
    static std::optional<KnowledgeSearch> knowledgeSearch(const QJsonObject &data,
                                                          protocol::ProtocolError *error);
};

} // namespace sportello::console::net
