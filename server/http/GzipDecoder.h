// Inflates gzip/deflate request bodies (Content-Encoding) with a hard cap on the output, so a small
// compressed body cannot expand into gigabytes (a "zip bomb").
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace pulse {

class GzipDecoder final {
public:
    enum class Encoding { Identity, Gzip, Deflate, Unsupported };
    enum class Status { Ok, TooLarge, Corrupt };

    explicit GzipDecoder(qint64 maxOutputBytes) : m_maxOutputBytes(maxOutputBytes) { }

    // Maps a Content-Encoding header value; a missing header is Identity. Stacked codings are unsupported.
    static Encoding encodingFor(QByteArrayView contentEncoding);

    // Decodes all of input into output. TooLarge as soon as the output would pass the cap;
    // Corrupt for bad or truncated data, or bytes after the end of the stream.
    Status decode(Encoding encoding, QByteArrayView input, QByteArray &output) const;

private:
    Status inflateWith(int windowBits, QByteArrayView input, QByteArray &output) const;

    qint64 m_maxOutputBytes;
};

} // namespace pulse
