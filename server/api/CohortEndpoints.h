// Cohorts over REST (docs/cohorts.md): CRUD under /api/v1/cohorts, on-demand computation, a live size
// preview of a definition, members (paged, searchable, CSV; added and removed for static cohorts, as
// JSON or an uploaded CSV), the size history, and a static cohort from a funnel step's users. Work runs
// on the query pool, never on the network thread.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class CohortEndpoints final {
public:
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void replace(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void compute(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void preview(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void members(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void addMembers(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void removeMembers(
        ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void fromFunnel(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
