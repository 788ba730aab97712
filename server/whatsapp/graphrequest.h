// SPDX-License-Identifier: LicenseRef-Sportello
// Typed form of what we send to the Graph API: POST /{phone_number_id}/messages bodies.
#pragma once

#include <variant>

#include <QList>
#include <QString>

namespace sportello::whatsapp {

struct TextContent
{
    QString body; // 1..4096 characters
    bool previewUrl = false;
};

// One template parameter. Sportello sends text parameters in bodies and buttons, and text or
// media (by link or id) in headers.
struct TemplateParameter
{
    enum class Kind
    {
        Text,
        Payload, // quick-reply button payload
        Image,
        Video,
        Document,
    };
    Kind kind = Kind::Text;
    QString value;    // text, payload, or the media link
    QString mediaId;  // media by uploaded id instead of link
    QString filename; // documents
};

struct TemplateButton
{
    QString subType = QStringLiteral("quick_reply"); // "quick_reply" or "url"
    int index = 0;
    QList<TemplateParameter> parameters;
};

struct TemplateContent
{
    QString name;
    QString languageCode; // e.g. "it", "en_US"
    QList<TemplateParameter> headerParameters;
    QList<TemplateParameter> bodyParameters;
    QList<TemplateButton> buttons;

    int parameterCount() const;
};

struct ReplyButton
{
    QString id;    // 1..256 characters
    QString title; // 1..20 characters
};

struct ListRow
{
    QString id;          // 1..200 characters
    QString title;       // 1..24 characters
    QString description; // 0..72 characters
};

struct ListSection
{
    QString title; // 0..24 characters; required when there is more than one section
    QList<ListRow> rows;
};

// Reply buttons (1..3) or a list (1..10 rows in total across sections).
struct InteractiveContent
{
    enum class Kind
    {
        Buttons,
        List,
    };
    Kind kind = Kind::Buttons;
    QString headerText; // optional, 0..60 characters
    QString body;       // 1..1024 characters
    QString footer;     // optional, 0..60 characters
    QList<ReplyButton> buttons;
    QString listButtonText; // lists: 1..20 characters
    QList<ListSection> sections;
};

using MessageContent = std::variant<TextContent, TemplateContent, InteractiveContent>;

struct OutboundMessage
{
    QString to;           // wa_id, or a BSUID ("CC.xxxx") when the phone number is withheld
    QString replyToWamid; // context.message_id, optional
    MessageContent content;
    QString bizOpaqueCallbackData; // our outbox id, echoed back on status webhooks
};

// Mark an inbound message read, optionally showing "typing…" until we reply (or 25 s pass).
struct MarkReadRequest
{
    QString messageId;
    bool typingIndicator = false;
};

} // namespace sportello::whatsapp
