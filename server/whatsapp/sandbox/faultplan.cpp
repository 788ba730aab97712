// SPDX-License-Identifier: LicenseRef-Sportello
// A failure the sandbox Graph API emulator injects into the next send requests.
#include "whatsapp/sandbox/faultplan.h"

#include <array>
#include <utility>

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sportello::whatsapp::sandbox {

namespace {

struct ModeInfo
{
    FaultPlan::Mode mode;
    QLatin1StringView name;
    int code;
};

constexpr std::array kModes{
    ModeInfo{FaultPlan::Mode::None, "none"_L1, 0},
    ModeInfo{FaultPlan::Mode::RateLimit, "429"_L1, 130429},
    ModeInfo{FaultPlan::Mode::ServerError, "500"_L1, 1},
    ModeInfo{FaultPlan::Mode::ReEngagement, "131047"_L1, 131047},
    ModeInfo{FaultPlan::Mode::ReEngagementAsync, "131047_async"_L1, 131047},
    ModeInfo{FaultPlan::Mode::Undeliverable, "131026"_L1, 131026},
    ModeInfo{FaultPlan::Mode::MarketingOptOut, "131050"_L1, 131050},
    ModeInfo{FaultPlan::Mode::PairRateLimit, "131056"_L1, 131056},
    ModeInfo{FaultPlan::Mode::MaintenanceMode, "131057"_L1, 131057},
    ModeInfo{FaultPlan::Mode::Slow, "slow"_L1, 0},
    ModeInfo{FaultPlan::Mode::Timeout, "timeout"_L1, 0},
    ModeInfo{FaultPlan::Mode::BadJson, "bad_json"_L1, 0},
    ModeInfo{FaultPlan::Mode::Generic, "error"_L1, 0},
};

// JSON numbers are doubles: accept only integral values that fit an int.
std::optional<int> integerField(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)) || d < -2147483648.0 || d > 2147483647.0)
        return std::nullopt;
    return static_cast<int>(d);
}

bool fail(QString *errorField, QString *errorMessage, const QString &field, const QString &message)
{
    if (errorField)
        *errorField = field;
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

bool FaultPlan::deliversAnyway() const
{
    if (deliver)
        return *deliver;
    return mode == Mode::BadJson;
}

bool FaultPlan::failsAsynchronously() const
{
    return mode == Mode::ReEngagementAsync || (mode == Mode::Generic && async);
}

int FaultPlan::errorCode() const
{
    if (mode == Mode::Generic)
        return code;
    for (const auto &info : kModes) {
        if (info.mode == mode)
            return info.code;
    }
    return 0;
}

QString FaultPlan::modeName(Mode mode)
{
    for (const auto &info : kModes) {
        if (info.mode == mode)
            return QString(info.name);
    }
    return u"none"_s;
}

std::optional<FaultPlan::Mode> FaultPlan::modeFromName(const QString &name)
{
    for (const auto &info : kModes) {
        if (name == info.name)
            return info.mode;
    }
    return std::nullopt;
}

QStringList FaultPlan::modeNames()
{
    QStringList names;
    for (const auto &info : kModes)
        names.append(QString(info.name));
    return names;
}

QJsonObject FaultPlan::toJson() const
{
    QJsonObject json{
        {u"mode"_s, modeName(mode)},      {u"count"_s, count},
        {u"delay_ms"_s, delayMs},         {u"include_mark_read"_s, includeMarkRead},
        {u"deliver"_s, deliversAnyway()},
    };
    if (mode == Mode::Generic) {
        json.insert(u"http_status"_s, httpStatus);
        json.insert(u"code"_s, code);
        if (subcode != 0)
            json.insert(u"subcode"_s, subcode);
        if (!message.isEmpty())
            json.insert(u"message"_s, message);
        json.insert(u"async"_s, async);
    }
    return json;
}

std::optional<FaultPlan> FaultPlan::fromJson(const QJsonObject &json, QString *errorField,
                                             QString *errorMessage)
{
    FaultPlan plan;

    const QJsonValue modeValue = json.value("mode"_L1);
    if (!modeValue.isString()) {
        fail(errorField, errorMessage, u"mode"_s,
             u"mode is required, one of: "_s + modeNames().join(u", "_s));
        return std::nullopt;
    }
    const auto mode = modeFromName(modeValue.toString());
    if (!mode) {
        fail(errorField, errorMessage, u"mode"_s,
             u"unknown mode '%1', expected one of: %2"_s.arg(modeValue.toString(),
                                                             modeNames().join(u", "_s)));
        return std::nullopt;
    }
    plan.mode = *mode;

    const auto readInt = [&](QLatin1StringView key, int min, int max, int *target) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        const auto number = integerField(value);
        if (!number || *number < min || *number > max) {
            return fail(
                errorField, errorMessage, QString(key),
                u"%1 must be an integer between %2 and %3"_s.arg(QString(key)).arg(min).arg(max));
        }
        *target = *number;
        return true;
    };
    const auto readBool = [&](QLatin1StringView key, bool *target) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isBool())
            return fail(errorField, errorMessage, QString(key),
                        QString(key) + u" must be a boolean"_s);
        *target = value.toBool();
        return true;
    };

    if (!readInt("count"_L1, -1, 1000000, &plan.count) ||
        !readInt("delay_ms"_L1, 0, 600000, &plan.delayMs) ||
        !readBool("include_mark_read"_L1, &plan.includeMarkRead) ||
        !readInt("http_status"_L1, 200, 599, &plan.httpStatus) ||
        !readInt("code"_L1, 0, 2147483647, &plan.code) ||
        !readInt("subcode"_L1, 0, 2147483647, &plan.subcode) ||
        !readBool("async"_L1, &plan.async)) {
        return std::nullopt;
    }

    const QJsonValue messageValue = json.value("message"_L1);
    if (!messageValue.isUndefined() && !messageValue.isNull()) {
        if (!messageValue.isString()) {
            fail(errorField, errorMessage, u"message"_s, u"message must be a string"_s);
            return std::nullopt;
        }
        plan.message = messageValue.toString();
    }

    const QJsonValue deliverValue = json.value("deliver"_L1);
    if (!deliverValue.isUndefined() && !deliverValue.isNull()) {
        if (!deliverValue.isBool()) {
            fail(errorField, errorMessage, u"deliver"_s, u"deliver must be a boolean"_s);
            return std::nullopt;
        }
        plan.deliver = deliverValue.toBool();
    }

    if (plan.mode == Mode::Generic && plan.code == 0) {
        fail(errorField, errorMessage, u"code"_s, u"mode 'error' needs a Graph error code"_s);
        return std::nullopt;
    }
    if (plan.mode == Mode::Generic && !plan.async && plan.httpStatus < 400) {
        fail(errorField, errorMessage, u"http_status"_s,
             u"mode 'error' answers an HTTP error status (400-599)"_s);
        return std::nullopt;
    }
    if (plan.mode == Mode::Slow && plan.delayMs <= 0)
        plan.delayMs = 2000;
    return plan;
}

} // namespace sportello::whatsapp::sandbox
