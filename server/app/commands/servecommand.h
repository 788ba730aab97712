// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server serve`: run the server until SIGTERM/SIGINT.
#pragma once

#include "app/commands/icommand.h"

namespace sportello::app {

class ServeCommand final : public ICommand
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace sportello::app
