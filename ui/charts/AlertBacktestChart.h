// "Test this rule": the rule's metric at every evaluation of the last 30 days as a line, the threshold
// as a dashed line (for above and below conditions), and where the rule would have fired (red) and
// resolved (green) as dots, so a user sees how often it would have spoken before saving it.
#pragma once

#include "alerts/AlertBacktest.h"

#include <QTimeZone>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pulse::ui {

class AlertBacktestChart final : public QWidget {
    Q_OBJECT
public:
    explicit AlertBacktestChart(QWidget *parent = nullptr);
    ~AlertBacktestChart() override;

    // threshold: drawn when set (above and below conditions, whose threshold is in the metric's unit).
    void setResult(const AlertBacktestResult &result, std::optional<double> threshold, const QTimeZone &zone);
    void clear();
    int valuePointCount() const;
    int firedPointCount() const;
    int resolvedPointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    qint64 axisMs(qint64 utcMs) const;
    void applyColours();

    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_values;
    QLineSeries *m_threshold;
    QScatterSeries *m_fired;
    QScatterSeries *m_resolved;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace pulse::ui
