// SPDX-License-Identifier: LicenseRef-Sportello
// TestUsers: console accounts written straight into a test database, with cheap hashes.
#include "support/testusers.h"

#include <gtest/gtest.h>

#include <QDateTime>

#include "agents/auth/passwordhasher.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace sportello::test {

qint64 TestUsers::add(storage::Database &database, const QString &username, const QString &password,
                      AgentRole role)
{
    auto &connection = database.connection();
    storage::Transaction tx(connection);
    const auto id =
        storage::UserRepository(connection)
            .add(username, role, agents::PasswordHasher::insecureForTests().hash(password),
                 QDateTime::currentMSecsSinceEpoch());
    tx.commit();
    EXPECT_TRUE(id.has_value()) << "user " << username.toStdString() << " exists already";
    return id.value_or(0);
}

} // namespace sportello::test
