// SPDX-License-Identifier: LicenseRef-Sportello
// GraphResponseParser: the Graph API's answers (success, error object, garbage) to typed results.
#include <exception>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "whatsapp/graphresponse.h"

namespace sportello::whatsapp {

namespace {

using Json = nlohmann::json;

bool isSuccessStatus(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

QString stringAt(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    const auto &text = it->get_ref<const std::string &>();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Codes are numbers in every documented answer; strings of digits are tolerated.
int intAt(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return 0;
    if (it->is_number_integer()) {
        const auto value = it->get<long long>();
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            return 0;
        return int(value);
    }
    if (it->is_string())
        return stringAt(object, key).toInt();
    return 0;
}

GraphFailure badResponse(int httpStatus, const QString &why)
{
    GraphFailure failure;
    failure.kind = GraphFailure::Kind::BadResponse;
    failure.httpStatus = httpStatus;
    failure.message = why;
    return failure;
}

// Parses without exceptions; anything but a JSON object reads as nullopt.
std::optional<Json> parseObject(QByteArrayView body)
{
    if (body.isEmpty())
        return std::nullopt;
    Json json = Json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    return json;
}

// The Graph error object, when the body carries one.
std::optional<GraphFailure> apiError(int httpStatus, const Json &json)
{
    const auto it = json.find("error");
    if (it == json.end() || !it->is_object())
        return std::nullopt;
    const Json &error = *it;
    GraphFailure failure;
    failure.kind = GraphFailure::Kind::ApiError;
    failure.httpStatus = httpStatus;
    failure.code = intAt(error, "code");
    failure.subcode = intAt(error, "error_subcode");
    failure.type = stringAt(error, "type");
    failure.message = stringAt(error, "message");
    failure.title = stringAt(error, "error_user_title");
    if (failure.title.isEmpty())
        failure.title = stringAt(error, "title");
    const auto data = error.find("error_data");
    if (data != error.end() && data->is_object())
        failure.details = stringAt(*data, "details");
    // Without error_data, the user-facing explanation is the most detailed text there is.
    if (failure.details.isEmpty())
        failure.details = stringAt(error, "error_user_msg");
    failure.fbtraceId = stringAt(error, "fbtrace_id");
    return failure;
}

QString describeUnreadable(QByteArrayView body)
{
    if (body.isEmpty())
        return QStringLiteral("empty body");
    return QStringLiteral("not a JSON object (%1 bytes)").arg(body.size());
}

} // namespace

GraphSendResult GraphResponseParser::parseSend(int httpStatus, QByteArrayView body)
{
    try {
        const std::optional<Json> json = parseObject(body);
        if (!json)
            return badResponse(httpStatus, describeUnreadable(body));
        if (auto failure = apiError(httpStatus, *json))
            return *failure;
        if (!isSuccessStatus(httpStatus))
            return badResponse(httpStatus,
                               QStringLiteral("HTTP %1 without an error object").arg(httpStatus));

        const auto messages = json->find("messages");
        if (messages == json->end() || !messages->is_array() || messages->empty() ||
            !messages->front().is_object())
            return badResponse(httpStatus, QStringLiteral("messages[0]: missing"));
        const Json &message = messages->front();
        GraphSendSuccess success;
        success.wamid = stringAt(message, "id");
        if (success.wamid.isEmpty())
            return badResponse(httpStatus, QStringLiteral("messages[0].id: missing"));
        success.messageStatus = stringAt(message, "message_status");
        const auto contacts = json->find("contacts");
        if (contacts != json->end() && contacts->is_array() && !contacts->empty() &&
            contacts->front().is_object())
            success.contactWaId = stringAt(contacts->front(), "wa_id");
        return success;
    } catch (const std::exception &e) {
        return badResponse(httpStatus, QString::fromUtf8(e.what()));
    }
}

std::variant<bool, GraphFailure> GraphResponseParser::parseMarkRead(int httpStatus,
                                                                    QByteArrayView body)
{
    try {
        const std::optional<Json> json = parseObject(body);
        if (!json)
            return badResponse(httpStatus, describeUnreadable(body));
        if (auto failure = apiError(httpStatus, *json))
            return *failure;
        if (!isSuccessStatus(httpStatus))
            return badResponse(httpStatus,
                               QStringLiteral("HTTP %1 without an error object").arg(httpStatus));
        const auto success = json->find("success");
        if (success == json->end() || !success->is_boolean())
            return badResponse(httpStatus, QStringLiteral("success: missing"));
        return success->get<bool>();
    } catch (const std::exception &e) {
        return badResponse(httpStatus, QString::fromUtf8(e.what()));
    }
}

} // namespace sportello::whatsapp
