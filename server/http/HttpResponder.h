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
class HttpResponseChannel final {
public:
    using Deliver = std::function<void(quint64 connectionId, quint64 sequence, HttpResponse response)>;

    // deliver runs on target's thread.
    HttpResponseChannel(QObject *target, Deliver deliver);
    void post(quint64 connectionId, quint64 sequence, HttpResponse response);
    void detach();

private:
    QMutex m_mutex;
    QObject *m_target;
    Deliver m_deliver;
};

} // namespace pulse
