// GET /api/v1/stream as plain HTTP: what a client hears when its upgrade was not taken. Authentication
// (401, 403, 429) has run before this handler; it adds the stream's own refusals (an Origin the key's
// site does not allow, a full server) and otherwise says that this URL is a WebSocket (426).
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

namespace StreamEndpoint {
void handle(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
} // namespace StreamEndpoint

} // namespace pulse
