// SPDX-License-Identifier: LicenseRef-Sportello
// Helpers for the console's widget tests: the application, a populated store, widget lookups.
#pragma once

#include <ostream>
#include <tuple>
#include <type_traits>
#include <vector>

#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>
#include <QWidget>

#include "protocol/conversationsummary.h"
#include "protocol/draftinfo.h"
#include "protocol/threadentry.h"

// Readable QStrings in GoogleTest failure messages (defined in mainwindowtest.cpp).
void PrintTo(const QString &text, std::ostream *out);
// And after `<<` in an assertion's message.
inline std::ostream &operator<<(std::ostream &out, const QString &text)
{
    return out << text.toStdString();
}

namespace sportello::console::models {
class ConsoleStore;
} // namespace sportello::console::models

namespace sportello::console::test {

// The QApplication every widget test needs (offscreen unless QT_QPA_PLATFORM says otherwise).
void ensureViewsApplication();
// Lets posted events (layouts, deferred deletes, queued signals) run.
void processEvents();

// A realistic dental-clinic inbox, relative to `now` (ms): a dozen conversations in every
// state, the first one open with a thread holding every kind of entry, a pending draft, notes
// and labels. The current user is "giulia", a manager; "marco" is viewing the open one.
struct SampleInbox
{
    qint64 now = 0;
    QList<protocol::ConversationSummary> conversations;
    protocol::ConversationSummary open;
    QList<protocol::ThreadEntry> thread;
    protocol::DraftInfo draft;
};
SampleInbox sampleInbox(qint64 now);
// Fills the store through its public apply* methods, as the hub's replies would.
void fillStore(models::ConsoleStore &store, const SampleInbox &inbox);

// One entry of every kind and status the thread view must draw.
QList<protocol::ThreadEntry> everyKindOfEntry(qint64 now);

// Every emission of one signal with its arguments, typed (QSignalSpy without Qt Test):
//     SignalLog sent(&composer, &Composer::sendRequested);
//     EXPECT_EQ(sent.arg<0>(0), u"ciao"_s);
template <typename... Args>
class SignalLog
{
public:
    using Row = std::tuple<std::decay_t<Args>...>;

    template <typename Sender, typename Base>
    SignalLog(Sender *sender, void (Base::*signal)(Args...))
    {
        QObject::connect(sender, signal, &m_context,
                         [this](Args... args) { m_rows.emplace_back(args...); });
    }
    SignalLog(const SignalLog &) = delete;
    SignalLog &operator=(const SignalLog &) = delete;

    int count() const { return static_cast<int>(m_rows.size()); }
    const Row &at(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    template <std::size_t N>
    const auto &arg(int row) const
    {
        return std::get<N>(at(row));
    }
    template <std::size_t N>
    const auto &lastArg() const
    {
        return std::get<N>(m_rows.back());
    }

private:
    QObject m_context; // disconnects when the log goes away
    std::vector<Row> m_rows;
};
template <typename Sender, typename Base, typename... Args>
SignalLog(Sender *, void (Base::*)(Args...)) -> SignalLog<Args...>;

// A key press and release delivered to `target` the way QApplication routes them (event
// filters, then parents while ignored), e.g. Enter in a dialog's field reaches its default
// button. Window shortcuts are not involved.
void keyClick(QWidget *target, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// A left click at `pos` (widget coordinates).
void mouseClick(QWidget *target, const QPoint &pos);

// The child called `name` of type T, or nullptr.
template <typename T>
T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

// How many different colours a picture uses (sampled on a grid): blank or one-colour images
// score very low.
int distinctColours(const QImage &image, int step = 4);

} // namespace sportello::console::test
