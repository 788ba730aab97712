// SPDX-License-Identifier: LicenseRef-Sportello
// The one place where outbound messages become Graph API request bodies.
#pragma once

#include <variant>

#include <QByteArray>
#include <QString>

#include "whatsapp/graphrequest.h"

namespace sportello::whatsapp {

struct GraphRequestError
{
    QString field;   // e.g. "interactive.action.buttons[1].reply.title"
    QString message; // e.g. "at most 20 characters, got 27"
};

using GraphRequestResult = std::variant<QByteArray, GraphRequestError>;

// Builds the JSON bodies documented by Meta (messaging_product, recipient_type, to, type...)
// after checking the limits Meta enforces, so a bad message is refused here with the field
// named instead of coming back as an opaque 400.
class GraphRequestBuilder
{
public:
    static GraphRequestResult build(const OutboundMessage &message);
    static QByteArray buildMarkRead(const MarkReadRequest &request);
    // A built message body with biz_opaque_callback_data set (replaced if present), so the
    // outbox can tag a stored body with its own id when it sends it. Returns `body`
    // unchanged if it is not a JSON object or `callbackData` exceeds Meta's 512 characters.
    static QByteArray withCallbackData(const QByteArray &body, const QString &callbackData);
    // "text", "template" or "interactive": the `type` field the body will carry.
    static QString typeName(const MessageContent &content);
};

} // namespace sportello::whatsapp
