// The retention curve: the weighted average share of users who came back in each period, as a line
// for all users and, with a breakdown, one line per value (the largest ones, up to a cap), on a fixed
// 0–100% axis so curves of different queries compare at a glance. Hovering a point tells its figures.
#pragma once

#include "analytics/retention/RetentionResult.h"

#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pulse::ui {

class RetentionCurveChart final : public QWidget {
    Q_OBJECT
public:
    // More lines than this tangle into one another; the grid still has every series.
    static constexpr int kMaxBreakdownLines = 6;

    explicit RetentionCurveChart(QWidget *parent = nullptr);
    ~RetentionCurveChart() override;

    void setResult(const RetentionResult &result);
    // What is drawn, for tests: the line names and their points (period, percent).
    QStringList lineNames() const;
    QList<QPointF> points(int line) const;
    // Breakdown series left out because of kMaxBreakdownLines.
    int hiddenSeries() const { return m_hidden; }
    QString tooltipFor(int line, int period) const;

protected:
    void changeEvent(QEvent *e) override;

private:
    // Makes the line of one series (m_lines keeps all users first); attach() puts it on the chart.
    void addLine(const RetentionSeries &series, const QString &name);
    void attach(QLineSeries *line);
    void applyColours();

    QChart *m_chart;
    QChartView *m_view;
    QValueAxis *m_x;
    QValueAxis *m_y;
    RetentionResult m_result;
    QList<QLineSeries *> m_lines;
    QList<const RetentionSeries *> m_sources;
    int m_hidden = 0;
};

} // namespace pulse::ui
