// Import jobs over REST (docs/imports.md, "Over REST"): POST /api/v1/imports takes the file as the raw
// request body, streamed to DATA_DIR/imports as it arrives (never held in memory), and answers 202 with
// a queued job; GET lists jobs and shows one with its progress; .../rejections gives the rejected rows
// as JSON or CSV; .../cancel stops a job. Parameters are checked before the body is read, so a bad
// request costs no upload.
#pragma once

#include "http/HttpBodySink.h"
#include "http/HttpResponder.h"

#include <memory>

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;
class HttpResponse;

class ImportEndpoints final {
public:
    // The route's body sink: a file in the upload folder once the site, format and mapping are valid;
    // nullptr with the problem in *refusal otherwise.
    static std::shared_ptr<HttpBodySink> openUpload(
        ApiContext &context, const HttpRequest &head, const ApiKey &key, HttpResponse *refusal);
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void rejections(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void cancel(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
