// Alerts as a service (docs/alerts.md): creating and changing rules (checked against the site's saved
// funnels), evaluating the due ones, and backtesting a rule. The REST API, the scheduler and the
// desktop go through here, so they behave the same. Time comes from the workspace's Clock, so a test
// moves a manual clock and calls evaluateDue().
#pragma once

#include "alerts/AlertBacktest.h"
#include "alerts/AlertEvaluator.h"
#include "alerts/AlertHistoryStore.h"
#include "alerts/AlertRuleStore.h"

#include <QJsonObject>

#include <optional>

namespace pulse {

class Workspace;

class Alerts final {
public:
    explicit Alerts(Workspace &workspace);

    AlertRuleStore &rules() { return m_rules; }
    AlertHistoryStore &history() { return m_history; }

    // A rule of the site from a JSON body, not stored (a backtest of an unsaved rule); nullopt with the
    // field to fix and a message.
    std::optional<AlertRule> draft(qint64 siteId, const QJsonObject &json, QString *field, QString *error) const;
    std::optional<AlertRule> create(qint64 siteId, const QJsonObject &json, QString *field, QString *error);
    // Changes the fields json gives; *found false when the site has no such rule.
    std::optional<AlertRule> update(
        qint64 siteId, qint64 id, const QJsonObject &json, QString *field, QString *error, bool *found);
    bool remove(qint64 siteId, qint64 id) { return m_rules.remove(siteId, id); }

    AlertEvaluator::Outcome evaluate(const AlertRule &rule, qint64 atMs) { return m_evaluator.evaluate(rule, atMs); }
    // Evaluates every due rule once at the clock's now (a rule missed for several intervals runs
    // once, not once per interval missed); returns how many were evaluated. A rule that cannot be
    // evaluated (its funnel was deleted) is logged and waits for its next interval.
    int evaluateDue();
    AlertBacktestResult backtest(const AlertRule &rule);

private:
    bool checkReferences(const AlertRule &rule, QString *field, QString *error) const;

    Workspace &m_workspace;
    AlertRuleStore m_rules;
    AlertHistoryStore m_history;
    AlertEvaluator m_evaluator;
};

} // namespace pulse
