// SPDX-License-Identifier: MIT
// Sportello: data of template.send.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::protocol {

// Parameter counts are checked against the template by the hub, which knows the templates.
struct SendTemplateRequest
{
    qint64 conversationId = 0;
    QString name;
    QString language;
    QStringList header;
    QStringList body;
    QStringList buttons;
};

} // namespace sportello::protocol
