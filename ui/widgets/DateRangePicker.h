// The range every page shows: a preset combo (with keyboard shortcuts as actions), a custom range
// dialog, and the "compare with previous period" switch.
#pragma once

#include "models/DateRange.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;

namespace pulse::ui {

class DateRangePicker final : public QWidget {
    Q_OBJECT
public:
    explicit DateRangePicker(QWidget *parent = nullptr);

    // Presets are resolved against this date (the site's "today"); re-resolves the current preset.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    DateRange range() const { return m_range; }
    bool compare() const;

    void setPreset(DateRange::Preset preset);
    void setCustom(QDate first, QDate last);
    void setCompare(bool on);
    // Whether the page on screen can compare with the previous period (the Funnels page cannot):
    // greys out the switch and its menu action without forgetting the choice.
    void setCompareAvailable(bool available);
    // One action per preset plus "compare", with shortcuts (Alt+1 … Alt+6, Alt+0 custom, Alt+P);
    // the main window puts them in its menu.
    QList<QAction *> actions() const { return m_actions; }

Q_SIGNALS:
    void changed();

private:
    void onComboActivated(int index);
    void askCustomRange();
    void apply(const DateRange &range);

    QComboBox *m_combo;
    QCheckBox *m_compare;
    QList<QAction *> m_actions;
    QAction *m_compareAction = nullptr;
    QDate m_today;
    DateRange m_range;
};

} // namespace pulse::ui
