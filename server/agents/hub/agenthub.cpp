// SPDX-License-Identifier: LicenseRef-Sportello
// The agent hub: the consoles' WebSocket endpoint, its requests and its event stream.
#include "agents/hub/agenthub.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

#include "agents/agentslog.h"
#include "agents/auth/loginthrottle.h"
#include "agents/auth/passwordhasher.h"
#include "agents/auth/sessiontokens.h"
#include "agents/hub/agentconnection.h"
#include "agents/hub/conversationviews.h"
#include "agents/hub/hubeventsource.h"
#include "agents/services/intentservice.h"
#include "agents/services/serviceerror.h"
#include "config/serverconfig.h"
#include "knowledge/knowledgebase.h"
#include "metrics/servermetrics.h"
#include "nlu/runtime/intentmodelregistry.h"
#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"
#include "storage/actionlogrepository.h"
#include "storage/conversationviewrepository.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "storage/sqlconnection.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace sportello::agents {

using protocol::Envelope;
using protocol::MessageCodec;
using protocol::PayloadCodec;
using protocol::ProtocolError;

// What a request (or an event source) did on the worker, on its way back to the hub thread.
struct WorkOutput
{
    QByteArray frame; // the answer, encoded; empty for event sources
    WorkResult result;
};

// What a login or resume found, on its way back from the password pool.
struct SessionOutcome
{
    std::optional<HubUser> user;
    protocol::Session session;
    ProtocolError error;
    bool wrongCredentials = false; // counts towards the login throttle
};

namespace {
constexpr qint64 kActionLogHours = 24;
// Well under the sessions' 12 hours, so a connected console's session never runs out.
constexpr int kHousekeepingIntervalMs = 30 * 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool sameCounts(const protocol::QueueCounts &a, const protocol::QueueCounts &b)
{
    return a.needsReview == b.needsReview && a.escalated == b.escalated && a.mine == b.mine &&
           a.open == b.open && a.closed == b.closed;
}

QByteArray encodeError(const Envelope &request, const ProtocolError &error)
{
    return MessageCodec::encode(MessageCodec::error(request.type, request.id, error));
}

// The database failed under a request: logged with its id, answered "internal" without the
// details (they may name tables or paths).
WorkOutput storageFailure(const Envelope &request, const HubUser &user,
                          const storage::StorageError &e)
{
    qCWarning(lcAgents, "request %s (%s) of %s failed: %s", qUtf8Printable(request.id),
              qUtf8Printable(request.type), qUtf8Printable(user.username), e.what());
    WorkOutput output;
    output.result = WorkResult::failure(
        QStringLiteral("internal"), {},
        QStringLiteral("the server could not do this (logged with request id %1)").arg(request.id));
    output.frame = encodeError(request, output.result.error);
    return output;
}
} // namespace

AgentHub::AgentHub(storage::Database &database, const config::ServerConfig &config,
                   const outbox::Outbox &outbox, metrics::ServerMetrics &metrics,
                   AgentHubOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_config(config)
    , m_outbox(outbox)
    , m_metrics(metrics)
    , m_options(options)
    , m_log(options.eventCapacity)
    , m_throttle(std::make_unique<LoginThrottle>())
    , m_hasher(std::make_unique<PasswordHasher>())
    , m_source(std::make_unique<HubEventSource>(config))
{
    // One worker: database work in arrival order (see the class comment). It keeps its thread
    // (and so its database connection) for the hub's lifetime.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    m_worker.setObjectName(QStringLiteral("agent-hub"));
    // Password checks take ~100 ms of CPU each on purpose; two at a time is plenty and keeps
    // a flood of logins from starving the rest of the server.
    m_passwords.setMaxThreadCount(2);
    m_passwords.setObjectName(QStringLiteral("agent-hub-auth"));
    // Threads kept, like the worker's, so their database connections are opened once.
    m_knowledgeReads.setMaxThreadCount(2);
    m_knowledgeReads.setExpiryTimeout(-1);
    m_knowledgeReads.setObjectName(QStringLiteral("agent-hub-knowledge"));
    m_knowledgeChanges.setMaxThreadCount(1);
    m_knowledgeChanges.setExpiryTimeout(-1);
    m_knowledgeChanges.setObjectName(QStringLiteral("agent-hub-knowledge-import"));

    m_countsTimer.setSingleShot(true);
    connect(&m_countsTimer, &QTimer::timeout, this, &AgentHub::sendCounts);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &AgentHub::housekeeping);
    m_housekeepingTimer.start(kHousekeepingIntervalMs);
    housekeeping();
    m_metrics.agentConnections.set(0);
    qCInfo(lcAgents, "agent hub ready (event epoch %s)", qUtf8Printable(m_log.epoch()));
}

