// What StatsQuery's two codecs share: the JSON one and the checks (StatsQuery.cpp) and the REST
// parameters one (StatsQueryUrl.cpp). The text filters by name, the time zone check and the validation
// with the caller's own field names live here, so the two cannot drift apart. Private to those files.
#pragma once

#include "analytics/StatsQuery.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace pulse::statsquery {

// The string filters, by JSON field and REST parameter, so the codecs and the parser cannot drift apart.
struct TextFilter {
    const char *urlName;
    QString StatsQuery::*member;
};

inline constexpr TextFilter kTextFilters[] = {
    { "event", &StatsQuery::eventName },
    { "path", &StatsQuery::path },
    { "source", &StatsQuery::source },
    { "source_class", &StatsQuery::sourceClass },
    { "utm_source", &StatsQuery::utmSource },
    { "utm_medium", &StatsQuery::utmMedium },
    { "utm_campaign", &StatsQuery::utmCampaign },
    { "browser", &StatsQuery::browser },
    { "os", &StatsQuery::os },
    { "device", &StatsQuery::device },
    { "entry_page", &StatsQuery::entryPage },
    { "exit_page", &StatsQuery::exitPage },
};

inline QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

inline QDateTime instant(qint64 ms, const QTimeZone &tz)
{
    return QDateTime::fromMSecsSinceEpoch(ms, tz);
}

// Names used in validation messages, so JSON callers read field names and REST callers parameter names.
struct FieldNames {
    QString kind; // "Field" or "Parameter"
    QString from, to, timeZone, limit, interval, props;
    QString one(const QString &name) const { return kind + QStringLiteral(" '") + name + u'\''; }
};

// The first problem of q in the caller's words (n), or an empty string.
QString validate(const StatsQuery &q, const FieldNames &n);

} // namespace pulse::statsquery
