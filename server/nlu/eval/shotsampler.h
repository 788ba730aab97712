// SPDX-License-Identifier: LicenseRef-Sportello
// Keeps N examples per class, the same N for the same seed, for few-shot evaluation.
#pragma once

#include <QList>

#include "nlu/eval/labelledrow.h"

namespace sportello::nlu {

class ShotSampler
{
public:
    // At most `shots` rows of every label (all of a label that has fewer), in file order.
    // Each label draws from its own generator seeded by the seed and the label's name, so a
    // class's sample does not change when other classes are added or removed.
    static QList<LabelledRow> sample(const QList<LabelledRow> &rows, int shots, quint32 seed);
};

} // namespace sportello::nlu
