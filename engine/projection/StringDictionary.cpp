#include "projection/StringDictionary.h"

namespace pulse {

StringDictionary::StringDictionary()
{
    m_values.emplace_back();
    m_ids.insert(QByteArray(), 0);
}

quint32 StringDictionary::intern(QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    // QHash looks up by QByteArray; fromRawData avoids a copy for the (usual) hit.
    const QByteArray probe = QByteArray::fromRawData(text.data(), text.size());
    const auto it = m_ids.constFind(probe);
    if (it != m_ids.cend())
        return it.value();
    const auto id = quint32(m_values.size());
    QByteArray owned(text.data(), text.size());
    m_values.push_back(owned);
    m_ids.insert(owned, id);
    return id;
}

qint64 StringDictionary::find(QByteArrayView text) const
{
    if (text.isEmpty())
        return 0;
    const auto it = m_ids.constFind(QByteArray::fromRawData(text.data(), text.size()));
    return it == m_ids.cend() ? -1 : qint64(it.value());
}

qint64 StringDictionary::memoryBytes() const
{
    qint64 bytes = qint64(m_values.capacity() * sizeof(QByteArray));
    for (const QByteArray &v : m_values)
        bytes += v.capacity() + 24; // the shared header
    // QHash: a span entry per node plus the key (shared with m_values) and value.
    bytes += qint64(m_ids.size()) * (sizeof(QByteArray) + sizeof(quint32) + 8);
    return bytes;
}

} // namespace pulse
