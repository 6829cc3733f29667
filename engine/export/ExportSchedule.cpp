#include "export/ExportSchedule.h"

#include "core/JsonFields.h"

#include <QDateTime>
#include <QTime>

namespace pulse {

namespace {

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

bool matches(const ExportSchedule &s, const QDate &date)
{
    switch (s.cadence) {
    case ExportSchedule::Cadence::Daily:
        return true;
    case ExportSchedule::Cadence::Weekly:
        return date.dayOfWeek() == s.weekday;
    case ExportSchedule::Cadence::Monthly:
        return date.day() == s.monthDay;
    }
    return false;
}

} // namespace

qint64 ExportSchedule::nextRunAfter(qint64 afterMs, const QTimeZone &zone) const
{
    const QTime time(minuteOfDay / 60, minuteOfDay % 60);
    QDate date = QDateTime::fromMSecsSinceEpoch(afterMs, zone).date();
    // At most a month and a day ahead; in a DST gap QDateTime moves the time past the gap.
    for (int i = 0; i < 64; ++i, date = date.addDays(1)) {
        if (!matches(*this, date))
            continue;
        const qint64 at = QDateTime(date, time, zone).toMSecsSinceEpoch();
        if (at > afterMs)
            return at;
    }
    return afterMs + 24 * 3600 * qint64(1000); // unreachable with a valid schedule
}

std::pair<qint64, qint64> ExportSchedule::previousPeriod(qint64 runAtMs, const QTimeZone &zone) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(runAtMs, zone).date();
    QDate end = day, start;
    switch (cadence) {
    case Cadence::Daily:
        start = day.addDays(-1);
        break;
    case Cadence::Weekly:
        end = day.addDays(1 - day.dayOfWeek()); // this week's Monday
        start = end.addDays(-7);
        break;
    case Cadence::Monthly:
        end = QDate(day.year(), day.month(), 1);
        start = end.addMonths(-1);
        break;
    }
    return { start.startOfDay(zone).toMSecsSinceEpoch(), end.startOfDay(zone).toMSecsSinceEpoch() };
}

ExportRequest ExportSchedule::requestFor(qint64 runAtMs, const QTimeZone &zone) const
{
    ExportRequest r = request;
    r.siteId = siteId;
    if (range == Range::Previous) {
        const auto [from, to] = previousPeriod(runAtMs, zone);
        r.query.insert(QStringLiteral("from_ms"), from);
        r.query.insert(QStringLiteral("to_ms"), to);
    } else if (range == Range::All) {
        r.query.remove(QStringLiteral("from_ms"));
        r.query.remove(QStringLiteral("to_ms"));
    }
    return r;
}

QString ExportSchedule::validationError() const
{
    if (name.trimmed().isEmpty() || name.size() > kMaxNameLength)
        return QStringLiteral("Field 'name' must be 1 to %1 characters.").arg(kMaxNameLength);
    if (minuteOfDay < 0 || minuteOfDay >= 24 * 60)
        return QStringLiteral("Field 'time' must be a time of day as HH:mm, such as 03:00.");
    if (weekday < 1 || weekday > 7)
        return QStringLiteral("Field 'weekday' must be 1 (Monday) to 7 (Sunday).");
    if (monthDay < 1 || monthDay > 28)
        return QStringLiteral("Field 'day' must be 1 to 28, so that every month has it.");
    if (keepLast < 1 || keepLast > kMaxKeep)
        return QStringLiteral("Field 'keep' must be 1 to %1 files.").arg(kMaxKeep);
    if (range == Range::All && request.kind != ExportRequest::Kind::Events
        && request.kind != ExportRequest::Kind::CohortMembers)
        return QStringLiteral("Field 'range': 'all' suits raw events and cohort members; a %1 export needs "
                              "'previous' or 'query'.")
            .arg(ExportRequest::kindName(request.kind));
    // The request as a run would make it: with a period in place, so a query without one still checks.
    ExportRequest probe = request;
    probe.siteId = siteId;
    if (range == Range::Previous) {
        probe.query.insert(QStringLiteral("from_ms"), qint64(1));
        probe.query.insert(QStringLiteral("to_ms"), qint64(86400000));
    } else if (range == Range::All) {
        probe.query.remove(QStringLiteral("from_ms"));
        probe.query.remove(QStringLiteral("to_ms"));
    }
    return probe.validationError();
}

QJsonObject ExportSchedule::toJson() const
{
    QJsonObject o = request.toJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("site_id"), siteId);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("cadence"), cadenceName(cadence));
    o.insert(QStringLiteral("time"), QTime(minuteOfDay / 60, minuteOfDay % 60).toString(QStringLiteral("HH:mm")));
    o.insert(QStringLiteral("weekday"), weekday);
    o.insert(QStringLiteral("day"), monthDay);
    o.insert(QStringLiteral("range"), rangeName(range));
    o.insert(QStringLiteral("keep"), keepLast);
    o.insert(QStringLiteral("enabled"), enabled);
    if (!folder.isEmpty())
        o.insert(QStringLiteral("folder"), folder);
    o.insert(QStringLiteral("next_run_at"), isoOrNull(nextRunAtMs));
    o.insert(QStringLiteral("last_run_at"), isoOrNull(lastRunAtMs));
    o.insert(QStringLiteral("created_at"), isoOrNull(createdAtMs));
    return o;
}

