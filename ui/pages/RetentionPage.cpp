// Retention page. Each change bumps a generation number at once (not when the debounced query
// leaves), so an answer already on its way for the old form can never land on screen as the answer to
// the new one. Form problems are shown in the user's words before anything runs; the engine's own
// validation answers inline for anything the form lets through.
#include "pages/RetentionPage.h"

#include "charts/RetentionCurveChart.h"
#include "models/FunnelFormat.h"
#include "models/RetentionGridModel.h"
#include "widgets/FileExport.h"
#include "widgets/FilterByCohortCombo.h"
#include "widgets/PageFrame.h"
#include "widgets/RetentionControls.h"
#include "widgets/SavedDefinitionBar.h"
#include "widgets/Theme.h"
#include "workspace/FutureWatch.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
// Long enough to take a burst of edits (typing a filter value) as one query, short enough to feel live.
constexpr int kRetentionDebounceMs = 300;
// Compute again at most this often while events for a range that includes today keep arriving.
constexpr int kRetentionAutoRefreshMs = 5000;
constexpr int kRetentionControlsWidth = 400;
// The grid shows this many rows before it scrolls on its own; below that the page scrolls.
constexpr int kRetentionMaxGridRows = 30;

// Secondary text. The colour is set on the label, so it is set again when the palette changes
// (RetentionPage::restyle); otherwise a switch to a dark theme would keep a light theme's grey.
void setMuted(QLabel *label, const QPalette &from)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme::muted(from));
    label->setPalette(pal);
}
} // namespace

RetentionPage::RetentionPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_busy(new QProgressBar(this)),
      m_reportsBar(new SavedDefinitionBar(
          { tr("Saved reports"), tr("New report"), tr("New report (none saved yet)"),
              tr("Open a saved retention report of this site"), tr("Save the changes to this report"),
              tr("Save this form as a new report"), tr("Save report"), tr("Rename report"), tr("Delete report"),
              tr("Delete the report “%1”? Its events stay; only the saved form goes.") },
          this)),
      m_controls(new RetentionControls(this)),
      m_cohort(new FilterByCohortCombo(client, this)),
      m_problem(new QLabel(this)),
      m_message(new QLabel(this)),
      m_results(new QWidget(this)),
      m_summary(new QLabel(this)),
      m_chart(new RetentionCurveChart(this)),
      m_chartNote(new QLabel(this)),
      m_seriesLabel(new QLabel(tr("Show"), this)),
      m_series(new QComboBox(this)),
      m_export(new QPushButton(tr("Export CSV…"), this)),
      m_grid(new RetentionGridModel(this)),
      m_gridView(new QTableView(this))
{
    // The form first: widgets take the focus chain in the order they are made.
    QWidget *form = buildControlsPanel();
    QWidget *results = buildResultsPanel();
    frame::formAndResults(this, m_busy, tr("Computing retention"), form, kRetentionControlsWidth, results);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kRetentionDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RetentionPage::run);
    m_autoRefresh.setSingleShot(true);
    m_autoRefresh.setInterval(kRetentionAutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, &RetentionPage::refresh);
    m_controls->setCohortFilter(tr("Users"), m_cohort);
    connect(m_cohort, &FilterByCohortCombo::cohortChosen, m_controls, &RetentionControls::setCohortId);
    connect(
        m_cohort, &FilterByCohortCombo::cohortsListed, this, [this] { m_controls->setCohorts(m_cohort->listed()); });
    connect(m_controls, &RetentionControls::changed, this, &RetentionPage::scheduleRun);
    connect(m_reportsBar, &SavedDefinitionBar::openRequested, this, [this](qint64 id) {
        if (id == 0)
            newReport();
        else
            openReport(id);
    });
    connect(m_reportsBar, &SavedDefinitionBar::saveRequested, this, &RetentionPage::saveCurrentReport);
    connect(m_reportsBar, &SavedDefinitionBar::saveAsRequested, this, &RetentionPage::saveReportAs);
    connect(m_reportsBar, &SavedDefinitionBar::renameRequested, this,
        [this](qint64, const QString &name) { renameCurrentReport(name); });
    connect(m_reportsBar, &SavedDefinitionBar::deleteRequested, this, &RetentionPage::deleteCurrentReport);
    connect(&m_client, &WorkspaceClient::retentionReportsChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            loadReports();
    });
    connect(m_series, &QComboBox::activated, this, [this] { showSeries(m_series->currentData().toInt()); });
    connect(m_export, &QPushButton::clicked, this, &RetentionPage::askExport);
    connect(&m_client, &WorkspaceClient::eventsCommitted, this, &RetentionPage::onEventsCommitted);
    m_results->setVisible(false);
    restyle();
    setLoading(false);
    showProblem(QString());
    showMessage(tr("Add a site on the Overview page first."));
}

