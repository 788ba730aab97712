// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server user add|list|passwd|disable|enable`: console accounts from the shell.
#pragma once

#include "app/commands/icommand.h"

namespace sportello::app {

// Works while a server runs on the same data folder: it takes no lock file, and SQLite (WAL,
// busy timeout) orders its few writes with the server's. Passwords come from stdin (the first
// line), are never echoed when stdin is a terminal, and never logged.
class UserCommand final : public ICommand
{
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace sportello::app
