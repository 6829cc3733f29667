// Where a stream client's secret key may be: the Authorization header (servers, scripts), or, since
// browsers cannot set headers on a WebSocket, one of the offered subprotocols, "pulse.key.<secret>",
// beside "pulse.v1", the one the server answers with. Never in the URL: URLs end up in access logs,
// proxy logs and browser history (docs/stream.md "Authentication").
#pragma once

#include <QString>

namespace pulse {

struct HttpRequest;

class StreamCredentials final {
public:
    static constexpr const char *kPath = "/api/v1/stream";
    static constexpr const char *kProtocol = "pulse.v1"; // the subprotocol the server selects
    static constexpr const char *kKeyProtocolPrefix = "pulse.key.";

    // The secret offered as a "pulse.key.<secret>" subprotocol, or an empty string.
    static QString subprotocolSecret(const HttpRequest &request);
    // The secret of "Authorization: Bearer", else of the subprotocol, else an empty string.
    static QString presentedSecret(const HttpRequest &request);
    // A "?key=" or "?secret=" in the URL: refused, with a message saying where the key goes instead.
    static bool keyInUrl(const HttpRequest &request);
};

} // namespace pulse
