// The alert_rules table (migration 0012): rules of each site, and the one question the scheduler asks
// (which rules are due). Definitions and running state are written separately, so a rule edited over
// REST while the scheduler evaluates it keeps both changes. Writes go through the one writer, reads
// through the read pool.
#pragma once

#include "alerts/AlertCheck.h"
#include "alerts/AlertRule.h"

#include <QList>

#include <optional>

namespace pulse {

class Workspace;

class AlertRuleStore final {
public:
    explicit AlertRuleStore(Workspace &workspace);

    AlertRule insert(AlertRule rule); // returns it with its id (created and updated at now)
    // Replaces name, definition, interval, cooldown and enabled; false when the site has no such rule.
    bool update(AlertRule rule);
    bool remove(qint64 siteId, qint64 id);
    std::optional<AlertRule> get(qint64 siteId, qint64 id) const;
    QList<AlertRule> list(qint64 siteId) const; // by name
    // Enabled rules never evaluated or whose interval has passed since the last evaluation, oldest first.
    QList<AlertRule> due(qint64 nowMs) const;

private:
    Workspace &m_workspace;
};

} // namespace pulse
