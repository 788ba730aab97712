// SPDX-License-Identifier: LicenseRef-Sportello
// One business's dense index: chunk ids to unit vectors, top-k by cosine (hnswlib HNSW).
#include "knowledge/index/vectorindex.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <filesystem>
#include <mutex>
#include <shared_mutex>
#include <system_error>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

// hnswlib defines non-inline functions in its headers: this must stay the only file that
// includes it.
#include <hnswlib/hnswlib.h>

#include "knowledge/knowledgelog.h"

namespace sportello::knowledge {

namespace {

using Hnsw = hnswlib::HierarchicalNSW<float>;

// Graph parameters: hnswlib's recommended defaults for recall > 0.95 at these sizes.
constexpr size_t kM = 16;
constexpr size_t kEfConstruction = 200;
constexpr size_t kEfSearch = 64;
// Up to this many allowed ids, an exact scan is as cheap as a graph search and never misses.
constexpr qsizetype kExactScanLimit = 2048;
constexpr int kMetaFormat = 1;

QString metaPath(const QString &path)
{
    return path + QStringLiteral(".meta");
}

std::string localPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// The exact size hnswlib 0.6's saveIndex() writes: it does not check its stream, so a full
// disk would otherwise go unnoticed.
qint64 expectedFileSize(const Hnsw &index)
{
    qint64 size = sizeof(index.offsetLevel0_) + sizeof(index.max_elements_) +
                  sizeof(index.cur_element_count) + sizeof(index.size_data_per_element_) +
                  sizeof(index.label_offset_) + sizeof(index.offsetData_) +
                  sizeof(index.maxlevel_) + sizeof(index.enterpoint_node_) + sizeof(index.maxM_) +
                  sizeof(index.maxM0_) + sizeof(index.M_) + sizeof(index.mult_) +
                  sizeof(index.ef_construction_);
    size += qint64(index.cur_element_count * index.size_data_per_element_);
    for (size_t i = 0; i < index.cur_element_count; ++i) {
        size += qint64(sizeof(unsigned int));
        if (index.element_levels_[i] > 0)
            size += qint64(index.size_links_per_element_ * size_t(index.element_levels_[i]));
    }
    return size;
}

std::optional<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return std::nullopt;
    return hash.result().toHex();
}

} // namespace

struct VectorIndex::Impl
{
    explicit Impl(int dimensions)
        : space(size_t(dimensions))
    {
    }

    qsizetype live() const { return qsizetype(hnsw->cur_element_count - hnsw->num_deleted_); }
    // Internal id of a live vector.
    std::optional<hnswlib::tableint> find(qint64 id) const
    {
        const auto it = hnsw->label_lookup_.find(hnswlib::labeltype(id));
        if (it == hnsw->label_lookup_.end() || hnsw->isMarkedDeleted(it->second))
            return std::nullopt;
        return it->second;
    }

    hnswlib::InnerProductSpace space; // before hnsw, which points into it
    std::unique_ptr<Hnsw> hnsw;
    mutable std::shared_mutex lock;
};

VectorIndex::VectorIndex(int dimensions, const QString &modelId, qsizetype capacity)
    : m_dimensions(std::max(1, dimensions))
    , m_modelId(modelId)
    , m_impl(std::make_unique<Impl>(m_dimensions))
{
    m_impl->hnsw = std::make_unique<Hnsw>(&m_impl->space, size_t(std::max<qsizetype>(16, capacity)),
                                          kM, kEfConstruction);
    m_impl->hnsw->setEf(kEfSearch);
}

VectorIndex::VectorIndex(int dimensions, const QString &modelId, std::unique_ptr<Impl> impl)
    : m_dimensions(dimensions)
    , m_modelId(modelId)
    , m_impl(std::move(impl))
{
}

VectorIndex::~VectorIndex() = default;

qsizetype VectorIndex::size() const
{
    std::shared_lock guard(m_impl->lock);
    return m_impl->live();
}

