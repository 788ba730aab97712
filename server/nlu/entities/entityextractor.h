// SPDX-License-Identifier: LicenseRef-Sportello
// The one entry point that finds every kind of entity in a customer's message.
#pragma once

#include <memory>

#include <QList>
#include <QMutex>
#include <QString>

#include "nlu/entities/entity.h"
#include "nlu/entities/entitycontext.h"
#include "nlu/entities/gazetteer.h"

namespace sportello::nlu {

class ContactExtractor;
class DateTimeExtractor;
class GazetteerMatcher;
class MoneyExtractor;
class ReferenceExtractor;

// Runs the date/time, money, contact, reference and gazetteer extractors and resolves their
// overlaps: the longest span wins, and on equal spans e-mail > reference > money > date/time >
// phone > staff > service (so "Buchungsnummer 12345678" is a reference, not a phone number, and
// "1.200.000 €" is money). Results are in text order.
//
// extract() is const and safe to call from several threads at once; the patterns are compiled
// once per process. setGazetteer() may be called while other threads extract (the matcher is
// swapped atomically); setReferenceCues() must happen before the extractor is shared.
class EntityExtractor
{
public:
    explicit EntityExtractor(const Gazetteer &gazetteer = {});
    ~EntityExtractor();
    EntityExtractor(const EntityExtractor &) = delete;
    EntityExtractor &operator=(const EntityExtractor &) = delete;

    // language: it, en, es, fr or de (a region suffix like "it-IT" is ignored); empty or any
    // other language tries all five.
    QList<Entity> extract(const QString &text, const QString &language,
                          const EntityContext &context) const;

    void setGazetteer(const Gazetteer &gazetteer);
    Gazetteer gazetteer() const;

    // Replaces the words that announce a booking/order reference in one language.
    void setReferenceCues(const QString &language, const QStringList &cues);

private:
    // The pattern-based extractors hold no per-business state: all EntityExtractors share one
    // compiled set (compiling them takes ~0.1 s). Reference cues are copied on first change.
    std::shared_ptr<const DateTimeExtractor> m_dateTime;
    std::shared_ptr<const MoneyExtractor> m_money;
    std::shared_ptr<const ContactExtractor> m_contacts;
    std::shared_ptr<const ReferenceExtractor> m_references;
    mutable QMutex m_gazetteerMutex;
    Gazetteer m_gazetteer;
    std::shared_ptr<const GazetteerMatcher> m_matcher;
};

} // namespace sportello::nlu
