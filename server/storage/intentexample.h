// SPDX-License-Identifier: LicenseRef-Sportello
// One labelled example a business added to its intent model.
#pragma once

#include <QString>

namespace sportello::storage {

struct IntentExample
{
    qint64 id = 0;
    QString phoneNumberId;
    QString intent;
    QString language;
    QString text;
    QString createdBy; // user name, or empty for the command line
    qint64 createdAt = 0;
};

} // namespace sportello::storage
