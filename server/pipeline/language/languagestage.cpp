// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: which of the business's languages the customer writes in.
#include "pipeline/language/languagestage.h"

#include "config/businessconfig.h"
#include "nlu/runtime/understandingservice.h"
#include "pipeline/language/phonelanguage.h"
#include "pipeline/turn.h"

namespace sportello::pipeline {

LanguageStage::LanguageStage(const nlu::UnderstandingService &understanding)
    : m_understanding(understanding)
{
}

void LanguageStage::run(Turn &turn)
{
    nlu::LanguageContext context;
    context.allowed = turn.business->languages;
    context.conversationLanguage = turn.previousLanguage;
    context.contactLanguage = turn.contact.language;
    context.phoneLanguage = PhoneLanguage::guess(turn.contact.waId, turn.business->languages);
    context.defaultLanguage = turn.business->defaultLanguage;
    const nlu::LanguageGuess guess =
        m_understanding.languageDetector().detect(turn.text(), context);
    if (guess.language.isEmpty())
        return;
    turn.language = guess.language;
    turn.understanding.language = guess.language;
    turn.understanding.languageConfidence = guess.confidence;
    turn.understanding.languageSource = guess.source;
}

} // namespace sportello::pipeline
