// SPDX-License-Identifier: LicenseRef-Sportello
// The hub's numbered event stream: epoch, sequence and the latest events, serialised once.
#include "agents/hub/eventlog.h"

#include <QRandomGenerator>

#include "protocol/messagecodec.h"

namespace sportello::agents {

EventLog::EventLog(int capacity)
    : m_capacity(std::max(1, capacity))
{
    quint32 words[2];
    QRandomGenerator::system()->fillRange(words);
    m_epoch = QString::number(words[0], 16).rightJustified(8, u'0') +
              QString::number(words[1], 16).rightJustified(8, u'0');
}

QByteArray EventLog::append(const QString &type, const QJsonObject &data)
{
    ++m_seq;
    QByteArray frame =
        protocol::MessageCodec::encode(protocol::MessageCodec::event(type, m_seq, m_epoch, data));
    m_frames.push_back(frame);
    while (qsizetype(m_frames.size()) > m_capacity)
        m_frames.pop_front();
    return frame;
}

QByteArray EventLog::ephemeral(const QString &type, const QJsonObject &data) const
{
    return protocol::MessageCodec::encode(
        protocol::MessageCodec::event(type, m_seq, m_epoch, data));
}

std::optional<QList<QByteArray>> EventLog::since(const QString &epoch, qint64 afterSeq) const
{
    if (epoch != m_epoch || afterSeq < 0 || afterSeq > m_seq || afterSeq <= m_gapAfter)
        return std::nullopt;
    const qint64 oldest = m_seq - qint64(m_frames.size()) + 1; // sequence of m_frames.front()
    if (afterSeq + 1 < oldest)
        return std::nullopt;
    QList<QByteArray> frames;
    frames.reserve(m_seq - afterSeq);
    for (qint64 seq = afterSeq + 1; seq <= m_seq; ++seq)
        frames.append(m_frames[size_t(seq - oldest)]);
    return frames;
}

} // namespace sportello::agents
