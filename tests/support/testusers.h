// SPDX-License-Identifier: LicenseRef-Sportello
// TestUsers: console accounts written straight into a test database, with cheap hashes.
#pragma once

#include <QString>

#include "domain/agentrole.h"

namespace sportello::storage {
class Database;
}

namespace sportello::test {

// The production hasher spends ~0.1 s per password on purpose; these accounts use
// PasswordHasher::insecureForTests so that logging in costs tests nothing. The stored hash
// carries its iteration count, so the server verifies it as it would any other.
class TestUsers
{
public:
    // The new user's id. Fails the test if the name is taken.
    static qint64 add(storage::Database &database, const QString &username, const QString &password,
                      AgentRole role = AgentRole::Agent);
};

} // namespace sportello::test
