// SPDX-License-Identifier: LicenseRef-Sportello
// The business's own vocabulary: the services it sells and the people who work there.
#pragma once

#include <QJsonObject>
#include <QList>

#include "nlu/entities/gazetteerentry.h"

namespace sportello::nlu {

class Gazetteer
{
public:
    Gazetteer() = default;

    void addService(const QString &canonical, const QStringList &aliases = {});
    void addStaff(const QString &canonical, const QStringList &aliases = {});
    // Ignores types other than Service and Staff, and empty names.
    void add(EntityType type, const QString &canonical, const QStringList &aliases = {});

    const QList<GazetteerEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // {"services": [{"name": "Igiene dentale", "aliases": ["pulizia dei denti"]}, "Sbiancamento"],
    //  "staff": [{"name": "Dott.ssa Rossi", "aliases": ["Giulia Rossi"]}]}
    // Plain strings are names without aliases.
    static Gazetteer fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Gazetteer &, const Gazetteer &) = default;

private:
    QList<GazetteerEntry> m_entries;
};

} // namespace sportello::nlu
