// SPDX-License-Identifier: LicenseRef-Sportello
// Reading and acting on one conversation: open, notes, labels, ownership, close, drafts.
#include "hubtestsupport.h"
#include "storage/conversationrepository.h"
#include "storage/draftrepository.h"
#include "storage/sqlconnection.h"
#include "storage/transaction.h"
#include "whatsapp/sandbox/graphemulator.h"

namespace sportello::test {
namespace {

using protocol::Envelope;

QJsonObject conversationOf(const std::optional<Envelope> &reply)
{
    return reply ? reply->data.value(QLatin1StringView("conversation")).toObject() : QJsonObject();
}

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1StringView(name)).toString();
}

class ActionConversation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        addStaff(server);
        giulia = loggedIn(server, QStringLiteral("giulia"));
        id = customerEscalates(server, *giulia, waId, QStringLiteral("Vorrei un appuntamento"));
        ASSERT_GT(id, 0);
    }

    QList<storage::ConversationEvent> events()
    {
        return storage::ConversationRepository(server.app().database().connection()).events(id);
    }

    TestServer server;
    std::unique_ptr<HubTestClient> giulia;
    const QString waId = QStringLiteral("393401230100");
    qint64 id = 0;
};

TEST_F(ActionConversation, OpeningReturnsTheThreadAndMarksItRead)
{
    ASSERT_TRUE(server.customerSays(waId, QStringLiteral("per giovedì")).status == 200);
    // Consoles see the message itself at once, before the pipeline looked at it.
    const auto arrived = giulia->waitForEvent([](const Envelope &event) {
        const QJsonObject entry = event.data.value(QLatin1StringView("entry")).toObject();
        return event.type == u"message.new" && field(entry, "kind") == u"inbound" &&
               field(entry, "text") == u"per giovedì";
    });
    ASSERT_TRUE(arrived.has_value());
    EXPECT_EQ(qint64(arrived->data.value(QLatin1StringView("conversation_id")).toDouble()), id);
    ASSERT_TRUE(giulia
                    ->waitForEvent([](const Envelope &event) {
                        return event.type == u"conversation.updated" &&
                               event.data.value(QLatin1StringView("unread")).toInt() == 2;
                    })
                    .has_value());
    const auto opened = giulia->request(QStringLiteral("conversation.open"), conversationData(id));
    ASSERT_TRUE(isReply(opened)) << errorCode(opened).toStdString();
    EXPECT_EQ(conversationOf(opened).value(QLatin1StringView("unread")).toInt(), 0);
    const QJsonArray entries = opened->data.value(QLatin1StringView("entries")).toArray();
    QStringList texts;
    for (const QJsonValue &entry : entries) {
        if (field(entry.toObject(), "kind") == u"inbound")
            texts.append(field(entry.toObject(), "text"));
    }
    EXPECT_EQ(texts, (QStringList{QStringLiteral("Vorrei un appuntamento"),
                                  QStringLiteral("per giovedì")}));
    // The escalation is in the thread too, as a system entry.
    bool sawSystem = false;
    for (const QJsonValue &entry : entries)
        sawSystem = sawSystem || field(entry.toObject(), "kind") == u"system";
    EXPECT_TRUE(sawSystem);
    // Everyone sees that it was read.
    EXPECT_TRUE(giulia
                    ->waitForEvent([this](const Envelope &event) {
                        return event.type == u"conversation.updated" &&
                               qint64(event.data.value(QLatin1StringView("id")).toDouble()) == id &&
                               event.data.value(QLatin1StringView("unread")).toInt() == 0;
                    })
                    .has_value());

    // Older entries page backwards from the oldest one shown.
    const qint64 oldest =
        qint64(entries.last().toObject().value(QLatin1StringView("at")).toDouble());
    const auto history = giulia->request(QStringLiteral("conversation.history"),
                                         {{QStringLiteral("conversation_id"), id},
                                          {QStringLiteral("before"), oldest},
                                          {QStringLiteral("limit"), 10}});
    ASSERT_TRUE(isReply(history)) << errorCode(history).toStdString();
    for (const QJsonValue &entry : history->data.value(QLatin1StringView("entries")).toArray())
        EXPECT_LT(entry.toObject().value(QLatin1StringView("at")).toDouble(), double(oldest));
    EXPECT_EQ(
        errorCode(giulia->request(QStringLiteral("conversation.open"), conversationData(9999))),
        QStringLiteral("not_found"));
}

