// The live page's chart: events per minute over the last hour as a histogram that moves along as
// minutes pass and events arrive.
#pragma once

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pulse::ui {

class EventsPerMinuteChart final : public QWidget {
    Q_OBJECT
public:
    explicit EventsPerMinuteChart(QWidget *parent = nullptr);
    ~EventsPerMinuteChart() override;

    // counts: oldest first; the last entry is the current minute.
    void setCounts(const QList<qint64> &counts);
    QList<qint64> counts() const { return m_counts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_upper;
    QAreaSeries *m_area;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QList<qint64> m_counts;
};

} // namespace pulse::ui
