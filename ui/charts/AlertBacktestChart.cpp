// Alert backtest chart. Like the other time charts, times are shown as the same wall-clock time in the
// site's zone (axisMs), since Qt Charts' date axis labels in machine-local time.
#include "charts/AlertBacktestChart.h"

#include "charts/ChartStyle.h"
#include "widgets/Theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace pulse::ui {

AlertBacktestChart::AlertBacktestChart(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_values(new QLineSeries(this)),
      m_threshold(new QLineSeries(this)),
      m_fired(new QScatterSeries(this)),
      m_resolved(new QScatterSeries(this)),
      m_x(new QDateTimeAxis(this)),
      m_y(new QValueAxis(this))
{
    charts::embedChart(this, m_view, m_chart, m_x, m_y, 200);
    m_values->setName(tr("Value"));
    m_threshold->setName(tr("Threshold"));
    m_fired->setName(tr("Would fire"));
    m_resolved->setName(tr("Would resolve"));
    for (QXYSeries *series : { static_cast<QXYSeries *>(m_values), static_cast<QXYSeries *>(m_threshold),
             static_cast<QXYSeries *>(m_fired), static_cast<QXYSeries *>(m_resolved) }) {
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_fired->setMarkerSize(10);
    m_resolved->setMarkerSize(8);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    //: Day on the time axis, as a Qt date format (d day, MMM short month name); German: "d. MMM"
    m_x->setFormat(tr("d MMM"));
    m_x->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.4g"));
    setAccessibleName(tr("What the rule would have done in the last 30 days"));
    applyColours();
}

AlertBacktestChart::~AlertBacktestChart() = default;

qint64 AlertBacktestChart::axisMs(qint64 utcMs) const
{
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    return QDateTime(inZone.date(), inZone.time()).toMSecsSinceEpoch();
}

void AlertBacktestChart::clear()
{
    m_values->clear();
    m_threshold->clear();
    m_fired->clear();
    m_resolved->clear();
}

void AlertBacktestChart::setResult(
    const AlertBacktestResult &result, std::optional<double> threshold, const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    clear();
    QList<QPointF> values;
    double low = threshold.value_or(0), high = threshold.value_or(0);
    for (const AlertCheck &check : result.points) {
        if (!check.value)
            continue;
        values.append(QPointF(double(axisMs(check.atMs)), *check.value));
        low = std::min(low, *check.value);
        high = std::max(high, *check.value);
    }
    m_values->replace(values);
    QList<QPointF> fired, resolved;
    for (const AlertEvent &event : result.events) {
        const QPointF at(double(axisMs(event.atMs)), event.value);
        (event.kind == AlertEvent::Kind::Fired ? fired : resolved).append(at);
    }
    m_fired->replace(fired);
    m_resolved->replace(resolved);
    const qint64 from = axisMs(result.fromMs), to = axisMs(result.toMs);
    if (threshold)
        m_threshold->replace({ QPointF(double(from), *threshold), QPointF(double(to), *threshold) });
    m_threshold->setVisible(threshold.has_value());
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    const double span = std::max(1.0, high - low);
    m_y->setRange(std::min(0.0, low - span * 0.05), high + span * 0.1);
    m_y->applyNiceNumbers();
}

int AlertBacktestChart::valuePointCount() const
{
    return int(m_values->count());
}

int AlertBacktestChart::firedPointCount() const
{
    return int(m_fired->count());
}

int AlertBacktestChart::resolvedPointCount() const
{
    return int(m_resolved->count());
}

void AlertBacktestChart::applyColours()
{
    const QPalette pal = palette();
    charts::applyPalette(m_chart, pal);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    m_x->setGridLineVisible(false);
    QPen line(theme::series(pal));
    line.setWidthF(1.5);
    m_values->setPen(line);
    QPen dashed(theme::muted(pal));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    m_threshold->setPen(dashed);
    m_fired->setColor(theme::negative(pal));
    m_fired->setBorderColor(theme::negative(pal));
    m_resolved->setColor(theme::positive(pal));
    m_resolved->setBorderColor(theme::positive(pal));
}

void AlertBacktestChart::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange
        || e->type() == QEvent::StyleChange)
        applyColours();
}

} // namespace pulse::ui
