// Time series chart. Qt Charts' date axis shows machine-local time, so bucket starts are converted to
// the same wall-clock time in local terms (axisMs) to label them in the site's zone.
#include "charts/TimeSeriesChart.h"

#include "charts/ChartStyle.h"
#include "widgets/Theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pulse::ui {

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_current(new QLineSeries(this)),
      m_previous(new QLineSeries(this)),
      m_x(new QDateTimeAxis(this)),
      m_y(new QValueAxis(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_chart->legend()->setVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *area = new QAreaSeries(m_current);
    area->setName(tr("Visitors"));
    m_previous->setName(tr("Previous period"));
    m_chart->addSeries(area);
    m_chart->addSeries(m_previous);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setMin(0);
    connect(area, &QAreaSeries::hovered, this, &TimeSeriesChart::onHovered);
    connect(m_previous, &QLineSeries::hovered, this, &TimeSeriesChart::onHovered);
    changeEvent(nullptr);
}

TimeSeriesChart::~TimeSeriesChart() = default;

qint64 TimeSeriesChart::axisMs(qint64 utcMs) const
{
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    return QDateTime(inZone.date(), inZone.time()).toMSecsSinceEpoch();
}

void TimeSeriesChart::setData(const QList<TimePoint> &current, const QList<TimePoint> &previous,
    StatsQuery::Interval interval, const QTimeZone &zone)
{
    m_currentPoints = current;
    m_previousPoints = previous;
    m_interval = interval;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    QList<QPointF> now;
    QList<QPointF> before;
    qint64 maxValue = 0;
    for (qsizetype i = 0; i < current.size(); ++i) {
        const double x = double(axisMs(current.at(i).bucketStartMs));
        now.append(QPointF(x, double(current.at(i).visitors)));
        maxValue = std::max(maxValue, current.at(i).visitors);
        if (i < previous.size()) {
            before.append(QPointF(x, double(previous.at(i).visitors)));
            maxValue = std::max(maxValue, previous.at(i).visitors);
        }
    }
    m_current->replace(now);
    m_previous->replace(before);
    m_previous->setVisible(!before.isEmpty());
    const bool hourly = interval == StatsQuery::Interval::Hour;
    //: Day on the time axis, as a Qt date format (d day, MMM short month name); German: "d. MMM"
    m_x->setFormat(hourly ? QStringLiteral("HH:mm") : tr("d MMM"));
    if (!now.isEmpty()) {
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(now.first().x())),
            QDateTime::fromMSecsSinceEpoch(qint64(now.last().x())));
        m_x->setTickCount(int(std::clamp<qsizetype>(now.size(), 2, hourly ? 7 : 8)));
    }
    // Round the top up to a tidy number so the axis labels stay integers.
    const double top = std::max<double>(4, double(maxValue) * 1.1);
    const double step = std::pow(10.0, std::floor(std::log10(top)));
    m_y->setRange(0, std::ceil(top / step * 2) * step / 2);
    m_y->setTickCount(5);
    m_current->setPointsVisible(now.size() <= 31);
}

int TimeSeriesChart::pointCount() const
{
    return m_current->count();
}

QString TimeSeriesChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_currentPoints.size())
        return {};
    const QLocale locale;
    const auto when = [&](qint64 ms) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
        //: Hour in the chart's tooltip, as a Qt date format (ddd weekday, d day, MMM short month name)
        return m_interval == StatsQuery::Interval::Hour ? locale.toString(t, tr("ddd d MMM, HH:mm"))
                                                        //: Day in the chart's tooltip, as a Qt date format
                                                        : locale.toString(t.date(), tr("ddd d MMM yyyy"));
    };
    const TimePoint &p = m_currentPoints.at(index);
    QString text = tr("%1\n%2 visitors · %3 pageviews")
                       .arg(when(p.bucketStartMs), locale.toString(p.visitors), locale.toString(p.pageviews));
    if (index < m_previousPoints.size()) {
        const TimePoint &q = m_previousPoints.at(index);
        text += tr("\nPrevious (%1): %2 visitors").arg(when(q.bucketStartMs), locale.toString(q.visitors));
    }
    return text;
}

void TimeSeriesChart::onHovered(const QPointF &point, bool state)
{
    if (!state || m_current->count() == 0) {
        QToolTip::hideText();
        return;
    }
    int nearest = 0;
    for (int i = 1; i < m_current->count(); ++i) {
        if (std::abs(m_current->at(i).x() - point.x()) < std::abs(m_current->at(nearest).x() - point.x()))
            nearest = i;
    }
    QToolTip::showText(QCursor::pos(), tooltipFor(nearest), m_view);
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event)
        QWidget::changeEvent(event);
    if (event && event->type() != QEvent::PaletteChange && event->type() != QEvent::ApplicationPaletteChange
        && event->type() != QEvent::StyleChange)
        return;
    if (m_chart->series().isEmpty())
        return; // a palette event during construction
    const QPalette pal = palette();
    charts::applyPalette(m_chart, pal);
    auto *area = qobject_cast<QAreaSeries *>(m_chart->series().constFirst());
    area->setBrush(theme::seriesFill(pal));
    area->setPen(QPen(theme::series(pal), 2.5));
    m_current->setColor(theme::series(pal));
    m_previous->setPen(QPen(theme::previousSeries(pal), 1.5, Qt::DashLine));
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
}

} // namespace pulse::ui
