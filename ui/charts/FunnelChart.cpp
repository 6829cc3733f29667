// Funnel bar chart. Heights are "% of the first step" rather than user counts: that is the figure a
// funnel is read for, it makes breakdown values of very different sizes comparable, and Qt Charts'
// bar labels can only print the bar's own value.
#include "charts/FunnelChart.h"

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
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace pulse::ui {

namespace {
// More bars than this and the percentage labels collide; the tooltip and the table still have them.
constexpr int kMaxLabelledSets = 3;
} // namespace

FunnelChart::FunnelChart(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_x(new QBarCategoryAxis(this)),
      m_y(new QValueAxis(this))
{
    charts::embedChart(this, m_view, m_chart, m_x, m_y, 240);
    // Headroom above 100% for the labels outside the bars; the axis itself stays unlabelled because
    // every bar carries its figure.
    m_y->setRange(0, 112);
    m_y->setLabelsVisible(false);
    m_y->setGridLineVisible(false);
    m_y->setLineVisible(false);
    m_y->setTickCount(2);
    m_x->setGridLineVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    // Bar labels in the workbench's language ("15,8 %" in German), as in the step table below.
    m_chart->setLocalizeNumbers(true);
    setAccessibleName(tr("Funnel chart"));
    applyColours();
}

FunnelChart::~FunnelChart() = default;

const FunnelSeries *FunnelChart::seriesAt(int set) const
{
    if (m_result.breakdown.isEmpty())
        return set == 0 ? &m_result.total : nullptr;
    return set >= 0 && set < m_result.breakdown.size() ? &m_result.breakdown.at(set) : nullptr;
}

void FunnelChart::setResult(const FunnelResult &result)
{
    m_result = result;
    m_chart->removeAllSeries(); // deletes the series and their bar sets
    m_sets.clear();
    m_categories.clear();
    const QList<FunnelStepResult> &steps = m_result.total.steps;
    for (int i = 0; i < steps.size(); ++i) {
        // Two lines under each group: the step, then how many of all users reached it.
        m_categories.append(tr("%1. %2<br>%3")
                                .arg(i + 1)
                                .arg(steps.at(i).label.toHtmlEscaped(), FunnelFormat::users(steps.at(i).users)));
    }
    m_x->setCategories(m_categories);

    auto *series = new QBarSeries;
    const int setCount = m_result.breakdown.isEmpty() ? 1 : int(m_result.breakdown.size());
    for (int s = 0; s < setCount; ++s) {
        const FunnelSeries *source = seriesAt(s);
        auto *set = new QBarSet(m_result.breakdown.isEmpty() ? tr("All users") : source->breakdownValue);
        for (const FunnelStepResult &step : source->steps)
            set->append(std::round(step.conversionFromFirst * 1000.0) / 10.0);
        series->append(set);
        m_sets.append(set);
    }
    series->setBarWidth(m_result.breakdown.isEmpty() ? 0.55 : 0.8);
    series->setLabelsVisible(setCount <= kMaxLabelledSets);
    series->setLabelsFormat(tr("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_chart->legend()->setVisible(!m_result.breakdown.isEmpty());

    connect(series, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tooltipFor(int(m_sets.indexOf(set)), index + 1), this);
    });
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *set) {
        const FunnelSeries *source = seriesAt(int(m_sets.indexOf(set)));
        if (source)
            Q_EMIT stepClicked(index + 1, source->breakdownValue, m_result.breakdown.isEmpty());
    });
    applyColours();
}

QStringList FunnelChart::setNames() const
{
    QStringList names;
    for (const QBarSet *set : m_sets)
        names.append(set->label());
    return names;
}

QList<double> FunnelChart::values(int set) const
{
    QList<double> out;
    if (set < 0 || set >= m_sets.size())
        return out;
    for (int i = 0; i < m_sets.at(set)->count(); ++i)
        out.append(m_sets.at(set)->at(i));
    return out;
}

bool FunnelChart::barLabelsVisible() const
{
    const QList<QAbstractSeries *> series = m_chart->series();
    return !series.isEmpty() && static_cast<QAbstractBarSeries *>(series.first())->isLabelsVisible();
}

QString FunnelChart::tooltipFor(int set, int step) const
{
    const FunnelSeries *source = seriesAt(set);
    if (!source || step < 1 || step > source->steps.size())
        return {};
    const FunnelStepResult &result = source->steps.at(step - 1);
    QString text = m_result.breakdown.isEmpty() ? tr("%1. %2").arg(step).arg(result.label)
                                                : tr("%1. %2 — %3").arg(step).arg(result.label, source->breakdownValue);
    text += QLatin1Char('\n') + FunnelFormat::users(result.users);
    text += QLatin1Char('\n') + tr("%1 of step 1").arg(FunnelFormat::percent(result.conversionFromFirst));
    if (step > 1) {
        text += QLatin1Char('\n')
            + tr("%1 of step %2, %3 dropped off")
                  .arg(FunnelFormat::percent(result.conversionFromPrevious))
                  .arg(step - 1)
                  .arg(QLocale().toString(result.dropOff));
    }
    text += QLatin1Char('\n') + tr("Click to list these users");
    return text;
}

void FunnelChart::applyColours()
{
    const QPalette pal = palette();
    charts::applyPalette(m_chart, pal);
    m_y->setLineVisible(false);
    m_y->setGridLineVisible(false);
    m_x->setGridLineVisible(false);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    for (int i = 0; i < m_sets.size(); ++i) {
        const QColor colour = theme::categorical(pal, i);
        m_sets.at(i)->setColor(colour);
        m_sets.at(i)->setBorderColor(colour);
        m_sets.at(i)->setLabelColor(pal.color(QPalette::Text));
    }
}

void FunnelChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::StyleChange)
        applyColours();
}

} // namespace pulse::ui
