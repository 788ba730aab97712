// SPDX-License-Identifier: LicenseRef-Sportello
// Domain enums of shared/: string round trips, unknown spellings, delivery ranks.
#include <array>

#include <gtest/gtest.h>

#include <QSet>
#include <QString>

#include "domain/conversationowner.h"
#include "domain/deliverystatus.h"
#include "domain/messagetype.h"

namespace sportello {
namespace {

constexpr std::array kStatuses{DeliveryStatus::Queued,        DeliveryStatus::Sending,
                               DeliveryStatus::Accepted,      DeliveryStatus::Sent,
                               DeliveryStatus::Failed,        DeliveryStatus::Delivered,
                               DeliveryStatus::Read,          DeliveryStatus::Played,
                               DeliveryStatus::NeedsTemplate, DeliveryStatus::Refused};

TEST(DeliveryStatus, NamesAreTheStoredSpellings)
{
    // These strings live in the database (outbox.status) and on the wire (Meta's statuses):
    // changing one is a migration, not a refactoring.
    EXPECT_EQ(toString(DeliveryStatus::Queued), QStringLiteral("queued"));
    EXPECT_EQ(toString(DeliveryStatus::Sending), QStringLiteral("sending"));
    EXPECT_EQ(toString(DeliveryStatus::Accepted), QStringLiteral("accepted"));
    EXPECT_EQ(toString(DeliveryStatus::Sent), QStringLiteral("sent"));
    EXPECT_EQ(toString(DeliveryStatus::Failed), QStringLiteral("failed"));
    EXPECT_EQ(toString(DeliveryStatus::Delivered), QStringLiteral("delivered"));
    EXPECT_EQ(toString(DeliveryStatus::Read), QStringLiteral("read"));
    EXPECT_EQ(toString(DeliveryStatus::Played), QStringLiteral("played"));
    EXPECT_EQ(toString(DeliveryStatus::NeedsTemplate), QStringLiteral("needs_template"));
    EXPECT_EQ(toString(DeliveryStatus::Refused), QStringLiteral("refused"));
}

TEST(DeliveryStatus, RoundTripsAndNamesAreUnique)
{
    QSet<QString> names;
    for (const auto status : kStatuses) {
        const QString name = toString(status);
        EXPECT_EQ(deliveryStatusFromString(name), status) << name.toStdString();
        names.insert(name);
    }
    EXPECT_EQ(names.size(), qsizetype(kStatuses.size()));
}

TEST(DeliveryStatus, UnknownSpellingsAreRefused)
{
    for (const char *text : {"", "Sent", "SENT", " sent", "deleted", "warning", "needs-template"})
        EXPECT_FALSE(deliveryStatusFromString(QString::fromUtf8(text)).has_value()) << text;
}

TEST(DeliveryStatus, RanksOrderRemoteUpdates)
{
    EXPECT_EQ(deliveryRank(DeliveryStatus::Accepted), 1);
    EXPECT_EQ(deliveryRank(DeliveryStatus::Sent), 2);
    EXPECT_EQ(deliveryRank(DeliveryStatus::Failed), 3);
    EXPECT_EQ(deliveryRank(DeliveryStatus::Delivered), 4);
    EXPECT_EQ(deliveryRank(DeliveryStatus::Read), 5);
    EXPECT_EQ(deliveryRank(DeliveryStatus::Played), 6);
    // Local states carry no rank: any remote report moves them.
    for (const auto local : {DeliveryStatus::Queued, DeliveryStatus::Sending,
                             DeliveryStatus::NeedsTemplate, DeliveryStatus::Refused})
        EXPECT_EQ(deliveryRank(local), 0) << toString(local).toStdString();
    // The rules the outbox relies on.
    EXPECT_LT(deliveryRank(DeliveryStatus::Sent), deliveryRank(DeliveryStatus::Failed));
    EXPECT_LT(deliveryRank(DeliveryStatus::Failed), deliveryRank(DeliveryStatus::Delivered));
    EXPECT_LT(deliveryRank(DeliveryStatus::Delivered), deliveryRank(DeliveryStatus::Read));
}

TEST(DeliveryStatus, FinalLocalStates)
{
    for (const auto status : kStatuses) {
        const bool final =
            status == DeliveryStatus::NeedsTemplate || status == DeliveryStatus::Refused;
        EXPECT_EQ(isFinalLocalState(status), final) << toString(status).toStdString();
    }
}

TEST(ConversationOwner, RoundTrips)
{
    const std::array owners{ConversationOwner::Bot, ConversationOwner::PendingHuman,
                            ConversationOwner::Human, ConversationOwner::Closed};
    const std::array names{QStringLiteral("bot"), QStringLiteral("pending_human"),
                           QStringLiteral("human"), QStringLiteral("closed")};
    for (std::size_t i = 0; i < owners.size(); ++i) {
        EXPECT_EQ(toString(owners[i]), names[i]);
        EXPECT_EQ(conversationOwnerFromString(names[i]), owners[i]);
    }
    for (const char *text : {"", "Bot", "agent", "pending-human", "human "})
        EXPECT_FALSE(conversationOwnerFromString(QString::fromUtf8(text)).has_value()) << text;
}

TEST(MessageType, RoundTripsEveryKnownType)
{
    const std::array types{MessageType::Text,     MessageType::Interactive, MessageType::Button,
                           MessageType::Image,    MessageType::Document,    MessageType::Audio,
                           MessageType::Video,    MessageType::Sticker,     MessageType::Location,
                           MessageType::Contacts, MessageType::Reaction,    MessageType::Order,
                           MessageType::System,   MessageType::Unsupported, MessageType::Other};
    QSet<QString> names;
    for (const auto type : types) {
        const QString name = toString(type);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_EQ(messageTypeFromString(name), type) << name.toStdString();
        names.insert(name);
    }
    EXPECT_EQ(names.size(), qsizetype(types.size()));
    // Meta's own spellings.
    EXPECT_EQ(messageTypeFromString(QStringLiteral("text")), MessageType::Text);
    EXPECT_EQ(messageTypeFromString(QStringLiteral("interactive")), MessageType::Interactive);
    EXPECT_EQ(messageTypeFromString(QStringLiteral("contacts")), MessageType::Contacts);
    EXPECT_EQ(messageTypeFromString(QStringLiteral("unsupported")), MessageType::Unsupported);
}

TEST(MessageType, UnknownSpellingsBecomeOther)
{
    for (const char *text : {"", "Text", "TEXT", "call", "ephemeral", "order_details"})
        EXPECT_EQ(messageTypeFromString(QString::fromUtf8(text)), MessageType::Other) << text;
    EXPECT_EQ(toString(MessageType::Other), QStringLiteral("other"));
}

} // namespace
} // namespace sportello
