// Byte-level helpers of the projection's block format (ProjectionBlock): a writer and a bounds-checked
// reader of little-endian numbers, and packed columns (1, 2 or 4 bytes a value; timestamps as 4-byte
// offsets from a base or whole). Every number is little-endian, so a database moved between machines
// keeps its blocks readable.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <algorithm>
#include <vector>

namespace pulse::block {

// Reads an unsigned little-endian number of `width` bytes.
inline quint32 loadIndex(const char *in, int width)
{
    switch (width) {
    case 1:
        return quint8(*in);
    case 2:
        return qFromLittleEndian<quint16>(in);
    default:
        return qFromLittleEndian<quint32>(in);
    }
}

// A column of a block, read in place from the block's bytes.
struct PackedColumn {
    const char *data = nullptr;
    int width = 4; // bytes a value: 1, 2 or 4 for indices; 4 (offset from base) or 8 for timestamps
    qint64 base = 0;

    quint32 index(size_t i) const { return loadIndex(data + i * size_t(width), width); }
    qint64 time(size_t i) const
    {
        return width == 4 ? base + qint64(qFromLittleEndian<quint32>(data + i * 4))
                          : qFromLittleEndian<qint64>(data + i * 8);
    }
};

class Writer {
public:
    explicit Writer(QByteArray &out) : m_out(out) { }
    void raw(const void *data, size_t bytes) { m_out.append(static_cast<const char *>(data), qsizetype(bytes)); }
    template<typename T> void value(T v)
    {
        char bytes[sizeof v];
        qToLittleEndian<T>(v, bytes);
        raw(bytes, sizeof bytes);
    }
    void bytes(QByteArrayView b)
    {
        value(quint32(b.size()));
        raw(b.data(), size_t(b.size()));
    }
    // An index column at the narrowest of 1, 2 or 4 bytes that holds its largest value.
    template<typename T> void indices(const std::vector<T> &column)
    {
        const quint32 largest = column.empty() ? 0 : quint32(*std::max_element(column.begin(), column.end()));
        const int width = largest <= 0xFF ? 1 : largest <= 0xFFFF ? 2 : 4;
        value(quint8(width));
        char *out = grow(column.size() * size_t(width));
        for (const T v : column) {
            if (width == 1)
                *out = char(quint8(v));
            else if (width == 2)
                qToLittleEndian<quint16>(quint16(v), out);
            else
                qToLittleEndian<quint32>(quint32(v), out);
            out += width;
        }
    }
    // Timestamps as 4-byte offsets from the smallest when they span less than ~49 days, else whole.
    void timestamps(const std::vector<qint64> &ts)
    {
        const auto [low, high] = std::minmax_element(ts.begin(), ts.end());
        const bool narrow = ts.empty() || quint64(*high - *low) <= 0xFFFFFFFFu;
        const qint64 base = ts.empty() || !narrow ? 0 : *low;
        value(quint8(narrow ? 4 : 8));
        value(base);
        char *out = grow(ts.size() * (narrow ? 4 : 8));
        for (const qint64 t : ts) {
            if (narrow) {
                qToLittleEndian<quint32>(quint32(t - base), out);
                out += 4;
            } else {
                qToLittleEndian<qint64>(t, out);
                out += 8;
            }
        }
    }

private:
    char *grow(size_t bytes)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + qsizetype(bytes));
        return m_out.data() + at;
    }
    QByteArray &m_out;
};

class Reader {
public:
    explicit Reader(QByteArrayView in) : m_at(in.data()), m_end(in.data() + in.size()) { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    void fail() { m_ok = false; }
    const char *take(size_t bytes)
    {
        if (!m_ok || bytes > size_t(m_end - m_at)) {
            m_ok = false;
            return nullptr;
        }
        const char *at = m_at;
        m_at += bytes;
        return at;
    }
    template<typename T> T value()
    {
        const char *at = take(sizeof(T));
        return at ? qFromLittleEndian<T>(at) : T {};
    }
    QByteArrayView bytes()
    {
        const auto n = value<quint32>();
        const char *at = take(n);
        return at ? QByteArrayView(at, n) : QByteArrayView();
    }
    // A column of n indices, left in place.
    PackedColumn indices(size_t n)
    {
        PackedColumn c;
        c.width = value<quint8>();
        if (c.width != 1 && c.width != 2 && c.width != 4)
            m_ok = false;
        else if (n > size_t(m_end - m_at) / size_t(c.width))
            m_ok = false;
        else
            c.data = take(n * size_t(c.width));
        return c;
    }
    PackedColumn timestamps(size_t n)
    {
        PackedColumn c;
        c.width = value<quint8>();
        c.base = value<qint64>();
        if (c.width != 4 && c.width != 8)
            m_ok = false;
        else if (n > size_t(m_end - m_at) / size_t(c.width))
            m_ok = false;
        else
            c.data = take(n * size_t(c.width));
        return c;
    }

private:
    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

} // namespace pulse::block
