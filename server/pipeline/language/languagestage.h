// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: which of the business's languages the customer writes in.
#pragma once

#include "pipeline/istage.h"

namespace sportello::nlu {
class UnderstandingService;
}

namespace sportello::pipeline {

// Short WhatsApp messages ("ok", "grazie") say little, so the detector weighs the text against
// the conversation's previous turn, the contact's stored language and the phone prefix; the
// answer is stored with the turn and becomes the contact's language.
class LanguageStage final : public IStage
{
public:
    explicit LanguageStage(const nlu::UnderstandingService &understanding);
    QString name() const override { return QStringLiteral("language"); }
    void run(Turn &turn) override;

private:
    const nlu::UnderstandingService &m_understanding;
};

} // namespace sportello::pipeline
