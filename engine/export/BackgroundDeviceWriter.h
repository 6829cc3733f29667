// Writes an export's full buffers to its device on a thread of its own, so that formatting the next
// buffer and the kernel's copy of the last one into the file (about a quarter of a large export's
// time, docs/benchmarks.md) run on two cores. Buffers are recycled with their capacity, so the
// kernel does not hand out and zero fresh pages for every mebibyte either.
//
// The device is written only by the background thread from the first write() until drain()
// returns; after that the owner may write to it again. A thread is started only by the first
// write(), so a small export that fits one buffer never starts one.
#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

class QIODevice;

namespace pulse {

class BackgroundDeviceWriter final {
public:
    explicit BackgroundDeviceWriter(QIODevice &device);
    ~BackgroundDeviceWriter(); // waits for what was handed over
    BackgroundDeviceWriter(const BackgroundDeviceWriter &) = delete;
    BackgroundDeviceWriter &operator=(const BackgroundDeviceWriter &) = delete;

    // Takes buffer's bytes to be written and leaves an empty buffer with a spare's capacity in its
    // place. Blocks while kMaxQueued buffers wait. Returns false once a write has failed (nothing more
    // is written then; errorString() says why).
    bool write(QByteArray &buffer);
    // Waits until every buffer handed over is written. False when a write failed.
    bool drain();
    // Bytes the device accepted so far (all of them once drain() returned true).
    qint64 bytesWritten() const;
    QString errorString() const;

    static constexpr size_t kMaxQueued = 2;

private:
    void run();

    QIODevice &m_device;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue; // the front one is being written
    std::vector<QByteArray> m_spares;
    bool m_stopping = false;
    qint64 m_written = 0;
    QString m_error;
    std::thread m_thread;
};

} // namespace pulse
