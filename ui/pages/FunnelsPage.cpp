// Funnels page. Like the overview, each query bumps a generation number and older answers are
// dropped. The builder is checked before sending (FunnelBuilder::problem) so the user reads what to
// change in their words; the engine's own validation still answers for anything the form lets through.
#include "pages/FunnelsPage.h"

#include "charts/ConversionTimeChart.h"
#include "charts/FunnelChart.h"
#include "models/FunnelFormat.h"
#include "models/FunnelTableModel.h"
#include "pages/FunnelUsersDialog.h"
#include "widgets/FileExport.h"
#include "widgets/FilterByCohortCombo.h"
#include "widgets/FunnelBuilder.h"
#include "widgets/PageFrame.h"
#include "widgets/SavedDefinitionBar.h"
#include "widgets/Theme.h"
#include "workspace/FutureWatch.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
// Refresh at most this often while events for a range that includes today keep arriving.
constexpr int kFunnelAutoRefreshMs = 5000;
constexpr int kBuilderWidth = 460;

} // namespace

FunnelsPage::FunnelsPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_busy(new QProgressBar(this)),
      m_savedBar(new SavedDefinitionBar(
          { tr("Saved funnels"), tr("New funnel"), tr("New funnel (none saved yet)"),
              tr("Open a saved funnel of this site"), tr("Save the changes to this funnel"),
              tr("Save this definition as a new funnel"), tr("Save funnel"), tr("Rename funnel"), tr("Delete funnel"),
              tr("Delete the funnel “%1”? Its events stay; only the saved definition goes.") },
          this)),
      m_builder(new FunnelBuilder(this)),
      m_cohortFilter(new FilterByCohortCombo(client, this)),
      m_run(new QPushButton(tr("Run"), this)),
      m_problem(new QLabel(this)),
      m_message(new QLabel(this)),
      m_results(new QWidget(this)),
      m_summary(new QLabel(this)),
      m_chart(new FunnelChart(this)),
      m_table(new FunnelTableModel(this)),
      m_tableView(new QTableView(this)),
      m_export(new QPushButton(tr("Export CSV…"), this)),
      m_timeStep(new QComboBox(this)),
      m_timeSummary(new QLabel(this)),
      m_timeChart(new ConversionTimeChart(this))
{
    // The form first: widgets take the focus chain in the order they are made.
    QWidget *form = buildBuilderPanel();
    QWidget *results = buildResultsPanel();
    frame::formAndResults(this, m_busy, tr("Running the funnel"), form, kBuilderWidth, results);

    connect(m_run, &QPushButton::clicked, this, &FunnelsPage::run);
    connect(m_builder, &FunnelBuilder::changed, this, [this] { showProblem(QString()); });
    connect(m_cohortFilter, &FilterByCohortCombo::cohortsListed, this,
        [this] { m_builder->setCohorts(m_cohortFilter->listed()); });
    connect(m_cohortFilter, &FilterByCohortCombo::cohortChosen, this, [this] {
        if (m_shownQuery)
            refresh(); // a shown funnel follows the filter, as it follows the dates
    });
    connect(m_savedBar, &SavedDefinitionBar::openRequested, this, [this](qint64 id) {
        if (id == 0)
            newFunnel();
        else
            loadSaved(id);
    });
    connect(m_savedBar, &SavedDefinitionBar::saveRequested, this, &FunnelsPage::saveCurrent);
    connect(m_savedBar, &SavedDefinitionBar::saveAsRequested, this, &FunnelsPage::saveAs);
    connect(m_savedBar, &SavedDefinitionBar::renameRequested, this,
        [this](qint64, const QString &name) { renameCurrent(name); });
    connect(m_savedBar, &SavedDefinitionBar::deleteRequested, this, &FunnelsPage::deleteCurrent);
    connect(m_export, &QPushButton::clicked, this, &FunnelsPage::askExport);
    connect(m_tableView, &QTableView::clicked, this, &FunnelsPage::onTableClicked);
    connect(m_chart, &FunnelChart::stepClicked, this, [this](int step, const QString &segment, bool total) {
        openUsers(step, FunnelUsersQuery::Outcome::Converted, segment, total);
    });
    connect(m_timeStep, &QComboBox::activated, this, [this] { showTimeForStep(m_timeStep->currentData().toInt()); });
    connect(&m_client, &WorkspaceClient::eventsCommitted, this, &FunnelsPage::onEventsCommitted);
    connect(&m_client, &WorkspaceClient::savedFunnelsChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            loadSavedList();
    });
    m_autoRefresh.setSingleShot(true);
    m_autoRefresh.setInterval(kFunnelAutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, &FunnelsPage::refresh);
    setLoading(false);
    setContext(std::nullopt, DateRange());
}

