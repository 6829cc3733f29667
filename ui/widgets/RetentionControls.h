// The Retention page's form: start and return events, first-time or recurring cohorts, the period and
// how many of them, a breakdown property and whether bots count. It builds the query's analysis fields;
// the page adds the site and the date range. A row is reserved for the cohort filter (see
// setCohortFilter), which belongs to the cohorts work and is wired there.
#pragma once

#include "analytics/EventCatalog.h"
#include "analytics/cohort/Cohort.h"
#include "analytics/retention/RetentionQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSpinBox;

namespace pulse::ui {

class CohortBreakdown;
class CohortChecklist;
class RetentionEventEditor;

class RetentionControls final : public QWidget {
    Q_OBJECT
public:
    explicit RetentionControls(QWidget *parent = nullptr);

    // Offers the site's event names and its custom properties (as prop.KEY) besides the built-in ones.
    void setCatalog(const EventCatalog &catalog);
    // Writes the form's fields into query (siteId, range and time zone are left as they are).
    void apply(RetentionQuery *query) const;
    void setQuery(const RetentionQuery &query);
    // What to change before the query can run, in the user's words; empty when it can.
    QString problem() const;

    // The cohort filter's place: a row after the return event holding editor; the query carries
    // setCohortId()'s id (0: every user). Emits changed() when the id changes.
    void setCohortFilter(const QString &label, QWidget *editor);
    void setCohortId(qint64 id);
    // The site's saved cohorts: with any, the breakdown offers them side by side, and a list below it
    // says which (up to RetentionQuery::kMaxBreakdownCohorts).
    void setCohorts(const QList<Cohort> &cohorts);
    CohortChecklist *cohortChecklist() const;
    qint64 cohortId() const { return m_cohortId; }

    RetentionEventEditor *startEditor() const { return m_start; }
    RetentionEventEditor *returnEditor() const { return m_return; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *periodCombo() const { return m_period; }
    QSpinBox *periodsSpin() const { return m_periods; }
    QComboBox *breakdownCombo() const { return m_breakdown; }
    QCheckBox *botsCheck() const { return m_bots; }

Q_SIGNALS:
    void changed();

private:
    void updatePeriodsSuffix();

    QFormLayout *m_form;
    RetentionEventEditor *m_start;
    RetentionEventEditor *m_return;
    QComboBox *m_type;
    QComboBox *m_period;
    QSpinBox *m_periods;
    QComboBox *m_breakdown;
    QCheckBox *m_bots;
    QWidget *m_cohortFilter = nullptr;
    qint64 m_cohortId = 0;
    CohortBreakdown *m_cohorts;
};

} // namespace pulse::ui
