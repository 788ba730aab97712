// SPDX-License-Identifier: MIT
// Sportello: the kinds of message a customer can send.
#include "domain/messagetype.h"

#include <array>
#include <utility>

namespace sportello {

namespace {
const std::array<std::pair<MessageType, const char16_t *>, 15> kNames{{
    {MessageType::Text, u"text"},
    {MessageType::Interactive, u"interactive"},
    {MessageType::Button, u"button"},
    {MessageType::Image, u"image"},
    {MessageType::Document, u"document"},
    {MessageType::Audio, u"audio"},
    {MessageType::Video, u"video"},
    {MessageType::Sticker, u"sticker"},
    {MessageType::Location, u"location"},
    {MessageType::Contacts, u"contacts"},
    {MessageType::Reaction, u"reaction"},
    {MessageType::Order, u"order"},
    {MessageType::System, u"system"},
    {MessageType::Unsupported, u"unsupported"},
    {MessageType::Other, u"other"},
}};
} // namespace

QString toString(MessageType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("other");
}

MessageType messageTypeFromString(const QString &text)
{
    for (const auto &[t, name] : kNames) {
        if (text == QStringView(name))
            return t;
    }
    return MessageType::Other;
}

} // namespace sportello
