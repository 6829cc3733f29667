// Exports over REST (docs/exports.md): POST /api/v1/exports queues a job that writes raw events or a
// query result to a file on the server (202 with the job); GET lists and shows jobs, a completed one
// with a signed download link that expires; .../download streams the file to whoever holds the link
// (or a key with the export scope), whatever its size; .../cancel stops a job and DELETE removes it
// with its file.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class ExportEndpoints final {
public:
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void cancel(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    // No route scope: the signature in the query string is the credential (or a bearer key with the
    // export scope for the job's site).
    static void download(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
