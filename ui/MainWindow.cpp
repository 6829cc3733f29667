// Main window: wires the shared context (site, range) to the pages and keeps the window's layout.
#include "MainWindow.h"

#include "AlertNotifier.h"
#include "about/AboutDialog.h"
#include "i18n/LanguageMenu.h"
#include "pages/AlertsPage.h"
#include "pages/CohortsPage.h"
#include "pages/ExportsPage.h"
#include "pages/FunnelsPage.h"
#include "pages/ImportsPage.h"
#include "pages/LivePage.h"
#include "pages/OverviewPage.h"
#include "pages/RetentionPage.h"
#include "pages/SettingsPage.h"
#include "pages/WebhooksPage.h"
#include "widgets/DateRangePicker.h"
#include "widgets/SiteSelector.h"
#include "widgets/WorkspaceMenu.h"
#include "workspace/FutureWatch.h"
#include "workspace/WorkspaceClient.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
const QString kGeometryKey = QStringLiteral("ui/mainWindow/geometry");
const QString kStateKey = QStringLiteral("ui/mainWindow/state");
const QString kPageKey = QStringLiteral("ui/mainWindow/page");
const QString kCompareKey = QStringLiteral("ui/compare");
} // namespace

MainWindow::MainWindow(WorkspaceClient &client, QWidget *parent)
    : QMainWindow(parent),
      m_client(client),
      m_sidebar(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_overview(new OverviewPage(client, m_stack)),
      m_live(new LivePage(client, m_stack)),
      m_funnels(new FunnelsPage(client, m_stack)),
      m_retention(new RetentionPage(client, m_stack)),
      m_cohorts(new CohortsPage(client, m_stack)),
      m_alerts(new AlertsPage(client, m_stack)),
      m_notifier(new AlertNotifier(client, this)),
      m_webhooks(new WebhooksPage(client, m_stack)),
      m_imports(new ImportsPage(client, m_stack)),
      m_exports(new ExportsPage(client, m_stack)),
      m_settings(new SettingsPage(client, m_stack)),
      m_sites(new SiteSelector(this)),
      m_range(new DateRangePicker(this)),
      m_collector(new QLabel(this)),
      m_connection(new QLabel(this)),
      m_keychain(QStringLiteral("Pulse"))
{
    //: The window's title while it shows a remote server's workspace: "Pulse — pulse.example.com".
    setWindowTitle(client.serverUrl().isEmpty() ? tr("Pulse") : tr("Pulse — %1").arg(client.serverUrl().host()));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->addItem(tr("Overview"));
    m_sidebar->addItem(tr("Live"));
    m_sidebar->addItem(tr("Funnels"));
    m_sidebar->addItem(tr("Retention"));
    m_sidebar->addItem(tr("Cohorts"));
    m_sidebar->addItem(tr("Alerts"));
    m_sidebar->addItem(tr("Webhooks"));
    m_sidebar->addItem(tr("Imports"));
    m_sidebar->addItem(tr("Exports"));
    m_sidebar->addItem(tr("Settings"));
    // The shortcuts of the View menu, spelled as this system writes them ("Strg+1", "⌘1").
    const QStringList shortcuts { tr("Ctrl+1"), tr("Ctrl+2"), tr("Ctrl+3"), tr("Ctrl+4"), tr("Ctrl+5"), tr("Ctrl+6"),
        tr("Ctrl+7"), tr("Ctrl+8"), tr("Ctrl+9"), tr("Ctrl+0") };
    for (int i = 0; i < m_sidebar->count(); ++i) {
        //: A page of the sidebar and its keyboard shortcut: "Funnels (Ctrl+3)".
        m_sidebar->item(i)->setToolTip(tr("%1 (%2)").arg(
            m_sidebar->item(i)->text(), QKeySequence(shortcuts.at(i)).toString(QKeySequence::NativeText)));
    }
    for (int i = 0; i < m_sidebar->count(); ++i)
        m_sidebar->item(i)->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() * 2));
    m_sidebar->setFixedWidth(150);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_live);
    m_stack->addWidget(m_funnels);
    m_stack->addWidget(m_retention);
    m_stack->addWidget(m_cohorts);
    m_stack->addWidget(m_alerts);
    m_stack->addWidget(m_webhooks);
    m_stack->addWidget(m_imports);
    m_stack->addWidget(m_exports);
    m_stack->addWidget(m_settings);
    layout->addWidget(m_sidebar);
    // A remote server that stops answering is said above the pages, not only in failed queries.
    m_connection->setObjectName(QStringLiteral("connectionBanner"));
    m_connection->setWordWrap(true);
    m_connection->setMargin(8);
    m_connection->setStyleSheet(QStringLiteral("background: #fff4d6; color: #5c4400;"));
    m_connection->hide();
    auto *pages = new QVBoxLayout;
    pages->setContentsMargins(0, 0, 0, 0);
    pages->setSpacing(0);
    pages->addWidget(m_connection);
    pages->addWidget(m_stack, 1);
    layout->addLayout(pages, 1);
    connect(&m_client, &WorkspaceClient::reachabilityChanged, this, &MainWindow::onReachability);
    setCentralWidget(central);

    auto *bar = addToolBar(tr("Context"));
    bar->setObjectName(QStringLiteral("contextToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_sites);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_range);
    statusBar()->addWidget(m_collector, 1);
    buildMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        // The live view always shows the last hour; the range applies to the other pages.
        // These have no date range; the Exports page uses it for "export now".
        m_range->setEnabled(row != int(Page::Live) && row != int(Page::Cohorts) && row != int(Page::Alerts)
            && row != int(Page::Webhooks) && row != int(Page::Imports) && row != int(Page::Settings));
        m_range->setCompareAvailable(row == int(Page::Overview));
        if (row == int(Page::Live))
            m_live->refresh();
        m_funnels->refresh();
    });
    connect(m_sites, &SiteSelector::currentSiteChanged, this, &MainWindow::applyContext);
    connect(m_range, &DateRangePicker::changed, this, &MainWindow::applyContext);
    connect(m_overview, &OverviewPage::siteAdded, this, &MainWindow::reloadSites);
    connect(&m_client, &WorkspaceClient::sitesChanged, this, [this] { reloadSites(); });
    auto *dayTimer = new QTimer(this);
    connect(dayTimer, &QTimer::timeout, this, &MainWindow::updateToday);
    dayTimer->start(60 * 1000); // "today" moves at midnight in the site's zone

    QSettings settings;
    m_range->setCompare(settings.value(kCompareKey, true).toBool());
    resize(1200, 800);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    showPage(Page(std::clamp(settings.value(kPageKey, 0).toInt(), 0, int(Page::Settings))));
    reloadSites();
}

