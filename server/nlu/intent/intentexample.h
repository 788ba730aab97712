// SPDX-License-Identifier: LicenseRef-Sportello
// One labelled message an intent model learns from.
#pragma once

#include <QString>

namespace sportello::nlu {

struct IntentExample
{
    QString text;
    QString label;
};

} // namespace sportello::nlu
