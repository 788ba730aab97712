// SPDX-License-Identifier: LicenseRef-Sportello
// ContactRepository, ConversationRepository and TurnRepository against a real database.
#include <gtest/gtest.h>

#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/storageerror.h"
#include "storage/turnrepository.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;
using testdata::kBusiness;
using testdata::kOtherBusiness;

const QString kMaria = QStringLiteral("393331234567");
const QString kMariaBsuid = QStringLiteral("IT.8a7b6c5d4e");

class ContactRepositoryTest : public ::testing::Test
{
protected:
    TestDatabase db;
    ContactRepository contacts{db.connection()};
    ConversationRepository conversations{db.connection()};
};

TEST_F(ContactRepositoryTest, ResolveCreatesOnceAndRefreshes)
{
    const Contact first =
        contacts.resolve(kBusiness, kMaria, kMaria, QString(), QStringLiteral("Maria"), 100);
    EXPECT_GT(first.id, 0);
    EXPECT_EQ(first.phoneNumberId, kBusiness);
    EXPECT_EQ(first.contactKey, kMaria);
    EXPECT_EQ(first.waId, kMaria);
    EXPECT_TRUE(first.userId.isEmpty());
    EXPECT_EQ(first.profileName, QStringLiteral("Maria"));
    EXPECT_FALSE(first.optedOut);
    EXPECT_FALSE(first.optedOutAt.has_value());

    // Same customer again: same row, new profile name, nothing lost for empty fields.
    const Contact again =
        contacts.resolve(kBusiness, kMaria, QString(), QString(), QStringLiteral("Maria R."), 200);
    EXPECT_EQ(again.id, first.id);
    EXPECT_EQ(again.profileName, QStringLiteral("Maria R."));
    EXPECT_EQ(again.waId, kMaria);
    const Contact noName = contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 300);
    EXPECT_EQ(noName.profileName, QStringLiteral("Maria R."));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM contacts"), 1);
    // updated_at is when something about the contact last changed: the name, at 200. The
    // resolve at 300 brought nothing new and wrote nothing.
    EXPECT_EQ(db.scalar("SELECT updated_at FROM contacts"), 200);
    EXPECT_EQ(db.scalar("SELECT created_at FROM contacts"), 100);

    // The same number at another business is another contact.
    const Contact elsewhere =
        contacts.resolve(kOtherBusiness, kMaria, kMaria, QString(), QString(), 400);
    EXPECT_NE(elsewhere.id, first.id);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM contacts"), 2);

    EXPECT_EQ(contacts.byId(first.id)->contactKey, kMaria);
    EXPECT_FALSE(contacts.byId(first.id + 100).has_value());
    EXPECT_FALSE(contacts.find(kBusiness, QStringLiteral("393330000000")).has_value());
}

TEST_F(ContactRepositoryTest, ContactFirstSeenByNumberIsRekeyedToItsBsuid)
{
    const Contact byNumber =
        contacts.resolve(kBusiness, kMaria, kMaria, QString(), QStringLiteral("Maria"), 100);
    contacts.setOptedOut(byNumber.id, true, 150);
    contacts.setLanguage(byNumber.id, QStringLiteral("de"), 150);
    const Conversation conversation = conversations.ensureFor(byNumber, 150);

    // Now Meta sends the BSUID with the number: the history stays with the same contact.
    const Contact byBsuid =
        contacts.resolve(kBusiness, kMariaBsuid, kMaria, kMariaBsuid, QStringLiteral("Maria"), 200);
    EXPECT_EQ(byBsuid.id, byNumber.id);
    EXPECT_EQ(byBsuid.contactKey, kMariaBsuid);
    EXPECT_EQ(byBsuid.userId, kMariaBsuid);
    EXPECT_EQ(byBsuid.waId, kMaria);
    EXPECT_TRUE(byBsuid.optedOut);
    EXPECT_EQ(byBsuid.optedOutAt, 150);
    EXPECT_EQ(byBsuid.language, QStringLiteral("de"));
    EXPECT_FALSE(contacts.find(kBusiness, kMaria).has_value());
    EXPECT_EQ(conversations.forContact(byBsuid.id)->id, conversation.id);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM contacts"), 1);

    // Later messages with the BSUID only (number withheld) find the same contact.
    const Contact withheld =
        contacts.resolve(kBusiness, kMariaBsuid, QString(), kMariaBsuid, QString(), 300);
    EXPECT_EQ(withheld.id, byNumber.id);
    EXPECT_EQ(withheld.waId, kMaria);
}

