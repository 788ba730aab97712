// SPDX-License-Identifier: LicenseRef-Sportello
// Typed calls to the agent hub for the views: every action and read of PROTOCOL.md.
#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "domain/agentrole.h"
#include "models/protocolmetatypes.h"
#include "net/hubpayloadreader.h"
#include "protocol/businesssettings.h"
#include "protocol/cannedresponse.h"
#include "protocol/dashboarddata.h"
#include "protocol/protocolerror.h"
#include "protocol/templateinfo.h"
#include "protocol/userinfo.h"
#include "protocol/usersettings.h"

namespace sportello::console::models {
class ConsoleStore;
} // namespace sportello::console::models

namespace sportello::console::net {

class HubClient;

// Builds each request with RequestCodec (checked locally first, so a bad input fails at once
// with the same bad_request the hub would give, even while offline), sends it through the
// HubClient and applies what comes back to the ConsoleStore: conversation states, the opened
// thread, history pages, canned responses, business settings.
// It also wires the client to the store: snapshots, events and the signed-in user.
// `done` runs once with a null error on success; every error also goes to actionFailed().
class ConsoleActions final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const protocol::ProtocolError &error)>;
    // intents.add / intents.remove: how many examples were added or removed (0 on error).
    using Counted = std::function<void(int count, const protocol::ProtocolError &error)>;
    // knowledge.* results (empty values on error).
    using ChunksDone = std::function<void(const HubPayloadReader::KnowledgeChunks &chunks,
                                          const protocol::ProtocolError &error)>;
    using UploadDone = std::function<void(const HubPayloadReader::KnowledgeUpload &upload,
                                          const protocol::ProtocolError &error)>;
    using SearchDone = std::function<void(const HubPayloadReader::KnowledgeSearch &search,
                                          const protocol::ProtocolError &error)>;

    ConsoleActions(HubClient *client, models::ConsoleStore *store, QObject *parent = nullptr);
    ~ConsoleActions() override;

    HubClient *client() const { return m_client; }
    models::ConsoleStore *store() const { return m_store; }

    // Reading.
    void openConversation(qint64 id, Done done = {});
    // The page before the oldest entry shown (the conversation must be the open one).
    void loadHistory(qint64 id, Done done = {});

    // Acting on a conversation.
    void sendMessage(qint64 id, const QString &text, const QString &replyTo = {}, Done done = {});
    void sendTemplate(qint64 id, const QString &name, const QString &language,
                      const QStringList &header, const QStringList &body,
                      const QStringList &buttons, Done done = {});
    void approveDraft(qint64 draftId, Done done = {});
    void editAndSendDraft(qint64 draftId, const QString &text, Done done = {});
    void rejectDraft(qint64 draftId, const QString &reason, Done done = {});
    void takeOver(qint64 id, Done done = {});
    void handBack(qint64 id, Done done = {});
    // An empty agent unassigns.
    void assign(qint64 id, const QString &agent, Done done = {});
    void addNote(qint64 id, const QString &text, Done done = {});
    void setLabels(qint64 id, const QStringList &add, const QStringList &remove, Done done = {});
    void close(qint64 id, Done done = {});
    void reopen(qint64 id, Done done = {});
    // viewing: conversation id or 0.
    void setPresence(qint64 viewing, bool typing, Done done = {});

    // Data with result signals.
    void listTemplates(qint64 id);
    void listCanned();
    void saveCanned(const protocol::CannedResponse &canned, Done done = {});
    void removeCanned(qint64 id, Done done = {});
    void loadSettings();
    void saveUserSettings(const protocol::UserSettings &settings, Done done = {});
    void saveBusinessSettings(const protocol::BusinessSettings &settings, Done done = {});
    void listUsers();
    void addUser(const QString &name, const QString &password, AgentRole role, Done done = {});
    void updateUser(const QString &name, std::optional<AgentRole> role,
                    std::optional<bool> disabled, const QString &password = {}, Done done = {});
    void loadDashboard(int days);
    // The first business's intents, into the store's IntentCatalogModel (which the
    // intents.changed events then keep current).
    void loadIntents(Done done = {});
    // Examples for an intent (a new name creates it); texts the business already has are
    // skipped by the server, so `count` may be smaller than texts.size().
    void addIntentExamples(const QString &intent, const QString &language, const QStringList &texts,
                           Counted done = {});
    void removeIntentExample(qint64 id, Counted done = {});
    // Every example the business added to the intent.
    void removeIntent(const QString &intent, Counted done = {});
    // The first business's knowledge-base documents, into the store's KnowledgeDocumentModel
    // (which knowledge.changed events then keep current).
    void loadKnowledge(Done done = {});
    void loadKnowledgeChunks(qint64 documentId, ChunksDone done);
    // `fileName` names the document (a re-upload replaces it) and picks its format; the list
    // follows through knowledge.changed, which arrives before the reply.
    void uploadKnowledge(const QString &fileName, const QByteArray &content, UploadDone done);
    void removeKnowledge(qint64 documentId, Done done = {});
    // `mode` empty: the server's; `topK` 0: the business's.
    void searchKnowledge(const QString &query, const QString &mode, int topK, SearchDone done);

    // Entries per history page.
    static constexpr int kHistoryPage = 100;

Q_SIGNALS:
    void templatesLoaded(qint64 conversationId, const QList<protocol::TemplateInfo> &templates);
    void cannedLoaded(const QList<protocol::CannedResponse> &canned);
    void settingsLoaded(const protocol::UserSettings &user,
                        const protocol::BusinessSettings &business);
    void usersLoaded(const QList<protocol::UserInfo> &users);
    void dashboardLoaded(const protocol::DashboardData &data);
    void actionFailed(const QString &type, const protocol::ProtocolError &error);
    // Beyond the contract: this user's settings as loaded or saved (language, notifications).
    void userSettingsChanged(const protocol::UserSettings &settings);
    // Beyond the contract: a history page came back shorter than asked: nothing older exists.
    void historyExhausted(qint64 conversationId);

private:
    using Handler = std::function<std::optional<protocol::ProtocolError>(const QJsonObject &)>;

    // Checks `request` with RequestCodec, sends it, runs `handler` on the reply (which returns
    // an error when the reply cannot be read), then `done`.
    template <typename Request>
    void submit(const QString &type, const Request &request, Handler handler, Done done);
    void send(const QString &type, const QJsonObject &data, Handler handler, Done done);
    void finish(const QString &type, const protocol::ProtocolError &error, const Done &done);
    // The common reply of conversation actions: {"conversation": ConversationSummary}.
    Handler conversationReply();
    // submit() for a conversation action: the reply goes through conversationReply().
    template <typename Request>
    void act(const QString &type, const Request &request, Done done);
    void onSessionStarted(const protocol::Session &session);

    HubClient *m_client;
    models::ConsoleStore *m_store;
};

} // namespace sportello::console::net
