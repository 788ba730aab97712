// SPDX-License-Identifier: LicenseRef-Sportello
// The understanding components one server shares between its pipeline threads.
#pragma once

#include <memory>

#include <QHash>
#include <QString>

#include "nlu/entities/entityextractor.h"
#include "nlu/language/languagedetector.h"
#include "nlu/sentiment/sentimentanalyzer.h"

namespace sportello::config {
struct ServerConfig;
}

namespace sportello::nlu {

class IntentModelRegistry;

// Built once at start-up (lexicons are read, patterns compiled) and then only read: every
// accessor is const and the components are safe to use from several threads. Intent models
// change at run time (a business adds examples), so they live in the registry, which swaps
// them atomically.
class UnderstandingService
{
public:
    // `intents` may be null: the pipeline then understands everything but the intent.
    UnderstandingService(const config::ServerConfig &config, IntentModelRegistry *intents);
    ~UnderstandingService();
    UnderstandingService(const UnderstandingService &) = delete;
    UnderstandingService &operator=(const UnderstandingService &) = delete;

    const LanguageDetector &languageDetector() const { return m_language; }
    const SentimentAnalyzer &sentimentAnalyzer() const { return m_sentiment; }
    // The business's extractor (its services and staff); null for an unknown business.
    const EntityExtractor *entityExtractor(const QString &phoneNumberId) const;
    IntentModelRegistry *intents() const { return m_intents; }

private:
    LanguageDetector m_language;
    SentimentAnalyzer m_sentiment;
    QHash<QString, std::shared_ptr<EntityExtractor>> m_entities;
    IntentModelRegistry *m_intents;
};

} // namespace sportello::nlu
