// SPDX-License-Identifier: LicenseRef-Sportello
// RequestCodec: every request type round trips through its JSON; every rule of PROTOCOL.md.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"

namespace sportello::protocol {
namespace {

Envelope requestOf(const QString &type, const QJsonObject &data)
{
    return MessageCodec::request(type, QStringLiteral("r-1"), data);
}

// Sends the data through the whole frame path, as the console and the server do.
template <typename T>
T roundTrip(const QString &type, const T &value)
{
    const auto decoded =
        MessageCodec::decode(MessageCodec::encode(requestOf(type, RequestCodec::toJson(value))));
    EXPECT_TRUE(std::holds_alternative<Envelope>(decoded));
    if (!std::holds_alternative<Envelope>(decoded))
        return T{};
    ProtocolError error;
    const auto parsed = RequestCodec::parse<T>(std::get<Envelope>(decoded), &error);
    EXPECT_TRUE(parsed.has_value())
        << error.field.toStdString() << ": " << error.message.toStdString();
    return parsed.value_or(T{});
}

template <typename T>
ProtocolError errorOf(const QString &type, const QJsonObject &data)
{
    ProtocolError error;
    EXPECT_FALSE(RequestCodec::parse<T>(requestOf(type, data), &error).has_value())
        << QJsonDocument(data).toJson().toStdString();
    EXPECT_EQ(error.code, QStringLiteral("bad_request"));
    return error;
}

template <typename T>
std::optional<T> parsed(const QString &type, const QJsonObject &data)
{
    ProtocolError error;
    auto value = RequestCodec::parse<T>(requestOf(type, data), &error);
    EXPECT_TRUE(value.has_value())
        << error.field.toStdString() << ": " << error.message.toStdString();
    return value;
}

QJsonObject withConversation(QJsonObject data)
{
    data.insert(QStringLiteral("conversation_id"), 12);
    return data;
}

TEST(RequestCodec, KnowsEveryDocumentedType)
{
    EXPECT_EQ(RequestCodec::requestTypes().size(), 39);
    EXPECT_TRUE(RequestCodec::isKnownType(QStringLiteral("message.send")));
    EXPECT_TRUE(RequestCodec::isKnownType(QStringLiteral("settings.business.set")));
    EXPECT_FALSE(RequestCodec::isKnownType(QStringLiteral("message.delete")));
    EXPECT_FALSE(RequestCodec::isKnownType(QString()));
}

TEST(RequestCodec, SessionRequestsRoundTrip)
{
    const auto login = roundTrip(QStringLiteral("auth.login"),
                                 LoginRequest{QStringLiteral("luca"), QStringLiteral(" secret ")});
    EXPECT_EQ(login.username, QStringLiteral("luca"));
    EXPECT_EQ(login.password, QStringLiteral(" secret ")); // passwords are never trimmed
    EXPECT_EQ(roundTrip(QStringLiteral("auth.resume"), ResumeRequest{QStringLiteral("tok")}).token,
              QStringLiteral("tok"));
    const auto sync = roundTrip(QStringLiteral("sync"), SyncRequest{QStringLiteral("e1"), 99});
    EXPECT_EQ(sync.epoch, QStringLiteral("e1"));
    EXPECT_EQ(sync.afterSeq, 99);
}

TEST(RequestCodec, LoginNeedsBothFields)
{
    EXPECT_EQ(errorOf<LoginRequest>(QStringLiteral("auth.login"),
                                    {{QStringLiteral("password"), QStringLiteral("x")}})
                  .field,
              QStringLiteral("data.username"));
    EXPECT_EQ(errorOf<LoginRequest>(QStringLiteral("auth.login"),
                                    {{QStringLiteral("username"), QStringLiteral("x")},
                                     {QStringLiteral("password"), 12345678}})
                  .field,
              QStringLiteral("data.password"));
    EXPECT_EQ(errorOf<ResumeRequest>(QStringLiteral("auth.resume"),
                                     {{QStringLiteral("token"), QString()}})
                  .field,
              QStringLiteral("data.token"));
    EXPECT_EQ(
        errorOf<SyncRequest>(QStringLiteral("sync"), {{QStringLiteral("after_seq"), -1}}).field,
        QStringLiteral("data.after_seq"));
}

TEST(RequestCodec, ReadingRequestsRoundTrip)
{
    const auto list = roundTrip(QStringLiteral("conversations.list"),
                                ListConversationsRequest{InboxQueue::Escalated, 50, 1717000000000});
    EXPECT_EQ(list.queue, InboxQueue::Escalated);
    EXPECT_EQ(list.limit, 50);
    EXPECT_EQ(list.before, 1717000000000);
    EXPECT_EQ(
        roundTrip(QStringLiteral("conversation.open"), ConversationRequest{12}).conversationId, 12);
    const auto history =
        roundTrip(QStringLiteral("conversation.history"), HistoryRequest{12, 1717000000000, 100});
    EXPECT_EQ(history.conversationId, 12);
    EXPECT_EQ(history.before, 1717000000000);
    EXPECT_EQ(history.limit, 100);
    EXPECT_EQ(roundTrip(QStringLiteral("dashboard.get"), DashboardRequest{30}).days, 30);
}

TEST(RequestCodec, ListLimitsAndDefaults)
{
    const auto defaults = parsed<ListConversationsRequest>(
        QStringLiteral("conversations.list"), {{QStringLiteral("queue"), QStringLiteral("mine")}});
    ASSERT_TRUE(defaults);
    EXPECT_EQ(defaults->limit, 200);
    EXPECT_EQ(defaults->before, 0);
    EXPECT_EQ(defaults->queue, InboxQueue::Mine);
    for (const int limit : {0, 501, -3}) {
        EXPECT_EQ(
            errorOf<ListConversationsRequest>(QStringLiteral("conversations.list"),
                                              {{QStringLiteral("queue"), QStringLiteral("open")},
                                               {QStringLiteral("limit"), limit}})
                .field,
            QStringLiteral("data.limit"));
    }
    EXPECT_TRUE(parsed<ListConversationsRequest>(
        QStringLiteral("conversations.list"),
        {{QStringLiteral("queue"), QStringLiteral("closed")}, {QStringLiteral("limit"), 500}}));
    EXPECT_EQ(errorOf<HistoryRequest>(QStringLiteral("conversation.history"),
                                      withConversation({{QStringLiteral("limit"), 501}}))
                  .field,
              QStringLiteral("data.limit"));
    EXPECT_EQ(
        parsed<HistoryRequest>(QStringLiteral("conversation.history"), withConversation({}))->limit,
        200);
}

TEST(RequestCodec, QueueSpellingIsChecked)
{
    for (const char *queue : {"needs_review", "escalated", "mine", "open", "closed"}) {
        EXPECT_TRUE(
            parsed<ListConversationsRequest>(QStringLiteral("conversations.list"),
                                             {{QStringLiteral("queue"), QString::fromUtf8(queue)}}))
            << queue;
    }
    for (const QJsonValue &queue :
         {QJsonValue(QStringLiteral("Mine")), QJsonValue(QStringLiteral("all")), QJsonValue(2)}) {
        EXPECT_EQ(errorOf<ListConversationsRequest>(QStringLiteral("conversations.list"),
                                                    {{QStringLiteral("queue"), queue}})
                      .field,
                  QStringLiteral("data.queue"));
    }
    EXPECT_EQ(errorOf<ListConversationsRequest>(QStringLiteral("conversations.list"), {}).field,
              QStringLiteral("data.queue"));
}

TEST(RequestCodec, DashboardDaysAreOneToNinety)
{
    EXPECT_EQ(parsed<DashboardRequest>(QStringLiteral("dashboard.get"), {})->days, 14);
    EXPECT_EQ(
        parsed<DashboardRequest>(QStringLiteral("dashboard.get"), {{QStringLiteral("days"), 1}})
            ->days,
        1);
    EXPECT_EQ(
        parsed<DashboardRequest>(QStringLiteral("dashboard.get"), {{QStringLiteral("days"), 90}})
            ->days,
        90);
    for (const QJsonValue &days :
         {QJsonValue(0), QJsonValue(91), QJsonValue(7.5), QJsonValue(QStringLiteral("7"))}) {
        EXPECT_EQ(errorOf<DashboardRequest>(QStringLiteral("dashboard.get"),
                                            {{QStringLiteral("days"), days}})
                      .field,
                  QStringLiteral("data.days"));
    }
}

TEST(RequestCodec, ConversationIdIsRequiredAndPositive)
{
    for (const QString &type :
         {QStringLiteral("conversation.open"), QStringLiteral("conversation.take_over"),
          QStringLiteral("conversation.hand_back"), QStringLiteral("conversation.close"),
          QStringLiteral("conversation.reopen"), QStringLiteral("templates.list")}) {
        EXPECT_EQ(errorOf<ConversationRequest>(type, {}).field,
                  QStringLiteral("data.conversation_id"));
        EXPECT_EQ(
            errorOf<ConversationRequest>(type, {{QStringLiteral("conversation_id"), 0}}).field,
            QStringLiteral("data.conversation_id"));
        EXPECT_EQ(errorOf<ConversationRequest>(
                      type, {{QStringLiteral("conversation_id"), QStringLiteral("12")}})
                      .field,
                  QStringLiteral("data.conversation_id"));
    }
}

TEST(RequestCodec, ActingRequestsRoundTrip)
{
    const auto send =
        roundTrip(QStringLiteral("message.send"),
                  SendMessageRequest{12, QStringLiteral("Ciao 👋"), QStringLiteral("in:3")});
    EXPECT_EQ(send.conversationId, 12);
    EXPECT_EQ(send.text, QStringLiteral("Ciao 👋"));
    EXPECT_EQ(send.replyTo, QStringLiteral("in:3"));

    const auto sendTemplate =
        roundTrip(QStringLiteral("template.send"),
                  SendTemplateRequest{12,
                                      QStringLiteral("appointment_reminder"),
                                      QStringLiteral("it"),
                                      {QStringLiteral("Mario")},
                                      {QStringLiteral("lunedì"), QStringLiteral("9:00")},
                                      {QStringLiteral("abc")}});
    EXPECT_EQ(sendTemplate.name, QStringLiteral("appointment_reminder"));
    EXPECT_EQ(sendTemplate.body, (QStringList{QStringLiteral("lunedì"), QStringLiteral("9:00")}));
    EXPECT_EQ(sendTemplate.buttons, QStringList{QStringLiteral("abc")});

    EXPECT_EQ(roundTrip(QStringLiteral("draft.approve"), DraftActionRequest{5, {}, {}}).draftId, 5);
    EXPECT_EQ(roundTrip(QStringLiteral("draft.edit_send"),
                        DraftActionRequest{5, QStringLiteral("Nuovo testo"), {}})
                  .text,
              QStringLiteral("Nuovo testo"));
    EXPECT_EQ(roundTrip(QStringLiteral("draft.reject"),
                        DraftActionRequest{5, {}, QStringLiteral("wrong")})
                  .reason,
              QStringLiteral("wrong"));

    const auto assign = roundTrip(QStringLiteral("conversation.assign"),
                                  AssignRequest{12, QStringLiteral("giulia")});
    EXPECT_EQ(assign.agent, QStringLiteral("giulia"));
    EXPECT_TRUE(
        roundTrip(QStringLiteral("conversation.assign"), AssignRequest{12, {}}).agent.isEmpty());

    EXPECT_EQ(roundTrip(QStringLiteral("conversation.note"),
                        NoteRequest{12, QStringLiteral("richiamare")})
                  .text,
              QStringLiteral("richiamare"));
    const auto label =
        roundTrip(QStringLiteral("conversation.label"),
                  LabelRequest{12, {QStringLiteral("vip")}, {QStringLiteral("old")}});
    EXPECT_EQ(label.add, QStringList{QStringLiteral("vip")});
    EXPECT_EQ(label.remove, QStringList{QStringLiteral("old")});
    const auto presence = roundTrip(QStringLiteral("presence.set"), PresenceRequest{12, true});
    EXPECT_EQ(presence.viewing, 12);
    EXPECT_TRUE(presence.typing);
}

TEST(RequestCodec, TextIsTrimmedAndOneTo4096Characters)
{
    const auto trimmed = parsed<SendMessageRequest>(
        QStringLiteral("message.send"),
        withConversation({{QStringLiteral("text"), QStringLiteral("  ciao \n")}}));
    EXPECT_EQ(trimmed->text, QStringLiteral("ciao"));

    for (const QString &text : {QString(), QStringLiteral("   \n\t ")}) {
        const ProtocolError error = errorOf<SendMessageRequest>(
            QStringLiteral("message.send"), withConversation({{QStringLiteral("text"), text}}));
        EXPECT_EQ(error.field, QStringLiteral("data.text"));
        EXPECT_TRUE(error.message.contains(QStringLiteral("empty")));
    }
    EXPECT_EQ(
        errorOf<SendMessageRequest>(QStringLiteral("message.send"), withConversation({})).field,
        QStringLiteral("data.text"));

    EXPECT_TRUE(parsed<SendMessageRequest>(
        QStringLiteral("message.send"),
        withConversation({{QStringLiteral("text"), QString(4096, u'a')}})));
    EXPECT_EQ(errorOf<SendMessageRequest>(
                  QStringLiteral("message.send"),
                  withConversation({{QStringLiteral("text"), QString(4097, u'a')}}))
                  .field,
              QStringLiteral("data.text"));
    // Characters, not UTF-16 units: 4096 emoji are allowed.
    QString emoji;
    for (int i = 0; i < 4096; ++i)
        emoji += QStringLiteral("😀");
    EXPECT_TRUE(parsed<SendMessageRequest>(QStringLiteral("message.send"),
                                           withConversation({{QStringLiteral("text"), emoji}})));
    EXPECT_EQ(
        errorOf<SendMessageRequest>(
            QStringLiteral("message.send"),
            withConversation({{QStringLiteral("text"), QString(emoji + QStringLiteral("😀"))}}))
            .field,
        QStringLiteral("data.text"));

    EXPECT_EQ(
        errorOf<NoteRequest>(QStringLiteral("conversation.note"),
                             withConversation({{QStringLiteral("text"), QStringLiteral(" ")}}))
            .field,
        QStringLiteral("data.text"));
    EXPECT_EQ(
        errorOf<NoteRequest>(QStringLiteral("conversation.note"),
                             withConversation({{QStringLiteral("text"), QString(4097, u'n')}}))
            .field,
        QStringLiteral("data.text"));
}

TEST(RequestCodec, DraftActionsFollowTheirType)
{
    EXPECT_EQ(errorOf<DraftActionRequest>(QStringLiteral("draft.approve"), {}).field,
              QStringLiteral("data.draft_id"));
    EXPECT_EQ(errorOf<DraftActionRequest>(QStringLiteral("draft.edit_send"),
                                          {{QStringLiteral("draft_id"), 5}})
                  .field,
              QStringLiteral("data.text"));
    EXPECT_EQ(errorOf<DraftActionRequest>(
                  QStringLiteral("draft.edit_send"),
                  {{QStringLiteral("draft_id"), 5}, {QStringLiteral("text"), QString(4097, u'x')}})
                  .field,
              QStringLiteral("data.text"));
    const auto reject = parsed<DraftActionRequest>(QStringLiteral("draft.reject"),
                                                   {{QStringLiteral("draft_id"), 5}});
    EXPECT_TRUE(reject->reason.isEmpty());
    EXPECT_EQ(errorOf<DraftActionRequest>(
                  QStringLiteral("draft.reject"),
                  {{QStringLiteral("draft_id"), 5}, {QStringLiteral("reason"), 3}})
                  .field,
              QStringLiteral("data.reason"));
    // approve ignores a text it does not use.
    EXPECT_TRUE(
        parsed<DraftActionRequest>(QStringLiteral("draft.approve"),
                                   {{QStringLiteral("draft_id"), 5}, {QStringLiteral("text"), 3}}));
}

TEST(RequestCodec, TemplateParametersAreChecked)
{
    const QJsonObject base = withConversation({{QStringLiteral("name"), QStringLiteral("t")},
                                               {QStringLiteral("language"), QStringLiteral("it")}});
    QJsonObject noName = base;
    noName.remove(QStringLiteral("name"));
    EXPECT_EQ(errorOf<SendTemplateRequest>(QStringLiteral("template.send"), noName).field,
              QStringLiteral("data.name"));
    QJsonObject noLanguage = base;
    noLanguage.remove(QStringLiteral("language"));
    EXPECT_EQ(errorOf<SendTemplateRequest>(QStringLiteral("template.send"), noLanguage).field,
              QStringLiteral("data.language"));
    QJsonObject emptyParameter = base;
    emptyParameter.insert(QStringLiteral("body"),
                          QJsonArray{QStringLiteral("a"), QStringLiteral(" ")});
    EXPECT_EQ(errorOf<SendTemplateRequest>(QStringLiteral("template.send"), emptyParameter).field,
              QStringLiteral("data.body[1]"));
    QJsonObject numberParameter = base;
    numberParameter.insert(QStringLiteral("header"), QJsonArray{1});
    EXPECT_EQ(errorOf<SendTemplateRequest>(QStringLiteral("template.send"), numberParameter).field,
              QStringLiteral("data.header[0]"));
    QJsonObject notArray = base;
    notArray.insert(QStringLiteral("buttons"), QStringLiteral("x"));
    EXPECT_EQ(errorOf<SendTemplateRequest>(QStringLiteral("template.send"), notArray).field,
              QStringLiteral("data.buttons"));
}

TEST(RequestCodec, LabelsAreOneToFortyCharacters)
{
    const auto ok = parsed<LabelRequest>(
        QStringLiteral("conversation.label"),
        withConversation(
            {{QStringLiteral("add"),
              QJsonArray{QStringLiteral(" vip "), QString(40, u'l'), QStringLiteral("vip")}}}));
    EXPECT_EQ(ok->add, (QStringList{QStringLiteral("vip"), QString(40, u'l')}));
    EXPECT_TRUE(ok->remove.isEmpty());
    EXPECT_EQ(errorOf<LabelRequest>(
                  QStringLiteral("conversation.label"),
                  withConversation({{QStringLiteral("add"),
                                     QJsonArray{QStringLiteral("a"), QString(41, u'l')}}}))
                  .field,
              QStringLiteral("data.add[1]"));
    EXPECT_EQ(errorOf<LabelRequest>(
                  QStringLiteral("conversation.label"),
                  withConversation({{QStringLiteral("remove"), QJsonArray{QStringLiteral("  ")}}}))
                  .field,
              QStringLiteral("data.remove[0]"));
}

TEST(RequestCodec, AssignTakesAUserNameOrNothing)
{
    EXPECT_EQ(
        errorOf<AssignRequest>(QStringLiteral("conversation.assign"), withConversation({})).field,
        QStringLiteral("data.agent"));
    EXPECT_EQ(
        errorOf<AssignRequest>(QStringLiteral("conversation.assign"),
                               withConversation({{QStringLiteral("agent"), QStringLiteral("a b")}}))
            .field,
        QStringLiteral("data.agent"));
}

TEST(RequestCodec, PresenceChecksTypes)
{
    const auto defaults = parsed<PresenceRequest>(QStringLiteral("presence.set"), {});
    EXPECT_EQ(defaults->viewing, 0);
    EXPECT_FALSE(defaults->typing);
    EXPECT_EQ(
        errorOf<PresenceRequest>(QStringLiteral("presence.set"), {{QStringLiteral("viewing"), -1}})
            .field,
        QStringLiteral("data.viewing"));
    EXPECT_EQ(errorOf<PresenceRequest>(QStringLiteral("presence.set"),
                                       {{QStringLiteral("typing"), QStringLiteral("yes")}})
                  .field,
              QStringLiteral("data.typing"));
}

TEST(RequestCodec, AdministeringRequestsRoundTrip)
{
    const auto canned = roundTrip(
        QStringLiteral("canned.save"),
        SaveCannedRequest{CannedResponse{3, QStringLiteral("Saluto"), QStringLiteral("Buongiorno!"),
                                         QStringLiteral("it")}});
    EXPECT_EQ(canned.canned.id, 3);
    EXPECT_EQ(canned.canned.title, QStringLiteral("Saluto"));
    EXPECT_EQ(roundTrip(QStringLiteral("canned.remove"), RemoveCannedRequest{3}).id, 3);

    const auto add = roundTrip(QStringLiteral("users.add"),
                               AddUserRequest{QStringLiteral("giulia.b"),
                                              QStringLiteral("correct horse"), AgentRole::Manager});
    EXPECT_EQ(add.username, QStringLiteral("giulia.b"));
    EXPECT_EQ(add.password, QStringLiteral("correct horse"));
    EXPECT_EQ(add.role, AgentRole::Manager);

    const auto update = roundTrip(QStringLiteral("users.update"),
                                  UpdateUserRequest{QStringLiteral("luca"), AgentRole::Admin, true,
                                                    QStringLiteral("12345678")});
    EXPECT_EQ(update.role, AgentRole::Admin);
    EXPECT_EQ(update.disabled, true);
    EXPECT_EQ(update.password, QStringLiteral("12345678"));
    const auto partial =
        roundTrip(QStringLiteral("users.update"),
                  UpdateUserRequest{QStringLiteral("luca"), std::nullopt, false, {}});
    EXPECT_FALSE(partial.role.has_value());
    EXPECT_EQ(partial.disabled, false);
    EXPECT_TRUE(partial.password.isEmpty());

    const auto user = roundTrip(QStringLiteral("settings.user.set"),
                                UserSettings{QStringLiteral("fr"), true, false});
    EXPECT_EQ(user.language, QStringLiteral("fr"));
    EXPECT_FALSE(user.notifyMine);
    BusinessSettings business;
    business.autoReplyThreshold = 0.7;
    business.reviewThreshold = 0.7;
    business.businessHours = {BusinessHours{5, QStringLiteral("09:00"), QStringLiteral("17:30")}};
    const auto businessBack = roundTrip(QStringLiteral("settings.business.set"), business);
    EXPECT_DOUBLE_EQ(businessBack.reviewThreshold, 0.7);
    ASSERT_EQ(businessBack.businessHours.size(), 1);
    EXPECT_EQ(businessBack.businessHours.at(0).close, QStringLiteral("17:30"));
}

TEST(RequestCodec, CannedNeedsTitleAndText)
{
    EXPECT_EQ(errorOf<SaveCannedRequest>(QStringLiteral("canned.save"),
                                         {{QStringLiteral("text"), QStringLiteral("x")}})
                  .field,
              QStringLiteral("data.title"));
    EXPECT_EQ(errorOf<SaveCannedRequest>(QStringLiteral("canned.save"),
                                         {{QStringLiteral("title"), QStringLiteral(" ")},
                                          {QStringLiteral("text"), QStringLiteral("x")}})
                  .field,
              QStringLiteral("data.title"));
    EXPECT_EQ(errorOf<SaveCannedRequest>(QStringLiteral("canned.save"),
                                         {{QStringLiteral("title"), QString(101, u't')},
                                          {QStringLiteral("text"), QStringLiteral("x")}})
                  .field,
              QStringLiteral("data.title"));
    EXPECT_EQ(errorOf<SaveCannedRequest>(QStringLiteral("canned.save"),
                                         {{QStringLiteral("title"), QStringLiteral("t")},
                                          {QStringLiteral("text"), QString(4097, u'x')}})
                  .field,
              QStringLiteral("data.text"));
    EXPECT_EQ(errorOf<SaveCannedRequest>(QStringLiteral("canned.save"),
                                         {{QStringLiteral("id"), -1},
                                          {QStringLiteral("title"), QStringLiteral("t")},
                                          {QStringLiteral("text"), QStringLiteral("x")}})
                  .field,
              QStringLiteral("data.id"));
    const auto adds = parsed<SaveCannedRequest>(QStringLiteral("canned.save"),
                                                {{QStringLiteral("title"), QStringLiteral(" t ")},
                                                 {QStringLiteral("text"), QStringLiteral(" x ")}});
    EXPECT_EQ(adds->canned.id, 0);
    EXPECT_EQ(adds->canned.title, QStringLiteral("t"));
    EXPECT_EQ(adds->canned.text, QStringLiteral("x"));
    EXPECT_EQ(errorOf<RemoveCannedRequest>(QStringLiteral("canned.remove"), {}).field,
              QStringLiteral("data.id"));
}

TEST(RequestCodec, PasswordsHaveAtLeastEightCharacters)
{
    const QJsonObject base{{QStringLiteral("username"), QStringLiteral("luca")},
                           {QStringLiteral("role"), QStringLiteral("agent")}};
    QJsonObject shortPassword = base;
    shortPassword.insert(QStringLiteral("password"), QStringLiteral("1234567"));
    EXPECT_EQ(errorOf<AddUserRequest>(QStringLiteral("users.add"), shortPassword).field,
              QStringLiteral("data.password"));
    QJsonObject noPassword = base;
    EXPECT_EQ(errorOf<AddUserRequest>(QStringLiteral("users.add"), noPassword).field,
              QStringLiteral("data.password"));
    QJsonObject eight = base;
    eight.insert(QStringLiteral("password"), QStringLiteral("12345678"));
    EXPECT_TRUE(parsed<AddUserRequest>(QStringLiteral("users.add"), eight));

    EXPECT_EQ(errorOf<UpdateUserRequest>(QStringLiteral("users.update"),
                                         {{QStringLiteral("username"), QStringLiteral("luca")},
                                          {QStringLiteral("password"), QStringLiteral("short")}})
                  .field,
              QStringLiteral("data.password"));
    EXPECT_EQ(errorOf<UpdateUserRequest>(QStringLiteral("users.update"),
                                         {{QStringLiteral("username"), QStringLiteral("luca")},
                                          {QStringLiteral("password"), QString()}})
                  .field,
              QStringLiteral("data.password"));
}

TEST(RequestCodec, RoleSpellingIsChecked)
{
    for (const char *role : {"Agent", "ADMIN", "owner", ""}) {
        EXPECT_EQ(errorOf<AddUserRequest>(QStringLiteral("users.add"),
                                          {{QStringLiteral("username"), QStringLiteral("luca")},
                                           {QStringLiteral("password"), QStringLiteral("12345678")},
                                           {QStringLiteral("role"), QString::fromUtf8(role)}})
                      .field,
                  QStringLiteral("data.role"))
            << role;
    }
    EXPECT_EQ(errorOf<UpdateUserRequest>(QStringLiteral("users.update"),
                                         {{QStringLiteral("username"), QStringLiteral("luca")},
                                          {QStringLiteral("role"), QStringLiteral("root")}})
                  .field,
              QStringLiteral("data.role"));
    EXPECT_EQ(errorOf<UpdateUserRequest>(QStringLiteral("users.update"),
                                         {{QStringLiteral("username"), QStringLiteral("luca")},
                                          {QStringLiteral("disabled"), 1}})
                  .field,
              QStringLiteral("data.disabled"));
}

TEST(RequestCodec, UserNamesAreChecked)
{
    for (const char *name : {"luca", "giulia.b", "a", "mario_rossi-2", "x@studio.it"})
        EXPECT_TRUE(RequestCodec::isValidUsername(QString::fromUtf8(name))) << name;
    for (const char *name : {"", "a b", "agent:luca", ".hidden", "-x", "luca\n", "lùca"})
        EXPECT_FALSE(RequestCodec::isValidUsername(QString::fromUtf8(name))) << name;
    EXPECT_TRUE(RequestCodec::isValidUsername(QString(64, u'a')));
    EXPECT_FALSE(RequestCodec::isValidUsername(QString(65, u'a')));
    EXPECT_EQ(errorOf<AddUserRequest>(QStringLiteral("users.add"),
                                      {{QStringLiteral("username"), QStringLiteral("no spaces")},
                                       {QStringLiteral("password"), QStringLiteral("12345678")},
                                       {QStringLiteral("role"), QStringLiteral("agent")}})
                  .field,
              QStringLiteral("data.username"));
}

TEST(RequestCodec, SettingsRulesApplyToRequests)
{
    EXPECT_EQ(errorOf<BusinessSettings>(QStringLiteral("settings.business.set"),
                                        {{QStringLiteral("auto_reply_threshold"), 0.4},
                                         {QStringLiteral("review_threshold"), 0.5}})
                  .field,
              QStringLiteral("data.review_threshold"));
    EXPECT_EQ(
        errorOf<UserSettings>(QStringLiteral("settings.user.set"),
                              {{QStringLiteral("notify_escalations"), QStringLiteral("true")}})
            .field,
        QStringLiteral("data.notify_escalations"));
}

TEST(RequestCodec, UnknownDataFieldsAreIgnored)
{
    EXPECT_TRUE(parsed<ConversationRequest>(QStringLiteral("conversation.open"),
                                            withConversation({{QStringLiteral("extra"), true}})));
}

} // namespace
} // namespace sportello::protocol
