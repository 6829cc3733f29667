#include "alerts/AlertRule.h"

#include "core/IsoTime.h"

#include <QJsonArray>
#include <QStringList>

#include <cmath>

namespace pulse {

namespace {

struct MetricName {
    AlertRule::Metric metric;
    const char *name;
};
constexpr MetricName kMetricNames[] = {
    { AlertRule::Metric::Visitors, "visitors" },
    { AlertRule::Metric::Pageviews, "pageviews" },
    { AlertRule::Metric::Sessions, "sessions" },
    { AlertRule::Metric::BounceRate, "bounce_rate" },
    { AlertRule::Metric::VisitDuration, "visit_duration" },
    { AlertRule::Metric::ViewsPerVisit, "views_per_visit" },
    { AlertRule::Metric::Events, "events" },
    { AlertRule::Metric::EventCount, "event_count" },
    { AlertRule::Metric::FunnelConversion, "funnel_conversion" },
};

// The StatsQuery fields a rule's filters may hold; the rest (site, range, buckets) belong to the evaluation.
const QStringList &filterKeys()
{
    static const QStringList keys { QStringLiteral("event"), QStringLiteral("path"), QStringLiteral("source"),
        QStringLiteral("source_class"), QStringLiteral("utm_source"), QStringLiteral("utm_medium"),
        QStringLiteral("utm_campaign"), QStringLiteral("browser"), QStringLiteral("os"), QStringLiteral("device"),
        QStringLiteral("entry_page"), QStringLiteral("exit_page"), QStringLiteral("props"), QStringLiteral("cohort_id"),
        QStringLiteral("include_bots") };
    return keys;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject filtersJson(const StatsQuery &filters)
{
    QJsonObject json = filters.toJson();
    for (const char *key : { "site_id", "from_ms", "to_ms", "interval", "timezone", "limit" })
        json.remove(QLatin1String(key));
    if (!filters.includeBots)
        json.remove(QStringLiteral("include_bots"));
    return json;
}

QString alertPeriodName(AlertRule::Period period)
{
    return period == AlertRule::Period::Week ? QStringLiteral("week") : QStringLiteral("day");
}

} // namespace

qint64 AlertRule::periodMs() const
{
    return (period == Period::Week ? 7 : 1) * 24 * 60 * kMinuteMs;
}

QString AlertRule::metricName(Metric metric)
{
    for (const MetricName &m : kMetricNames) {
        if (m.metric == metric)
            return QString::fromLatin1(m.name);
    }
    return QStringLiteral("visitors");
}

std::optional<AlertRule::Metric> AlertRule::metricFromName(const QString &name)
{
    for (const MetricName &m : kMetricNames) {
        if (name == QLatin1String(m.name))
            return m.metric;
    }
    return std::nullopt;
}

QString AlertRule::conditionName(Condition condition)
{
    switch (condition) {
    case Condition::Above:
        return QStringLiteral("above");
    case Condition::Below:
        return QStringLiteral("below");
    case Condition::Change:
        return QStringLiteral("change");
    case Condition::Anomaly:
        break;
    }
    return QStringLiteral("anomaly");
}

std::optional<AlertRule::Condition> AlertRule::conditionFromName(const QString &name)
{
    for (Condition c : { Condition::Above, Condition::Below, Condition::Change, Condition::Anomaly }) {
        if (name == conditionName(c))
            return c;
    }
    return std::nullopt;
}

QString AlertRule::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Up:
        return QStringLiteral("up");
    case Direction::Down:
        return QStringLiteral("down");
    case Direction::Either:
        break;
    }
    return QStringLiteral("either");
}

std::optional<AlertRule::Direction> AlertRule::directionFromName(const QString &name)
{
    for (Direction d : { Direction::Up, Direction::Down, Direction::Either }) {
        if (name == directionName(d))
            return d;
    }
    return std::nullopt;
}

QString AlertRule::stateName(State state)
{
    return state == State::Firing ? QStringLiteral("firing") : QStringLiteral("ok");
}