RetentionPage::~RetentionPage() = default;

QWidget *RetentionPage::buildControlsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(16, 12, 12, 16);
    layout->setSpacing(8);
    layout->addWidget(m_reportsBar);
    layout->addSpacing(4);
    layout->addWidget(frame::sectionTitle(tr("Retention"), panel));
    auto *intro = new QLabel(tr("Of the users who did the start event in a period, how many came back with the "
                                "return event in each period after it."),
        panel);
    intro->setWordWrap(true);
    m_mutedLabels.append(intro);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(m_controls);
    layout->addStretch(1);
    return panel;
}

QWidget *RetentionPage::buildResultsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("retentionProblem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("retentionMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    layout->addWidget(m_results);
    layout->addStretch(1);

    auto *results = new QVBoxLayout(m_results);
    results->setContentsMargins(0, 0, 0, 0);
    results->setSpacing(10);
    m_summary->setWordWrap(true);
    QFont larger = m_summary->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_summary->setFont(larger);
    results->addWidget(m_summary);
    m_chart->setMinimumHeight(260);
    results->addWidget(m_chart);
    m_chartNote->setWordWrap(true);
    m_mutedLabels.append(m_chartNote);
    results->addWidget(m_chartNote);

    auto *gridHeader = new QHBoxLayout;
    gridHeader->addWidget(frame::sectionTitle(tr("Cohorts"), m_results));
    gridHeader->addSpacing(12);
    gridHeader->addWidget(m_seriesLabel);
    m_series->setAccessibleName(tr("Series shown in the grid"));
    m_series->setToolTip(tr("Which users the grid shows: all of them, or one value of the breakdown"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_seriesLabel->setBuddy(m_series);
    gridHeader->addWidget(m_series);
    gridHeader->addStretch(1);
    m_export->setToolTip(tr("Save the grids as CSV: users and percentage per cohort and period"));
    gridHeader->addWidget(m_export);
    results->addLayout(gridHeader);
    auto *hint = new QLabel(tr("Hover a cell for its users. Italic cells are periods still in progress."), m_results);
    hint->setWordWrap(true);
    m_mutedLabels.append(hint);
    results->addWidget(hint);

    m_gridView->setModel(m_grid);
    m_gridView->setAccessibleName(tr("Retention grid"));
    m_gridView->setSelectionMode(QAbstractItemView::NoSelection);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setFocusPolicy(Qt::NoFocus);
    m_gridView->setShowGrid(false);
    m_gridView->setWordWrap(false);
    m_gridView->verticalHeader()->setVisible(false);
    m_gridView->verticalHeader()->setDefaultSectionSize(m_gridView->fontMetrics().height() + 10);
    QHeaderView *header = m_gridView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Fixed);
    m_gridView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    results->addWidget(m_gridView);
    return panel;
}

QTimeZone RetentionPage::zone() const
{
    const QTimeZone tz(m_site ? m_site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    return tz.isValid() ? tz : QTimeZone::utc();
}

void RetentionPage::setContext(const std::optional<Site> &site, const DateRange &range)
{
    const bool siteChanged = site != m_site;
    m_site = site;
    m_range = range;
    if (siteChanged) {
        m_siteHasEvents = true;
        m_shownQuery.reset();
        m_result.reset();
        m_results->setVisible(false);
        m_cohort->setSite(m_site ? m_site->id : 0);
        m_controls->setCohortId(0);
        m_reports.clear();
        m_reportsBar->setItems({});
        m_reportsBar->setAvailable(m_site.has_value());
        if (m_site) {
            loadCatalog();
            loadReports();
        }
    }
    if (!m_site) {
        ++m_generation; // nothing in flight is wanted any more
        m_debounce.stop();
        setLoading(false);
        showProblem(QString());
        showMessage(tr("Add a site on the Overview page first."));
        return;
    }
    scheduleRun();
}

void RetentionPage::scheduleRun()
{
    if (!m_site)
        return;
    if (!isVisible()) {
        m_runWhenShown = true; // no work for a page nobody looks at
        return;
    }
    ++m_generation; // drop answers for the form as it was
    setLoading(true);
    m_debounce.start();
}

void RetentionPage::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    if (m_runWhenShown) {
        m_runWhenShown = false;
        scheduleRun();
    }
}

void RetentionPage::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange)
        restyle();
}

