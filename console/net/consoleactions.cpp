// SPDX-License-Identifier: LicenseRef-Sportello
// Typed calls to the agent hub for the views: every action and read of PROTOCOL.md.
#include "net/consoleactions.h"

#include <memory>
#include <utility>

#include <QTimer>

#include "models/consolestore.h"
#include "models/intentcatalogmodel.h"
#include "models/knowledgedocumentmodel.h"
#include "models/threadmodel.h"
#include "net/hubclient.h"
#include "net/hubpayloadreader.h"
#include "net/netlog.h"
#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"

namespace sportello::console::net {

using protocol::MessageCodec;
using protocol::ProtocolError;
using protocol::RequestCodec;

namespace {
const QString kData = QStringLiteral("data");

// A reply handler: reads the reply with `read` (which sets the error when it cannot) and hands
// what it read to `use`.
template <typename Read, typename Use>
auto reading(Read read, Use use)
{
    return [read = std::move(read),
            use = std::move(use)](const QJsonObject &reply) -> std::optional<ProtocolError> {
        ProtocolError error;
        const auto value = read(reply, &error);
        if (!value)
            return error;
        use(*value);
        return std::nullopt;
    };
}

// The reply of the canned.* requests: the whole list after the change.
auto cannedReply(ConsoleActions *actions)
{
    return reading(&HubPayloadReader::canned,
                   [actions](const QList<protocol::CannedResponse> &canned) {
                       actions->store()->setCannedResponses(canned);
                       Q_EMIT actions->cannedLoaded(canned);
                   });
}

// The reply of the users.* requests: the whole list after the change.
auto usersReply(ConsoleActions *actions)
{
    return reading(&HubPayloadReader::users, [actions](const QList<protocol::UserInfo> &users) {
        Q_EMIT actions->usersLoaded(users);
    });
}
} // namespace

ConsoleActions::ConsoleActions(HubClient *client, models::ConsoleStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(m_client, &HubClient::sessionStarted, this, &ConsoleActions::onSessionStarted);
    connect(m_client, &HubClient::snapshotReceived, this,
            [this](const QList<protocol::ConversationSummary> &conversations,
                   const protocol::QueueCounts &counts) {
                m_store->applySnapshot(conversations, counts);
                // A snapshot means events were lost: the open thread may lack some entries.
                if (const qint64 open = m_store->openConversationId(); open != 0)
                    openConversation(open);
                // ... and the intents shown may have missed an intents.changed.
                if (m_store->intents()->isLoaded())
                    loadIntents();
                // ... and the knowledge documents a knowledge.changed.
                if (m_store->knowledge()->isLoaded())
                    loadKnowledge();
            });
    connect(m_client, &HubClient::eventReceived, m_store, &models::ConsoleStore::applyEvent);
}

ConsoleActions::~ConsoleActions() = default;

void ConsoleActions::onSessionStarted(const protocol::Session &session)
{
    if (!m_store->currentUser().isEmpty() && m_store->currentUser() != session.user.username)
        m_store->clear();
    m_store->setCurrentUser(session.user.username, session.user.role);
}

template <typename Request>
void ConsoleActions::submit(const QString &type, const Request &request, Handler handler, Done done)
{
    const QJsonObject data = RequestCodec::toJson(request);
    ProtocolError error;
    if (!RequestCodec::parse<Request>(MessageCodec::request(type, {}, data), &error)) {
        // Asynchronous like every other outcome, so callers need not care which one it is.
        QTimer::singleShot(
            0, this, [this, type, error, done = std::move(done)]() { finish(type, error, done); });
        return;
    }
    send(type, data, std::move(handler), std::move(done));
}

void ConsoleActions::send(const QString &type, const QJsonObject &data, Handler handler, Done done)
{
    m_client->request(type, data,
                      [this, type, handler = std::move(handler), done = std::move(done)](
                          const QJsonObject &reply, const ProtocolError &error) {
                          if (!error.isNull())
                              return finish(type, error, done);
                          std::optional<ProtocolError> problem;
                          if (handler)
                              problem = handler(reply);
                          finish(type, problem.value_or(ProtocolError{}), done);
                      });
}

void ConsoleActions::finish(const QString &type, const ProtocolError &error, const Done &done)
{
    if (!error.isNull()) {
        qCInfo(lcNet, "%s failed: %s %s", qUtf8Printable(type), qUtf8Printable(error.code),
               qUtf8Printable(error.message));
        Q_EMIT actionFailed(type, error);
    }
    if (done)
        done(error);
}

ConsoleActions::Handler ConsoleActions::conversationReply()
{
    return reading(&HubPayloadReader::actionReply,
                   [this](const protocol::ConversationSummary &summary) {
                       m_store->applyConversation(summary);
                   });
}

template <typename Request>
void ConsoleActions::act(const QString &type, const Request &request, Done done)
{
    submit(type, request, conversationReply(), std::move(done));
}

void ConsoleActions::openConversation(qint64 id, Done done)
{
    submit(QStringLiteral("conversation.open"), protocol::ConversationRequest{id},
           reading(&HubPayloadReader::openedConversation,
                   [this](const HubPayloadReader::OpenedConversation &opened) {
                       m_store->applyOpenedConversation(opened.conversation, opened.entries,
                                                        opened.drafts);
                   }),
           std::move(done));
}

void ConsoleActions::loadHistory(qint64 id, Done done)
{
    protocol::HistoryRequest request;
    request.conversationId = id;
    request.limit = kHistoryPage;
    if (m_store->openConversationId() == id)
        request.before = m_store->thread()->historyCursor();
    submit(QStringLiteral("conversation.history"), request,
           reading(&HubPayloadReader::entries,
                   [this, id](const QList<protocol::ThreadEntry> &entries) {
                       m_store->prependHistory(id, entries);
                       if (entries.size() < kHistoryPage)
                           Q_EMIT historyExhausted(id);
                   }),
           std::move(done));
}

void ConsoleActions::sendMessage(qint64 id, const QString &text, const QString &replyTo, Done done)
{
    act(QStringLiteral("message.send"), protocol::SendMessageRequest{id, text, replyTo},
        std::move(done));
}

void ConsoleActions::sendTemplate(qint64 id, const QString &name, const QString &language,
                                  const QStringList &header, const QStringList &body,
                                  const QStringList &buttons, Done done)
{
    act(QStringLiteral("template.send"),
        protocol::SendTemplateRequest{id, name, language, header, body, buttons}, std::move(done));
}

void ConsoleActions::approveDraft(qint64 draftId, Done done)
{
    act(QStringLiteral("draft.approve"), protocol::DraftActionRequest{draftId, {}, {}},
        std::move(done));
}

void ConsoleActions::editAndSendDraft(qint64 draftId, const QString &text, Done done)
{
    act(QStringLiteral("draft.edit_send"), protocol::DraftActionRequest{draftId, text, {}},
        std::move(done));
}

void ConsoleActions::rejectDraft(qint64 draftId, const QString &reason, Done done)
{
    act(QStringLiteral("draft.reject"), protocol::DraftActionRequest{draftId, {}, reason},
        std::move(done));
}

void ConsoleActions::takeOver(qint64 id, Done done)
{
    act(QStringLiteral("conversation.take_over"), protocol::ConversationRequest{id},
        std::move(done));
}

void ConsoleActions::handBack(qint64 id, Done done)
{
    act(QStringLiteral("conversation.hand_back"), protocol::ConversationRequest{id},
        std::move(done));
}

void ConsoleActions::assign(qint64 id, const QString &agent, Done done)
{
    act(QStringLiteral("conversation.assign"), protocol::AssignRequest{id, agent}, std::move(done));
}

void ConsoleActions::addNote(qint64 id, const QString &text, Done done)
{
    act(QStringLiteral("conversation.note"), protocol::NoteRequest{id, text}, std::move(done));
}

void ConsoleActions::setLabels(qint64 id, const QStringList &add, const QStringList &remove,
                               Done done)
{
    act(QStringLiteral("conversation.label"), protocol::LabelRequest{id, add, remove},
        std::move(done));
}

void ConsoleActions::close(qint64 id, Done done)
{
    act(QStringLiteral("conversation.close"), protocol::ConversationRequest{id}, std::move(done));
}

void ConsoleActions::reopen(qint64 id, Done done)
{
    act(QStringLiteral("conversation.reopen"), protocol::ConversationRequest{id}, std::move(done));
}

void ConsoleActions::setPresence(qint64 viewing, bool typing, Done done)
{
    // No reply data: the hub pushes the new picture as a presence event.
    submit(QStringLiteral("presence.set"), protocol::PresenceRequest{viewing, typing}, {},
           std::move(done));
}

void ConsoleActions::listTemplates(qint64 id)
{
    submit(QStringLiteral("templates.list"), protocol::ConversationRequest{id},
           reading(&HubPayloadReader::templates,
                   [this, id](const QList<protocol::TemplateInfo> &templates) {
                       Q_EMIT templatesLoaded(id, templates);
                   }),
           {});
}

void ConsoleActions::listCanned()
{
    send(QStringLiteral("canned.list"), {}, cannedReply(this), {});
}

void ConsoleActions::saveCanned(const protocol::CannedResponse &canned, Done done)
{
    submit(QStringLiteral("canned.save"), protocol::SaveCannedRequest{canned}, cannedReply(this),
           std::move(done));
}

void ConsoleActions::removeCanned(qint64 id, Done done)
{
    submit(QStringLiteral("canned.remove"), protocol::RemoveCannedRequest{id}, cannedReply(this),
           std::move(done));
}

void ConsoleActions::loadSettings()
{
    send(QStringLiteral("settings.get"), {},
         reading(&HubPayloadReader::settings,
                 [this](const HubPayloadReader::Settings &settings) {
                     m_store->setBusinessSettings(settings.business);
                     Q_EMIT settingsLoaded(settings.user, settings.business);
                     Q_EMIT userSettingsChanged(settings.user);
                 }),
         {});
}

void ConsoleActions::saveUserSettings(const protocol::UserSettings &settings, Done done)
{
    submit(
        QStringLiteral("settings.user.set"), settings,
        reading(&HubPayloadReader::userSettings,
                [this](const protocol::UserSettings &user) { Q_EMIT userSettingsChanged(user); }),
        std::move(done));
}

void ConsoleActions::saveBusinessSettings(const protocol::BusinessSettings &settings, Done done)
{
    submit(QStringLiteral("settings.business.set"), settings,
           reading(&HubPayloadReader::businessSettings,
                   [this](const protocol::BusinessSettings &business) {
                       m_store->setBusinessSettings(business);
                   }),
           std::move(done));
}

void ConsoleActions::listUsers()
{
    send(QStringLiteral("users.list"), {}, usersReply(this), {});
}

void ConsoleActions::addUser(const QString &name, const QString &password, AgentRole role,
                             Done done)
{
    submit(QStringLiteral("users.add"), protocol::AddUserRequest{name, password, role},
           usersReply(this), std::move(done));
}

void ConsoleActions::updateUser(const QString &name, std::optional<AgentRole> role,
                                std::optional<bool> disabled, const QString &password, Done done)
{
    submit(QStringLiteral("users.update"),
           protocol::UpdateUserRequest{name, role, disabled, password}, usersReply(this),
           std::move(done));
}

void ConsoleActions::loadDashboard(int days)
{
    submit(QStringLiteral("dashboard.get"), protocol::DashboardRequest{days},
           reading(
               [](const QJsonObject &reply, ProtocolError *error) {
                   return protocol::PayloadCodec::fromJson<protocol::DashboardData>(reply, kData,
                                                                                    error);
               },
               [this](const protocol::DashboardData &data) { Q_EMIT dashboardLoaded(data); }),
           {});
}

namespace {
// The reply of intents.add / intents.remove: the catalog goes to the store, the count to
// `count` (read by the caller's Counted once the request is finished).
auto intentsReply(models::ConsoleStore *store, const QString &countKey, std::shared_ptr<int> count)
{
    return [store, countKey, count](const QJsonObject &reply) -> std::optional<ProtocolError> {
        ProtocolError error;
        const auto change = HubPayloadReader::intentsChange(reply, countKey, &error);
        if (!change)
            return error;
        store->setIntentCatalog(change->catalog);
        *count = change->count;
        return std::nullopt;
    };
}

ConsoleActions::Done counted(std::shared_ptr<int> count, ConsoleActions::Counted done)
{
    return [count, done = std::move(done)](const ProtocolError &error) {
        if (done)
            done(error.isNull() ? *count : 0, error);
    };
}
} // namespace

void ConsoleActions::loadIntents(Done done)
{
    submit(QStringLiteral("intents.get"), protocol::IntentsRequest{},
           reading(&HubPayloadReader::intentCatalog,
                   [this](const protocol::IntentCatalog &catalog) {
                       m_store->setIntentCatalog(catalog);
                   }),
           std::move(done));
}

void ConsoleActions::addIntentExamples(const QString &intent, const QString &language,
                                       const QStringList &texts, Counted done)
{
    const auto count = std::make_shared<int>(0);
    submit(QStringLiteral("intents.add"),
           protocol::AddIntentExamplesRequest{QString(), intent, language, texts},
           intentsReply(m_store, QStringLiteral("added"), count), counted(count, std::move(done)));
}

void ConsoleActions::removeIntentExample(qint64 id, Counted done)
{
    const auto count = std::make_shared<int>(0);
    submit(
        QStringLiteral("intents.remove"), protocol::RemoveIntentExamplesRequest{QString(), id, {}},
        intentsReply(m_store, QStringLiteral("removed"), count), counted(count, std::move(done)));
}

void ConsoleActions::removeIntent(const QString &intent, Counted done)
{
    const auto count = std::make_shared<int>(0);
    submit(QStringLiteral("intents.remove"),
           protocol::RemoveIntentExamplesRequest{QString(), 0, intent},
           intentsReply(m_store, QStringLiteral("removed"), count),
           counted(count, std::move(done)));
}

namespace {
// A reply read into `*value`, handed to `done` once the request is finished (with an empty
// value on error).
template <typename T, typename Read>
auto storedReply(Read read, std::shared_ptr<T> value)
{
    return [read, value](const QJsonObject &reply) -> std::optional<ProtocolError> {
        ProtocolError error;
        auto result = read(reply, &error);
        if (!result)
            return error;
        *value = std::move(*result);
        return std::nullopt;
    };
}

template <typename T, typename Callback>
ConsoleActions::Done handOver(std::shared_ptr<T> value, Callback done)
{
    return [value, done = std::move(done)](const ProtocolError &error) {
        if (done)
            done(error.isNull() ? *value : T{}, error);
    };
}
} // namespace

void ConsoleActions::loadKnowledge(Done done)
{
    submit(QStringLiteral("knowledge.list"), protocol::KnowledgeListRequest{},
           reading(&HubPayloadReader::knowledgeDocuments,
                   [this](const HubPayloadReader::KnowledgeDocuments &list) {
                       m_store->setKnowledgeDocuments(list.phoneNumberId, list.documents);
                   }),
           std::move(done));
}

void ConsoleActions::loadKnowledgeChunks(qint64 documentId, ChunksDone done)
{
    const auto value = std::make_shared<HubPayloadReader::KnowledgeChunks>();
    submit(QStringLiteral("knowledge.chunks"), protocol::KnowledgeDocumentRequest{{}, documentId},
           storedReply(&HubPayloadReader::knowledgeChunks, value),
           handOver(value, std::move(done)));
}

void ConsoleActions::uploadKnowledge(const QString &fileName, const QByteArray &content,
                                     UploadDone done)
{
    const auto value = std::make_shared<HubPayloadReader::KnowledgeUpload>();
    submit(QStringLiteral("knowledge.upload"),
           protocol::UploadKnowledgeRequest{{}, fileName, content, {}},
           storedReply(&HubPayloadReader::knowledgeUpload, value),
           handOver(value, std::move(done)));
}

void ConsoleActions::removeKnowledge(qint64 documentId, Done done)
{
    submit(QStringLiteral("knowledge.remove"), protocol::KnowledgeDocumentRequest{{}, documentId},
           {}, std::move(done));
}

void ConsoleActions::searchKnowledge(const QString &query, const QString &mode, int topK,
                                     SearchDone done)
{
    const auto value = std::make_shared<HubPayloadReader::KnowledgeSearch>();
    submit(QStringLiteral("knowledge.search"),
           protocol::KnowledgeSearchRequest{{}, query, mode, topK, {}},
           storedReply(&HubPayloadReader::knowledgeSearch, value),
           handOver(value, std::move(done)));
}

} // namespace sportello::console::net
