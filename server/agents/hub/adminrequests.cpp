// SPDX-License-Identifier: LicenseRef-Sportello
// Settings, canned responses, users and the dashboard (PROTOCOL.md, "Administering").
#include "agents/hub/adminrequests.h"

#include <QJsonArray>

#include "agents/hub/guardedwork.h"
#include "agents/services/dashboardservice.h"
#include "agents/services/serviceerror.h"
#include "agents/services/settingsservice.h"
#include "agents/services/userservice.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"

namespace sportello::agents {

namespace {

using protocol::Envelope;
using protocol::PayloadCodec;
using protocol::RequestCodec;

template <typename T>
QJsonArray jsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const auto &value : values)
        array.append(PayloadCodec::toJson(value));
    return array;
}

QJsonArray usersJson(WorkContext &context, UserService &users)
{
    auto list = users.list();
    for (auto &user : list)
        user.online = context.onlineUsers.contains(user.username);
    return jsonArray(list);
}

WorkResult cannedChanged(const QList<protocol::CannedResponse> &canned)
{
    WorkResult result;
    const QJsonArray list = jsonArray(canned);
    result.reply = QJsonObject{{QStringLiteral("canned"), list}};
    result.events.append(
        {QStringLiteral("settings.changed"), QJsonObject{{QStringLiteral("canned"), list}}});
    return result;
}

} // namespace

WorkResult AdminRequests::settings(WorkContext &context, const Envelope &)
{
    return guardedWork([&] {
        SettingsService service(context.connection, context.config);
        WorkResult result;
        result.reply = QJsonObject{
            {QStringLiteral("user"), PayloadCodec::toJson(service.userSettings(context.user.id))},
            {QStringLiteral("business"), PayloadCodec::toJson(service.businessSettings())}};
        return result;
    });
}

WorkResult AdminRequests::setUserSettings(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::UserSettings>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        const auto saved = SettingsService(context.connection, context.config)
                               .setUserSettings(context.user.id, *data, context.now);
        result.reply = QJsonObject{{QStringLiteral("user"), PayloadCodec::toJson(saved)}};
        return result;
    });
}

WorkResult AdminRequests::setBusinessSettings(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::BusinessSettings>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        const QJsonObject saved =
            PayloadCodec::toJson(SettingsService(context.connection, context.config)
                                     .setBusinessSettings(*data, context.now));
        result.reply = QJsonObject{{QStringLiteral("business"), saved}};
        result.events.append(
            {QStringLiteral("settings.changed"), QJsonObject{{QStringLiteral("business"), saved}}});
        return result;
    });
}

WorkResult AdminRequests::listCanned(WorkContext &context, const Envelope &)
{
    return guardedWork([&] {
        WorkResult result;
        result.reply = QJsonObject{
            {QStringLiteral("canned"),
             jsonArray(SettingsService(context.connection, context.config).cannedResponses())}};
        return result;
    });
}

WorkResult AdminRequests::saveCanned(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::SaveCannedRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        return cannedChanged(SettingsService(context.connection, context.config)
                                 .saveCanned(data->canned, context.now));
    });
}

WorkResult AdminRequests::removeCanned(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::RemoveCannedRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        return cannedChanged(
            SettingsService(context.connection, context.config).removeCanned(data->id));
    });
}

WorkResult AdminRequests::listUsers(WorkContext &context, const Envelope &)
{
    return guardedWork([&] {
        UserService users(context.connection, context.hasher);
        WorkResult result;
        result.reply = QJsonObject{{QStringLiteral("users"), usersJson(context, users)}};
        return result;
    });
}

WorkResult AdminRequests::addUser(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::AddUserRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        UserService users(context.connection, context.hasher);
        users.add(*data, context.now, context.passwordHash);
        result.reply = QJsonObject{{QStringLiteral("users"), usersJson(context, users)}};
        return result;
    });
}

WorkResult AdminRequests::updateUser(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::UpdateUserRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        UserService users(context.connection, context.hasher);
        result.changedUser = users.update(*data, context.now, context.passwordHash);
        result.sessionsRevoked = users.revokedSessions();
        result.reply = QJsonObject{{QStringLiteral("users"), usersJson(context, users)}};
        return result;
    });
}

WorkResult AdminRequests::dashboard(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::DashboardRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        const QString timeZone =
            SettingsService(context.connection, context.config).businessSettings().timeZone;
        result.reply = PayloadCodec::toJson(
            DashboardService(context.connection).compute(data->days, timeZone, context.now));
        return result;
    });
}

} // namespace sportello::agents
