// Colours derived from the application palette, so every widget and chart reads well in the light and
// the dark system theme alike. Nothing in ui/ hard-codes a colour outside this file.
#pragma once

#include <QColor>
#include <QPalette>

namespace pulse::ui::theme {

// True when the window background is darker than its text (a dark system theme).
bool isDark(const QPalette &palette);
// Change indicators: a green and a red with enough contrast on the palette's base colour.
QColor positive(const QPalette &palette);
QColor negative(const QPalette &palette);
// Secondary text (captions, hints): the text colour blended toward the background.
QColor muted(const QPalette &palette);
// The main chart series (the palette's highlight) and the comparison series (muted).
QColor series(const QPalette &palette);
QColor seriesFill(const QPalette &palette);
QColor previousSeries(const QPalette &palette);
// A panel background one step away from the window colour (tiles, chips).
QColor panel(const QPalette &palette);
// Distinct colours for the series of a breakdown; index 0 is series().
QColor categorical(const QPalette &palette, int index);
QColor blend(const QColor &a, const QColor &b, double t);

} // namespace pulse::ui::theme
