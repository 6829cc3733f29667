// Interns strings to dense ids for the columnar projection: every distinct value is stored once and
// events carry its id. Ids are stable and never reused, so an id read under one lock stays valid.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <vector>

namespace pulse {

class StringDictionary final {
public:
    // Id 0 is the empty string (and stands for "none" in nullable columns).
    StringDictionary();

    quint32 intern(QByteArrayView text);
    // The id of text, or -1 when it was never interned.
    qint64 find(QByteArrayView text) const;
    const QByteArray &value(quint32 id) const { return m_values[id]; }
    quint32 size() const { return quint32(m_values.size()); }
    // Heap bytes held, for the memory figures in docs/benchmarks.md.
    qint64 memoryBytes() const;

private:
    std::vector<QByteArray> m_values;
    QHash<QByteArray, quint32> m_ids;
};

} // namespace pulse
