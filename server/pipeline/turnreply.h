// SPDX-License-Identifier: LicenseRef-Sportello
// A message a stage decided to send in answer to the turn.
#pragma once

#include <QString>

#include "whatsapp/graphrequest.h"

namespace sportello::pipeline {

struct TurnReply
{
    whatsapp::MessageContent content;
    QString purpose = QStringLiteral("reply");
    QString author = QStringLiteral("bot");
    QString replyToWamid;
    // Unique per turn; the processor prefixes it with the turn's first wamid.
    QString key;
    // Show "typing…" before it (only for replies that take time to prepare).
    bool typing = false;
};

} // namespace sportello::pipeline