AgentHub::~AgentHub()
{
    stop();
}

void AgentHub::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_countsTimer.stop();
    m_housekeepingTimer.stop();
    const auto connections = m_connections.values();
    m_connections.clear();
    for (auto *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
    m_metrics.agentConnections.set(0);
    m_passwords.waitForDone();
    m_knowledgeReads.waitForDone();
    m_knowledgeChanges.waitForDone();
    m_worker.waitForDone();
}

void AgentHub::accept(std::unique_ptr<QWebSocket> socket)
{
    if (m_stopped)
        return;
    const quint64 id = m_nextConnectionId++;
    auto *connection = new AgentConnection(std::move(socket), id, m_options.authTimeoutMs, this);
    m_connections.insert(id, connection);
    connect(connection, &AgentConnection::frameReceived, this, &AgentHub::frameReceived);
    connect(connection, &AgentConnection::binaryFrameReceived, this, [this](AgentConnection *c) {
        refuse(*c, QString(), QString(),
               {QStringLiteral("bad_json"), {}, QStringLiteral("frames must be text")}, true);
    });
    connect(connection, &AgentConnection::disconnected, this, &AgentHub::connectionClosed);
    m_metrics.agentConnections.set(double(m_connections.size()));
    qCDebug(lcAgents, "console connected from %s", qUtf8Printable(connection->peer()));
}

void AgentHub::connectionClosed(AgentConnection *connection)
{
    if (!m_connections.remove(connection->id()))
        return;
    m_metrics.agentConnections.set(double(m_connections.size()));
    qCDebug(lcAgents, "console %s disconnected", qUtf8Printable(connection->peer()));
    if (m_presence.disconnected(connection->id()))
        broadcastPresence();
    connection->deleteLater();
}

void AgentHub::refuse(AgentConnection &connection, const QString &type, const QString &id,
                      const ProtocolError &error, bool malformed)
{
    connection.send(MessageCodec::encode(MessageCodec::error(type, id, error)));
    if (malformed && connection.noteMalformed()) {
        qCWarning(lcAgents, "closing console %s: more than %d malformed frames a minute",
                  qUtf8Printable(connection.peer()), AgentConnection::kMalformedLimit);
        connection.close(AgentConnection::kCloseMalformed,
                         QStringLiteral("too many malformed frames"));
    }
}

void AgentHub::sendReply(AgentConnection &connection, const Envelope &request,
                         const QJsonObject &data)
{
    connection.send(MessageCodec::encode(MessageCodec::reply(request, data)));
}

void AgentHub::frameReceived(AgentConnection *connection, const QByteArray &frame)
{
    auto decoded = MessageCodec::decode(frame);
    if (auto *failure = std::get_if<MessageCodec::DecodeFailure>(&decoded)) {
        refuse(*connection, failure->type, failure->id, failure->error, true);
        return;
    }
    const Envelope request = std::get<Envelope>(std::move(decoded));
    if (request.kind != protocol::EnvelopeKind::Request) {
        refuse(*connection, request.type, request.id,
               {QStringLiteral("bad_request"), QStringLiteral("kind"),
                QStringLiteral("the server answers requests only")},
               true);
        return;
    }
    const Route *route = m_router.find(request.type);
    if (!route) {
        refuse(*connection, request.type, request.id,
               {QStringLiteral("unknown_type"), QStringLiteral("type"),
                QStringLiteral("no request type \"%1\"").arg(request.type)},
               true);
        return;
    }
    if (route->role) {
        if (!connection->isAuthenticated()) {
            refuse(*connection, request.type, request.id,
                   {QStringLiteral("unauthenticated"),
                    {},
                    QStringLiteral("log in first (auth.login or auth.resume)")},
                   false);
            return;
        }
        if (!roleAllows(connection->user()->role, *route->role)) {
            refuse(*connection, request.type, request.id,
                   {QStringLiteral("forbidden"),
                    {},
                    QStringLiteral("%1 may %2; you are %3")
                        .arg(RequestRouter::whoMay(*route->role), request.type,
                             toString(connection->user()->role))},
                   false);
            return;
        }
    }
    if (route->run == Route::Run::Hub)
        (this->*route->hub)(*connection, request);
    else
        runWork(*connection, request, *route);
}

