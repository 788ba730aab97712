// SPDX-License-Identifier: LicenseRef-Sportello
// The hub's request table: every request type, the role it needs and its handler.
#include "agents/hub/requestrouter.h"

#include "agents/hub/adminrequests.h"
#include "agents/hub/agenthub.h"
#include "agents/hub/conversationactions.h"
#include "agents/hub/conversationreads.h"
#include "agents/hub/intentrequests.h"
#include "agents/hub/knowledgerequests.h"

namespace sportello::agents {

RequestRouter::RequestRouter()
{
    using Run = Route::Run;
    constexpr auto anyone = std::nullopt;
    constexpr auto agent = AgentRole::Agent;
    constexpr auto manager = AgentRole::Manager;
    constexpr auto admin = AgentRole::Admin;
    auto hub = [](const char *type, std::optional<AgentRole> role, Route::HubHandler handler) {
        return Route{QString::fromUtf8(type), role, Run::Hub, nullptr, handler};
    };
    auto work = [](const char *type, AgentRole role, Run run, Route::WorkHandler handler) {
        return Route{QString::fromUtf8(type), role, run, handler, nullptr};
    };
    // Requests whose data.password is hashed (slowly, off the worker) before they run.
    auto withPassword = [&work](const char *type, AgentRole role, Route::WorkHandler handler) {
        Route route = work(type, role, Run::Action, handler);
        route.hashesPassword = true;
        return route;
    };

    // PROTOCOL.md, table by table.
    m_routes = {
        // Session
        hub("auth.login", anyone, &AgentHub::login),
        hub("auth.resume", anyone, &AgentHub::resume),
        hub("auth.logout", agent, &AgentHub::logout),
        // Resuming
        hub("sync", agent, &AgentHub::sync),
        // Reading
        work("conversations.list", agent, Run::Read, &ConversationReads::list),
        work("conversation.open", agent, Run::Write, &ConversationReads::open),
        work("conversation.history", agent, Run::Read, &ConversationReads::history),
        work("templates.list", agent, Run::Read, &ConversationReads::templates),
        work("canned.list", agent, Run::Read, &AdminRequests::listCanned),
        work("dashboard.get", manager, Run::Read, &AdminRequests::dashboard),
        // Acting
        work("message.send", agent, Run::Action, &ConversationActions::sendMessage),
        work("template.send", agent, Run::Action, &ConversationActions::sendTemplate),
        work("draft.approve", agent, Run::Action, &ConversationActions::approveDraft),
        work("draft.edit_send", agent, Run::Action, &ConversationActions::editAndSendDraft),
        work("draft.reject", agent, Run::Action, &ConversationActions::rejectDraft),
        work("conversation.take_over", agent, Run::Action, &ConversationActions::takeOver),
        work("conversation.hand_back", agent, Run::Action, &ConversationActions::handBack),
        work("conversation.assign", agent, Run::Action, &ConversationActions::assign),
        work("conversation.note", agent, Run::Action, &ConversationActions::addNote),
        work("conversation.label", agent, Run::Action, &ConversationActions::label),
        work("conversation.close", agent, Run::Action, &ConversationActions::close),
        work("conversation.reopen", agent, Run::Action, &ConversationActions::reopen),
        hub("presence.set", agent, &AgentHub::setPresence),
        // Administering
        work("settings.get", agent, Run::Read, &AdminRequests::settings),
        work("settings.user.set", agent, Run::Action, &AdminRequests::setUserSettings),
        work("settings.business.set", manager, Run::Action, &AdminRequests::setBusinessSettings),
        work("canned.save", manager, Run::Action, &AdminRequests::saveCanned),
        work("canned.remove", manager, Run::Action, &AdminRequests::removeCanned),
        work("users.list", admin, Run::Read, &AdminRequests::listUsers),
        withPassword("users.add", admin, &AdminRequests::addUser),
        withPassword("users.update", admin, &AdminRequests::updateUser),
        work("intents.get", manager, Run::Read, &IntentRequests::catalog),
        work("intents.add", manager, Run::Action, &IntentRequests::add),
        work("intents.remove", manager, Run::Action, &IntentRequests::remove),
        work("knowledge.list", manager, Run::Knowledge, &KnowledgeRequests::list),
        work("knowledge.chunks", manager, Run::Knowledge, &KnowledgeRequests::chunks),
        work("knowledge.upload", manager, Run::KnowledgeAction, &KnowledgeRequests::upload),
        work("knowledge.remove", manager, Run::KnowledgeAction, &KnowledgeRequests::remove),
        work("knowledge.search", manager, Run::Knowledge, &KnowledgeRequests::search),
    };
    for (qsizetype i = 0; i < m_routes.size(); ++i)
        m_index.insert(m_routes[i].type, i);
}

const Route *RequestRouter::find(const QString &type) const
{
    const auto it = m_index.constFind(type);
    return it == m_index.cend() ? nullptr : &m_routes[*it];
}

QString RequestRouter::whoMay(AgentRole role)
{
    switch (role) {
    case AgentRole::Agent:
        return QStringLiteral("agents, managers and admins");
    case AgentRole::Manager:
        return QStringLiteral("only managers and admins");
    case AgentRole::Admin:
        return QStringLiteral("only admins");
    }
    return QStringLiteral("only admins");
}

} // namespace sportello::agents
