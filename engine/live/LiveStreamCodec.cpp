// Encoding is straightforward; decoding checks every member a client relies on, so a newer or
// broken server shows up as a clear error instead of zeros on a chart.
#include "live/LiveStreamCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pulse {

namespace {
QJsonArray liveRowsToJson(const QList<BreakdownRow> &rows)
{
    QJsonArray out;
    for (const BreakdownRow &row : rows)
        out.append(
            QJsonObject { { QStringLiteral("value"), row.value }, { QStringLiteral("visitors"), row.visitors } });
    return out;
}

bool liveWholeNumber(const QJsonObject &object, const char *name, qint64 *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != double(qint64(number))) {
        *error = QStringLiteral("\"%1\" must be a whole number of at least 0").arg(QLatin1String(name));
        return false;
    }
    *out = qint64(number);
    return true;
}

bool liveRowsFromJson(const QJsonObject &object, const char *name, QList<BreakdownRow> *rows, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isArray()) {
        *error = QStringLiteral("\"%1\" must be an array").arg(QLatin1String(name));
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject row = item.toObject();
        BreakdownRow out;
        if (!row.value(QLatin1String("value")).isString() || !liveWholeNumber(row, "visitors", &out.visitors, error)) {
            *error = QStringLiteral("each entry of \"%1\" must be {\"value\": text, \"visitors\": number}")
                         .arg(QLatin1String(name));
            return false;
        }
        out.value = row.value(QLatin1String("value")).toString();
        rows->append(out);
    }
    return true;
}
} // namespace

QJsonObject LiveStreamCodec::envelope(const QString &type)
{
    return { { QStringLiteral("v"), kVersion }, { QStringLiteral("type"), type } };
}

QString LiveStreamCodec::typeOf(const QJsonObject &message)
{
    if (message.value(QLatin1String("v")).toInt(-1) != kVersion)
        return {};
    return message.value(QLatin1String("type")).toString();
}

QJsonObject LiveStreamCodec::aggregate(const LiveSnapshot &snapshot)
{
    QJsonObject out = envelope(QStringLiteral("aggregate"));
    out.insert(QStringLiteral("site"), snapshot.siteId);
    out.insert(QStringLiteral("at"), snapshot.nowMs);
    out.insert(QStringLiteral("first_minute_start"), snapshot.firstMinuteStartMs);
    QJsonArray perMinute;
    for (qint64 n : snapshot.eventsPerMinute)
        perMinute.append(n);
    out.insert(QStringLiteral("events_per_minute"), perMinute);
    out.insert(QStringLiteral("window_minutes"), LiveSnapshot::kVisitorMinutes);
    out.insert(QStringLiteral("visitors_now"), snapshot.visitors);
    out.insert(QStringLiteral("events_in_window"), snapshot.events);
    out.insert(QStringLiteral("top_pages"), liveRowsToJson(snapshot.topPages));
    out.insert(QStringLiteral("top_sources"), liveRowsToJson(snapshot.topSources));
    return out;
}

std::optional<LiveSnapshot> LiveStreamCodec::snapshotFromAggregate(const QJsonObject &message, QString *error)
{
    if (typeOf(message) != QLatin1String("aggregate")) {
        *error = QStringLiteral("not a version %1 \"aggregate\" message").arg(kVersion);
        return std::nullopt;
    }
    LiveSnapshot s;
    if (!liveWholeNumber(message, "site", &s.siteId, error) || !liveWholeNumber(message, "at", &s.nowMs, error)
        || !liveWholeNumber(message, "first_minute_start", &s.firstMinuteStartMs, error)
        || !liveWholeNumber(message, "visitors_now", &s.visitors, error)
        || !liveWholeNumber(message, "events_in_window", &s.events, error)
        || !liveRowsFromJson(message, "top_pages", &s.topPages, error)
        || !liveRowsFromJson(message, "top_sources", &s.topSources, error))
        return std::nullopt;
    const QJsonArray perMinute = message.value(QLatin1String("events_per_minute")).toArray();
    if (perMinute.size() != LiveSnapshot::kMinutes) {
        *error = QStringLiteral("\"events_per_minute\" must hold %1 numbers").arg(LiveSnapshot::kMinutes);
        return std::nullopt;
    }
    for (const QJsonValue &n : perMinute)
        s.eventsPerMinute.append(qint64(n.toDouble()));
    return s;
}

QJsonObject LiveStreamCodec::event(const EventRecord &event)
{
    QJsonObject body {
        { QStringLiteral("name"), event.name },
        { QStringLiteral("received_at"), event.receivedAtMs },
        { QStringLiteral("timestamp"), event.timestampMs },
        { QStringLiteral("path"), event.path },
        { QStringLiteral("host"), event.host },
        { QStringLiteral("referrer"), event.referrer },
        { QStringLiteral("source"), event.source },
        { QStringLiteral("browser"), event.browser },
        { QStringLiteral("os"), event.os },
        { QStringLiteral("device"), event.device },
    };
    if (!event.propsJson.isEmpty())
        body.insert(QStringLiteral("properties"), QJsonDocument::fromJson(event.propsJson).object());
    QJsonObject out = envelope(QStringLiteral("event"));
    out.insert(QStringLiteral("site"), event.siteId);
    out.insert(QStringLiteral("event"), body);
    return out;
}

std::optional<EventRecord> LiveStreamCodec::eventFromMessage(const QJsonObject &message, QString *error)
{
    const QJsonObject body = message.value(QLatin1String("event")).toObject();
    EventRecord e;
    if (typeOf(message) != QLatin1String("event") || !liveWholeNumber(message, "site", &e.siteId, error)
        || !liveWholeNumber(body, "received_at", &e.receivedAtMs, error)
        || !liveWholeNumber(body, "timestamp", &e.timestampMs, error)) {
        if (error->isEmpty())
            *error = QStringLiteral("not a version %1 \"event\" message").arg(kVersion);
        return std::nullopt;
    }
    if (!body.value(QLatin1String("name")).isString()) {
        *error = QStringLiteral("\"event.name\" must be text");
        return std::nullopt;
    }
    const auto text = [&body](const char *name) { return body.value(QLatin1String(name)).toString(); };
    e.name = text("name");
    e.path = text("path");
    e.host = text("host");
    e.referrer = text("referrer");
    e.source = text("source");
    e.browser = text("browser");
    e.os = text("os");
    e.device = text("device");
    const QJsonObject props = body.value(QLatin1String("properties")).toObject();
    if (!props.isEmpty())
        e.propsJson = QJsonDocument(props).toJson(QJsonDocument::Compact);
    return e;
}

} // namespace pulse
