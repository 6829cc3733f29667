// "Compare these cohorts": the site's saved cohorts as a list of check boxes, for a breakdown that
// sets cohorts side by side (Retention and Funnels pages). At most a fixed number can be ticked, as
// the engine compares at most that many; a tick beyond it is refused with a tooltip saying so.
#pragma once

#include "analytics/cohort/Cohort.h"

#include <QList>
#include <QListWidget>

namespace pulse::ui {

class CohortChecklist final : public QListWidget {
    Q_OBJECT
public:
    explicit CohortChecklist(int maxChecked, QWidget *parent = nullptr);

    // The site's cohorts, by name. Until the user ticks or clears one (or setCheckedIds), the first
    // ones are ticked, up to the maximum, new cohorts included; after that, ticks stay where the user
    // put them, on the cohorts still listed. An empty list (another site) starts afresh.
    void setCohorts(const QList<Cohort> &cohorts);
    // The ticked cohorts, in list order.
    QList<qint64> checkedIds() const;
    // Ticks exactly these (a saved report or funnel opening); ids not listed are ignored.
    void setCheckedIds(const QList<qint64> &ids);
    int maxChecked() const { return m_max; }

Q_SIGNALS:
    // The user ticked or cleared a cohort, or the ticked set changed with the list.
    void checkedChanged();

private:
    void onItemChanged(QListWidgetItem *item);

    int m_max;
    bool m_chosen = false; // the user (or a saved report) chose the ticks
};

} // namespace pulse::ui