void RetentionPage::restyle()
{
    for (QLabel *label : std::as_const(m_mutedLabels))
        setMuted(label, palette());
    QPalette problem = m_problem->palette();
    problem.setColor(QPalette::WindowText, theme::negative(palette()));
    m_problem->setPalette(problem);
    m_grid->setPalette(palette());
}

RetentionQuery RetentionPage::currentQuery() const
{
    RetentionQuery query;
    m_controls->apply(&query);
    if (m_site)
        query.siteId = m_site->id;
    query.fromMs = m_range.fromMs(zone());
    query.toMs = m_range.toMs(zone());
    return query;
}

bool RetentionPage::run()
{
    m_debounce.stop();
    if (!m_site) {
        setLoading(false);
        showMessage(tr("Add a site on the Overview page first."));
        return false;
    }
    const QString problem = m_controls->problem();
    const RetentionQuery query = currentQuery();
    // Anything the form let through that the engine would refuse, in the engine's words.
    const QString invalid = problem.isEmpty() ? query.validationError() : QString();
    if (!problem.isEmpty() || !invalid.isEmpty()) {
        ++m_generation;
        setLoading(false);
        showProblem(problem.isEmpty() ? tr("Retention cannot run: %1").arg(invalid) : problem);
        // The grid below answers the form as it was: grey it out rather than let it pass for this one.
        m_results->setEnabled(false);
        Q_EMIT loaded();
        return false;
    }
    showProblem(QString());
    send(query);
    return true;
}

void RetentionPage::refresh()
{
    if (!m_site || !m_shownQuery)
        return;
    if (isVisible())
        run();
    else
        m_runWhenShown = true; // new events while another page is shown: recompute on return
}

void RetentionPage::send(const RetentionQuery &query)
{
    const quint64 generation = ++m_generation;
    m_shownQuery = query;
    setLoading(true);
    whenFinished(this, m_client.retention(query),
        [this, generation](const RetentionReply &reply) { onReply(generation, reply); });
}

void RetentionPage::onReply(quint64 generation, const RetentionReply &reply)
{
    if (generation != m_generation)
        return; // an answer to a form the user has since changed
    setLoading(false);
    if (!reply.ok()) {
        m_result.reset();
        m_results->setVisible(false);
        showMessage(QString());
        showProblem(tr("Retention could not run: %1").arg(reply.error));
        setLoading(false);
        Q_EMIT loaded();
        return;
    }
    display(reply.result);
    Q_EMIT loaded();
}

