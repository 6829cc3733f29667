// The Settings page: the workspace's settings in tabs. Sites (each site's domain, zone, origins,
// retention, bots, Do Not Track, identity and quota) and API keys (create, rotate, revoke, usage) are
// built in; further tabs (the collector, the data folder) are added with addTab().
#pragma once

#include "workspace/WorkspaceClient.h"

#include <QWidget>

class QTabWidget;

namespace pulse::ui {

class KeysSettingsTab;
class SitesSettingsTab;

class SettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(WorkspaceClient &client, QWidget *parent = nullptr);

    // Adds a tab after the built-in ones and returns its index. The page takes ownership of tab.
    int addTab(QWidget *tab, const QString &label);
    // Reads every built-in tab again.
    void refresh();

    QTabWidget *tabs() const { return m_tabs; }
    SitesSettingsTab *sites() const { return m_sites; }
    KeysSettingsTab *keys() const { return m_keys; }

private:
    QTabWidget *m_tabs;
    SitesSettingsTab *m_sites;
    KeysSettingsTab *m_keys;
};

} // namespace pulse::ui
