// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' intents: catalog, add and remove examples (PROTOCOL.md, "Administering").
#include "agents/hub/intentrequests.h"

#include "agents/agentslog.h"
#include "agents/hub/guardedwork.h"
#include "agents/services/intentservice.h"
#include "agents/services/serviceerror.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"

namespace sportello::agents {

namespace {

using protocol::Envelope;
using protocol::PayloadCodec;
using protocol::RequestCodec;

IntentService service(WorkContext &context)
{
    return IntentService(context.connection, context.config, context.intents);
}

// {"catalog": IntentCatalog, "<countKey>": count}; marks the business changed when count > 0.
WorkResult changed(IntentService &intents, const QString &phoneNumberId, const QString &countKey,
                   int count)
{
    WorkResult result;
    result.reply = QJsonObject{
        {QStringLiteral("catalog"), PayloadCodec::toJson(intents.catalog(phoneNumberId))},
        {countKey, count}};
    if (count > 0)
        result.intentsChanged = phoneNumberId;
    return result;
}

} // namespace

WorkResult IntentRequests::catalog(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::IntentsRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        result.reply =
            QJsonObject{{QStringLiteral("catalog"),
                         PayloadCodec::toJson(service(context).catalog(data->phoneNumberId))}};
        return result;
    });
}

WorkResult IntentRequests::add(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data =
        RequestCodec::parse<protocol::AddIntentExamplesRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        IntentService intents = service(context);
        const QString id = intents.businessId(data->phoneNumberId);
        const int added = intents.add(*data, context.user.username, context.now);
        qCInfo(lcAgents, "%s added %d of %lld examples to intent %s (%s) of business %s",
               qUtf8Printable(context.user.username), added, qlonglong(data->texts.size()),
               qUtf8Printable(data->intent), qUtf8Printable(data->language), qUtf8Printable(id));
        return changed(intents, id, QStringLiteral("added"), added);
    });
}

WorkResult IntentRequests::remove(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data =
        RequestCodec::parse<protocol::RemoveIntentExamplesRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        IntentService intents = service(context);
        const QString id = intents.businessId(data->phoneNumberId);
        const int removed = intents.remove(*data);
        qCInfo(lcAgents, "%s removed %d examples (%s) from business %s",
               qUtf8Printable(context.user.username), removed,
               qUtf8Printable(data->id != 0 ? QStringLiteral("id %1").arg(data->id)
                                            : QStringLiteral("intent %1").arg(data->intent)),
               qUtf8Printable(id));
        return changed(intents, id, QStringLiteral("removed"), removed);
    });
}

} // namespace sportello::agents
