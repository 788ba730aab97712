// SPDX-License-Identifier: LicenseRef-Sportello
// PayloadCodec: every payload type round trips; bad fields are named by their path.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

#include "protocol/payloadcodec.h"

namespace sportello::protocol {
namespace {

template <typename T>
T roundTrip(const T &value)
{
    ProtocolError error;
    const QJsonObject json = PayloadCodec::toJson(value);
    const auto back = PayloadCodec::fromJson<T>(json, QStringLiteral("data"), &error);
    EXPECT_TRUE(back.has_value()) << error.field.toStdString() << ": "
                                  << error.message.toStdString();
    if (!back)
        return T{};
    // A second encoding equal to the first means no field was lost or altered.
    EXPECT_EQ(PayloadCodec::toJson(*back), json);
    return *back;
}

template <typename T>
ProtocolError errorOf(const QJsonObject &json, const QString &path = QStringLiteral("data"))
{
    ProtocolError error;
    EXPECT_FALSE(PayloadCodec::fromJson<T>(json, path, &error).has_value());
    EXPECT_EQ(error.code, QStringLiteral("bad_request"));
    return error;
}

UserInfo sampleUser()
{
    return UserInfo{QStringLiteral("giulia"), AgentRole::Manager, true, true};
}

ConversationSummary sampleSummary()
{
    ConversationSummary summary;
    summary.id = 42;
    summary.phoneNumberId = QStringLiteral("100000000000001");
    summary.businessName = QStringLiteral("Studio Dentistico");
    summary.customerName = QStringLiteral("Mario Rossi");
    summary.waId = QStringLiteral("393401234567");
    summary.userId = QStringLiteral("IT.1234");
    summary.language = QStringLiteral("it");
    summary.optedOut = true;
    summary.labels = {QStringLiteral("vip"), QStringLiteral("preventivo")};
    summary.owner = ConversationOwner::PendingHuman;
    summary.assignedAgent = QStringLiteral("luca");
    summary.escalationReason = QStringLiteral("no_automation");
    summary.lastMessageText = QStringLiteral("Buongiorno, è possibile?");
    summary.lastMessageDirection = QStringLiteral("in");
    summary.lastMessageAt = 1717171717171;
    summary.unread = 3;
    summary.windowExpiresAt = 1717258117171;
    summary.pendingDraft = true;
    summary.createdAt = 1717000000000;
    summary.updatedAt = 1717171717999;
    return summary;
}

ThreadEntry sampleEntry()
{
    ThreadEntry entry;
    entry.id = QStringLiteral("out:7");
    entry.kind = ThreadEntryKind::Outbound;
    entry.type = QStringLiteral("text");
    entry.text = QStringLiteral("Certo, a domani 👍");
    entry.caption = QStringLiteral("cap");
    entry.fileName = QStringLiteral("a.pdf");
    entry.mimeType = QStringLiteral("application/pdf");
    entry.at = 1717171717000;
    entry.status = DeliveryStatus::Failed;
    entry.errorCode = 131047;
    entry.errorTitle = QStringLiteral("Re-engagement message");
    entry.author = QStringLiteral("agent:luca");
    entry.replyTo = QStringLiteral("in:12");
    return entry;
}

TEST(PayloadCodec, UserInfoRoundTrips)
{
    const UserInfo user = roundTrip(sampleUser());
    EXPECT_EQ(user.username, QStringLiteral("giulia"));
    EXPECT_EQ(user.role, AgentRole::Manager);
    EXPECT_TRUE(user.disabled);
    EXPECT_TRUE(user.online);
    EXPECT_EQ(PayloadCodec::toJson(sampleUser()).value(QStringLiteral("role")).toString(),
              QStringLiteral("manager"));
}

TEST(PayloadCodec, SessionRoundTrips)
{
    Session session;
    session.token = QStringLiteral("tok");
    session.expiresAt = 1717171717171;
    session.user = sampleUser();
    session.epoch = QStringLiteral("5f0c9a1e");
    session.seq = 1207;
    session.sandbox = true;
    session.serverVersion = QStringLiteral("0.3.0");
    const Session back = roundTrip(session);
    EXPECT_EQ(back.token, session.token);
    EXPECT_EQ(back.expiresAt, session.expiresAt);
    EXPECT_EQ(back.user.username, QStringLiteral("giulia"));
    EXPECT_EQ(back.seq, 1207);
    EXPECT_TRUE(back.sandbox);
}

TEST(PayloadCodec, QueueCountsRoundTrip)
{
    const QueueCounts back = roundTrip(QueueCounts{1, 2, 3, 4, 5});
    EXPECT_EQ(back.needsReview, 1);
    EXPECT_EQ(back.escalated, 2);
    EXPECT_EQ(back.mine, 3);
    EXPECT_EQ(back.open, 4);
    EXPECT_EQ(back.closed, 5);
}

TEST(PayloadCodec, ConversationSummaryRoundTrips)
{
    const ConversationSummary back = roundTrip(sampleSummary());
    EXPECT_EQ(back.id, 42);
    EXPECT_EQ(back.owner, ConversationOwner::PendingHuman);
    EXPECT_EQ(back.labels, sampleSummary().labels);
    EXPECT_EQ(back.lastMessageText, sampleSummary().lastMessageText);
    EXPECT_EQ(back.windowExpiresAt, 1717258117171);
    const QJsonObject json = PayloadCodec::toJson(sampleSummary());
    EXPECT_EQ(json.value(QStringLiteral("owner")).toString(), QStringLiteral("pending_human"));
    EXPECT_EQ(json.value(QStringLiteral("window_expires_at")).toInteger(), 1717258117171);
}

TEST(PayloadCodec, ThreadEntryRoundTripsEveryKind)
{
    const ThreadEntry back = roundTrip(sampleEntry());
    EXPECT_EQ(back.kind, ThreadEntryKind::Outbound);
    EXPECT_EQ(back.status, DeliveryStatus::Failed);
    EXPECT_EQ(back.errorCode, 131047);
    EXPECT_EQ(back.replyTo, QStringLiteral("in:12"));
    for (auto kind : {ThreadEntryKind::Inbound, ThreadEntryKind::Note, ThreadEntryKind::System}) {
        ThreadEntry entry = sampleEntry();
        entry.kind = kind;
        entry.status = DeliveryStatus::Queued;
        EXPECT_EQ(roundTrip(entry).kind, kind);
        EXPECT_FALSE(PayloadCodec::toJson(entry).contains(QStringLiteral("status")));
    }
}

TEST(PayloadCodec, ThreadEntryKindSpellings)
{
    EXPECT_EQ(toString(ThreadEntryKind::Inbound), QStringLiteral("inbound"));
    EXPECT_EQ(toString(ThreadEntryKind::Outbound), QStringLiteral("outbound"));
    EXPECT_EQ(toString(ThreadEntryKind::Note), QStringLiteral("note"));
    EXPECT_EQ(toString(ThreadEntryKind::System), QStringLiteral("system"));
    for (auto kind : {ThreadEntryKind::Inbound, ThreadEntryKind::Outbound, ThreadEntryKind::Note,
                      ThreadEntryKind::System}) {
        EXPECT_EQ(threadEntryKindFromString(toString(kind)), kind);
    }
    EXPECT_FALSE(threadEntryKindFromString(QStringLiteral("Inbound")).has_value());
    EXPECT_FALSE(threadEntryKindFromString(QString()).has_value());
}

TEST(PayloadCodec, DraftInfoRoundTrips)
{
    DraftInfo draft;
    draft.id = 9;
    draft.conversationId = 42;
    draft.text = QStringLiteral("Lo studio apre alle 9.");
    draft.intent = QStringLiteral("opening_hours");
    draft.confidence = 0.73;
    draft.sources = {DraftSource{QStringLiteral("Orari"), QStringLiteral("lun-ven 9-18"), 0.91},
                     DraftSource{QStringLiteral("FAQ"), QStringLiteral("..."), 0.4}};
    draft.state = QStringLiteral("edited");
    draft.createdAt = 1717171717000;
    const DraftInfo back = roundTrip(draft);
    EXPECT_DOUBLE_EQ(back.confidence, 0.73);
    ASSERT_EQ(back.sources.size(), 2);
    EXPECT_EQ(back.sources.at(0).title, QStringLiteral("Orari"));
    EXPECT_DOUBLE_EQ(back.sources.at(0).score, 0.91);
    EXPECT_EQ(back.state, QStringLiteral("edited"));
}

TEST(PayloadCodec, PresenceInfoRoundTrips)
{
    const PresenceInfo back = roundTrip(PresenceInfo{QStringLiteral("luca"), true, 42, true});
    EXPECT_EQ(back.username, QStringLiteral("luca"));
    EXPECT_EQ(back.viewing, 42);
    EXPECT_TRUE(back.typing);
}

TEST(PayloadCodec, TemplateInfoRoundTrips)
{
    const TemplateInfo back = roundTrip(TemplateInfo{QStringLiteral("appointment_reminder"),
                                                     QStringLiteral("it"),
                                                     QStringLiteral("UTILITY"),
                                                     1,
                                                     2,
                                                     {0, 1}});
    EXPECT_EQ(back.name, QStringLiteral("appointment_reminder"));
    EXPECT_EQ(back.headerParams, 1);
    EXPECT_EQ(back.bodyParams, 2);
    EXPECT_EQ(back.buttonParams, (QList<int>{0, 1}));
}

TEST(PayloadCodec, CannedResponseRoundTrips)
{
    const CannedResponse back = roundTrip(
        CannedResponse{7, QStringLiteral("Saluto"),
                       QStringLiteral("Buongiorno, come posso aiutarla?"), QStringLiteral("it")});
    EXPECT_EQ(back.id, 7);
    EXPECT_EQ(back.title, QStringLiteral("Saluto"));
}

TEST(PayloadCodec, UserSettingsRoundTrip)
{
    const UserSettings back = roundTrip(UserSettings{QStringLiteral("de"), false, true});
    EXPECT_EQ(back.language, QStringLiteral("de"));
    EXPECT_FALSE(back.notifyEscalations);
    EXPECT_TRUE(back.notifyMine);
    EXPECT_EQ(roundTrip(UserSettings{}).language, QString());
}

TEST(PayloadCodec, BusinessSettingsRoundTrip)
{
    BusinessSettings settings;
    settings.autoReplyThreshold = 0.9;
    settings.reviewThreshold = 0.6;
    settings.alwaysHumanIntents = {QStringLiteral("complaint"), QStringLiteral("billing")};
    settings.timeZone = QStringLiteral("America/New_York");
    settings.businessHours = {BusinessHours{1, QStringLiteral("09:00"), QStringLiteral("13:00")},
                              BusinessHours{1, QStringLiteral("14:30"), QStringLiteral("18:00")},
                              BusinessHours{6, QStringLiteral("00:00"), QStringLiteral("23:59")}};
    const BusinessSettings back = roundTrip(settings);
    EXPECT_DOUBLE_EQ(back.autoReplyThreshold, 0.9);
    EXPECT_DOUBLE_EQ(back.reviewThreshold, 0.6);
    EXPECT_EQ(back.alwaysHumanIntents, settings.alwaysHumanIntents);
    EXPECT_EQ(back.timeZone, QStringLiteral("America/New_York"));
    ASSERT_EQ(back.businessHours.size(), 3);
    EXPECT_EQ(back.businessHours.at(1).open, QStringLiteral("14:30"));
}

TEST(PayloadCodec, BusinessSettingsDefaultsWhenFieldsAreMissing)
{
    ProtocolError error;
    const auto settings =
        PayloadCodec::fromJson<BusinessSettings>({}, QStringLiteral("data"), &error);
    ASSERT_TRUE(settings.has_value());
    EXPECT_DOUBLE_EQ(settings->autoReplyThreshold, 0.85);
    EXPECT_DOUBLE_EQ(settings->reviewThreshold, 0.5);
    EXPECT_EQ(settings->timeZone, QStringLiteral("Europe/Rome"));
}

TEST(PayloadCodec, DashboardDataRoundTrips)
{
    DashboardData data;
    data.days = 7;
    data.volumePerDay = {DayVolume{QStringLiteral("2024-05-30"), 10, 12},
                         DayVolume{QStringLiteral("2024-05-31"), 0, 1}};
    for (int hour = 0; hour < 24; ++hour)
        data.volumePerHour.append(hour * 2);
    data.turnsAuto = 1;
    data.turnsReviewed = 2;
    data.turnsHuman = 30;
    data.firstResponseMedianMs = 65000;
    data.firstResponseP95Ms = 900000;
    data.resolutionMedianMs = 3600000;
    data.resolutionP95Ms = 86400000;
    data.escalationsByReason = {NamedCount{QStringLiteral("no_automation"), 30}};
    data.openPerAgent = {NamedCount{QStringLiteral("luca"), 4},
                         NamedCount{QStringLiteral("giulia"), 1}};
    const DashboardData back = roundTrip(data);
    EXPECT_EQ(back.days, 7);
    EXPECT_EQ(back.volumePerHour, data.volumePerHour);
    EXPECT_EQ(back.turnsHuman, 30);
    EXPECT_EQ(back.firstResponseP95Ms, 900000);
    ASSERT_EQ(back.openPerAgent.size(), 2);
    EXPECT_EQ(back.openPerAgent.at(0).name, QStringLiteral("luca"));
    EXPECT_FALSE(back.llmCost.has_value());
    EXPECT_TRUE(PayloadCodec::toJson(data).value(QStringLiteral("llm_cost")).isNull());
    EXPECT_EQ(PayloadCodec::toJson(data)
                  .value(QStringLiteral("open_per_agent"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("agent"))
                  .toString(),
              QStringLiteral("luca"));

    data.llmCost = 1.25;
    EXPECT_DOUBLE_EQ(*roundTrip(data).llmCost, 1.25);
}

TEST(PayloadCodec, DashboardAlwaysSendsTwentyFourHours)
{
    const QJsonObject json = PayloadCodec::toJson(DashboardData{});
    EXPECT_EQ(json.value(QStringLiteral("volume_per_hour")).toArray().size(), 24);
}

TEST(PayloadCodec, UnknownFieldsAreIgnored)
{
    QJsonObject json = PayloadCodec::toJson(sampleSummary());
    json.insert(QStringLiteral("sentiment"), QStringLiteral("angry"));
    json.insert(QStringLiteral("future"), QJsonObject{{QStringLiteral("x"), 1}});
    ProtocolError error;
    EXPECT_TRUE(PayloadCodec::fromJson<ConversationSummary>(json, QStringLiteral("data"), &error)
                    .has_value());
    EXPECT_TRUE(error.isNull());
}

TEST(PayloadCodec, ErrorsNameTheFieldPath)
{
    QJsonObject summary = PayloadCodec::toJson(sampleSummary());
    summary.insert(QStringLiteral("unread"), QStringLiteral("3"));
    EXPECT_EQ(errorOf<ConversationSummary>(summary, QStringLiteral("data.conversations[4]")).field,
              QStringLiteral("data.conversations[4].unread"));

    QJsonObject labels = PayloadCodec::toJson(sampleSummary());
    labels.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("a"), 2});
    EXPECT_EQ(errorOf<ConversationSummary>(labels).field, QStringLiteral("data.labels[1]"));

