// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server nlu eval|eval-language`: measure understanding on labelled data.
#pragma once

#include "app/commands/icommand.h"

namespace sportello::app {

// Works on files only: no data folder, no configuration, no server needed. Progress goes to
// stderr so --json output on stdout stays one parseable object.
class NluCommand final : public ICommand
{
public:
    QString name() const override { return QStringLiteral("nlu"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace sportello::app
