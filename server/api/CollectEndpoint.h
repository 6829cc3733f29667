// POST /api/v1/collect: one event, a JSON array or NDJSON from apps and the tracker script. Answers
// only after the writer committed the accepted events and quarantined the rejected ones.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct HttpRequest;
class HttpResponse;

class CollectEndpoint final {
public:
    static void handle(ApiContext &context, const HttpRequest &request, HttpResponder responder);
    // CORS preflight: refused (403) for an origin no site accepts (or, with ?site=, that site does
    // not accept); sites without allowed origins accept every origin.
    static HttpResponse preflight(ApiContext &context, const HttpRequest &request);
    static void addCorsHeaders(HttpResponse &response);
};

} // namespace pulse
