// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server kb`: a business's knowledge base from the shell, and retrieval evaluation.
#pragma once

#include "app/commands/icommand.h"

namespace sportello::app {

// import, list, remove and search work on the data folder and configuration serve uses (the
// same defaults), through knowledge::KnowledgeBase, and may run while the server does: the
// server's dense index notices the change through the knowledge version. eval works on files
// only: the corpus is indexed into a temporary database removed at the end. Progress goes to
// stderr so --json output on stdout stays one parseable object.
class KbCommand final : public ICommand
{
public:
    QString name() const override { return QStringLiteral("kb"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace sportello::app
