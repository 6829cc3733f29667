// Time-to-convert histogram. Bins after the slowest user (but one, so the drop to zero shows) are left
// out: the engine's bins reach a year, and a chart of mostly empty days would hide the shape.
#include "charts/ConversionTimeChart.h"

#include "charts/ChartStyle.h"
#include "models/FunnelFormat.h"
#include "widgets/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace pulse::ui {

namespace {
// Beyond this many bins the duration labels no longer fit side by side and are turned.
constexpr int kUprightLabels = 8;
} // namespace

ConversionTimeChart::ConversionTimeChart(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_x(new QBarCategoryAxis(this)),
      m_y(new QValueAxis(this))
{
    charts::embedChart(this, m_view, m_chart, m_x, m_y, 200);
    m_chart->legend()->setVisible(false);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setRange(0, 4);
    m_y->setTickCount(5);
    m_x->setGridLineVisible(false);
    setAccessibleName(tr("Time to convert"));
    applyColours();
}

ConversionTimeChart::~ConversionTimeChart() = default;

void ConversionTimeChart::setTime(const ConversionTime &time)
{
    m_chart->removeAllSeries();
    m_set = nullptr;
    m_categories.clear();
    m_counts.clear();
    const QList<HistogramBin> &bins = time.histogram;
    const int first = 0;
    int last = int(bins.size()) - 1;
    while (last >= first && bins.at(last).users == 0)
        --last;
    if (last >= first)
        last = std::min(last + 1, int(bins.size()) - 1);
    qint64 top = 0;
    for (int i = first; i <= last; ++i) {
        m_categories.append(FunnelFormat::bin(bins.at(i).fromSeconds, bins.at(i).toSeconds));
        m_counts.append(bins.at(i).users);
        top = std::max(top, bins.at(i).users);
    }
    m_x->setCategories(m_categories);
    m_x->setLabelsAngle(m_categories.size() > kUprightLabels ? -45 : 0);
    // Whole-number ticks: the top is a multiple of 4 so five ticks land on integers.
    m_y->setRange(0, double(std::max<qint64>(4, (top * 9 / 8 + 3) / 4 * 4)));
    if (m_categories.isEmpty())
        return;
    auto *series = new QBarSeries;
    m_set = new QBarSet(tr("Users"));
    for (qint64 count : std::as_const(m_counts))
        m_set->append(double(count));
    series->append(m_set);
    series->setBarWidth(0.9);
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    connect(series, &QBarSeries::hovered, this, [this](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
            tr("%1 took %2").arg(FunnelFormat::users(m_counts.value(index)), m_categories.value(index)), this);
    });
    applyColours();
}

void ConversionTimeChart::applyColours()
{
    const QPalette pal = palette();
    charts::applyPalette(m_chart, pal);
    m_x->setGridLineVisible(false);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    if (m_set) {
        m_set->setColor(theme::series(pal));
        m_set->setBorderColor(theme::series(pal));
    }
}

void ConversionTimeChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::StyleChange)
        applyColours();
}

} // namespace pulse::ui
