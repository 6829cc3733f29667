// A device that accepts a fixed number of bytes, then fails as a full disk does: for exports that
// must stop with the device's reason.
#pragma once

#include <QIODevice>

namespace pulse::test {

class FullDisk final : public QIODevice {
public:
    explicit FullDisk(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (m_used + length > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_used += length;
        return length;
    }

private:
    qint64 m_capacity;
    qint64 m_used = 0;
};

} // namespace pulse::test
