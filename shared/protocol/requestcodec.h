// SPDX-License-Identifier: MIT
// Sportello: typed request data of the agent hub protocol, parsed and validated in one place.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "protocol/businesssettings.h"
#include "protocol/envelope.h"
#include "protocol/protocolerror.h"
#include "protocol/requests/addintentexamplesrequest.h"
#include "protocol/requests/adduserrequest.h"
#include "protocol/requests/assignrequest.h"
#include "protocol/requests/conversationrequest.h"
#include "protocol/requests/dashboardrequest.h"
#include "protocol/requests/draftactionrequest.h"
#include "protocol/requests/historyrequest.h"
#include "protocol/requests/intentsrequest.h"
#include "protocol/requests/knowledgedocumentrequest.h"
#include "protocol/requests/knowledgelistrequest.h"
#include "protocol/requests/knowledgesearchrequest.h"
#include "protocol/requests/labelrequest.h"
#include "protocol/requests/listconversationsrequest.h"
#include "protocol/requests/loginrequest.h"
#include "protocol/requests/noterequest.h"
#include "protocol/requests/presencerequest.h"
#include "protocol/requests/removecannedrequest.h"
#include "protocol/requests/removeintentexamplesrequest.h"
#include "protocol/requests/resumerequest.h"
#include "protocol/requests/savecannedrequest.h"
#include "protocol/requests/sendmessagerequest.h"
#include "protocol/requests/sendtemplaterequest.h"
#include "protocol/requests/syncrequest.h"
#include "protocol/requests/updateuserrequest.h"
#include "protocol/requests/uploadknowledgerequest.h"
#include "protocol/usersettings.h"

namespace sportello::protocol {

// The server parses every request's `data` here (parse<T>), the console builds it here
// (toJson), so the two sides cannot disagree on a spelling or a limit. parse() applies the
// rules of PROTOCOL.md; on failure it fills `error` (code bad_request, field "data.<path>") and
// returns nullopt. Texts are returned trimmed. Unknown fields are ignored.
class RequestCodec
{
public:
    static constexpr int kMaxTextLength = 4096; // message, note, draft edit (characters)
    static constexpr int kMaxLabelLength = 40;
    static constexpr int kMaxCannedTitleLength = 100;
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxUsernameLength = 64;
    static constexpr int kDefaultListLimit = 200;
    static constexpr int kMaxListLimit = 500;
    static constexpr int kDefaultDashboardDays = 14;
    static constexpr int kMaxDashboardDays = 90;
    static constexpr int kMaxIntentNameLength = 64;
    static constexpr int kMaxIntentExamples = 100; // texts per intents.add
    static constexpr int kMaxIntentExampleLength = 500;
    // knowledge.upload: decoded bytes of one file. The hub's frame limit for signed-in consoles
    // leaves room for its base64 (4/3) and the envelope.
    static constexpr qint64 kMaxKnowledgeUploadBytes = 10 * 1024 * 1024;
    static constexpr int kMaxKnowledgeFileNameLength = 200;
    static constexpr int kMaxKnowledgeQueryLength = 1000;
    static constexpr int kMaxKnowledgeTopK = 50;

    // Every request type of PROTOCOL.md, in its order.
    static const QStringList &requestTypes();
    static bool isKnownType(const QString &type);

    // 1-64 characters: letters, digits and . _ - @, starting with a letter or digit. No spaces
    // or colons, because the name is also written into authors as "agent:NAME".
    static bool isValidUsername(const QString &username);
    // Length in characters (code points), as WhatsApp counts them.
    static qsizetype characterCount(const QString &text);
    // 1-64 of a-z, 0-9 and _, starting with a letter: the spelling of the default taxonomy's
    // names, which are also keys in settings (always_human_intents) and reports.
    static bool isValidIntentName(const QString &name);
    // The extensions knowledge.upload takes (lower case, with the dot): .md, .markdown, .csv,
    // .json, .jsonl, .txt, .pdf.
    static const QStringList &knowledgeExtensions();
    // The file name's extension is one of them (any case).
    static bool isKnowledgeFileName(const QString &fileName);

    // `request.type` matters only for DraftActionRequest (text is required by draft.edit_send).
    template <typename T>
    static std::optional<T> parse(const Envelope &request, ProtocolError *error);

