// SPDX-License-Identifier: LicenseRef-Sportello
// IEmbedder without network or downloads: fastText subword vectors, averaged over a text's words.
#include "knowledge/embedding/fasttextembedder.h"

#include <cmath>
#include <cstdio>
#include <exception>

#include <fasttext/fasttext.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include "knowledge/embedding/vectormath.h"
#include "knowledge/knowledgelog.h"
#include "knowledge/text/knowledgeanalyzer.h"

namespace sportello::knowledge {

namespace {

// Bumped whenever analysis or weighting changes the vectors a trained model gives.
constexpr int kFormat = 2;
constexpr qint64 kFingerprintBytes = 1 << 20;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QByteArray describe(const FastTextEmbedderOptions &o)
{
    return QStringLiteral("fasttext-sub/%1 lang=%2 stem=%3 sif=%4 dim=%5 epoch=%6 sg=%7 ws=%8 "
                          "minCount=%9 minn=%10 maxn=%11 neg=%12 lr=%13 bucket=%14 seed=%15\n")
        .arg(kFormat)
        .arg(o.language)
        .arg(int(o.stem))
        .arg(o.sifWeight)
        .arg(o.dimensions)
        .arg(o.epochs)
        .arg(int(o.skipgram))
        .arg(o.window)
        .arg(o.minCount)
        .arg(o.minSubword)
        .arg(o.maxSubword)
        .arg(o.negatives)
        .arg(o.learningRate)
        .arg(o.buckets)
        .arg(o.seed)
        .toUtf8();
}

QJsonObject toJson(const FastTextEmbedderOptions &o)
{
    return {{QStringLiteral("language"), o.language},
            {QStringLiteral("stem"), o.stem},
            {QStringLiteral("sif_weight"), o.sifWeight}};
}

FastTextEmbedderOptions analysisFromJson(const QJsonObject &json, FastTextEmbedderOptions o)
{
    o.language = json.value(QLatin1String("language")).toString();
    o.stem = json.value(QLatin1String("stem")).toBool();
    o.sifWeight = json.value(QLatin1String("sif_weight")).toDouble(o.sifWeight);
    return o;
}

// A pretrained file can be gigabytes: its size and first and last megabyte identify it.
QString fileFingerprint(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(file.size()));
    hash.addData(file.read(kFingerprintBytes));
    if (file.size() > 2 * kFingerprintBytes) {
        file.seek(file.size() - kFingerprintBytes);
        hash.addData(file.read(kFingerprintBytes));
    }
    return QStringLiteral("fasttext-file-") + QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace

FastTextEmbedder::FastTextEmbedder(const FastTextEmbedderOptions &options)
    : m_options(options)
    , m_analyzer(std::make_unique<KnowledgeAnalyzer>(options.language))
    , m_plainAnalyzer(std::make_unique<KnowledgeAnalyzer>(QString()))
{
}

FastTextEmbedder::~FastTextEmbedder() = default;

QStringList FastTextEmbedder::words(const QString &text) const
{
    const AnalyzedText analyzed = m_analyzer->analyze(text);
    QStringList result = m_options.stem ? analyzed.terms : analyzed.words;
    if (result.isEmpty())
        result = m_plainAnalyzer->analyze(text).words;
    return result;
}

std::unique_ptr<FastTextEmbedder> FastTextEmbedder::train(const QStringList &corpus,
                                                          const FastTextEmbedderOptions &options,
                                                          QString *error, const Progress &progress,
                                                          const QStringList &extraText)
{
    std::unique_ptr<FastTextEmbedder> embedder(new FastTextEmbedder(options));
    QTemporaryDir folder;
    if (!folder.isValid()) {
        fail(error, QStringLiteral("fastText: cannot create a temporary folder: %1")
                        .arg(folder.errorString()));
        return nullptr;
    }
    const QString inputPath = folder.filePath(QStringLiteral("train.txt"));
    QFile input(inputPath);
    if (!input.open(QIODevice::WriteOnly)) {
        fail(error, QStringLiteral("fastText: %1").arg(input.errorString()));
        return nullptr;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(describe(options));
    qint64 wordCount = 0;
    for (const QStringList *texts : {&corpus, &extraText}) {
        hash.addData(texts == &corpus ? QByteArrayView("corpus\n") : QByteArrayView("extra\n"));
        for (const QString &text : *texts) {
            const QStringList words = embedder->words(text);
            if (words.isEmpty())
                continue;
            wordCount += words.size();
            const QByteArray line = words.join(u' ').toUtf8() + '\n';
            hash.addData(line);
            input.write(line);
        }
    }
    input.close();
    if (wordCount == 0) {
        fail(error, QStringLiteral("fastText: the training text has no words"));
        return nullptr;
    }
    embedder->m_modelId =
        QStringLiteral("fasttext-sub-") + QString::fromLatin1(hash.result().toHex().left(12));

    fasttext::Args args;
    args.input = QFile::encodeName(inputPath).toStdString();
    args.model = options.skipgram ? fasttext::model_name::sg : fasttext::model_name::cbow;
    args.loss = fasttext::loss_name::ns;
    args.dim = options.dimensions;
    args.epoch = options.epochs;
    args.ws = options.window;
    args.minCount = options.minCount;
    args.minn = options.minSubword;
    args.maxn = options.maxSubword;
    args.neg = options.negatives;
    args.lr = options.learningRate;
    args.bucket = options.buckets;
    args.seed = options.seed;
    args.thread = 1;
    args.verbose = 0;
    int reported = -1;
    const auto callback = [&](float done, float, double, double, int64_t) {
        const int percent = int(done * 100.0f);
        if (progress && percent != reported) {
            reported = percent;
            progress(double(done));
        }
    };
    try {
        embedder->m_fastText = std::make_unique<fasttext::FastText>();
        embedder->m_fastText->train(args, callback);
    } catch (const std::exception &e) {
        fail(error,
             QStringLiteral("fastText training failed: %1").arg(QString::fromLocal8Bit(e.what())));
        return nullptr;
    }
    if (progress && reported < 100)
        progress(1.0);
    embedder->m_trained = true;
    embedder->prepare();
    QList<double> mean(embedder->m_dimensions, 0.0);
    for (const QString &text : corpus) {
        const QList<float> vector = embedder->embedOne(text);
        for (int i = 0; i < embedder->m_dimensions; ++i)
            mean[i] += vector[i];
    }
    embedder->m_center.resize(embedder->m_dimensions);
    for (int i = 0; i < embedder->m_dimensions; ++i)
        embedder->m_center[i] = float(mean[i] / double(std::max<qsizetype>(1, corpus.size())));
    qCInfo(lcKnowledge) << "fastText model" << embedder->m_modelId << "trained on" << wordCount
                        << "words," << embedder->m_counts.size() << "distinct";
    return embedder;
}

void FastTextEmbedder::prepare()
{
    if (!m_fastText)
        return;
    m_dimensions = m_fastText->getDimension();
    const auto dictionary = m_fastText->getDictionary();
    const std::vector<int64_t> counts = dictionary->getCounts(fasttext::entry_type::word);
    m_counts.assign(counts.begin(), counts.end());
    m_tokens = 0.0;
    for (const qint64 count : m_counts)
        m_tokens += double(count);
}

float FastTextEmbedder::weight(qint64 count) const
{
    if (m_options.sifWeight <= 0.0 || m_tokens <= 0.0)
        return 1.0f;
    const double p = double(count) / m_tokens;
    return float(m_options.sifWeight / (m_options.sifWeight + p));
}

QList<float> FastTextEmbedder::embedOne(const QString &text) const
{
    QList<float> sum(m_dimensions, 0.0f);
    const QStringList textWords = words(text);
    if (m_fastText) {
        fasttext::Vector vector(m_dimensions);
        for (const QString &word : textWords) {
            const std::string utf8 = word.toStdString();
            m_fastText->getWordVector(vector, utf8);
            const int32_t id = m_fastText->getWordId(utf8);
            // A word never seen in training is rare by definition: full weight.
            const float w =
                id >= 0 && std::size_t(id) < m_counts.size() ? weight(m_counts[id]) : 1.0f;
            for (int i = 0; i < m_dimensions; ++i)
                sum[i] += w * vector[i];
        }
    } else {
        const auto rows = qsizetype(m_rows.size());
        for (const QString &word : textWords) {
            const auto it = m_rows.constFind(word);
            if (it == m_rows.cend())
                continue;
            // A .vec file has no counts but is sorted by frequency: Zipf's law estimates them.
            float w = 1.0f;
            if (m_options.sifWeight > 0.0) {
                const double p = 1.0 / (double(it.value() + 1) * (std::log(double(rows)) + 0.5772));
                w = float(m_options.sifWeight / (m_options.sifWeight + p));
            }
            const float *row = m_matrix.data() + it.value() * m_dimensions;
            for (int i = 0; i < m_dimensions; ++i)
                sum[i] += w * row[i];
        }
    }
    if (!VectorMath::normalize(sum)) {
        sum.fill(0.0f);
        return sum;
    }
    if (m_center.size() == m_dimensions) {
        for (int i = 0; i < m_dimensions; ++i)
            sum[i] -= m_center[i];
        if (!VectorMath::normalize(sum))
            sum.fill(0.0f);
    }
    return sum;
}

std::optional<QList<QList<float>>> FastTextEmbedder::embed(const QStringList &texts, QString *)
{
    QList<QList<float>> result;
    result.reserve(texts.size());
    for (const QString &text : texts)
        result.append(embedOne(text));
    return result;
}

QString FastTextEmbedder::modelId() const
{
    return m_modelId;
}

int FastTextEmbedder::dimensions() const
{
    return m_dimensions;
}

bool FastTextEmbedder::save(const QString &path, QString *error) const
{
    if (!m_trained || !m_fastText)
        return fail(error, QStringLiteral("%1: only a trained fastText model is saved").arg(path));
    const QString temporary = path + QStringLiteral(".tmp");
    try {
        m_fastText->saveModel(QFile::encodeName(temporary).toStdString());
    } catch (const std::exception &e) {
        QFile::remove(temporary);
        return fail(error, QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }
    QSaveFile meta(path + QStringLiteral(".json"));
    QJsonObject json = toJson(m_options);
    json.insert(QStringLiteral("format"), kFormat);
    json.insert(QStringLiteral("model_id"), m_modelId);
    QJsonArray center;
    for (const float value : m_center)
        center.append(double(value));
    json.insert(QStringLiteral("center"), center);
    if (!meta.open(QIODevice::WriteOnly) || meta.write(QJsonDocument(json).toJson()) < 0 ||
        !meta.commit()) {
        QFile::remove(temporary);
        return fail(error, QStringLiteral("%1: %2").arg(meta.fileName(), meta.errorString()));
    }
    // rename(2) replaces the old model in one step; QFile::rename would not overwrite.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return fail(error, QStringLiteral("%1: cannot replace the model file").arg(path));
    }
    return true;
}

std::unique_ptr<FastTextEmbedder> FastTextEmbedder::load(const QString &path, QString *error,
                                                         const FastTextEmbedderOptions &options)
{
    if (!QFileInfo::exists(path)) {
        fail(error, QStringLiteral("%1: no such file").arg(path));
        return nullptr;
    }
    FastTextEmbedderOptions settings = options;
    QString modelId;
    bool trained = false;
    QList<float> center;
    QFile meta(path + QStringLiteral(".json"));
    if (meta.open(QIODevice::ReadOnly)) {
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(meta.readAll(), &parseError).object();
        modelId = json.value(QLatin1String("model_id")).toString();
        if (parseError.error != QJsonParseError::NoError || modelId.isEmpty() ||
            json.value(QLatin1String("format")).toInt() != kFormat) {
            fail(error, QStringLiteral("%1: not a model description of this version (field "
                                       "model_id or format)")
                            .arg(meta.fileName()));
            return nullptr;
        }
        settings = analysisFromJson(json, settings);
        for (const auto value : json.value(QLatin1String("center")).toArray())
            center.append(float(value.toDouble()));
        trained = true;
    } else {
        // Pretrained vectors are of words, not of Snowball stems.
        settings.stem = false;
        modelId = fileFingerprint(path, error);
        if (modelId.isEmpty())
            return nullptr;
    }

    std::unique_ptr<FastTextEmbedder> embedder(new FastTextEmbedder(settings));
    embedder->m_modelId = modelId;
    embedder->m_trained = trained;
    if (path.endsWith(QLatin1String(".vec"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
            return nullptr;
        }
        const QList<QByteArray> header = file.readLine().trimmed().split(' ');
        bool countOk = false;
        bool dimOk = false;
        const qsizetype count = header.value(0).toLongLong(&countOk);
        const int dimensions = header.value(1).toInt(&dimOk);
        if (header.size() != 2 || !countOk || !dimOk || count < 0 || dimensions <= 0) {
            fail(error,
                 QStringLiteral("%1:1: expected the header \"<words> <dimensions>\"").arg(path));
            return nullptr;
        }
        embedder->m_dimensions = dimensions;
        embedder->m_matrix.reserve(std::size_t(count) * std::size_t(dimensions));
        const KnowledgeAnalyzer folder{QString()};
        qsizetype line = 1;
        while (!file.atEnd()) {
            ++line;
            const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
            if (fields.size() == 1 && fields.at(0).isEmpty())
                continue;
            if (fields.size() != dimensions + 1) {
                fail(error, QStringLiteral("%1:%2: expected a word and %3 numbers, got %4 fields")
                                .arg(path)
                                .arg(line)
                                .arg(dimensions)
                                .arg(fields.size()));
                return nullptr;
            }
            // Words are looked up folded, like the analysed text; the first (most frequent)
            // spelling of a folded form wins.
            const QStringList folded = folder.words(QString::fromUtf8(fields.at(0)));
            const qsizetype row = qsizetype(embedder->m_matrix.size()) / dimensions;
            for (int i = 1; i <= dimensions; ++i) {
                bool ok = false;
                const float value = fields.at(i).toFloat(&ok);
                if (!ok || !std::isfinite(value)) {
                    fail(error, QStringLiteral("%1:%2: field %3 is not a number")
                                    .arg(path)
                                    .arg(line)
                                    .arg(i + 1));
                    return nullptr;
                }
                embedder->m_matrix.push_back(value);
            }
            if (folded.size() == 1 && !embedder->m_rows.contains(folded.at(0)))
                embedder->m_rows.insert(folded.at(0), row);
        }
        return embedder;
    }
    try {
        embedder->m_fastText = std::make_unique<fasttext::FastText>();
        embedder->m_fastText->loadModel(QFile::encodeName(path).toStdString());
    } catch (const std::exception &e) {
        fail(error, QStringLiteral("%1: not a fastText model: %2")
                        .arg(path, QString::fromLocal8Bit(e.what())));
        return nullptr;
    }
    embedder->prepare();
    if (center.size() == embedder->m_dimensions)
        embedder->m_center = center;
    return embedder;
}

} // namespace sportello::knowledge
