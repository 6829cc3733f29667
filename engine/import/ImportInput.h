// The bytes of an import file, read in chunks from a QIODevice and inflated on the fly when the file
// is gzip-compressed (recognised by its magic bytes, not its name), so parsers never hold more than a
// chunk of a file that may be many gigabytes.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace pulse {

class ImportInput final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ImportInput)

public:
    static constexpr qsizetype kChunkBytes = 256 * 1024;

    // chunkBytes: how much is read at a time (small values let tests cut records at every byte).
    explicit ImportInput(QIODevice *device, qsizetype chunkBytes = kChunkBytes);
    ~ImportInput();
    ImportInput(const ImportInput &) = delete;
    ImportInput &operator=(const ImportInput &) = delete;

    // The next chunk of (decompressed) data; empty at the end or on an error (see error()).
    QByteArray read();
    bool atEnd() const { return m_atEnd; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool isCompressed() const { return m_gzip != nullptr; }
    // Bytes taken from the device (compressed bytes for gzip), for progress against the file size.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Inflater;
    QByteArray readRaw();
    QByteArray inflateChunk();

    QIODevice *m_device;
    qsizetype m_chunkBytes;
    std::unique_ptr<Inflater> m_gzip;
    QByteArray m_pending; // raw bytes read ahead (the magic-byte peek, or input zlib has not consumed)
    bool m_started = false;
    bool m_rawEnd = false;
    bool m_atEnd = false;
    QString m_error;
    qint64 m_bytesRead = 0;
};

} // namespace pulse
