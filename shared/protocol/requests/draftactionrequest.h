// SPDX-License-Identifier: MIT
// Sportello: data of draft.approve, draft.edit_send and draft.reject.
#pragma once

#include <QString>

namespace sportello::protocol {

struct DraftActionRequest
{
    qint64 draftId = 0;
    QString text;   // draft.edit_send only: the edited reply, trimmed, 1-4096 characters
    QString reason; // draft.reject only, optional, trimmed, at most 4096 characters
};

} // namespace sportello::protocol
