// A request the front end refuses before any handler sees it: the status to answer and a detail that
// tells the client what to change. Sent as problem+json, then the connection closes.
#pragma once

#include <QJsonObject>
#include <QString>

namespace pulse {

struct HttpError {
    int status = 0; // 0: no error
    QString detail;
    QJsonObject extra; // extension members of the problem document, e.g. {"limit": 1048576}

    bool isError() const { return status != 0; }
};

} // namespace pulse