void RetentionPage::display(const RetentionResult &result)
{
    m_result = result;
    m_results->setEnabled(true);
    setLoading(false);
    if (result.total.users() == 0) {
        m_results->setVisible(false);
        const std::optional<FunnelStep> start = m_shownQuery ? m_shownQuery->startEvent : std::nullopt;
        if (!m_siteHasEvents) {
            showMessage(tr("%1 has no events yet. Once the tracker sends pageviews or custom events, their "
                           "retention shows here. To try the page first, load the demo site from the Overview page.")
                            .arg(m_site ? m_site->domain : QString()));
        } else if (start) {
            //: %2 is "on <date>" or "between <date> and <date>".
            showMessage(tr("No one did %1 %2. Widen the date range in the toolbar, or choose another start event.")
                            .arg(start->event, m_range.duringText()));
        } else {
            //: %1 is "on <date>" or "between <date> and <date>".
            showMessage(tr("No events %1. Widen the date range in the toolbar (or the Range menu), or load the "
                           "demo site from the Overview page.")
                            .arg(m_range.duringText()));
        }
        return;
    }
    showMessage(QString());
    m_results->setVisible(true);
    m_summary->setText(summaryText(result));
    m_chart->setResult(result);
    m_chartNote->setText(m_chart->hiddenSeries() > 0
            ? tr("The chart shows all users and the %1 largest values; the grid has all %2 (choose them above it).")
                  .arg(RetentionCurveChart::kMaxBreakdownLines)
                  .arg(result.breakdown.size())
            : QString());
    m_chartNote->setVisible(m_chart->hiddenSeries() > 0);
    fillSeriesCombo(result);
    m_grid->setPalette(palette());
    m_grid->setResult(result);
    m_grid->setSeries(m_series->currentData().toInt());
    // Period columns share one width that fits their widest header and the widest share as the language
    // writes it ("99.9%", "99,9 %"), so the heat map reads as an even grid and thirteen weeks fit beside
    // the cohort column.
    const QFontMetrics metrics = m_gridView->horizontalHeader()->fontMetrics();
    m_gridView->horizontalHeader()->setDefaultSectionSize(
        std::max(metrics.horizontalAdvance(RetentionGridModel::periodHeader(result.period, result.periods - 1)),
            m_gridView->fontMetrics().horizontalAdvance(FunnelFormat::percent(0.999)))
        + 18);
    m_gridView->resizeColumnToContents(RetentionGridModel::CohortColumn);
    m_gridView->resizeColumnToContents(RetentionGridModel::UsersColumn);
    fitGridHeight();
}

QString RetentionPage::summaryText(const RetentionResult &result) const
{
    const qint64 users = result.total.users();
    const bool recurring = m_shownQuery && m_shownQuery->type == RetentionQuery::Type::Recurring;
    QString text = recurring
        //: %2 is "on <date>" or "between <date> and <date>".
        ? tr("<b>%1</b> cohort memberships %2 (a user counts once per period they started in).")
              .arg(QLocale().toString(users), m_range.duringText().toHtmlEscaped())
        //: %1 is "N users"; %2 is "on <date>" or "between <date> and <date>".
        : tr("<b>%1</b> started %2.").arg(FunnelFormat::users(users), m_range.duringText().toHtmlEscaped());
    if (result.periods < 2)
        return text;
    const RetentionAverage next = result.total.average(result.periods).at(1);
    const bool day = result.period == QLatin1String("day");
    const bool month = result.period == QLatin1String("month");
    if (next.users == 0) {
        return text + QLatin1Char(' ')
            + (day          ? tr("No cohort has reached its next day yet.")
                    : month ? tr("No cohort has reached its next month yet.")
                            : tr("No cohort has reached its next week yet."));
    }
    const QString percent = FunnelFormat::percent(next.rate());
    return text + QLatin1Char(' ')
        + (day          ? tr("On average <b>%1</b> came back the next day.").arg(percent)
                : month ? tr("On average <b>%1</b> came back the next month.").arg(percent)
                        : tr("On average <b>%1</b> came back the next week.").arg(percent));
}

