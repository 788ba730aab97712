// SPDX-License-Identifier: LicenseRef-Sportello
// Shared steps of the agent hub tests: a server with console users, logged-in clients.
#pragma once

#include <memory>

#include <gtest/gtest.h>

#include <QJsonArray>

#include "agents/hub/agenthub.h"
#include "protocol/requestcodec.h"
#include "support/hubtestclient.h"
#include "support/testconfig.h"
#include "support/testserver.h"
#include "support/testusers.h"
#include "support/waitfor.h"

namespace sportello::test {

inline const QString kPassword = QStringLiteral("correct horse battery");

// giulia (agent), marco (manager) and anna (admin), all with kPassword.
inline void addStaff(TestServer &server)
{
    auto &database = server.app().database();
    TestUsers::add(database, QStringLiteral("giulia"), kPassword, AgentRole::Agent);
    TestUsers::add(database, QStringLiteral("marco"), kPassword, AgentRole::Manager);
    TestUsers::add(database, QStringLiteral("anna"), kPassword, AgentRole::Admin);
}

// A console connected to `server` and logged in as `username`.
inline std::unique_ptr<HubTestClient> loggedIn(TestServer &server, const QString &username)
{
    auto client = std::make_unique<HubTestClient>(HubTestClient::urlOf(server.app()));
    EXPECT_TRUE(client->open());
    EXPECT_TRUE(client->login(username, kPassword));
    return client;
}

inline bool isReply(const std::optional<protocol::Envelope> &answer)
{
    return answer && answer->kind == protocol::EnvelopeKind::Reply;
}

inline QString errorCode(const std::optional<protocol::Envelope> &answer)
{
    if (!answer)
        return QStringLiteral("(no answer)");
    return answer->kind == protocol::EnvelopeKind::Error ? answer->error.code : QString();
}

// The customer writes from the sandbox; returns the conversation id once the turn put it in
// the escalated queue (as a console sees it through conversation.updated).
inline qint64 customerEscalates(TestServer &server, HubTestClient &console, const QString &waId,
                                const QString &text)
{
    const auto posted = server.customerSays(waId, text);
    EXPECT_EQ(posted.status, 200) << posted.body.constData();
    const auto updated = console.waitForEvent([&waId](const protocol::Envelope &event) {
        return event.type == u"conversation.updated" &&
               event.data.value(QLatin1StringView("wa_id")).toString() == waId &&
               event.data.value(QLatin1StringView("owner")).toString() == u"pending_human";
    });
    EXPECT_TRUE(updated.has_value()) << "no escalation event for " << waId.toStdString();
    return updated ? qint64(updated->data.value(QLatin1StringView("id")).toDouble()) : 0;
}

inline QJsonObject conversationData(qint64 id)
{
    return QJsonObject{{QStringLiteral("conversation_id"), id}};
}

} // namespace sportello::test
