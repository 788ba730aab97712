// SPDX-License-Identifier: LicenseRef-Sportello
// WebhookParser: WhatsApp webhook notification JSON to typed structs, with simdjson's DOM API.
#include "whatsapp/webhookparser.h"

#include <charconv>
#include <cstdint>
#include <exception>
#include <limits>
#include <string>
#include <string_view>

#include <simdjson.h>

namespace sportello::whatsapp {

namespace {

using simdjson::SUCCESS;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// A JSON path as a chain of stack frames: free to build while walking the document, turned
// into text only when something is wrong, so the happy path never allocates for it.
struct Path
{
    const Path *parent = nullptr;
    std::string_view key; // object member, unless isIndex
    size_t index = 0;
    bool isIndex = false;

    Path field(std::string_view name) const { return Path{this, name, 0, false}; }
    Path item(size_t i) const { return Path{this, {}, i, true}; }

    std::string toString() const
    {
        std::string text = parent ? parent->toString() : std::string();
        if (isIndex) {
            text += '[';
            text += std::to_string(index);
            text += ']';
        } else if (!key.empty()) {
            if (!text.empty())
                text += '.';
            text += key;
        }
        return text;
    }
};

QString qstr(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Optional members: absent, null and wrongly typed all read as "not there". Only the members
// Sportello cannot work without are checked strictly (see the callers).
std::string_view stringOf(const object &o, std::string_view key)
{
    std::string_view text;
    if (o.at_key(key).get(text) != SUCCESS)
        return {};
    return text;
}

QString qstringOf(const object &o, std::string_view key)
{
    return qstr(stringOf(o, key));
}

bool objectOf(const object &o, std::string_view key, object &out)
{
    return o.at_key(key).get(out) == SUCCESS;
}

bool arrayOf(const object &o, std::string_view key, array &out)
{
    return o.at_key(key).get(out) == SUCCESS;
}

bool boolOf(const object &o, std::string_view key, bool fallback = false)
{
    bool value = fallback;
    if (o.at_key(key).get(value) != SUCCESS)
        return fallback;
    return value;
}

double doubleOf(const object &o, std::string_view key)
{
    double value = 0;
    if (o.at_key(key).get(value) != SUCCESS)
        return 0;
    return value;
}

int intOf(const object &o, std::string_view key)
{
    int64_t value = 0;
    if (o.at_key(key).get(value) != SUCCESS)
        return 0;
    if (value > std::numeric_limits<int>::max() || value < std::numeric_limits<int>::min())
        return 0;
    return int(value);
}

// simdjson's own serialiser, the one behind simdjson::to_string(); used directly so that one
// buffer serves every raw object of every body instead of two fresh copies per object.
using RawBuilder = simdjson::internal::string_builder<>;

QByteArray rawOf(RawBuilder &builder, const element &e)
{
    // The DOM keeps no source offsets, so this is simdjson's minified re-serialisation:
    // same members in the same order, whitespace dropped, \u escapes written as UTF-8.
    builder.clear();
    builder.append(e);
    const std::string_view text = builder.str();
    return QByteArray(text.data(), qsizetype(text.size()));
}

enum class TimestampRead
{
    Ok,
    Missing,
    Invalid,
};

// Meta sends Unix seconds as a string of digits; a bare JSON integer is accepted too since it
// is unambiguous. Anything else (Meta's documentation placeholders included) is refused.
TimestampRead timestampOf(const object &o, qint64 &out)
{
    element value;
    if (o.at_key("timestamp").get(value) != SUCCESS)
        return TimestampRead::Missing;
    int64_t number = 0;
    if (value.get(number) == SUCCESS) {
        if (number < 0)
            return TimestampRead::Invalid;
        out = number;
        return TimestampRead::Ok;
    }
    std::string_view text;
    if (value.get(text) != SUCCESS || text.empty() || text.size() > 18)
        return TimestampRead::Invalid;
    for (char c : text) {
        if (c < '0' || c > '9')
            return TimestampRead::Invalid;
    }
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc() || end != text.data() + text.size())
        return TimestampRead::Invalid;
    out = number;
    return TimestampRead::Ok;
}

void readErrors(const object &parent, QList<GraphErrorInfo> &out)
{
    array errors;
    if (!arrayOf(parent, "errors", errors))
        return;
    for (element e : errors) {
        object error;
        if (e.get(error) != SUCCESS)
            continue;
        GraphErrorInfo info;
        info.code = intOf(error, "code");
        info.title = qstringOf(error, "title");
        info.message = qstringOf(error, "message");
        object data;
        if (objectOf(error, "error_data", data))
            info.details = qstringOf(data, "details");
        // Older payloads (and Meta's "unknown message" example) put details on the error itself.
        if (info.details.isEmpty())
            info.details = qstringOf(error, "details");
        out.append(std::move(info));
    }
}

MediaInfo readMedia(const object &media)
{
    MediaInfo info;
    info.id = qstringOf(media, "id");
    info.mimeType = qstringOf(media, "mime_type");
    info.sha256 = qstringOf(media, "sha256");
    info.caption = qstringOf(media, "caption");
    info.filename = qstringOf(media, "filename");
    info.url = qstringOf(media, "url");
    info.voice = boolOf(media, "voice");
    info.animated = boolOf(media, "animated");
    return info;
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + u", " + b;
}

void readSharedContacts(const array &contacts, InboundMessage &out)
{
    for (element e : contacts) {
        object c;
        if (e.get(c) != SUCCESS)
            continue;
        SharedContact contact;
        object name;
        if (objectOf(c, "name", name)) {
            contact.formattedName = qstringOf(name, "formatted_name");
            contact.firstName = qstringOf(name, "first_name");
            contact.lastName = qstringOf(name, "last_name");
        }
        array phones;
        if (arrayOf(c, "phones", phones)) {
            for (element pe : phones) {
                object p;
                if (pe.get(p) != SUCCESS)
                    continue;
                contact.phones.append(SharedContactPhone{
                    qstringOf(p, "phone"), qstringOf(p, "wa_id"), qstringOf(p, "type")});
            }
        }
        array emails;
        if (arrayOf(c, "emails", emails)) {
            for (element ee : emails) {
                object email;
                if (ee.get(email) == SUCCESS)
                    contact.emails.append(qstringOf(email, "email"));
            }
        }
        QString shown = contact.formattedName;
        if (shown.isEmpty())
            shown = QString(contact.firstName + u' ' + contact.lastName).trimmed();
        out.text = joined(out.text, shown);
        out.contacts.append(std::move(contact));
    }
}

// The type-specific part of a message: fills the typed fields and the human-readable text.
void readContent(const object &m, std::string_view typeKey, InboundMessage &out)
{
    object body;
    const bool hasBody = !typeKey.empty() && objectOf(m, typeKey, body);

    switch (out.type) {
    case MessageType::Text:
        if (hasBody)
            out.text = qstringOf(body, "body");
        break;
    case MessageType::Interactive: {
        // Meta sends a bare "interactive" type with value-level errors when it cannot render
        // the reply: keep the message, without a reply.
        if (!hasBody)
            break;
        InteractiveReply reply;
        const std::string_view replyType = stringOf(body, "type");
        reply.replyType = qstr(replyType);
        object detail;
        if (!replyType.empty() && objectOf(body, replyType, detail)) {
            reply.id = qstringOf(detail, "id");
            reply.title = qstringOf(detail, "title");
            reply.description = qstringOf(detail, "description");
            if (replyType == "nfm_reply") {
                reply.responseJson = qstringOf(detail, "response_json");
                reply.title = qstringOf(detail, "body");
            }
        }
        out.text = reply.title;
        out.interactive = std::move(reply);
        break;
    }
    case MessageType::Button:
        if (hasBody) {
            out.button = TemplateButtonReply{qstringOf(body, "payload"), qstringOf(body, "text")};
            out.text = out.button->text;
        }
        break;
    case MessageType::Image:
    case MessageType::Document:
    case MessageType::Audio:
    case MessageType::Video:
    case MessageType::Sticker:
        if (hasBody) {
            out.media = readMedia(body);
            out.text = out.media->caption;
        }
        break;
    case MessageType::Location:
        if (hasBody) {
            LocationInfo location;
            location.latitude = doubleOf(body, "latitude");
            location.longitude = doubleOf(body, "longitude");
            location.name = qstringOf(body, "name");
            location.address = qstringOf(body, "address");
            location.url = qstringOf(body, "url");
            out.text = joined(location.name, location.address);
            out.location = std::move(location);
        }
        break;
    case MessageType::Contacts: {
        array contacts;
        if (arrayOf(m, "contacts", contacts))
            readSharedContacts(contacts, out);
        break;
    }
    case MessageType::Reaction:
        if (hasBody) {
            // A removed reaction comes with an empty emoji or with none at all.
            out.reaction = ReactionInfo{qstringOf(body, "message_id"), qstringOf(body, "emoji")};
            out.text = out.reaction->emoji;
        }
        break;
    case MessageType::Order:
    case MessageType::System:
        if (hasBody)
            out.text = qstringOf(body, out.type == MessageType::Order ? "text" : "body");
        break;
    case MessageType::Unsupported:
        if (hasBody)
            out.unsupportedType = qstringOf(body, "type");
        break;
    case MessageType::Other:
        break;
    }
}

// Meta's own examples sometimes omit `type` (the shared-contacts one does); the content member
// then says what the message is, provided there is exactly one. typeName stays empty.
std::string_view inferredTypeKey(const object &m)
{
    static constexpr std::string_view kContentKeys[] = {
        "text",    "interactive", "button",   "image",    "document", "audio",  "video",
        "sticker", "location",    "contacts", "reaction", "order",    "system", "unsupported"};
    std::string_view found;
    for (std::string_view key : kContentKeys) {
        element member;
        if (m.at_key(key).get(member) != SUCCESS)
            continue;
        if (!found.empty())
            return {};
        found = key;
    }
    return found;
}

// Reads one messages[] object; false with `error` set when a required member is wrong.
bool readMessage(const object &m, const Path &at, InboundMessage &out, QString &error)
{
    const auto fail = [&](std::string_view member, std::string_view what) {
        error = qstr(at.field(member).toString()) + u": " + qstr(what);
        return false;
    };

    element idElement;
    if (m.at_key("id").get(idElement) != SUCCESS)
        return fail("id", "missing");
    std::string_view id;
    if (idElement.get(id) != SUCCESS)
        return fail("id", "expected a string");
    if (id.empty())
        return fail("id", "empty");
    out.wamid = qstr(id);

    switch (timestampOf(m, out.timestamp)) {
    case TimestampRead::Ok:
        break;
    case TimestampRead::Missing:
        return fail("timestamp", "missing");
    case TimestampRead::Invalid:
        return fail("timestamp", "expected Unix seconds as a string of digits");
    }

    out.fromWaId = qstringOf(m, "from");
    out.fromUserId = qstringOf(m, "from_user_id");
    const std::string_view typeKey = stringOf(m, "type");
    out.typeName = qstr(typeKey);
    const std::string_view contentKey = typeKey.empty() ? inferredTypeKey(m) : typeKey;
    out.type = messageTypeFromString(qstr(contentKey));

    object context;
    if (objectOf(m, "context", context)) {
        out.contextWamid = qstringOf(context, "id");
        out.forwarded = boolOf(context, "forwarded") || boolOf(context, "frequently_forwarded");
    }

    readContent(m, contentKey, out);
    readErrors(m, out.errors);
    return true;
}

std::optional<DeliveryStatus> remoteStatus(std::string_view name)
{
    // Only Meta's own delivery states: "deleted", payment states and the like stay nullopt
    // even where the spelling happens to match one of our local states.
    if (name == "sent")
        return DeliveryStatus::Sent;
    if (name == "delivered")
        return DeliveryStatus::Delivered;
    if (name == "read")
        return DeliveryStatus::Read;
    if (name == "failed")
        return DeliveryStatus::Failed;
    if (name == "played")
        return DeliveryStatus::Played;
    return std::nullopt;
}

bool readStatus(const object &s, const Path &at, StatusEvent &out, QString &error)
{
    const auto fail = [&](std::string_view member, std::string_view what) {
        error = qstr(at.field(member).toString()) + u": " + qstr(what);
        return false;
    };

    const std::string_view id = stringOf(s, "id");
    if (id.empty())
        return fail("id", "missing");
    out.wamid = qstr(id);

    const std::string_view status = stringOf(s, "status");
    if (status.empty())
        return fail("status", "missing");
    out.statusName = qstr(status);
    out.status = remoteStatus(status);

    switch (timestampOf(s, out.timestamp)) {
    case TimestampRead::Ok:
        break;
    case TimestampRead::Missing:
        return fail("timestamp", "missing");
    case TimestampRead::Invalid:
        return fail("timestamp", "expected Unix seconds as a string of digits");
    }

    out.recipientId = qstringOf(s, "recipient_id");
    out.recipientUserId = qstringOf(s, "recipient_user_id");
    out.bizOpaqueCallbackData = qstringOf(s, "biz_opaque_callback_data");
    object pricing;
    if (objectOf(s, "pricing", pricing)) {
        out.pricingCategory = qstringOf(pricing, "category");
        out.pricingType = qstringOf(pricing, "type");
        bool billable = false;
        if (pricing.at_key("billable").get(billable) == SUCCESS)
            out.billable = billable;
    }
    readErrors(s, out.errors);
    return true;
}

// The contacts[] element describing the sender of a message: the one with the same wa_id (or
// BSUID when the phone number is withheld), else the only one.
bool senderContact(const array &contacts, std::string_view waId, std::string_view userId,
                   object &out)
{
    object only;
    size_t count = 0;
    for (element e : contacts) {
        object c;
        if (e.get(c) != SUCCESS)
            continue;
        ++count;
        only = c;
        if (!waId.empty() && stringOf(c, "wa_id") == waId) {
            out = c;
            return true;
        }
        if (waId.empty() && !userId.empty() && stringOf(c, "user_id") == userId) {
            out = c;
            return true;
        }
    }
    if (count == 1) {
        out = only;
        return true;
    }
    return false;
}

// One body's walk: turns the DOM into the payload, or stops at the first error with its path.
class Walker
{
public:
    explicit Walker(RawBuilder &raw)
        : m_raw(raw)
    {
    }
    bool readBody(const element &doc, WebhookPayload &payload);
    QString error;

private:
    bool fail(const Path &at, std::string_view what)
    {
        error = qstr(at.toString()) + u": " + qstr(what);
        return false;
    }
    bool readChange(const object &change, const Path &at, WebhookPayload &payload);
    bool readMessagesValue(const element &valueElement, const object &value, const Path &at,
                           WebhookPayload &payload);

