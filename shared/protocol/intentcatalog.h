// SPDX-License-Identifier: MIT
// Sportello: a business's intents, their examples and its model's state (intents.get).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "protocol/intentinfo.h"
#include "protocol/intentmodelinfo.h"

namespace sportello::protocol {

struct IntentCatalog
{
    QString phoneNumberId;
    // The business's languages: the ones examples may be added in.
    QStringList languages;
    IntentModelInfo model;
    QList<IntentInfo> intents; // sorted by name

    const IntentInfo *intent(const QString &name) const
    {
        for (const auto &info : intents) {
            if (info.name == name)
                return &info;
        }
        return nullptr;
    }
};

} // namespace sportello::protocol
