#pragma once

// Holds a worker thread (an import or export job's) the first time it reaches a hook, until the test
// lets it go: the test can then act while the job is in a known state. Bounded, so a failing test
// cannot hang.

#include <QSemaphore>

#include <atomic>

namespace pulse::test {

struct WorkerGate {
    explicit WorkerGate(int waitMs = 60000) : timeoutMs(waitMs) { }

    // Called on the worker's thread: the first call waits for proceed, later ones pass.
    void hold()
    {
        if (first.exchange(false)) {
            reached.release();
            proceed.tryAcquire(1, timeoutMs);
        }
    }

    QSemaphore reached, proceed;
    std::atomic<bool> first { true };
    const int timeoutMs;
};

} // namespace pulse::test
