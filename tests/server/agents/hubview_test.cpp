// SPDX-License-Identifier: LicenseRef-Sportello
// What the hub reads for consoles: summaries, queues, counts and threads, from real SQLite.
#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/conversationviewrepository.h"
#include "storage/draftrepository.h"
#include "storage/inboundrepository.h"
#include "storage/labelrepository.h"
#include "storage/outboxrepository.h"
#include "storage/sqlconnection.h"
#include "storage/turnrepository.h"
#include "support/testdatabase.h"
#include "support/webhookfactory.h"
#include "whatsapp/graphrequestbuilder.h"
#include "whatsapp/webhookparser.h"

namespace sportello::test {
namespace {

using storage::ConversationViewRepository;

const QString kBusiness = QStringLiteral("100000000000001");
constexpr qint64 kNow = 1'900'000'000'000; // ms
constexpr qint64 kNowSeconds = kNow / 1000;

class HubView : public ::testing::Test
{
protected:
    // A customer with one conversation; returns the conversation id.
    qint64 customer(const QString &waId, const QString &name = QStringLiteral("Maria Rossi"))
    {
        storage::ContactRepository contacts(db.connection());
        const auto contact = contacts.resolve(kBusiness, waId, waId, QString(), name, kNow);
        return storage::ConversationRepository(db.connection()).ensureFor(contact, kNow).id;
    }

    // A customer message stored as ingest stores it.
    qint64 says(const QString &waId, const QString &wamid, const QString &text, qint64 secondsAgo,
                qint64 receivedAt)
    {
        const auto message =
            meta.parsedText(WebhookFactory::makeText(wamid, waId, text, kNowSeconds - secondsAgo));
        EXPECT_TRUE(storage::InboundRepository(db.connection()).insert(message, receivedAt));
        return db.scalar("SELECT MAX(id) FROM inbound_messages");
    }

    qint64 reply(qint64 conversationId, const QString &waId,
                 const whatsapp::MessageContent &content, qint64 at, const QString &kind = {})
    {
        whatsapp::OutboundMessage message;
        message.to = waId;
        message.content = content;
        storage::OutboxEntry entry;
        entry.phoneNumberId = kBusiness;
        entry.conversationId = conversationId;
        entry.recipient = waId;
        entry.kind = kind.isEmpty() ? whatsapp::GraphRequestBuilder::typeName(content) : kind;
        entry.purpose = QStringLiteral("reply");
        entry.author = QStringLiteral("agent:giulia");
        entry.idempotencyKey = QStringLiteral("k%1").arg(at);
        entry.payload = std::get<QByteArray>(whatsapp::GraphRequestBuilder::build(message));
        entry.nextAttemptAt = at;
        entry.createdAt = at;
        entry.updatedAt = at;
        return storage::OutboxRepository(db.connection()).insert(entry).first;
    }

    TestDatabase db;
    WebhookFactory meta;
};

TEST_F(HubView, ASummaryShowsTheCustomerTheNewestMessageAndWhatIsUnread)
{
    const QString waId = QStringLiteral("393401110000");
    const qint64 id = customer(waId);
    storage::ContactRepository(db.connection()).setLanguage(1, QStringLiteral("it"), kNow);
    says(waId, QStringLiteral("wamid.1"), QStringLiteral("Buongiorno"), 3600, kNow - 3000);
    says(waId, QStringLiteral("wamid.2"), QStringLiteral("C'è posto giovedì?"), 600, kNow - 2000);
    ConversationViewRepository view(db.connection());

    auto summary = view.summary(id, kNow);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->customerName, QStringLiteral("Maria Rossi"));
    EXPECT_EQ(summary->waId, waId);
    EXPECT_EQ(summary->language, QStringLiteral("it"));
    EXPECT_FALSE(summary->optedOut);
    EXPECT_EQ(summary->unread, 2);
    EXPECT_EQ(summary->lastMessageText, QStringLiteral("C'è posto giovedì?"));
    EXPECT_EQ(summary->lastMessageDirection, QStringLiteral("in"));
    EXPECT_EQ(summary->lastMessageAt, kNow - 2000);
    // The window runs 24 h from the customer's own newest timestamp.
    EXPECT_EQ(summary->windowExpiresAt, (kNowSeconds - 600 + 24 * 3600) * 1000);

