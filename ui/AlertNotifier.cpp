#include "AlertNotifier.h"

#include "models/AlertFormat.h"
#include "workspace/FutureWatch.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>

#include <memory>

namespace pulse::ui {

namespace {
const QString kEnabledKey = QStringLiteral("ui/alertNotifications");
constexpr int kNewestEvents = 20;
} // namespace

AlertNotifier::AlertNotifier(WorkspaceClient &client, QObject *parent) : QObject(parent), m_client(client)
{
    m_enabled = QSettings().value(kEnabledKey, true).toBool();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Pulse"));
        m_tray->setVisible(m_enabled);
    }
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertNotifier::poll);
    m_timer.start();
    poll(); // learns what has fired already, so only new firings are announced
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    QSettings().setValue(kEnabledKey, enabled);
    if (m_tray)
        m_tray->setVisible(enabled);
}

void AlertNotifier::poll()
{
    whenFinished(this, m_client.sites(), [this](const QList<Site> &sites) {
        if (sites.isEmpty()) {
            Q_EMIT polled();
            return;
        }
        // Shared by the site's replies, which count it down; polled() when the last one is in.
        const auto pending = std::make_shared<int>(int(sites.size()));
        for (const Site &site : sites)
            pollSite(site, pending);
    });
}

void AlertNotifier::pollSite(const Site &site, const std::shared_ptr<int> &pending)
{
    const auto done = [this, pending] {
        if (--*pending == 0)
            Q_EMIT polled();
    };
    whenFinished(
        this, m_client.alertHistory(site.id, 0, kNewestEvents), [this, site, done](const AlertHistoryReply &reply) {
            if (!reply.ok() || reply.events.isEmpty()) {
                if (reply.ok() && !m_lastSeen.contains(site.id))
                    m_lastSeen.insert(site.id, 0);
                done();
                return;
            }
            const bool firstLook = !m_lastSeen.contains(site.id);
            const qint64 seen = m_lastSeen.value(site.id, 0);
            m_lastSeen.insert(site.id, std::max(seen, reply.events.first().id));
            QList<AlertEvent> fresh;
            for (const AlertEvent &e : reply.events) {
                if (!firstLook && e.id > seen && e.kind == AlertEvent::Kind::Fired)
                    fresh.prepend(e); // oldest first
            }
            if (fresh.isEmpty() || !m_enabled) {
                done();
                return;
            }
            whenFinished(this, m_client.alertRules(site.id), [this, site, fresh, done](const AlertRulesReply &rules) {
                for (const AlertEvent &e : fresh) {
                    AlertRule rule;
                    for (const AlertRule &r : rules.rules) {
                        if (r.id == e.ruleId)
                            rule = r;
                    }
                    const QString title = tr("%1 fired on %2").arg(rule.name, site.domain);
                    const QString message = tr("%1 is %2, %3")
                                                .arg(AlertFormat::watches(rule), AlertFormat::value(rule, e.value),
                                                    AlertFormat::condition(rule));
                    if (m_tray)
                        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
                    Q_EMIT notified(title, message);
                }
                done();
            });
        });
}

} // namespace pulse::ui
