// pulse_screenshots OUTDIR [--language CODE]: renders the workbench over a temporary workspace (first
// run, then the demo site, then some live traffic) and saves PNGs of each page in the light and a dark
// palette. With --language (de, fr) the workbench speaks that language and the Retention and Cohorts
// pages and the About dialog are rendered too, light only: those pictures are for finding text that a longer translation
// clips. Used by scripts/screenshots.sh under xvfb; not a test.
#include "MainWindow.h"
#include "ServiceHost.h"
#include "about/AboutDialog.h"
#include "analytics/cohort/CohortService.h"
#include "i18n/LanguageSelector.h"
#include "live/LiveAggregator.h"
#include "pages/CohortMembersPanel.h"
#include "pages/CohortsPage.h"
#include "pages/FunnelsPage.h"
#include "pages/LivePage.h"
#include "pages/OverviewPage.h"
#include "pages/GetStartedPanel.h"
#include "pages/RetentionPage.h"
#include "widgets/DateRangePicker.h"
#include "widgets/FunnelBuilder.h"
#include "widgets/FunnelStepEditor.h"
#include "widgets/SiteSelector.h"
#include "widgets/TrackerSnippet.h"
#include "support/TestWorkspace.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace pulse;
using namespace pulse::ui;

namespace {

bool save(QWidget &window, const QString &path)
{
    QCoreApplication::processEvents();
    const bool ok = window.grab().save(path);
    qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// Recent traffic for the live page: 40 minutes of pageviews with a few sources and pages.
QList<EventRecord> liveTraffic(qint64 siteId, qint64 nowMs)
{
    const QStringList pages = {QStringLiteral("/"), QStringLiteral("/pricing"), QStringLiteral("/blog/launch"),
                               QStringLiteral("/docs"), QStringLiteral("/signup")};
    const QStringList sources = {QString(), QStringLiteral("Google"), QStringLiteral("Hacker News"),
                                 QStringLiteral("Newsletter"), QStringLiteral("Google")};
    QList<EventRecord> events;
    QRandomGenerator rng(42); // the same pictures on every run
    for (int i = 0; i < 260; ++i) {
        const qint64 at = nowMs - qint64((i * 7919) % 2400) * 1000 - (i % 3) * 400;
        EventRecord e = test::makeEvent(siteId, 5000 + (i * 31) % 97, at, QStringLiteral("pageview"),
                                        pages.at(rng.bounded(int(pages.size()))));
        e.source = sources.at(rng.bounded(int(sources.size())));
        e.browser = i % 3 == 0 ? QStringLiteral("Firefox") : QStringLiteral("Chrome");
        e.device = i % 4 == 0 ? QStringLiteral("mobile") : QStringLiteral("desktop");
        events.append(e);
    }
    std::sort(events.begin(), events.end(),
              [](const EventRecord &a, const EventRecord &b) { return a.receivedAtMs < b.receivedAtMs; });
    return events;
}

// The demo site's path to a purchase: pricing, the signup page, the signup itself, then buying.
FunnelQuery demoFunnel()
{
    const auto step = [](const QString &event, const QString &path = QString()) {
        FunnelStep s;
        s.event = event;
        s.path = path;
        return s;
    };
    FunnelQuery query;
    query.steps = {step(QStringLiteral("pageview"), QStringLiteral("/pricing")),
                   step(QStringLiteral("pageview"), QStringLiteral("/signup")), step(QStringLiteral("signup")),
                   step(QStringLiteral("purchase"))};
    query.windowMs = 7LL * 24 * 3600 * 1000;
    return query;
}

// Two cohorts on the demo site, so the Cohorts page has a list, a definition and members to show.
void addDemoCohorts(Workspace &workspace, qint64 siteId)
{
    CohortCondition buys;
    buys.event.event = QStringLiteral("purchase");
    buys.count = 2;
    buys.withinDays = 30;
    Cohort repeat;
    repeat.siteId = siteId;
    repeat.name = QStringLiteral("Repeat buyers");
    repeat.description = QStringLiteral("Bought at least twice in the last 30 days");
    repeat.kind = Cohort::Kind::Dynamic;
    repeat.definition.conditions = {buys};
    Cohort signups;
    signups.siteId = siteId;
    signups.name = QStringLiteral("Signed up, never bought");
    signups.kind = Cohort::Kind::Dynamic;
    CohortCondition signedUp;
    signedUp.event.event = QStringLiteral("signup");
    CohortCondition neverBought = buys;
    neverBought.kind = CohortCondition::Kind::NotPerformed;
    neverBought.count = 1;
    neverBought.withinDays = 90;
    signups.definition.conditions = {signedUp, neverBought};
    QString error;
    for (const Cohort &cohort : {repeat, signups}) {
        if (!workspace.cohorts().save(cohort, &error))
            qWarning("cohort %s not saved: %s", qPrintable(cohort.name), qPrintable(error));
    }
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x8d, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QStandardPaths::setTestModeEnabled(true); // keep the user's window settings out of it
    QCoreApplication::setApplicationName(QStringLiteral("PulseScreenshots"));
    QStringList arguments = QCoreApplication::arguments();
    const QString languageCode = LanguageSelector::commandLineChoice(arguments);
    arguments = LanguageSelector::withoutLanguageOption(arguments);
    const QDir out(arguments.size() > 1 ? arguments.at(1) : QStringLiteral("."));
    QDir().mkpath(out.absolutePath());
    // Before the window exists: texts are translated when they are set.
    LanguageSelector language;
    const bool translated = !languageCode.isEmpty();
    if (translated && language.apply(languageCode, {}) != languageCode)
        qFatal("no catalogue for the language %s", qPrintable(languageCode));

    test::TestWorkspace tw(QDateTime::currentMSecsSinceEpoch());
    LiveAggregator live(tw.clock());
    live.attach(tw.workspace().writer());
    ServiceHost host(tw.workspace(), tw.clock());
    ServiceOptions options;
    options.port = 0;
    QString error;
    if (!host.start(options, &error))
        qFatal("cannot start the collector: %s", qPrintable(error));
    LocalWorkspaceClient client(tw.workspace(), live);
    client.setCollectorUrl(QStringLiteral("http://127.0.0.1:%1").arg(host.port()));
    MainWindow window(client);
    window.setCollectorStatus(
        QCoreApplication::translate("main", "Collecting events at http://127.0.0.1:%1").arg(host.port()));
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::Page::Overview);
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    QTest::qWait(300);
    bool ok = save(window, out.filePath(QStringLiteral("first-run.png")));

    // A site without events: the overview shows its tracker snippet.
    Q_EMIT window.overview()->getStarted()->addSiteRequested(QStringLiteral("example.com"));
    if (!QTest::qWaitFor([&] { return window.overview()->currentQuery().siteId != 0 &&
                                      !window.overview()->isLoading() &&
                                      window.overview()->getStarted()->snippet()->isVisible(); }, 60000))
        qFatal("the new site was not shown");
    ok = save(window, out.filePath(QStringLiteral("first-site.png"))) && ok;

    QSignalSpy loaded(window.overview(), &OverviewPage::loaded);
    window.overview()->getStarted()->demoButton()->click();
    const auto demoShown = [&] {
        const std::optional<Site> site = window.siteSelector()->currentSite();
        return site && site->domain == QLatin1String("demo.pulse.local") && !window.overview()->isLoading();
    };
    if (!QTest::qWaitFor(demoShown, 180000))
        qFatal("the demo data did not load");
    window.overview()->refresh();
    loaded.wait(60000);
    ok = save(window, out.filePath(QStringLiteral("overview.png"))) && ok;

    // The funnels page over the last 30 days of the demo site, with the catalog loaded first.
    window.rangePicker()->setPreset(DateRange::Preset::Last30Days);
    window.showPage(MainWindow::Page::Funnels);
    FunnelsPage *funnels = window.funnels();
    if (!QTest::qWaitFor([&] { return funnels->builder()->stepEditors().at(0)->eventEdit()->count() > 0; }, 60000))
        qWarning("the event catalog did not arrive");
    funnels->builder()->setQuery(demoFunnel());
    QSignalSpy funnelLoaded(funnels, &FunnelsPage::loaded);
    if (!funnels->run() || !funnelLoaded.wait(120000))
        qWarning("the demo funnel did not run");
    funnels->showTimeForStep(4);
    QTest::qWait(300);
    ok = save(window, out.filePath(QStringLiteral("funnels.png"))) && ok;

    const qint64 siteId = window.overview()->currentQuery().siteId;
    tw.write(liveTraffic(siteId, tw.clock().nowMs()));
    QSignalSpy updated(window.live(), &LivePage::updated);
    window.showPage(MainWindow::Page::Live);
    if (!QTest::qWaitFor([&] { return window.live()->lastSnapshot().visitors > 0; }, 20000))
        qWarning("the live page shows no visitors");
    ok = save(window, out.filePath(QStringLiteral("live.png"))) && ok;

    if (translated) {
        // Retention over the last 90 days with its default events, as the page opens.
        window.rangePicker()->setPreset(DateRange::Preset::Last90Days);
        window.showPage(MainWindow::Page::Retention);
        RetentionPage *retention = window.retention();
        if (!QTest::qWaitFor([&] { return retention->result().has_value() && !retention->isLoading(); }, 120000))
            qWarning("the retention grid did not load");
        QTest::qWait(300);
        ok = save(window, out.filePath(QStringLiteral("retention.png"))) && ok;

        addDemoCohorts(tw.workspace(), siteId);
        window.showPage(MainWindow::Page::Cohorts);
        CohortsPage *cohorts = window.cohorts();
        cohorts->refresh();
        if (!QTest::qWaitFor([&] { return cohorts->cohorts().size() >= 2 && !cohorts->isLoading(); }, 60000))
            qWarning("the cohorts did not load");
        const QList<Cohort> listed = cohorts->cohorts();
        const auto largest = std::max_element(listed.cbegin(), listed.cend(),
                                              [](const Cohort &a, const Cohort &b) { return a.size < b.size; });
        if (largest != listed.cend())
            cohorts->selectCohort(largest->id);
        if (!QTest::qWaitFor([&] { return !cohorts->isLoading() && !cohorts->membersPanel()->isLoading(); }, 60000))
            qWarning("the cohort's members did not load");
        QTest::qWait(300);
        ok = save(window, out.filePath(QStringLiteral("cohorts.png"))) && ok;

        window.setDataFolder(tw.workspace().dataDir());
        window.showAbout();
        auto *about = window.findChild<AboutDialog *>();
        if (!about || !QTest::qWaitForWindowExposed(about))
            qFatal("the About dialog did not open");
        ok = save(*about, out.filePath(QStringLiteral("about.png"))) && ok;
        about->close();
        live.detach(tw.workspace().writer());
        return ok ? 0 : 1;
    }

    QApplication::setPalette(darkPalette());
    QTest::qWait(200);
    ok = save(window, out.filePath(QStringLiteral("live-dark.png"))) && ok;
    window.showPage(MainWindow::Page::Overview);
    QTest::qWait(200);
    ok = save(window, out.filePath(QStringLiteral("overview-dark.png"))) && ok;
    window.showPage(MainWindow::Page::Funnels);
    QTest::qWait(200);
    ok = save(window, out.filePath(QStringLiteral("funnels-dark.png"))) && ok;

    live.detach(tw.workspace().writer());
    return ok ? 0 : 1;
}
