// A set of a site's visitors as one bit per projection visitor index: what a cohort becomes when an
// analysis filters or breaks down by it, so the scan tests membership with one load.
#pragma once

#include <QtGlobal>

#include <vector>

namespace pulse {

class VisitorSet final {
public:
    VisitorSet() = default;
    explicit VisitorSet(quint32 visitors) : m_words((size_t(visitors) + 63) / 64, 0) { }

    void insert(quint32 visitor)
    {
        if (size_t(visitor / 64) >= m_words.size())
            m_words.resize(visitor / 64 + 1, 0);
        if (!contains(visitor))
            ++m_size;
        m_words[visitor / 64] |= quint64(1) << (visitor % 64);
    }
    bool contains(quint32 visitor) const
    {
        const size_t w = visitor / 64;
        return w < m_words.size() && (m_words[w] >> (visitor % 64) & 1) != 0;
    }
    qint64 size() const { return m_size; }

private:
    std::vector<quint64> m_words;
    qint64 m_size = 0;
};

} // namespace pulse
