// The funnel definition as a form: the steps (added, removed, reordered), the order mode, the
// conversion window, exclusions and the breakdown. It knows nothing of sites or dates; the page adds
// those when it runs the query.
#pragma once

#include "analytics/cohort/Cohort.h"
#include "analytics/funnel/FunnelQuery.h"
#include "widgets/FunnelCompletions.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace pulse::ui {

class CohortBreakdown;
class CohortChecklist;
class FunnelExclusionEditor;
class FunnelStepEditor;

class FunnelBuilder final : public QWidget {
    Q_OBJECT
public:
    enum class WindowUnit { Minutes, Hours, Days };

    explicit FunnelBuilder(QWidget *parent = nullptr);

    void setCompletions(const FunnelCompletions &completions);
    // The definition on screen (siteId, range and bots left at their defaults).
    FunnelQuery query() const;
    void setQuery(const FunnelQuery &query);
    // Two empty steps and the defaults: what a new funnel starts from.
    void clear();
    // What to change before the funnel can run, in words a user acts on; empty when it can run.
    QString problem() const;

    FunnelStepEditor *addStep();
    void removeStep(int index);
    void moveStep(int index, int delta);
    FunnelExclusionEditor *addExclusion();

    QList<FunnelStepEditor *> stepEditors() const { return m_steps; }
    QList<FunnelExclusionEditor *> exclusionEditors() const { return m_exclusions; }
    QPushButton *addStepButton() const { return m_addStep; }
    QPushButton *addExclusionButton() const { return m_addExclusion; }
    QComboBox *orderEdit() const { return m_order; }
    QSpinBox *windowEdit() const { return m_window; }
    QComboBox *windowUnitEdit() const { return m_windowUnit; }
    QComboBox *breakdownEdit() const { return m_breakdown; }
    // The site's saved cohorts: with any, the breakdown offers them side by side (CohortBreakdown).
    void setCohorts(const QList<Cohort> &cohorts);
    CohortChecklist *cohortChecklist() const;

Q_SIGNALS:
    void changed();

private:
    void renumber();
    void removeExclusion(FunnelExclusionEditor *editor);
    void onUnitChanged();
    void setBreakdownItems(const QStringList &properties);

    FunnelCompletions m_completions;
    QVBoxLayout *m_stepLayout;
    QVBoxLayout *m_exclusionLayout;
    QList<FunnelStepEditor *> m_steps;
    QList<FunnelExclusionEditor *> m_exclusions;
    QPushButton *m_addStep;
    QPushButton *m_addExclusion;
    QComboBox *m_order;
    QSpinBox *m_window;
    QComboBox *m_windowUnit;
    QComboBox *m_breakdown;
    CohortBreakdown *m_cohorts;
};

} // namespace pulse::ui
