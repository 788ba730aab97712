// SPDX-License-Identifier: LicenseRef-Sportello
// L2-regularised multinomial logistic regression trained with L-BFGS.
#include "nlu/intent/softmaxregression.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <deque>
#include <thread>

#include <QElapsedTimer>
#include <QFloat16>

#if defined(__SSE__)
#include <xmmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include "nlu/intent/vectorstate.h"
#include "nlu/nlulog.h"

// Hot loops get an AVX2 twin picked at load time. Not FMA: a fused multiply-add rounds
// differently, and the same data must give the same model on every x86 machine.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define SPORTELLO_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define SPORTELLO_VECTOR_CLONES
#endif

namespace sportello::nlu {

namespace {

using Vector = std::vector<float>;

// Class scores are laid out with a stride rounded up to whole vector registers, so the
// per-feature loops have no remainder; the padding lanes stay zero.
constexpr int kLaneMultiple = 8;

// Weights of rare features and far-off classes' probabilities decay towards zero; subnormal
// floats cost x86 cores up to a hundred times a normal operation. Flushing them to zero
// changes nothing measurable in the model. Scoped per thread, restoring the caller's mode.
class FlushDenormals
{
public:
#if defined(__SSE__)
    FlushDenormals()
        : m_saved(_mm_getcsr())
    {
        _mm_setcsr(m_saved | kFlushToZero | kDenormalsAreZero);
    }
    ~FlushDenormals()
    {
        _mm_setcsr(m_saved);
    }
    FlushDenormals(const FlushDenormals &) = delete;
    FlushDenormals &operator=(const FlushDenormals &) = delete;

private:
    static constexpr unsigned kFlushToZero = 0x8000;
    static constexpr unsigned kDenormalsAreZero = 0x0040;
    unsigned m_saved;
#endif
};

// Eight float lanes per block of 512 (which the compiler vectorises, unlike one running
// sum), blocks summed in double: fast, and precise enough for L-BFGS's curvature pairs.
SPORTELLO_VECTOR_CLONES
double dot(const float *a, const float *b, std::size_t n)
{
    constexpr std::size_t kLanes = 8;
    constexpr std::size_t kBlock = 512;
    double sum = 0.0;
    std::size_t i = 0;
    for (; i + kBlock <= n; i += kBlock) {
        float lanes[kLanes] = {};
        for (std::size_t j = 0; j < kBlock; j += kLanes) {
            for (std::size_t k = 0; k < kLanes; ++k)
                lanes[k] += a[i + j + k] * b[i + j + k];
        }
        for (const float lane : lanes)
            sum += lane;
    }
    for (; i < n; ++i)
        sum += static_cast<double>(a[i]) * b[i];
    return sum;
}

double dot(const Vector &a, const Vector &b)
{
    return dot(a.data(), b.data(), a.size());
}

// out = a + alpha * b (out may be a)
SPORTELLO_VECTOR_CLONES
void axpy(float *out, const float *a, float alpha, const float *b, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = a[i] + alpha * b[i];
}

void axpy(Vector *a, double alpha, const Vector &b)
{
    axpy(a->data(), a->data(), static_cast<float>(alpha), b.data(), a->size());
}

SPORTELLO_VECTOR_CLONES
void scale(float *a, float factor, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        a[i] *= factor;
}

// out = a - b
SPORTELLO_VECTOR_CLONES
void difference(float *out, const float *a, const float *b, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = a[i] - b[i];
}

double maxAbs(const Vector &a)
{
    float m = 0.0F;
    for (const float v : a)
        m = std::max(m, std::fabs(v));
    return m;
}

// scores = bias + sum_j value[j] * w[index[j]]: one row of `stride` floats per feature.
SPORTELLO_VECTOR_CLONES
void rowScores(const float *w, const float *bias, int stride, const std::int32_t *index,
               const float *value, std::int64_t count, float *scores)
{
    // Rows are read at random; asking for a few rows ahead overlaps their cache misses.
    constexpr std::int64_t kAhead = 4;
    constexpr int kFloatsPerLine = 16;
    for (int c = 0; c < stride; ++c)
        scores[c] = bias[c];
    for (std::int64_t j = 0; j < count; ++j) {
#if defined(__GNUC__)
        if (j + kAhead < count) {
            const float *next = w + static_cast<std::size_t>(index[j + kAhead]) * stride;
            for (int c = 0; c < stride; c += kFloatsPerLine)
                __builtin_prefetch(next + c);
        }
#endif
        const float v = value[j];
        const float *row = w + static_cast<std::size_t>(index[j]) * stride;
        for (int c = 0; c < stride; ++c)
            scores[c] += v * row[c];
    }
}

// g[index[j]] += value[j] * delta for every feature of the row.
SPORTELLO_VECTOR_CLONES
void rowGradient(float *g, int stride, const std::int32_t *index, const float *value,
                 std::int64_t count, const float *delta)
{
    for (std::int64_t j = 0; j < count; ++j) {
        const float v = value[j];
        float *row = g + static_cast<std::size_t>(index[j]) * stride;
        for (int c = 0; c < stride; ++c)
            row[c] += v * delta[c];
    }
}

// rowScores over half-float weights. Converting a half float is exact, and each lane sees
// the same multiplications and additions in the same order on both paths, so the F16C path
// and the portable one give identical scores.
void halfRowScoresPortable(const std::uint16_t *w, const float *bias, int stride,
                           const std::int32_t *index, const float *value, std::int64_t count,
                           float *scores)
{
    for (int c = 0; c < stride; ++c)
        scores[c] = bias[c];
    for (std::int64_t j = 0; j < count; ++j) {
        const float v = value[j];
        const std::uint16_t *row = w + static_cast<std::size_t>(index[j]) * stride;
        for (int c = 0; c < stride; ++c)
            scores[c] += v * static_cast<float>(std::bit_cast<qfloat16>(row[c]));
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2,f16c"))) void
halfRowScoresF16c(const std::uint16_t *w, const float *bias, int stride, const std::int32_t *index,
                  const float *value, std::int64_t count, float *scores)
{
    constexpr std::int64_t kAhead = 4;
    constexpr int kHalvesPerLine = 32;
    for (int c = 0; c < stride; ++c)
        scores[c] = bias[c];
    for (std::int64_t j = 0; j < count; ++j) {
        if (j + kAhead < count) {
            const std::uint16_t *next = w + static_cast<std::size_t>(index[j + kAhead]) * stride;
            for (int c = 0; c < stride; c += kHalvesPerLine)
                __builtin_prefetch(next + c);
        }
        const __m256 v = _mm256_set1_ps(value[j]);
        const std::uint16_t *row = w + static_cast<std::size_t>(index[j]) * stride;
        for (int c = 0; c < stride; c += kLaneMultiple) {
            const __m256 weights =
                _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(row + c)));
            _mm256_storeu_ps(scores + c,
                             _mm256_add_ps(_mm256_loadu_ps(scores + c), _mm256_mul_ps(v, weights)));
        }
    }
}

bool hasF16c()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("f16c");
    return has;
}
#endif

void halfRowScores(const std::uint16_t *w, const float *bias, int stride, const std::int32_t *index,
                   const float *value, std::int64_t count, float *scores)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (hasF16c()) {
        halfRowScoresF16c(w, bias, stride, index, value, count, scores);
        return;
    }
#endif
    halfRowScoresPortable(w, bias, stride, index, value, count, scores);
}

