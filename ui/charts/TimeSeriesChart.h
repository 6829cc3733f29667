// The overview's time series: visitors per hour or day for the range, the previous period as a dashed
// line when comparing, and the exact values in a tooltip on hover.
#pragma once

#include "analytics/StatsResult.h"

#include <QTimeZone>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pulse::ui {

class TimeSeriesChart final : public QWidget {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    // previous may be empty (no comparison); its points are drawn under the current ones by position.
    void setData(const QList<TimePoint> &current, const QList<TimePoint> &previous, StatsQuery::Interval interval,
        const QTimeZone &zone);
    int pointCount() const;
    // The tooltip text for the point at index (what hovering shows); public for tests.
    QString tooltipFor(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onHovered(const QPointF &point, bool state);
    qint64 axisMs(qint64 utcMs) const;

    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_current;
    QLineSeries *m_previous;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<TimePoint> m_currentPoints;
    QList<TimePoint> m_previousPoints;
    StatsQuery::Interval m_interval = StatsQuery::Interval::Day;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace pulse::ui
