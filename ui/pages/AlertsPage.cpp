#include "pages/AlertsPage.h"

#include "models/AlertFormat.h"
#include "pages/AlertRuleDialog.h"
#include "widgets/ListTable.h"
#include "workspace/FutureWatch.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {

constexpr int kAlertPollMs = 30 * 1000;
constexpr int kHistoryRows = 200;

QString alertWhen(qint64 ms, const QTimeZone &zone)
{
    if (ms <= 0)
        return AlertsPage::tr("Never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, zone), QLocale::ShortFormat);
}

} // namespace

AlertsPage::AlertsPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_message(new QLabel(this)),
      m_ruleTable(listTable(
          { tr("Name"), tr("Watches"), tr("Fires when"), tr("Checked"), tr("Now"), tr("Last value"), tr("Last fired") },
          this)),
      m_new(new QPushButton(tr("&New alert…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_toggle(new QPushButton(tr("&Pause"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)),
      m_historyTitle(new QLabel(this)),
      m_historyTable(
          listTable({ tr("When"), tr("Alert"), tr("What happened"), tr("Value"), tr("Compared with") }, this))
{
    m_message->setWordWrap(true);
    auto *rules = new QGroupBox(tr("Alerts"), this);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(m_ruleTable, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_new, m_edit, m_toggle, m_delete })
        buttons->addWidget(b);
    buttons->addStretch(1);
    rulesLayout->addLayout(buttons);
    auto *history = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyTable, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(rules, 3);
    layout->addWidget(history, 2);

    m_poll.setInterval(kAlertPollMs);
    connect(&m_poll, &QTimer::timeout, this, &AlertsPage::refresh);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (AlertRuleDialog *dialog = newRule())
            dialog->open();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (AlertRuleDialog *dialog = editSelected())
            dialog->open();
    });
    connect(m_ruleTable, &QTableWidget::itemDoubleClicked, this, [this] {
        if (AlertRuleDialog *dialog = editSelected())
            dialog->open();
    });
    connect(m_toggle, &QPushButton::clicked, this, &AlertsPage::toggleSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const std::optional<AlertRule> rule = selectedRule();
        if (rule
            && QMessageBox::question(
                   this, tr("Delete alert"), tr("Delete the alert %1 and its history?").arg(rule->name))
                == QMessageBox::Yes)
            deleteSelected();
    });
    connect(m_ruleTable, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        loadHistory();
    });
    connect(&m_client, &WorkspaceClient::alertRulesChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            refresh();
    });
    connect(&m_client, &WorkspaceClient::savedFunnelsChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            loadRules();
    });
    updateButtons();
}

void AlertsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll.start();
}

void AlertsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
}

void AlertsPage::setSite(const std::optional<Site> &site)
{
    const bool changed = site.has_value() != m_site.has_value() || (site && m_site && site->id != m_site->id);
    m_site = site;
    m_new->setEnabled(site.has_value());
    if (changed) {
        m_rules.clear();
        m_history.clear();
        refresh();
    }
}

void AlertsPage::refresh()
{
    loadRules();
}

void AlertsPage::loadRules()
{
    if (!m_site) {
        m_rules.clear();
        showRules();
        return;
    }
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.savedFunnels(siteId), [this, siteId](const SavedFunnelsReply &funnels) {
        if (!m_site || m_site->id != siteId)
            return;
        m_funnels = funnels.funnels;
        whenFinished(this, m_client.alertRules(siteId), [this, siteId](const AlertRulesReply &reply) {
            if (!m_site || m_site->id != siteId)
                return;
            if (!reply.ok()) {
                m_message->setText(reply.error);
                return;
            }
            m_rules = reply.rules;
            showRules();
            loadHistory();
            Q_EMIT rulesLoaded();
        });
    });
}

QString AlertsPage::funnelName(qint64 id) const
{
    for (const SavedFunnel &f : m_funnels) {
        if (f.id == id)
            return f.name;
    }
    return QString();
}

void AlertsPage::showRules()
{
    const std::optional<AlertRule> selected = selectedRule();
    const QTimeZone zone(m_site ? m_site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    {
        const QSignalBlocker blocker(m_ruleTable);
        m_ruleTable->setRowCount(int(m_rules.size()));
        for (int row = 0; row < m_rules.size(); ++row) {
            const AlertRule &r = m_rules.at(row);
            m_ruleTable->setItem(row, 0, listCell(r.enabled ? r.name : tr("%1 (paused)").arg(r.name)));
            m_ruleTable->setItem(row, 1, listCell(AlertFormat::watches(r, funnelName(r.funnelId))));
            m_ruleTable->setItem(row, 2, listCell(AlertFormat::condition(r)));
            m_ruleTable->setItem(row, 3, listCell(tr("every %1").arg(AlertFormat::duration(r.intervalMs))));
            auto *state = listCell(r.state == AlertRule::State::Firing ? tr("Firing") : tr("OK"));
            if (r.state == AlertRule::State::Firing) {
                QFont bold = state->font();
                bold.setBold(true);
                state->setFont(bold);
            }
            m_ruleTable->setItem(row, 4, state);
            m_ruleTable->setItem(row, 5, listCell(r.lastValue ? AlertFormat::value(r, *r.lastValue) : QString(), true));
            m_ruleTable->setItem(
                row, 6, listCell(alertWhen(r.lastFiredAtMs, zone.isValid() ? zone : QTimeZone::utc())));
            if (selected && selected->id == r.id)
                m_ruleTable->selectRow(row);
        }
        m_ruleTable->resizeColumnsToContents();
    }
    if (m_site && m_rules.isEmpty())
        m_message->setText(tr("No alerts yet. New alert… watches a metric and tells you (and your webhooks) when it "
                              "crosses a line or behaves unusually."));
    else
        m_message->clear();
    updateButtons();
}

std::optional<AlertRule> AlertsPage::selectedRule() const
{
    const int row = m_ruleTable->currentRow();
    if (row < 0 || row >= m_rules.size() || m_ruleTable->selectedItems().isEmpty())
        return std::nullopt;
    return m_rules.at(row);
}

void AlertsPage::selectRule(qint64 id)
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).id == id)
            m_ruleTable->selectRow(row);
    }
}

