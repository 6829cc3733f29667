// Cohort formatting; see CohortFormat.h. Singular and plural are spelled out because without a loaded
// translation Qt prints "%n hour(s)" literally.
#include "models/CohortFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace pulse::ui {

QString CohortFormat::kind(Cohort::Kind kind)
{
    return kind == Cohort::Kind::Dynamic ? tr("Dynamic") : tr("Static");
}

QString CohortFormat::ago(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return tr("never");
    const qint64 minutes = std::max<qint64>(0, nowMs - thenMs) / 60000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return hours == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(hours);
    const qint64 days = hours / 24;
    return days == 1 ? tr("1 day ago") : tr("%1 days ago").arg(QLocale().toString(days));
}

QString CohortFormat::exactTime(qint64 ms, const QTimeZone &zone)
{
    if (ms <= 0)
        return tr("Not computed yet");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    return tr("%1 (%2)").arg(QLocale().toString(at, QLocale::ShortFormat), QString::fromUtf8(at.timeZone().id()));
}

QString CohortFormat::refresh(int hours)
{
    if (hours <= 0)
        return tr("only on demand");
    return hours == 1 ? tr("every hour") : tr("every %1 hours").arg(hours);
}

QString CohortFormat::members(qint64 count)
{
    return count == 1 ? tr("1 member") : tr("%1 members").arg(QLocale().toString(count));
}

namespace {
QString dateIn(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc()).date().toString(Qt::ISODate);
}
} // namespace

QString CohortFormat::condition(const CohortCondition &c, const QTimeZone &zone)
{
    using Kind = CohortCondition::Kind;
    switch (c.kind) {
    case Kind::Performed:
    case Kind::NotPerformed: {
        QString what = c.event.displayLabel();
        QStringList filters;
        for (const EventFilter &f : c.event.filters) {
            static const char *const ops[] = { QT_TR_NOOP("is"), QT_TR_NOOP("is not"), QT_TR_NOOP("contains"),
                QT_TR_NOOP("is one of"), QT_TR_NOOP(">"), QT_TR_NOOP("≥"), QT_TR_NOOP("<"), QT_TR_NOOP("≤") };
            filters << tr("%1 %2 %3").arg(f.property, tr(ops[int(f.op)]), f.values.join(QStringLiteral(", ")));
        }
        if (!filters.isEmpty())
            what = tr("%1 (%2)").arg(what, filters.join(tr(", ")));
        QString when;
        if (c.withinDays > 0)
            when = c.withinDays == 1 ? tr("in the last day") : tr("in the last %1 days").arg(c.withinDays);
        else if (c.toMs > c.fromMs)
            when = tr("between %1 and %2").arg(dateIn(c.fromMs, zone), dateIn(c.toMs - 1, zone));
        else
            when = tr("ever");
        if (c.kind == Kind::NotPerformed)
            //: Follows "Users who"; %1 is the event, %2 when ("in the last 7 days", "ever").
            return tr("did not do %1 %2").arg(what, when);
        const QString times = c.count == 1 ? tr("1 time") : tr("%1 times").arg(QLocale().toString(c.count));
        const QString op = c.countOp == CohortCondition::CountOp::AtLeast ? tr("at least %1").arg(times)
            : c.countOp == CohortCondition::CountOp::AtMost               ? tr("at most %1").arg(times)
                                                                          : tr("exactly %1").arg(times);
        //: Follows "Users who"; %1 is the event, %2 how often ("at least 3 times"), %3 when.
        return tr("did %1 %2 %3").arg(what, op, when);
    }
    case Kind::FirstSeen:
    case Kind::LastSeen: {
        const QString date = dateIn(c.atMs, zone);
        const bool before = c.timeOp == CohortCondition::TimeOp::Before;
        if (c.kind == Kind::FirstSeen)
            //: Follows "Users who"; %1 is a date.
            return before ? tr("were first seen before %1").arg(date) : tr("were first seen on or after %1").arg(date);
        //: Follows "Users who"; %1 is a date.
        return before ? tr("were last seen before %1").arg(date) : tr("were last seen on or after %1").arg(date);
    }
    case Kind::Property:
        //: Follows "Users who"; %1 is a property (browser, country, prop.plan), %2 its value.
        return c.propertyOp == CohortCondition::PropertyOp::Equals
            ? tr("have the %1 “%2”").arg(c.property, c.value)
            //: Follows "Users who".
            : tr("have a %1 that contains “%2”").arg(c.property, c.value);
    }
    return {};
}

QString CohortFormat::definition(const CohortGroup &group, const QTimeZone &zone)
{
    QStringList parts;
    for (const CohortCondition &c : group.conditions)
        parts << condition(c, zone);
    for (const CohortGroup &child : group.groups)
        parts << tr("(%1)").arg(definition(child, zone));
    return parts.join(group.match == CohortGroup::Match::All ? tr(" and ") : tr(" or "));
}

} // namespace pulse::ui
