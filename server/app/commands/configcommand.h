// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server config check|keys`: validate a configuration, list every key.
#pragma once

#include "app/commands/icommand.h"

namespace sportello::app {

class ConfigCommand final : public ICommand
{
public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace sportello::app
