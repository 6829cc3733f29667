// A real webhook receiver for tests: the project's HttpServer on 127.0.0.1 (port 0) that records
// every request and answers from a script (200 when the script is empty), or holds the answer back
// to make the sender time out.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "http/HttpServer.h"

#include <QList>

#include <optional>

namespace pulse::test {

class WebhookReceiver final {
public:
    WebhookReceiver();
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const;

    QList<HttpRequest> received;
    QList<HttpResponse> script; // the next answers, in order
    bool holdAnswers = false; // never answer (the sender's timeout ends the attempt)

private:
    HttpServer m_server;
    QList<HttpResponder> m_held;
};

} // namespace pulse::test
