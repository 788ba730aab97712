// SPDX-License-Identifier: LicenseRef-Sportello
// How far an import has got, reported to the command line's bar or the console.
#pragma once

#include <functional>

#include <QString>

namespace sportello::knowledge {

struct ImportProgress
{
    enum class Stage
    {
        Parsing,   // file `fileIndex` of `fileCount` is being read and cut into chunks
        Storing,   // ... analysed and stored
        Training,  // the business's fastText model is trained (done/total: per mille)
        Embedding, // the dense index takes the new chunks (done/total: chunks)
        Done,
    };
    Stage stage = Stage::Parsing;
    int fileIndex = 0; // from 0
    int fileCount = 0;
    QString fileName;
    qint64 done = 0;
    qint64 total = 0;
};

// Called on the importing thread; keep it cheap.
using ImportProgressCallback = std::function<void(const ImportProgress &)>;

} // namespace sportello::knowledge