void RetentionPage::fillSeriesCombo(const RetentionResult &result)
{
    // Keep the chosen value when it is still a series of the new answer.
    const int previous = m_series->currentData().toInt();
    const QString previousValue = previous >= 0 && m_grid->result().breakdown.size() > previous
        ? m_grid->result().breakdown.at(previous).breakdownValue
        : QString();
    const QSignalBlocker blocker(m_series);
    m_series->clear();
    m_series->addItem(tr("All users"), -1);
    for (int i = 0; i < result.breakdown.size(); ++i)
        m_series->addItem(result.breakdown.at(i).breakdownValue, i);
    int chosen = 0;
    for (int i = 0; i < result.breakdown.size() && !previousValue.isEmpty(); ++i) {
        if (result.breakdown.at(i).breakdownValue == previousValue)
            chosen = i + 1;
    }
    m_series->setCurrentIndex(chosen);
    const bool breakdown = !result.breakdown.isEmpty();
    m_series->setVisible(breakdown);
    m_seriesLabel->setVisible(breakdown);
}

void RetentionPage::showSeries(int index)
{
    const int item = m_series->findData(index);
    if (item >= 0)
        m_series->setCurrentIndex(item);
    m_grid->setSeries(index);
    fitGridHeight();
}

void RetentionPage::fitGridHeight()
{
    // The whole grid without an inner scroll bar when it is short (the page scrolls instead); a long
    // one (a year of days) keeps its own.
    const int rows = std::min(m_grid->rowCount(), kRetentionMaxGridRows);
    const int scrollBar = m_gridView->horizontalScrollBar()->sizeHint().height();
    m_gridView->setFixedHeight(m_gridView->verticalHeader()->defaultSectionSize() * rows
        + m_gridView->horizontalHeader()->sizeHint().height() + scrollBar + 4);
}

void RetentionPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void RetentionPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RetentionPage::setLoading(bool loading)
{
    m_loading = loading;
    m_busy->setRange(0, loading ? 0 : 1);
    m_busy->setValue(loading ? 0 : 1);
    m_busy->setVisible(loading);
    m_export->setEnabled(!loading && m_result.has_value());
}

void RetentionPage::loadCatalog()
{
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.catalog(siteId), [this, siteId](const CatalogReply &reply) {
        if (!m_site || m_site->id != siteId || !reply.ok())
            return;
        m_siteHasEvents = !reply.catalog.eventNames.isEmpty();
        m_controls->setCatalog(reply.catalog);
        if (m_result && m_result->total.users() == 0)
            display(*m_result); // the empty state's wording depends on whether the site has events at all
        Q_EMIT catalogLoaded();
    });
}

void RetentionPage::onEventsCommitted(qint64 siteId)
{
    if (!m_site || m_site->id != siteId)
        return;
    if (!m_siteHasEvents)
        loadCatalog(); // the first events of a new site: offer their names
    if (!m_shownQuery || m_autoRefresh.isActive())
        return;
    // Events at or after the range's end are not read: only a range that includes today can change.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_client.nowMs(), zone()).date();
    if (m_range.last() >= today)
        m_autoRefresh.start();
}

QString RetentionPage::exportCsv(const QString &path)
{
    if (!m_result)
        return tr("There is no retention grid to export yet.");
    return FileExport::write(path, m_result->toCsv());
}

void RetentionPage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export retention"), QDir::home().filePath(tr("retention.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    showProblem(error);
}

} // namespace pulse::ui

