#include "http/FileBodySink.h"

#include <QDir>

namespace pulse {

FileBodySink::FileBodySink(const QString &folder) : m_file(QDir(folder).filePath(QStringLiteral("upload-XXXXXX.part")))
{
    m_file.setAutoRemove(true);
    (void)m_file.open();
}

bool FileBodySink::write(QByteArrayView data)
{
    if (m_file.write(data.data(), data.size()) != data.size())
        return false;
    m_bytes += data.size();
    return true;
}

bool FileBodySink::finish()
{
    return m_file.flush();
}

QString FileBodySink::takeFile()
{
    m_file.setAutoRemove(false);
    const QString path = m_file.fileName();
    m_file.close();
    return path;
}

} // namespace pulse
