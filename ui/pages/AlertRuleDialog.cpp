#include "pages/AlertRuleDialog.h"

#include "charts/AlertBacktestChart.h"
#include "models/AlertFormat.h"
#include "workspace/FutureWatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {

constexpr qint64 kMinute = AlertRule::kMinuteMs;

void addDurations(QComboBox *combo, std::initializer_list<qint64> minutes)
{
    for (qint64 m : minutes)
        combo->addItem(AlertFormat::duration(m * kMinute), m * kMinute);
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int at = combo->findData(value);
    if (at >= 0) {
        combo->setCurrentIndex(at);
    } else if (value.canConvert<qint64>()) {
        // A value set over REST that the list does not offer stays as it is.
        combo->addItem(AlertFormat::duration(value.toLongLong()), value);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

} // namespace

AlertRuleDialog::AlertRuleDialog(
    WorkspaceClient &client, const Site &site, const std::optional<AlertRule> &existing, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_site(site),
      m_existing(existing),
      m_name(new QLineEdit(this)),
      m_metric(new QComboBox(this)),
      m_event(new QLineEdit(this)),
      m_funnel(new QComboBox(this)),
      m_path(new QLineEdit(this)),
      m_window(new QComboBox(this)),
      m_condition(new QComboBox(this)),
      m_thresholdLabel(new QLabel(this)),
      m_threshold(new QDoubleSpinBox(this)),
      m_direction(new QComboBox(this)),
      m_period(new QComboBox(this)),
      m_periods(new QSpinBox(this)),
      m_interval(new QComboBox(this)),
      m_cooldown(new QComboBox(this)),
      m_enabled(new QCheckBox(tr("&Enabled"), this)),
      m_test(new QPushButton(tr("&Test this rule"), this)),
      m_busy(new QProgressBar(this)),
      m_chart(new AlertBacktestChart(this)),
      m_summary(new QLabel(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Edit alert") : tr("New alert"));
    m_name->setMaxLength(AlertRule::kMaxNameLength);
    m_name->setPlaceholderText(tr("Traffic drop"));
    for (AlertRule::Metric metric :
        { AlertRule::Metric::Visitors, AlertRule::Metric::Pageviews, AlertRule::Metric::Sessions,
            AlertRule::Metric::BounceRate, AlertRule::Metric::VisitDuration, AlertRule::Metric::ViewsPerVisit,
            AlertRule::Metric::Events, AlertRule::Metric::EventCount, AlertRule::Metric::FunnelConversion })
        m_metric->addItem(AlertFormat::metric(metric), int(metric));
    m_event->setPlaceholderText(tr("signup"));
    m_path->setPlaceholderText(tr("Every page"));
    m_path->setClearButtonEnabled(true);
    addDurations(m_window, { 5, 15, 30, 60, 6 * 60, 24 * 60 });
    m_condition->addItem(tr("is above"), int(AlertRule::Condition::Above));
    m_condition->addItem(tr("is below"), int(AlertRule::Condition::Below));
    m_condition->addItem(tr("changes against the previous window by more than"), int(AlertRule::Condition::Change));
    m_condition->addItem(tr("is unusual for the time (anomaly)"), int(AlertRule::Condition::Anomaly));
    m_threshold->setRange(0, 1e12);
    m_threshold->setDecimals(2);
    m_direction->addItem(tr("up or down"), int(AlertRule::Direction::Either));
    m_direction->addItem(tr("up"), int(AlertRule::Direction::Up));
    m_direction->addItem(tr("down"), int(AlertRule::Direction::Down));
    m_period->addItem(tr("the same window on earlier days"), int(AlertRule::Period::Day));
    m_period->addItem(tr("the same window in earlier weeks"), int(AlertRule::Period::Week));
    m_periods->setRange(AlertRule::kMinAnomalyPeriods, AlertRule::kMaxAnomalyPeriods);
    addDurations(m_interval, { 5, 15, 30, 60, 6 * 60, 24 * 60 });
    m_cooldown->addItem(tr("No pause"), qint64(0));
    addDurations(m_cooldown, { 15, 60, 6 * 60, 24 * 60 });
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_summary->setWordWrap(true);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Watch"), m_metric);
    form->addRow(tr("E&vent"), m_event);
    form->addRow(tr("F&unnel"), m_funnel);
    form->addRow(tr("On &page"), m_path);
    form->addRow(tr("O&ver the last"), m_window);
    form->addRow(tr("&Fire when it"), m_condition);
    form->addRow(m_thresholdLabel, m_threshold);
    form->addRow(tr("&Direction"), m_direction);
    form->addRow(tr("Compared &with"), m_period);
    form->addRow(tr("How &many of them"), m_periods);
    form->addRow(tr("&Check every"), m_interval);
    form->addRow(tr("After firing, &stay quiet for"), m_cooldown);
    form->addRow(QString(), m_enabled);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    showRule(existing.value_or(AlertRule {}));
    connect(m_metric, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::updateFields);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::updateFields);
    connect(m_test, &QPushButton::clicked, this, &AlertRuleDialog::testRule);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertRuleDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    whenFinished(this, m_client.savedFunnels(site.id), [this](const SavedFunnelsReply &reply) {
        const qint64 wanted = m_existing ? m_existing->funnelId : 0;
        for (const SavedFunnel &f : reply.funnels)
            m_funnel->addItem(f.name, f.id);
        if (wanted != 0)
            m_funnel->setCurrentIndex(std::max(0, m_funnel->findData(wanted)));
        updateFields();
        Q_EMIT funnelsLoaded();
    });
}

void AlertRuleDialog::showRule(const AlertRule &r)
{
    m_name->setText(r.name);
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(int(r.metric))));
    m_event->setText(r.eventName);
    m_path->setText(r.filters.path);
    selectData(m_window, r.windowMs);
    m_condition->setCurrentIndex(std::max(0, m_condition->findData(int(r.condition))));
    m_threshold->setValue(r.threshold);
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(int(r.direction))));
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(r.period))));
    m_periods->setValue(r.periods);
    selectData(m_interval, r.intervalMs);
    selectData(m_cooldown, r.cooldownMs);
    m_enabled->setChecked(r.enabled);
    updateFields();
}