    RawBuilder &m_raw;
};

bool Walker::readBody(const element &doc, WebhookPayload &payload)
{
    object root;
    if (doc.get(root) != SUCCESS) {
        error = QStringLiteral("body: expected a JSON object");
        return false;
    }
    const Path top;
    const Path entryPath = top.field("entry");
    element entryElement;
    if (root.at_key("entry").get(entryElement) != SUCCESS)
        return fail(entryPath, "missing");
    array entries;
    if (entryElement.get(entries) != SUCCESS)
        return fail(entryPath, "expected an array");

    size_t i = 0;
    for (element e : entries) {
        const Path entryAt = entryPath.item(i++);
        object entry;
        if (e.get(entry) != SUCCESS)
            return fail(entryAt, "expected an object");
        const Path changesPath = entryAt.field("changes");
        element changesElement;
        if (entry.at_key("changes").get(changesElement) != SUCCESS)
            return fail(changesPath, "missing");
        array changes;
        if (changesElement.get(changes) != SUCCESS)
            return fail(changesPath, "expected an array");
        size_t j = 0;
        for (element c : changes) {
            const Path changeAt = changesPath.item(j++);
            object change;
            if (c.get(change) != SUCCESS)
                return fail(changeAt, "expected an object");
            if (!readChange(change, changeAt, payload))
                return false;
        }
    }
    return true;
}

bool Walker::readChange(const object &change, const Path &at, WebhookPayload &payload)
{
    const std::string_view field = stringOf(change, "field");
    if (field.empty())
        return fail(at.field("field"), "missing");

    element valueElement;
    const bool hasValue = change.at_key("value").get(valueElement) == SUCCESS;
    object value;
    const bool valueIsObject = hasValue && valueElement.get(value) == SUCCESS;

    if (field == "messages") {
        if (!valueIsObject)
            return fail(at.field("value"), hasValue ? "expected an object" : "missing");
        return readMessagesValue(valueElement, value, at.field("value"), payload);
    }

    OtherEvent other;
    other.field = qstr(field);
    object metadata;
    if (valueIsObject && objectOf(value, "metadata", metadata))
        other.phoneNumberId = qstringOf(metadata, "phone_number_id");
    if (hasValue)
        other.rawJson = rawOf(m_raw, valueElement);
    payload.others.append(std::move(other));
    return true;
}

bool Walker::readMessagesValue(const element &valueElement, const object &value, const Path &at,
                               WebhookPayload &payload)
{
    object metadata;
    if (!objectOf(value, "metadata", metadata))
        return fail(at.field("metadata").field("phone_number_id"), "missing");
    const QString phoneNumberId = qstringOf(metadata, "phone_number_id");
    if (phoneNumberId.isEmpty())
        return fail(at.field("metadata").field("phone_number_id"), "missing");
    const QString displayPhoneNumber = qstringOf(metadata, "display_phone_number");

    // Value-level errors travel with the messages or statuses of the same change (Meta uses
    // them to say why a message arrived without its content); alone they are an OtherEvent.
    QList<GraphErrorInfo> valueErrors;
    readErrors(value, valueErrors);

    element messagesElement;
    element statusesElement;
    const bool hasMessages = value.at_key("messages").get(messagesElement) == SUCCESS;
    const bool hasStatuses = value.at_key("statuses").get(statusesElement) == SUCCESS;

    if (hasMessages) {
        const Path messagesPath = at.field("messages");
        array messages;
        if (messagesElement.get(messages) != SUCCESS)
            return fail(messagesPath, "expected an array");
        array contacts;
        const bool hasContacts = arrayOf(value, "contacts", contacts);
        size_t i = 0;
        for (element e : messages) {
            const Path messageAt = messagesPath.item(i++);
            object m;
            if (e.get(m) != SUCCESS)
                return fail(messageAt, "expected an object");
            InboundMessage message;
            if (!readMessage(m, messageAt, message, error))
                return false;
            message.phoneNumberId = phoneNumberId;
            message.displayPhoneNumber = displayPhoneNumber;
            object contact;
            if (hasContacts && senderContact(contacts, stringOf(m, "from"),
                                             stringOf(m, "from_user_id"), contact)) {
                object profile;
                if (objectOf(contact, "profile", profile))
                    message.profileName = qstringOf(profile, "name");
                if (message.fromUserId.isEmpty())
                    message.fromUserId = qstringOf(contact, "user_id");
            }
            message.errors.append(valueErrors);
            message.rawJson = rawOf(m_raw, e);
            payload.messages.append(std::move(message));
        }
    }

    if (hasStatuses) {
        const Path statusesPath = at.field("statuses");
        array statuses;
        if (statusesElement.get(statuses) != SUCCESS)
            return fail(statusesPath, "expected an array");
        size_t i = 0;
        for (element e : statuses) {
            const Path statusAt = statusesPath.item(i++);
            object s;
            if (e.get(s) != SUCCESS)
                return fail(statusAt, "expected an object");
            StatusEvent status;
            if (!readStatus(s, statusAt, status, error))
                return false;
            status.phoneNumberId = phoneNumberId;
            status.errors.append(valueErrors);
            status.rawJson = rawOf(m_raw, e);
            payload.statuses.append(std::move(status));
        }
    }

    if (!hasMessages && !hasStatuses) {
        OtherEvent other;
        other.phoneNumberId = phoneNumberId;
        other.field = QStringLiteral("messages");
        other.rawJson = rawOf(m_raw, valueElement);
        payload.others.append(std::move(other));
    }
    return true;
}

QString parseFailure(simdjson::error_code code)
{
    return QString(u"invalid JSON: " + QString::fromUtf8(simdjson::error_message(code)));
}

} // namespace

struct WebhookParser::Impl
{
    // Reused across bodies: simdjson keeps its tape and padded copy buffer between parses.
    simdjson::dom::parser parser;
    RawBuilder raw;
};

WebhookParser::WebhookParser()
    : m_impl(std::make_unique<Impl>())
{
}

WebhookParser::~WebhookParser() = default;

WebhookParseResult WebhookParser::parse(QByteArrayView body)
{
    try {
        if (body.isEmpty())
            return WebhookParseError{QStringLiteral("invalid JSON: empty body")};
        element doc;
        // realloc_if_needed: a QByteArray does not promise simdjson's padding after its data.
        const auto code = m_impl->parser.parse(body.data(), size_t(body.size()), true).get(doc);
        if (code != SUCCESS)
            return WebhookParseError{parseFailure(code)};
        WebhookPayload payload;
        Walker walker(m_impl->raw);
        if (!walker.readBody(doc, payload))
            return WebhookParseError{walker.error};
        return payload;
    } catch (const std::exception &e) {
        return WebhookParseError{QString(u"internal error: " + QString::fromUtf8(e.what()))};
    } catch (...) {
        return WebhookParseError{QStringLiteral("internal error")};
    }
}

std::variant<InboundMessage, WebhookParseError>
WebhookParser::parseMessage(QByteArrayView rawMessage)
{
    try {
        if (rawMessage.isEmpty())
            return WebhookParseError{QStringLiteral("invalid JSON: empty body")};
        element doc;
        const auto code =
            m_impl->parser.parse(rawMessage.data(), size_t(rawMessage.size()), true).get(doc);
        if (code != SUCCESS)
            return WebhookParseError{parseFailure(code)};
        object m;
        if (doc.get(m) != SUCCESS)
            return WebhookParseError{QStringLiteral("message: expected a JSON object")};
        InboundMessage message;
        QString error;
        if (!readMessage(m, Path{nullptr, "message"}, message, error))
            return WebhookParseError{error};
        // What was stored is what we hand back: re-serialising would not be any more exact.
        message.rawJson = rawMessage.toByteArray();
        return message;
    } catch (const std::exception &e) {
        return WebhookParseError{QString(u"internal error: " + QString::fromUtf8(e.what()))};
    } catch (...) {
        return WebhookParseError{QStringLiteral("internal error")};
    }
}

} // namespace sportello::whatsapp