FunnelsPage::~FunnelsPage() = default;

QWidget *FunnelsPage::buildBuilderPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(16, 12, 12, 16);
    layout->setSpacing(8);
    layout->addWidget(m_savedBar);
    layout->addSpacing(4);
    layout->addWidget(m_builder);
    // Who is counted: everyone, or one saved cohort (docs/cohorts.md).
    auto *audience = new QHBoxLayout;
    auto *audienceLabel = new QLabel(tr("Users"), panel);
    audienceLabel->setBuddy(m_cohortFilter);
    audience->addWidget(audienceLabel);
    audience->addWidget(m_cohortFilter, 1);
    layout->addLayout(audience);
    m_run->setDefault(true);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Run the funnel over the selected dates (Ctrl+Enter)"));
    m_run->setMinimumWidth(120);
    layout->addSpacing(4);
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setObjectName(QStringLiteral("funnelProblem"));
    layout->addWidget(m_problem);
    layout->addStretch(1);
    return panel;
}

QWidget *FunnelsPage::buildResultsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("funnelMessage"));
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
    m_chart->setMinimumHeight(280);
    results->addWidget(m_chart);

    auto *tableHeader = new QHBoxLayout;
    tableHeader->addWidget(frame::sectionTitle(tr("Steps"), m_results));
    auto *hint = new QLabel(tr("Click a number of users or a drop-off to list those users."), m_results);
    hint->setWordWrap(true); // longer in German or French than the space beside the title
    QPalette hintPalette = hint->palette();
    hintPalette.setColor(QPalette::WindowText, theme::muted(hint->palette()));
    hint->setPalette(hintPalette);
    tableHeader->addWidget(hint, 1);
    m_export->setToolTip(tr("Save the step table as CSV"));
    tableHeader->addWidget(m_export);
    results->addLayout(tableHeader);
    m_tableView->setModel(m_table);
    m_tableView->setSelectionMode(QAbstractItemView::NoSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setFocusPolicy(Qt::NoFocus);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setShowGrid(false);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->setVisible(false);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(FunnelTableModel::StepColumn, QHeaderView::Stretch);
    m_tableView->horizontalHeader()->setHighlightSections(false);
    m_tableView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    results->addWidget(m_tableView);

    auto *timeHeader = new QHBoxLayout;
    timeHeader->addWidget(frame::sectionTitle(tr("Time to convert"), m_results));
    m_timeStep->setAccessibleName(tr("Step for the time to convert"));
    m_timeStep->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    timeHeader->addWidget(m_timeStep);
    timeHeader->addStretch(1);
    results->addLayout(timeHeader);
    m_timeSummary->setWordWrap(true);
    results->addWidget(m_timeSummary);
    results->addWidget(m_timeChart);
    return panel;
}