void AlertRuleDialog::updateFields()
{
    const auto metric = AlertRule::Metric(m_metric->currentData().toInt());
    const auto condition = AlertRule::Condition(m_condition->currentData().toInt());
    m_event->setEnabled(metric == AlertRule::Metric::EventCount);
    m_funnel->setEnabled(metric == AlertRule::Metric::FunnelConversion);
    m_path->setEnabled(metric != AlertRule::Metric::FunnelConversion);
    const bool relative = condition == AlertRule::Condition::Change || condition == AlertRule::Condition::Anomaly;
    m_direction->setEnabled(relative);
    m_period->setEnabled(condition == AlertRule::Condition::Anomaly);
    m_periods->setEnabled(condition == AlertRule::Condition::Anomaly);
    switch (condition) {
    case AlertRule::Condition::Above:
    case AlertRule::Condition::Below:
        m_thresholdLabel->setText(tr("&Value"));
        m_threshold->setSuffix(QString());
        break;
    case AlertRule::Condition::Change:
        m_thresholdLabel->setText(tr("&Change"));
        m_threshold->setSuffix(QStringLiteral(" %"));
        break;
    case AlertRule::Condition::Anomaly:
        //: The z-score limit of an anomaly rule: how many standard deviations from the usual value.
        m_thresholdLabel->setText(tr("&Standard deviations"));
        m_threshold->setSuffix(QString());
        break;
    }
    m_thresholdLabel->setBuddy(m_threshold);
}

AlertRule AlertRuleDialog::rule() const
{
    AlertRule r = m_existing.value_or(AlertRule {});
    r.siteId = m_site.id;
    r.name = m_name->text().trimmed();
    r.metric = AlertRule::Metric(m_metric->currentData().toInt());
    r.eventName = r.metric == AlertRule::Metric::EventCount ? m_event->text().trimmed() : QString();
    r.funnelId = r.metric == AlertRule::Metric::FunnelConversion ? m_funnel->currentData().toLongLong() : 0;
    r.filters.path = r.metric == AlertRule::Metric::FunnelConversion ? QString() : m_path->text().trimmed();
    r.windowMs = m_window->currentData().toLongLong();
    r.condition = AlertRule::Condition(m_condition->currentData().toInt());
    r.threshold = m_threshold->value();
    r.direction = AlertRule::Direction(m_direction->currentData().toInt());
    r.period = AlertRule::Period(m_period->currentData().toInt());
    r.periods = m_periods->value();
    r.intervalMs = m_interval->currentData().toLongLong();
    r.cooldownMs = m_cooldown->currentData().toLongLong();
    r.enabled = m_enabled->isChecked();
    return r;
}

void AlertRuleDialog::showProblem(const QString &field, const QString &error)
{
    m_message->setText(field.isEmpty() ? error : tr("%1 (%2)").arg(error, field));
}

void AlertRuleDialog::testRule()
{
    QJsonObject json = rule().toJson();
    if (json.value(QLatin1String("name")).toString().isEmpty())
        json.insert(QStringLiteral("name"), tr("Test")); // a test needs no name yet
    m_testing = true;
    m_test->setEnabled(false);
    m_busy->show();
    m_message->clear();
    m_summary->setText(tr("Testing against the last 30 days…"));
    whenFinished(this, m_client.backtestAlert(m_site.id, json), [this](const AlertBacktestReply &reply) {
        m_testing = false;
        m_test->setEnabled(true);
        m_busy->hide();
        if (!reply.ok()) {
            m_summary->clear();
            m_chart->clear();
            showProblem(reply.field, reply.error);
            Q_EMIT tested();
            return;
        }
        m_lastTest = reply.result;
        const bool absolute = reply.rule.condition == AlertRule::Condition::Above
            || reply.rule.condition == AlertRule::Condition::Below;
        const QTimeZone zone(m_site.timeZone.toUtf8());
        m_chart->setResult(reply.result, absolute ? std::optional<double>(reply.rule.threshold) : std::nullopt,
            zone.isValid() ? zone : QTimeZone::utc());
        m_summary->setText(AlertFormat::backtestSummary(reply.result));
        Q_EMIT tested();
    });
}

void AlertRuleDialog::save()
{
    m_buttons->setEnabled(false);
    m_message->clear();
    const qint64 id = m_existing ? m_existing->id : 0;
    whenFinished(this, m_client.saveAlertRule(m_site.id, id, rule().toJson()), [this](const AlertRuleReply &reply) {
        m_buttons->setEnabled(true);
        if (!reply.ok()) {
            showProblem(reply.field, reply.error);
            return;
        }
        Q_EMIT saved(reply.rule);
        accept();
    });
}

} // namespace pulse::ui
