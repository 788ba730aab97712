// SPDX-License-Identifier: MIT
// Sportello: data of knowledge.list.
#pragma once

#include <QString>

namespace sportello::protocol {

struct KnowledgeListRequest
{
    QString phoneNumberId; // empty: the first configured business
};

} // namespace sportello::protocol