std::optional<ExportSchedule> ExportSchedule::fromJson(
    const QJsonObject &json, const ExportSchedule &base, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ExportSchedule s = base;
    QString message, cadence = cadenceName(s.cadence), range = rangeName(s.range);
    QString time = QTime(s.minuteOfDay / 60, s.minuteOfDay % 60).toString(QStringLiteral("HH:mm"));
    qint64 weekday = s.weekday, day = s.monthDay, keep = s.keepLast;
    if (!json::readString(json, "name", &s.name, &message) || !json::readString(json, "cadence", &cadence, &message)
        || !json::readString(json, "time", &time, &message) || !json::readInteger(json, "weekday", &weekday, &message)
        || !json::readInteger(json, "day", &day, &message) || !json::readString(json, "range", &range, &message)
        || !json::readInteger(json, "keep", &keep, &message) || !json::readBool(json, "enabled", &s.enabled, &message))
        return fail(message);
    const std::optional<Cadence> c = cadenceFromName(cadence);
    if (!c)
        return fail(
            QStringLiteral("Field 'cadence' must be daily, weekly or monthly; got %1.").arg(json::quoted(cadence)));
    s.cadence = *c;
    const std::optional<Range> r = rangeFromName(range);
    if (!r)
        return fail(QStringLiteral("Field 'range' must be previous, all or query; got %1.").arg(json::quoted(range)));
    s.range = *r;
    const QTime parsed = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!parsed.isValid())
        return fail(QStringLiteral("Field 'time' must be a time of day as HH:mm, such as 03:00; got %1.")
                        .arg(json::quoted(time)));
    s.minuteOfDay = parsed.hour() * 60 + parsed.minute();
    if (weekday < 1 || weekday > 7)
        return fail(QStringLiteral("Field 'weekday' must be 1 (Monday) to 7 (Sunday)."));
    if (day < 1 || day > 28)
        return fail(QStringLiteral("Field 'day' must be 1 to 28, so that every month has it."));
    if (keep < 1 || keep > kMaxKeep)
        return fail(QStringLiteral("Field 'keep' must be 1 to %1 files.").arg(kMaxKeep));
    s.weekday = int(weekday);
    s.monthDay = int(day);
    s.keepLast = int(keep);
    // The export itself: kind, format, query and table as for POST /api/v1/exports; left out: kept.
    if (json.contains(QLatin1String("kind")) || json.contains(QLatin1String("format"))
        || json.contains(QLatin1String("query")) || json.contains(QLatin1String("table"))) {
        QJsonObject request = s.request.toJson();
        for (const char *key : { "kind", "format", "query", "table" }) {
            if (json.contains(QLatin1String(key)))
                request.insert(QLatin1String(key), json.value(QLatin1String(key)));
        }
        // Checked below as a run would make it (with its period), so only the codec is read here.
        const std::optional<ExportRequest::Kind> kind
            = ExportRequest::kindFromName(request.value(QStringLiteral("kind")).toString());
        const std::optional<ExportFormat> format
            = ExportFormats::fromName(request.value(QStringLiteral("format")).toString());
        if (!kind)
            return fail(QStringLiteral("Field 'kind' must be one of %1.")
                            .arg(ExportRequest::kindNames().join(QStringLiteral(", "))));
        if (!format)
            return fail(QStringLiteral("Field 'format' must be one of %1.")
                            .arg(ExportFormats::names().join(QStringLiteral(", "))));
        const QJsonValue query = request.value(QStringLiteral("query"));
        if (!query.isUndefined() && !query.isNull() && !query.isObject())
            return fail(QStringLiteral("Field 'query' must be an object: the query of the kind's REST endpoint."));
        s.request.kind = *kind;
        s.request.format = *format;
        s.request.query = query.toObject();
        s.request.query.remove(QStringLiteral("site_id"));
        s.request.table = request.value(QStringLiteral("table")).toString();
        if (s.request.kind == ExportRequest::Kind::Stats && s.request.table.isEmpty())
            s.request.table = QStringLiteral("overview");
        if (s.request.kind != ExportRequest::Kind::Stats)
            s.request.table.clear();
    }
    s.request.siteId = s.siteId;
    message = s.validationError();
    if (!message.isEmpty())
        return fail(message);
    return s;
}

QString ExportSchedule::cadenceName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Daily:
        return QStringLiteral("daily");
    case Cadence::Weekly:
        return QStringLiteral("weekly");
    case Cadence::Monthly:
        return QStringLiteral("monthly");
    }
    return {};
}

QString ExportSchedule::rangeName(Range range)
{
    switch (range) {
    case Range::Previous:
        return QStringLiteral("previous");
    case Range::All:
        return QStringLiteral("all");
    case Range::Query:
        return QStringLiteral("query");
    }
    return {};
}

std::optional<ExportSchedule::Cadence> ExportSchedule::cadenceFromName(const QString &name)
{
    for (Cadence c : { Cadence::Daily, Cadence::Weekly, Cadence::Monthly }) {
        if (cadenceName(c) == name)
            return c;
    }
    return std::nullopt;
}

std::optional<ExportSchedule::Range> ExportSchedule::rangeFromName(const QString &name)
{
    for (Range r : { Range::Previous, Range::All, Range::Query }) {
        if (rangeName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace pulse
