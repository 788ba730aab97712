// SPDX-License-Identifier: LicenseRef-Sportello
// One intent model per business: trained in the background, swapped atomically.
#include "nlu/runtime/intentmodelregistry.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include "config/serverconfig.h"
#include "nlu/eval/labelleddataset.h"
#include "nlu/intent/intentmodel.h"
#include "nlu/nlulog.h"
#include "storage/database.h"
#include "storage/intentexamplerepository.h"
#include "storage/storageerror.h"

namespace sportello::nlu {

namespace {
constexpr auto kTaxonomyDir = ":/sportello/server/nlu/intents/train";

// Same examples, same model: the cache key covers every example and the trainer's version.
QString trainingHash(const QList<IntentExample> &examples)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("sportello-intent-v1\n"));
    hash.addData(QByteArray::number(IntentModel::formatVersion()));
    for (const auto &example : examples) {
        hash.addData(example.label.toUtf8());
        hash.addData(QByteArrayLiteral("\t"));
        hash.addData(example.text.toUtf8());
        hash.addData(QByteArrayLiteral("\n"));
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}
} // namespace

IntentModelRegistry::IntentModelRegistry(storage::Database &database,
                                         const config::ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_config(config)
{
    // One training at a time: it uses both cores on its own, and the pipeline must keep going.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("intent-training"));
}

IntentModelRegistry::~IntentModelRegistry()
{
    stop();
}

QList<IntentExample> IntentModelRegistry::defaultExamples(const QStringList &languages)
{
    QList<IntentExample> result;
    for (const QString &language : languages) {
        const QString path = QStringLiteral("%1/%2.csv").arg(QLatin1String(kTaxonomyDir), language);
        if (!QFileInfo::exists(path))
            continue; // a language the taxonomy does not cover yet: the business adds its own
        QString error;
        const auto dataset =
            LabelledDataset::load(path, LabelledDataset::intentLabelKeys(), &error);
        if (!dataset) {
            qCWarning(lcNlu, "default intent examples %s unreadable: %s", qUtf8Printable(path),
                      qUtf8Printable(error));
            continue;
        }
        for (const auto &row : dataset->rows())
            result.append(IntentExample{row.text, row.label});
    }
    return result;
}

QStringList IntentModelRegistry::defaultIntents()
{
    QStringList intents;
    for (const auto &example : defaultExamples({QStringLiteral("en")})) {
        if (!intents.contains(example.label))
            intents.append(example.label);
    }
    intents.sort();
    return intents;
}

QString IntentModelRegistry::cacheDir() const
{
    if (!m_config.nlu.modelCacheDir.isEmpty())
        return m_config.nlu.modelCacheDir;
    return QDir(m_config.server.dataDir).filePath(QStringLiteral("nlu"));
}

void IntentModelRegistry::start()
{
    for (const auto &business : m_config.businesses)
        retrain(business.phoneNumberId);
}

std::shared_ptr<const IntentModel> IntentModelRegistry::model(const QString &phoneNumberId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_slots.constFind(phoneNumberId);
    return it == m_slots.constEnd() ? nullptr : it->model;
}

IntentModelStatus IntentModelRegistry::status(const QString &phoneNumberId) const
{
    QMutexLocker lock(&m_mutex);
    return m_slots.value(phoneNumberId).status;
}

double IntentModelRegistry::threshold(const IntentModel &model) const
{
    return m_config.nlu.intentThreshold >= 0.0 ? m_config.nlu.intentThreshold : model.threshold();
}

void IntentModelRegistry::retrain(const QString &phoneNumberId)
{
    if (!m_config.business(phoneNumberId))
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        Slot &slot = m_slots[phoneNumberId];
        if (slot.running) {
            slot.again = true;
            return;
        }
        slot.running = true;
        slot.status.state = IntentModelStatus::State::Training;
    }
    Q_EMIT statusChanged(phoneNumberId);
    m_pool.start([this, phoneNumberId] { train(phoneNumberId); });
}

