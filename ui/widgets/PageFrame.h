// The frame the analysis pages share (Funnels, Retention): a thin busy bar across the top, the form on
// the left at a fixed width (scrolling vertically), a divider, and the results on the right, scrolling
// on their own. One place, so the pages keep the same proportions and behaviour.
#pragma once

#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

namespace pulse::ui::frame {

// Lays out page (which must have no layout yet) around busy, form and results; accessibleBusy names
// what the busy bar stands for ("Running the funnel").
void formAndResults(
    QWidget *page, QProgressBar *busy, const QString &accessibleBusy, QWidget *form, int formWidth, QWidget *results);
// A bold section title.
QLabel *sectionTitle(const QString &text, QWidget *parent);

} // namespace pulse::ui::frame