TEST_F(ActionConversation, NotesAndLabelsAreSharedButNeverSent)
{
    const auto note =
        giulia->request(QStringLiteral("conversation.note"),
                        {{QStringLiteral("conversation_id"), id},
                         {QStringLiteral("text"), QStringLiteral("cliente storico")}});
    ASSERT_TRUE(isReply(note)) << errorCode(note).toStdString();
    EXPECT_EQ(field(conversationOf(note), "last_message_direction"), QStringLiteral("note"));
    const auto event = giulia->waitForEvent([](const Envelope &e) {
        return e.type == u"message.new" &&
               field(e.data.value(QLatin1StringView("entry")).toObject(), "kind") == u"note";
    });
    ASSERT_TRUE(event.has_value());
    EXPECT_EQ(field(event->data.value(QLatin1StringView("entry")).toObject(), "author"),
              QStringLiteral("agent:giulia"));

    const auto labelled = giulia->request(
        QStringLiteral("conversation.label"),
        {{QStringLiteral("conversation_id"), id},
         {QStringLiteral("add"), QJsonArray{QStringLiteral("vip"), QStringLiteral("igiene")}},
         {QStringLiteral("remove"), QJsonArray{}}});
    ASSERT_TRUE(isReply(labelled));
    EXPECT_EQ(conversationOf(labelled).value(QLatin1StringView("labels")).toArray(),
              (QJsonArray{QStringLiteral("igiene"), QStringLiteral("vip")}));
    const auto unlabelled =
        giulia->request(QStringLiteral("conversation.label"),
                        {{QStringLiteral("conversation_id"), id},
                         {QStringLiteral("add"), QJsonArray{}},
                         {QStringLiteral("remove"), QJsonArray{QStringLiteral("vip")}}});
    EXPECT_EQ(conversationOf(unlabelled).value(QLatin1StringView("labels")).toArray(),
              (QJsonArray{QStringLiteral("igiene")}));
    EXPECT_EQ(errorCode(giulia->request(QStringLiteral("conversation.label"),
                                        {{QStringLiteral("conversation_id"), id},
                                         {QStringLiteral("add"), QJsonArray{QString(41, u'x')}}})),
              QStringLiteral("bad_request"));

    const auto opened = giulia->request(QStringLiteral("conversation.open"), conversationData(id));
    const QJsonArray notes = opened->data.value(QLatin1StringView("notes")).toArray();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(field(notes.at(0).toObject(), "text"), QStringLiteral("cliente storico"));
    spinEventLoop(std::chrono::milliseconds(100));
    EXPECT_TRUE(server.app().emulator()->messagesTo(waId).isEmpty());
}

TEST_F(ActionConversation, HandingBackLeavesASystemNoteForTheBot)
{
    ASSERT_TRUE(
        isReply(giulia->request(QStringLiteral("conversation.take_over"), conversationData(id))));
    const auto handed =
        giulia->request(QStringLiteral("conversation.hand_back"), conversationData(id));
    ASSERT_TRUE(isReply(handed)) << errorCode(handed).toStdString();
    const QJsonObject after = conversationOf(handed);
    EXPECT_EQ(field(after, "owner"), QStringLiteral("bot"));
    EXPECT_TRUE(field(after, "assigned_agent").isEmpty());
    EXPECT_TRUE(field(after, "escalation_reason").isEmpty());

    const auto stored = events();
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_EQ(stored.last().kind, QStringLiteral("system"));
    EXPECT_EQ(stored.last().detail, QStringLiteral("handed back to the assistant by giulia"));
    EXPECT_EQ(stored.last().actor, QStringLiteral("agent:giulia"));
    EXPECT_TRUE(giulia
                    ->waitForEvent([](const Envelope &e) {
                        const QJsonObject entry =
                            e.data.value(QLatin1StringView("entry")).toObject();
                        return e.type == u"message.new" && field(entry, "kind") == u"system" &&
                               field(entry, "text").startsWith(QStringLiteral("handed back"));
                    })
                    .has_value());
}

TEST_F(ActionConversation, AssigningMovesItBetweenQueues)
{
    auto marco = loggedIn(server, QStringLiteral("marco"));
    const auto assigned = giulia->request(QStringLiteral("conversation.assign"),
                                          {{QStringLiteral("conversation_id"), id},
                                           {QStringLiteral("agent"), QStringLiteral("marco")}});
    ASSERT_TRUE(isReply(assigned)) << errorCode(assigned).toStdString();
    EXPECT_EQ(field(conversationOf(assigned), "owner"), QStringLiteral("human"));
    EXPECT_EQ(field(conversationOf(assigned), "assigned_agent"), QStringLiteral("marco"));
    const auto mine = marco->request(QStringLiteral("conversations.list"),
                                     {{QStringLiteral("queue"), QStringLiteral("mine")}});
    ASSERT_TRUE(isReply(mine));
    EXPECT_EQ(mine->data.value(QLatin1StringView("conversations")).toArray().size(), 1);
    EXPECT_TRUE(marco
                    ->waitForEvent([](const Envelope &e) {
                        return e.type == u"counts" &&
                               e.data.value(QLatin1StringView("mine")).toInt() == 1 &&
                               e.data.value(QLatin1StringView("escalated")).toInt() == 0;
                    })
                    .has_value());

    EXPECT_EQ(errorCode(giulia->request(QStringLiteral("conversation.assign"),
                                        {{QStringLiteral("conversation_id"), id},
                                         {QStringLiteral("agent"), QStringLiteral("nobody")}})),
              QStringLiteral("not_found"));
    const auto unassigned = giulia->request(
        QStringLiteral("conversation.assign"),
        {{QStringLiteral("conversation_id"), id}, {QStringLiteral("agent"), QString()}});
    ASSERT_TRUE(isReply(unassigned));
    EXPECT_EQ(field(conversationOf(unassigned), "owner"), QStringLiteral("pending_human"));
    const auto escalated =
        giulia->request(QStringLiteral("conversations.list"),
                        {{QStringLiteral("queue"), QStringLiteral("escalated")}});
    EXPECT_EQ(escalated->data.value(QLatin1StringView("conversations")).toArray().size(), 1);
}