MainWindow::~MainWindow() = default;

void MainWindow::onReachability(bool reachable, const QString &message)
{
    if (reachable) {
        m_connection->hide();
        reloadSites(); // the pages ask again
        return;
    }
    m_connection->setText(tr("%1 cannot be reached (%2). Pulse keeps trying and refreshes the pages when it answers "
                             "again.")
                              .arg(m_client.serverUrl().host(), message));
    m_connection->show();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *workspaces = new WorkspaceMenu(m_client.serverUrl(), m_keychain, this);
    connect(workspaces, &WorkspaceMenu::switchRequested, this, &MainWindow::workspaceSwitchRequested);
    file->addMenu(workspaces);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *overview = view->addAction(tr("&Overview"));
    overview->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(overview, &QAction::triggered, this, [this] { showPage(Page::Overview); });
    QAction *live = view->addAction(tr("&Live"));
    live->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(live, &QAction::triggered, this, [this] { showPage(Page::Live); });
    QAction *funnels = view->addAction(tr("&Funnels"));
    funnels->setShortcut(QKeySequence(tr("Ctrl+3")));
    connect(funnels, &QAction::triggered, this, [this] { showPage(Page::Funnels); });
    QAction *retention = view->addAction(tr("R&etention"));
    retention->setShortcut(QKeySequence(tr("Ctrl+4")));
    connect(retention, &QAction::triggered, this, [this] { showPage(Page::Retention); });
    QAction *cohorts = view->addAction(tr("&Cohorts"));
    cohorts->setShortcut(QKeySequence(tr("Ctrl+5")));
    connect(cohorts, &QAction::triggered, this, [this] { showPage(Page::Cohorts); });
    QAction *alerts = view->addAction(tr("&Alerts"));
    alerts->setShortcut(QKeySequence(tr("Ctrl+6")));
    connect(alerts, &QAction::triggered, this, [this] { showPage(Page::Alerts); });
    QAction *webhooks = view->addAction(tr("&Webhooks"));
    webhooks->setShortcut(QKeySequence(tr("Ctrl+7")));
    connect(webhooks, &QAction::triggered, this, [this] { showPage(Page::Webhooks); });
    QAction *imports = view->addAction(tr("&Imports"));
    imports->setShortcut(QKeySequence(tr("Ctrl+8")));
    connect(imports, &QAction::triggered, this, [this] { showPage(Page::Imports); });
    QAction *exports = view->addAction(tr("E&xports"));
    exports->setShortcut(QKeySequence(tr("Ctrl+9")));
    connect(exports, &QAction::triggered, this, [this] { showPage(Page::Exports); });
    QAction *reload = view->addAction(tr("&Refresh"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, [this] {
        m_overview->refresh();
        m_live->refresh();
        m_funnels->refresh();
        m_retention->refresh();
        m_cohorts->refresh();
        m_alerts->refresh();
        m_webhooks->refresh();
        m_imports->refresh();
        m_exports->refresh();
        m_settings->refresh();
    });
    QMenu *range = menuBar()->addMenu(tr("&Range"));
    range->addActions(m_range->actions());
    range->insertSeparator(m_range->actions().constLast());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *workspaceSettings = settings->addAction(tr("&Workspace settings…"));
    workspaceSettings->setShortcut(QKeySequence(tr("Ctrl+0")));
    workspaceSettings->setMenuRole(QAction::PreferencesRole);
    connect(workspaceSettings, &QAction::triggered, this, [this] { showPage(Page::Settings); });
    settings->addSeparator();
    QAction *notify = settings->addAction(tr("&Notify me when an alert fires"));
    notify->setCheckable(true);
    notify->setChecked(m_notifier->isEnabled());
    connect(notify, &QAction::toggled, m_notifier, &AlertNotifier::setEnabled);
    // LanguageSelector made the chosen language the default locale, so QLocale() names the one in effect.
    auto *language = new LanguageMenu(QLocale::languageToCode(QLocale().language()), settings);
    settings->addMenu(language);
    connect(language, &LanguageMenu::restartRequested, this, &MainWindow::restartRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Pulse"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::setCollectorStatus(const QString &text)
{
    m_collector->setText(text);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::max(0, m_stack->currentIndex()));
}

void MainWindow::reloadSites(qint64 selectId)
{
    whenFinished(this, m_client.sites(), [this, selectId](const QList<Site> &sites) {
        m_sites->setSites(sites);
        if (selectId != 0)
            m_sites->selectSite(selectId);
        applyContext();
    });
}

void MainWindow::updateToday()
{
    const std::optional<Site> site = m_sites->currentSite();
    const QTimeZone zone(site ? site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_client.nowMs(), zone.isValid() ? zone : QTimeZone::utc());
    m_range->setToday(now.date()); // emits changed() when the day moved, which comes back here
}

void MainWindow::applyContext()
{
    const QSignalBlocker blocker(m_range);
    updateToday();
    const std::optional<Site> site = m_sites->currentSite();
    m_overview->setContext(site, m_range->range(), m_range->compare());
    m_live->setSite(site);
    m_funnels->setContext(site, m_range->range());
    m_retention->setContext(site, m_range->range());
    m_cohorts->setSite(site);
    m_alerts->setSite(site);
    m_webhooks->setSite(site);
    m_imports->setSite(site);
    m_exports->setContext(site, m_range->range());
}

void MainWindow::setDataFolder(const QString &path)
{
    m_dataFolder = path;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_dataFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::activate()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, int(currentPage()));
    settings.setValue(kCompareKey, m_range->compare());
    QMainWindow::closeEvent(event);
}

} // namespace pulse::ui
