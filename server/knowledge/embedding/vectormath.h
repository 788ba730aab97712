// SPDX-License-Identifier: LicenseRef-Sportello
// The little vector arithmetic embeddings need: L2 normalisation and the inner product.
#pragma once

#include <QList>

namespace sportello::knowledge {

class VectorMath
{
public:
    // Scales to unit length, accumulating in double so long vectors lose nothing. False (and
    // unchanged) for an empty, zero-length or non-finite vector, which has no direction.
    static bool normalize(QList<float> &vector);
    static float dot(const QList<float> &a, const QList<float> &b);
};

} // namespace sportello::knowledge
