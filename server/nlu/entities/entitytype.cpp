// SPDX-License-Identifier: LicenseRef-Sportello
// The kinds of things the entity extractor finds in a customer's message.
#include "nlu/entities/entitytype.h"

#include <array>

namespace sportello::nlu {

namespace {

struct TypeName
{
    EntityType type;
    const char16_t *name;
};

constexpr std::array<TypeName, 9> kNames{{
    {EntityType::DateTime, u"datetime"},
    {EntityType::Date, u"date"},
    {EntityType::Time, u"time"},
    {EntityType::Money, u"money"},
    {EntityType::Email, u"email"},
    {EntityType::Phone, u"phone"},
    {EntityType::Reference, u"reference"},
    {EntityType::Service, u"service"},
    {EntityType::Staff, u"staff"},
}};

} // namespace

QString toString(EntityType type)
{
    for (const TypeName &entry : kNames) {
        if (entry.type == type) {
            return QString::fromUtf16(entry.name);
        }
    }
    return {};
}

std::optional<EntityType> entityTypeFromString(const QString &name)
{
    for (const TypeName &entry : kNames) {
        if (name.compare(QString::fromUtf16(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.type;
        }
    }
    return std::nullopt;
}

} // namespace sportello::nlu