    static QJsonObject toJson(const LoginRequest &value);
    static QJsonObject toJson(const ResumeRequest &value);
    static QJsonObject toJson(const SyncRequest &value);
    static QJsonObject toJson(const ListConversationsRequest &value);
    static QJsonObject toJson(const ConversationRequest &value);
    static QJsonObject toJson(const HistoryRequest &value);
    static QJsonObject toJson(const SendMessageRequest &value);
    static QJsonObject toJson(const SendTemplateRequest &value);
    static QJsonObject toJson(const DraftActionRequest &value);
    static QJsonObject toJson(const AssignRequest &value);
    static QJsonObject toJson(const NoteRequest &value);
    static QJsonObject toJson(const LabelRequest &value);
    static QJsonObject toJson(const PresenceRequest &value);
    static QJsonObject toJson(const DashboardRequest &value);
    static QJsonObject toJson(const SaveCannedRequest &value);
    static QJsonObject toJson(const RemoveCannedRequest &value);
    static QJsonObject toJson(const AddUserRequest &value);
    static QJsonObject toJson(const UpdateUserRequest &value);
    static QJsonObject toJson(const UserSettings &value);
    static QJsonObject toJson(const BusinessSettings &value);
    static QJsonObject toJson(const IntentsRequest &value);
    static QJsonObject toJson(const AddIntentExamplesRequest &value);
    static QJsonObject toJson(const RemoveIntentExamplesRequest &value);
    static QJsonObject toJson(const KnowledgeListRequest &value);
    static QJsonObject toJson(const KnowledgeDocumentRequest &value);
    static QJsonObject toJson(const UploadKnowledgeRequest &value);
    static QJsonObject toJson(const KnowledgeSearchRequest &value);
};

// The specialisations live in requestcodec.cpp; declared here so callers use exactly those.
template <>
std::optional<LoginRequest> RequestCodec::parse<LoginRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<ResumeRequest> RequestCodec::parse<ResumeRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<SyncRequest> RequestCodec::parse<SyncRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<ListConversationsRequest>
RequestCodec::parse<ListConversationsRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<ConversationRequest> RequestCodec::parse<ConversationRequest>(const Envelope &,
                                                                            ProtocolError *);
template <>
std::optional<HistoryRequest> RequestCodec::parse<HistoryRequest>(const Envelope &,
                                                                  ProtocolError *);
template <>
std::optional<SendMessageRequest> RequestCodec::parse<SendMessageRequest>(const Envelope &,
                                                                          ProtocolError *);
template <>
std::optional<SendTemplateRequest> RequestCodec::parse<SendTemplateRequest>(const Envelope &,
                                                                            ProtocolError *);
template <>
std::optional<DraftActionRequest> RequestCodec::parse<DraftActionRequest>(const Envelope &,
                                                                          ProtocolError *);
template <>
std::optional<AssignRequest> RequestCodec::parse<AssignRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<NoteRequest> RequestCodec::parse<NoteRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<LabelRequest> RequestCodec::parse<LabelRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<PresenceRequest> RequestCodec::parse<PresenceRequest>(const Envelope &,
                                                                    ProtocolError *);
template <>
std::optional<DashboardRequest> RequestCodec::parse<DashboardRequest>(const Envelope &,
                                                                      ProtocolError *);
template <>
std::optional<SaveCannedRequest> RequestCodec::parse<SaveCannedRequest>(const Envelope &,
                                                                        ProtocolError *);
template <>
std::optional<RemoveCannedRequest> RequestCodec::parse<RemoveCannedRequest>(const Envelope &,
                                                                            ProtocolError *);
template <>
std::optional<AddUserRequest> RequestCodec::parse<AddUserRequest>(const Envelope &,
                                                                  ProtocolError *);
template <>
std::optional<UpdateUserRequest> RequestCodec::parse<UpdateUserRequest>(const Envelope &,
                                                                        ProtocolError *);
template <>
std::optional<UserSettings> RequestCodec::parse<UserSettings>(const Envelope &, ProtocolError *);
template <>
std::optional<BusinessSettings> RequestCodec::parse<BusinessSettings>(const Envelope &,
                                                                      ProtocolError *);
template <>
std::optional<IntentsRequest> RequestCodec::parse<IntentsRequest>(const Envelope &,
                                                                  ProtocolError *);
template <>
std::optional<AddIntentExamplesRequest>
RequestCodec::parse<AddIntentExamplesRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<RemoveIntentExamplesRequest>
RequestCodec::parse<RemoveIntentExamplesRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<KnowledgeListRequest> RequestCodec::parse<KnowledgeListRequest>(const Envelope &,
                                                                              ProtocolError *);
template <>
std::optional<KnowledgeDocumentRequest>
RequestCodec::parse<KnowledgeDocumentRequest>(const Envelope &, ProtocolError *);
template <>
std::optional<UploadKnowledgeRequest> RequestCodec::parse<UploadKnowledgeRequest>(const Envelope &,
                                                                                  ProtocolError *);
template <>
std::optional<KnowledgeSearchRequest> RequestCodec::parse<KnowledgeSearchRequest>(const Envelope &,
                                                                                  ProtocolError *);

} // namespace sportello::protocol
