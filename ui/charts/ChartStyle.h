// Applies the application palette to a Qt Chart (background, axes, grid, legend), so charts follow
// the light or dark system theme like the widgets around them. Qt Charts is used only in ui/charts/.
#pragma once

#include <QPalette>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
class QWidget;
QT_END_NAMESPACE

namespace pulse::ui::charts {

void applyPalette(QChart *chart, const QPalette &palette);

// Fills host with an antialiased view of chart, edge to edge, with x at the bottom and y on the
// left: the frame every bar chart of the app starts from.
void embedChart(QWidget *host, QChartView *view, QChart *chart, QAbstractAxis *x, QAbstractAxis *y, int minimumHeight);

} // namespace pulse::ui::charts
