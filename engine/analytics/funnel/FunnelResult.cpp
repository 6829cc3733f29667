#include "analytics/funnel/FunnelResult.h"

#include "core/CsvField.h"
#include "core/IsoTime.h"

#include <QJsonArray>
#include <QJsonValue>

namespace pulse {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 4);
}

template<typename T> QList<T> listFromJson(const QJsonValue &value)
{
    QList<T> out;
    for (const QJsonValue &item : value.toArray())
        out << T::fromJson(item.toObject());
    return out;
}

} // namespace

QJsonObject ConversionTime::toJson() const
{
    QJsonArray bins;
    for (const HistogramBin &b : histogram)
        bins << QJsonObject { { QStringLiteral("from_seconds"), b.fromSeconds },
            { QStringLiteral("to_seconds"), b.toSeconds }, { QStringLiteral("users"), b.users } };
    return { { QStringLiteral("users"), users }, { QStringLiteral("median_seconds"), medianSeconds },
        { QStringLiteral("p25_seconds"), p25Seconds }, { QStringLiteral("p75_seconds"), p75Seconds },
        { QStringLiteral("mean_seconds"), meanSeconds }, { QStringLiteral("histogram"), bins } };
}

ConversionTime ConversionTime::fromJson(const QJsonObject &json)
{
    ConversionTime t;
    t.users = json.value(QStringLiteral("users")).toInteger();
    t.medianSeconds = json.value(QStringLiteral("median_seconds")).toDouble();
    t.p25Seconds = json.value(QStringLiteral("p25_seconds")).toDouble();
    t.p75Seconds = json.value(QStringLiteral("p75_seconds")).toDouble();
    t.meanSeconds = json.value(QStringLiteral("mean_seconds")).toDouble();
    for (const QJsonValue &b : json.value(QStringLiteral("histogram")).toArray()) {
        const QJsonObject o = b.toObject();
        t.histogram << HistogramBin { o.value(QStringLiteral("from_seconds")).toInteger(),
            o.value(QStringLiteral("to_seconds")).toInteger(), o.value(QStringLiteral("users")).toInteger() };
    }
    return t;
}

QJsonObject FunnelStepResult::toJson() const
{
    return { { QStringLiteral("label"), label }, { QStringLiteral("users"), users },
        { QStringLiteral("conversion_from_previous"), conversionFromPrevious },
        { QStringLiteral("conversion_from_first"), conversionFromFirst }, { QStringLiteral("drop_off"), dropOff },
        { QStringLiteral("time_from_previous"), timeFromPrevious.toJson() } };
}

FunnelStepResult FunnelStepResult::fromJson(const QJsonObject &json)
{
    FunnelStepResult r;
    r.label = json.value(QStringLiteral("label")).toString();
    r.users = json.value(QStringLiteral("users")).toInteger();
    r.conversionFromPrevious = json.value(QStringLiteral("conversion_from_previous")).toDouble();
    r.conversionFromFirst = json.value(QStringLiteral("conversion_from_first")).toDouble();
    r.dropOff = json.value(QStringLiteral("drop_off")).toInteger();
    r.timeFromPrevious = ConversionTime::fromJson(json.value(QStringLiteral("time_from_previous")).toObject());
    return r;
}

QJsonObject FunnelSeries::toJson() const
{
    QJsonArray list;
    for (const FunnelStepResult &s : steps)
        list << s.toJson();
    QJsonObject o { { QStringLiteral("steps"), list } };
    if (!breakdownValue.isEmpty())
        o.insert(QStringLiteral("breakdown_value"), breakdownValue);
    return o;
}

FunnelSeries FunnelSeries::fromJson(const QJsonObject &json)
{
    FunnelSeries s;
    s.breakdownValue = json.value(QStringLiteral("breakdown_value")).toString();
    s.steps = listFromJson<FunnelStepResult>(json.value(QStringLiteral("steps")));
    return s;
}

