// SPDX-License-Identifier: LicenseRef-Sportello
// A service the business offers or a member of its staff, as customers may name them.
#pragma once

#include <QString>
#include <QStringList>

namespace sportello::config {

struct CatalogueEntry
{
    QString name;        // as the business spells it ("Igiene dentale", "Dott.ssa Rossi")
    QStringList aliases; // other ways customers say it ("pulizia dei denti", "dottoressa Rossi")
};

} // namespace sportello::config
