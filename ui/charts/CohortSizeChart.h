// A cohort's size over time: one point per computation (dynamic) or change of members (static), from
// the engine's size history, as a line over dates in the site's zone. Hovering a point tells its size
// and time.
#pragma once

#include "analytics/cohort/Cohort.h"

#include <QList>
#include <QPointF>
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

class CohortSizeChart final : public QWidget {
    Q_OBJECT
public:
    explicit CohortSizeChart(QWidget *parent = nullptr);
    ~CohortSizeChart() override;

    // history: oldest first.
    void setHistory(const QList<CohortSizePoint> &history, const QTimeZone &zone);
    const QList<CohortSizePoint> &history() const { return m_history; }
    // What is drawn, for tests: (axis time, size) per point.
    QList<QPointF> points() const;
    QString tooltipFor(int index) const;

protected:
    void changeEvent(QEvent *e) override;

private:
    qint64 axisMs(qint64 utcMs) const;
    void applyColours();

    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_line;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<CohortSizePoint> m_history;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace pulse::ui