    QJsonObject owner = PayloadCodec::toJson(sampleSummary());
    owner.insert(QStringLiteral("owner"), QStringLiteral("robot"));
    EXPECT_EQ(errorOf<ConversationSummary>(owner).field, QStringLiteral("data.owner"));

    QJsonObject noId = PayloadCodec::toJson(sampleSummary());
    noId.remove(QStringLiteral("id"));
    const ProtocolError missing = errorOf<ConversationSummary>(noId);
    EXPECT_EQ(missing.field, QStringLiteral("data.id"));
    EXPECT_TRUE(missing.message.contains(QStringLiteral("missing")));

    QJsonObject session = PayloadCodec::toJson(Session{});
    session.insert(QStringLiteral("token"), QStringLiteral("t"));
    session.insert(QStringLiteral("user"),
                   QJsonObject{{QStringLiteral("username"), QStringLiteral("x")},
                               {QStringLiteral("role"), QStringLiteral("boss")}});
    EXPECT_EQ(errorOf<Session>(session).field, QStringLiteral("data.user.role"));

    EXPECT_EQ(errorOf<UserInfo>({{QStringLiteral("username"), QStringLiteral("x")}}, {}).field,
              QStringLiteral("role"));
}

TEST(PayloadCodec, ThreadEntryRefusesUnknownKindAndStatus)
{
    QJsonObject kind = PayloadCodec::toJson(sampleEntry());
    kind.insert(QStringLiteral("kind"), QStringLiteral("email"));
    EXPECT_EQ(errorOf<ThreadEntry>(kind).field, QStringLiteral("data.kind"));
    QJsonObject status = PayloadCodec::toJson(sampleEntry());
    status.insert(QStringLiteral("status"), QStringLiteral("lost"));
    EXPECT_EQ(errorOf<ThreadEntry>(status).field, QStringLiteral("data.status"));
    QJsonObject at = PayloadCodec::toJson(sampleEntry());
    at.insert(QStringLiteral("at"), 1.5);
    EXPECT_EQ(errorOf<ThreadEntry>(at).field, QStringLiteral("data.at"));
}

TEST(PayloadCodec, DraftConfidenceAndSourcesAreChecked)
{
    const QJsonObject base{{QStringLiteral("id"), 1}, {QStringLiteral("conversation_id"), 2}};
    QJsonObject confidence = base;
    confidence.insert(QStringLiteral("confidence"), 1.2);
    EXPECT_EQ(errorOf<DraftInfo>(confidence).field, QStringLiteral("data.confidence"));
    QJsonObject sources = base;
    sources.insert(QStringLiteral("sources"),
                   QJsonArray{QJsonObject{{QStringLiteral("score"), 0.5}},
                              QJsonObject{{QStringLiteral("score"), QStringLiteral("high")}}});
    EXPECT_EQ(errorOf<DraftInfo>(sources).field, QStringLiteral("data.sources[1].score"));
    QJsonObject state = base;
    state.insert(QStringLiteral("state"), QStringLiteral("sent"));
    EXPECT_EQ(errorOf<DraftInfo>(state).field, QStringLiteral("data.state"));
}

TEST(PayloadCodec, BusinessSettingsRulesAreChecked)
{
    auto fieldOf = [](const QJsonObject &json) {
        return errorOf<BusinessSettings>(json, QStringLiteral("data.business")).field;
    };
    EXPECT_EQ(fieldOf({{QStringLiteral("auto_reply_threshold"), 1.5}}),
              QStringLiteral("data.business.auto_reply_threshold"));
    EXPECT_EQ(fieldOf({{QStringLiteral("review_threshold"), -0.1}}),
              QStringLiteral("data.business.review_threshold"));
    EXPECT_EQ(fieldOf({{QStringLiteral("auto_reply_threshold"), 0.5},
                       {QStringLiteral("review_threshold"), 0.6}}),
              QStringLiteral("data.business.review_threshold"));
    EXPECT_EQ(fieldOf({{QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus")}}),
              QStringLiteral("data.business.time_zone"));
    EXPECT_EQ(fieldOf({{QStringLiteral("always_human_intents"), QJsonArray{QStringLiteral(" ")}}}),
              QStringLiteral("data.business.always_human_intents[0]"));

    auto hours = [](const QJsonValue &day, const QString &open, const QString &close) {
        return QJsonObject{
            {QStringLiteral("business_hours"),
             QJsonArray{QJsonObject{{QStringLiteral("day"), 1},
                                    {QStringLiteral("open"), QStringLiteral("09:00")},
                                    {QStringLiteral("close"), QStringLiteral("12:00")}},
                        QJsonObject{{QStringLiteral("day"), day},
                                    {QStringLiteral("open"), open},
                                    {QStringLiteral("close"), close}}}}};
    };
    ProtocolError error;
    EXPECT_TRUE(PayloadCodec::fromJson<BusinessSettings>(
                    hours(7, QStringLiteral("08:00"), QStringLiteral("20:00")), {}, &error)
                    .has_value());
    EXPECT_EQ(fieldOf(hours(0, QStringLiteral("09:00"), QStringLiteral("10:00"))),
              QStringLiteral("data.business.business_hours[1].day"));
    EXPECT_EQ(fieldOf(hours(8, QStringLiteral("09:00"), QStringLiteral("10:00"))),
              QStringLiteral("data.business.business_hours[1].day"));
    EXPECT_EQ(fieldOf(hours(2, QStringLiteral("9:00"), QStringLiteral("10:00"))),
              QStringLiteral("data.business.business_hours[1].open"));
    EXPECT_EQ(fieldOf(hours(2, QStringLiteral("09:00"), QStringLiteral("24:00"))),
              QStringLiteral("data.business.business_hours[1].close"));
    EXPECT_EQ(fieldOf(hours(2, QStringLiteral("09:60"), QStringLiteral("10:00"))),
              QStringLiteral("data.business.business_hours[1].open"));
    EXPECT_EQ(fieldOf(hours(2, QStringLiteral("18:00"), QStringLiteral("09:00"))),
              QStringLiteral("data.business.business_hours[1].close"));
    EXPECT_EQ(fieldOf(hours(2, QStringLiteral("09:00\n"), QStringLiteral("10:00"))),
              QStringLiteral("data.business.business_hours[1].open"));
    EXPECT_EQ(fieldOf(hours(2, QStringLiteral("09:00"), QStringLiteral("09:00"))),
              QStringLiteral("data.business.business_hours[1].close"));
    EXPECT_EQ(fieldOf({{QStringLiteral("business_hours"), QJsonArray{1}}}),
              QStringLiteral("data.business.business_hours[0]"));
}

TEST(PayloadCodec, UserSettingsLanguageIsALocaleName)
{
    for (const char *language : {"it", "en", "pt_BR", "zh-Hant", ""}) {
        ProtocolError error;
        EXPECT_TRUE(PayloadCodec::fromJson<UserSettings>(
                        {{QStringLiteral("language"), QString::fromUtf8(language)}}, {}, &error)
                        .has_value())
            << language;
    }
    EXPECT_EQ(
        errorOf<UserSettings>({{QStringLiteral("language"), QStringLiteral("../../x")}}).field,
        QStringLiteral("data.language"));
    EXPECT_EQ(errorOf<UserSettings>({{QStringLiteral("notify_mine"), 1}}).field,
              QStringLiteral("data.notify_mine"));
}

TEST(PayloadCodec, DashboardShapeIsChecked)
{
    EXPECT_EQ(errorOf<DashboardData>({{QStringLiteral("volume_per_hour"), QJsonArray{1, 2}}}).field,
              QStringLiteral("data.volume_per_hour"));
    EXPECT_EQ(errorOf<DashboardData>({{QStringLiteral("days"), 91}}).field,
              QStringLiteral("data.days"));
    EXPECT_EQ(
        errorOf<DashboardData>(
            {{QStringLiteral("volume_per_day"),
              QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2024-02-30")}}}}})
            .field,
        QStringLiteral("data.volume_per_day[0].date"));
    EXPECT_EQ(errorOf<DashboardData>(
                  {{QStringLiteral("turns"), QJsonObject{{QStringLiteral("human"), -1}}}})
                  .field,
              QStringLiteral("data.turns.human"));
    EXPECT_EQ(errorOf<DashboardData>({{QStringLiteral("open_per_agent"),
                                       QJsonArray{QJsonObject{{QStringLiteral("count"), 1}}}}})
                  .field,
              QStringLiteral("data.open_per_agent[0].agent"));
    EXPECT_EQ(errorOf<DashboardData>({{QStringLiteral("llm_cost"), QStringLiteral("1")}}).field,
              QStringLiteral("data.llm_cost"));
}

TEST(PayloadCodec, NullErrorPointerIsAllowed)
{
    EXPECT_FALSE(PayloadCodec::fromJson<UserInfo>({}, {}, nullptr).has_value());
}

} // namespace
} // namespace sportello::protocol
