// Applies the application palette to a Qt Chart (background, axes, grid, legend), so charts follow
// the light or dark system theme like the widgets around them. Qt Charts is used only in ui/charts/.
#pragma once

#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace pulse::ui::charts {

void applyPalette(QChart *chart, const QPalette &palette);

} // namespace pulse::ui::charts
