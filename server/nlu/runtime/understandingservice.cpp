// SPDX-License-Identifier: LicenseRef-Sportello
// The understanding components one server shares between its pipeline threads.
#include "nlu/runtime/understandingservice.h"

#include "config/serverconfig.h"
#include "nlu/nlulog.h"

namespace sportello::nlu {

UnderstandingService::UnderstandingService(const config::ServerConfig &config,
                                           IntentModelRegistry *intents)
    : m_intents(intents)
{
    for (const auto &business : config.businesses) {
        Gazetteer gazetteer;
        for (const auto &service : business.services)
            gazetteer.addService(service.name, service.aliases);
        for (const auto &member : business.staff)
            gazetteer.addStaff(member.name, member.aliases);
        m_entities.insert(business.phoneNumberId, std::make_shared<EntityExtractor>(gazetteer));
        qCDebug(lcNlu, "business %s: %d service(s), %d staff name(s) for entities",
                qUtf8Printable(business.phoneNumberId), int(business.services.size()),
                int(business.staff.size()));
    }
}

UnderstandingService::~UnderstandingService() = default;

const EntityExtractor *UnderstandingService::entityExtractor(const QString &phoneNumberId) const
{
    const auto it = m_entities.constFind(phoneNumberId);
    return it == m_entities.constEnd() ? nullptr : it->get();
}

} // namespace sportello::nlu
