// SPDX-License-Identifier: LicenseRef-Sportello
// A webhook POST handed from the HTTP layer to the ingest writer.
#pragma once

#include <QByteArray>

namespace sportello::ingest {

struct IngestRequest
{
    quint64 ticket = 0;    // chosen by the caller to match the outcome to its request
    QByteArray body;       // raw bytes exactly as received
    QByteArray signature;  // X-Hub-Signature-256 header value
    qint64 receivedAt = 0; // ms since epoch
};

} // namespace sportello::ingest
