// SPDX-License-Identifier: LicenseRef-Sportello
// The one entry point that finds every kind of entity in a customer's message.
#include "nlu/entities/entityextractor.h"

#include <algorithm>

#include <QMutexLocker>

#include "nlu/entities/contactextractor.h"
#include "nlu/entities/datetimeextractor.h"
#include "nlu/entities/datetimelexicon.h"
#include "nlu/entities/foldedtext.h"
#include "nlu/entities/gazetteermatcher.h"
#include "nlu/entities/moneyextractor.h"
#include "nlu/entities/referenceextractor.h"

namespace sportello::nlu {

namespace {

int priority(EntityType type)
{
    switch (type) {
    case EntityType::Email:
        return 0;
    case EntityType::Reference:
        return 1;
    case EntityType::Money:
        return 2;
    case EntityType::DateTime:
    case EntityType::Date:
    case EntityType::Time:
        return 3;
    case EntityType::Phone:
        return 4;
    case EntityType::Staff:
        return 5;
    case EntityType::Service:
        return 6;
    }
    return 7;
}

QString baseLanguage(const QString &language)
{
    const QString code = language.left(2).toLower();
    return DateTimeLexicon::languages().contains(code) ? code : QString();
}

template <typename T>
std::shared_ptr<const T> shared()
{
    static const std::shared_ptr<const T> instance = std::make_shared<const T>();
    return instance;
}

} // namespace

EntityExtractor::EntityExtractor(const Gazetteer &gazetteer)
    : m_dateTime(shared<DateTimeExtractor>())
    , m_money(shared<MoneyExtractor>())
    , m_contacts(shared<ContactExtractor>())
    , m_references(shared<ReferenceExtractor>())
    , m_gazetteer(gazetteer)
    , m_matcher(std::make_shared<const GazetteerMatcher>(gazetteer))
{
}

EntityExtractor::~EntityExtractor() = default;

void EntityExtractor::setGazetteer(const Gazetteer &gazetteer)
{
    auto matcher = std::make_shared<const GazetteerMatcher>(gazetteer);
    const QMutexLocker lock(&m_gazetteerMutex);
    m_gazetteer = gazetteer;
    m_matcher = std::move(matcher);
}

Gazetteer EntityExtractor::gazetteer() const
{
    const QMutexLocker lock(&m_gazetteerMutex);
    return m_gazetteer;
}

void EntityExtractor::setReferenceCues(const QString &language, const QStringList &cues)
{
    auto references = std::make_shared<ReferenceExtractor>(*m_references);
    references->setCues(
        baseLanguage(language).isEmpty() ? language.toLower() : baseLanguage(language), cues);
    m_references = std::move(references);
}

QList<Entity> EntityExtractor::extract(const QString &text, const QString &language,
                                       const EntityContext &context) const
{
    if (text.trimmed().isEmpty()) {
        return {};
    }
    const QString lang = baseLanguage(language);
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTime();
    QTimeZone zone = context.timeZone;
    if (!zone.isValid()) {
        zone = now.timeZone();
    }
    if (!zone.isValid()) {
        zone = QTimeZone::systemTimeZone();
    }
    std::shared_ptr<const GazetteerMatcher> matcher;
    {
        const QMutexLocker lock(&m_gazetteerMutex);
        matcher = m_matcher;
    }

    const FoldedText folded(text);
    QList<Entity> candidates = m_dateTime->extract(folded, lang, now, zone);
    candidates += m_money->extract(folded, lang);
    candidates += m_contacts->extractEmails(text);
    candidates += m_contacts->extractPhones(text, context.defaultCountryCode);
    candidates += m_references->extract(folded, lang);
    if (matcher) {
        candidates += matcher->match(folded);
    }

    std::stable_sort(candidates.begin(), candidates.end(), [](const Entity &a, const Entity &b) {
        if (a.length != b.length) {
            return a.length > b.length;
        }
        if (priority(a.type) != priority(b.type)) {
            return priority(a.type) < priority(b.type);
        }
        return a.start < b.start;
    });
    QList<Entity> chosen;
    for (const Entity &candidate : candidates) {
        if (candidate.length <= 0) {
            continue;
        }
        const bool overlaps = std::any_of(chosen.cbegin(), chosen.cend(), [&](const Entity &c) {
            return candidate.start < c.endPosition() && c.start < candidate.endPosition();
        });
        if (!overlaps) {
            chosen.append(candidate);
        }
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Entity &a, const Entity &b) { return a.start < b.start; });
    return chosen;
}

} // namespace sportello::nlu
