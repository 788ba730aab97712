// SPDX-License-Identifier: LicenseRef-Sportello
// Log level and format for the whole process.
#pragma once

#include <QString>

namespace sportello::app {

// Logs go to stderr, one line each: "2026-11-21T10:00:00.123Z info sportello.ingest: ..." or,
// with format "json", one JSON object per line ({"ts","level","category","message"}) for log
// shippers. Level filters Sportello's categories; Qt's own speak only from warnings up.
class LogSetup
{
public:
    static void apply(const QString &level, const QString &format);
};

} // namespace sportello::app
