// SPDX-License-Identifier: LicenseRef-Sportello
// One service or staff member the business wants recognised, with the other ways to say it.
#pragma once

#include <QString>
#include <QStringList>

#include "nlu/entities/entitytype.h"

namespace sportello::nlu {

struct GazetteerEntry
{
    EntityType type = EntityType::Service; // Service or Staff
    QString canonical;                     // reported as Entity::canonical and Entity::value
    QStringList aliases;                   // other spellings, matched like the canonical name

    friend bool operator==(const GazetteerEntry &, const GazetteerEntry &) = default;
};

} // namespace sportello::nlu
