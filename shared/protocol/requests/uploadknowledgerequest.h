// SPDX-License-Identifier: MIT
// Sportello: data of knowledge.upload: one file for a business's knowledge base.
#pragma once

#include <QByteArray>
#include <QString>

namespace sportello::protocol {

struct UploadKnowledgeRequest
{
    QString phoneNumberId; // empty: the first configured business
    // Names the document (a re-upload of the same name replaces it) and picks its format by
    // extension: RequestCodec::knowledgeExtensions().
    QString fileName;
    // Decoded; base64 on the wire, at most RequestCodec::kMaxKnowledgeUploadBytes.
    QByteArray content;
    QString language; // for chunks whose source names none; empty: detected
};

} // namespace sportello::protocol