QTimeZone FunnelsPage::zone() const
{
    const QTimeZone zone(m_site ? m_site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    return zone.isValid() ? zone : QTimeZone::utc();
}

void FunnelsPage::setContext(const std::optional<Site> &site, const DateRange &range)
{
    const bool siteChanged = site != m_site || !m_contextSet;
    m_contextSet = true;
    const bool rangeChanged = range != m_range;
    m_site = site;
    m_range = range;
    if (siteChanged) {
        ++m_generation; // answers for the old site are no longer wanted
        m_shownQuery.reset();
        m_result.reset();
        m_savedBar->setCurrentId(0);
        m_saved.clear();
        m_siteHasEvents = true;
        m_builder->clear();
        m_builder->setCompletions(FunnelCompletions::fromCatalog(EventCatalog {}));
        m_cohortFilter->setSite(m_site ? m_site->id : 0);
        setLoading(false);
        showProblem(QString());
        m_results->setVisible(false);
        m_builder->setEnabled(m_site.has_value());
        m_run->setEnabled(m_site.has_value());
        m_savedBar->setAvailable(m_site.has_value());
        applySavedList({});
        if (!m_site) {
            showMessage(tr("Add a site on the Overview page, then build funnels from its events here."));
            return;
        }
        showMessage(tr("Choose at least two steps, then press Run to see how many users go on from each step to "
                       "the next."));
        loadCatalog();
        loadSavedList();
        return;
    }
    if (rangeChanged && m_shownQuery)
        refresh();
}

FunnelQuery FunnelsPage::currentQuery() const
{
    FunnelQuery query = m_builder->query();
    query.cohortId = m_cohortFilter->cohortId();
    if (m_site && m_range.isValid()) {
        query.siteId = m_site->id;
        query.fromMs = m_range.fromMs(zone());
        query.toMs = m_range.toMs(zone());
    }
    return query;
}

bool FunnelsPage::run()
{
    if (!m_site) {
        showProblem(tr("Add a site on the Overview page first."));
        return false;
    }
    const QString problem = m_builder->problem();
    if (!problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    const FunnelQuery query = currentQuery();
    // Anything the form let through that the engine would refuse, in the engine's words.
    const QString invalid = query.validationError();
    if (!invalid.isEmpty()) {
        showProblem(tr("This funnel cannot run: %1").arg(invalid));
        return false;
    }
    showProblem(QString());
    send(query);
    return true;
}

void FunnelsPage::refresh()
{
    if (!m_site || !m_shownQuery)
        return;
    FunnelQuery query = *m_shownQuery;
    query.fromMs = m_range.fromMs(zone());
    query.toMs = m_range.toMs(zone());
    query.cohortId = m_cohortFilter->cohortId();
    send(query);
}

void FunnelsPage::send(const FunnelQuery &query)
{
    const quint64 generation = ++m_generation;
    m_shownQuery = query;
    setLoading(true);
    whenFinished(
        this, m_client.funnel(query), [this, generation](const FunnelReply &reply) { onReply(generation, reply); });
}

void FunnelsPage::onReply(quint64 generation, const FunnelReply &reply)
{
    if (generation != m_generation)
        return; // an answer to a request the user has since replaced
    setLoading(false);
    if (!reply.ok()) {
        m_result.reset();
        m_results->setVisible(false);
        showMessage(tr("The funnel could not run: %1").arg(reply.error));
        Q_EMIT loaded();
        return;
    }
    display(reply.result);
    Q_EMIT loaded();
}

void FunnelsPage::display(const FunnelResult &result)
{
    m_result = result;
    const QList<FunnelStepResult> &steps = result.total.steps;
    const qint64 entered = steps.isEmpty() ? 0 : steps.first().users;
    if (entered == 0) {
        m_results->setVisible(false);
        const QString first = steps.isEmpty() ? QString() : steps.first().label;
        showMessage(m_siteHasEvents
                //: %2 is "on <date>" or "between <date> and <date>".
                ? tr("No one did the first step (%1) %2. Try a longer date range, or another first step.")
                      .arg(first, m_range.duringText())
                : tr("%1 has no events yet. Once the tracker sends pageviews or custom events, they can be "
                     "funnel steps here.")
                      .arg(m_site ? m_site->domain : QString()));
        return;
    }
    showMessage(QString());
    m_results->setVisible(true);
    const FunnelStepResult &last = steps.constLast();
    const QString window = FunnelFormat::window(m_shownQuery ? m_shownQuery->windowMs : FunnelQuery::kDefaultWindowMs);
    if (last.users == 0) {
        m_summary->setText(tr("None of the %1 users who did %2 completed all %3 steps within %4.")
                               .arg(QLocale().toString(entered), steps.first().label)
                               .arg(steps.size())
                               .arg(window));
    } else {
        m_summary->setText(tr("<b>%1</b> of the %2 users who did %3 completed all %4 steps within %5.")
                               .arg(FunnelFormat::percent(last.conversionFromFirst), QLocale().toString(entered),
                                   steps.first().label.toHtmlEscaped())
                               .arg(steps.size())
                               .arg(window));
    }
    m_chart->setResult(result);
    m_table->setResult(result);
    m_tableView->setColumnHidden(FunnelTableModel::SegmentColumn, !m_table->hasBreakdown());
    // The whole table, without an inner scroll bar: the page scrolls instead.
    m_tableView->setFixedHeight(m_tableView->verticalHeader()->defaultSectionSize() * m_table->rowCount()
        + m_tableView->horizontalHeader()->sizeHint().height() + 4);

    const int chosen = m_timeStep->currentData().toInt();
    m_timeStep->clear();
    for (int i = 1; i < steps.size(); ++i)
        m_timeStep->addItem(tr("%1 → %2. %3").arg(i).arg(i + 1).arg(steps.at(i).label), i + 1);
    const int index = m_timeStep->findData(chosen);
    m_timeStep->setCurrentIndex(index >= 0 ? index : 0);
    showTimeForStep(m_timeStep->currentData().toInt());
}

void FunnelsPage::showTimeForStep(int step)
{
    if (!m_result || step < 2 || step > m_result->total.steps.size())
        return;
    const int index = m_timeStep->findData(step);
    if (index >= 0)
        m_timeStep->setCurrentIndex(index);
    const ConversionTime &time = m_result->total.steps.at(step - 1).timeFromPrevious;
    m_timeChart->setTime(time);
    m_timeChart->setVisible(time.users > 0);
    if (time.users == 0) {
        m_timeSummary->setText(tr("No one reached step %1 from step %2 yet.").arg(step).arg(step - 1));
        return;
    }
    m_timeSummary->setText(tr("Median %1 · the middle half of %2 took between %3 and %4 · mean %5")
                               .arg(FunnelFormat::duration(time.medianSeconds), FunnelFormat::users(time.users),
                                   FunnelFormat::duration(time.p25Seconds), FunnelFormat::duration(time.p75Seconds),
                                   FunnelFormat::duration(time.meanSeconds)));
}

void FunnelsPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FunnelsPage::showProblem(const QString &text)
{
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, theme::negative(palette()));
    m_problem->setPalette(pal);
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void FunnelsPage::setLoading(bool loading)
{
    m_loading = loading;
    m_busy->setRange(0, loading ? 0 : 1);
    m_busy->setValue(loading ? 0 : 1);
    m_busy->setVisible(loading);
    m_run->setText(loading ? tr("Running…") : tr("Run"));
    m_run->setEnabled(!loading && m_site.has_value());
    m_export->setEnabled(!loading);
}

void FunnelsPage::loadCatalog()
{
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.catalog(siteId), [this, siteId](const CatalogReply &reply) {
        if (!m_site || m_site->id != siteId || !reply.ok())
            return;
        m_siteHasEvents = !reply.catalog.eventNames.isEmpty();
        m_builder->setCompletions(FunnelCompletions::fromCatalog(reply.catalog));
        if (!m_siteHasEvents && !m_shownQuery) {
            showMessage(tr("%1 has no events yet. Once the tracker sends pageviews or custom events, they can be "
                           "funnel steps here. You can define a funnel now and save it.")
                            .arg(m_site->domain));
        }
        Q_EMIT catalogLoaded();
    });
}

void FunnelsPage::loadSavedList(const std::function<void()> &then)
{
    if (!m_site)
        return;
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.savedFunnels(siteId), [this, siteId, then](const SavedFunnelsReply &reply) {
        if (!m_site || m_site->id != siteId)
            return;
        if (!reply.ok())
            showProblem(tr("Could not list the saved funnels: %1").arg(reply.error));
        applySavedList(reply.funnels);
        Q_EMIT savedFunnelsLoaded();
        if (then)
            then();
    });
}

