// How headline figures and their changes read: locale-formatted counts, "42%" bounce rates,
// "2m 05s" durations, "+12%" relative changes and "−3 pp" for rates. Pure functions, so tests and
// the tiles agree on one spelling.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pulse::ui {

class KpiFormat final
{
    Q_DECLARE_TR_FUNCTIONS(KpiFormat)
public:
    struct Change
    {
        QString text;                 // empty when there is nothing to compare with
        std::optional<bool> improved; // nullopt when unchanged
    };

    static QString count(qint64 value);
    static QString rate(double fraction); // 0..1 -> "42%"
    static QString duration(double seconds);
    // Relative change of a count or duration; "new" when the previous period had none.
    static Change relative(double now, double before, bool higherIsBetter = true);
    // Change of a rate in percentage points (bounce rate: lower is better).
    static Change points(double nowFraction, double beforeFraction, bool higherIsBetter);
};

} // namespace pulse::ui
