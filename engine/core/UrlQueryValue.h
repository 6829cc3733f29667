// A query parameter's value as itself, for QUrlQuery::addQueryItem: QUrlQuery reads a '%' in what it
// is given as the start of an escape, and leaves '+' as it is, which servers (Pulse's too) read as a
// space, as browsers' forms send it. So both are escaped; every other character QUrlQuery handles.
#pragma once

#include <QString>

namespace pulse {

inline QString urlQueryValue(QString text)
{
    return text.replace(u'%', QLatin1String("%25")).replace(u'+', QLatin1String("%2B"));
}

} // namespace pulse
