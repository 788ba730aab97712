// SPDX-License-Identifier: LicenseRef-Sportello
// One step of the pipeline.
#pragma once

#include <QString>

namespace sportello::pipeline {

struct Turn;

// A stage is small, has this one entry point, and only reads and writes the Turn.
// Stages run on pipeline worker threads: they must not keep per-turn state in members.
class IStage
{
public:
    virtual ~IStage() = default;
    virtual QString name() const = 0;
    virtual void run(Turn &turn) = 0;
};

} // namespace sportello::pipeline