// --- Work on the worker thread -------------------------------------------------------------

void AgentHub::runWork(AgentConnection &connection, const Envelope &request, const Route &route)
{
    const quint64 connectionId = connection.id();
    const HubUser user = *connection.user();
    const QString password = route.hashesPassword
                                 ? request.data.value(QLatin1StringView("password")).toString()
                                 : QString();
    if (password.isEmpty()) {
        queueWork(connectionId, request, route, user, QString());
        return;
    }
    // Hashing takes ~0.1 s: done first, on the password pool, so that neither this thread nor
    // the worker's write transaction waits for it. (A password the service then refuses was
    // hashed for nothing, which costs nothing but time.)
    const PasswordHasher *hasher = m_hasher.get();
    m_passwords.start([this, hasher, connectionId, request, route, user, password] {
        const QString hash = hasher->hash(password);
        QMetaObject::invokeMethod(
            this,
            [this, connectionId, request, route, user, hash] {
                queueWork(connectionId, request, route, user, hash);
            },
            Qt::QueuedConnection);
    });
}

void AgentHub::queueWork(quint64 connectionId, const Envelope &request, const Route &route,
                         const HubUser &user, const QString &passwordHash)
{
    if (m_stopped)
        return;
    const QSet<QString> online = onlineUsers();
    if (route.run == Route::Run::Knowledge || route.run == Route::Run::KnowledgeAction) {
        QThreadPool &pool =
            route.run == Route::Run::Knowledge ? m_knowledgeReads : m_knowledgeChanges;
        pool.start([this, connectionId, request, route, user, online] {
            WorkOutput output = executeKnowledge(request, route, user, online);
            QMetaObject::invokeMethod(
                this,
                [this, connectionId, output = std::move(output)] {
                    finishWork(connectionId, output);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    m_worker.start([this, connectionId, request, route, user, passwordHash, online] {
        WorkOutput output = execute(request, route, user, passwordHash, online);
        QMetaObject::invokeMethod(
            this,
            [this, connectionId, output = std::move(output)] { finishWork(connectionId, output); },
            Qt::QueuedConnection);
    });
}

WorkOutput AgentHub::execute(const Envelope &request, const Route &route, const HubUser &user,
                             const QString &passwordHash, const QSet<QString> &online)
{
    WorkOutput output;
    try {
        auto &connection = m_database.connection();
        WorkContext context{connection, m_config,     m_outbox, *m_hasher, user,
                            nowMs(),    passwordHash, online,   m_intents, m_knowledge};
        if (route.run == Route::Run::Read) {
            storage::Transaction tx(connection, storage::Transaction::Mode::Read);
            output.result = route.work(context, request);
            tx.commit();
        } else {
            storage::Transaction tx(connection);
            storage::ActionLogRepository actions(connection);
            if (route.run == Route::Run::Action) {
                if (auto stored = actions.find(user.id, request.id)) {
                    // Done before: the same answer, and nothing happens again.
                    output.frame = stored->replyJson;
                    return output;
                }
            }
            output.result = route.work(context, request);
            const WorkResult &result = output.result;
            if (result.ok() || result.keepEffects) {
                output.frame =
                    result.ok() ? MessageCodec::encode(MessageCodec::reply(request, result.reply))
                                : encodeError(request, result.error);
                if (route.run == Route::Run::Action)
                    actions.store(user.id, request.id, request.type, output.frame, context.now);
                tx.commit();
            } else {
                // Rolled back: nothing happened, so there is nothing to announce.
                output.result.events.clear();
                output.result.wakeOutbox = false;
                output.result.countsChanged = false;
                output.result.changedUser.reset();
            }
        }
        if (output.frame.isEmpty()) {
            output.frame =
                output.result.ok()
                    ? MessageCodec::encode(MessageCodec::reply(request, output.result.reply))
                    : encodeError(request, output.result.error);
        }
    } catch (const storage::StorageError &e) {
        output = storageFailure(request, user, e);
    }
    return output;
}

WorkOutput AgentHub::executeKnowledge(const Envelope &request, const Route &route,
                                      const HubUser &user, const QSet<QString> &online)
{
    WorkOutput output;
    try {
        auto &connection = m_database.connection();
        WorkContext context{connection, m_config, m_outbox, *m_hasher, user,
                            nowMs(),    {},       online,   m_intents, m_knowledge};
        const bool action = route.run == Route::Run::KnowledgeAction;
        if (action) {
            // Changes run one at a time, so a replay cannot slip between this look-up and the
            // store below.
            if (auto stored = storage::ActionLogRepository(connection).find(user.id, request.id)) {
                output.frame = stored->replyJson;
                return output;
            }
        }
        output.result = route.work(context, request);
        const WorkResult &result = output.result;
        output.frame = result.ok()
                           ? MessageCodec::encode(MessageCodec::reply(request, result.reply))
                           : encodeError(request, result.error);
        // As for actions, a refusal changed nothing and is not stored: a replay is refused
        // again the same way.
        if (action && result.ok()) {
            storage::Transaction tx(connection);
            storage::ActionLogRepository(connection)
                .store(user.id, request.id, request.type, output.frame, context.now);
            tx.commit();
        }
    } catch (const storage::StorageError &e) {
        output = storageFailure(request, user, e);
    }
    return output;
}

void AgentHub::finishWork(quint64 connectionId, const WorkOutput &output)
{
    const WorkResult &result = output.result;
    // Events first: when the answer arrives, the console has already seen what it caused.
    publish(result.events);
    if (result.wakeOutbox && m_wakeOutbox)
        m_wakeOutbox();
    if (result.countsChanged)
        scheduleCounts();
    if (result.changedUser)
        applyUserChange(*result.changedUser, result.sessionsRevoked, connectionId);
    if (!result.intentsChanged.isEmpty())
        intentExamplesChanged(result.intentsChanged);
    AgentConnection *connection = m_connections.value(connectionId);
    if (!connection)
        return;
    connection->send(output.frame);
    if (result.error.code == u"bad_request" && connection->noteMalformed()) {
        connection->close(AgentConnection::kCloseMalformed,
                          QStringLiteral("too many malformed frames"));
    }
}

void AgentHub::background(std::function<WorkOutput()> job)
{
    if (m_stopped)
        return;
    m_worker.start([this, job = std::move(job)] {
        WorkOutput output;
        try {
            output = job();
        } catch (const storage::StorageError &e) {
            // The change itself is stored; consoles catch up on their next snapshot or open.
            qCWarning(lcAgents, "could not read what changed for the consoles: %s", e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, output = std::move(output)] {
                publish(output.result.events);
                if (output.result.countsChanged)
                    scheduleCounts();
            },
            Qt::QueuedConnection);
    });
}

// --- Events --------------------------------------------------------------------------------

void AgentHub::publish(const QList<HubEvent> &events)
{
    for (const auto &event : events) {
        const QString frame = QString::fromUtf8(m_log.append(event.type, event.data));
        m_metrics.agentEvents.inc(event.type);
        broadcast(frame);
        if (event.type == u"conversation.updated")
            scheduleCounts();
    }
}

void AgentHub::broadcast(const QString &frame)
{
    for (auto *connection : std::as_const(m_connections)) {
        if (connection->isAuthenticated())
            connection->send(frame);
    }
}

void AgentHub::broadcastPresence()
{
    QJsonArray users;
    const auto picture = m_presence.picture();
    for (const auto &info : picture)
        users.append(PayloadCodec::toJson(info));
    broadcast(QString::fromUtf8(m_log.ephemeral(QStringLiteral("presence"),
                                                QJsonObject{{QStringLiteral("users"), users}})));
}

void AgentHub::scheduleCounts()
{
    if (!m_countsTimer.isActive() && !m_stopped)
        m_countsTimer.start(m_options.countsDelayMs);
}

void AgentHub::sendCounts()
{
    if (m_stopped)
        return;
    m_worker.start([this] {
        std::optional<storage::ConversationViewRepository::CountsByAgent> counts;
        try {
            counts = storage::ConversationViewRepository(m_database.connection()).counts();
        } catch (const storage::StorageError &e) {
            qCWarning(lcAgents, "could not count the queues: %s", e.what());
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, counts = *counts] {
                for (auto *connection : std::as_const(m_connections)) {
                    if (!connection->isAuthenticated())
                        continue;
                    const auto mine = counts.forUser(connection->user()->username);
                    if (connection->sentCounts() && sameCounts(*connection->sentCounts(), mine))
                        continue;
                    connection->setSentCounts(mine);
                    connection->send(
                        m_log.ephemeral(QStringLiteral("counts"), PayloadCodec::toJson(mine)));
                }
            },
            Qt::QueuedConnection);
    });
}

void AgentHub::housekeeping()
{
    if (m_stopped)
        return;
    const qint64 now = nowMs();
    // A console that stays connected is using its session: it must not expire under it.
    QStringList liveTokens;
    for (const auto *connection : std::as_const(m_connections)) {
        if (connection->isAuthenticated())
            liveTokens.append(connection->token());
    }
    m_worker.start([this, now, liveTokens] {
        try {
            auto &connection = m_database.connection();
            storage::Transaction tx(connection);
            const int forgotten = storage::ActionLogRepository(connection)
                                      .purgeOlderThan(now - kActionLogHours * 3600 * 1000);
            storage::SessionRepository sessions(connection);
            for (const QString &token : liveTokens)
                sessions.touch(SessionTokens::hash(token), now, now + SessionTokens::kLifetimeMs);
            const int expired = sessions.purgeExpired(now);
            tx.commit();
            qCDebug(lcAgents,
                    "housekeeping: %d stored replies older than 24 h and %d expired "
                    "sessions removed",
                    forgotten, expired);
        } catch (const storage::StorageError &e) {
            qCWarning(lcAgents, "hub housekeeping failed: %s", e.what());
        }
    });
}

void AgentHub::applyUserChange(const protocol::UserInfo &user, bool sessionsRevoked,
                               quint64 requestingConnection)
{
    const auto connections = m_connections.values();
    for (auto *connection : connections) {
        if (!connection->isAuthenticated() || connection->user()->username != user.username)
            continue;
        // An admin who changes their own password keeps the console they did it from.
        if (user.disabled || (sessionsRevoked && connection->id() != requestingConnection)) {
            if (m_presence.disconnected(connection->id()))
                broadcastPresence();
            connection->logout();
            connection->close(AgentConnection::kCloseRevoked,
                              user.disabled ? QStringLiteral("the account was disabled")
                                            : QStringLiteral("the session was ended"));
        } else {
            connection->setRole(user.role);
        }
    }
}

QSet<QString> AgentHub::onlineUsers() const
{
    QSet<QString> online;
    for (const auto &info : m_presence.picture())
        online.insert(info.username);
    return online;
}

// --- Intent models -------------------------------------------------------------------------

void AgentHub::setIntentRegistry(nlu::IntentModelRegistry *registry)
{
    disconnect(m_intentsConnection);
    m_intents = registry;
    if (registry) {
        m_intentsConnection = connect(registry, &nlu::IntentModelRegistry::statusChanged, this,
                                      &AgentHub::onIntentStatusChanged);
    }
}

void AgentHub::intentExamplesChanged(const QString &phoneNumberId)
{
    if (!m_intents) {
        publishIntents(phoneNumberId, {});
        return;
    }
    // retrain() announces itself through statusChanged, unless a training is already running
    // (it then only queues another): the consoles must see the new examples either way.
    const quint64 before = m_intentEvents;
    m_intents->retrain(phoneNumberId);
    if (m_intentEvents == before)
        publishIntents(phoneNumberId, m_intents->status(phoneNumberId));
}

void AgentHub::onIntentStatusChanged(const QString &phoneNumberId)
{
    // The state is read now, in the order the registry announced its changes; the worker may
    // build the catalog later, when the registry has moved on (the next event says so).
    if (m_intents)
        publishIntents(phoneNumberId, m_intents->status(phoneNumberId));
}

void AgentHub::publishIntents(const QString &phoneNumberId, const nlu::IntentModelStatus &status)
{
    ++m_intentEvents;
    if (m_stopped)
        return;
    // Published even when no console is connected: a model becoming ready is rare and cheap
    // to read, and a gap here would cost every returning console a full snapshot.
    background([this, phoneNumberId, status] {
        WorkOutput output;
        auto &db = m_database.connection();
        storage::Transaction tx(db, storage::Transaction::Mode::Read);
        try {
            const auto catalog =
                IntentService(db, m_config, m_intents).catalog(phoneNumberId, status);
            output.result.events.append(
                {QStringLiteral("intents.changed"),
                 QJsonObject{{QStringLiteral("catalog"), PayloadCodec::toJson(catalog)}}});
        } catch (const ServiceError &e) {
            qCWarning(lcAgents, "no intent catalog for %s: %s", qUtf8Printable(phoneNumberId),
                      e.what());
        }
        tx.commit();
        return output;
    });
}

// --- Event sources -------------------------------------------------------------------------

void AgentHub::report(const std::function<void(SourceBatch &)> &add)
{
    if (m_stopped)
        return;
    if (!anyoneListening()) {
        // Nobody would see these events: no reading for them, and consoles that come back
        // later take a snapshot instead of an event stream with a hole in it.
        m_log.markGap();
        return;
    }
    bool queue = false;
    {
        std::lock_guard lock(m_sourcesMutex);
        add(m_sources);
        queue = !std::exchange(m_sourcesQueued, true);
    }
    if (!queue)
        return; // the pass already waiting on the worker will read this too
    background([this] {
        SourceBatch batch;
        {
            std::lock_guard lock(m_sourcesMutex);
            std::swap(batch, m_sources);
            m_sourcesQueued = false;
        }
        WorkOutput output;
        if (!batch.isEmpty())
            output.result = m_source->process(m_database.connection(), batch, nowMs());
        return output;
    });
}

bool AgentHub::anyoneListening() const
{
    for (const auto *connection : m_connections) {
        if (connection->isAuthenticated())
            return true;
    }
    return false;
}

void AgentHub::onInboundStored(const QList<storage::PendingConversation> &conversations)
{
    report([&conversations](SourceBatch &batch) {
        for (const auto &pending : conversations)
            batch.addInbound(pending);
    });
}

void AgentHub::onTurnProcessed(const pipeline::TurnResult &result)
{
    if (result.failed || result.messageCount == 0)
        return;
    report([&result](SourceBatch &batch) {
        batch.turns.append(result);
        if (result.draftId)
            batch.drafts.append(result.draftId);
    });
}

void AgentHub::onOutboxEntryChanged(qint64 outboxId, DeliveryStatus status)
{
    Q_UNUSED(status) // the row says more (error details), and it is read anyway
    report([outboxId](SourceBatch &batch) { batch.outbox.append(outboxId); });
}

void AgentHub::onOutboxStatusChanged(const QList<storage::OutboxStatusChange> &changes)
{
    report([&changes](SourceBatch &batch) {
        for (const auto &change : changes) {
            if (change.conversationId)
                batch.outbox.append(change.id);
        }
    });
}

void AgentHub::onDraftCreated(qint64 draftId)
{
    report([draftId](SourceBatch &batch) { batch.drafts.append(draftId); });
}

// --- Hub-thread requests -------------------------------------------------------------------

void AgentHub::sync(AgentConnection &connection, const Envelope &request)
{
    ProtocolError error;
    const auto data = protocol::RequestCodec::parse<protocol::SyncRequest>(request, &error);
    if (!data) {
        refuse(connection, request.type, request.id, error, true);
        return;
    }
    if (const auto frames = m_log.since(data->epoch, data->afterSeq)) {
        // Everything missed, from memory: sent before any later event, so nothing falls in
        // between. (Events sent since the console connected are repeated here; consoles skip
        // sequence numbers they have already applied.)
        QJsonArray events;
        for (const QByteArray &frame : *frames)
            events.append(QJsonDocument::fromJson(frame).object());
        sendReply(connection, request,
                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("events")},
                              {QStringLiteral("events"), events}});
        return;
    }
    // A snapshot, read on the worker: every event numbered before this reply reaches the hub
    // was produced from data read before the snapshot (the worker runs in order), so the
    // snapshot is at least that new; later events are newer than the snapshot.
    const quint64 connectionId = connection.id();
    const QString username = connection.user()->username;
    const int closedLimit = m_options.snapshotClosedLimit;
    m_worker.start([this, connectionId, request, username, closedLimit] {
        QList<protocol::ConversationSummary> conversations;
        storage::ConversationViewRepository::CountsByAgent counts;
        ProtocolError failure;
        try {
            auto &db = m_database.connection();
            storage::Transaction tx(db, storage::Transaction::Mode::Read);
            storage::ConversationViewRepository view(db);
            conversations = view.snapshot(closedLimit, nowMs());
            counts = view.counts();
            tx.commit();
            ConversationViews(db, m_config).addBusinessNames(conversations);
        } catch (const storage::StorageError &e) {
            qCWarning(lcAgents, "snapshot for %s failed: %s", qUtf8Printable(username), e.what());
            failure = {QStringLiteral("internal"),
                       {},
                       QStringLiteral("the server could not read its state")};
        }
        QJsonArray list;
        for (const auto &summary : std::as_const(conversations))
            list.append(ConversationViews::summaryJson(summary));
        const auto mine = counts.forUser(username);
        QMetaObject::invokeMethod(
            this,
            [this, connectionId, request, list, mine, failure] {
                AgentConnection *c = m_connections.value(connectionId);
                if (!c)
                    return;
                if (!failure.isNull()) {
                    c->send(encodeError(request, failure));
                    return;
                }
                c->setSentCounts(mine);
                sendReply(*c, request,
                          QJsonObject{{QStringLiteral("mode"), QStringLiteral("snapshot")},
                                      {QStringLiteral("epoch"), m_log.epoch()},
                                      {QStringLiteral("seq"), m_log.seq()},
                                      {QStringLiteral("conversations"), list},
                                      {QStringLiteral("counts"), PayloadCodec::toJson(mine)}});
            },
            Qt::QueuedConnection);
    });
}

void AgentHub::setPresence(AgentConnection &connection, const Envelope &request)
{
    ProtocolError error;
    const auto data = protocol::RequestCodec::parse<protocol::PresenceRequest>(request, &error);
    if (!data) {
        refuse(connection, request.type, request.id, error, true);
        return;
    }
    sendReply(connection, request, {});
    if (m_presence.set(connection.id(), data->viewing, data->typing))
        broadcastPresence();
}

void AgentHub::login(AgentConnection &connection, const Envelope &request)
{
    ProtocolError error;
    const auto data = protocol::RequestCodec::parse<protocol::LoginRequest>(request, &error);
    if (!data) {
        refuse(connection, request.type, request.id, error, true);
        return;
    }
    const QString address = connection.peerAddress().toString();
    if (const int wait = m_throttle->secondsToWait(data->username, address); wait > 0) {
        refuse(connection, request.type, request.id,
               {QStringLiteral("rate_limited"),
                {},
                QStringLiteral("too many failed logins: try again in %1 s").arg(wait)},
               false);
        return;
    }
    // The password check is slow on purpose: never on this thread.
    const quint64 connectionId = connection.id();
    const PasswordHasher *hasher = m_hasher.get();
    m_passwords.start([this, hasher, connectionId, address, request, username = data->username,
                       password = data->password] {
        SessionOutcome outcome;
        try {
            auto &db = m_database.connection();
            const auto user = storage::UserRepository(db).findByName(username);
            bool verified = false;
            if (user && !user->disabled)
                verified = hasher->verify(password, user->passwordHash);
            else
                hasher->verifyNothing(password); // as slow as a wrong password
            if (!verified) {
                outcome.wrongCredentials = true;
                outcome.error = {QStringLiteral("unauthenticated"),
                                 {},
                                 QStringLiteral("wrong user name or password")};
            } else {
                const qint64 now = nowMs();
                const QString token = SessionTokens::generate();
                const qint64 expiresAt = now + SessionTokens::kLifetimeMs;
                storage::Transaction tx(db);
                storage::SessionRepository(db).create(SessionTokens::hash(token), user->id, now,
                                                      expiresAt);
                tx.commit();
                outcome.user = HubUser{user->id, user->username, user->role};
                outcome.session.token = token;
                outcome.session.expiresAt = expiresAt;
            }
        } catch (const storage::StorageError &e) {
            qCWarning(lcAgents, "login of %s failed: %s", qUtf8Printable(username), e.what());
            outcome.error = {QStringLiteral("internal"),
                             {},
                             QStringLiteral("the server could not check the login")};
        }
        QMetaObject::invokeMethod(
            this,
            [this, connectionId, address, request, username, outcome] {
                if (outcome.wrongCredentials)
                    m_throttle->recordFailure(username, address);
                else if (outcome.user)
                    m_throttle->recordSuccess(username);
                startSession(connectionId, request, outcome);
            },
            Qt::QueuedConnection);
    });
}

void AgentHub::resume(AgentConnection &connection, const Envelope &request)
{
    ProtocolError error;
    const auto data = protocol::RequestCodec::parse<protocol::ResumeRequest>(request, &error);
    if (!data) {
        refuse(connection, request.type, request.id, error, true);
        return;
    }
    const ProtocolError expired{QStringLiteral("unauthenticated"), QStringLiteral("data.token"),
                                QStringLiteral("the session expired or was ended: log in again")};
    if (!SessionTokens::looksValid(data->token)) {
        refuse(connection, request.type, request.id, expired, false);
        return;
    }
    const quint64 connectionId = connection.id();
    m_passwords.start([this, connectionId, request, token = data->token, expired] {
        SessionOutcome outcome;
        try {
            auto &db = m_database.connection();
            const qint64 now = nowMs();
            const QString hash = SessionTokens::hash(token);
            storage::Transaction tx(db);
            storage::SessionRepository sessions(db);
            const auto session = sessions.findValid(hash, now);
            const qint64 expiresAt = now + SessionTokens::kLifetimeMs;
            if (session && sessions.touch(hash, now, expiresAt)) {
                tx.commit();
                outcome.user =
                    HubUser{session->user.id, session->user.username, session->user.role};
                outcome.session.token = token;
                outcome.session.expiresAt = expiresAt;
            } else {
                outcome.error = expired;
            }
        } catch (const storage::StorageError &e) {
            qCWarning(lcAgents, "resume failed: %s", e.what());
            outcome.error = {QStringLiteral("internal"),
                             {},
                             QStringLiteral("the server could not check the session")};
        }
        QMetaObject::invokeMethod(
            this,
            [this, connectionId, request, outcome] {
                startSession(connectionId, request, outcome);
            },
            Qt::QueuedConnection);
    });
}

void AgentHub::startSession(quint64 connectionId, const Envelope &request,
                            const SessionOutcome &outcome)
{
    AgentConnection *connection = m_connections.value(connectionId);
    if (!connection)
        return;
    if (!outcome.user) {
        connection->send(encodeError(request, outcome.error));
        return;
    }
    // Logging in again on the same socket (another user) replaces the first login.
    if (connection->isAuthenticated())
        m_presence.disconnected(connectionId);
    connection->authenticate(*outcome.user, outcome.session.token);
    protocol::Session session = outcome.session;
    session.user = {outcome.user->username, outcome.user->role, false, true};
    session.epoch = m_log.epoch();
    session.seq = m_log.seq();
    session.sandbox = m_config.isSandbox();
    session.serverVersion = QStringLiteral(SPORTELLO_VERSION);
    sendReply(*connection, request, PayloadCodec::toJson(session));
    qCInfo(lcAgents, "%s logged in from %s", qUtf8Printable(outcome.user->username),
           qUtf8Printable(connection->peer()));
    m_presence.connected(connectionId, outcome.user->username);
    broadcastPresence(); // also gives the new console the picture
    scheduleCounts();    // the new console has none yet
}

void AgentHub::logout(AgentConnection &connection, const Envelope &request)
{
    const QString token = connection.token();
    const QString username = connection.user()->username;
    connection.logout();
    if (m_presence.disconnected(connection.id()))
        broadcastPresence();
    const quint64 connectionId = connection.id();
    m_passwords.start([this, connectionId, request, token, username] {
        ProtocolError failure;
        try {
            auto &db = m_database.connection();
            storage::Transaction tx(db);
            storage::SessionRepository(db).revoke(SessionTokens::hash(token));
            tx.commit();
        } catch (const storage::StorageError &e) {
            qCWarning(lcAgents, "logout of %s failed: %s", qUtf8Printable(username), e.what());
            failure = {QStringLiteral("internal"),
                       {},
                       QStringLiteral("the server could not end the session")};
        }
        QMetaObject::invokeMethod(
            this,
            [this, connectionId, request, failure] {
                if (AgentConnection *c = m_connections.value(connectionId)) {
                    if (failure.isNull())
                        sendReply(*c, request, {});
                    else
                        c->send(encodeError(request, failure));
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace sportello::agents
