// SPDX-License-Identifier: LicenseRef-Sportello
// IEmbedder without network or downloads: fastText subword vectors, averaged over a text's words.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

#include "knowledge/embedding/fasttextembedderoptions.h"
#include "knowledge/embedding/iembedder.h"

namespace fasttext {
class FastText;
}

namespace sportello::knowledge {

class KnowledgeAnalyzer;

// A text's vector is the SIF-weighted mean of the vectors of its analysed words (subwords give
// misspelt and unseen words a vector too), less the training texts' mean, L2-normalised. The model
// is either trained on the business's own text (train(): its chunks' EmbeddingText, plus any
// general text given) or a pretrained fastText file the business configures (load() of a .bin or
// .vec). Threading: embed() is const work on immutable data; any number of threads may call it.
class FastTextEmbedder : public IEmbedder
{
public:
    // Called with the fraction done (0..1) now and then while training.
    using Progress = std::function<void(double)>;

    ~FastTextEmbedder() override;
    FastTextEmbedder(const FastTextEmbedder &) = delete;
    FastTextEmbedder &operator=(const FastTextEmbedder &) = delete;

    // Trains on `corpus` (one text per entry, the business's) and `extraText` (general text
    // in the same language, only to learn words from). Deterministic: one thread, fixed seed.
    // nullptr with *error when there is nothing to learn from or fastText fails.
    static std::unique_ptr<FastTextEmbedder> train(const QStringList &corpus,
                                                   const FastTextEmbedderOptions &options,
                                                   QString *error, const Progress &progress = {},
                                                   const QStringList &extraText = {});
    // A model saved by save(), or a pretrained fastText file: .bin (subwords, word counts)
    // or .vec (text, most frequent word first, no subwords: unknown words are skipped).
    // For a pretrained file, `options` gives language, stemming and weighting (stem should
    // stay off: pretrained vectors are of words) and modelId() is "fasttext-file-<hash>".
    static std::unique_ptr<FastTextEmbedder> load(const QString &path, QString *error = nullptr,
                                                  const FastTextEmbedderOptions &options = {});

    // `path` (fastText's .bin) and `path`.json (model id and analysis settings), each written
    // under a temporary name and renamed over the old one. Only for trained models.
    bool save(const QString &path, QString *error = nullptr) const;

    // "fasttext-sub-<12 hex>": a hash of the training parameters and text, so vectors of two
    // trainings are never mixed in a cache or an index.
    QString modelId() const override;
    int dimensions() const override;
    // Never fails; a text with no word the model knows (or none at all) gets the zero vector,
    // which is near to nothing.
    std::optional<QList<QList<float>>> embed(const QStringList &texts, QString *error) override;

    QList<float> embedOne(const QString &text) const;
    // The words a text is embedded from (analysed as in training).
    QStringList words(const QString &text) const;
    const FastTextEmbedderOptions &options() const { return m_options; }
    bool isTrained() const { return m_trained; }

private:
    explicit FastTextEmbedder(const FastTextEmbedderOptions &options);
    void prepare();
    float weight(qint64 count) const;

    FastTextEmbedderOptions m_options;
    QString m_modelId;
    int m_dimensions = 0;
    bool m_trained = false;
    std::unique_ptr<KnowledgeAnalyzer> m_analyzer;
    // Texts with only stop words ("what is it?") are embedded from all their words.
    std::unique_ptr<KnowledgeAnalyzer> m_plainAnalyzer;

    // Either a fastText model...
    std::unique_ptr<fasttext::FastText> m_fastText;
    std::vector<qint64> m_counts; // by fastText word id
    double m_tokens = 0.0;
    // ... or the rows of a .vec file, by folded word.
    QHash<QString, qsizetype> m_rows;
    std::vector<float> m_matrix;
    // The mean of the training texts' vectors, taken off every vector: averaged word vectors
    // share one large common direction that otherwise makes every long text alike.
    QList<float> m_center;
};

} // namespace sportello::knowledge
