// SPDX-License-Identifier: LicenseRef-Sportello
// The kinds of things the entity extractor finds in a customer's message.
#pragma once

#include <optional>

#include <QString>

namespace sportello::nlu {

enum class EntityType
{
    DateTime, // a date with a time, a part of the day or a relative offset ("domani alle 10")
    Date,     // a day without a time ("lunedì prossimo", "il 3 marzo")
    Time,     // a time without a date; the value still carries the day it was resolved to
    Money,
    Email,
    Phone,
    Reference, // booking/order/case references
    Service,   // from the business's gazetteer
    Staff,     // from the business's gazetteer
};

// Lowercase names shared with the protocol ("datetime", "money", ...).
QString toString(EntityType type);
std::optional<EntityType> entityTypeFromString(const QString &name);

} // namespace sportello::nlu
