// SPDX-License-Identifier: LicenseRef-Sportello
// Helpers for the console's model, store and hub client tests: the GUI application, sample data.
#pragma once

#include <string>

#include <QJsonObject>
#include <QString>

#include "protocol/conversationsummary.h"
#include "protocol/envelope.h"
#include "protocol/threadentry.h"

namespace sportello::console::test {

// The test executable also holds widget tests, so the one application object must be a
// QApplication (offscreen unless QT_QPA_PLATFORM says otherwise), created before anything else
// asks for a QCoreApplication.
void ensureGuiApplication();

// A conversation as the hub would list it; fields not given are plausible defaults.
protocol::ConversationSummary summary(qint64 id, qint64 updatedAt,
                                      const QString &customerName = {});
protocol::ThreadEntry entry(const QString &id, protocol::ThreadEntryKind kind, qint64 at,
                            const QString &text = QStringLiteral("hello"));
// An event frame as HubClient delivers it.
protocol::Envelope event(const QString &type, const QJsonObject &data, qint64 seq = 0);

// For EXPECT_EQ on texts with readable failure messages (mainwindowtest.cpp owns PrintTo).
inline std::string str(const QString &text)
{
    return text.toStdString();
}

// Resident set size of this process in bytes (Linux /proc), 0 when unknown.
qint64 residentBytes();

} // namespace sportello::console::test