void IntentModelRegistry::train(const QString &phoneNumberId)
{
    IntentModelStatus status;
    std::shared_ptr<const IntentModel> model;
    QElapsedTimer timer;
    timer.start();
    try {
        const auto *business = m_config.business(phoneNumberId);
        QList<IntentExample> examples = defaultExamples(business->languages);
        const auto custom =
            storage::IntentExampleRepository(m_database.connection()).forBusiness(phoneNumberId);
        for (const auto &example : custom)
            examples.append(IntentExample{example.text, example.intent});
        status.examples = int(examples.size());
        status.customExamples = int(custom.size());
        QStringList intents;
        for (const auto &example : std::as_const(examples)) {
            if (!intents.contains(example.label))
                intents.append(example.label);
        }
        status.intents = int(intents.size());

        const QString dir = cacheDir();
        const QString path =
            QDir(dir).filePath(QStringLiteral("intent-%1.model").arg(trainingHash(examples)));
        QString error;
        if (QFileInfo::exists(path)) {
            model = IntentModel::load(path, &error);
            if (!model)
                qCWarning(lcNlu, "cached intent model %s unusable (%s): training again",
                          qUtf8Printable(path), qUtf8Printable(error));
        }
        if (!model) {
            qCInfo(lcNlu,
                   "business %s: training the intent model on %d examples (%d intents, "
                   "%d added by the business)",
                   qUtf8Printable(phoneNumberId), status.examples, status.intents,
                   status.customExamples);
            IntentTrainOptions options;
            options.cancel = &m_cancel;
            model = IntentModel::train(examples, options, &error);
            if (!model && m_cancel.load()) {
                // The server is stopping; the next start trains again.
                status.state = IntentModelStatus::State::Failed;
                status.error = QStringLiteral("stopped before the model was ready");
                finished(phoneNumberId, nullptr, status);
                return;
            }
            if (!model)
                throw std::runtime_error(error.toStdString());
            // Written beside and renamed: another server training the same examples at the
            // same time never sees half a file.
            if (!QDir().mkpath(dir) || !model->save(path, &error)) {
                qCWarning(lcNlu, "intent model not cached in %s: %s", qUtf8Printable(dir),
                          qUtf8Printable(error));
            }
        }
        status.state = IntentModelStatus::State::Ready;
    } catch (const std::exception &e) {
        status.state = IntentModelStatus::State::Failed;
        status.error = QString::fromUtf8(e.what());
        qCWarning(lcNlu, "business %s: intent model training failed: %s",
                  qUtf8Printable(phoneNumberId), e.what());
    }
    status.trainSeconds = timer.nsecsElapsed() / 1e9;
    status.readyAt = QDateTime::currentMSecsSinceEpoch();
    finished(phoneNumberId, std::move(model), status);
}

void IntentModelRegistry::finished(const QString &phoneNumberId,
                                   std::shared_ptr<const IntentModel> model,
                                   IntentModelStatus status)
{
    bool again = false;
    {
        QMutexLocker lock(&m_mutex);
        Slot &slot = m_slots[phoneNumberId];
        if (model) {
            slot.model = std::move(model);
            qCInfo(lcNlu, "business %s: intent model ready (%d examples, %.1f s)",
                   qUtf8Printable(phoneNumberId), status.examples, status.trainSeconds);
        } else if (slot.model) {
            // The previous model keeps answering; the status says what went wrong.
            status.examples = slot.status.examples;
        }
        slot.status = status;
        // A request that came during training runs now; the slot stays busy in between so
        // waitForIdle() never sees a gap.
        again = slot.again && !m_stopping;
        slot.again = false;
        slot.running = again;
        if (again)
            slot.status.state = IntentModelStatus::State::Training;
    }
    // statusChanged is for the hub (event loop thread): queued from the training thread.
    QMetaObject::invokeMethod(
        this, [this, phoneNumberId] { Q_EMIT statusChanged(phoneNumberId); }, Qt::QueuedConnection);
    if (again)
        m_pool.start([this, phoneNumberId] { train(phoneNumberId); });
}

void IntentModelRegistry::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_cancel = true;
    m_pool.clear();
    m_pool.waitForDone();
}

bool IntentModelRegistry::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            bool busy = false;
            for (const auto &slot : std::as_const(m_slots))
                busy = busy || slot.running || slot.again;
            if (!busy)
                return true;
        }
        if (timeoutMs >= 0 && timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(10);
    }
}

} // namespace sportello::nlu
