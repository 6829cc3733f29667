// "Saved cohorts, side by side" for a form's breakdown combo box: the item appears while the site has
// saved cohorts, and a Compare row under the breakdown (a CohortChecklist) says which cohorts are the
// series. Shared by the Retention and Funnels forms so both offer and check it the same way.
#pragma once

#include "analytics/cohort/Cohort.h"

#include <QList>
#include <QObject>

class QComboBox;
class QFormLayout;

namespace pulse::ui {

class CohortChecklist;

class CohortBreakdown final : public QObject {
    Q_OBJECT
public:
    // Adds the Compare row to form, right after the row of breakdown.
    CohortBreakdown(QComboBox *breakdown, QFormLayout *form, int maxCohorts, QWidget *parent);

    // The site's cohorts by name. Emits changed() when the cohort breakdown is chosen and its series
    // change; an empty list takes the item away (and chooses no breakdown if it was chosen).
    void setCohorts(const QList<Cohort> &cohorts);
    // Puts the item back after the owner refilled the combo box (call with its signals blocked).
    void addItem();
    bool isChosen() const;
    // The series of a chosen cohort breakdown; empty when it is not chosen.
    QList<qint64> seriesIds() const;
    // A saved definition opening: ticks these when the breakdown is "cohort".
    void setSeriesIds(const QList<qint64> &ids);
    // What to change, in the user's words; empty when the breakdown can run.
    QString problem() const;
    // Shows the Compare row only while the cohort breakdown is chosen.
    void updateVisibility();
    CohortChecklist *checklist() const { return m_list; }

    static QString key() { return QStringLiteral("cohort"); }

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_breakdown;
    QFormLayout *m_form;
    CohortChecklist *m_list;
};

} // namespace pulse::ui
