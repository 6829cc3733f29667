#include "pages/SettingsPage.h"

#include "pages/settings/KeysSettingsTab.h"
#include "pages/settings/SitesSettingsTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace pulse::ui {

SettingsPage::SettingsPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_sites(new SitesSettingsTab(client, m_tabs)),
      m_keys(new KeysSettingsTab(client, m_tabs))
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_sites, tr("&Sites"));
    m_tabs->addTab(m_keys, tr("API &keys"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    refresh();
}

int SettingsPage::addTab(QWidget *tab, const QString &label)
{
    return m_tabs->addTab(tab, label);
}

void SettingsPage::refresh()
{
    m_sites->refresh();
    m_keys->refresh();
}

} // namespace pulse::ui
