// SPDX-License-Identifier: LicenseRef-Sportello
// One typed thing found in a customer's message, with its span and normalised value.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

#include "nlu/entities/entitytype.h"

namespace sportello::nlu {

struct Entity
{
    EntityType type = EntityType::DateTime;
    qsizetype start = 0; // span in the message, in UTF-16 code units
    qsizetype length = 0;
    QString text; // exactly as the customer wrote it
    // Normalised: ISO 8601 with offset for datetimes and times ("2026-03-05T10:00:00+01:00"),
    // ISO date for dates, "1200.50 EUR", E.164 (or bare digits), lowercase e-mail, the
    // reference token, the gazetteer's canonical name.
    QString value;
    QString end;       // ISO 8601 end of a range or a part of the day; empty otherwise
    QString canonical; // service or staff name as the business spells it; empty otherwise

    qsizetype endPosition() const { return start + length; }

    // Keys: type, start, length, text, value, and end/canonical only when not empty.
    QJsonObject toJson() const;
    // nullopt when the type is unknown or the span is negative.
    static std::optional<Entity> fromJson(const QJsonObject &json);

    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace sportello::nlu
