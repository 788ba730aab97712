// SPDX-License-Identifier: LicenseRef-Sportello
// The little vector arithmetic embeddings need: L2 normalisation and the inner product.
#include "knowledge/embedding/vectormath.h"

#include <algorithm>
#include <cmath>

namespace sportello::knowledge {

bool VectorMath::normalize(QList<float> &vector)
{
    double sum = 0;
    for (const float value : vector)
        sum += double(value) * double(value);
    if (!(sum > 0) || !std::isfinite(sum))
        return false;
    const double scale = 1.0 / std::sqrt(sum);
    for (float &value : vector)
        value = float(double(value) * scale);
    return true;
}

float VectorMath::dot(const QList<float> &a, const QList<float> &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += double(a[i]) * double(b[i]);
    return float(sum);
}

} // namespace sportello::knowledge
