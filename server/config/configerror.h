// SPDX-License-Identifier: LicenseRef-Sportello
// Why a configuration was refused, naming the key.
#pragma once

#include <QString>

namespace sportello::config {

struct ConfigError
{
    QString key;     // "server.port", "businesses[0].time_zone", "SPORTELLO_SERVER_PORT"
    QString message; // never contains a secret's value
    QString text() const { return key.isEmpty() ? message : key + QStringLiteral(": ") + message; }
};

} // namespace sportello::config
