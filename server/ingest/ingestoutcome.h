// SPDX-License-Identifier: LicenseRef-Sportello
// What happened to one webhook POST, decided after its transaction committed.
#pragma once

#include <QString>

namespace sportello::ingest {

struct IngestOutcome
{
    enum class Kind
    {
        Stored,       // everything usable is durable: answer 200
        DeadLettered, // signed but unusable; kept as a dead letter: answer 200 so Meta stops
        BadSignature, // answer 401
        Failed,       // the database refused: answer 503 so Meta retries later
    };

    quint64 ticket = 0;
    Kind kind = Kind::Failed;
    int newMessages = 0;
    int duplicateMessages = 0;
    int newStatuses = 0;
    int duplicateStatuses = 0;
    int otherEvents = 0;
    QString reason; // for dead letters and failures; safe to log
};

} // namespace sportello::ingest
