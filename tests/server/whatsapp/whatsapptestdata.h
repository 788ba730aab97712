// SPDX-License-Identifier: LicenseRef-Sportello
// Fixture access for the WhatsApp wire-format tests (pywa copies, Meta's examples beside the repo).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include "whatsapp/webhookparser.h"

// Readable gtest failures for QString comparisons.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace sportello::whatsapp::testdata {

// Keeps members in file order, so bodies serialise back the way Meta would send them.
using OrderedJson = nlohmann::ordered_json;

// One named webhook body of pywa's test-suite (tests/data/updates/*.json, MIT, copied into
// tests/fixtures/pywa with its LICENSE).
struct PywaFixture
{
    std::string file; // "message" for message.json
    std::string name; // "text"
    QByteArray body;  // the full webhook body, serialised back to bytes
};

inline void PrintTo(const PywaFixture &fixture, std::ostream *os)
{
    *os << fixture.file << "/" << fixture.name;
}

QString pywaDir();
// Meta's examples are not redistributable and live beside the repository: empty when absent.
QString metaPostmanDir();
QString fbsamplesDir();

std::optional<QByteArray> readFile(const QString &path);
std::optional<OrderedJson> readJson(const QString &path);
QByteArray dump(const OrderedJson &json);

std::vector<PywaFixture> loadPywaFixtures();
// The body of one fixture; empty when it does not exist.
QByteArray pywaBody(std::string_view file, std::string_view name);

// Meta's documentation examples use placeholders ("<TIMESTAMP>") where the API sends Unix
// seconds; replaces every non-numeric messages[]/statuses[] timestamp with `seconds`.
// Returns how many were replaced.
int replacePlaceholderTimestamps(OrderedJson &body, const std::string &seconds);

// Parses `body`, recording a test failure (with the parser's message) when it is refused.
WebhookPayload parsedOrFail(WebhookParser &parser, const QByteArray &body);
// The parser's error message, or a test failure and an empty string when it was accepted.
QString errorOrFail(WebhookParser &parser, const QByteArray &body);

} // namespace sportello::whatsapp::testdata
