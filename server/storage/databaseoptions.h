// SPDX-License-Identifier: LicenseRef-Sportello
// Where and how the database is opened.
#pragma once

#include <QString>

namespace sportello::storage {

struct DatabaseOptions
{
    QString path;                 // SQLite file, e.g. <data-dir>/sportello.db
    bool synchronousFull = false; // FULL also survives power loss, at an fsync per commit
    int busyTimeoutMs = 10000;
};

} // namespace sportello::storage
