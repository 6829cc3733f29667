// Cross-thread delivery of responses: posted under a lock so the server cannot be destroyed between
// the liveness check and the post; Qt drops events posted to an object that is later deleted.
#include "http/HttpResponder.h"

#include <QDebug>
#include <QMetaObject>

#include <atomic>

namespace pulse {

struct HttpResponder::State {
    State(std::shared_ptr<HttpResponseChannel> c, quint64 connection, quint64 seq)
        : channel(std::move(c)), connectionId(connection), sequence(seq)
    {
    }
    ~State()
    {
        if (!sent.exchange(true)) {
            channel->post(connectionId, sequence,
                HttpResponse::problem(500, QString::fromLatin1(HttpResponse::reasonPhrase(500)),
                    QStringLiteral("The server did not produce a response for this request. Retry later; if it "
                                   "persists, report it.")));
        }
    }
    State(const State &) = delete;
    State &operator=(const State &) = delete;

    std::shared_ptr<HttpResponseChannel> channel;
    quint64 connectionId;
    quint64 sequence;
    std::atomic<bool> sent { false };
};

HttpResponder::HttpResponder(std::shared_ptr<HttpResponseChannel> channel, quint64 connectionId, quint64 sequence)
    : m_state(std::make_shared<State>(std::move(channel), connectionId, sequence))
{
}

void HttpResponder::send(HttpResponse response) const
{
    if (!m_state)
        return;
    if (m_state->sent.exchange(true)) {
        qWarning("HttpResponder::send called more than once for the same request; ignoring the extra response");
        return;
    }
    m_state->channel->post(m_state->connectionId, m_state->sequence, std::move(response));
}

HttpResponseChannel::HttpResponseChannel(QObject *target, Deliver deliver)
    : m_target(target), m_deliver(std::move(deliver))
{
}

void HttpResponseChannel::post(quint64 connectionId, quint64 sequence, HttpResponse response)
{
    QMutexLocker lock(&m_mutex);
    if (!m_target)
        return;
    m_pending.push_back({ connectionId, sequence, std::move(response) });
    if (m_deliveryPosted)
        return; // the event already on its way takes this one too
    m_deliveryPosted = true;
    // Always queued, even from the network thread: a handler answering inline must not re-enter the
    // connection while it is still parsing. Qt drops the event if the target is deleted first.
    QMetaObject::invokeMethod(
        m_target,
        [channel = weak_from_this()] {
            if (const std::shared_ptr<HttpResponseChannel> self = channel.lock())
                self->deliverPending();
        },
        Qt::QueuedConnection);
}

void HttpResponseChannel::deliverPending()
{
    std::vector<Pending> pending;
    {
        QMutexLocker lock(&m_mutex);
        pending.swap(m_pending);
        m_deliveryPosted = false;
        if (!m_target)
            return;
    }
    for (Pending &p : pending)
        m_deliver(p.connectionId, p.sequence, std::move(p.response));
}

void HttpResponseChannel::detach()
{
    QMutexLocker lock(&m_mutex);
    m_target = nullptr;
}

} // namespace pulse
