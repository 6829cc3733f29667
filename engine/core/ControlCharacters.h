#pragma once

// The rule for text Pulse refuses in names (event names, property names): C0 control characters and
// DEL. Shared by the collector, which refuses such names, and the stats query, which then knows no
// stored event has one.

#include <QStringView>

#include <algorithm>

namespace pulse {

inline bool hasControlCharacters(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace pulse
