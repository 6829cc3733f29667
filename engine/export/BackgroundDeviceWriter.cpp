#include "export/BackgroundDeviceWriter.h"

#include <QIODevice>

namespace pulse {

BackgroundDeviceWriter::BackgroundDeviceWriter(QIODevice &device) : m_device(device) { }

BackgroundDeviceWriter::~BackgroundDeviceWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool BackgroundDeviceWriter::write(QByteArray &buffer)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued || !m_error.isEmpty(); });
    if (!m_error.isEmpty())
        return false;
    const qsizetype capacity = buffer.capacity();
    m_queue.push_back(std::move(buffer));
    if (!m_spares.empty()) {
        buffer = std::move(m_spares.back());
        m_spares.pop_back();
    } else {
        buffer = QByteArray();
        buffer.reserve(capacity);
    }
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool BackgroundDeviceWriter::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() || !m_error.isEmpty(); });
    return m_error.isEmpty();
}

qint64 BackgroundDeviceWriter::bytesWritten() const
{
    std::lock_guard lock(m_mutex);
    return m_written;
}

QString BackgroundDeviceWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void BackgroundDeviceWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
        if (m_queue.empty())
            return; // stopping with nothing left to write
        const QByteArray &bytes = m_queue.front(); // stays put: only this thread pops the queue
        lock.unlock();
        const qint64 written = m_device.write(bytes);
        const QString error = written == bytes.size()
            ? QString()
            : (m_device.errorString().isEmpty() ? QStringLiteral("could not write") : m_device.errorString());
        lock.lock();
        if (written > 0)
            m_written += written;
        if (!error.isEmpty()) {
            m_error = error;
            m_queue.clear(); // nothing after a failed write may reach the device
        } else {
            QByteArray spare = std::move(m_queue.front());
            m_queue.pop_front();
            spare.resize(0); // keeps the capacity
            m_spares.push_back(std::move(spare));
        }
        m_changed.notify_all();
    }
}

} // namespace pulse
