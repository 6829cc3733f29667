// Read endpoints: stats, the quarantine and the site list. Each runs on the query pool with a
// read-only connection and answers from there; the network thread never waits for SQLite.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class QueryEndpoints final {
public:
    static void stats(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void quarantine(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void sites(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
