// SPDX-License-Identifier: LicenseRef-Sportello
// One message of a labelled data set and where it came from.
#pragma once

#include <QString>

namespace sportello::nlu {

struct LabelledRow
{
    QString text;
    QString label;
    int line = 0; // 1-based line of the file where the record starts
};

} // namespace sportello::nlu