TEST_F(ContactRepositoryTest, LateMessageWithoutBsuidFindsTheRekeyedContact)
{
    const Contact byNumber = contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 100);
    contacts.resolve(kBusiness, kMariaBsuid, kMaria, kMariaBsuid, QString(), 200);
    contacts.setOptedOut(byNumber.id, true, 250);

    // A redelivery from before the BSUID rollout carries the phone number only: it must land
    // on the same contact, opt-out included, not create a second one.
    const Contact late = contacts.resolve(kBusiness, kMaria, kMaria, QString(),
                                          QStringLiteral("Maria"), 300);
    EXPECT_EQ(late.id, byNumber.id);
    EXPECT_TRUE(late.optedOut);
    EXPECT_EQ(late.profileName, QStringLiteral("Maria"));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM contacts"), 1);
    EXPECT_EQ(contacts.findForKey(kBusiness, kMaria, kMaria)->id, byNumber.id);
    // Without the phone number to go by, a key is only itself.
    EXPECT_FALSE(contacts.findForKey(kBusiness, kMaria, QString()).has_value());
}

TEST_F(ContactRepositoryTest, NoRekeyWhenTheBsuidContactAlreadyExists)
{
    const Contact byNumber = contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 1);
    const Contact bsuidOnly =
        contacts.resolve(kBusiness, kMariaBsuid, QString(), kMariaBsuid, QString(), 2);
    const Contact both =
        contacts.resolve(kBusiness, kMariaBsuid, kMaria, kMariaBsuid, QString(), 3);
    EXPECT_EQ(both.id, bsuidOnly.id);
    EXPECT_NE(both.id, byNumber.id);
    EXPECT_EQ(both.waId, kMaria);
    EXPECT_TRUE(contacts.find(kBusiness, kMaria).has_value()); // left alone
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM contacts"), 2);
}

TEST_F(ContactRepositoryTest, OptOutAndBackIn)
{
    const Contact c = contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 1);
    EXPECT_EQ(contacts.countOptedOut(), 0);
    contacts.setOptedOut(c.id, true, 5000);
    auto stored = contacts.byId(c.id);
    EXPECT_TRUE(stored->optedOut);
    EXPECT_EQ(stored->optedOutAt, 5000);
    EXPECT_EQ(contacts.countOptedOut(), 1);
    // resolve() does not touch the opt-out.
    EXPECT_TRUE(contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 6000).optedOut);

    contacts.setOptedOut(c.id, false, 7000);
    stored = contacts.byId(c.id);
    EXPECT_FALSE(stored->optedOut);
    EXPECT_FALSE(stored->optedOutAt.has_value());
    EXPECT_EQ(contacts.countOptedOut(), 0);
}

TEST_F(ContactRepositoryTest, LanguageIsStoredAndCleared)
{
    const Contact c = contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 1);
    EXPECT_TRUE(c.language.isEmpty());
    contacts.setLanguage(c.id, QStringLiteral("fr"), 2);
    EXPECT_EQ(contacts.byId(c.id)->language, QStringLiteral("fr"));
    contacts.setLanguage(c.id, QString(), 3);
    EXPECT_TRUE(contacts.byId(c.id)->language.isEmpty());
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM contacts WHERE language IS NULL"), 1);
}

// ---------------------------------------------------------------------------------------------

TEST_F(ContactRepositoryTest, ConversationIsCreatedOncePerContactOwnedByTheBot)
{
    const Contact c = contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 1);
    EXPECT_FALSE(conversations.forContact(c.id).has_value());
    const Conversation created = conversations.ensureFor(c, 10);
    EXPECT_GT(created.id, 0);
    EXPECT_EQ(created.contactId, c.id);
    EXPECT_EQ(created.phoneNumberId, kBusiness);
    EXPECT_EQ(created.owner, ConversationOwner::Bot);
    EXPECT_TRUE(created.assignedAgent.isEmpty());
    EXPECT_FALSE(created.lastInboundAt.has_value());
    EXPECT_EQ(created.createdAt, 10);

    const Conversation again = conversations.ensureFor(c, 20);
    EXPECT_EQ(again.id, created.id);
    EXPECT_EQ(again.createdAt, 10);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM conversations"), 1);
    EXPECT_EQ(conversations.byId(created.id)->contactId, c.id);
    EXPECT_FALSE(conversations.byId(created.id + 1).has_value());
}

