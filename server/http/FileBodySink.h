// A request body streamed to a file in a given folder (a temporary "upload-*.part" name), so a large
// upload costs disk, not memory. The file is removed when the sink goes away unless a handler took
// it with takeFile() (then it is the handler's to move or delete).
#pragma once

#include "http/HttpBodySink.h"

#include <QTemporaryFile>

namespace pulse {

class FileBodySink final : public HttpBodySink {
public:
    // folder must exist; isOpen() is false (with errorString()) when the file cannot be created there.
    explicit FileBodySink(const QString &folder);

    bool isOpen() const { return m_file.isOpen(); }
    bool write(QByteArrayView data) override;
    bool finish() override;
    QString errorString() const override { return m_file.errorString(); }

    qint64 size() const { return m_bytes; }
    // The complete file's path; from now on the caller owns the file.
    QString takeFile();

private:
    QTemporaryFile m_file;
    qint64 m_bytes = 0;
};

} // namespace pulse
