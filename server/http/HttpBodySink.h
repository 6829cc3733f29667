// Where a request body goes when it must not be held in memory (an import file of a gigabyte): the
// parser hands each de-chunked piece to the sink as it arrives instead of appending it to
// HttpRequest::body. Bodies are passed on as sent (a gzip body stays gzip): whoever reads the sink
// decodes it. A route opts in through HttpServer::setBodySinkFactory, after its head was accepted.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace pulse {

class HttpBodySink {
public:
    virtual ~HttpBodySink() = default;
    // Called on the network thread with the body's bytes in order; false stops the request with a 507.
    virtual bool write(QByteArrayView data) = 0;
    // The whole body arrived; false (a failed flush) answers 507 instead of handing the request on.
    virtual bool finish() = 0;
    // Why write() or finish() failed, for the problem detail.
    virtual QString errorString() const = 0;
};

} // namespace pulse
