// SPDX-License-Identifier: LicenseRef-Sportello
// What an import did, file by file.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::knowledge {

struct ImportedFile
{
    enum class Outcome
    {
        Added,
        Replaced,  // a document of the same source name was there; its chunks were replaced
        Unchanged, // same chunks as stored: nothing was written
        Failed,    // unreadable or unparsable: `error` says where; what was stored stays
    };
    QString path;       // as given (or the upload's file name)
    QString sourceName; // the document's key in the business's knowledge base: the file name
    Outcome outcome = Outcome::Failed;
    qint64 documentId = 0;
    QString type;     // markdown, faq, text, pdf
    QString language; // of most chunks
    int chunks = 0;
    QStringList warnings; // each naming the file and line or row
    QString error;
};

struct ImportReport
{
    QList<ImportedFile> files;
    // Not about one file: the dense index could not take the new chunks, the fastText model
    // could not be trained... The lexical import stands; search falls back to BM25.
    QStringList warnings;

    int count(ImportedFile::Outcome outcome) const
    {
        int n = 0;
        for (const ImportedFile &file : files)
            n += file.outcome == outcome ? 1 : 0;
        return n;
    }
    // Chunks of the documents added or replaced.
    int chunksStored() const
    {
        int n = 0;
        for (const ImportedFile &file : files) {
            if (file.outcome == ImportedFile::Outcome::Added ||
                file.outcome == ImportedFile::Outcome::Replaced)
                n += file.chunks;
        }
        return n;
    }
    int warningCount() const
    {
        qsizetype n = warnings.size();
        for (const ImportedFile &file : files)
            n += file.warnings.size();
        return int(n);
    }
    bool hasFailures() const { return count(ImportedFile::Outcome::Failed) > 0; }

    static QString outcomeName(ImportedFile::Outcome outcome)
    {
        switch (outcome) {
        case ImportedFile::Outcome::Added:
            return QStringLiteral("added");
        case ImportedFile::Outcome::Replaced:
            return QStringLiteral("replaced");
        case ImportedFile::Outcome::Unchanged:
            return QStringLiteral("unchanged");
        case ImportedFile::Outcome::Failed:
            break;
        }
        return QStringLiteral("failed");
    }
};

} // namespace sportello::knowledge
