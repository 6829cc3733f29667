// Chart styling from the palette (see ChartStyle.h).
#include "charts/ChartStyle.h"

#include "widgets/Theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

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

} // namespace pulse::ui::charts