TEST_F(ActionConversation, AClosedConversationTakesNoMessagesUntilReopened)
{
    const auto closed = giulia->request(QStringLiteral("conversation.close"), conversationData(id));
    ASSERT_TRUE(isReply(closed));
    EXPECT_EQ(field(conversationOf(closed), "owner"), QStringLiteral("closed"));
    {
        auto &query = server.app().database().connection().prepare(
            "SELECT closed_at FROM conversations WHERE id = ?");
        query.bind(1, id);
        EXPECT_GT(query.firstInt64(), 0);
    }
    EXPECT_EQ(errorCode(giulia->request(QStringLiteral("message.send"),
                                        {{QStringLiteral("conversation_id"), id},
                                         {QStringLiteral("text"), QStringLiteral("ancora?")}})),
              QStringLiteral("conflict"));
    const auto closedList = giulia->request(QStringLiteral("conversations.list"),
                                            {{QStringLiteral("queue"), QStringLiteral("closed")}});
    EXPECT_EQ(closedList->data.value(QLatin1StringView("conversations")).toArray().size(), 1);

    const auto reopened =
        giulia->request(QStringLiteral("conversation.reopen"), conversationData(id));
    ASSERT_TRUE(isReply(reopened));
    EXPECT_EQ(field(conversationOf(reopened), "owner"), QStringLiteral("human"));
    EXPECT_EQ(field(conversationOf(reopened), "assigned_agent"), QStringLiteral("giulia"));
    EXPECT_EQ(
        errorCode(giulia->request(QStringLiteral("conversation.reopen"), conversationData(id))),
        QStringLiteral("conflict"));
}

TEST_F(ActionConversation, DraftsAreAnnouncedApprovedOnceAndRejected)
{
    auto insertDraft = [this](const QString &text) {
        auto &connection = server.app().database().connection();
        storage::Transaction tx(connection);
        storage::Draft draft;
        draft.conversationId = id;
        draft.text = text;
        draft.intent = QStringLiteral("booking");
        draft.confidence = 0.72;
        draft.sources = {{QStringLiteral("Orari"), QStringLiteral("Aperti lun-ven"), 0.8}};
        draft.createdAt = QDateTime::currentMSecsSinceEpoch();
        const qint64 draftId = storage::DraftRepository(connection).insert(draft);
        tx.commit();
        server.app().agentHub()->onDraftCreated(draftId);
        return draftId;
    };
    const qint64 first = insertDraft(QStringLiteral("Certo, giovedì alle 10 va bene?"));
    const auto pending = giulia->waitForEvent(QStringLiteral("draft.pending"));
    ASSERT_TRUE(pending.has_value());
    EXPECT_EQ(field(pending->data, "intent"), QStringLiteral("booking"));
    EXPECT_EQ(pending->data.value(QLatin1StringView("sources")).toArray().size(), 1);
    const auto review =
        giulia->request(QStringLiteral("conversations.list"),
                        {{QStringLiteral("queue"), QStringLiteral("needs_review")}});
    EXPECT_EQ(review->data.value(QLatin1StringView("conversations")).toArray().size(), 1);

    const auto approved =
        giulia->request(QStringLiteral("draft.approve"), {{QStringLiteral("draft_id"), first}});
    ASSERT_TRUE(isReply(approved)) << errorCode(approved).toStdString();
    EXPECT_FALSE(conversationOf(approved).value(QLatin1StringView("pending_draft")).toBool());
    EXPECT_TRUE(giulia->waitForEvent(QStringLiteral("draft.resolved")).has_value());
    EXPECT_TRUE(waitFor([&] { return server.app().emulator()->messagesTo(waId).size() == 1; }));
    EXPECT_EQ(errorCode(giulia->request(QStringLiteral("draft.approve"),
                                        {{QStringLiteral("draft_id"), first}})),
              QStringLiteral("conflict"));

    const qint64 second = insertDraft(QStringLiteral("Ecco il listino"));
    const auto rejected = giulia->request(
        QStringLiteral("draft.reject"), {{QStringLiteral("draft_id"), second},
                                         {QStringLiteral("reason"), QStringLiteral("sbagliato")}});
    ASSERT_TRUE(isReply(rejected)) << errorCode(rejected).toStdString();
    const auto stored = storage::DraftRepository(server.app().database().connection()).byId(second);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, QStringLiteral("rejected"));
    EXPECT_EQ(stored->resolvedBy, QStringLiteral("agent:giulia"));
    spinEventLoop(std::chrono::milliseconds(100));
    EXPECT_EQ(server.app().emulator()->messagesTo(waId).size(), 1);
}

} // namespace
} // namespace sportello::test
