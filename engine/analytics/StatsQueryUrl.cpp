// StatsQuery's REST codec: GET /api/v1/stats parameters (docs/stats.md) in, and the same parameters
// out for the remote workbench. Strict on purpose: a repeated parameter with two values, a date with
// trailing junk or a local time a DST change skips is refused with what to send instead.
#include "analytics/StatsQuery.h"

#include "analytics/StatsQueryRules.h"
#include "core/ControlCharacters.h"
#include "core/IsoTime.h"
#include "core/JsonFields.h"
#include "core/TimeZoneName.h"
#include "core/UrlQueryValue.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <utility>

namespace pulse {

namespace {

using json::quoted;
using namespace statsquery;

bool isDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Exactly YYYY-MM-DD; QDate's own ISO parser accepts trailing junk such as "2024-01-31x".
bool parseStrictDate(QStringView text, QDate *out)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-' || !isDigits(text.mid(0, 4))
        || !isDigits(text.mid(5, 2)) || !isDigits(text.mid(8, 2)))
        return false;
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    *out = date;
    return date.isValid();
}

enum class TimeParse { Ok, Malformed, NoSuchLocalTime };

// `from` / `to`: a date (the day's start in tz; for `to` the next day's start, so the day is included)
// or an ISO 8601 date-time, with an offset or Z, or without one meaning local time in tz.
TimeParse parseTimeParameter(const QString &text, const QTimeZone &tz, bool isEnd, qint64 *outMs)
{
    QDate date;
    if (parseStrictDate(text, &date)) {
        *outMs = (isEnd ? date.addDays(1) : date).startOfDay(tz).toMSecsSinceEpoch();
        return TimeParse::Ok;
    }
    if (text.size() < 16 || !parseStrictDate(QStringView(text).left(10), &date)
        || (text[10] != u'T' && text[10] != u't' && text[10] != u' '))
        return TimeParse::Malformed;
    const QStringView timePart = QStringView(text).mid(11);
    const bool hasOffset
        = timePart.contains(u'Z') || timePart.contains(u'z') || timePart.contains(u'+') || timePart.contains(u'-');
    if (hasOffset) {
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid())
            return TimeParse::Malformed;
        *outMs = parsed.toMSecsSinceEpoch();
        return TimeParse::Ok;
    }
    // Parse as UTC to read the wall-clock fields without involving the machine's own zone, then place
    // them in tz. A time in a DST gap does not exist there; Qt 6.4 says invalid, newer Qt shifts it.
    const QDateTime fields = QDateTime::fromString(text + u'Z', Qt::ISODateWithMs);
    if (!fields.isValid())
        return TimeParse::Malformed;
    const QDateTime local(fields.date(), fields.time(), tz);
    if (!local.isValid() || local.date() != fields.date() || local.time() != fields.time())
        return TimeParse::NoSuchLocalTime;
    *outMs = local.toMSecsSinceEpoch();
    return TimeParse::Ok;
}

} // namespace

