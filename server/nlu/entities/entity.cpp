// SPDX-License-Identifier: LicenseRef-Sportello
// One typed thing found in a customer's message, with its span and normalised value.
#include "nlu/entities/entity.h"

namespace sportello::nlu {

QJsonObject Entity::toJson() const
{
    QJsonObject json{
        {QStringLiteral("type"), toString(type)},
        {QStringLiteral("start"), static_cast<qint64>(start)},
        {QStringLiteral("length"), static_cast<qint64>(length)},
        {QStringLiteral("text"), text},
        {QStringLiteral("value"), value},
    };
    if (!end.isEmpty()) {
        json.insert(QStringLiteral("end"), end);
    }
    if (!canonical.isEmpty()) {
        json.insert(QStringLiteral("canonical"), canonical);
    }
    return json;
}

std::optional<Entity> Entity::fromJson(const QJsonObject &json)
{
    const std::optional<EntityType> type =
        entityTypeFromString(json.value(QStringLiteral("type")).toString());
    if (!type) {
        return std::nullopt;
    }
    Entity entity;
    entity.type = *type;
    entity.start = json.value(QStringLiteral("start")).toInteger(-1);
    entity.length = json.value(QStringLiteral("length")).toInteger(-1);
    if (entity.start < 0 || entity.length < 0) {
        return std::nullopt;
    }
    entity.text = json.value(QStringLiteral("text")).toString();
    entity.value = json.value(QStringLiteral("value")).toString();
    entity.end = json.value(QStringLiteral("end")).toString();
    entity.canonical = json.value(QStringLiteral("canonical")).toString();
    return entity;
}

} // namespace sportello::nlu
