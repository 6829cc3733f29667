// Output that worker threads produce in slices, handed to one consumer in slice order: a parallel
// export formats slices 0, 1, 2… on several threads and writes them to one file as if one thread
// had written them all. Workers claim slices in order; a slice's output comes in fragments (so a
// slice of any size needs little memory), and the consumer takes the fragments of slice 0, then of
// slice 1, and so on.
//
// Memory stays bounded: a worker waits before claiming a slice more than maxAhead past the one the
// consumer is on, and before queueing a fragment while maxQueued wait. The worker of the slice the
// consumer is on only waits while maxQueued of its own fragments wait, so it can always progress
// and the consumer is never left waiting for a fragment nobody can queue.
#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace pulse {

class OrderedFragments final {
public:
    OrderedFragments(int slices, int maxAhead, int maxQueued);

    // Worker side. The next slice to produce, or -1 when none is left or stop() was called.
    int claim();
    // Queues a fragment of `slice` holding `rows` rows; `last` completes the slice. Takes the bytes
    // and leaves `bytes` empty. False once stop() was called (the worker should return).
    bool push(int slice, QByteArray &bytes, qint64 rows, bool last);

    // Consumer side. The next fragment in slice order; false when every slice is done or stop() was
    // called.
    bool pop(QByteArray &bytes, qint64 &rows);

    // Ends the work: claim(), push() and pop() return at once from now on.
    void stop();
    bool stopped() const;

private:
    struct Fragment {
        QByteArray bytes;
        qint64 rows = 0;
    };
    struct Slice {
        std::deque<Fragment> queued;
        bool complete = false;
    };

    const int m_maxAhead;
    const size_t m_maxQueued;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Slice> m_slices;
    int m_nextClaim = 0;
    int m_current = 0; // the slice the consumer takes fragments of
    size_t m_queued = 0; // fragments waiting, over all slices
    bool m_stopped = false;
};

} // namespace pulse
