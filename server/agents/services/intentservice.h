// SPDX-License-Identifier: LicenseRef-Sportello
// The intents a business's model learns: the default taxonomy plus the examples it adds.
#pragma once

#include <QString>

#include "protocol/intentcatalog.h"
#include "protocol/requests/addintentexamplesrequest.h"
#include "protocol/requests/removeintentexamplesrequest.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::nlu {
class IntentModelRegistry;
struct IntentModelStatus;
} // namespace sportello::nlu
namespace sportello::storage {
class SqlConnection;
}

namespace sportello::agents {

// Runs on the caller's connection and transaction, like the other services; requests arrive
// validated by RequestCodec, and what only the configuration or the database can tell (an
// unknown business, a language the business does not speak, an example that is not there)
// throws ServiceError naming the field. It never retrains: the examples it changed are only
// visible to the training thread once the caller's transaction commits.
// An empty phone_number_id means the first configured business, as for the settings.
class IntentService
{
public:
    // `registry` may be null (no models: the catalog says "none").
    IntentService(storage::SqlConnection &connection, const config::ServerConfig &config,
                  const nlu::IntentModelRegistry *registry);

    // The configured business `phoneNumberId` names (the first one when empty).
    QString businessId(const QString &phoneNumberId) const;

    // The model's state as the registry tells it now.
    protocol::IntentCatalog catalog(const QString &phoneNumberId);
    // With a state seen earlier (the registry's statusChanged, which may be stale by now).
    protocol::IntentCatalog catalog(const QString &phoneNumberId,
                                    const nlu::IntentModelStatus &status);

    // How many were stored; texts the business already has in that language are skipped.
    int add(const protocol::AddIntentExamplesRequest &request, const QString &username, qint64 now);
    // How many were removed (at least one, or it throws).
    int remove(const protocol::RemoveIntentExamplesRequest &request);

    static protocol::IntentModelInfo modelInfo(const nlu::IntentModelStatus &status);

private:
    storage::SqlConnection &m_connection;
    const config::ServerConfig &m_config;
    const nlu::IntentModelRegistry *m_registry;
};

} // namespace sportello::agents
