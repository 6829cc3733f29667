// "Users: All users / <cohort>": the cohort filter of the analysis pages. Lists the site's cohorts
// (name and size), follows cohortsChanged, and keeps the chosen cohort across refreshes; if it is
// deleted, the filter falls back to all users and says so through cohortChosen(0).
#pragma once

#include "workspace/WorkspaceClient.h"

#include <QComboBox>

namespace pulse::ui {

class FilterByCohortCombo final : public QComboBox {
    Q_OBJECT
public:
    explicit FilterByCohortCombo(WorkspaceClient &client, QWidget *parent = nullptr);

    // Lists siteId's cohorts (0: none) and chooses "All users".
    void setSite(qint64 siteId);
    qint64 cohortId() const { return currentData().toLongLong(); }
    // Shows id as chosen without emitting cohortChosen (a saved report opening); false, with "All
    // users" chosen, when the site has no such cohort.
    bool showCohort(qint64 id);
    // The site's cohorts as listed, by name.
    QList<qint64> cohortIds() const;
    QList<Cohort> listed() const { return m_listed; }

Q_SIGNALS:
    // The user chose a cohort (0: all users), or the chosen one disappeared.
    void cohortChosen(qint64 id);
    // The list of the site's cohorts was (re)loaded.
    void cohortsListed();

private:
    void reload();
    void fill(const QList<Cohort> &cohorts);

    WorkspaceClient &m_client;
    qint64 m_siteId = 0;
    int m_generation = 0;
    QList<Cohort> m_listed;
};

} // namespace pulse::ui
