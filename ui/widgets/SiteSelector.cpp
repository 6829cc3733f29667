// Site selector combo; the choice is saved in QSettings so the workbench reopens on the same site.
#include "widgets/SiteSelector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace pulse::ui {

namespace {
const QString kSettingsKey = QStringLiteral("ui/site");
} // namespace

SiteSelector::SiteSelector(QWidget *parent) : QWidget(parent), m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Site:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    m_combo->setMinimumContentsLength(30);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setPlaceholderText(tr("No sites yet"));
    connect(m_combo, &QComboBox::currentIndexChanged, this, &SiteSelector::onIndexChanged);
}

void SiteSelector::setSites(const QList<Site> &sites)
{
    const std::optional<Site> before = currentSite();
    const QString wanted = before ? before->domain : QSettings().value(kSettingsKey).toString();
    m_updating = true;
    m_sites = sites;
    m_combo->clear();
    int select = sites.isEmpty() ? -1 : 0;
    for (int i = 0; i < sites.size(); ++i) {
        const Site &site = sites.at(i);
        m_combo->addItem(site.name.isEmpty() || site.name == site.domain ? site.domain
                                                                         : tr("%1 (%2)").arg(site.name, site.domain));
        if (site.domain == wanted)
            select = i;
    }
    m_combo->setCurrentIndex(select);
    m_updating = false;
    const std::optional<Site> after = currentSite();
    if (before != after)
        Q_EMIT currentSiteChanged();
}

std::optional<Site> SiteSelector::currentSite() const
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_sites.size())
        return std::nullopt;
    return m_sites.at(index);
}

void SiteSelector::selectSite(qint64 siteId)
{
    for (int i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i).id == siteId)
            m_combo->setCurrentIndex(i);
    }
}

void SiteSelector::onIndexChanged(int)
{
    if (m_updating)
        return;
    if (const std::optional<Site> site = currentSite())
        QSettings().setValue(kSettingsKey, site->domain);
    Q_EMIT currentSiteChanged();
}

} // namespace pulse::ui
