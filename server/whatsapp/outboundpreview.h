// SPDX-License-Identifier: LicenseRef-Sportello
// Reads back a Graph API message body we built: what an agent should see in the thread.
#pragma once

#include <QByteArray>
#include <QString>

namespace sportello::whatsapp {

// The inverse of GraphRequestBuilder for display: the outbox keeps only the request body, and
// the console shows it as a bubble. Never fails; an unreadable body gives an empty text.
class OutboundPreview
{
public:
    struct Preview
    {
        QString type;         // text, template, interactive (the body's "type")
        QString text;         // text body; interactive body; template name with its parameters
        QString replyToWamid; // context.message_id
    };

    static Preview read(const QByteArray &body);
};

} // namespace sportello::whatsapp
