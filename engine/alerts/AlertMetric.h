// A rule's metric over any window [from, to), through the engine's own analyses: the stats query
// (with the rule's filters) or the saved funnel. Values are remembered per window, so an anomaly
// rule's baseline windows, which recur at every step of a backtest, are computed once.
#pragma once

#include "alerts/AlertRule.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace pulse {

class Workspace;

class AlertMetric final {
public:
    enum class Path {
        Cached, // the analysis engine's result cache (the scheduler: a few windows, read again soon)
        Direct, // the stats engine itself (the backtest: thousands of windows that would flush the cache)
    };

    AlertMetric(Workspace &workspace, const AlertRule &rule, Path path);

    // The metric over [fromMs, toMs); nullopt when it has no value there (a funnel nobody entered,
    // a bounce rate without sessions). Throws std::invalid_argument when the rule's funnel or cohort is
    // gone and SqlError when the workspace cannot be read.
    std::optional<double> value(qint64 fromMs, qint64 toMs);
    // When the site's first stored event happened; nullopt when it has none. Read once.
    std::optional<qint64> firstEventMs();
    int computed() const { return m_computed; } // windows actually computed, not remembered

private:
    std::optional<double> compute(qint64 fromMs, qint64 toMs);

    Workspace &m_workspace;
    AlertRule m_rule;
    Path m_path;
    QHash<QPair<qint64, qint64>, std::optional<double>> m_values;
    bool m_firstRead = false;
    std::optional<qint64> m_first;
    int m_computed = 0;
};

} // namespace pulse
