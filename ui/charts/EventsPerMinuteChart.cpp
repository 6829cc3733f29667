// Events-per-minute histogram, drawn as a stepped area (one flat step per minute): 60 bars with a
// category axis would need 60 labels; a value axis in "minutes ago" stays readable.
#include "charts/EventsPerMinuteChart.h"

#include "charts/ChartStyle.h"
#include "widgets/Theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace pulse::ui {

EventsPerMinuteChart::EventsPerMinuteChart(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_upper(new QLineSeries(this)),
      m_area(new QAreaSeries(m_upper)),
      m_x(new QValueAxis(this)),
      m_y(new QValueAxis(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_chart->legend()->setVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_area->setName(tr("Events per minute"));
    m_chart->addSeries(m_area);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_area->attachAxis(m_x);
    m_area->attachAxis(m_y);
    m_x->setRange(-60, 0);
    m_x->setTickCount(7);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setTitleText(tr("minutes ago"));
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setRange(0, 5);
    changeEvent(nullptr);
}

EventsPerMinuteChart::~EventsPerMinuteChart() = default;

void EventsPerMinuteChart::setCounts(const QList<qint64> &counts)
{
    m_counts = counts;
    QList<QPointF> points;
    qint64 maxValue = 0;
    const int n = int(counts.size());
    for (int i = 0; i < n; ++i) {
        // Minute i covers [i - n, i - n + 1) minutes ago; the current minute ends at 0.
        const double left = double(i - n);
        points.append(QPointF(left, double(counts.at(i))));
        points.append(QPointF(left + 1, double(counts.at(i))));
        maxValue = std::max(maxValue, counts.at(i));
    }
    m_upper->replace(points);
    // Tidy integer ticks: the top is a multiple of 4 so five ticks land on whole numbers.
    const qint64 top = std::max<qint64>(4, (maxValue * 5 / 4 + 3) / 4 * 4);
    m_y->setRange(0, double(top));
    m_y->setTickCount(5);
}

void EventsPerMinuteChart::changeEvent(QEvent *event)
{
    if (event)
        QWidget::changeEvent(event);
    if (event && event->type() != QEvent::PaletteChange && event->type() != QEvent::ApplicationPaletteChange
        && event->type() != QEvent::StyleChange)
        return;
    const QPalette pal = palette();
    charts::applyPalette(m_chart, pal);
    m_area->setBrush(theme::seriesFill(pal));
    m_area->setPen(QPen(theme::series(pal), 1.5));
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
}

} // namespace pulse::ui
