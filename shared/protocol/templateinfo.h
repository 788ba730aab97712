// SPDX-License-Identifier: MIT
// Sportello: a message template an agent can send outside the window.
#pragma once

#include <QList>
#include <QString>

namespace sportello::protocol {

struct TemplateInfo
{
    QString name;
    QString language;
    QString category;
    int headerParams = 0;
    int bodyParams = 0;
    QList<int> buttonParams; // per button index
};

} // namespace sportello::protocol
