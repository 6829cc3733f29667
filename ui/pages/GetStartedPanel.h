// First-run help on the overview: how to add a site and its tracker snippet (with the real local
// collector address), and a button that loads the demo site so there is something to look at.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pulse::ui {

class TrackerSnippet;

class GetStartedPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit GetStartedPanel(QWidget *parent = nullptr);

    // No site yet: ask for a domain. With a site: show its snippet (collectorUrl empty when the
    // collector is not running).
    void showNoSites();
    void showSite(const QString &domain, const QString &siteKey, const QString &collectorUrl);
    void setDemoBusy(bool busy);
    void setMessage(const QString &text);
    bool isDemoBusy() const;
    TrackerSnippet *snippet() const { return m_snippet; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void addSiteRequested(const QString &domain);
    void loadDemoRequested();

private:
    QLabel *m_heading;
    QLabel *m_intro;
    QWidget *m_addSiteRow;
    QLineEdit *m_domain;
    TrackerSnippet *m_snippet;
    QPushButton *m_demo;
    QProgressBar *m_busy;
    QLabel *m_message;
};

} // namespace pulse::ui
