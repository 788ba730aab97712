// SPDX-License-Identifier: LicenseRef-Sportello
// A reply a stage proposes for agents to review instead of sending it.
#pragma once

#include <QList>
#include <QString>

#include "protocol/draftsource.h"

namespace sportello::pipeline {

struct TurnDraft
{
    QString text;
    QString intent;          // the turn's, empty when not understood
    double confidence = 0.0; // that the text is right, in [0, 1]
    QList<protocol::DraftSource> sources;
};

} // namespace sportello::pipeline
