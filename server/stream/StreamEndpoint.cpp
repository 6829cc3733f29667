#include "stream/StreamEndpoint.h"

#include "api/ApiContext.h"
#include "api/Problems.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "stream/StreamCredentials.h"
#include "stream/StreamServer.h"

namespace pulse {

void StreamEndpoint::handle(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    if (StreamCredentials::keyInUrl(request)) {
        responder.send(Problems::badRequest(QStringLiteral(
            "Do not put a key in the URL (URLs are written to logs and browser history); send it as "
            "'Authorization: Bearer psk_…' or as the subprotocol 'pulse.key.psk_…' beside 'pulse.v1'.")));
        return;
    }
    if (context.stream) {
        if (const std::optional<HttpResponse> refusal = context.stream->refusal(request, key)) {
            responder.send(*refusal);
            return;
        }
    }
    HttpResponse response = HttpResponse::problem(426, QStringLiteral("Upgrade Required"),
        QStringLiteral("%1 is a WebSocket: open ws://HOST:PORT%1 with a WebSocket client (see docs/stream.md).")
            .arg(QLatin1String(StreamCredentials::kPath)));
    response.setHeader("Upgrade", "websocket");
    responder.send(response);
}

} // namespace pulse