    // An agent answers, then notes something: the newest of the three is shown.
    reply(id, waId, whatsapp::TextContent{QStringLiteral("Sì, alle 10"), false}, kNow - 1000);
    summary = view.summary(id, kNow);
    EXPECT_EQ(summary->lastMessageText, QStringLiteral("Sì, alle 10"));
    EXPECT_EQ(summary->lastMessageDirection, QStringLiteral("out"));
    storage::ConversationRepository conversations(db.connection());
    conversations.addEvent({0, id, QStringLiteral("note"), QStringLiteral("richiamare"),
                            QStringLiteral("agent:giulia"), kNow - 500});
    summary = view.summary(id, kNow);
    EXPECT_EQ(summary->lastMessageDirection, QStringLiteral("note"));
    // A read receipt is not a message.
    reply(id, waId, whatsapp::TextContent{QStringLiteral("x"), false}, kNow - 100,
          QStringLiteral("mark_read"));
    EXPECT_EQ(view.summary(id, kNow)->lastMessageDirection, QStringLiteral("note"));

    // Read up to the newest message: nothing unread until the customer writes again.
    conversations.markSeen(id, view.newestInboundId(id));
    EXPECT_EQ(view.summary(id, kNow)->unread, 0);
    says(waId, QStringLiteral("wamid.3"), QStringLiteral("grazie"), 60, kNow + 500);
    EXPECT_EQ(view.summary(id, kNow)->unread, 1);
    // Messages the pipeline has not processed yet count as activity too.
    EXPECT_EQ(view.summary(id, kNow)->updatedAt, kNow + 500);
    // A day later the window is closed.
    EXPECT_EQ(view.summary(id, kNow + 25 * 3600 * 1000)->windowExpiresAt, 0);
    EXPECT_FALSE(view.summary(4242, kNow).has_value());
}

TEST_F(HubView, QueuesAndCountsFollowOwnershipAssignmentDraftsAndClosing)
{
    storage::ConversationRepository conversations(db.connection());
    const qint64 escalated = customer(QStringLiteral("393400000001"));
    const qint64 giulias = customer(QStringLiteral("393400000002"));
    const qint64 marcos = customer(QStringLiteral("393400000003"));
    const qint64 closed = customer(QStringLiteral("393400000004"));
    const qint64 review = customer(QStringLiteral("393400000005"));
    conversations.setOwner(escalated, ConversationOwner::PendingHuman, QString(), kNow + 1);
    conversations.setEscalationReason(escalated, QStringLiteral("no automated answer available"));
    conversations.setOwner(giulias, ConversationOwner::Human, QStringLiteral("giulia"), kNow + 2);
    conversations.setOwner(marcos, ConversationOwner::Human, QStringLiteral("marco"), kNow + 3);
    conversations.setOwner(closed, ConversationOwner::Closed, QStringLiteral("giulia"), kNow + 4);
    storage::Draft draft;
    draft.conversationId = review;
    draft.text = QStringLiteral("Proposta");
    draft.createdAt = kNow;
    storage::DraftRepository(db.connection()).insert(draft);
    storage::LabelRepository(db.connection()).add(giulias, QStringLiteral("vip"), kNow);

    ConversationViewRepository view(db.connection());
    auto ids = [&](InboxQueue queue, const QString &user) {
        QList<qint64> result;
        for (const auto &summary : view.queue(queue, user, 200, std::nullopt, kNow))
            result.append(summary.id);
        return result;
    };
    EXPECT_EQ(ids(InboxQueue::Escalated, {}), QList<qint64>{escalated});
    EXPECT_EQ(ids(InboxQueue::Mine, QStringLiteral("giulia")), QList<qint64>{giulias});
    EXPECT_EQ(ids(InboxQueue::NeedsReview, {}), QList<qint64>{review});
    EXPECT_EQ(ids(InboxQueue::Closed, {}), QList<qint64>{closed});
    // Newest first; `before` pages on updated_at.
    EXPECT_EQ(ids(InboxQueue::Open, {}), (QList<qint64>{marcos, giulias, escalated, review}));
    EXPECT_EQ(view.queue(InboxQueue::Open, {}, 2, kNow + 3, kNow).size(), 2);
    EXPECT_EQ(view.queue(InboxQueue::Open, {}, 200, kNow + 2, kNow).first().id, escalated);
    EXPECT_EQ(view.summary(escalated, kNow)->escalationReason,
              QStringLiteral("no automated answer available"));
    EXPECT_TRUE(view.summary(review, kNow)->pendingDraft);
    EXPECT_EQ(view.summary(giulias, kNow)->labels, QStringList{QStringLiteral("vip")});

    const auto counts = view.counts();
    const auto forGiulia = counts.forUser(QStringLiteral("giulia"));
    EXPECT_EQ(forGiulia.needsReview, 1);
    EXPECT_EQ(forGiulia.escalated, 1);
    EXPECT_EQ(forGiulia.mine, 1);
    EXPECT_EQ(forGiulia.open, 4);
    EXPECT_EQ(forGiulia.closed, 1);
    EXPECT_EQ(counts.forUser(QStringLiteral("marco")).mine, 1);
    EXPECT_EQ(counts.forUser(QStringLiteral("luca")).mine, 0);
    EXPECT_EQ(view.snapshot(0, kNow).size(), 4) << "closed ones only up to the limit";
    EXPECT_EQ(view.snapshot(200, kNow).size(), 5);
}

TEST_F(HubView, TheThreadMergesMessagesNotesAndEventsInTimeOrder)
{
    const QString waId = QStringLiteral("393401110009");
    const qint64 id = customer(waId);
    says(waId, QStringLiteral("wamid.a"), QStringLiteral("Buongiorno"), 100, kNow + 10);
    storage::ConversationRepository(db.connection())
        .addEvent({0, id, QStringLiteral("owner_changed"),
                   QStringLiteral("bot -> pending_human: no automated answer available"),
                   QStringLiteral("bot"), kNow + 20});
    whatsapp::TemplateContent reminder;
    reminder.name = QStringLiteral("appointment_reminder");
    reminder.languageCode = QStringLiteral("it");
    reminder.bodyParameters = {
        {whatsapp::TemplateParameter::Kind::Text, QStringLiteral("Maria"), {}, {}},
        {whatsapp::TemplateParameter::Kind::Text, QStringLiteral("giovedì"), {}, {}}};
    const qint64 outId = reply(id, waId, reminder, kNow + 30);
    reply(id, waId, whatsapp::TextContent{QStringLiteral("receipt"), false}, kNow + 35,
          QStringLiteral("mark_read"));
    storage::ConversationRepository(db.connection())
        .addEvent({0, id, QStringLiteral("note"), QStringLiteral("cliente storico"),
                   QStringLiteral("agent:giulia"), kNow + 40});
    // An image with a caption, answering our template.
    const QByteArray raw =
        QStringLiteral(
            R"({"from":"%1","id":"wamid.img","timestamp":"%2","type":"image",)"
            R"("context":{"from":"390212345678","id":"wamid.out"},)"
            R"("image":{"id":"m1","mime_type":"image/jpeg","sha256":"abc","caption":"la lastra"}})")
            .arg(waId)
            .arg(kNowSeconds)
            .toUtf8();
    db.connection()
        .prepare("UPDATE outbox SET wamid = 'wamid.out' WHERE id = ?")
        .bind(1, outId)
        .exec();
    whatsapp::WebhookParser parser;
    auto image = std::get<whatsapp::InboundMessage>(parser.parseMessage(raw));
    image.phoneNumberId = kBusiness;
    ASSERT_TRUE(storage::InboundRepository(db.connection()).insert(image, kNow + 50));

    ConversationViewRepository view(db.connection());
    const auto entries = view.entries(id, std::nullopt, 100);
    ASSERT_EQ(entries.size(), 5);
    EXPECT_EQ(entries[0].kind, protocol::ThreadEntryKind::Inbound);
    EXPECT_EQ(entries[0].text, QStringLiteral("Buongiorno"));
    EXPECT_EQ(entries[0].author, QStringLiteral("customer"));
    EXPECT_EQ(entries[1].kind, protocol::ThreadEntryKind::System);
    EXPECT_EQ(entries[1].type, QStringLiteral("owner_changed"));
    EXPECT_EQ(entries[2].kind, protocol::ThreadEntryKind::Outbound);
    EXPECT_EQ(entries[2].id, QStringLiteral("out:%1").arg(outId));
    EXPECT_EQ(entries[2].type, QStringLiteral("template"));
    EXPECT_EQ(entries[2].text,
              QStringLiteral("Template \"appointment_reminder\" (it): Maria, giovedì"));
    EXPECT_EQ(entries[2].status, DeliveryStatus::Queued);
    EXPECT_EQ(entries[3].kind, protocol::ThreadEntryKind::Note);
    EXPECT_EQ(entries[4].type, QStringLiteral("image"));
    EXPECT_EQ(entries[4].caption, QStringLiteral("la lastra"));
    EXPECT_EQ(entries[4].mimeType, QStringLiteral("image/jpeg"));
    EXPECT_EQ(entries[4].replyTo, QStringLiteral("out:%1").arg(outId));

    // Paging: the two before the template, oldest first.
    const auto older = view.entries(id, kNow + 30, 2);
    ASSERT_EQ(older.size(), 2);
    EXPECT_EQ(older[0].text, QStringLiteral("Buongiorno"));
    EXPECT_EQ(older[1].kind, protocol::ThreadEntryKind::System);
    EXPECT_EQ(view.notes(id).size(), 1);
    EXPECT_EQ(view.wamidOf(id, QStringLiteral("out:%1").arg(outId)), QStringLiteral("wamid.out"));
    EXPECT_TRUE(view.wamidOf(id, QStringLiteral("in:999")).isEmpty());
}

TEST_F(HubView, ACustomerRekeyedToABsuidKeepsTheWholeHistory)
{
    const QString waId = QStringLiteral("393401110010");
    const qint64 id = customer(waId);
    says(waId, QStringLiteral("wamid.p"), QStringLiteral("dal telefono"), 300, kNow);
    // Later messages carry a BSUID: the contact is re-keyed, the conversation stays.
    WebhookFactory::Text withBsuid = WebhookFactory::makeText(
        QStringLiteral("wamid.b"), waId, QStringLiteral("con BSUID"), kNowSeconds - 60);
    withBsuid.userId = QStringLiteral("IT.1234567890");
    storage::InboundRepository(db.connection()).insert(meta.parsedText(withBsuid), kNow + 10);
    storage::ContactRepository(db.connection())
        .resolve(kBusiness, withBsuid.userId, waId, withBsuid.userId, QString(), kNow + 10);

    ConversationViewRepository view(db.connection());
    EXPECT_EQ(view.conversationFor({kBusiness, withBsuid.userId}), id);
    EXPECT_EQ(view.conversationFor({kBusiness, waId}), id);
    EXPECT_EQ(view.entries(id, std::nullopt, 10).size(), 2);
    EXPECT_EQ(view.summary(id, kNow + 20)->unread, 2);
    EXPECT_EQ(view.newestInbound(id, 0, 5).size(), 2);
}

} // namespace
} // namespace sportello::test

