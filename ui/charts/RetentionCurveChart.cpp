// Retention curve chart. Each point is a weighted average over the cohorts that reached the period
// (RetentionSeries::average), so a period no cohort has reached yet has no point rather than a 0%.
#include "charts/RetentionCurveChart.h"

#include "charts/ChartStyle.h"
#include "models/FunnelFormat.h"
#include "models/RetentionGridModel.h"
#include "widgets/Theme.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pulse::ui {

namespace {
// About this many labelled ticks on the period axis, whatever the number of periods.
constexpr int kCurveTargetTicks = 12;
} // namespace

RetentionCurveChart::RetentionCurveChart(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_x(new QValueAxis(this)),
      m_y(new QValueAxis(this))
{
    charts::embedChart(this, m_view, m_chart, m_x, m_y, 240);
    m_y->setRange(0, 100);
    m_y->setTickCount(6);
    //: printf format of the y axis labels, a whole percentage: "%d%%" gives "40%". Keep %d and %%.
    m_y->setLabelFormat(tr("%d%%"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(1);
    m_x->setRange(0, 1);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setVisible(false);
    setAccessibleName(tr("Retention curve"));
    applyColours();
}

RetentionCurveChart::~RetentionCurveChart() = default;

void RetentionCurveChart::setResult(const RetentionResult &result)
{
    m_result = result;
    m_chart->removeAllSeries(); // deletes the lines
    m_lines.clear();
    m_sources.clear();
    const int periods = std::max(1, m_result.periods);
    m_x->setRange(0, std::max(1, periods - 1));
    m_x->setTickInterval(std::max(1, int(std::ceil(double(periods) / kCurveTargetTicks))));
    const QString unit = m_result.period == QLatin1String("day") ? tr("Days after the cohort's day")
        : m_result.period == QLatin1String("month")              ? tr("Months after the cohort's month")
                                                                 : tr("Weeks after the cohort's week");
    m_x->setTitleText(unit);

    addLine(m_result.total, tr("All users"));
    const int shown = std::min(int(m_result.breakdown.size()), kMaxBreakdownLines);
    for (int i = 0; i < shown; ++i)
        addLine(m_result.breakdown.at(i), m_result.breakdown.at(i).breakdownValue);
    m_hidden = int(m_result.breakdown.size()) - shown;
    // Drawn in the order added: the breakdown values first, all users last, so the total stays on top
    // where the lines run together (they often do: most values retain alike).
    for (int i = 1; i < m_lines.size(); ++i)
        attach(m_lines.at(i));
    attach(m_lines.constFirst());
    m_chart->legend()->setVisible(!m_result.breakdown.isEmpty());
    applyColours();
}

void RetentionCurveChart::attach(QLineSeries *line)
{
    m_chart->addSeries(line);
    line->attachAxis(m_x);
    line->attachAxis(m_y);
}

void RetentionCurveChart::addLine(const RetentionSeries &series, const QString &name)
{
    auto *line = new QLineSeries;
    line->setName(name);
    const QList<RetentionAverage> average = series.average(m_result.periods);
    for (int k = 0; k < average.size(); ++k) {
        if (average.at(k).users > 0)
            line->append(k, average.at(k).rate() * 100.0);
    }
    line->setPointsVisible(average.size() <= 60); // dots help on a short curve, clutter a long one
    const int index = int(m_lines.size());
    m_lines.append(line);
    m_sources.append(&series);
    connect(line, &QLineSeries::hovered, this, [this, index](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tooltipFor(index, int(std::lround(point.x()))), this);
    });
}

QStringList RetentionCurveChart::lineNames() const
{
    QStringList names;
    for (const QLineSeries *line : m_lines)
        names.append(line->name());
    return names;
}

QList<QPointF> RetentionCurveChart::points(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines.at(line)->points() : QList<QPointF>();
}

QString RetentionCurveChart::tooltipFor(int line, int period) const
{
    if (line < 0 || line >= m_sources.size() || period < 0 || period >= m_result.periods)
        return {};
    const RetentionAverage average = m_sources.at(line)->average(m_result.periods).at(period);
    if (average.users == 0)
        return {};
    return tr("%1 · %2\n%3 of %4 users (%5)")
        .arg(m_lines.at(line)->name(), RetentionGridModel::periodHeader(m_result.period, period),
            QLocale().toString(average.returned), QLocale().toString(average.users),
            FunnelFormat::percent(average.rate()));
}

void RetentionCurveChart::applyColours()
{
    const QPalette pal = palette();
    charts::applyPalette(m_chart, pal);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    m_x->setGridLineVisible(false);
    const bool breakdown = m_lines.size() > 1;
    for (int i = 0; i < m_lines.size(); ++i) {
        // All users is the thick line: in the accent colour alone, in the text colour among breakdown
        // values (whose categorical hues start after the accent, so none is mistaken for it).
        QPen pen(i > 0 ? theme::categorical(pal, i) : breakdown ? pal.color(QPalette::Text) : theme::series(pal));
        pen.setWidthF(i == 0 ? 3.0 : 2.0);
        m_lines.at(i)->setPen(pen);
    }
}

void RetentionCurveChart::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange
        || e->type() == QEvent::StyleChange)
        applyColours();
}

} // namespace pulse::ui
