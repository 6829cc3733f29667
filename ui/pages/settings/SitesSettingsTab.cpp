#include "pages/settings/SitesSettingsTab.h"

#include "pages/settings/SettingsFormat.h"
#include "pages/settings/SiteSettingsDialog.h"
#include "widgets/ListTable.h"
#include "workspace/FutureWatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pulse::ui {

SitesSettingsTab::SitesSettingsTab(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_message(new QLabel(this)),
      m_table(listTable({ tr("Name"), tr("Domain"), tr("Time zone"), tr("Keep events"), tr("Visitors"), tr("Quota"),
                            tr("Allowed origins") },
          this)),
      m_add(new QPushButton(tr("&Add site…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this))
{
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_edit, m_delete })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addSite()->open(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (SiteSettingsDialog *dialog = editSelected())
            dialog->open();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const std::optional<Site> site = selectedSite();
        if (!site)
            return;
        QMessageBox box(QMessageBox::Warning, tr("Delete site"), deleteQuestion(), QMessageBox::Cancel, this);
        QPushButton *confirm = box.addButton(tr("Delete site and its data"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == confirm)
            deleteSelected();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SitesSettingsTab::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (SiteSettingsDialog *dialog = editSelected())
            dialog->open();
    });
    connect(&m_client, &WorkspaceClient::sitesChanged, this, &SitesSettingsTab::refresh);
    updateButtons();
}

void SitesSettingsTab::refresh()
{
    whenFinished(this, m_client.sites(), [this](const QList<Site> &sites) {
        showSites(sites);
        Q_EMIT sitesLoaded();
    });
}

void SitesSettingsTab::showSites(const QList<Site> &sites)
{
    const std::optional<Site> selected = selectedSite();
    m_sites = sites;
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
        m_table->setRowCount(int(m_sites.size()));
        for (int row = 0; row < m_sites.size(); ++row) {
            const Site &s = m_sites.at(row);
            m_table->setItem(row, 0, listCell(s.name));
            m_table->setItem(row, 1, listCell(s.domain));
            m_table->setItem(row, 2, listCell(s.timeZone));
            m_table->setItem(row, 3, listCell(SettingsFormat::retention(s.settings.retentionDays)));
            m_table->setItem(row, 4, listCell(SettingsFormat::identityMode(s.settings.identityMode)));
            m_table->setItem(row, 5, listCell(SettingsFormat::quota(s.settings.ingestQuotaPerMinute)));
            m_table->setItem(row, 6,
                listCell(s.settings.allowedOrigins.isEmpty() ? tr("Any")
                                                             : s.settings.allowedOrigins.join(QStringLiteral(", "))));
            if (selected && selected->id == s.id)
                m_table->selectRow(row);
        }
        m_table->resizeColumnsToContents();
    }
    m_message->setText(m_sites.isEmpty() ? tr("No sites yet. Add one to start collecting events.") : QString());
    updateButtons();
}

std::optional<Site> SitesSettingsTab::selectedSite() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_sites.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_sites.at(row);
}

void SitesSettingsTab::selectSite(qint64 id)
{
    for (int row = 0; row < m_sites.size(); ++row) {
        if (m_sites.at(row).id == id)
            m_table->selectRow(row);
    }
}

void SitesSettingsTab::updateButtons()
{
    const bool selected = selectedSite().has_value();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

SiteSettingsDialog *SitesSettingsTab::addSite()
{
    auto *dialog = new SiteSettingsDialog(m_client, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

SiteSettingsDialog *SitesSettingsTab::editSelected()
{
    const std::optional<Site> site = selectedSite();
    if (!site)
        return nullptr;
    auto *dialog = new SiteSettingsDialog(m_client, site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QString SitesSettingsTab::deleteQuestion() const
{
    const std::optional<Site> site = selectedSite();
    if (!site)
        return QString();
    return tr("Delete the site %1 (%2)?\n\nThis deletes every event, visit and quarantined event stored for it, its "
              "saved funnels, retention reports, cohorts, alerts, webhooks and imports, and the API keys limited to "
              "it. Its site key stops working at once. This cannot be undone.")
        .arg(site->name, site->domain);
}

void SitesSettingsTab::deleteSelected()
{
    const std::optional<Site> site = selectedSite();
    if (!site)
        return;
    whenFinished(this, m_client.deleteSite(site->id), [this](const SiteReply &reply) {
        m_message->setText(reply.ok() ? tr("Deleted the site %1.").arg(reply.site.domain) : reply.error);
        Q_EMIT actionFinished(reply.error);
    });
}

} // namespace pulse::ui
