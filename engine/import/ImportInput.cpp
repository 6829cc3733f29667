#include "import/ImportInput.h"

#include <QIODevice>

#include <zlib.h>

namespace pulse {

struct ImportInput::Inflater {
    z_stream stream {};
    bool inStream = false; // inside a gzip member (concatenated members, as `cat a.gz b.gz` makes, are read on)
    bool ready = false;
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
};

ImportInput::ImportInput(QIODevice *device, qsizetype chunkBytes)
    : m_device(device), m_chunkBytes(qMax<qsizetype>(1, chunkBytes))
{
}

ImportInput::~ImportInput() = default;

QByteArray ImportInput::readRaw()
{
    if (!m_pending.isEmpty())
        return std::exchange(m_pending, QByteArray());
    if (m_rawEnd)
        return {};
    QByteArray chunk = m_device->read(m_chunkBytes);
    if (chunk.isEmpty()) {
        // A pipe or socket may have nothing yet without being at its end.
        while (chunk.isEmpty() && !m_device->atEnd() && m_device->waitForReadyRead(30000))
            chunk = m_device->read(m_chunkBytes);
    }
    if (chunk.isEmpty()) {
        m_rawEnd = true;
        if (!m_device->atEnd())
            m_error = tr("The file could not be read: %1").arg(m_device->errorString());
        return {};
    }
    m_bytesRead += chunk.size();
    return chunk;
}

QByteArray ImportInput::read()
{
    if (m_atEnd || hasError())
        return {};
    if (!m_started) {
        m_started = true;
        if (!m_device || !m_device->isReadable()) {
            m_error = tr("The file is not open for reading.");
            m_atEnd = true;
            return {};
        }
        // Enough bytes to see the gzip magic (1f 8b), even from a pipe that delivers one byte at a time.
        QByteArray head = readRaw();
        while (head.size() < 2 && !m_rawEnd) {
            const QByteArray more = readRaw();
            head += more;
        }
        if (head.size() >= 2 && uchar(head[0]) == 0x1f && uchar(head[1]) == 0x8b) {
            m_gzip = std::make_unique<Inflater>();
            if (inflateInit2(&m_gzip->stream, 16 + MAX_WBITS) != Z_OK) {
                m_error = tr("The gzip decompressor could not be started.");
                m_atEnd = true;
                return {};
            }
            m_gzip->ready = true;
            m_gzip->inStream = true;
        }
        m_pending = head;
        if (m_pending.isEmpty() && !hasError()) {
            m_atEnd = true;
            return {};
        }
    }
    if (m_gzip)
        return inflateChunk();
    QByteArray chunk = readRaw();
    if (chunk.isEmpty())
        m_atEnd = true;
    return chunk;
}

QByteArray ImportInput::inflateChunk()
{
    QByteArray out(m_chunkBytes, Qt::Uninitialized);
    z_stream &z = m_gzip->stream;
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    QByteArray input; // kept alive while zlib reads from it
    while (z.avail_out > 0) {
        input = readRaw();
        if (input.isEmpty()) {
            if (hasError())
                return {};
            if (m_gzip->inStream)
                m_error = tr("The gzip data ends early: the file is truncated.");
            m_atEnd = true;
            break;
        }
        if (!m_gzip->inStream) {
            // Another gzip member follows the one that ended.
            inflateReset(&z);
            m_gzip->inStream = true;
        }
        z.next_in = reinterpret_cast<Bytef *>(input.data());
        z.avail_in = uInt(input.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END)
            m_gzip->inStream = false;
        else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = tr("The gzip data is corrupt (%1).").arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            m_atEnd = true;
            return {};
        }
        if (z.avail_in > 0)
            m_pending = input.last(qsizetype(z.avail_in)); // output is full: keep the rest for the next call
    }
    out.truncate(out.size() - qsizetype(z.avail_out));
    return out;
}

} // namespace pulse
