// SPDX-License-Identifier: LicenseRef-Sportello
// What the caller says about the documents it imports into a business's knowledge base.
#pragma once

#include <QString>

#include "knowledge/parsers/parseoptions.h"

namespace sportello::knowledge {

struct ImportOptions
{
    // Format, chunk size, and the language and validity of chunks whose source does not say
    // them. parse.language empty: each such chunk's language is detected among the business's.
    ParseOptions parse;
    // User name of a console upload; empty for the command line.
    QString createdBy;
};

} // namespace sportello::knowledge
