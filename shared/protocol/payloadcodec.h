// SPDX-License-Identifier: MIT
// Sportello: the agent hub's payload types to and from JSON objects.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

#include "protocol/businesssettings.h"
#include "protocol/cannedresponse.h"
#include "protocol/conversationsummary.h"
#include "protocol/dashboarddata.h"
#include "protocol/draftinfo.h"
#include "protocol/intentcatalog.h"
#include "protocol/knowledgechunkinfo.h"
#include "protocol/knowledgedocumentinfo.h"
#include "protocol/knowledgesearchresult.h"
#include "protocol/presenceinfo.h"
#include "protocol/protocolerror.h"
#include "protocol/queuecounts.h"
#include "protocol/session.h"
#include "protocol/templateinfo.h"
#include "protocol/threadentry.h"
#include "protocol/turnunderstanding.h"
#include "protocol/userinfo.h"
#include "protocol/usersettings.h"

namespace sportello::protocol {

// The only place that maps payload structs to JSON (field spellings in PROTOCOL.md).
// fromJson() validates types and ranges; on failure it fills `error` with code bad_request and
// the field's path below `path` (e.g. "data.business.review_threshold") and returns nullopt.
// Unknown fields are ignored so that newer servers can add fields.
class PayloadCodec
{
public:
    static QJsonObject toJson(const UserInfo &value);
    static QJsonObject toJson(const Session &value);
    static QJsonObject toJson(const QueueCounts &value);
    static QJsonObject toJson(const ConversationSummary &value);
    static QJsonObject toJson(const ThreadEntry &value);
    static QJsonObject toJson(const DraftInfo &value);
    static QJsonObject toJson(const PresenceInfo &value);
    static QJsonObject toJson(const TemplateInfo &value);
    static QJsonObject toJson(const CannedResponse &value);
    static QJsonObject toJson(const UserSettings &value);
    static QJsonObject toJson(const BusinessSettings &value);
    static QJsonObject toJson(const DashboardData &value);
    static QJsonObject toJson(const TurnUnderstanding &value);
    static QJsonObject toJson(const IntentExampleInfo &value);
    static QJsonObject toJson(const IntentInfo &value);
    static QJsonObject toJson(const IntentModelInfo &value);
    static QJsonObject toJson(const IntentCatalog &value);
    static QJsonObject toJson(const KnowledgeDocumentInfo &value);
    static QJsonObject toJson(const KnowledgeChunkInfo &value);
    static QJsonObject toJson(const KnowledgeSearchResult &value);

    template <typename T>
    static std::optional<T> fromJson(const QJsonObject &json, const QString &path,
                                     ProtocolError *error);
};

template <>
std::optional<UserInfo> PayloadCodec::fromJson<UserInfo>(const QJsonObject &json,
                                                         const QString &path, ProtocolError *error);
template <>
std::optional<Session> PayloadCodec::fromJson<Session>(const QJsonObject &json, const QString &path,
                                                       ProtocolError *error);
template <>
std::optional<QueueCounts> PayloadCodec::fromJson<QueueCounts>(const QJsonObject &json,
                                                               const QString &path,
                                                               ProtocolError *error);
template <>
std::optional<ConversationSummary>
PayloadCodec::fromJson<ConversationSummary>(const QJsonObject &json, const QString &path,
                                            ProtocolError *error);
template <>
std::optional<TurnUnderstanding> PayloadCodec::fromJson<TurnUnderstanding>(const QJsonObject &json,
                                                                           const QString &path,
                                                                           ProtocolError *error);
template <>
std::optional<ThreadEntry> PayloadCodec::fromJson<ThreadEntry>(const QJsonObject &json,
                                                               const QString &path,
                                                               ProtocolError *error);
template <>
std::optional<DraftInfo> PayloadCodec::fromJson<DraftInfo>(const QJsonObject &json,
                                                           const QString &path,
                                                           ProtocolError *error);
template <>
std::optional<PresenceInfo> PayloadCodec::fromJson<PresenceInfo>(const QJsonObject &json,
                                                                 const QString &path,
                                                                 ProtocolError *error);
template <>
std::optional<TemplateInfo> PayloadCodec::fromJson<TemplateInfo>(const QJsonObject &json,
                                                                 const QString &path,
                                                                 ProtocolError *error);
template <>
std::optional<CannedResponse> PayloadCodec::fromJson<CannedResponse>(const QJsonObject &json,
                                                                     const QString &path,
                                                                     ProtocolError *error);
template <>
std::optional<UserSettings> PayloadCodec::fromJson<UserSettings>(const QJsonObject &json,
                                                                 const QString &path,
                                                                 ProtocolError *error);
template <>
std::optional<BusinessSettings> PayloadCodec::fromJson<BusinessSettings>(const QJsonObject &json,
                                                                         const QString &path,
                                                                         ProtocolError *error);
template <>
std::optional<DashboardData> PayloadCodec::fromJson<DashboardData>(const QJsonObject &json,
                                                                   const QString &path,
                                                                   ProtocolError *error);
template <>
std::optional<IntentExampleInfo> PayloadCodec::fromJson<IntentExampleInfo>(const QJsonObject &json,
                                                                           const QString &path,
                                                                           ProtocolError *error);
template <>
std::optional<IntentInfo> PayloadCodec::fromJson<IntentInfo>(const QJsonObject &json,
                                                             const QString &path,
                                                             ProtocolError *error);
template <>
std::optional<IntentModelInfo> PayloadCodec::fromJson<IntentModelInfo>(const QJsonObject &json,
                                                                       const QString &path,
                                                                       ProtocolError *error);
template <>
std::optional<IntentCatalog> PayloadCodec::fromJson<IntentCatalog>(const QJsonObject &json,
                                                                   const QString &path,
                                                                   ProtocolError *error);
template <>
std::optional<KnowledgeDocumentInfo>
PayloadCodec::fromJson<KnowledgeDocumentInfo>(const QJsonObject &json, const QString &path,
                                              ProtocolError *error);
template <>
std::optional<KnowledgeChunkInfo>
PayloadCodec::fromJson<KnowledgeChunkInfo>(const QJsonObject &json, const QString &path,
                                           ProtocolError *error);
template <>
std::optional<KnowledgeSearchResult>
PayloadCodec::fromJson<KnowledgeSearchResult>(const QJsonObject &json, const QString &path,
                                              ProtocolError *error);

} // namespace sportello::protocol
