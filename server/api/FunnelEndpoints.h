// Funnels over REST: ad hoc queries, the users behind a step, saved funnels (CRUD) and the event
// catalog that query builders complete from. Requests and answers are the engine's value types in
// JSON (docs/funnels.md, docs/openapi.json); analyses run on the query pool, never on the network thread.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class FunnelEndpoints final {
public:
    static void query(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void users(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void replace(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void catalog(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
