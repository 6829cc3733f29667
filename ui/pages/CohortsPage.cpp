// Cohorts page. The list is asked for again on every cohortsChanged of the site; each request bumps a
// generation number so an answer for an earlier site never lands on the current one. The selection is
// kept by cohort id across re-lists, and a cohort just saved in a dialog is selected once listed.
#include "pages/CohortsPage.h"

#include "models/CohortFormat.h"
#include "models/CohortListModel.h"
#include "pages/CohortDynamicDialog.h"
#include "pages/CohortMembersPanel.h"
#include "pages/CohortStaticDialog.h"
#include "workspace/FutureWatch.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {
// "3 hours ago" is re-read this often while the page is open.
constexpr int kClockTickMs = 60 * 1000;
} // namespace

CohortsPage::CohortsPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_busy(new QProgressBar(this)),
      m_newStatic(new QPushButton(tr("New static cohort…"), this)),
      m_newDynamic(new QPushButton(tr("New dynamic cohort…"), this)),
      m_edit(new QPushButton(tr("Edit…"), this)),
      m_recompute(new QPushButton(tr("Recompute now"), this)),
      m_delete(new QPushButton(tr("Delete"), this)),
      m_message(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_list(new CohortListModel(this)),
      m_listView(new QTableView(this)),
      m_members(new CohortMembersPanel(client, this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading cohorts"));
    outer->addWidget(m_busy);

    auto *top = new QVBoxLayout;
    top->setContentsMargins(16, 12, 16, 8);
    top->setSpacing(8);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_newStatic->setToolTip(tr("A fixed list of users: import a CSV file or paste user ids"));
    m_newDynamic->setToolTip(tr("Everyone who matches conditions on what they did and who they are, kept up to date"));
    m_edit->setToolTip(tr("Change the selected cohort's name, description, conditions or members"));
    m_recompute->setToolTip(tr("Compute the selected dynamic cohort's members from the events now"));
    m_delete->setToolTip(tr("Delete the selected cohort"));
    for (QPushButton *button : { m_newStatic, m_newDynamic })
        buttons->addWidget(button);
    buttons->addSpacing(12);
    for (QPushButton *button : { m_edit, m_recompute, m_delete })
        buttons->addWidget(button);
    buttons->addStretch(1);
    top->addLayout(buttons);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("cohortsMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_message);
    outer->addLayout(top);

    m_listView->setModel(m_list);
    m_listView->setAlternatingRowColors(true);
    m_listView->setShowGrid(false);
    m_listView->setWordWrap(false);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->verticalHeader()->setVisible(false);
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 10);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(CohortListModel::DescriptionColumn, QHeaderView::Stretch);
    m_listView->horizontalHeader()->setHighlightSections(false);
    m_listView->setAccessibleName(tr("Cohorts"));
    m_listView->setMinimumHeight(120);
    auto *listHost = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listHost);
    listLayout->setContentsMargins(16, 0, 16, 0);
    listLayout->addWidget(m_listView);
    m_splitter->addWidget(listHost);
    m_splitter->addWidget(m_members);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    outer->addWidget(m_splitter, 1);

    connect(m_newStatic, &QPushButton::clicked, this, &CohortsPage::newStaticCohort);
    connect(m_newDynamic, &QPushButton::clicked, this, &CohortsPage::newDynamicCohort);
    connect(m_edit, &QPushButton::clicked, this, &CohortsPage::editCurrent);
    connect(m_listView, &QTableView::doubleClicked, this, &CohortsPage::editCurrent);
    connect(m_recompute, &QPushButton::clicked, this, &CohortsPage::recomputeCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CohortsPage::askDelete);
    connect(
        m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CohortsPage::onSelectionChanged);
    connect(&m_client, &WorkspaceClient::cohortsChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            loadList();
    });
    m_clock.setInterval(kClockTickMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_list->setNow(m_client.nowMs()); });
    m_clock.start();
    setSite(std::nullopt);
}

CohortsPage::~CohortsPage() = default;

QTimeZone CohortsPage::zone() const
{
    const QTimeZone z(m_site ? m_site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    return z.isValid() ? z : QTimeZone::utc();
}

void CohortsPage::setSite(const std::optional<Site> &site)
{
    if (site == m_site && site)
        return;
    m_site = site;
    ++m_generation; // answers for the previous site are no longer wanted
    m_selectAfterList = 0;
    if (m_dialog)
        m_dialog->close();
    m_context = CohortEditorContext {};
    m_context.zone = zone();
    m_context.today = QDateTime::fromMSecsSinceEpoch(m_client.nowMs(), m_context.zone).date();
    m_context.completions = FunnelCompletions::fromCatalog(EventCatalog {});
    m_list->setCohorts({}, m_client.nowMs(), zone());
    m_members->setCohort(std::nullopt, zone(), m_client.nowMs());
    setBusy(false);
    if (!m_site) {
        m_splitter->setVisible(false);
        showMessage(tr("Add a site on the Overview page, then group its users into cohorts here."));
        updateButtons();
        return;
    }
    showMessage(QString());
    loadList();
    loadCatalog();
}

void CohortsPage::refresh()
{
    if (m_site)
        loadList();
}

void CohortsPage::setBusy(bool busy)
{
    m_loading = busy;
    m_busy->setVisible(m_loading || m_acting);
    updateButtons();
}

void CohortsPage::loadList()
{
    const quint64 generation = ++m_generation;
    setBusy(true);
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.cohorts(siteId), [this, generation](const CohortsReply &reply) {
        if (generation != m_generation)
            return;
        const std::optional<Cohort> selected = currentCohort();
        const qint64 keep = m_selectAfterList != 0 ? m_selectAfterList : (selected ? selected->id : 0);
        m_selectAfterList = 0;
        if (!reply.ok()) {
            showMessage(tr("Could not list the cohorts: %1").arg(reply.error));
            setBusy(false);
            Q_EMIT cohortsLoaded();
            return;
        }
        {
            // Re-selecting below reports the selection once, with the new figures.
            const QSignalBlocker blocker(m_listView->selectionModel());
            m_list->setCohorts(reply.cohorts, m_client.nowMs(), zone());
        }
        m_splitter->setVisible(!reply.cohorts.isEmpty());
        showMessage(reply.cohorts.isEmpty()
                ? tr("No cohorts yet. A static cohort is a list of users you import or paste; a dynamic cohort is "
                     "everyone who matches conditions, such as “did purchase at least twice in the last 30 days”, "
                     "and is kept up to date.")
                : QString());
        const int row = m_list->rowOf(keep);
        if (row >= 0)
            selectCohort(keep);
        else if (!reply.cohorts.isEmpty())
            selectCohort(reply.cohorts.first().id);
        else
            onSelectionChanged();
        setBusy(false);
        Q_EMIT cohortsLoaded();
    });
}

