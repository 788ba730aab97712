// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server kb eval`: measure knowledge-base retrieval on a BEIR-layout test set.
#pragma once

#include "app/commands/icommand.h"

namespace sportello::app {

// Works on files only: the corpus is indexed into a temporary database that is removed at
// the end; no data folder, configuration or server needed. Progress goes to stderr so --json
// output on stdout stays one parseable object.
class KbCommand final : public ICommand
{
public:
    QString name() const override { return QStringLiteral("kb"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace sportello::app