void FunnelsPage::applySavedList(const QList<SavedFunnel> &funnels)
{
    m_saved = funnels;
    QList<SavedDefinitionBar::Item> items;
    for (const SavedFunnel &funnel : funnels)
        items.append({ funnel.id, funnel.name });
    m_savedBar->setItems(items);
}

qint64 FunnelsPage::currentSavedId() const
{
    return m_savedBar->currentId();
}

QComboBox *FunnelsPage::savedCombo() const
{
    return m_savedBar->combo();
}

void FunnelsPage::newFunnel()
{
    m_savedBar->setCurrentId(0);
    m_builder->clear();
}

void FunnelsPage::loadSaved(qint64 id)
{
    for (const SavedFunnel &funnel : std::as_const(m_saved)) {
        if (funnel.id != id)
            continue;
        m_savedBar->setCurrentId(id);
        m_builder->setQuery(funnel.definition);
        run();
        return;
    }
}

void FunnelsPage::saveAs(const QString &name)
{
    if (!m_site)
        return;
    const QString problem = m_builder->problem();
    if (!problem.isEmpty()) {
        showProblem(tr("Fix the funnel before saving it. %1").arg(problem));
        Q_EMIT storeFinished(problem);
        return;
    }
    SavedFunnel funnel;
    funnel.siteId = m_site->id;
    funnel.name = name.trimmed();
    funnel.definition = m_builder->query();
    funnel.definition.siteId = m_site->id;
    whenFinished(
        this, m_client.saveFunnel(funnel), [this](const SavedFunnelReply &reply) { onStoreReply(reply, false); });
}

