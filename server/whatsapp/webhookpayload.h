// SPDX-License-Identifier: LicenseRef-Sportello
// Typed form of a WhatsApp Cloud API webhook notification (what Meta POSTs to /webhook).
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/deliverystatus.h"
#include "domain/messagetype.h"

namespace sportello::whatsapp {

// One entry of an `errors[]` array (message, status or value level).
struct GraphErrorInfo
{
    int code = 0;
    QString title;
    QString message;
    QString details; // error_data.details

    // The most specific text Meta gave: the details, else the message.
    QString explanation() const { return details.isEmpty() ? message : details; }
};

struct InteractiveReply
{
    QString replyType; // "button_reply", "list_reply", "nfm_reply"
    QString id;
    QString title;
    QString description;  // list_reply only
    QString responseJson; // nfm_reply (flows) only: the raw response_json string
};

struct TemplateButtonReply
{
    QString payload;
    QString text;
};

struct MediaInfo
{
    QString id;
    QString mimeType;
    QString sha256;
    QString caption;
    QString filename;      // documents
    QString url;           // present in some newer payloads
    bool voice = false;    // audio recorded as a voice note
    bool animated = false; // stickers
};

struct LocationInfo
{
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
    QString url;
};

struct SharedContactPhone
{
    QString phone;
    QString waId;
    QString type;
};

struct SharedContact
{
    QString formattedName;
    QString firstName;
    QString lastName;
    QList<SharedContactPhone> phones;
    QList<QString> emails;
};

struct ReactionInfo
{
    QString messageId; // the wamid reacted to
    QString emoji;     // empty when the reaction was removed
};

// A message a customer sent (value.messages[]).
struct InboundMessage
{
    QString phoneNumberId; // metadata.phone_number_id: the business (tenant) key
    QString displayPhoneNumber;
    QString wamid;        // messages[].id
    QString fromWaId;     // messages[].from (may be absent for username-only users)
    QString fromUserId;   // BSUID: messages[].from_user_id or the matching contacts[].user_id
    QString profileName;  // contacts[].profile.name of the sender
    qint64 timestamp = 0; // messages[].timestamp, Unix seconds (the 24h window runs from it)
    MessageType type = MessageType::Other;
    QString typeName;     // messages[].type exactly as sent
    QString contextWamid; // context.id when the customer replied to / tapped on one of ours
    bool forwarded = false;

    // Human-readable text of the message whatever its type: text body, media caption,
    // button or list title, reaction emoji, location name... Empty when there is none.
    QString text;

    std::optional<InteractiveReply> interactive;
    std::optional<TemplateButtonReply> button;
    std::optional<MediaInfo> media; // image, document, audio, video, sticker
    std::optional<LocationInfo> location;
    QList<SharedContact> contacts;
    std::optional<ReactionInfo> reaction;
    QString unsupportedType; // unsupported.type when Meta names it
    QList<GraphErrorInfo> errors;

    QByteArray rawJson; // the messages[] object as received, minified (see WebhookParser)

    // (phone_number_id, BSUID when present else wa_id): the contact key.
    QString senderKey() const { return fromUserId.isEmpty() ? fromWaId : fromUserId; }
};

// A delivery status for a message we sent (value.statuses[]).
struct StatusEvent
{
    QString phoneNumberId;
    QString wamid;
    QString statusName;                   // exactly as sent
    std::optional<DeliveryStatus> status; // sent/delivered/read/failed/played; nullopt otherwise
    qint64 timestamp = 0;
    QString recipientId;
    QString recipientUserId;
    QString bizOpaqueCallbackData;
    QString pricingCategory;
    QString pricingType;
    std::optional<bool> billable;
    QList<GraphErrorInfo> errors;
    QByteArray rawJson;
};

// Anything else Meta notifies (template status, account updates, user preferences, calls,
// message echoes, value-level errors...). Kept verbatim for later features and for audit.
struct OtherEvent
{
    QString phoneNumberId; // empty when the change has no metadata
    QString field;         // changes[].field
    QByteArray rawJson;    // changes[].value as received, minified (see WebhookParser)
};

struct WebhookPayload
{
    QList<InboundMessage> messages;
    QList<StatusEvent> statuses;
    QList<OtherEvent> others;
};

} // namespace sportello::whatsapp
