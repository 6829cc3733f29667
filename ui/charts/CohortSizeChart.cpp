// Cohort size chart. Qt Charts' date axis shows machine-local time, so computation times are turned
// into the same wall-clock time in local terms (axisMs) to label them in the site's zone, as the
// overview's chart does.
#include "charts/CohortSizeChart.h"

#include "charts/ChartStyle.h"
#include "models/CohortFormat.h"
#include "widgets/Theme.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
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
constexpr qint64 kSizeChartDayMs = 24LL * 3600 * 1000;
} // namespace

CohortSizeChart::CohortSizeChart(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_line(new QLineSeries(this)),
      m_x(new QDateTimeAxis(this)),
      m_y(new QValueAxis(this))
{
    charts::embedChart(this, m_view, m_chart, m_x, m_y, 180);
    m_chart->legend()->setVisible(false);
    m_line->setName(tr("Users"));
    m_chart->addSeries(m_line);
    m_line->attachAxis(m_x);
    m_line->attachAxis(m_y);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setRange(0, 4);
    m_y->setTickCount(5);
    //: Day on the time axis, as a Qt date format (d day, MMM short month name); German: "d. MMM"
    m_x->setFormat(tr("d MMM"));
    m_x->setTickCount(4);
    setAccessibleName(tr("Cohort size over time"));
    connect(m_line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state || m_line->count() == 0) {
            QToolTip::hideText();
            return;
        }
        int nearest = 0;
        for (int i = 1; i < m_line->count(); ++i) {
            if (std::abs(m_line->at(i).x() - point.x()) < std::abs(m_line->at(nearest).x() - point.x()))
                nearest = i;
        }
        QToolTip::showText(QCursor::pos(), tooltipFor(nearest), m_view);
    });
    applyColours();
}

CohortSizeChart::~CohortSizeChart() = default;

qint64 CohortSizeChart::axisMs(qint64 utcMs) const
{
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    return QDateTime(inZone.date(), inZone.time()).toMSecsSinceEpoch();
}

void CohortSizeChart::setHistory(const QList<CohortSizePoint> &history, const QTimeZone &zone)
{
    m_history = history;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    QList<QPointF> points;
    qint64 largest = 0;
    for (const CohortSizePoint &p : history) {
        points.append(QPointF(double(axisMs(p.computedAtMs)), double(p.size)));
        largest = std::max(largest, p.size);
    }
    m_line->replace(points);
    m_line->setPointsVisible(points.size() <= 60);
    if (!points.isEmpty()) {
        qint64 first = qint64(points.first().x());
        qint64 last = qint64(points.last().x());
        // A single computation, or several within minutes, still gets a readable span of days.
        if (last - first < kSizeChartDayMs) {
            first -= kSizeChartDayMs / 2;
            last += kSizeChartDayMs / 2;
        }
        // A little room at both ends, so the first and last points are drawn whole.
        const qint64 margin = (last - first) / 40;
        first -= margin;
        last += margin;
        const bool narrow = last - first <= 3 * kSizeChartDayMs;
        //: Day and time on the time axis, as a Qt date format (d day, MMM short month name)
        m_x->setFormat(narrow ? tr("d MMM HH:mm") : tr("d MMM"));
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    }
    // Four intervals of 1, 2 or 5 times a power of ten, so every tick is a whole number of users.
    const double wanted = std::max(1.0, double(largest) * 1.1 / 4);
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    double interval = magnitude * 10;
    for (double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (factor * magnitude >= wanted) {
            interval = factor * magnitude;
            break;
        }
    }
    m_y->setRange(0, interval * 4);
}

QList<QPointF> CohortSizeChart::points() const
{
    return m_line->points();
}

QString CohortSizeChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_history.size())
        return {};
    const CohortSizePoint &p = m_history.at(index);
    return tr("%1\n%2").arg(CohortFormat::members(p.size), CohortFormat::exactTime(p.computedAtMs, m_zone));
}

void CohortSizeChart::applyColours()
{
    const QPalette pal = palette();
    charts::applyPalette(m_chart, pal);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    m_x->setGridLineVisible(false);
    QPen pen(theme::series(pal));
    pen.setWidthF(2.5);
    m_line->setPen(pen);
    m_line->setBrush(theme::series(pal));
}

void CohortSizeChart::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange
        || e->type() == QEvent::StyleChange)
        applyColours();
}

} // namespace pulse::ui