void AlertsPage::updateButtons()
{
    const std::optional<AlertRule> rule = selectedRule();
    m_edit->setEnabled(rule.has_value());
    m_toggle->setEnabled(rule.has_value());
    m_toggle->setText(rule && !rule->enabled ? tr("&Resume") : tr("&Pause"));
    m_delete->setEnabled(rule.has_value());
}

void AlertsPage::loadHistory()
{
    if (!m_site) {
        m_history.clear();
        showHistory();
        return;
    }
    const std::optional<AlertRule> rule = selectedRule();
    const qint64 siteId = m_site->id;
    const qint64 ruleId = rule ? rule->id : 0;
    m_historyTitle->setText(rule ? tr("Firings and resolutions of %1").arg(rule->name)
                                 : tr("Firings and resolutions of every alert of this site"));
    whenFinished(this, m_client.alertHistory(siteId, ruleId, kHistoryRows),
        [this, siteId, ruleId](const AlertHistoryReply &reply) {
            const std::optional<AlertRule> now = selectedRule();
            if (!m_site || m_site->id != siteId || (now ? now->id : 0) != ruleId)
                return;
            m_history = reply.ok() ? reply.events : QList<AlertEvent> {};
            if (!reply.ok())
                m_message->setText(reply.error);
            showHistory();
            Q_EMIT historyLoaded();
        });
}

void AlertsPage::showHistory()
{
    const QTimeZone zone(m_site ? m_site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    m_historyTable->setRowCount(int(m_history.size()));
    for (int row = 0; row < m_history.size(); ++row) {
        const AlertEvent &e = m_history.at(row);
        AlertRule rule;
        for (const AlertRule &r : std::as_const(m_rules)) {
            if (r.id == e.ruleId)
                rule = r;
        }
        m_historyTable->setItem(row, 0, listCell(alertWhen(e.atMs, zone.isValid() ? zone : QTimeZone::utc())));
        m_historyTable->setItem(row, 1, listCell(rule.name));
        m_historyTable->setItem(row, 2, listCell(e.kind == AlertEvent::Kind::Fired ? tr("Fired") : tr("Resolved")));
        m_historyTable->setItem(row, 3, listCell(AlertFormat::value(rule, e.value), true));
        QString against;
        if (e.baseline)
            against = tr("usual %1").arg(AlertFormat::value(rule, *e.baseline));
        else
            against = tr("threshold %1").arg(AlertFormat::value(rule, e.threshold));
        m_historyTable->setItem(row, 4, listCell(against));
    }
    m_historyTable->resizeColumnsToContents();
}

AlertRuleDialog *AlertsPage::newRule()
{
    if (!m_site)
        return nullptr;
    auto *dialog = new AlertRuleDialog(m_client, *m_site, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertRuleDialog::saved, this, [this](const AlertRule &rule) {
        m_rules.append(rule); // selected as soon as the list has it
        showRules();
        selectRule(rule.id);
    });
    return dialog;
}

AlertRuleDialog *AlertsPage::editSelected()
{
    const std::optional<AlertRule> rule = selectedRule();
    if (!m_site || !rule)
        return nullptr;
    auto *dialog = new AlertRuleDialog(m_client, *m_site, rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void AlertsPage::toggleSelected()
{
    const std::optional<AlertRule> rule = selectedRule();
    if (!rule || !m_site)
        return;
    whenFinished(this,
        m_client.saveAlertRule(m_site->id, rule->id, QJsonObject { { QStringLiteral("enabled"), !rule->enabled } }),
        [this](const AlertRuleReply &reply) {
            m_message->setText(reply.error);
            Q_EMIT actionFinished(reply.error);
        });
}

void AlertsPage::deleteSelected()
{
    const std::optional<AlertRule> rule = selectedRule();
    if (!rule || !m_site)
        return;
    whenFinished(this, m_client.deleteAlertRule(m_site->id, rule->id), [this](const AlertRuleReply &reply) {
        m_message->setText(reply.error);
        Q_EMIT actionFinished(reply.error);
    });
}

} // namespace pulse::ui
