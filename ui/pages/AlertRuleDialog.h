// Creating or editing an alert rule: what to watch (a stats metric, one event's count or a saved
// funnel's conversion, optionally on one page), over which window, the condition (above or below a
// value, a change against the previous window, or an unusual value against the same window on earlier
// days or weeks), how often to check and how long to stay quiet after firing. "Test this rule" shows
// what it would have done over the last 30 days before it is saved.
#pragma once

#include "access/SiteStore.h"
#include "alerts/AlertRule.h"
#include "workspace/WorkspaceClient.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace pulse::ui {

class AlertBacktestChart;

class AlertRuleDialog final : public QDialog {
    Q_OBJECT
public:
    AlertRuleDialog(
        WorkspaceClient &client, const Site &site, const std::optional<AlertRule> &existing, QWidget *parent = nullptr);

    // The rule the form describes (not checked: the engine says what to fix).
    AlertRule rule() const;
    void testRule();
    void save();
    bool isTesting() const { return m_testing; }
    std::optional<AlertBacktestResult> lastTest() const { return m_lastTest; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *metricCombo() const { return m_metric; }
    QLineEdit *eventEdit() const { return m_event; }
    QComboBox *funnelCombo() const { return m_funnel; }
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *windowCombo() const { return m_window; }
    QComboBox *conditionCombo() const { return m_condition; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }
    QComboBox *directionCombo() const { return m_direction; }
    QComboBox *periodCombo() const { return m_period; }
    QSpinBox *periodsSpin() const { return m_periods; }
    QComboBox *intervalCombo() const { return m_interval; }
    QComboBox *cooldownCombo() const { return m_cooldown; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QPushButton *testButton() const { return m_test; }
    AlertBacktestChart *chart() const { return m_chart; }
    QLabel *testSummary() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void funnelsLoaded();
    void tested();
    // The rule was stored (the dialog then accepts).
    void saved(const AlertRule &rule);

private:
    void showRule(const AlertRule &rule);
    void updateFields();
    void showProblem(const QString &field, const QString &error);

    WorkspaceClient &m_client;
    Site m_site;
    std::optional<AlertRule> m_existing;
    bool m_testing = false;
    std::optional<AlertBacktestResult> m_lastTest;
    QLineEdit *m_name;
    QComboBox *m_metric;
    QLineEdit *m_event;
    QComboBox *m_funnel;
    QLineEdit *m_path;
    QComboBox *m_window;
    QComboBox *m_condition;
    QLabel *m_thresholdLabel;
    QDoubleSpinBox *m_threshold;
    QComboBox *m_direction;
    QComboBox *m_period;
    QSpinBox *m_periods;
    QComboBox *m_interval;
    QComboBox *m_cooldown;
    QCheckBox *m_enabled;
    QPushButton *m_test;
    QProgressBar *m_busy;
    AlertBacktestChart *m_chart;
    QLabel *m_summary;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace pulse::ui
