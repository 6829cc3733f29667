#include "export/OrderedFragments.h"

#include <algorithm>
#include <utility>

namespace pulse {

OrderedFragments::OrderedFragments(int slices, int maxAhead, int maxQueued)
    : m_maxAhead(std::max(1, maxAhead)),
      m_maxQueued(size_t(std::max(1, maxQueued))),
      m_slices(size_t(std::max(0, slices)))
{
}

int OrderedFragments::claim()
{
    std::unique_lock lock(m_mutex);
    if (m_stopped || m_nextClaim >= int(m_slices.size()))
        return -1;
    const int slice = m_nextClaim++;
    m_changed.wait(lock, [&] { return m_stopped || slice <= m_current + m_maxAhead; });
    return m_stopped ? -1 : slice;
}

bool OrderedFragments::push(int slice, QByteArray &bytes, qint64 rows, bool last)
{
    std::unique_lock lock(m_mutex);
    Slice &s = m_slices[size_t(slice)];
    m_changed.wait(lock,
        [&] { return m_stopped || (slice == m_current ? s.queued.size() < m_maxQueued : m_queued < m_maxQueued); });
    if (m_stopped)
        return false;
    if (!bytes.isEmpty() || rows > 0) {
        s.queued.push_back({ std::exchange(bytes, QByteArray()), rows });
        ++m_queued;
    }
    s.complete = last;
    m_changed.notify_all();
    return true;
}

bool OrderedFragments::pop(QByteArray &bytes, qint64 &rows)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopped || m_current >= int(m_slices.size()))
            return false;
        Slice &s = m_slices[size_t(m_current)];
        if (!s.queued.empty()) {
            bytes = std::move(s.queued.front().bytes);
            rows = s.queued.front().rows;
            s.queued.pop_front();
            --m_queued;
            m_changed.notify_all();
            return true;
        }
        if (s.complete) {
            ++m_current; // lets the next slice's worker and a waiting claim() on
            m_changed.notify_all();
            continue;
        }
        m_changed.wait(lock);
    }
}

void OrderedFragments::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

bool OrderedFragments::stopped() const
{
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

} // namespace pulse
