// Chart styling from the palette (see ChartStyle.h).
#include "charts/ChartStyle.h"

#include "widgets/Theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QVBoxLayout>

namespace pulse::ui::charts {

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = theme::blend(palette.color(QPalette::Base), text, 0.12);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(theme::muted(palette));
        axis->setTitleBrush(theme::muted(palette));
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineVisible(false);
        axis->setTruncateLabels(false); // "1,200" elided to "…" helps nobody
    }
}

void embedChart(QWidget *host, QChartView *view, QChart *chart, QAbstractAxis *x, QAbstractAxis *y, int minimumHeight)
{
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
}

} // namespace pulse::ui::charts
