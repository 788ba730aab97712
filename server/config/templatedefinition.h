// SPDX-License-Identifier: LicenseRef-Sportello
// A message template the business had approved by Meta, as configured in Sportello.
#pragma once

#include <QList>
#include <QString>

namespace sportello::config {

// Only what the outbox gate needs to refuse a mismatched send locally (error 132000 at
// Meta): how many parameters each component takes.
struct TemplateDefinition
{
    QString name;
    QString language; // e.g. "it", "en_US"
    QString category; // marketing, utility, authentication
    int headerParameters = 0;
    int bodyParameters = 0;
    QList<int> buttonParameters; // per button index
};

} // namespace sportello::config