QJsonObject AlertRule::definitionJson() const
{
    QJsonObject conditionJson { { QStringLiteral("type"), conditionName(this->condition) } };
    switch (this->condition) {
    case Condition::Above:
    case Condition::Below:
        conditionJson.insert(QStringLiteral("threshold"), threshold);
        break;
    case Condition::Change:
        conditionJson.insert(QStringLiteral("percent"), threshold);
        conditionJson.insert(QStringLiteral("direction"), directionName(direction));
        break;
    case Condition::Anomaly:
        conditionJson.insert(QStringLiteral("z"), threshold);
        conditionJson.insert(QStringLiteral("direction"), directionName(direction));
        conditionJson.insert(QStringLiteral("period"), alertPeriodName(period));
        conditionJson.insert(QStringLiteral("periods"), periods);
        break;
    }
    QJsonObject json {
        { QStringLiteral("metric"), metricName(metric) },
        { QStringLiteral("filters"), filtersJson(filters) },
        { QStringLiteral("window_minutes"), windowMs / kMinuteMs },
        { QStringLiteral("condition"), conditionJson },
    };
    if (metric == Metric::EventCount)
        json.insert(QStringLiteral("event"), eventName);
    if (metric == Metric::FunnelConversion)
        json.insert(QStringLiteral("funnel_id"), funnelId);
    return json;
}

void AlertRule::readDefinition(const QJsonObject &json, AlertRule *out)
{
    // Stored by this code, so it checks; should it not, the fields that do check are kept.
    QString field, error;
    AlertRule parsed = *out;
    if (fromJson(json, &parsed, &field, &error))
        *out = parsed;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject json = definitionJson();
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("site_id"), siteId);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("interval_minutes"), intervalMs / kMinuteMs);
    json.insert(QStringLiteral("cooldown_minutes"), cooldownMs / kMinuteMs);
    json.insert(QStringLiteral("enabled"), enabled);
    json.insert(QStringLiteral("state"), stateName(state));
    json.insert(QStringLiteral("last_evaluated_at"), iso::utcOrAbsent(lastEvaluatedAtMs));
    json.insert(QStringLiteral("last_fired_at"), iso::utcOrAbsent(lastFiredAtMs));
    json.insert(QStringLiteral("last_value"), optionalNumber(lastValue));
    json.insert(QStringLiteral("created_at"), iso::utcOrAbsent(createdAtMs));
    json.insert(QStringLiteral("updated_at"), iso::utcOrAbsent(updatedAtMs));
    return json;
}

