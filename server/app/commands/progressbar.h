// SPDX-License-Identifier: LicenseRef-Sportello
// Progress of a long command on stderr: a redrawn bar on a terminal, sparse lines otherwise.
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace sportello::app {

// stdout stays for the command's result (--json must stay one parseable object). On a
// terminal one line is redrawn in place; when stderr is a file or a pipe (CI logs, tests) a
// line is printed when the label changes and at most every 10% of a step, so a log does not
// fill with thousands of updates.
class ProgressBar
{
public:
    ProgressBar();
    ~ProgressBar();
    ProgressBar(const ProgressBar &) = delete;
    ProgressBar &operator=(const ProgressBar &) = delete;

    // `label` says what is being done ("2/5 prezzi.md", "embedding"); total <= 0: unknown.
    void update(const QString &label, qint64 done, qint64 total);
    // Clears the bar (terminal) so what follows starts on a clean line.
    void finish();

    bool isTerminal() const { return m_terminal; }

private:
    bool m_terminal = false;
    bool m_drawn = false;
    QString m_lastLabel;
    int m_lastTenth = -1;
    QElapsedTimer m_sinceDraw;
};

} // namespace sportello::app
