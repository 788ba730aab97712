// SPDX-License-Identifier: LicenseRef-Sportello
// Fixture access for the WhatsApp wire-format tests (pywa copies, Meta's examples beside the repo).
#include "whatsapptestdata.h"

#include <algorithm>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sportello::whatsapp::testdata {

QString pywaDir()
{
    return QStringLiteral(SPORTELLO_TEST_DATA_DIR "/pywa");
}

QString metaPostmanDir()
{
    const QString dir =
        QStringLiteral(SPORTELLO_SHARED_DATA_DIR "/whatsapp_cloud_api/meta_postman");
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString fbsamplesDir()
{
    const QString dir = QStringLiteral(SPORTELLO_SHARED_DATA_DIR
                                       "/whatsapp_cloud_api/fbsamples_whatsapp_api_examples");
    return QFileInfo(dir).isDir() ? dir : QString();
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

std::optional<OrderedJson> readJson(const QString &path)
{
    const auto bytes = readFile(path);
    if (!bytes)
        return std::nullopt;
    OrderedJson json = OrderedJson::parse(bytes->cbegin(), bytes->cend(), nullptr, false);
    if (json.is_discarded())
        return std::nullopt;
    return json;
}

QByteArray dump(const OrderedJson &json)
{
    const std::string text = json.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

std::vector<PywaFixture> loadPywaFixtures()
{
    std::vector<PywaFixture> fixtures;
    const QDir dir(pywaDir());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto json = readJson(dir.filePath(fileName));
        if (!json || !json->is_object())
            continue;
        const std::string stem = QFileInfo(fileName).completeBaseName().toStdString();
        for (const auto &[name, value] : json->items()) {
            const OrderedJson *body = &value;
            // template_components_update.json nests its body one level deeper ({"all": {...}}).
            if (body->is_object() && !body->contains("entry") && body->size() == 1 &&
                body->begin()->is_object() && body->begin()->contains("entry"))
                body = &*body->begin();
            fixtures.push_back(PywaFixture{stem, name, dump(*body)});
        }
    }
    return fixtures;
}

QByteArray pywaBody(std::string_view file, std::string_view name)
{
    static const std::vector<PywaFixture> all = loadPywaFixtures();
    const auto it = std::find_if(all.begin(), all.end(), [&](const PywaFixture &f) {
        return f.file == file && f.name == name;
    });
    return it == all.end() ? QByteArray() : it->body;
}

namespace {

bool isDigits(const OrderedJson &value)
{
    if (value.is_number_unsigned())
        return true;
    if (!value.is_string())
        return false;
    const auto &text = value.get_ref<const std::string &>();
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

int replacePlaceholderTimestamps(OrderedJson &body, const std::string &seconds)
{
    int replaced = 0;
    if (!body.contains("entry") || !body["entry"].is_array())
        return 0;
    for (auto &entry : body["entry"]) {
        if (!entry.contains("changes"))
            continue;
        for (auto &change : entry["changes"]) {
            if (!change.contains("value"))
                continue;
            for (const char *list : {"messages", "statuses"}) {
                if (!change["value"].contains(list))
                    continue;
                for (auto &item : change["value"][list]) {
                    if (item.contains("timestamp") && !isDigits(item["timestamp"])) {
                        item["timestamp"] = seconds;
                        ++replaced;
                    }
                }
            }
        }
    }
    return replaced;
}

WebhookPayload parsedOrFail(WebhookParser &parser, const QByteArray &body)
{
    auto result = parser.parse(body);
    if (const auto *error = std::get_if<WebhookParseError>(&result)) {
        ADD_FAILURE() << "refused: " << error->message.toStdString();
        return {};
    }
    return std::get<WebhookPayload>(std::move(result));
}

QString errorOrFail(WebhookParser &parser, const QByteArray &body)
{
    auto result = parser.parse(body);
    if (const auto *error = std::get_if<WebhookParseError>(&result))
        return error->message;
    ADD_FAILURE() << "accepted a body that should have been refused: "
                  << body.left(200).toStdString();
    return {};
}

} // namespace sportello::whatsapp::testdata
