// A request the front end refuses before any handler sees it: the status to answer and a detail that
// tells the client what to change. Sent as problem+json, then the connection closes.
#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pulse {

struct HttpError {
    int status = 0; // 0: no error
    QString detail;
    QJsonObject extra; // extension members of the problem document, e.g. {"limit": 1048576}
    // Sent instead of the problem built from the fields above when a handler refused the request
    // early with its own answer (a 401 with WWW-Authenticate before an upload is read).
    std::optional<HttpResponse> response;

    bool isError() const { return status != 0; }
};

} // namespace pulse
