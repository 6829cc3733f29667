// The Sites tab of the Settings page: every site of the workspace with its domain, time zone, how long
// events are kept, how visitors are identified and its ingestion quota; Add and Edit open the site's
// settings, Delete asks first, naming the site and everything that goes with it.
#pragma once

#include "access/SiteStore.h"
#include "workspace/WorkspaceClient.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pulse::ui {

class SiteSettingsDialog;

class SitesSettingsTab final : public QWidget {
    Q_OBJECT
public:
    explicit SitesSettingsTab(WorkspaceClient &client, QWidget *parent = nullptr);

    void refresh();
    SiteSettingsDialog *addSite();
    SiteSettingsDialog *editSelected();
    // What the delete confirmation says about the selected site.
    QString deleteQuestion() const;
    void deleteSelected(); // without asking (the button asks first)
    void selectSite(qint64 id);

    QList<Site> sites() const { return m_sites; }
    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void sitesLoaded();
    void actionFinished(const QString &error);

private:
    void showSites(const QList<Site> &sites);
    void updateButtons();
    std::optional<Site> selectedSite() const;

    WorkspaceClient &m_client;
    QList<Site> m_sites;
    QLabel *m_message;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace pulse::ui
