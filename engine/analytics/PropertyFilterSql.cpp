#include "analytics/PropertyFilterSql.h"

namespace pulse {

QString propertyFilterTest(const QString &props, const QString &pathParam, const QString &valueParam)
{
    return QStringLiteral("(CASE WHEN json_valid(%1) THEN (CASE json_type(%1, %2) "
                          "WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
                          "ELSE CAST(json_extract(%1, %2) AS TEXT) END) END) = %3")
        .arg(props, pathParam, valueParam);
}

QString propertyFilterPath(const QString &key)
{
    return QStringLiteral("$.\"") + key + u'"';
}

} // namespace pulse
