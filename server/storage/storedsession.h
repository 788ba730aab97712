// SPDX-License-Identifier: LicenseRef-Sportello
// A login session's row, with its user.
#pragma once

#include <QString>

#include "storage/storeduser.h"

namespace sportello::storage {

struct StoredSession
{
    QString tokenHash; // SHA-256 hex of the token; the token itself is never stored
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 lastUsedAt = 0;
    StoredUser user;
};

} // namespace sportello::storage
