// SPDX-License-Identifier: LicenseRef-Sportello
// The business's own vocabulary: the services it sells and the people who work there.
#include "nlu/entities/gazetteer.h"

#include <QJsonArray>

namespace sportello::nlu {

namespace {

void readList(const QJsonArray &array, EntityType type, Gazetteer &gazetteer)
{
    for (const QJsonValue &item : array) {
        if (item.isString()) {
            gazetteer.add(type, item.toString());
            continue;
        }
        const QJsonObject object = item.toObject();
        QStringList aliases;
        for (const QJsonValue &alias : object.value(QStringLiteral("aliases")).toArray()) {
            aliases.append(alias.toString());
        }
        gazetteer.add(type, object.value(QStringLiteral("name")).toString(), aliases);
    }
}

} // namespace

void Gazetteer::addService(const QString &canonical, const QStringList &aliases)
{
    add(EntityType::Service, canonical, aliases);
}

void Gazetteer::addStaff(const QString &canonical, const QStringList &aliases)
{
    add(EntityType::Staff, canonical, aliases);
}

void Gazetteer::add(EntityType type, const QString &canonical, const QStringList &aliases)
{
    if ((type != EntityType::Service && type != EntityType::Staff) ||
        canonical.trimmed().isEmpty()) {
        return;
    }
    QStringList cleaned;
    for (const QString &alias : aliases) {
        if (!alias.trimmed().isEmpty()) {
            cleaned.append(alias.trimmed());
        }
    }
    m_entries.append(GazetteerEntry{type, canonical.trimmed(), cleaned});
}

Gazetteer Gazetteer::fromJson(const QJsonObject &json)
{
    Gazetteer gazetteer;
    readList(json.value(QStringLiteral("services")).toArray(), EntityType::Service, gazetteer);
    readList(json.value(QStringLiteral("staff")).toArray(), EntityType::Staff, gazetteer);
    return gazetteer;
}

QJsonObject Gazetteer::toJson() const
{
    QJsonArray services;
    QJsonArray staff;
    for (const GazetteerEntry &entry : m_entries) {
        QJsonObject object{{QStringLiteral("name"), entry.canonical}};
        if (!entry.aliases.isEmpty()) {
            object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(entry.aliases));
        }
        (entry.type == EntityType::Staff ? staff : services).append(object);
    }
    return QJsonObject{{QStringLiteral("services"), services}, {QStringLiteral("staff"), staff}};
}

} // namespace sportello::nlu
