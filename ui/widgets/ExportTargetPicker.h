// What an export writes and in which format, chosen from one list: the site's raw events, any table of
// the overview (totals, the time series, the top tables), a saved funnel, a saved retention report or
// a cohort's members. The saved definitions come from the workspace client for the current site.
// request() turns the choice and a date range into the ExportRequest the export queue runs.
#pragma once

#include "access/SiteStore.h"
#include "export/ExportRequest.h"
#include "models/DateRange.h"
#include "workspace/WorkspaceClient.h"

#include <QWidget>

#include <optional>

class QComboBox;

namespace pulse::ui {

class ExportTargetPicker final : public QWidget {
    Q_OBJECT
public:
    explicit ExportTargetPicker(WorkspaceClient &client, QWidget *parent = nullptr);

    // Loads the site's saved funnels, retention reports and cohorts into the list.
    void setSite(const std::optional<Site> &site);
    // The request for range (whole days in the site's zone); nullopt with *error when nothing can be
    // exported (no site, or a saved definition that is gone).
    std::optional<ExportRequest> request(const DateRange &range, QString *error) const;
    // Selects what request describes (a schedule being edited); false when it is not in the list.
    bool select(const ExportRequest &request);
    // "Raw events", "Top pages", "Funnel: Checkout", ... for lists of jobs and schedules.
    static QString describe(const ExportRequest &request);

    QComboBox *whatCombo() const { return m_what; }
    QComboBox *formatCombo() const { return m_format; }

Q_SIGNALS:
    // The saved definitions of the site are in the list.
    void loaded();

private:
    struct Choice {
        ExportRequest::Kind kind = ExportRequest::Kind::Events;
        QString table; // stats
        qint64 id = 0; // funnel, retention report or cohort
    };
    void rebuild();

    WorkspaceClient &m_client;
    std::optional<Site> m_site;
    QList<SavedFunnel> m_funnels;
    QList<SavedRetentionReport> m_reports;
    QList<Cohort> m_cohorts;
    QList<Choice> m_choices; // parallel to m_what's items that are not separators
    int m_pending = 0;
    QComboBox *m_what;
    QComboBox *m_format;
};

} // namespace pulse::ui
