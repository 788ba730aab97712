// SPDX-License-Identifier: LicenseRef-Sportello
// The intents a business's model learns: the default taxonomy plus the examples it adds.
#include "agents/services/intentservice.h"

#include <mutex>

#include <QHash>
#include <QMap>
#include <QSet>

#include "agents/services/businessresolver.h"
#include "agents/services/serviceerror.h"
#include "config/serverconfig.h"
#include "nlu/runtime/intentmodelregistry.h"
#include "nlu/runtime/intentmodelstatus.h"
#include "storage/intentexamplerepository.h"

namespace sportello::agents {

namespace {

using protocol::IntentCatalog;
using protocol::IntentInfo;
using State = nlu::IntentModelStatus::State;

// The default taxonomy is compiled in and never changes while the server runs, but reading
// it parses thousands of CSV rows: counted once per set of languages, not per catalog.
QHash<QString, int> defaultCounts(const QStringList &languages)
{
    static std::mutex mutex;
    static QHash<QString, QHash<QString, int>> cache;
    const QString key = languages.join(u',');
    {
        std::lock_guard lock(mutex);
        const auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return *it;
    }
    QHash<QString, int> counts;
    for (const auto &example : nlu::IntentModelRegistry::defaultExamples(languages))
        ++counts[example.label];
    std::lock_guard lock(mutex);
    cache.insert(key, counts);
    return counts;
}

QString stateName(State state)
{
    switch (state) {
    case State::None:
        return QStringLiteral("none");
    case State::Training:
        return QStringLiteral("training");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("none");
}

} // namespace

IntentService::IntentService(storage::SqlConnection &connection, const config::ServerConfig &config,
                             const nlu::IntentModelRegistry *registry)
    : m_connection(connection)
    , m_config(config)
    , m_registry(registry)
{
}

QString IntentService::businessId(const QString &phoneNumberId) const
{
    return BusinessResolver::require(m_config, phoneNumberId);
}

protocol::IntentModelInfo IntentService::modelInfo(const nlu::IntentModelStatus &status)
{
    protocol::IntentModelInfo info;
    info.state = stateName(status.state);
    info.examples = status.examples;
    info.intents = status.intents;
    info.customExamples = status.customExamples;
    info.trainSeconds = status.trainSeconds;
    info.readyAt = status.readyAt;
    info.error = status.error;
    return info;
}

IntentCatalog IntentService::catalog(const QString &phoneNumberId)
{
    const QString id = businessId(phoneNumberId);
    return catalog(id, m_registry ? m_registry->status(id) : nlu::IntentModelStatus{});
}

IntentCatalog IntentService::catalog(const QString &phoneNumberId,
                                     const nlu::IntentModelStatus &status)
{
    const QString id = businessId(phoneNumberId);
    const auto *business = m_config.business(id);
    IntentCatalog catalog;
    catalog.phoneNumberId = id;
    catalog.languages = business->languages;
    catalog.model = modelInfo(status);

    // QMap: the catalog is sorted by name.
    QMap<QString, IntentInfo> intents;
    const auto counts = defaultCounts(business->languages);
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        IntentInfo &info = intents[it.key()];
        info.name = it.key();
        info.defaultExamples = it.value();
    }
    for (const auto &example : storage::IntentExampleRepository(m_connection).forBusiness(id)) {
        IntentInfo &info = intents[example.intent];
        info.name = example.intent;
        info.custom.append(
            {example.id, example.language, example.text, example.createdBy, example.createdAt});
    }
    catalog.intents = intents.values();
    return catalog;
}

int IntentService::add(const protocol::AddIntentExamplesRequest &request, const QString &username,
                       qint64 now)
{
    const QString id = businessId(request.phoneNumberId);
    const auto *business = m_config.business(id);
    if (!business->languages.contains(request.language)) {
        throw ServiceError::badRequest(
            QStringLiteral("data.language"),
            QStringLiteral("data.language must be one of the business's languages: %1")
                .arg(business->languages.join(QStringLiteral(", "))));
    }
    storage::IntentExampleRepository repository(m_connection);
    int added = 0;
    QSet<QString> seen;
    for (const QString &text : request.texts) {
        if (seen.contains(text))
            continue;
        seen.insert(text);
        storage::IntentExample example;
        example.phoneNumberId = id;
        example.intent = request.intent;
        example.language = request.language;
        example.text = text;
        example.createdBy = username;
        example.createdAt = now;
        if (repository.add(example) != 0)
            ++added;
    }
    return added;
}

int IntentService::remove(const protocol::RemoveIntentExamplesRequest &request)
{
    const QString id = businessId(request.phoneNumberId);
    storage::IntentExampleRepository repository(m_connection);
    if (request.id != 0) {
        if (!repository.remove(id, request.id)) {
            throw ServiceError::notFound(
                QStringLiteral("data.id"),
                QStringLiteral("the business has no example with id %1").arg(request.id));
        }
        return 1;
    }
    const int removed = repository.removeIntent(id, request.intent);
    if (removed > 0)
        return removed;
    if (nlu::IntentModelRegistry::defaultIntents().contains(request.intent)) {
        throw ServiceError::badRequest(
            QStringLiteral("data.intent"),
            QStringLiteral("%1 is an intent of the default taxonomy: its shipped examples cannot "
                           "be removed, and the business has added none to it")
                .arg(request.intent));
    }
    throw ServiceError::notFound(
        QStringLiteral("data.intent"),
        QStringLiteral("the business has no intent called %1").arg(request.intent));
}

} // namespace sportello::agents