// The objective and its gradient over all rows. Parameters: F rows of `stride` weights, then
// `stride` biases.
class Objective
{
public:
    Objective(const SparseMatrix &x, const std::vector<int> &labels, int classes, int stride,
              double c, int slices)
        : m_x(x)
        , m_labels(labels)
        , m_classes(classes)
        , m_stride(stride)
        , m_c(c)
        , m_slices(std::max(1, slices))
    {
        m_partial.assign(static_cast<std::size_t>(m_slices - 1), Vector(parameters()));
    }

    std::size_t parameters() const { return static_cast<std::size_t>(m_x.columns + 1) * m_stride; }

    double evaluate(const Vector &theta, Vector *gradient)
    {
        std::vector<double> losses(static_cast<std::size_t>(m_slices), 0.0);
        const int rows = m_x.rows();
        auto slice = [&](int s) {
            clearUpperVectorState();
            const FlushDenormals flush;
            Vector &g = s == 0 ? *gradient : m_partial[static_cast<std::size_t>(s - 1)];
            std::fill(g.begin(), g.end(), 0.0F);
            const int begin = static_cast<int>(static_cast<std::int64_t>(rows) * s / m_slices);
            const int end = static_cast<int>(static_cast<std::int64_t>(rows) * (s + 1) / m_slices);
            losses[static_cast<std::size_t>(s)] = accumulate(theta, begin, end, &g);
        };
        std::vector<std::thread> workers;
        for (int s = 1; s < m_slices; ++s)
            workers.emplace_back(slice, s);
        slice(0);
        for (auto &worker : workers)
            worker.join();
        double loss = 0.0;
        for (const double l : losses)
            loss += l;
        for (const Vector &partial : m_partial)
            axpy(gradient, 1.0, partial);
        const std::size_t weightCount = static_cast<std::size_t>(m_x.columns) * m_stride;
        const double norm2 = dot(theta.data(), theta.data(), weightCount);
        axpy(gradient->data(), gradient->data(), static_cast<float>(1.0 / m_c), theta.data(),
             weightCount);
        return loss + norm2 / (2.0 * m_c);
    }

private:
    double accumulate(const Vector &theta, int begin, int end, Vector *gradient) const
    {
        const int k = m_classes;
        const std::size_t weightCount = static_cast<std::size_t>(m_x.columns) * m_stride;
        const float *bias = theta.data() + weightCount;
        float *gBias = gradient->data() + weightCount;
        Vector scores(static_cast<std::size_t>(m_stride), 0.0F);
        double loss = 0.0;
        for (int r = begin; r < end; ++r) {
            const std::int64_t from = m_x.rowStart[static_cast<std::size_t>(r)];
            const std::int64_t count = m_x.rowStart[static_cast<std::size_t>(r) + 1] - from;
            const std::int32_t *index = m_x.index.data() + from;
            const float *value = m_x.value.data() + from;
            float *s = scores.data();
            rowScores(theta.data(), bias, m_stride, index, value, count, s);
            const float top = *std::max_element(s, s + k);
            double sum = 0.0;
            for (int c = 0; c < k; ++c) {
                s[c] = std::exp(s[c] - top);
                sum += s[c];
            }
            const int label = m_labels[static_cast<std::size_t>(r)];
            loss += std::log(sum) - std::log(static_cast<double>(s[label]));
            const auto inverse = static_cast<float>(1.0 / sum);
            for (int c = 0; c < k; ++c)
                s[c] *= inverse;
            s[label] -= 1.0F;
            for (int c = k; c < m_stride; ++c)
                s[c] = 0.0F; // padding lanes never learn
            for (int c = 0; c < k; ++c)
                gBias[c] += s[c];
            rowGradient(gradient->data(), m_stride, index, value, count, s);
        }
        return loss;
    }

