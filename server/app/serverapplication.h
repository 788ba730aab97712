// SPDX-License-Identifier: LicenseRef-Sportello
// Wires the server's parts together and runs them: the object `serve` creates.
#pragma once

#include <atomic>
#include <memory>

#include <QFuture>
#include <QObject>
#include <QString>

#include "config/serverconfig.h"

class QLockFile;
class QThread;
class QTimer;

namespace sportello::storage {
class Database;
}
namespace sportello::metrics {
class ServerMetrics;
}
namespace sportello::ingest {
class IngestWriter;
}
namespace sportello::outbox {
class Outbox;
class OutboxSender;
} // namespace sportello::outbox
namespace sportello::nlu {
class IntentModelRegistry;
class UnderstandingService;
} // namespace sportello::nlu
namespace sportello::knowledge {
class KnowledgeBase;
}
namespace sportello::pipeline {
class Pipeline;
class TurnProcessor;
class TurnScheduler;
} // namespace sportello::pipeline
namespace sportello::whatsapp::sandbox {
class GraphEmulator;
}
namespace sportello::agents {
class AgentHub;
}
namespace sportello::http {
class GraphEmulatorServer;
class HttpFrontend;
class OpsController;
class SandboxController;
class WebhookController;
} // namespace sportello::http

namespace sportello::app {

// Threads: HTTP, the turn scheduler and the sandbox emulator live in the thread that calls
// start() (the main thread); the ingest writer and the outbox sender have their own;
// pipeline turns run on the scheduler's pool. Tests create several in one process.
class ServerApplication : public QObject
{
    Q_OBJECT

public:
    explicit ServerApplication(config::ServerConfig config, QObject *parent = nullptr);
    ~ServerApplication() override;

    // Opens the data folder and database, starts the workers and listens. On failure returns
    // false with a message for the operator (nothing half-started is left running).
    bool start(QString *error);
    // The businesses' knowledge bases (import, search); null until start() succeeded.
    knowledge::KnowledgeBase *knowledgeBase() const { return m_knowledge.get(); }
    // Finishes what was acknowledged (pending webhook writes), then stops every part.
    void stop();

    quint16 port() const { return m_port; }
    quint16 graphEmulatorPort() const { return m_graphPort; }
    QString baseUrl() const;
    const config::ServerConfig &config() const { return m_config; }
    storage::Database &database() { return *m_database; }
    metrics::ServerMetrics &metrics() { return *m_metrics; }
    whatsapp::sandbox::GraphEmulator *emulator() { return m_emulator.get(); }
    // True when no turn is waiting or running (for tests and orderly shutdown).
    bool pipelineIdle() const;
    // Tells the outbox sender that rows were enqueued outside the pipeline.
    void wakeOutbox();
    const outbox::Outbox &outbox() const { return *m_outbox; }
    // The consoles' WebSocket endpoint (/agents); null before start().
    agents::AgentHub *agentHub() { return m_hub.get(); }
    // Per-business intent models (trained in the background); null before start().
    nlu::IntentModelRegistry *intentModels() { return m_intents.get(); }

private:
    bool startSandbox(QString *error);
    bool startTls(QString *error);
    void scheduleCheckpoints();

    config::ServerConfig m_config;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<metrics::ServerMetrics> m_metrics;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<ingest::IngestWriter> m_writer;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<nlu::IntentModelRegistry> m_intents;
    std::unique_ptr<nlu::UnderstandingService> m_understanding;
    std::unique_ptr<knowledge::KnowledgeBase> m_knowledge;
    QFuture<void> m_knowledgeWarmUp;
    std::shared_ptr<std::atomic<bool>> m_stopping = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<pipeline::Pipeline> m_pipeline;
    std::unique_ptr<pipeline::TurnProcessor> m_processor;
    std::unique_ptr<pipeline::TurnScheduler> m_scheduler;
    std::unique_ptr<QThread> m_senderThread;
    outbox::OutboxSender *m_sender = nullptr; // lives in m_senderThread
    std::unique_ptr<whatsapp::sandbox::GraphEmulator> m_emulator;
    std::unique_ptr<http::GraphEmulatorServer> m_emulatorServer;
    std::unique_ptr<http::SandboxController> m_sandboxController;
    std::unique_ptr<http::WebhookController> m_webhook;
    std::unique_ptr<http::OpsController> m_ops;
    std::unique_ptr<agents::AgentHub> m_hub;
    std::unique_ptr<http::HttpFrontend> m_http;
    std::unique_ptr<QTimer> m_checkpointTimer;
    std::shared_ptr<std::atomic<bool>> m_checkpointBusy;
    quint16 m_port = 0;
    quint16 m_graphPort = 0;
    bool m_started = false;
};

} // namespace sportello::app
