// The workbench window: a sidebar with the pages (Overview, Live, Funnels, Retention, Cohorts, …, Settings), a toolbar
// with the site and the date range that apply to every page, and a status bar with the collector's address. Geometry
// and state are kept in QSettings. Settings > Language and Help > About live in its menus.
#pragma once

#include "workspace/Keychain.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace pulse::ui {

class DateRangePicker;
class FunnelsPage;
class LivePage;
class OverviewPage;
class AlertNotifier;
class AlertsPage;
class CohortsPage;
class ExportsPage;
class ImportsPage;
class WebhooksPage;
class SettingsPage;
class RetentionPage;
class SiteSelector;
class WorkspaceClient;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Overview, Live, Funnels, Retention, Cohorts, Alerts, Webhooks, Imports, Exports, Settings };

    explicit MainWindow(WorkspaceClient &client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Text for the status bar: where the collector listens, or why it does not.
    void setCollectorStatus(const QString &text);
    void showPage(Page page);
    Page currentPage() const;
    // Lists the sites again; selects selectId when given.
    void reloadSites(qint64 selectId = 0);
    // Brings the window to the front (a second launch asked for it).
    void activate();
    // The workspace folder, for the About dialog.
    void setDataFolder(const QString &path);
    void showAbout();

    OverviewPage *overview() const { return m_overview; }
    LivePage *live() const { return m_live; }
    FunnelsPage *funnels() const { return m_funnels; }
    RetentionPage *retention() const { return m_retention; }
    CohortsPage *cohorts() const { return m_cohorts; }
    AlertsPage *alerts() const { return m_alerts; }
    AlertNotifier *alertNotifier() const { return m_notifier; }
    WebhooksPage *webhooks() const { return m_webhooks; }
    ImportsPage *imports() const { return m_imports; }
    ExportsPage *exports() const { return m_exports; }
    SettingsPage *settingsPage() const { return m_settings; }
    SiteSelector *siteSelector() const { return m_sites; }
    DateRangePicker *rangePicker() const { return m_range; }

Q_SIGNALS:
    // The user asked to restart (a new language): the application closes this window, shuts down and
    // starts itself again.
    void restartRequested();
    // File > Workspace: show url's workspace instead (empty: this computer's). The application closes
    // this window and opens one on the chosen workspace.
    void workspaceSwitchRequested(const QUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void applyContext();
    void updateToday();
    void onReachability(bool reachable, const QString &message);

    WorkspaceClient &m_client;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    OverviewPage *m_overview;
    LivePage *m_live;
    FunnelsPage *m_funnels;
    RetentionPage *m_retention;
    CohortsPage *m_cohorts;
    AlertsPage *m_alerts;
    AlertNotifier *m_notifier;
    WebhooksPage *m_webhooks;
    ImportsPage *m_imports;
    ExportsPage *m_exports;
    SettingsPage *m_settings;
    SiteSelector *m_sites;
    DateRangePicker *m_range;
    QLabel *m_collector;
    QLabel *m_connection;
    Keychain m_keychain;
    QString m_dataFolder;
};

} // namespace pulse::ui
