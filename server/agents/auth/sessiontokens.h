// SPDX-License-Identifier: LicenseRef-Sportello
// Console session tokens: how they are made and how they are stored.
#pragma once

#include <QString>

namespace sportello::agents {

// A token is 256 random bits, base64url without padding (43 characters). Only its SHA-256
// (lower-case hex) is stored, so a copy of the database does not let anyone log in.
class SessionTokens
{
public:
    static constexpr qint64 kLifetimeMs = 12LL * 60 * 60 * 1000; // sliding: from the last use

    static QString generate();
    static QString hash(const QString &token);
    // The right length and alphabet; anything else is refused without a database lookup.
    static bool looksValid(const QString &token);
};

} // namespace sportello::agents
