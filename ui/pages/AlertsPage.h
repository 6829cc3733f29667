// The Alerts page: the site's alert rules (what each watches, when it fires, whether it is firing now,
// its last value and firing), buttons to create, edit, pause or resume and delete rules, and the
// history of firings and resolutions of the selected rule (of every rule when none is selected), with
// the value that decided each. Rules are evaluated by the scheduler in the background; the page reads
// them again every half minute while it is shown, and at once when a rule changes.
#pragma once

#include "access/SiteStore.h"
#include "workspace/WorkspaceClient.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pulse::ui {

class AlertRuleDialog;

class AlertsPage final : public QWidget {
    Q_OBJECT
public:
    explicit AlertsPage(WorkspaceClient &client, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);
    void refresh();

    AlertRuleDialog *newRule();
    AlertRuleDialog *editSelected();
    void toggleSelected(); // pauses an enabled rule, resumes a paused one
    void deleteSelected(); // without asking (the button asks first)
    void selectRule(qint64 id);

    QList<AlertRule> rules() const { return m_rules; }
    QList<AlertEvent> history() const { return m_history; }
    QTableWidget *ruleTable() const { return m_ruleTable; }
    QTableWidget *historyTable() const { return m_historyTable; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *historyTitle() const { return m_historyTitle; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void rulesLoaded();
    void historyLoaded();
    void actionFinished(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadRules();
    void loadHistory();
    void showRules();
    void showHistory();
    void updateButtons();
    std::optional<AlertRule> selectedRule() const;
    QString funnelName(qint64 id) const;

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    QList<AlertRule> m_rules;
    QList<SavedFunnel> m_funnels;
    QList<AlertEvent> m_history;
    QTimer m_poll;
    QLabel *m_message;
    QTableWidget *m_ruleTable;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QLabel *m_historyTitle;
    QTableWidget *m_historyTable;
};

} // namespace pulse::ui
