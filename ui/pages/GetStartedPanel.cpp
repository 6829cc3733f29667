// First-run panel; the page decides when to show it (no site, or a site without events).
#include "pages/GetStartedPanel.h"

#include "widgets/TrackerSnippet.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulse::ui {

GetStartedPanel::GetStartedPanel(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_addSiteRow(new QWidget(this)),
      m_domain(new QLineEdit(m_addSiteRow)), m_snippet(new TrackerSnippet(this)),
      m_demo(new QPushButton(tr("Load &demo data"), this)), m_busy(new QProgressBar(this)), m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout(m_addSiteRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_domain->setPlaceholderText(tr("example.com"));
    m_domain->setMaximumWidth(320);
    auto *add = new QPushButton(tr("&Add site"), m_addSiteRow);
    row->addWidget(new QLabel(tr("Domain:"), m_addSiteRow));
    row->addWidget(m_domain);
    row->addWidget(add);
    row->addStretch(1);
    const auto requestAdd = [this] {
        if (!m_domain->text().trimmed().isEmpty())
            Q_EMIT addSiteRequested(m_domain->text().trimmed());
    };
    connect(add, &QPushButton::clicked, this, requestAdd);
    connect(m_domain, &QLineEdit::returnPressed, this, requestAdd);

    auto *demoRow = new QHBoxLayout;
    m_demo->setToolTip(tr("Adds the site demo.pulse.local with weeks of realistic traffic"));
    m_busy->setRange(0, 0); // indeterminate: the generator reports no steps
    m_busy->setMaximumWidth(200);
    m_busy->setVisible(false);
    demoRow->addWidget(m_demo);
    demoRow->addWidget(m_busy);
    demoRow->addStretch(1);
    m_message->setWordWrap(true);

    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_addSiteRow);
    layout->addWidget(m_snippet);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Or explore Pulse with generated data first:"), this));
    layout->addLayout(demoRow);
    layout->addWidget(m_message);
    connect(m_demo, &QPushButton::clicked, this, &GetStartedPanel::loadDemoRequested);
    showNoSites();
}

void GetStartedPanel::showNoSites()
{
    m_heading->setText(tr("Welcome to Pulse"));
    m_intro->setText(tr("Add the website you want to measure. Pulse then gives you a one-line script to paste "
                        "into its pages; the events stay on this computer."));
    m_addSiteRow->setVisible(true);
    m_snippet->setVisible(false);
}

void GetStartedPanel::showSite(const QString &domain, const QString &siteKey, const QString &collectorUrl)
{
    m_heading->setText(tr("No events for %1 yet").arg(domain));
    m_addSiteRow->setVisible(false);
    if (collectorUrl.isEmpty()) {
        m_intro->setText(tr("The collector is not running, so this site cannot receive events now. Restart Pulse "
                            "on a free port to collect."));
        m_snippet->setVisible(false);
        return;
    }
    m_intro->setText(tr("Paste this script into the <head> of every page of %1. Pageviews appear on the Live page "
                        "within seconds, and here once they fall into the selected range.")
                         .arg(domain));
    m_snippet->setSite(siteKey, collectorUrl);
    m_snippet->setVisible(true);
}

void GetStartedPanel::setDemoBusy(bool busy)
{
    m_demo->setEnabled(!busy);
    m_busy->setVisible(busy);
    if (busy)
        m_message->setText(tr("Generating the demo traffic…"));
}

void GetStartedPanel::setMessage(const QString &text) { m_message->setText(text); }

bool GetStartedPanel::isDemoBusy() const { return !m_demo->isEnabled(); }

} // namespace pulse::ui
