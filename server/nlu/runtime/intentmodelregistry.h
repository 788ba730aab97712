// SPDX-License-Identifier: LicenseRef-Sportello
// One intent model per business: trained in the background, swapped atomically.
#pragma once

#include <atomic>
#include <memory>

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include "nlu/intent/intentexample.h"
#include "nlu/runtime/intentmodelstatus.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::storage {
class Database;
}

namespace sportello::nlu {

class IntentModel;

// Each business's model is trained on the default taxonomy's examples in the business's
// languages plus the examples the business added (stored in the database). Training runs on
// a thread of its own pool, never on the event loop or a pipeline thread; while it runs the
// previous model keeps answering, and the new one replaces it in one pointer swap, so a
// pipeline thread holding the old model finishes its turn with it.
//
// Trained models are kept in the cache folder under the hash of their training data: a
// restart, or another server with the same examples (tests, a scale-out), loads instead of
// training again.
class IntentModelRegistry : public QObject
{
    Q_OBJECT

public:
    IntentModelRegistry(storage::Database &database, const config::ServerConfig &config,
                        QObject *parent = nullptr);
    ~IntentModelRegistry() override;

    // Loads or trains every business's model in the background.
    void start();
    // The model that answers now; null until the first one is ready.
    std::shared_ptr<const IntentModel> model(const QString &phoneNumberId) const;
    IntentModelStatus status(const QString &phoneNumberId) const;
    // The business's examples changed: train again (a request during training is remembered
    // and runs after it, so the newest examples always win).
    void retrain(const QString &phoneNumberId);
    // For tests: true when no training is running or queued.
    bool waitForIdle(int timeoutMs);
    // Cancels a running training (its model is not swapped in) and starts no other.
    void stop();
    // The confidence under which a prediction is out of scope (config, else the model's own).
    double threshold(const IntentModel &model) const;

    // The default taxonomy's training examples in these languages (resources/nlu/intents).
    static QList<IntentExample> defaultExamples(const QStringList &languages);
    // The default taxonomy's intent names.
    static QStringList defaultIntents();

Q_SIGNALS:
    // Emitted on the registry's thread when a business's model or status changed.
    void statusChanged(const QString &phoneNumberId);

private:
    struct Slot
    {
        std::shared_ptr<const IntentModel> model;
        IntentModelStatus status;
        bool running = false;
        bool again = false;
    };

    void train(const QString &phoneNumberId);
    void finished(const QString &phoneNumberId, std::shared_ptr<const IntentModel> model,
                  IntentModelStatus status);
    QString cacheDir() const;

    storage::Database &m_database;
    const config::ServerConfig &m_config;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QHash<QString, Slot> m_slots;
    bool m_stopping = false;
    std::atomic<bool> m_cancel = false;
};

} // namespace sportello::nlu