TEST_F(ContactRepositoryTest, ConversationOwnerChanges)
{
    const Contact c = contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 1);
    const Conversation conversation = conversations.ensureFor(c, 1);
    EXPECT_EQ(conversations.countWithOwner(ConversationOwner::Bot), 1);

    conversations.setOwner(conversation.id, ConversationOwner::Human, QStringLiteral("giulia"), 5);
    auto stored = conversations.byId(conversation.id);
    EXPECT_EQ(stored->owner, ConversationOwner::Human);
    EXPECT_EQ(stored->assignedAgent, QStringLiteral("giulia"));
    EXPECT_EQ(stored->updatedAt, 5);
    EXPECT_EQ(conversations.countWithOwner(ConversationOwner::Bot), 0);
    EXPECT_EQ(conversations.countWithOwner(ConversationOwner::Human), 1);

    conversations.setOwner(conversation.id, ConversationOwner::Closed, QString(), 6);
    stored = conversations.byId(conversation.id);
    EXPECT_EQ(stored->owner, ConversationOwner::Closed);
    EXPECT_TRUE(stored->assignedAgent.isEmpty());
    EXPECT_EQ(db.text("SELECT owner FROM conversations"), QStringLiteral("closed"));
}

TEST_F(ContactRepositoryTest, NoteInboundNeverMovesBack)
{
    const Contact c = contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 1);
    const Conversation conversation = conversations.ensureFor(c, 1);
    conversations.noteInbound(conversation.id, 1700000100, 10);
    EXPECT_EQ(conversations.byId(conversation.id)->lastInboundAt, 1700000100);
    conversations.noteInbound(conversation.id, 1700000000, 11); // a late, older message
    EXPECT_EQ(conversations.byId(conversation.id)->lastInboundAt, 1700000100);
    EXPECT_EQ(conversations.byId(conversation.id)->updatedAt, 11);
    conversations.noteInbound(conversation.id, 1700000200, 12);
    EXPECT_EQ(conversations.byId(conversation.id)->lastInboundAt, 1700000200);
}

TEST_F(ContactRepositoryTest, EventsAreKeptInOrderPerConversation)
{
    const Conversation a = conversations.ensureFor(
        contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 1), 1);
    const Conversation b = conversations.ensureFor(
        contacts.resolve(kBusiness, QStringLiteral("393339876543"), QStringLiteral("393339876543"),
                         QString(), QString(), 1),
        1);
    const qint64 first = conversations.addEvent({0, a.id, QStringLiteral("opted_out"),
                                                 QStringLiteral("customer sent STOP"),
                                                 QStringLiteral("customer"), 100});
    conversations.addEvent({0, b.id, QStringLiteral("note"), QString(), QString(), 150});
    const qint64 second = conversations.addEvent({0, a.id, QStringLiteral("owner_changed"),
                                                  QStringLiteral("bot -> pending_human"),
                                                  QStringLiteral("bot"), 200});
    EXPECT_GT(second, first);

    const auto events = conversations.events(a.id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].id, first);
    EXPECT_EQ(events[0].conversationId, a.id);
    EXPECT_EQ(events[0].kind, QStringLiteral("opted_out"));
    EXPECT_EQ(events[0].detail, QStringLiteral("customer sent STOP"));
    EXPECT_EQ(events[0].actor, QStringLiteral("customer"));
    EXPECT_EQ(events[0].createdAt, 100);
    EXPECT_EQ(events[1].kind, QStringLiteral("owner_changed"));
    const auto other = conversations.events(b.id);
    ASSERT_EQ(other.size(), 1);
    EXPECT_TRUE(other[0].detail.isEmpty());
    EXPECT_TRUE(other[0].actor.isEmpty());
}

TEST_F(ContactRepositoryTest, TurnsAreRecordedOncePerFirstMessage)
{
    const Conversation conversation = conversations.ensureFor(
        contacts.resolve(kBusiness, kMaria, kMaria, QString(), QString(), 1), 1);
    TurnRepository turns(db.connection());
    EXPECT_EQ(turns.count(), 0);
    const qint64 id =
        turns.insert(conversation.id, 41, 3, QStringLiteral("human"), QStringLiteral("it"), 100);
    EXPECT_GT(id, 0);
    EXPECT_EQ(turns.count(), 1);
    EXPECT_EQ(db.scalar("SELECT message_count FROM turns"), 3);
    EXPECT_EQ(db.text("SELECT route FROM turns"), QStringLiteral("human"));
    // first_inbound_id is unique: the same turn cannot be recorded twice.
    EXPECT_THROW(turns.insert(conversation.id, 41, 1, QStringLiteral("human"), QString(), 200),
                 StorageError);
    turns.insert(conversation.id, 42, 1, QStringLiteral("opt_out"), QString(), 200);
    EXPECT_EQ(turns.count(), 2);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM turns WHERE language IS NULL"), 1);
}

TEST_F(ContactRepositoryTest, ConversationsRequireAnExistingContact)
{
    Contact ghost;
    ghost.id = 4242;
    ghost.phoneNumberId = kBusiness;
    EXPECT_THROW(conversations.ensureFor(ghost, 1), StorageError); // foreign key
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM conversations"), 0);
}

} // namespace
} // namespace sportello::storage
