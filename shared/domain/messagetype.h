// SPDX-License-Identifier: MIT
// Sportello: the kinds of message a customer can send.
#pragma once

#include <QString>

namespace sportello {

// Mirrors the WhatsApp Cloud API `messages[].type` values Sportello understands; anything
// else is kept as Other with its original spelling so nothing a customer sends is dropped.
enum class MessageType
{
    Text,
    Interactive, // button_reply / list_reply / nfm_reply
    Button,      // template quick-reply button
    Image,
    Document,
    Audio,
    Video,
    Sticker,
    Location,
    Contacts,
    Reaction,
    Order,
    System,
    Unsupported,
    Other,
};

QString toString(MessageType type);
// Unknown spellings map to Other.
MessageType messageTypeFromString(const QString &text);

} // namespace sportello