    const SparseMatrix &m_x;
    const std::vector<int> &m_labels;
    int m_classes;
    int m_stride;
    double m_c;
    int m_slices;
    std::vector<Vector> m_partial;
};

} // namespace

int SoftmaxRegression::strideFor(int classes)
{
    return (classes + kLaneMultiple - 1) / kLaneMultiple * kLaneMultiple;
}

std::optional<SoftmaxWeights> SoftmaxRegression::train(const SparseMatrix &x,
                                                       const std::vector<int> &labels, int classes,
                                                       const Options &options)
{
    clearUpperVectorState();
    const FlushDenormals flush;
    const int stride = strideFor(classes);
    Objective objective(x, labels, classes, stride, options.c, options.threads);
    const std::size_t parameters = objective.parameters();
    const std::size_t weightCount = static_cast<std::size_t>(x.columns) * stride;
    Vector theta(parameters, 0.0F);
    QElapsedTimer timer;
    timer.start();
    int evaluations = 1;
    Vector gradient(parameters);
    double value = objective.evaluate(theta, &gradient);
    // The sum over rows grows with the data; judging the gradient per row keeps one tolerance
    // meaningful for ten examples and for ten thousand.
    const double gradientTolerance = options.tolerance * std::max(1, x.rows()) / options.c;

    const auto history = static_cast<std::size_t>(std::max(1, options.history));
    std::deque<Vector> sHistory;
    std::deque<Vector> yHistory;
    std::deque<double> rhoHistory;
    Vector direction(parameters);
    Vector candidate(parameters);
    Vector candidateGradient(parameters);
    std::vector<double> alpha;

    SoftmaxWeights result;
    result.features = x.columns;
    result.classes = classes;
    int iteration = 0;
    for (; iteration < options.maxIterations; ++iteration) {
        if (options.cancel && options.cancel->load())
            return std::nullopt;
        if (maxAbs(gradient) <= gradientTolerance) {
            result.converged = true;
            break;
        }
        // Two-loop recursion: direction = -H * gradient.
        direction = gradient;
        alpha.assign(sHistory.size(), 0.0);
        for (std::size_t i = sHistory.size(); i-- > 0;) {
            alpha[i] = rhoHistory[i] * dot(sHistory[i], direction);
            axpy(&direction, -alpha[i], yHistory[i]);
        }
        const double gamma =
            sHistory.empty()
                ? 1.0 / std::max(1.0, std::sqrt(dot(gradient, gradient)))
                : dot(sHistory.back(), yHistory.back()) / dot(yHistory.back(), yHistory.back());
        scale(direction.data(), static_cast<float>(gamma), parameters);
        for (std::size_t i = 0; i < sHistory.size(); ++i) {
            const double beta = rhoHistory[i] * dot(yHistory[i], direction);
            axpy(&direction, alpha[i] - beta, sHistory[i]);
        }
        scale(direction.data(), -1.0F, parameters);
        double slope = dot(gradient, direction);
        if (slope >= 0.0) {
            // Curvature pairs went stale (float rounding); restart from steepest descent.
            sHistory.clear();
            yHistory.clear();
            rhoHistory.clear();
            direction = gradient;
            scale(direction.data(),
                  static_cast<float>(-1.0 / std::max(1.0, std::sqrt(dot(gradient, gradient)))),
                  parameters);
            slope = dot(gradient, direction);
        }
        // Backtracking until the Armijo condition holds.
        double step = 1.0;
        double candidateValue = 0.0;
        bool accepted = false;
        for (int tries = 0; tries < 40; ++tries) {
            axpy(candidate.data(), theta.data(), static_cast<float>(step), direction.data(),
                 parameters);
            candidateValue = objective.evaluate(candidate, &candidateGradient);
            ++evaluations;
            if (std::isfinite(candidateValue) && candidateValue <= value + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted)
            break; // no descent left at float precision: as good as it gets
        // The oldest pair's buffers are reused for the newest.
        Vector s;
        Vector y;
        if (sHistory.size() >= history) {
            s = std::move(sHistory.front());
            y = std::move(yHistory.front());
            sHistory.pop_front();
            yHistory.pop_front();
            rhoHistory.pop_front();
        } else {
            s.resize(parameters);
            y.resize(parameters);
        }
        difference(s.data(), candidate.data(), theta.data(), parameters);
        difference(y.data(), candidateGradient.data(), gradient.data(), parameters);
        const double sy = dot(s, y);
        const double previous = value;
        theta.swap(candidate);
        gradient.swap(candidateGradient);
        value = candidateValue;
        if (sy > 1e-10) {
            sHistory.push_back(std::move(s));
            yHistory.push_back(std::move(y));
            rhoHistory.push_back(1.0 / sy);
        }
        if (options.iterationDone)
            options.iterationDone(iteration + 1);
        if ((previous - value) <=
            options.relativeTolerance * std::max({std::fabs(previous), std::fabs(value), 1.0})) {
            result.converged = true;
            ++iteration;
            break;
        }
    }
    result.iterations = iteration;
    result.stride = stride;
    result.bias.assign(theta.begin() + static_cast<std::ptrdiff_t>(weightCount), theta.end());
    theta.resize(weightCount);
    result.weights = std::move(theta);
    qCDebug(lcNlu) << "softmax regression:" << x.rows() << "rows," << x.columns << "features,"
                   << classes << "classes:" << iteration << "iterations," << evaluations
                   << "evaluations, objective" << value << "max gradient" << maxAbs(gradient)
                   << (result.converged ? "converged" : "stopped") << "in" << timer.elapsed()
                   << "ms";
    return result;
}

void SoftmaxRegression::scores(const SoftmaxWeights &model, const SparseVector &row, float *out)
{
    rowScores(model.weights.data(), model.bias.data(), model.stride, row.index.data(),
              row.value.data(), static_cast<std::int64_t>(row.size()), out);
}

void SoftmaxRegression::scores(const HalfWeights &model, const SparseVector &row, float *out)
{
    halfRowScores(model.weights.data(), model.bias.data(), model.stride, row.index.data(),
                  row.value.data(), static_cast<std::int64_t>(row.size()), out);
}

HalfWeights SoftmaxRegression::toHalf(const SoftmaxWeights &model)
{
    HalfWeights half;
    half.features = model.features;
    half.classes = model.classes;
    half.stride = model.stride;
    half.bias = model.bias;
    half.weights.resize(model.weights.size());
    for (std::size_t i = 0; i < model.weights.size(); ++i)
        half.weights[i] = std::bit_cast<std::uint16_t>(qfloat16(model.weights[i]));
    return half;
}

} // namespace sportello::nlu