bool AlertRule::fromJson(const QJsonObject &json, AlertRule *out, QString *field, QString *error)
{
    const auto fail = [&](const QString &fieldName, const QString &message) {
        *field = fieldName;
        *error = message;
        return false;
    };
    static const QStringList writable { QStringLiteral("name"), QStringLiteral("metric"), QStringLiteral("event"),
        QStringLiteral("funnel_id"), QStringLiteral("filters"), QStringLiteral("window_minutes"),
        QStringLiteral("condition"), QStringLiteral("interval_minutes"), QStringLiteral("cooldown_minutes"),
        QStringLiteral("enabled") };
    static const QStringList readOnly { QStringLiteral("id"), QStringLiteral("site_id"), QStringLiteral("state"),
        QStringLiteral("last_evaluated_at"), QStringLiteral("last_fired_at"), QStringLiteral("last_value"),
        QStringLiteral("created_at"), QStringLiteral("updated_at") };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!writable.contains(it.key()) && !readOnly.contains(it.key()))
            return fail(QStringLiteral("body"),
                QStringLiteral("Unknown field '%1'; a rule has %2.")
                    .arg(it.key().left(100), writable.join(QStringLiteral(", "))));
    }
    AlertRule r = *out;

    if (json.contains(QLatin1String("name"))) {
        const QJsonValue name = json.value(QLatin1String("name"));
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return fail(QStringLiteral("name"), QStringLiteral("Field 'name' must be a non-empty string."));
        if (name.toString().trimmed().size() > kMaxNameLength)
            return fail(QStringLiteral("name"),
                QStringLiteral("Field 'name' is limited to %1 characters.").arg(kMaxNameLength));
        r.name = name.toString().trimmed();
    }
    if (r.name.isEmpty())
        return fail(QStringLiteral("name"), QStringLiteral("Give the rule a name (field 'name')."));

    if (json.contains(QLatin1String("metric"))) {
        const std::optional<Metric> metric = metricFromName(json.value(QLatin1String("metric")).toString());
        if (!metric) {
            QStringList names;
            for (const MetricName &m : kMetricNames)
                names << QString::fromLatin1(m.name);
            return fail(QStringLiteral("metric"),
                QStringLiteral("Field 'metric' must be one of %1.").arg(names.join(QStringLiteral(", "))));
        }
        r.metric = *metric;
    }
    if (json.contains(QLatin1String("event"))) {
        const QJsonValue event = json.value(QLatin1String("event"));
        if (!event.isString() && !event.isNull())
            return fail(QStringLiteral("event"), QStringLiteral("Field 'event' must be an event name."));
        r.eventName = event.toString().trimmed();
    }
    if (r.metric == Metric::EventCount && r.eventName.isEmpty())
        return fail(QStringLiteral("event"),
            QStringLiteral("Metric event_count needs field 'event': the name of the event to count, such as signup."));
    if (json.contains(QLatin1String("funnel_id"))) {
        const QJsonValue funnel = json.value(QLatin1String("funnel_id"));
        if (!funnel.isNull()
            && (!funnel.isDouble() || funnel.toDouble() != std::floor(funnel.toDouble()) || funnel.toDouble() < 1))
            return fail(QStringLiteral("funnel_id"), QStringLiteral("Field 'funnel_id' must be a saved funnel's id."));
        r.funnelId = funnel.toInteger();
    }
    if (r.metric == Metric::FunnelConversion && r.funnelId <= 0)
        return fail(QStringLiteral("funnel_id"),
            QStringLiteral("Metric funnel_conversion needs field 'funnel_id' (see GET /api/v1/funnels)."));

    if (json.contains(QLatin1String("filters"))) {
        const QJsonValue filters = json.value(QLatin1String("filters"));
        if (!filters.isObject() && !filters.isNull())
            return fail(QStringLiteral("filters"),
                QStringLiteral("Field 'filters' must be an object such as {\"path\": \"/pricing\"}."));
        QJsonObject query = filters.toObject();
        for (auto it = query.begin(); it != query.end(); ++it) {
            if (!filterKeys().contains(it.key()))
                return fail(QStringLiteral("filters"),
                    QStringLiteral("Field 'filters' has no '%1'; filters are %2.")
                        .arg(it.key().left(100), filterKeys().join(QStringLiteral(", "))));
        }
        query.insert(QStringLiteral("site_id"), 1);
        query.insert(QStringLiteral("from_ms"), 0);
        query.insert(QStringLiteral("to_ms"), kMaxWindowMs);
        QString message;
        const StatsQuery parsed = StatsQuery::fromJson(query, &message);
        if (!message.isEmpty())
            return fail(QStringLiteral("filters"), QStringLiteral("Field 'filters': ") + message);
        r.filters = StatsQuery {};
        r.filters.eventName = parsed.eventName;
        r.filters.path = parsed.path;
        r.filters.props = parsed.props;
        r.filters.source = parsed.source;
        r.filters.utmSource = parsed.utmSource;
        r.filters.utmMedium = parsed.utmMedium;
        r.filters.utmCampaign = parsed.utmCampaign;
        r.filters.browser = parsed.browser;
        r.filters.os = parsed.os;
        r.filters.device = parsed.device;
        r.filters.entryPage = parsed.entryPage;
        r.filters.exitPage = parsed.exitPage;
        r.filters.sourceClass = parsed.sourceClass;
        r.filters.cohortId = parsed.cohortId;
        r.filters.includeBots = parsed.includeBots;
    }
    if (r.metric == Metric::EventCount && !r.filters.eventName.isEmpty() && r.filters.eventName != r.eventName)
        return fail(QStringLiteral("filters"),
            QStringLiteral("Field 'filters' names event '%1' while the rule counts '%2'; drop filters.event.")
                .arg(r.filters.eventName.left(100), r.eventName.left(100)));
    if (r.metric == Metric::FunnelConversion && r.filters.hasFilters())
        return fail(QStringLiteral("filters"),
            QStringLiteral("A funnel's conversion takes no filters: put them in the funnel's steps."));

    const auto readMinutes = [&](const char *key, qint64 minMs, qint64 maxMs, qint64 *outMs) {
        if (!json.contains(QLatin1String(key)))
            return true;
        const QJsonValue v = json.value(QLatin1String(key));
        const double minutes = v.toDouble(-1);
        if (!v.isDouble() || minutes != std::floor(minutes) || minutes * kMinuteMs < double(minMs)
            || minutes * kMinuteMs > double(maxMs)) {
            *field = QLatin1String(key);
            *error = QStringLiteral("Field '%1' must be a whole number of minutes from %2 to %3.")
                         .arg(QLatin1String(key))
                         .arg(minMs / kMinuteMs)
                         .arg(maxMs / kMinuteMs);
            return false;
        }
        *outMs = qint64(minutes) * kMinuteMs;
        return true;
    };
    if (!readMinutes("window_minutes", kMinWindowMs, kMaxWindowMs, &r.windowMs)
        || !readMinutes("interval_minutes", kMinIntervalMs, kMaxIntervalMs, &r.intervalMs)
        || !readMinutes("cooldown_minutes", 0, kMaxCooldownMs, &r.cooldownMs))
        return false;

    if (json.contains(QLatin1String("condition"))) {
        const QJsonValue conditionValue = json.value(QLatin1String("condition"));
        if (!conditionValue.isObject())
            return fail(QStringLiteral("condition"),
                QStringLiteral(
                    "Field 'condition' must be an object such as {\"type\": \"above\", \"threshold\": 100}."));
        const QJsonObject c = conditionValue.toObject();
        const std::optional<Condition> type = conditionFromName(c.value(QLatin1String("type")).toString());
        if (!type)
            return fail(QStringLiteral("condition.type"),
                QStringLiteral("Field 'condition.type' must be above, below, change or anomaly."));
        const auto number = [&](const char *key, double minimum, double *outValue) {
            const QJsonValue v = c.value(QLatin1String(key));
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < minimum) {
                *field = QStringLiteral("condition.") + QLatin1String(key);
                *error = minimum < 0 ? QStringLiteral("Field 'condition.%1' must be a number.").arg(QLatin1String(key))
                                     : QStringLiteral("Field 'condition.%1' must be a number of at least %2.")
                                           .arg(QLatin1String(key))
                                           .arg(minimum);
                return false;
            }
            *outValue = v.toDouble();
            return true;
        };
        const auto readDirection = [&]() {
            if (!c.contains(QLatin1String("direction"))) {
                r.direction = Direction::Either;
                return true;
            }
            const std::optional<Direction> d = directionFromName(c.value(QLatin1String("direction")).toString());
            if (!d) {
                *field = QStringLiteral("condition.direction");
                *error = QStringLiteral("Field 'condition.direction' must be up, down or either.");
                return false;
            }
            r.direction = *d;
            return true;
        };
        QStringList allowed { QStringLiteral("type") };
        switch (*type) {
        case Condition::Above:
        case Condition::Below:
            allowed << QStringLiteral("threshold");
            if (!number("threshold", -1e15, &r.threshold))
                return false;
            break;
        case Condition::Change:
            allowed << QStringLiteral("percent") << QStringLiteral("direction");
            if (!number("percent", 0, &r.threshold) || !readDirection())
                return false;
            if (r.threshold <= 0)
                return fail(QStringLiteral("condition.percent"),
                    QStringLiteral("Field 'condition.percent' must be more than 0, such as 20 for a 20 % change."));
            break;
        case Condition::Anomaly: {
            allowed << QStringLiteral("z") << QStringLiteral("direction") << QStringLiteral("period")
                    << QStringLiteral("periods");
            r.threshold = 3;
            if (c.contains(QLatin1String("z")) && !number("z", 0, &r.threshold))
                return false;
            if (r.threshold <= 0)
                return fail(QStringLiteral("condition.z"),
                    QStringLiteral("Field 'condition.z' must be more than 0; 3 is a common choice."));
            if (!readDirection())
                return false;
            r.period = Period::Day;
            if (c.contains(QLatin1String("period"))) {
                const QString p = c.value(QLatin1String("period")).toString();
                if (p != QLatin1String("day") && p != QLatin1String("week"))
                    return fail(QStringLiteral("condition.period"),
                        QStringLiteral("Field 'condition.period' must be day or week: the baseline is the same window "
                                       "one day or one week earlier."));
                r.period = p == QLatin1String("week") ? Period::Week : Period::Day;
            }
            r.periods = 8;
            if (c.contains(QLatin1String("periods"))) {
                const QJsonValue n = c.value(QLatin1String("periods"));
                if (!n.isDouble() || n.toDouble() != std::floor(n.toDouble()) || n.toDouble() < kMinAnomalyPeriods
                    || n.toDouble() > kMaxAnomalyPeriods)
                    return fail(QStringLiteral("condition.periods"),
                        QStringLiteral("Field 'condition.periods' must be a whole number from %1 to %2.")
                            .arg(kMinAnomalyPeriods)
                            .arg(kMaxAnomalyPeriods));
                r.periods = n.toInt();
            }
            break;
        }
        }
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(QStringLiteral("condition"),
                    QStringLiteral("Field 'condition' of type %1 has no '%2'; it takes %3.")
                        .arg(conditionName(*type), it.key().left(100), allowed.join(QStringLiteral(", "))));
        }
        r.condition = *type;
    } else if (out->id == 0) { // a new rule must say when it fires
        return fail(QStringLiteral("condition"),
            QStringLiteral("Give field 'condition', such as {\"type\": \"above\", \"threshold\": 100}."));
    }

    if (json.contains(QLatin1String("enabled"))) {
        const QJsonValue enabled = json.value(QLatin1String("enabled"));
        if (!enabled.isBool())
            return fail(QStringLiteral("enabled"), QStringLiteral("Field 'enabled' must be true or false."));
        r.enabled = enabled.toBool();
    }
    *out = r;
    return true;
}

} // namespace pulse
