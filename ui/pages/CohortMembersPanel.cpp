// Cohort members panel. Like the funnel users dialog, each page request bumps a generation number and
// an answer to a page, search or cohort the user has since left is dropped.
#include "pages/CohortMembersPanel.h"

#include "charts/CohortSizeChart.h"
#include "models/CohortFormat.h"
#include "models/CohortMembersModel.h"
#include "widgets/FileExport.h"
#include "widgets/Theme.h"
#include "workspace/FutureWatch.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
void muteMembersLabel(QLabel *label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme::muted(label->palette()));
    label->setPalette(pal);
}

QLabel *membersBoldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

CohortMembersPanel::CohortMembersPanel(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_title(membersBoldLabel(QString(), this)),
      m_summary(new QLabel(this)),
      m_definition(new QLabel(this)),
      m_computed(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_search(new QLineEdit(this)),
      m_model(new CohortMembersModel(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this)),
      m_previous(new QPushButton(tr("← Previous"), this)),
      m_next(new QPushButton(tr("Next →"), this)),
      m_export(new QPushButton(tr("Export CSV…"), this)),
      m_remove(new QPushButton(tr("Remove selected"), this)),
      m_chart(new CohortSizeChart(this)),
      m_chartNote(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 12);
    layout->setSpacing(6);
    QFont larger = m_title->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_title->setFont(larger);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // descriptions are the user's text, not markup
    layout->addWidget(m_summary);
    m_definition->setWordWrap(true);
    m_definition->setTextFormat(Qt::PlainText);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    muteMembersLabel(m_definition);
    layout->addWidget(m_definition);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading members"));
    m_busy->setVisible(false);
    layout->addWidget(m_busy);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *members = new QVBoxLayout;
    members->setSpacing(6);
    m_search->setPlaceholderText(tr("Search user or visitor ids"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search members"));
    members->addWidget(m_search);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setMinimumHeight(160);
    members->addWidget(m_view, 1);
    auto *pager = new QHBoxLayout;
    pager->setSpacing(4);
    pager->addWidget(m_status, 1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    members->addLayout(pager);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(4);
    m_export->setToolTip(tr("Save every member of this cohort, not only this page, as CSV"));
    m_remove->setToolTip(tr("Take the selected users out of this static cohort"));
    actions->addWidget(m_export);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    members->addLayout(actions);
    columns->addLayout(members, 3);

    auto *history = new QVBoxLayout;
    history->setSpacing(6);
    history->addWidget(membersBoldLabel(tr("Size over time"), this));
    history->addWidget(m_chart, 1);
    m_chartNote->setWordWrap(true);
    muteMembersLabel(m_chartNote);
    history->addWidget(m_chartNote);
    m_computed->setWordWrap(true);
    muteMembersLabel(m_computed);
    history->addWidget(m_computed);
    columns->addLayout(history, 2);
    layout->addLayout(columns, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    // The clear button sets the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_searchText.isEmpty())
            setSearch(QString());
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(std::max(0, m_offset - kPageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_offset + kPageSize); });
    connect(m_export, &QPushButton::clicked, this, &CohortMembersPanel::chooseExportFile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int count = int(m_view->selectionModel()->selectedRows().size());
        if (count == 0 || !m_cohort)
            return;
        const auto answer = QMessageBox::question(this, tr("Remove members"),
            tr("Remove %1 from “%2”?")
                .arg(count == 1 ? tr("the selected user") : tr("%1 users").arg(count), m_cohort->name));
        if (answer == QMessageBox::Yes)
            removeSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CohortMembersPanel::updateButtons);
    setCohort(std::nullopt, QTimeZone::utc(), 0);
}

CohortMembersPanel::~CohortMembersPanel() = default;

void CohortMembersPanel::setCohort(const std::optional<Cohort> &cohort, const QTimeZone &zone, qint64 nowMs)
{
    const bool sameCohort = cohort && m_cohort && cohort->id == m_cohort->id;
    m_cohort = cohort;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_nowMs = nowMs;
    if (!sameCohort) {
        m_searchTimer.stop();
        m_searchText.clear();
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_total = 0;
        m_model->setPage({});
        m_chart->setHistory({}, m_zone);
    }
    updateHeader();
    if (!m_cohort) {
        ++m_generation;
        m_loading = false;
        m_status->clear();
        updateButtons();
        return;
    }
    showPage(sameCohort ? m_offset : 0);
}

void CohortMembersPanel::updateHeader()
{
    const bool has = m_cohort.has_value();
    for (QWidget *w : std::initializer_list<QWidget *> { m_search, m_view, m_chart })
        w->setEnabled(has);
    if (!has) {
        m_title->setText(tr("No cohort selected"));
        m_summary->setText(tr("Select a cohort above to see its members and how its size changed."));
        m_computed->clear();
        m_chartNote->clear();
        m_definition->setVisible(false);
        return;
    }
    const Cohort &c = *m_cohort;
    m_title->setText(c.name);
    const QString kind = c.kind == Cohort::Kind::Dynamic
        ? tr("Dynamic cohort, recomputed %1").arg(CohortFormat::refresh(c.refreshHours))
        : tr("Static cohort");
    if (c.description.isEmpty())
        m_summary->setText(tr("%1 · %2").arg(kind, CohortFormat::members(c.size)));
    else
        m_summary->setText(tr("%1 · %2 · %3").arg(kind, CohortFormat::members(c.size), c.description));
    m_definition->setVisible(c.kind == Cohort::Kind::Dynamic);
    m_definition->setText(tr("Users who %1").arg(CohortFormat::definition(c.definition, m_zone)));
    const QString when = CohortFormat::ago(c.computedAtMs, m_nowMs);
    const QString exact = CohortFormat::exactTime(c.computedAtMs, m_zone);
    const bool dynamic = c.kind == Cohort::Kind::Dynamic;
    if (c.computedAtMs <= 0)
        m_computed->setText(dynamic ? tr("Not computed yet") : tr("No members added yet"));
    else
        //: %1 is how long ago ("5 minutes ago"), %2 the exact time.
        m_computed->setText(
            dynamic ? tr("Last computed %1: %2").arg(when, exact) : tr("Members last changed %1: %2").arg(when, exact));
}

void CohortMembersPanel::setSearch(const QString &text)
{
    m_searchTimer.stop();
    m_searchText = text.trimmed();
    if (m_search->text() != text) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    showPage(0);
}

void CohortMembersPanel::showPage(int offset)
{
    if (!m_cohort)
        return;
    m_offset = offset;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_busy->setVisible(true);
    updateButtons();
    m_status->setText(tr("Loading members…"));
    const QString search = m_searchText;
    whenFinished(this, m_client.cohortMembers(m_cohort->siteId, m_cohort->id, search, offset, kPageSize),
        [this, generation, offset, search](const CohortMembersReply &reply) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_busy->setVisible(m_busyElsewhere);
            if (!reply.ok()) {
                m_total = 0;
                m_model->setPage({});
                m_status->setText(tr("Could not list the members: %1").arg(reply.error));
                updateButtons();
                Q_EMIT pageShown();
                return;
            }
            m_total = reply.page.total;
            m_model->setPage(reply.page);
            m_chart->setHistory(reply.sizeHistory, m_zone);
            m_chartNote->setText(reply.sizeHistory.size() < 2
                    ? tr("Each computation adds a point; the line grows as the cohort is recomputed.")
                    : tr("%1 computations since %2")
                          .arg(reply.sizeHistory.size())
                          .arg(QLocale().toString(
                              QDateTime::fromMSecsSinceEpoch(reply.sizeHistory.first().computedAtMs, m_zone).date(),
                              QLocale::ShortFormat)));
            const QLocale locale;
            if (m_total == 0) {
                m_status->setText(search.isEmpty() ? tr("No members.") : tr("No member id contains “%1”.").arg(search));
            } else {
                const QString range
                    = tr("%1–%2 of %3")
                          .arg(locale.toString(offset + 1), locale.toString(offset + qint64(reply.page.members.size())),
                              locale.toString(m_total));
                m_status->setText(search.isEmpty() ? range : tr("%1 matching “%2”").arg(range, search));
            }
            updateButtons();
            Q_EMIT pageShown();
        });
}

void CohortMembersPanel::updateButtons()
{
    const bool idle = m_cohort && !m_loading && !m_busyElsewhere;
    m_previous->setEnabled(idle && m_offset > 0);
    m_next->setEnabled(idle && m_offset + kPageSize < m_total);
    m_export->setEnabled(idle && m_cohort->size > 0);
    const bool isStatic = m_cohort && m_cohort->kind == Cohort::Kind::Static;
    m_remove->setVisible(isStatic);
    m_remove->setEnabled(idle && isStatic && m_view->selectionModel()->hasSelection());
}

void CohortMembersPanel::chooseExportFile()
{
    if (!m_cohort)
        return;
    const QString suggested
        = tr("cohort-%1.csv").arg(m_cohort->name.simplified().replace(QLatin1Char(' '), QLatin1Char('-')));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export members"), QDir::home().filePath(suggested), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void CohortMembersPanel::exportTo(const QString &path)
{
    if (!m_cohort) {
        Q_EMIT exported(path, tr("Select a cohort first."));
        return;
    }
    m_busyElsewhere = true;
    m_busy->setVisible(true);
    updateButtons();
    m_status->setText(tr("Exporting members…"));
    fetchForExport(path, m_cohort->id, CohortMembersPage {});
}

void CohortMembersPanel::fetchForExport(const QString &path, qint64 cohortId, CohortMembersPage collected)
{
    const qint64 siteId = m_cohort ? m_cohort->siteId : 0;
    whenFinished(this,
        m_client.cohortMembers(siteId, cohortId, QString(), int(collected.members.size()), kExportPageSize),
        [this, path, cohortId, collected](const CohortMembersReply &reply) mutable {
            QString error;
            if (!reply.ok())
                error = reply.error;
            if (error.isEmpty()) {
                collected.members.append(reply.page.members);
                collected.total = reply.page.total;
                // Keep asking until every member is in, or a page comes back empty (the cohort shrank).
                if (collected.members.size() < reply.page.total && !reply.page.members.isEmpty() && m_cohort) {
                    fetchForExport(path, cohortId, collected);
                    return;
                }
                error = FileExport::write(path, collected.toCsv());
            }
            m_busyElsewhere = false;
            m_busy->setVisible(m_loading);
            updateButtons();
            m_status->setText(error.isEmpty()
                    ? tr("Exported %1 to %2")
                          .arg(CohortFormat::members(collected.members.size()), QDir::toNativeSeparators(path))
                    : tr("Export failed: %1").arg(error));
            Q_EMIT exported(path, error);
        });
}

void CohortMembersPanel::removeSelected()
{
    if (!m_cohort || m_cohort->kind != Cohort::Kind::Static)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    const QStringList keys = m_model->keys(rows);
    if (keys.isEmpty())
        return;
    m_busyElsewhere = true;
    m_busy->setVisible(true);
    updateButtons();
    // The client announces the change with cohortsChanged; the page then hands the new cohort back here.
    whenFinished(
        this, m_client.removeCohortMembers(m_cohort->siteId, m_cohort->id, keys), [this](const CohortReply &reply) {
            m_busyElsewhere = false;
            m_busy->setVisible(m_loading);
            updateButtons();
            if (!reply.ok())
                m_status->setText(tr("Could not remove the members: %1").arg(reply.error));
            Q_EMIT membersRemoved(reply.error);
        });
}

} // namespace pulse::ui
