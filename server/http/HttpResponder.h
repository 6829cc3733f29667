// The handle a handler answers a request with. Cheap to copy and safe to use from any thread: the
// response travels to the network thread and goes out in request order. If the connection is gone
// by then, the response is dropped.
#pragma once

#include "http/HttpResponse.h"

#include <QMutex>
#include <QObject>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <vector>

namespace pulse {

class HttpResponseChannel;

class HttpResponder final {
public:
    HttpResponder() = default; // answers nothing; isValid() is false

    // Call exactly once; later calls are ignored. If every copy is destroyed unanswered, the client gets
    // a 500, so a forgotten answer neither hangs the client nor blocks a shutdown.
    void send(HttpResponse response) const;
    bool isValid() const { return m_state != nullptr; }

private:
    friend class HttpServer;
    struct State;
    HttpResponder(std::shared_ptr<HttpResponseChannel> channel, quint64 connectionId, quint64 sequence);

    std::shared_ptr<State> m_state;
};

// Where responders post their responses: the server's thread, as long as the server exists.
// Shared by the server and every responder; the server detaches it when it is destroyed.
// Responses posted before the server's thread takes them travel together: the writer answers every
// request of a commit at once, and one queued event per response (an allocation, the event queue's
// lock and a wake-up each) was a tenth of the network thread's time under single-event load.
class HttpResponseChannel final : public std::enable_shared_from_this<HttpResponseChannel> {
public:
    using Deliver = std::function<void(quint64 connectionId, quint64 sequence, HttpResponse response)>;

    // deliver runs on target's thread, once per response, in the order they were posted.
    HttpResponseChannel(QObject *target, Deliver deliver);
    void post(quint64 connectionId, quint64 sequence, HttpResponse response);
    void detach();

private:
    struct Pending {
        quint64 connectionId;
        quint64 sequence;
        HttpResponse response;
    };
    void deliverPending(); // on target's thread

    QMutex m_mutex;
    QObject *m_target;
    Deliver m_deliver;
    std::vector<Pending> m_pending; // under m_mutex
    bool m_deliveryPosted = false; // under m_mutex: an event will take m_pending
};

} // namespace pulse