bool StatsQuery::fromUrlQuery(const QUrlQuery &url, qint64 nowMs, StatsQuery *out, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto param = [](const QString &name) { return QStringLiteral("Parameter '%1'").arg(name); };

    // Plain parameters may repeat only with the same value; a second, different value is a client bug
    // we would otherwise resolve silently in one direction.
    static const QStringList kPlain = [] {
        QStringList names { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("interval"),
            QStringLiteral("tz"), QStringLiteral("limit"), QStringLiteral("include_bots"), QStringLiteral("cohort") };
        for (const TextFilter &f : kTextFilters)
            names << latin(f.urlName);
        return names;
    }();
    QHash<QString, QString> values;
    // The caller's siteId and timeZone (the site's own zone) carry over as defaults; all else is parsed.
    StatsQuery q;
    q.siteId = out->siteId;
    if (isTimeZoneName(out->timeZone))
        q.timeZone = out->timeZone;
    const QString propPrefix = QStringLiteral("prop.");
    const auto items = url.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.startsWith(propPrefix)) {
            const QString name = key.mid(propPrefix.size());
            if (name.isEmpty())
                return fail(
                    QStringLiteral("Parameter 'prop.' needs a property name after the dot, like prop.plan=pro."));
            if (value.isEmpty())
                continue;
            bool duplicate = false;
            for (const PropertyFilter &p : std::as_const(q.props)) {
                if (p.key != name)
                    continue;
                if (p.value != value)
                    return fail(QStringLiteral("%1 is given twice with different values (%2, %3); an event has one "
                                               "value per property, so keep one.")
                                    .arg(param(key), quoted(p.value), quoted(value)));
                duplicate = true;
            }
            if (!duplicate)
                q.props.append({ name, value });
            continue;
        }
        if (!kPlain.contains(key))
            continue; // the caller's own parameters (site, key, ...) pass through
        const auto it = values.constFind(key);
        if (it != values.constEnd() && *it != value)
            return fail(QStringLiteral("%1 is given more than once with different values (%2, %3); keep one.")
                            .arg(param(key), quoted(*it), quoted(value)));
        values.insert(key, value);
    }

    const QString tzText = values.value(QStringLiteral("tz"));
    if (!tzText.isEmpty()) {
        if (!isTimeZoneName(tzText))
            return fail(QStringLiteral("Parameter 'tz' must be an IANA time zone like Europe/Berlin or UTC; got %1.")
                            .arg(quoted(tzText)));
        q.timeZone = tzText;
    }
    const QTimeZone tz(q.timeZone.toUtf8());

    const QString intervalText = values.value(QStringLiteral("interval"));
    if (!intervalText.isEmpty() && !intervalFromName(intervalText, &q.interval))
        return fail(
            QStringLiteral("Parameter 'interval' must be hour, day or auto; got %1.").arg(quoted(intervalText)));

    const QString limitText = values.value(QStringLiteral("limit"));
    if (!limitText.isEmpty()) {
        const int limit = limitText.size() <= 4 && isDigits(limitText) ? limitText.toInt() : -1;
        if (limit < kMinLimit || limit > kMaxLimit)
            return fail(QStringLiteral("Parameter 'limit' must be a whole number from %1 to %2; got %3.")
                            .arg(kMinLimit)
                            .arg(kMaxLimit)
                            .arg(quoted(limitText)));
        q.limit = limit;
    }

    const QString cohortText = values.value(QStringLiteral("cohort"));
    if (!cohortText.isEmpty()) {
        const qint64 id = cohortText.size() <= 18 && isDigits(cohortText) ? cohortText.toLongLong() : 0;
        if (id < 1)
            return fail(QStringLiteral("Parameter 'cohort' must be a cohort id (see GET /api/v1/cohorts); got %1.")
                            .arg(quoted(cohortText)));
        q.cohortId = id;
    }

    const QString botsText = values.value(QStringLiteral("include_bots"));
    if (!botsText.isEmpty()) {
        if (botsText.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0 || botsText == QStringLiteral("1"))
            q.includeBots = true;
        else if (botsText.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0 || botsText == QStringLiteral("0"))
            q.includeBots = false;
        else
            return fail(
                QStringLiteral("Parameter 'include_bots' must be true or false; got %1.").arg(quoted(botsText)));
    }

    for (const TextFilter &f : kTextFilters)
        q.*f.member = values.value(latin(f.urlName));

    for (const PropertyFilter &p : std::as_const(q.props)) {
        if (p.key.contains(u'"'))
            return fail(QStringLiteral("%1 names a property with a double quote, which cannot be filtered on; "
                                       "rename the property when sending it.")
                            .arg(param(propPrefix + p.key)));
        // No stored event has such a name (the collector refuses it), and SQLite's JSON path would end
        // at a NUL and fail the whole query.
        if (hasControlCharacters(p.key))
            return fail(QStringLiteral("%1 names a property with a control character; property names cannot "
                                       "contain them, so no event has this one.")
                            .arg(param(propPrefix + p.key)));
    }

    const auto parseTime = [&](const QString &name, bool isEnd, qint64 *ms) {
        const QString text = values.value(name);
        switch (parseTimeParameter(text, tz, isEnd, ms)) {
        case TimeParse::Ok:
            return QString();
        case TimeParse::NoSuchLocalTime:
            return QStringLiteral("%1 names a local time that does not exist in %2 (the clocks skip it at a DST "
                                  "change); give an offset like +01:00 or another time; got %3.")
                .arg(param(name), q.timeZone, quoted(text));
        case TimeParse::Malformed:
            break;
        }
        return QStringLiteral("%1 must be a date like 2024-01-31 or an ISO 8601 time; got %2.")
            .arg(param(name), quoted(text));
    };
    const bool hasFrom = !values.value(QStringLiteral("from")).isEmpty();
    const bool hasTo = !values.value(QStringLiteral("to")).isEmpty();
    if (hasFrom) {
        const QString message = parseTime(QStringLiteral("from"), false, &q.fromMs);
        if (!message.isEmpty())
            return fail(message);
    }
    if (hasTo) {
        const QString message = parseTime(QStringLiteral("to"), true, &q.toMs);
        if (!message.isEmpty())
            return fail(message);
    } else {
        q.toMs = instant(nowMs, tz).date().addDays(1).startOfDay(tz).toMSecsSinceEpoch();
    }
    if (!hasFrom) // the 30 days that end with the last day of the range
        q.fromMs = instant(q.toMs - 1, tz).date().addDays(-29).startOfDay(tz).toMSecsSinceEpoch();

    if (q.toMs <= q.fromMs) {
        if (!hasTo)
            return fail(QStringLiteral("Parameter 'from' (%1) is after today, the default end of the range; pick an "
                                       "earlier 'from' or give 'to'.")
                            .arg(quoted(values.value(QStringLiteral("from")))));
        return fail(QStringLiteral("Parameter 'to' (%1) must be later than 'from' (%2); swap them or pick a later "
                                   "'to'.")
                        .arg(quoted(values.value(QStringLiteral("to"))), quoted(values.value(QStringLiteral("from")))));
    }
    const QString message = validate(q,
        { QStringLiteral("Parameter"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("tz"),
            QStringLiteral("limit"), QStringLiteral("interval"), QStringLiteral("prop.<name>") });
    if (!message.isEmpty())
        return fail(message);
    *out = q;
    return true;
}

QUrlQuery StatsQuery::toUrlQuery() const
{
    const auto literal = &urlQueryValue; // '%' and '+' as themselves
    QUrlQuery url;
    url.addQueryItem(QStringLiteral("from"), literal(iso::utc(fromMs)));
    url.addQueryItem(QStringLiteral("to"), literal(iso::utc(toMs)));
    url.addQueryItem(QStringLiteral("interval"), intervalName(interval));
    url.addQueryItem(QStringLiteral("tz"), literal(timeZone));
    url.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (includeBots)
        url.addQueryItem(QStringLiteral("include_bots"), QStringLiteral("true"));
    if (cohortId > 0)
        url.addQueryItem(QStringLiteral("cohort"), QString::number(cohortId));
    for (const TextFilter &f : kTextFilters) {
        if (!(this->*f.member).isEmpty())
            url.addQueryItem(latin(f.urlName), literal(this->*f.member));
    }
    for (const PropertyFilter &p : props)
        url.addQueryItem(literal(QStringLiteral("prop.") + p.key), literal(p.value));
    return url;
}

} // namespace pulse