void CohortsPage::loadCatalog()
{
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.catalog(siteId), [this, siteId](const CatalogReply &reply) {
        if (!m_site || m_site->id != siteId)
            return;
        if (reply.ok())
            m_context.completions = FunnelCompletions::fromCatalog(reply.catalog);
        Q_EMIT catalogLoaded();
    });
}

QList<Cohort> CohortsPage::cohorts() const
{
    return m_list->cohorts();
}

std::optional<Cohort> CohortsPage::currentCohort() const
{
    const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_list->cohorts().value(rows.first().row());
}

void CohortsPage::selectCohort(qint64 id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return;
    m_listView->selectRow(row);
    // selectRow does not report a row that was already selected: the figures may still be new.
    onSelectionChanged();
}

void CohortsPage::onSelectionChanged()
{
    m_members->setCohort(currentCohort(), zone(), m_client.nowMs());
    updateButtons();
}

void CohortsPage::updateButtons()
{
    const std::optional<Cohort> current = currentCohort();
    const bool ready = m_site.has_value() && !m_acting;
    m_newStatic->setEnabled(ready);
    m_newDynamic->setEnabled(ready);
    m_edit->setEnabled(ready && current.has_value());
    m_delete->setEnabled(ready && current.has_value());
    // Static cohorts change only when their list does: there is nothing to recompute.
    m_recompute->setVisible(!current || current->kind == Cohort::Kind::Dynamic);
    m_recompute->setEnabled(ready && current && current->kind == Cohort::Kind::Dynamic);
}

void CohortsPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CohortsPage::adopt(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

CohortStaticDialog *CohortsPage::newStaticCohort()
{
    if (!m_site)
        return nullptr;
    Cohort c;
    c.siteId = m_site->id;
    c.kind = Cohort::Kind::Static;
    auto *dialog = new CohortStaticDialog(m_client, c, this);
    connect(dialog, &CohortStaticDialog::saveFinished, this, [this](const Cohort &saved, const QString &error) {
        if (error.isEmpty())
            m_selectAfterList = saved.id;
    });
    adopt(dialog);
    return dialog;
}

CohortDynamicDialog *CohortsPage::newDynamicCohort()
{
    if (!m_site)
        return nullptr;
    Cohort c;
    c.siteId = m_site->id;
    c.kind = Cohort::Kind::Dynamic;
    auto *dialog = new CohortDynamicDialog(m_client, c, m_context, this);
    connect(dialog, &CohortDynamicDialog::saveFinished, this, [this](const Cohort &saved, const QString &error) {
        if (error.isEmpty())
            m_selectAfterList = saved.id;
    });
    adopt(dialog);
    return dialog;
}

QDialog *CohortsPage::editCurrent()
{
    const std::optional<Cohort> current = currentCohort();
    if (!m_site || !current)
        return nullptr;
    QDialog *dialog = nullptr;
    if (current->kind == Cohort::Kind::Dynamic)
        dialog = new CohortDynamicDialog(m_client, *current, m_context, this);
    else
        dialog = new CohortStaticDialog(m_client, *current, this);
    adopt(dialog);
    return dialog;
}

void CohortsPage::askDelete()
{
    const std::optional<Cohort> current = currentCohort();
    if (!current)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete cohort"),
        tr("Delete “%1” and its list of %2? Reports filtered by this cohort will no longer find it. This cannot be "
           "undone.")
            .arg(current->name, CohortFormat::members(current->size)));
    if (answer == QMessageBox::Yes)
        deleteCohort(current->id);
}

void CohortsPage::deleteCohort(qint64 id)
{
    if (!m_site)
        return;
    m_acting = true;
    setBusy(m_loading);
    whenFinished(this, m_client.deleteCohort(m_site->id, id), [this](const CohortReply &reply) {
        m_acting = false;
        setBusy(m_loading);
        if (!reply.ok())
            showMessage(tr("Could not delete the cohort: %1").arg(reply.error));
        Q_EMIT actionFinished(reply.error);
    });
}

void CohortsPage::recomputeCurrent()
{
    const std::optional<Cohort> current = currentCohort();
    if (!m_site || !current || current->kind != Cohort::Kind::Dynamic)
        return;
    m_acting = true;
    setBusy(m_loading);
    whenFinished(this, m_client.computeCohort(m_site->id, current->id), [this](const CohortReply &reply) {
        m_acting = false;
        setBusy(m_loading);
        if (!reply.ok())
            showMessage(tr("Could not recompute the cohort: %1").arg(reply.error));
        Q_EMIT actionFinished(reply.error);
    });
}

} // namespace pulse::ui
