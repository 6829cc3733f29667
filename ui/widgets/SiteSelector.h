// Which site every page shows. Remembers the last choice (by domain) across runs.
#pragma once

#include "access/SiteStore.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;

namespace pulse::ui {

class SiteSelector final : public QWidget
{
    Q_OBJECT
public:
    explicit SiteSelector(QWidget *parent = nullptr);

    // Keeps the current site when it is still listed, else the remembered one, else the first.
    void setSites(const QList<Site> &sites);
    QList<Site> sites() const { return m_sites; }
    std::optional<Site> currentSite() const;
    void selectSite(qint64 siteId);

Q_SIGNALS:
    // Also emitted with an empty optional when the last site disappears.
    void currentSiteChanged();

private:
    void onIndexChanged(int index);

    QComboBox *m_combo;
    QList<Site> m_sites;
    bool m_updating = false;
};

} // namespace pulse::ui