QJsonObject FunnelResult::toJson() const
{
    QJsonArray list;
    for (const FunnelSeries &s : breakdown)
        list << s.toJson();
    return { { QStringLiteral("total"), total.toJson() }, { QStringLiteral("breakdown"), list },
        { QStringLiteral("events_scanned"), eventsScanned }, { QStringLiteral("epoch"), computedAtEpoch },
        { QStringLiteral("elapsed_ms"), elapsedMs }, { QStringLiteral("cached"), cached } };
}

FunnelResult FunnelResult::fromJson(const QJsonObject &json)
{
    FunnelResult r;
    r.total = FunnelSeries::fromJson(json.value(QStringLiteral("total")).toObject());
    r.breakdown = listFromJson<FunnelSeries>(json.value(QStringLiteral("breakdown")));
    r.eventsScanned = json.value(QStringLiteral("events_scanned")).toInteger();
    r.computedAtEpoch = json.value(QStringLiteral("epoch")).toInteger();
    r.elapsedMs = json.value(QStringLiteral("elapsed_ms")).toDouble();
    r.cached = json.value(QStringLiteral("cached")).toBool();
    return r;
}

QByteArray FunnelResult::toCsv() const
{
    QString out = QStringLiteral("breakdown,step,label,users,conversion_from_previous,conversion_from_first,drop_off,"
                                 "median_seconds_from_previous\r\n");
    auto write = [&out](const FunnelSeries &series, const QString &value) {
        for (qsizetype s = 0; s < series.steps.size(); ++s) {
            const FunnelStepResult &r = series.steps[s];
            out += QString::fromUtf8(csvField(value)) + u',' + QString::number(s + 1) + u','
                + QString::fromUtf8(csvField(r.label)) + u',' + QString::number(r.users) + u','
                + number(r.conversionFromPrevious) + u',' + number(r.conversionFromFirst) + u','
                + QString::number(r.dropOff) + u','
                + (r.timeFromPrevious.users > 0 ? QString::number(r.timeFromPrevious.medianSeconds, 'f', 1) : QString())
                + QStringLiteral("\r\n");
        }
    };
    write(total, QStringLiteral("(all users)"));
    for (const FunnelSeries &s : breakdown)
        write(s, s.breakdownValue);
    return out.toUtf8();
}

QJsonObject FunnelUser::toJson() const
{
    return { { QStringLiteral("user_id"), userId }, { QStringLiteral("visitor_id"), visitorId },
        { QStringLiteral("level"), level }, { QStringLiteral("first_step_ms"), firstStepMs },
        { QStringLiteral("last_step_ms"), lastStepMs } };
}

FunnelUser FunnelUser::fromJson(const QJsonObject &json)
{
    FunnelUser u;
    u.userId = json.value(QStringLiteral("user_id")).toString();
    u.visitorId = json.value(QStringLiteral("visitor_id")).toString();
    u.level = json.value(QStringLiteral("level")).toInt();
    u.firstStepMs = json.value(QStringLiteral("first_step_ms")).toInteger();
    u.lastStepMs = json.value(QStringLiteral("last_step_ms")).toInteger();
    return u;
}

QJsonObject FunnelUsersPage::toJson() const
{
    QJsonArray list;
    for (const FunnelUser &u : users)
        list << u.toJson();
    return { { QStringLiteral("users"), list }, { QStringLiteral("total"), total } };
}

FunnelUsersPage FunnelUsersPage::fromJson(const QJsonObject &json)
{
    FunnelUsersPage p;
    p.users = listFromJson<FunnelUser>(json.value(QStringLiteral("users")));
    p.total = json.value(QStringLiteral("total")).toInteger();
    return p;
}

QByteArray FunnelUsersPage::toCsv() const
{
    QString out = QStringLiteral("user_id,visitor_id,steps_reached,first_step_utc,last_step_utc\r\n");
    for (const FunnelUser &u : users) {
        out += QString::fromUtf8(csvField(u.userId)) + u',' + u.visitorId + u',' + QString::number(u.level) + u','
            + iso::utc(u.firstStepMs) + u',' + iso::utc(u.lastStepMs) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace pulse
