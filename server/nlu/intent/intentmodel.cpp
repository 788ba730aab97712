// SPDX-License-Identifier: LicenseRef-Sportello
// A trained intent classifier: scores messages, saves to and loads from a checked file.
#include "nlu/intent/intentmodel.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <numeric>

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFloat16>
#include <QSaveFile>
#include <QtEndian>

#include "nlu/intent/confidencecalibrator.h"
#include "nlu/intent/intenttrainer.h"
#include "nlu/intent/softmaxregression.h"
#include "nlu/intent/vectorstate.h"

namespace sportello::nlu {

namespace {

constexpr char kMagic[8] = {'S', 'P', 'I', 'N', 'T', 'E', 'N', 'T'};
constexpr quint32 kFormatVersion = 1;
constexpr qsizetype kHeaderBytes = 8 + 4 + 8; // magic, version, payload length
constexpr qsizetype kChecksumBytes = 32;      // SHA-256
constexpr int kMaxStoredLabels = 100'000;

QByteArray checksum(const QByteArray &bytes, qsizetype length)
{
    return QCryptographicHash::hash(QByteArrayView(bytes.constData(), length),
                                    QCryptographicHash::Sha256);
}

} // namespace

std::unique_ptr<IntentModel> IntentModel::train(const QList<IntentExample> &examples,
                                                const IntentTrainOptions &options, QString *error)
{
    return IntentTrainer::train(examples, options, error);
}

bool IntentModel::isOutOfScopeLabel(const QString &label)
{
    const QString l = label.trimmed().toLower();
    return l == u"out_of_scope" || l == u"oos" || l == u"out-of-scope" || l == u"out of scope";
}

QString IntentModel::outOfScopeLabel() const
{
    return m_outOfScopeIndex >= 0 ? m_labels.at(m_outOfScopeIndex) : QString();
}

quint32 IntentModel::formatVersion()
{
    return kFormatVersion;
}

IntentPrediction IntentModel::predict(const QString &text, double threshold) const
{
    clearUpperVectorState();
    IntentPrediction prediction;
    prediction.threshold = threshold;
    if (!isValid())
        return prediction;
    const int classes = m_weights.classes;
    std::vector<float> logits(static_cast<std::size_t>(m_weights.stride));
    SoftmaxRegression::scores(m_weights, m_features.transform(text), logits.data());
    std::vector<double> probabilities(static_cast<std::size_t>(classes));
    ConfidenceCalibrator::softmax(logits.data(), classes, m_temperature, probabilities.data());
    std::vector<int> order(static_cast<std::size_t>(classes));
    std::iota(order.begin(), order.end(), 0);
    const auto shown = static_cast<std::ptrdiff_t>(std::min(kCandidates, classes));
    // Ties go to the lower label index so equal scores give the same answer everywhere.
    std::partial_sort(order.begin(), order.begin() + shown, order.end(), [&](int a, int b) {
        const double pa = probabilities[static_cast<std::size_t>(a)];
        const double pb = probabilities[static_cast<std::size_t>(b)];
        return pa != pb ? pa > pb : a < b;
    });
    for (std::ptrdiff_t i = 0; i < shown; ++i) {
        const int c = order[static_cast<std::size_t>(i)];
        prediction.top.append({m_labels.at(c), probabilities[static_cast<std::size_t>(c)]});
    }
    prediction.intent = prediction.top.first().label;
    prediction.confidence = prediction.top.first().confidence;
    prediction.lowConfidence = prediction.confidence < threshold;
    prediction.ambiguous =
        prediction.top.at(1).confidence >= kAmbiguityRatio * prediction.confidence;
    prediction.outOfScope = prediction.lowConfidence || order.front() == m_outOfScopeIndex;
    return prediction;
}

QByteArray IntentModel::serialize() const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << m_labels << static_cast<qint32>(m_outOfScopeIndex) << m_temperature << m_threshold;
        out << static_cast<qint32>(m_info.examples) << static_cast<qint32>(m_info.features)
            << static_cast<qint32>(m_info.iterations) << m_info.converged
            << m_info.crossValidatedAccuracy << m_info.trainedAtMs;
        m_features.write(out);
        out << static_cast<qint32>(m_weights.features) << static_cast<qint32>(m_weights.classes);
        for (int c = 0; c < m_weights.classes; ++c)
            out << m_weights.bias[static_cast<std::size_t>(c)];
        // Half floats, little-endian, without the padding lanes: the bulk of the file, so
        // it is written raw.
        const auto classes = static_cast<std::size_t>(m_weights.classes);
        const auto stride = static_cast<std::size_t>(m_weights.stride);
        std::vector<quint16> half(static_cast<std::size_t>(m_weights.features) * classes);
        for (std::size_t f = 0; f < static_cast<std::size_t>(m_weights.features); ++f) {
            for (std::size_t c = 0; c < classes; ++c)
                half[f * classes + c] = qToLittleEndian(m_weights.weights[f * stride + c]);
        }
        out.writeRawData(reinterpret_cast<const char *>(half.data()),
                         static_cast<int>(half.size() * sizeof(quint16)));
    }
    QByteArray file;
    file.reserve(kHeaderBytes + payload.size() + kChecksumBytes);
    file.append(kMagic, sizeof kMagic);
    quint32 version = qToBigEndian(kFormatVersion);
    file.append(reinterpret_cast<const char *>(&version), sizeof version);
    quint64 length = qToBigEndian(static_cast<quint64>(payload.size()));
    file.append(reinterpret_cast<const char *>(&length), sizeof length);
    file.append(payload);
    file.append(checksum(file, file.size()));
    return file;
}

