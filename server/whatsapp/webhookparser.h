// SPDX-License-Identifier: LicenseRef-Sportello
// The one place where WhatsApp webhook JSON becomes typed structs.
#pragma once

#include <memory>
#include <variant>

#include <QByteArrayView>
#include <QString>

#include "whatsapp/webhookpayload.h"

namespace sportello::whatsapp {

struct WebhookParseError
{
    // Names the JSON path that is wrong, e.g. "entry[0].changes[1].value.messages[0].id: missing".
    QString message;
};

using WebhookParseResult = std::variant<WebhookPayload, WebhookParseError>;

// Parses notification bodies with simdjson (the ingestion hot path). Strict JSON only: Meta
// always sends valid JSON, so anything else is a dead letter, never a guess.
// rawJson members are simdjson's minified re-serialisation of the object: same members in the
// same order, no insignificant whitespace, \u escapes written as UTF-8 (the DOM keeps no
// source offsets to copy the original bytes from).
// Not thread-safe: keep one parser per thread (it reuses its buffers).
class WebhookParser
{
public:
    WebhookParser();
    ~WebhookParser();
    WebhookParser(const WebhookParser &) = delete;
    WebhookParser &operator=(const WebhookParser &) = delete;

    WebhookParseResult parse(QByteArrayView body);

    // Re-reads one stored messages[] object (InboundMessage::rawJson) with the same rules.
    // phoneNumberId, profileName and fromUserId are not part of that object and stay empty
    // (fromUserId unless the object has from_user_id); rawJson is `rawMessage` as passed.
    std::variant<InboundMessage, WebhookParseError> parseMessage(QByteArrayView rawMessage);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace sportello::whatsapp
