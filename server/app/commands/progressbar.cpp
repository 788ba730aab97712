// SPDX-License-Identifier: LicenseRef-Sportello
// Progress of a long command on stderr: a redrawn bar on a terminal, sparse lines otherwise.
#include "app/commands/progressbar.h"

#include <cstdio>
#include <unistd.h>

#include "app/commands/commandoutput.h"

namespace sportello::app {

namespace {

constexpr int kBarWidth = 30;
constexpr int kLineWidth = 100;
constexpr qint64 kRedrawMs = 50; // a terminal redrawn faster only flickers

} // namespace

ProgressBar::ProgressBar()
    : m_terminal(::isatty(STDERR_FILENO) == 1)
{
}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::update(const QString &label, qint64 done, qint64 total)
{
    const int tenth = total > 0 ? int(10 * std::min(done, total) / total) : -1;
    if (!m_terminal) {
        if (label == m_lastLabel && tenth == m_lastTenth)
            return;
        if (label == m_lastLabel && tenth < 0)
            return;
        m_lastLabel = label;
        m_lastTenth = tenth;
        CommandOutput::progressLine(
            total > 0 ? QStringLiteral("%1: %2/%3").arg(label).arg(done).arg(total) : label);
        return;
    }
    const bool last = total > 0 && done >= total;
    if (m_drawn && label == m_lastLabel && !last && m_sinceDraw.isValid() &&
        m_sinceDraw.elapsed() < kRedrawMs)
        return;
    m_lastLabel = label;
    m_sinceDraw.start();
    QString line;
    if (total > 0) {
        const int filled = int(kBarWidth * std::min(done, total) / total);
        line = QStringLiteral("[%1%2] %3% %4")
                   .arg(QString(filled, u'#'), QString(kBarWidth - filled, u'.'))
                   .arg(100 * std::min(done, total) / total, 3)
                   .arg(label);
    } else {
        line = label;
    }
    if (line.size() > kLineWidth)
        line = line.left(kLineWidth - 1) + QChar(0x2026);
    std::fprintf(stderr, "\r\033[K%s", qUtf8Printable(line));
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_terminal && m_drawn) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
    m_drawn = false;
}

} // namespace sportello::app
