// How long users took to reach one funnel step from the step before: the engine's logarithmic
// histogram as bars, labelled by duration ("1m–2m"), with the median named in the page above it.
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

class ConversionTimeChart final : public QWidget {
    Q_OBJECT
public:
    explicit ConversionTimeChart(QWidget *parent = nullptr);
    ~ConversionTimeChart() override;

    void setTime(const ConversionTime &time);
    QStringList categories() const { return m_categories; }
    QList<qint64> counts() const { return m_counts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QChart *m_chart;
    QChartView *m_view;
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
    QBarSet *m_set = nullptr;
    QStringList m_categories;
    QList<qint64> m_counts;
};

} // namespace pulse::ui
