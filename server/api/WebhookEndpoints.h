// Webhook endpoints over REST (docs/webhooks.md, docs/openapi.json): CRUD per site, secret rotation,
// a test event, the delivery log and redelivery. The secret is only in the answers to create and
// rotate. Storage work runs on the query pool, never on the network thread.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class WebhookEndpoints final {
public:
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void replace(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void rotate(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void test(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void deliveries(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void redeliver(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
