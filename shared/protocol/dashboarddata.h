// SPDX-License-Identifier: MIT
// Sportello: the manager dashboard's figures.
#pragma once

#include <optional>

#include <QList>

#include "protocol/dayvolume.h"
#include "protocol/namedcount.h"

namespace sportello::protocol {

struct DashboardData
{
    int days = 14;
    QList<DayVolume> volumePerDay;
    QList<int> volumePerHour; // 24 values: inbound messages by local hour
    int turnsAuto = 0;
    int turnsReviewed = 0;
    int turnsHuman = 0;
    qint64 firstResponseMedianMs = 0;
    qint64 firstResponseP95Ms = 0;
    qint64 resolutionMedianMs = 0;
    qint64 resolutionP95Ms = 0;
    QList<NamedCount> escalationsByReason;
    QList<NamedCount> openPerAgent;
    std::optional<double> llmCost; // none until generation exists
};

} // namespace sportello::protocol
