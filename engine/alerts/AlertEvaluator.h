// Evaluates one rule at a time t (docs/alerts.md): the condition over [t - window, t), the decision
// (fire, resolve, or nothing, with the cooldown), then the record: the rule's state and a history
// entry in one transaction, and for a firing or a resolution an alert.triggered or alert.resolved
// webhook in the durable outbox. Reads go through the analysis engine's cache, like any query.
#pragma once

#include "alerts/AlertCheck.h"
#include "alerts/AlertRule.h"

namespace pulse {

class AlertHistoryStore;
class Workspace;

class AlertEvaluator final {
public:
    struct Outcome {
        AlertCheck check;
        AlertDecision decision; // decision.event carries its stored id
    };

    AlertEvaluator(Workspace &workspace, AlertHistoryStore &history);

    // Throws std::invalid_argument when the rule cannot be evaluated (its funnel is gone) and SqlError
    // when the workspace cannot be read or written.
    Outcome evaluate(const AlertRule &rule, qint64 atMs);

private:
    Workspace &m_workspace;
    AlertHistoryStore &m_history;
};

} // namespace pulse
