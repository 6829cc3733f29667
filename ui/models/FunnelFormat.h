// How funnel figures read in the table, the charts and the users list: "42.5%" conversions and
// durations from seconds to days ("45s", "12m 30s", "3h 20m", "2d 4h"). Pure functions, so the tests
// and the widgets agree on one spelling.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pulse::ui {

class FunnelFormat final {
    Q_DECLARE_TR_FUNCTIONS(FunnelFormat)
public:
    // 0..1 -> "42.5%"; whole numbers without a decimal ("100%", "0%").
    static QString percent(double fraction);
    // Two units at most: a time to convert is read at a glance, not to the second.
    static QString duration(double seconds);
    // One unit, for axis labels: "30s", "5m", "2h", "3d".
    static QString shortDuration(qint64 seconds);
    // "1 user", "1,234 users".
    static QString users(qint64 count);
    // A conversion window in its largest exact unit: "14 days", "3 hours", "90 minutes".
    static QString window(qint64 windowMs);
    // A histogram bin [from, to): "1–5m", "1h–2h".
    static QString bin(qint64 fromSeconds, qint64 toSeconds);
};

} // namespace pulse::ui
