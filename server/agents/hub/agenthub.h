// SPDX-License-Identifier: LicenseRef-Sportello
// The agent hub: the consoles' WebSocket endpoint, its requests and its event stream.
#pragma once

#include <functional>
#include <memory>
#include <mutex>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include "agents/hub/agenthuboptions.h"
#include "agents/hub/eventlog.h"
#include "agents/hub/hubevent.h"
#include "agents/hub/hubuser.h"
#include "agents/hub/presencetracker.h"
#include "agents/hub/requestrouter.h"
#include "agents/hub/sourcebatch.h"
#include "domain/deliverystatus.h"
#include "pipeline/turnresult.h"
#include "protocol/envelope.h"
#include "protocol/userinfo.h"
#include "storage/inboundrepository.h"
#include "storage/outboxrepository.h"

class QWebSocket;

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::knowledge {
class KnowledgeBase;
}
namespace sportello::metrics {
class ServerMetrics;
}
namespace sportello::nlu {
class IntentModelRegistry;
struct IntentModelStatus;
} // namespace sportello::nlu
namespace sportello::outbox {
class Outbox;
}
namespace sportello::storage {
class Database;
}

namespace sportello::agents {

class AgentConnection;
class HubEventSource;
class LoginThrottle;
class PasswordHasher;
struct SessionOutcome;
struct WorkOutput;

// Lives in the server's main thread, with the sockets. Nothing slow happens there: database
// work runs on one worker thread, in the order it was asked for (so the events it produces
// are numbered in the order their data was read, and a snapshot is never older than the
// events numbered before it); password checks run on a small pool of their own. Results
// come back to this thread, where events are numbered, encoded once and sent.
class AgentHub : public QObject
{
    Q_OBJECT

public:
    AgentHub(storage::Database &database, const config::ServerConfig &config,
             const outbox::Outbox &outbox, metrics::ServerMetrics &metrics,
             AgentHubOptions options = {}, QObject *parent = nullptr);
    ~AgentHub() override;

    // Called after actions enqueue outgoing messages.
    void setOutboxWaker(std::function<void()> wake) { m_wakeOutbox = std::move(wake); }
    // Connections that have not logged in are closed after this long (tests shorten it).
    void setAuthTimeout(int ms) { m_options.authTimeoutMs = ms; }
    // The businesses' intent models: intents.* report their state, examples changed through
    // the hub retrain them, and every change of state reaches the consoles (intents.changed).
    // Set before consoles connect; the registry must outlive the hub's stop().
    void setIntentRegistry(nlu::IntentModelRegistry *registry);
    // The businesses' knowledge bases (knowledge.*, answered `internal` without one). Set
    // before consoles connect; it must outlive the hub's stop().
    void setKnowledgeBase(knowledge::KnowledgeBase *knowledge) { m_knowledge = knowledge; }

    // A WebSocket upgraded on the HTTP port at /agents.
    void accept(std::unique_ptr<QWebSocket> socket);
    // Closes every connection and waits for work in flight. The hub stays usable for tests
    // only in the sense that it can be destroyed afterwards.
    void stop();

    const EventLog &eventLog() const { return m_log; }
    int connectionCount() const { return int(m_connections.size()); }

public Q_SLOTS:
    void onInboundStored(const QList<sportello::storage::PendingConversation> &conversations);
    void onTurnProcessed(const sportello::pipeline::TurnResult &result);
    void onOutboxEntryChanged(qint64 outboxId, sportello::DeliveryStatus status);
    void onOutboxStatusChanged(const QList<sportello::storage::OutboxStatusChange> &changes);
    // A draft waits for review (written by later answering stages): draft.pending.
    void onDraftCreated(qint64 draftId);

private:
    friend class RequestRouter;

    void frameReceived(AgentConnection *connection, const QByteArray &frame);
    void connectionClosed(AgentConnection *connection);
    void refuse(AgentConnection &connection, const QString &type, const QString &id,
                const protocol::ProtocolError &error, bool malformed);
    void sendReply(AgentConnection &connection, const protocol::Envelope &request,
                   const QJsonObject &data);

    // Route::Run::Hub handlers.
    void login(AgentConnection &connection, const protocol::Envelope &request);
    void resume(AgentConnection &connection, const protocol::Envelope &request);
    void logout(AgentConnection &connection, const protocol::Envelope &request);
    void sync(AgentConnection &connection, const protocol::Envelope &request);
    void setPresence(AgentConnection &connection, const protocol::Envelope &request);

    void startSession(quint64 connectionId, const protocol::Envelope &request,
                      const SessionOutcome &outcome);
    void runWork(AgentConnection &connection, const protocol::Envelope &request,
                 const Route &route);
    void queueWork(quint64 connectionId, const protocol::Envelope &request, const Route &route,
                   const HubUser &user, const QString &passwordHash);
    WorkOutput execute(const protocol::Envelope &request, const Route &route, const HubUser &user,
                       const QString &passwordHash, const QSet<QString> &online);
    // Route::Run::Knowledge and KnowledgeAction, on their pools.
    WorkOutput executeKnowledge(const protocol::Envelope &request, const Route &route,
                                const HubUser &user, const QSet<QString> &online);
    void finishWork(quint64 connectionId, const WorkOutput &output);
    // Runs `job` on the worker thread; its events are published when it is done.
    void background(std::function<WorkOutput()> job);
    // Adds to what the event sources reported and makes sure a worker pass will read it.
    void report(const std::function<void(SourceBatch &)> &add);
    bool anyoneListening() const;

    void publish(const QList<HubEvent> &events);
    void broadcast(const QString &frame);
    void broadcastPresence();
    void scheduleCounts();
    void sendCounts();
    void applyUserChange(const protocol::UserInfo &user, bool sessionsRevoked,
                         quint64 requestingConnection);
    // intents.add / intents.remove committed: retrain, and make sure the consoles hear of it.
    void intentExamplesChanged(const QString &phoneNumberId);
    void onIntentStatusChanged(const QString &phoneNumberId);
    // Reads the business's catalog on the worker and pushes it as intents.changed.
    void publishIntents(const QString &phoneNumberId, const nlu::IntentModelStatus &status);
    QSet<QString> onlineUsers() const;
    // Forgets stored replies after 24 h and expired sessions; keeps connected ones alive.
    void housekeeping();

    storage::Database &m_database;
    const config::ServerConfig &m_config;
    const outbox::Outbox &m_outbox;
    metrics::ServerMetrics &m_metrics;
    AgentHubOptions m_options;
    std::function<void()> m_wakeOutbox;
    nlu::IntentModelRegistry *m_intents = nullptr;
    QMetaObject::Connection m_intentsConnection;
    quint64 m_intentEvents = 0; // publishIntents() calls, to tell whether a retrain announced
    knowledge::KnowledgeBase *m_knowledge = nullptr;

    RequestRouter m_router;
    EventLog m_log;
    PresenceTracker m_presence;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<HubEventSource> m_source; // used on the worker thread only
    std::mutex m_sourcesMutex;                // guards the two below (hub thread and worker)
    SourceBatch m_sources;
    bool m_sourcesQueued = false;
    QHash<quint64, AgentConnection *> m_connections;
    quint64 m_nextConnectionId = 1;
    QThreadPool m_worker;
    QThreadPool m_passwords;
    // knowledge.* off the worker: reads (list, chunks, search) side by side, changes (upload,
    // remove) one at a time.
    QThreadPool m_knowledgeReads;
    QThreadPool m_knowledgeChanges;
    QTimer m_countsTimer;
    QTimer m_housekeepingTimer;
    bool m_stopped = false;
};

} // namespace sportello::agents
