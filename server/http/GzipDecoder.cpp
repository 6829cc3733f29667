// zlib inflate loop for request bodies, growing the output in steps up to the cap.
#include "http/GzipDecoder.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace pulse {

namespace {

constexpr qsizetype outputStep = 64 * 1024;
constexpr int zlibWindowBits = 15; // zlib header (what HTTP "deflate" means)
constexpr int rawWindowBits = -15; // bare deflate, which some clients send as "deflate" anyway
constexpr int gzipWindowBits = 16 + 15;

} // namespace

GzipDecoder::Encoding GzipDecoder::encodingFor(QByteArrayView contentEncoding)
{
    const QByteArrayView value = contentEncoding.trimmed();
    if (value.isEmpty() || value.compare("identity", Qt::CaseInsensitive) == 0)
        return Encoding::Identity;
    if (value.compare("gzip", Qt::CaseInsensitive) == 0 || value.compare("x-gzip", Qt::CaseInsensitive) == 0)
        return Encoding::Gzip;
    if (value.compare("deflate", Qt::CaseInsensitive) == 0)
        return Encoding::Deflate;
    return Encoding::Unsupported;
}

GzipDecoder::Status GzipDecoder::decode(Encoding encoding, QByteArrayView input, QByteArray &output) const
{
    output.clear();
    switch (encoding) {
    case Encoding::Identity:
        if (input.size() > m_maxOutputBytes)
            return Status::TooLarge;
        output = input.toByteArray();
        return Status::Ok;
    case Encoding::Gzip:
        return input.isEmpty() ? Status::Ok : inflateWith(gzipWindowBits, input, output);
    case Encoding::Deflate: {
        if (input.isEmpty())
            return Status::Ok;
        const Status status = inflateWith(zlibWindowBits, input, output);
        // A raw deflate stream fails the zlib header check; only then is a retry meaningful.
        if (status == Status::Corrupt && output.isEmpty())
            return inflateWith(rawWindowBits, input, output);
        return status;
    }
    case Encoding::Unsupported:
        break;
    }
    return Status::Corrupt;
}

GzipDecoder::Status GzipDecoder::inflateWith(int windowBits, QByteArrayView input, QByteArray &output) const
{
    z_stream stream {};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return Status::Corrupt;
    struct EndGuard {
        z_stream *stream;
        ~EndGuard() { inflateEnd(stream); }
    } guard { &stream };

    // zlib's counters are 32-bit; feed the input in pieces it can count.
    constexpr qsizetype maxPiece = std::numeric_limits<uInt>::max();
    const auto *next = reinterpret_cast<const Bytef *>(input.data());
    qsizetype remaining = input.size();
    qsizetype produced = 0;
    const qsizetype cap = static_cast<qsizetype>(m_maxOutputBytes);
    const auto finish = [&output, &produced](Status status) {
        output.resize(status == Status::Ok || status == Status::Corrupt ? produced : 0);
        return status;
    };

    for (;;) {
        if (stream.avail_in == 0 && remaining > 0) {
            const qsizetype piece = std::min(remaining, maxPiece);
            stream.next_in = const_cast<Bytef *>(next);
            stream.avail_in = static_cast<uInt>(piece);
            next += piece;
            remaining -= piece;
        }
        if (produced == output.size()) {
            if (produced > cap)
                return finish(Status::TooLarge);
            // One byte past the cap is enough to know the body is too large.
            output.resize(std::min(produced + outputStep, cap + 1));
        }
        const qsizetype room = std::min(output.size() - produced, maxPiece);
        stream.next_out = reinterpret_cast<Bytef *>(output.data() + produced);
        stream.avail_out = static_cast<uInt>(room);
        const int result = inflate(&stream, Z_NO_FLUSH);
        produced += room - static_cast<qsizetype>(stream.avail_out);
        if (produced > cap)
            return finish(Status::TooLarge);

        if (result == Z_STREAM_END) {
            const bool moreInput = stream.avail_in > 0 || remaining > 0;
            // gzip allows several members back to back (RFC 1952 §2.2); zlib and raw streams end here.
            if (moreInput && windowBits == gzipWindowBits && inflateReset(&stream) == Z_OK)
                continue;
            return finish(moreInput ? Status::Corrupt : Status::Ok);
        }
        if (result == Z_BUF_ERROR && stream.avail_out == 0)
            continue; // output full: grow and go on
        if (result != Z_OK)
            return finish(Status::Corrupt); // data error, dictionary request, or input ended mid-stream
        if (stream.avail_in == 0 && remaining == 0 && stream.avail_out > 0)
            return finish(Status::Corrupt); // zlib wants more input than the body has: truncated
    }
}

} // namespace pulse