void FunnelsPage::saveCurrent()
{
    const qint64 savedId = m_savedBar->currentId();
    const auto it
        = std::find_if(m_saved.cbegin(), m_saved.cend(), [savedId](const SavedFunnel &f) { return f.id == savedId; });
    if (it == m_saved.cend() || !m_site)
        return;
    const QString problem = m_builder->problem();
    if (!problem.isEmpty()) {
        showProblem(tr("Fix the funnel before saving it. %1").arg(problem));
        Q_EMIT storeFinished(problem);
        return;
    }
    SavedFunnel funnel = *it;
    funnel.definition = m_builder->query();
    funnel.definition.siteId = m_site->id;
    whenFinished(
        this, m_client.saveFunnel(funnel), [this](const SavedFunnelReply &reply) { onStoreReply(reply, false); });
}

void FunnelsPage::renameCurrent(const QString &name)
{
    if (!m_site || m_savedBar->currentId() == 0)
        return;
    whenFinished(this, m_client.renameFunnel(m_site->id, m_savedBar->currentId(), name.trimmed()),
        [this](const SavedFunnelReply &reply) { onStoreReply(reply, false); });
}

void FunnelsPage::deleteCurrent()
{
    if (!m_site || m_savedBar->currentId() == 0)
        return;
    whenFinished(this, m_client.deleteFunnel(m_site->id, m_savedBar->currentId()),
        [this](const SavedFunnelReply &reply) { onStoreReply(reply, true); });
}

void FunnelsPage::onStoreReply(const SavedFunnelReply &reply, bool deleted)
{
    if (!reply.ok()) {
        showProblem(reply.error);
        Q_EMIT storeFinished(reply.error);
        return;
    }
    showProblem(QString());
    const qint64 savedId = deleted ? 0 : reply.funnel.id;
    // Report once the list shows the change, so the combo box and the page agree when callers look.
    loadSavedList([this, savedId] {
        m_savedBar->setCurrentId(savedId);
        Q_EMIT storeFinished(QString());
    });
}

FunnelUsersDialog *FunnelsPage::openUsers(
    int step, FunnelUsersQuery::Outcome outcome, const QString &segment, bool total)
{
    if (!m_shownQuery || !m_result || step < 1 || step > m_result->total.steps.size())
        return nullptr;
    if (outcome == FunnelUsersQuery::Outcome::Dropped && step < 2)
        return nullptr;
    FunnelUsersQuery query;
    query.funnel = *m_shownQuery;
    query.step = step;
    query.outcome = outcome;
    query.anyBreakdownValue = total;
    query.breakdownValue = total ? QString() : segment;
    const QString label = m_result->total.steps.at(step - 1).label;
    QString heading = outcome == FunnelUsersQuery::Outcome::Converted
        ? tr("Users who reached step %1 (%2)").arg(step).arg(label)
        : tr("Users who reached step %1 but not step %2 (%3)").arg(step - 1).arg(step).arg(label);
    if (!total)
        heading = tr("%1, %2 = %3").arg(heading, m_shownQuery->breakdown, segment);
    if (m_usersDialog)
        m_usersDialog->close();
    auto *dialog = new FunnelUsersDialog(m_client, query, heading, zone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_usersDialog = dialog;
    dialog->show();
    return dialog;
}

void FunnelsPage::onTableClicked(const QModelIndex &index)
{
    if (!index.data(FunnelTableModel::LinkRole).toBool())
        return;
    const auto outcome = index.column() == FunnelTableModel::DropOffColumn ? FunnelUsersQuery::Outcome::Dropped
                                                                           : FunnelUsersQuery::Outcome::Converted;
    openUsers(index.data(FunnelTableModel::StepRole).toInt(), outcome,
        index.data(FunnelTableModel::SegmentRole).toString(), index.data(FunnelTableModel::IsTotalRole).toBool());
}

QString FunnelsPage::exportCsv(const QString &path)
{
    if (!m_result)
        return tr("Run the funnel first.");
    return FileExport::write(path, m_result->toCsv());
}

void FunnelsPage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export funnel"), QDir::home().filePath(tr("funnel.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export funnel"), error);
}

void FunnelsPage::onEventsCommitted(qint64 siteId)
{
    if (!m_site || m_site->id != siteId)
        return;
    if (!m_siteHasEvents)
        loadCatalog(); // the first events of a new site: offer their names as steps
    if (!m_shownQuery || m_autoRefresh.isActive())
        return;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_client.nowMs(), zone()).date();
    if (m_range.last() >= today)
        m_autoRefresh.start();
}

} // namespace pulse::ui
