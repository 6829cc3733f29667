// The SQL test of one property filter (PropertyFilter in StatsQuery.h), shared by every query that
// filters events by their props in SQLite (stats, raw event exports), so "prop.n=3" means the same
// everywhere: strings compare as they are, true/false and numbers by their JSON spelling.
#pragma once

#include <QString>

namespace pulse {

// props: the SQL expression of the props column; pathParam and valueParam: the placeholders bound to
// propertyFilterPath(key) and the wanted value. json_valid keeps one malformed row from failing the
// whole query. The path is bound too; StatsQuery refuses keys with a double quote, which a quoted
// path label cannot hold.
QString propertyFilterTest(const QString &props, const QString &pathParam, const QString &valueParam);
QString propertyFilterPath(const QString &key);

} // namespace pulse
