// SPDX-License-Identifier: LicenseRef-Sportello
// Precision, recall and F1 of one class in a classification evaluation.
#pragma once

#include <QString>

namespace sportello::nlu {

struct ClassScore
{
    QString label;
    int support = 0;   // test messages whose true label this is
    int predicted = 0; // test messages given this label
    int correct = 0;   // both
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};

} // namespace sportello::nlu
