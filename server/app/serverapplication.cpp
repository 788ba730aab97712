// SPDX-License-Identifier: LicenseRef-Sportello
// Wires the server's parts together and runs them: the object `serve` creates.
#include "app/serverapplication.h"

#include <atomic>

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLockFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include "agents/hub/agenthub.h"
#include "app/applog.h"
#include "http/graphemulatorserver.h"
#include "http/httpfrontend.h"
#include "http/opscontroller.h"
#include "http/sandboxcontroller.h"
#include "http/webhookcontroller.h"
#include "ingest/ingestwriter.h"
#include "knowledge/answer/faqansweroptions.h"
#include "knowledge/knowledgebase.h"
#include "metrics/servermetrics.h"
#include "nlu/runtime/intentmodelregistry.h"
#include "nlu/runtime/understandingservice.h"
#include "outbox/outbox.h"
#include "outbox/outboxsender.h"
#include "pipeline/pipeline.h"
#include "pipeline/turnprocessor.h"
#include "pipeline/turnscheduler.h"
#include "runtime/threadpriority.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "whatsapp/sandbox/graphemulator.h"

namespace sportello::app {

namespace {
// The Graph API version the sandbox answers on; any version works there.
constexpr auto kSandboxGraphVersion = "v23.0";
} // namespace

ServerApplication::ServerApplication(config::ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(std::make_unique<metrics::ServerMetrics>())
    , m_checkpointBusy(std::make_shared<std::atomic<bool>>(false))
{
}

ServerApplication::~ServerApplication()
{
    stop();
}

QString ServerApplication::baseUrl() const
{
    const QString host = m_config.server.bind == u"0.0.0.0" || m_config.server.bind == u"::"
                             ? QStringLiteral("127.0.0.1")
                             : m_config.server.bind;
    return QStringLiteral("%1://%2:%3")
        .arg(m_config.server.hasTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(m_port);
}

bool ServerApplication::start(QString *error)
{
    const QString dataDir = m_config.server.dataDir;
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(dataDir);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("sportello.lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(100)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = QStringLiteral("the data folder %1 is in use by another sportello-server (pid %2)")
                     .arg(dataDir)
                     .arg(pid);
        m_lock.reset();
        return false;
    }

    storage::DatabaseOptions options;
    options.path = QDir(dataDir).filePath(QStringLiteral("sportello.db"));
    options.synchronousFull = m_config.storage.synchronousFull;
    options.busyTimeoutMs = m_config.storage.busyTimeoutMs;
    m_database = std::make_unique<storage::Database>(options);
    try {
        m_database->open();
    } catch (const storage::StorageError &e) {
        *error = QStringLiteral("cannot open the database: %1").arg(e.text());
        m_database.reset();
        m_lock.reset();
        return false;
    }

    const config::ServerConfig *config = &m_config;
    m_writer = std::make_unique<ingest::IngestWriter>(
        *m_database, m_config.whatsapp.appSecret.reveal(),
        [config](const QString &id) { return config->business(id) != nullptr; }, *m_metrics);
    m_outbox = std::make_unique<outbox::Outbox>(m_config);
    try {
        m_intents = std::make_unique<nlu::IntentModelRegistry>(*m_database, m_config);
        m_understanding = std::make_unique<nlu::UnderstandingService>(m_config, m_intents.get());
    } catch (const std::exception &e) {
        // Lexicons and the taxonomy are compiled in; failing here means a broken build.
        *error = QStringLiteral("cannot load the understanding resources: %1")
                     .arg(QString::fromUtf8(e.what()));
        stop();
        return false;
    }
    m_knowledge = std::make_unique<knowledge::KnowledgeBase>(*m_database, m_config);
    {
        // Lexical indexes build and dense indexes load (or rebuild) in the background; until
        // one is ready its business's searches wait for it or, failing that, fall back to BM25.
        m_stopping->store(false);
        m_knowledgeWarmUp =
            QtConcurrent::run([knowledgeBase = m_knowledge.get(), businesses = m_config.businesses,
                               stopping = m_stopping] {
                for (const auto &business : businesses) {
                    if (stopping->load())
                        return;
                    QString why;
                    if (!knowledgeBase->warmUp(business.phoneNumberId, &why)) {
                        qCWarning(lcApp,
                                  "business %s: knowledge index not ready (searches build it or "
                                  "fall back to BM25): %s",
                                  qUtf8Printable(business.phoneNumberId), qUtf8Printable(why));
                    }
                }
            });
    }
    knowledge::FaqAnswerOptions faqOptions;
    faqOptions.threshold = m_config.knowledge.faqDraftThreshold;
    m_pipeline = std::make_unique<pipeline::Pipeline>(
        pipeline::Pipeline::standard(m_understanding.get(), m_knowledge.get(), faqOptions));
    m_processor =
        std::make_unique<pipeline::TurnProcessor>(*m_database, m_config, *m_outbox, *m_pipeline);
    m_scheduler = std::make_unique<pipeline::TurnScheduler>(*m_database, *m_processor,
                                                            m_config.pipeline.quietWindowMs,
                                                            m_config.pipeline.workers, *m_metrics);

    m_senderThread = std::make_unique<QThread>();
    m_senderThread->setObjectName(QStringLiteral("outbox"));
    m_sender = new outbox::OutboxSender(*m_database, m_config, *m_metrics);
    m_sender->moveToThread(m_senderThread.get());
    connect(m_senderThread.get(), &QThread::finished, m_sender, &QObject::deleteLater);

    connect(m_writer.get(), &ingest::IngestWriter::inboundStored, m_scheduler.get(),
            &pipeline::TurnScheduler::onInboundStored);
    connect(m_scheduler.get(), &pipeline::TurnScheduler::turnProcessed, this,
            [this](const pipeline::TurnResult &result) {
                for (const auto status : result.outboxStatuses)
                    m_metrics->outboundMessages.inc(toString(status));
                if (!result.outboxIds.isEmpty())
                    wakeOutbox();
            });

    if (m_config.isSandbox() && !startSandbox(error)) {
        stop();
        return false;
    }

    m_webhook = std::make_unique<http::WebhookController>(*m_writer, m_config.whatsapp.verifyToken,
                                                          m_config.server.maxBodyBytes, *m_metrics);
    ingest::IngestWriter *writer = m_writer.get();
    m_ops = std::make_unique<http::OpsController>(*m_database, *m_metrics, [writer]() -> QString {
        return writer->queueDepth() > 10000 ? QStringLiteral("ingest queue overloaded") : QString();
    });
    m_hub = std::make_unique<agents::AgentHub>(*m_database, m_config, *m_outbox, *m_metrics);
    m_hub->setOutboxWaker([this] { wakeOutbox(); });
    m_hub->setIntentRegistry(m_intents.get());
    m_hub->setKnowledgeBase(m_knowledge.get());
    connect(m_writer.get(), &ingest::IngestWriter::inboundStored, m_hub.get(),
            &agents::AgentHub::onInboundStored);
    connect(m_writer.get(), &ingest::IngestWriter::outboxStatusChanged, m_hub.get(),
            &agents::AgentHub::onOutboxStatusChanged);
    connect(m_scheduler.get(), &pipeline::TurnScheduler::turnProcessed, m_hub.get(),
            &agents::AgentHub::onTurnProcessed);
    connect(m_sender, &outbox::OutboxSender::entryChanged, m_hub.get(),
            &agents::AgentHub::onOutboxEntryChanged);
    m_http = std::make_unique<http::HttpFrontend>(*m_webhook, *m_ops, m_sandboxController.get(),
                                                  m_hub.get());
    if (m_config.server.hasTls() && !startTls(error)) {
        stop();
        return false;
    }

    m_writer->start();
    QHostAddress address;
    if (!address.setAddress(m_config.server.bind)) {
        *error =
            QStringLiteral("server.bind: \"%1\" is not an IP address").arg(m_config.server.bind);
        stop();
        return false;
    }
    m_port = m_http->listen(address, quint16(m_config.server.port), error);
    if (m_port == 0) {
        stop();
        return false;
    }
    if (m_emulator)
        m_emulator->setWebhookUrl(QUrl(baseUrl() + QStringLiteral("/webhook")));

    m_senderThread->start();
    QMetaObject::invokeMethod(m_sender, &outbox::OutboxSender::start, Qt::QueuedConnection);
    m_scheduler->start();
    m_intents->start();
    scheduleCheckpoints();
    m_started = true;

    qCInfo(lcApp, "sportello-server %s listening on %s (%s mode, %d business(es), data in %s)",
           SPORTELLO_VERSION, qUtf8Printable(baseUrl()), m_config.isSandbox() ? "sandbox" : "cloud",
           int(m_config.businesses.size()), qUtf8Printable(dataDir));
    return true;
}

bool ServerApplication::startSandbox(QString *error)
{
    whatsapp::sandbox::GraphEmulatorOptions options;
    options.appSecret = m_config.whatsapp.appSecret.reveal();
    options.accessToken = m_config.whatsapp.accessToken.reveal();
    for (const auto &business : m_config.businesses)
        options.phoneNumbers.append({business.phoneNumberId, business.displayPhoneNumber});
    options.sentDelayMs = m_config.sandbox.sentDelayMs;
    options.deliveredDelayMs = m_config.sandbox.deliveredDelayMs;
    options.readDelayMs = m_config.sandbox.readDelayMs;
    options.enforceThroughput = m_config.sandbox.throughputLimit;
    m_emulator = std::make_unique<whatsapp::sandbox::GraphEmulator>(options);
    m_emulatorServer = std::make_unique<http::GraphEmulatorServer>(m_emulator.get());
    m_graphPort =
        m_emulatorServer->listen(QHostAddress::LocalHost, quint16(m_config.sandbox.graphPort));
    if (m_graphPort == 0) {
        *error = QStringLiteral("sandbox.graph_port: cannot listen on port %1")
                     .arg(m_config.sandbox.graphPort);
        return false;
    }
    m_sender->setGraphBaseUrl(QStringLiteral("http://127.0.0.1:%1/%2")
                                  .arg(m_graphPort)
                                  .arg(QLatin1StringView(kSandboxGraphVersion)));
    m_sandboxController = std::make_unique<http::SandboxController>(m_emulator.get());
    qCInfo(lcApp,
           "sandbox: Graph API emulator on http://127.0.0.1:%d, customers at "
           "POST /sandbox/customers/<wa_id>/messages",
           m_graphPort);
    return true;
}

bool ServerApplication::startTls(QString *error)
{
    // The loader checked both files; they are read again here in case they changed since.
    QFile certFile(m_config.server.tlsCert);
    QFile keyFile(m_config.server.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("server.tls_cert/server.tls_key: cannot read %1 or %2")
                     .arg(m_config.server.tlsCert, m_config.server.tlsKey);
        return false;
    }
    const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("server.tls_cert/server.tls_key: not a PEM certificate and key");
        return false;
    }
    m_http->enableTls(chain.first(), key);
    return true;
}

void ServerApplication::scheduleCheckpoints()
{
    m_checkpointTimer = std::make_unique<QTimer>();
    storage::Database *database = m_database.get();
    auto busy = m_checkpointBusy;
    connect(m_checkpointTimer.get(), &QTimer::timeout, this, [database, busy] {
        if (busy->exchange(true))
            return;
        QThreadPool::globalInstance()->start([database, busy] {
            runtime::ThreadPriority::makeCurrentThreadBackground();
            try {
                database->checkpoint();
            } catch (const storage::StorageError &e) {
                qCWarning(lcApp, "checkpoint failed: %s", e.what());
            }
            busy->store(false);
        });
    });
    m_checkpointTimer->start(200);
}

bool ServerApplication::pipelineIdle() const
{
    return !m_scheduler || m_scheduler->isIdle();
}

void ServerApplication::wakeOutbox()
{
    if (m_sender)
        QMetaObject::invokeMethod(m_sender, &outbox::OutboxSender::wake, Qt::QueuedConnection);
}

void ServerApplication::stop()
{
    if (m_checkpointTimer)
        m_checkpointTimer->stop();
    // Stop taking requests first, then let the writer finish what it acknowledged.
    if (m_hub)
        m_hub->stop();
    m_http.reset();
    if (m_writer)
        m_writer->stop();
    m_webhook.reset();
    m_ops.reset();
    if (m_scheduler)
        m_scheduler->stop();
    if (m_senderThread) {
        if (m_senderThread->isRunning()) {
            QMetaObject::invokeMethod(m_sender, &outbox::OutboxSender::stop,
                                      Qt::BlockingQueuedConnection);
            m_senderThread->quit();
            m_senderThread->wait();
        } else {
            delete m_sender;
        }
        m_sender = nullptr;
        m_senderThread.reset();
    }
    m_sandboxController.reset();
    if (m_emulatorServer)
        m_emulatorServer->close();
    m_emulatorServer.reset();
    m_emulator.reset();
    // Wait for a checkpoint still running on the pool before the database goes.
    while (m_checkpointBusy->load())
        QThread::msleep(5);
    m_checkpointTimer.reset();
    m_hub.reset(); // its worker threads hold database connections
    m_scheduler.reset();
    m_processor.reset();
    m_pipeline.reset();
    m_stopping->store(true);
    m_knowledgeWarmUp.waitForFinished(); // at most the business it is on
    m_knowledge.reset();                 // after the pipeline and the hub, which search it
    m_understanding.reset();
    if (m_intents)
        m_intents->stop(); // training threads hold database connections
    m_intents.reset();
    m_outbox.reset();
    m_writer.reset();
    m_database.reset();
    m_lock.reset();
    if (m_started)
        qCInfo(lcApp, "sportello-server stopped");
    m_started = false;
}

} // namespace sportello::app