qsizetype VectorIndex::deletedCount() const
{
    std::shared_lock guard(m_impl->lock);
    return qsizetype(m_impl->hnsw->num_deleted_);
}

qsizetype VectorIndex::capacity() const
{
    std::shared_lock guard(m_impl->lock);
    return qsizetype(m_impl->hnsw->max_elements_);
}

bool VectorIndex::contains(qint64 id) const
{
    std::shared_lock guard(m_impl->lock);
    return id >= 0 && m_impl->find(id).has_value();
}

QList<qint64> VectorIndex::ids() const
{
    std::shared_lock guard(m_impl->lock);
    const Hnsw &hnsw = *m_impl->hnsw;
    QList<qint64> result;
    result.reserve(m_impl->live());
    for (const auto &[label, internal] : hnsw.label_lookup_) {
        if (!hnsw.isMarkedDeleted(internal))
            result.append(qint64(label));
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool VectorIndex::add(qint64 id, const QList<float> &vector, QString *error)
{
    if (id < 0)
        return fail(error, QStringLiteral("vector index: id %1 is negative").arg(id));
    if (vector.size() != m_dimensions)
        return fail(error, QStringLiteral("vector index: id %1 has %2 numbers, the index %3")
                               .arg(id)
                               .arg(vector.size())
                               .arg(m_dimensions));
    for (const float value : vector) {
        if (!std::isfinite(value))
            return fail(error,
                        QStringLiteral("vector index: id %1 has a non-finite value").arg(id));
    }
    std::unique_lock guard(m_impl->lock);
    Hnsw &hnsw = *m_impl->hnsw;
    try {
        const bool known = hnsw.label_lookup_.count(hnswlib::labeltype(id)) > 0;
        if (!known && hnsw.cur_element_count >= hnsw.max_elements_)
            hnsw.resizeIndex(std::max<size_t>(16, hnsw.max_elements_ * 2));
        hnsw.addPoint(vector.constData(), hnswlib::labeltype(id));
        return true;
    } catch (const std::exception &e) {
        return fail(error, QStringLiteral("vector index: adding id %1 failed: %2")
                               .arg(id)
                               .arg(QString::fromUtf8(e.what())));
    }
}

bool VectorIndex::remove(qint64 id)
{
    std::unique_lock guard(m_impl->lock);
    if (id < 0 || !m_impl->find(id))
        return false;
    m_impl->hnsw->markDelete(hnswlib::labeltype(id));
    return true;
}

QList<VectorIndex::Hit> VectorIndex::search(const QList<float> &query, int k,
                                            const QSet<qint64> *allowed) const
{
    QList<Hit> hits;
    if (k <= 0 || query.size() != m_dimensions || (allowed && allowed->isEmpty()))
        return hits;
    std::shared_lock guard(m_impl->lock);
    const Hnsw &hnsw = *m_impl->hnsw;
    const qsizetype live = m_impl->live();
    if (live == 0)
        return hits;

    if (allowed && allowed->size() <= kExactScanLimit) {
        for (const qint64 id : *allowed) {
            const auto internal = id >= 0 ? m_impl->find(id) : std::nullopt;
            if (!internal)
                continue;
            const float distance = hnsw.fstdistfunc_(
                query.constData(), hnsw.getDataByInternalId(*internal), hnsw.dist_func_param_);
            hits.append({id, 1.0f - distance});
        }
        const auto closer = [](const Hit &a, const Hit &b) {
            return a.score != b.score ? a.score > b.score : a.id < b.id;
        };
        const qsizetype keep = std::min<qsizetype>(k, hits.size());
        std::partial_sort(hits.begin(), hits.begin() + keep, hits.end(), closer);
        hits.resize(keep);
        return hits;
    }

    // Asks the graph for more candidates than k in proportion to how much the filter drops,
    // and widens the search until k pass (or every live vector was a candidate).
    size_t want = size_t(k);
    if (allowed) {
        const double ratio = double(live) / double(std::max<qsizetype>(1, allowed->size()));
        want = size_t(std::ceil(double(k) * std::max(1.0, ratio) * 2.0));
    }
    want = std::min(want, size_t(live));
    for (;;) {
        auto result = hnsw.searchKnn(query.constData(), want);
        hits.clear();
        hits.reserve(qsizetype(result.size()));
        while (!result.empty()) { // farthest first
            const auto &[distance, label] = result.top();
            if (!allowed || allowed->contains(qint64(label)))
                hits.append({qint64(label), 1.0f - distance});
            result.pop();
        }
        std::reverse(hits.begin(), hits.end());
        if (hits.size() >= k || want >= size_t(live))
            break;
        want = std::min(want * 4, size_t(live));
    }
    if (hits.size() > k)
        hits.resize(k);
    return hits;
}

bool VectorIndex::save(const QString &path, QString *error) const
{
    std::shared_lock guard(m_impl->lock);
    const Hnsw &hnsw = *m_impl->hnsw;
    const QString temporary = path + QStringLiteral(".tmp-") +
                              QString::number(QRandomGenerator::global()->generate(), 16);
    const auto cleanUp = [&temporary] { QFile::remove(temporary); };
    try {
        const_cast<Hnsw &>(hnsw).saveIndex(localPath(temporary));
    } catch (const std::exception &e) {
        cleanUp();
        return fail(error, QStringLiteral("vector index: cannot write %1: %2")
                               .arg(temporary, QString::fromUtf8(e.what())));
    }
    const qint64 bytes = expectedFileSize(hnsw);
    const std::optional<QByteArray> checksum = sha256Of(temporary);
    if (QFileInfo(temporary).size() != bytes || !checksum) {
        cleanUp();
        return fail(error, QStringLiteral("vector index: %1 was not written completely (disk "
                                          "full?)")
                               .arg(temporary));
    }

    QJsonObject meta;
    meta.insert(QStringLiteral("format"), kMetaFormat);
    meta.insert(QStringLiteral("dimensions"), m_dimensions);
    meta.insert(QStringLiteral("model"), m_modelId);
    meta.insert(QStringLiteral("count"), qint64(hnsw.cur_element_count));
    meta.insert(QStringLiteral("bytes"), bytes);
    meta.insert(QStringLiteral("sha256"), QString::fromLatin1(*checksum));
    meta.insert(QStringLiteral("knowledge_version"), m_knowledgeVersion.load());
    QSaveFile metaFile(metaPath(path));
    if (!metaFile.open(QIODevice::WriteOnly) || metaFile.write(QJsonDocument(meta).toJson()) < 0) {
        cleanUp();
        return fail(error, QStringLiteral("vector index: cannot write %1: %2")
                               .arg(metaPath(path), metaFile.errorString()));
    }
    // Payload first: a crash between the two renames leaves a checksum that no longer
    // matches, which load() reports as Corrupt, and the caller rebuilds.
    std::error_code renameError;
    std::filesystem::rename(localPath(temporary), localPath(path), renameError);
    if (renameError) {
        cleanUp();
        return fail(error,
                    QStringLiteral("vector index: cannot rename %1 to %2: %3")
                        .arg(temporary, path, QString::fromStdString(renameError.message())));
    }
    if (!metaFile.commit())
        return fail(error, QStringLiteral("vector index: cannot write %1: %2")
                               .arg(metaPath(path), metaFile.errorString()));
    return true;
}

std::unique_ptr<VectorIndex> VectorIndex::load(const QString &path, int expectedDimensions,
                                               const QString &expectedModelId, QString *error,
                                               LoadFailure *failure)
{
    const auto refuse = [&](LoadFailure why, const QString &text) -> std::unique_ptr<VectorIndex> {
        if (failure)
            *failure = why;
        if (error)
            *error = QStringLiteral("vector index %1: %2").arg(path, text);
        return nullptr;
    };
    if (failure)
        *failure = LoadFailure::None;

    QFile metaFile(metaPath(path));
    if (!metaFile.exists())
        return QFile::exists(path) ? refuse(LoadFailure::Corrupt, QStringLiteral("no .meta file"))
                                   : refuse(LoadFailure::Missing, QStringLiteral("no such file"));
    if (!metaFile.open(QIODevice::ReadOnly))
        return refuse(LoadFailure::Corrupt,
                      QStringLiteral(".meta: cannot read: %1").arg(metaFile.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(metaFile.read(64 * 1024), &parseError);
    const QJsonObject meta = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(LoadFailure::Corrupt, QStringLiteral(".meta: not a JSON object"));
    if (meta.value(QStringLiteral("format")).toInt() != kMetaFormat)
        return refuse(LoadFailure::Corrupt,
                      QStringLiteral(".meta: format: not %1").arg(kMetaFormat));
    const int dimensions = meta.value(QStringLiteral("dimensions")).toInt();
    if (dimensions != expectedDimensions)
        return refuse(LoadFailure::DimensionMismatch,
                      QStringLiteral("saved with %1 dimensions, %2 expected")
                          .arg(dimensions)
                          .arg(expectedDimensions));
    const QString model = meta.value(QStringLiteral("model")).toString();
    if (!expectedModelId.isEmpty() && model != expectedModelId)
        return refuse(
            LoadFailure::ModelMismatch,
            QStringLiteral("saved for model \"%1\", \"%2\" expected").arg(model, expectedModelId));
    const qint64 bytes = meta.value(QStringLiteral("bytes")).toInteger(-1);
    if (!QFile::exists(path))
        return refuse(LoadFailure::Corrupt,
                      QStringLiteral("the .meta file is there, the index not"));
    if (QFileInfo(path).size() != bytes)
        return refuse(
            LoadFailure::Corrupt,
            QStringLiteral("%1 bytes, %2 expected").arg(QFileInfo(path).size()).arg(bytes));
    const std::optional<QByteArray> checksum = sha256Of(path);
    if (!checksum ||
        QString::fromLatin1(*checksum) != meta.value(QStringLiteral("sha256")).toString())
        return refuse(LoadFailure::Corrupt, QStringLiteral("checksum mismatch"));

    auto impl = std::make_unique<Impl>(dimensions);
    try {
        impl->hnsw = std::make_unique<Hnsw>(&impl->space, localPath(path));
    } catch (const std::exception &e) {
        return refuse(LoadFailure::Corrupt, QString::fromUtf8(e.what()));
    }
    Hnsw &hnsw = *impl->hnsw;
    if (hnsw.label_offset_ - hnsw.offsetData_ != size_t(dimensions) * sizeof(float) ||
        qint64(hnsw.cur_element_count) != meta.value(QStringLiteral("count")).toInteger(-1))
        return refuse(LoadFailure::Corrupt, QStringLiteral("layout does not match the .meta"));
    // hnswlib 0.6's loading constructor leaves these uninitialised.
    hnsw.num_deleted_ = 0;
    for (hnswlib::tableint i = 0; i < hnsw.cur_element_count; ++i) {
        if (hnsw.isMarkedDeleted(i))
            ++hnsw.num_deleted_;
    }
    hnsw.metric_distance_computations = 0;
    hnsw.metric_hops = 0;
    hnsw.setEf(kEfSearch);
    qCDebug(lcKnowledge) << "vector index" << path << "loaded:" << hnsw.cur_element_count
                         << "vectors," << hnsw.num_deleted_ << "deleted";
    std::unique_ptr<VectorIndex> loaded(new VectorIndex(dimensions, model, std::move(impl)));
    loaded->m_knowledgeVersion = meta.value(QStringLiteral("knowledge_version")).toInteger(0);
    return loaded;
}

} // namespace sportello::knowledge
