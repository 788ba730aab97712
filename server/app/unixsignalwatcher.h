// SPDX-License-Identifier: LicenseRef-Sportello
// Turns SIGTERM/SIGINT into a Qt signal, so shutdown runs in the event loop.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace sportello::app {

// The classic self-pipe: the signal handler only writes a byte, the event loop does the rest.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sportello::app
