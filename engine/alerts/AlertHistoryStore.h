// The alert_events table (migration 0012): each rule's firings and resolutions, newest first, and the
// record of one evaluation, which stores the rule's new state and its event (if any) in one
// transaction so the history and the state never disagree.
#pragma once

#include "alerts/AlertCheck.h"
#include "alerts/AlertEvent.h"

#include <QList>

#include <optional>

namespace pulse {

class Workspace;

class AlertHistoryStore final {
public:
    static constexpr int kMaxPage = 500;

    explicit AlertHistoryStore(Workspace &workspace);

    // Stores the rule's state after an evaluation at atMs and the event it caused; returns the event
    // with its id.
    std::optional<AlertEvent> recordEvaluation(qint64 ruleId, qint64 atMs, const AlertStatus &status,
        const std::optional<double> &value, std::optional<AlertEvent> event);
    // Events of one rule, or of the whole site when ruleId is 0, newest first, ids below beforeId (0:
    // from the newest), at most limit (1..kMaxPage).
    QList<AlertEvent> list(qint64 siteId, qint64 ruleId, qint64 beforeId, int limit) const;

private:
    Workspace &m_workspace;
};

} // namespace pulse
