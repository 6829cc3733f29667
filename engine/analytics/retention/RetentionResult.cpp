#include "analytics/retention/RetentionResult.h"

#include "core/CsvField.h"

#include <QJsonArray>

namespace pulse {

QList<RetentionAverage> RetentionSeries::average(int periods) const
{
    QList<RetentionAverage> columns(periods);
    for (const RetentionRow &row : rows) {
        for (qsizetype k = 0; k < row.returned.size() && k < periods; ++k) {
            columns[k].users += row.users;
            columns[k].returned += row.returned[k];
        }
    }
    return columns;
}

qint64 RetentionSeries::users() const
{
    qint64 n = 0;
    for (const RetentionRow &row : rows)
        n += row.users;
    return n;
}

QJsonObject RetentionSeries::toJson(int periods) const
{
    QJsonArray rowList, averageList;
    for (const RetentionRow &row : rows) {
        QJsonArray returned, rates;
        for (qsizetype k = 0; k < row.returned.size(); ++k) {
            returned << row.returned[k];
            rates << row.rate(int(k));
        }
        rowList << QJsonObject { { QStringLiteral("start_ms"), row.startMs }, { QStringLiteral("label"), row.label },
            { QStringLiteral("users"), row.users }, { QStringLiteral("returned"), returned },
            { QStringLiteral("rates"), rates } };
    }
    const QList<RetentionAverage> columns = average(periods);
    for (qsizetype k = 0; k < columns.size(); ++k)
        averageList << QJsonObject { { QStringLiteral("period"), k }, { QStringLiteral("users"), columns[k].users },
            { QStringLiteral("returned"), columns[k].returned }, { QStringLiteral("rate"), columns[k].rate() } };
    QJsonObject o { { QStringLiteral("rows"), rowList }, { QStringLiteral("average"), averageList } };
    if (!breakdownValue.isEmpty())
        o.insert(QStringLiteral("breakdown_value"), breakdownValue);
    return o;
}

RetentionSeries RetentionSeries::fromJson(const QJsonObject &json)
{
    RetentionSeries s;
    s.breakdownValue = json.value(QLatin1String("breakdown_value")).toString();
    for (const QJsonValue &item : json.value(QLatin1String("rows")).toArray()) {
        const QJsonObject o = item.toObject();
        RetentionRow row;
        row.startMs = o.value(QLatin1String("start_ms")).toInteger();
        row.label = o.value(QLatin1String("label")).toString();
        row.users = o.value(QLatin1String("users")).toInteger();
        for (const QJsonValue &n : o.value(QLatin1String("returned")).toArray())
            row.returned << n.toInteger();
        s.rows << row;
    }
    return s;
}

bool RetentionResult::isPartial(int row, int k) const
{
    const qsizetype end = qsizetype(row) + k + 1;
    return end < periodStarts.size() && periodStarts[end] > observedUntilMs;
}

QJsonObject RetentionResult::toJson() const
{
    QJsonArray starts, series;
    for (qint64 s : periodStarts)
        starts << s;
    for (const RetentionSeries &s : breakdown)
        series << s.toJson(periods);
    QJsonObject o { { QStringLiteral("period"), period }, { QStringLiteral("periods"), periods },
        { QStringLiteral("time_zone"), timeZone }, { QStringLiteral("period_starts"), starts },
        { QStringLiteral("observed_until_ms"), observedUntilMs }, { QStringLiteral("total"), total.toJson(periods) },
        { QStringLiteral("events_scanned"), eventsScanned }, { QStringLiteral("computed_at_epoch"), computedAtEpoch },
        { QStringLiteral("elapsed_ms"), elapsedMs }, { QStringLiteral("cached"), cached } };
    if (!breakdown.isEmpty())
        o.insert(QStringLiteral("breakdown"), series);
    if (snapshotAtMs > 0)
        o.insert(QStringLiteral("snapshot_at_ms"), snapshotAtMs);
    return o;
}

RetentionResult RetentionResult::fromJson(const QJsonObject &json)
{
    RetentionResult r;
    r.period = json.value(QLatin1String("period")).toString();
    r.periods = json.value(QLatin1String("periods")).toInt();
    r.timeZone = json.value(QLatin1String("time_zone")).toString();
    for (const QJsonValue &s : json.value(QLatin1String("period_starts")).toArray())
        r.periodStarts << s.toInteger();
    r.observedUntilMs = json.value(QLatin1String("observed_until_ms")).toInteger();
    r.total = RetentionSeries::fromJson(json.value(QLatin1String("total")).toObject());
    for (const QJsonValue &s : json.value(QLatin1String("breakdown")).toArray())
        r.breakdown << RetentionSeries::fromJson(s.toObject());
    r.eventsScanned = json.value(QLatin1String("events_scanned")).toInteger();
    r.computedAtEpoch = json.value(QLatin1String("computed_at_epoch")).toInteger();
    r.elapsedMs = json.value(QLatin1String("elapsed_ms")).toDouble();
    r.cached = json.value(QLatin1String("cached")).toBool();
    r.snapshotAtMs = json.value(QLatin1String("snapshot_at_ms")).toInteger();
    return r;
}

QByteArray RetentionResult::toCsv() const
{
    const bool hasBreakdown = !breakdown.isEmpty();
    QByteArray out;
    if (hasBreakdown)
        out += "breakdown,";
    out += "cohort,users";
    for (int k = 0; k < periods; ++k)
        out += ',' + period.toUtf8() + '_' + QByteArray::number(k) + "_users," + period.toUtf8() + '_'
            + QByteArray::number(k) + "_percent";
    out += "\r\n";
    const auto writeSeries = [&](const RetentionSeries &s) {
        for (const RetentionRow &row : s.rows) {
            if (hasBreakdown)
                out += csvField(s.breakdownValue) + ',';
            out += csvField(row.label) + ',' + QByteArray::number(row.users);
            for (int k = 0; k < periods; ++k) {
                if (k < row.returned.size())
                    out += ',' + QByteArray::number(row.returned[k]) + ','
                        + QByteArray::number(row.rate(k) * 100, 'f', 2);
                else
                    out += ",,"; // not observed yet
            }
            out += "\r\n";
        }
    };
    if (hasBreakdown) {
        for (const RetentionSeries &s : breakdown)
            writeSeries(s);
    } else {
        writeSeries(total);
    }
    return out;
}

} // namespace pulse