std::unique_ptr<IntentModel> IntentModel::deserialize(const QByteArray &bytes, QString *error)
{
    if (bytes.size() < kHeaderBytes + kChecksumBytes ||
        std::memcmp(bytes.constData(), kMagic, sizeof kMagic) != 0) {
        *error = QStringLiteral("not an intent model file");
        return nullptr;
    }
    const quint32 version = qFromBigEndian<quint32>(bytes.constData() + 8);
    if (version != kFormatVersion) {
        *error = QStringLiteral("intent model file format %1 is not the one this build reads (%2)")
                     .arg(version)
                     .arg(kFormatVersion);
        return nullptr;
    }
    const quint64 length = qFromBigEndian<quint64>(bytes.constData() + 12);
    if (length != static_cast<quint64>(bytes.size() - kHeaderBytes - kChecksumBytes)) {
        *error = QStringLiteral("intent model file is truncated or damaged (length mismatch)");
        return nullptr;
    }
    const qsizetype signedPart = bytes.size() - kChecksumBytes;
    if (checksum(bytes, signedPart) != bytes.right(kChecksumBytes)) {
        *error = QStringLiteral("intent model file is damaged (checksum mismatch)");
        return nullptr;
    }
    const QByteArray payload = bytes.mid(kHeaderBytes, static_cast<qsizetype>(length));
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    auto model = std::make_unique<IntentModel>();
    qint32 oos = -1;
    qint32 examples = 0;
    qint32 features = 0;
    qint32 iterations = 0;
    in >> model->m_labels >> oos >> model->m_temperature >> model->m_threshold;
    in >> examples >> features >> iterations >> model->m_info.converged >>
        model->m_info.crossValidatedAccuracy >> model->m_info.trainedAtMs;
    model->m_outOfScopeIndex = oos;
    model->m_info.examples = examples;
    model->m_info.features = features;
    model->m_info.iterations = iterations;
    const auto inconsistent = [&] {
        *error = QStringLiteral("intent model file is inconsistent");
        return nullptr;
    };
    if (in.status() != QDataStream::Ok || !model->m_features.read(in))
        return inconsistent();
    qint32 weightFeatures = 0;
    qint32 classes = 0;
    in >> weightFeatures >> classes;
    if (in.status() != QDataStream::Ok || classes < 2 || classes > kMaxStoredLabels ||
        classes != model->m_labels.size() || weightFeatures != model->m_features.featureCount() ||
        oos < -1 || oos >= classes || !(model->m_temperature > 0.0)) {
        return inconsistent();
    }
    model->m_weights.features = weightFeatures;
    model->m_weights.classes = classes;
    model->m_weights.stride = SoftmaxRegression::strideFor(classes);
    const auto stride = static_cast<std::size_t>(model->m_weights.stride);
    model->m_weights.bias.assign(stride, 0.0F);
    for (int c = 0; c < classes; ++c)
        in >> model->m_weights.bias[static_cast<std::size_t>(c)];
    const std::size_t count = static_cast<std::size_t>(weightFeatures) * classes;
    const qint64 rawBytes = static_cast<qint64>(count * sizeof(quint16));
    if (in.status() != QDataStream::Ok || in.device()->bytesAvailable() != rawBytes)
        return inconsistent();
    std::vector<quint16> half(count);
    if (in.readRawData(reinterpret_cast<char *>(half.data()), static_cast<int>(rawBytes)) !=
        rawBytes) {
        return inconsistent();
    }
    model->m_weights.weights.assign(static_cast<std::size_t>(weightFeatures) * stride, 0);
    for (std::size_t f = 0; f < static_cast<std::size_t>(weightFeatures); ++f) {
        for (std::size_t c = 0; c < static_cast<std::size_t>(classes); ++c)
            model->m_weights.weights[f * stride + c] = qFromLittleEndian(half[f * classes + c]);
    }
    return model;
}

bool IntentModel::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write intent model %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write intent model %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<IntentModel> IntentModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read intent model %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    QString reason;
    auto model = deserialize(file.readAll(), &reason);
    if (!model)
        *error = QStringLiteral("%1: %2").arg(path, reason);
    return model;
}

} // namespace sportello::nlu
