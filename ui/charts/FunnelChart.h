// A funnel as a bar chart: one bar per step, its height and label the share of the first step's users
// who got there; with a breakdown, grouped bars per value. Hovering a bar tells its figures; clicking
// one asks for the list of users who reached that step.
#pragma once

#include "analytics/funnel/FunnelResult.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

namespace pulse::ui {

class FunnelChart final : public QWidget {
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);
    ~FunnelChart() override;

    void setResult(const FunnelResult &result);
    // What is drawn, for tests: the category labels, and per bar set its name and values (percent).
    QStringList categories() const { return m_categories; }
    QStringList setNames() const;
    QList<double> values(int set) const;
    bool barLabelsVisible() const;
    QString tooltipFor(int set, int step) const;

Q_SIGNALS:
    // step is 1-based; total is true for the all-users bars.
    void stepClicked(int step, const QString &segment, bool total);

protected:
    void changeEvent(QEvent *event) override;

private:
    const FunnelSeries *seriesAt(int set) const;
    void applyColours();

    QChart *m_chart;
    QChartView *m_view;
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
    FunnelResult m_result;
    QStringList m_categories;
    QList<QBarSet *> m_sets;
};

} // namespace pulse::ui
