// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: dates, amounts, contacts, references and the business's own names.
#pragma once

#include "pipeline/istage.h"

namespace sportello::nlu {
class UnderstandingService;
}

namespace sportello::pipeline {

// Relative dates ("domani alle 10") are resolved in the business's time zone at the turn's
// time, so agents and later stages see the same instant the customer meant.
class EntitiesStage final : public IStage
{
public:
    explicit EntitiesStage(const nlu::UnderstandingService &understanding);
    QString name() const override { return QStringLiteral("entities"); }
    void run(Turn &turn) override;

private:
    const nlu::UnderstandingService &m_understanding;
};

} // namespace sportello::pipeline