namespace pulse::ui {

qint64 RetentionPage::currentReportId() const
{
    return m_reportsBar->currentId();
}

void RetentionPage::loadReports(const std::function<void()> &then)
{
    if (!m_site)
        return;
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.retentionReports(siteId), [this, siteId, then](const RetentionReportsReply &reply) {
        if (!m_site || m_site->id != siteId)
            return;
        if (!reply.ok())
            showProblem(tr("Could not list the saved reports: %1").arg(reply.error));
        m_reports = reply.reports;
        QList<SavedDefinitionBar::Item> items;
        for (const SavedRetentionReport &r : std::as_const(m_reports))
            items.append({ r.id, r.name });
        m_reportsBar->setItems(items);
        Q_EMIT reportsLoaded();
        if (then)
            then();
    });
}

void RetentionPage::openReport(qint64 id)
{
    const auto it = std::find_if(
        m_reports.cbegin(), m_reports.cend(), [id](const SavedRetentionReport &r) { return r.id == id; });
    if (it == m_reports.cend())
        return;
    m_reportsBar->setCurrentId(id);
    RetentionQuery definition = it->definition;
    if (!m_cohort->showCohort(definition.cohortId)) {
        if (definition.cohortId != 0)
            showProblem(tr("The report's cohort no longer exists; it shows all users."));
        definition.cohortId = 0;
    }
    m_controls->setQuery(definition); // runs through changed()
}

void RetentionPage::newReport()
{
    m_reportsBar->setCurrentId(0);
    m_cohort->showCohort(0);
    m_controls->setQuery(RetentionQuery {}); // runs through changed()
}

void RetentionPage::saveReportAs(const QString &name)
{
    if (!m_site)
        return;
    const QString problem = m_controls->problem();
    if (!problem.isEmpty()) {
        showProblem(tr("Fix the form before saving it. %1").arg(problem));
        Q_EMIT reportStoreFinished(problem);
        return;
    }
    SavedRetentionReport report;
    report.siteId = m_site->id;
    report.name = name.trimmed();
    report.definition = currentQuery();
    whenFinished(this, m_client.saveRetentionReport(report),
        [this](const RetentionReportReply &reply) { onReportStored(reply, false); });
}

void RetentionPage::saveCurrentReport()
{
    const qint64 id = m_reportsBar->currentId();
    const auto it = std::find_if(
        m_reports.cbegin(), m_reports.cend(), [id](const SavedRetentionReport &r) { return r.id == id; });
    if (it == m_reports.cend() || !m_site)
        return;
    const QString problem = m_controls->problem();
    if (!problem.isEmpty()) {
        showProblem(tr("Fix the form before saving it. %1").arg(problem));
        Q_EMIT reportStoreFinished(problem);
        return;
    }
    SavedRetentionReport report = *it;
    report.definition = currentQuery();
    whenFinished(this, m_client.saveRetentionReport(report),
        [this](const RetentionReportReply &reply) { onReportStored(reply, false); });
}

void RetentionPage::renameCurrentReport(const QString &name)
{
    if (!m_site || m_reportsBar->currentId() == 0)
        return;
    whenFinished(this, m_client.renameRetentionReport(m_site->id, m_reportsBar->currentId(), name.trimmed()),
        [this](const RetentionReportReply &reply) { onReportStored(reply, false); });
}

void RetentionPage::deleteCurrentReport()
{
    if (!m_site || m_reportsBar->currentId() == 0)
        return;
    whenFinished(this, m_client.deleteRetentionReport(m_site->id, m_reportsBar->currentId()),
        [this](const RetentionReportReply &reply) { onReportStored(reply, true); });
}

void RetentionPage::onReportStored(const RetentionReportReply &reply, bool deleted)
{
    if (!reply.ok()) {
        showProblem(reply.error);
        Q_EMIT reportStoreFinished(reply.error);
        return;
    }
    showProblem(QString());
    const qint64 id = deleted ? 0 : reply.report.id;
    // Report once the list shows the change, so the combo box and the page agree when callers look.
    loadReports([this, id] {
        m_reportsBar->setCurrentId(id);
        Q_EMIT reportStoreFinished(QString());
    });
}

} // namespace pulse::ui