namespace sportello::test {
namespace {

TEST_F(HubView, TheTurnsUnderstandingRidesOnItsLastMessageAndTheSummary)
{
    const QString waId = QStringLiteral("393402220000");
    const qint64 id = customer(waId);
    const qint64 first =
        says(waId, QStringLiteral("wamid.u1"), QStringLiteral("Buongiorno"), 30, kNow - 30'000);
    const qint64 last =
        says(waId, QStringLiteral("wamid.u2"),
             QStringLiteral("è la terza volta che spostate l'appuntamento!!!"), 20, kNow - 20'000);
    storage::TurnRepository turns(db.connection());
    const qint64 turnId =
        turns.insert(id, first, 2, QStringLiteral("human"), QStringLiteral("it"), kNow);
    protocol::TurnUnderstanding understanding;
    understanding.language = QStringLiteral("it");
    understanding.intent = QStringLiteral("complaint");
    understanding.intentConfidence = 0.8;
    understanding.sentiment = QStringLiteral("negative");
    understanding.angry = true;
    turns.setUnderstanding(turnId, last, understanding);
    storage::ConversationRepository(db.connection())
        .setLastUnderstanding(id, understanding.intent, understanding.sentiment, true, false);

    ConversationViewRepository view(db.connection());
    const auto entries = view.entries(id, std::nullopt, 50);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_FALSE(entries.at(0).understanding.has_value());
    ASSERT_TRUE(entries.at(1).understanding.has_value());
    EXPECT_EQ(entries.at(1).id, QStringLiteral("in:%1").arg(last));
    EXPECT_EQ(entries.at(1).understanding->intent, QStringLiteral("complaint"));
    EXPECT_TRUE(entries.at(1).understanding->angry);

    const auto summary = view.summary(id, kNow);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->lastIntent, QStringLiteral("complaint"));
    EXPECT_EQ(summary->lastSentiment, QStringLiteral("negative"));
    EXPECT_TRUE(summary->angry);
    EXPECT_FALSE(summary->urgent);
    EXPECT_EQ(turns.lastLanguage(id), QStringLiteral("it"));
    EXPECT_EQ(turns.understandingOf(turnId)->intent, QStringLiteral("complaint"));
}

} // namespace
} // namespace sportello::test
