// SPDX-License-Identifier: LicenseRef-Sportello
// `kb import|list|remove|search`: a business's knowledge base from the shell.
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace sportello::app {

// The KbCommand actions that work on a business's knowledge base, on the data folder and
// configuration serve uses (the same defaults), through knowledge::KnowledgeBase. They may run
// while the server does: the server's dense index notices the change through the knowledge
// version. Progress goes to stderr; results to stdout (one JSON object with --json).
class KbKnowledgeActions
{
public:
    static bool handles(const QString &action);
    // --business and --type, plus --config, --data-dir and --log-level. KbCommand declares the
    // options it shares with eval (--mode, --language, --top-k, --json).
    static void describe(QCommandLineParser &parser);
    // args[0] is the action. Returns the exit code.
    static int run(const QCommandLineParser &parser, const QStringList &args);
};

} // namespace sportello::app
