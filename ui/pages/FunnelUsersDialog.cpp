// Funnel users dialog. Pages are requested by offset; an answer to a page the user has already left
// is dropped, like the overview drops answers to replaced queries.
#include "pages/FunnelUsersDialog.h"

#include "models/FunnelFormat.h"
#include "models/FunnelUsersModel.h"
#include "widgets/FileExport.h"
#include "workspace/FutureWatch.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pulse::ui {

FunnelUsersDialog::FunnelUsersDialog(WorkspaceClient &client, const FunnelUsersQuery &query, const QString &title,
    const QTimeZone &zone, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_query(query),
      m_model(new FunnelUsersModel(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_previous(new QPushButton(tr("← Previous"), this)),
      m_next(new QPushButton(tr("Next →"), this)),
      m_export(new QPushButton(tr("Export CSV…"), this)),
      m_saveCohort(new QPushButton(tr("Save as cohort…"), this))
{
    setWindowTitle(title);
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    layout->addWidget(m_busy);
    m_model->setTimeZone(zone);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FunnelUsersModel::UserColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_export->setToolTip(tr("Save every user of this list, not only this page, as CSV"));
    buttons->addButton(m_saveCohort, QDialogButtonBox::ActionRole);
    m_saveCohort->setToolTip(tr("Keep every user of this list as a static cohort, to filter or compare reports by"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(std::max(0, m_query.offset - kPageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_query.offset + kPageSize); });
    connect(m_export, &QPushButton::clicked, this, &FunnelUsersDialog::chooseExportFile);
    connect(m_saveCohort, &QPushButton::clicked, this, &FunnelUsersDialog::askCohortName);
    showPage(0);
}

FunnelUsersDialog::~FunnelUsersDialog() = default;

void FunnelUsersDialog::setLoading(bool loading)
{
    m_loading = loading;
    m_busy->setVisible(loading);
    m_previous->setEnabled(!loading && m_query.offset > 0);
    m_next->setEnabled(!loading && m_query.offset + kPageSize < m_total);
    m_export->setEnabled(!loading && m_total > 0);
    m_saveCohort->setEnabled(!loading && !m_savingCohort && m_total > 0);
}

void FunnelUsersDialog::showPage(int offset)
{
    m_query.offset = offset;
    m_query.limit = kPageSize;
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_status->setText(tr("Loading users…"));
    const int steps = int(m_query.funnel.steps.size());
    whenFinished(this, m_client.funnelUsers(m_query), [this, generation, steps](const FunnelUsersReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            m_total = 0;
            m_model->setPage({}, steps);
            setLoading(false);
            m_status->setText(tr("Could not list the users: %1").arg(reply.error));
            Q_EMIT pageShown();
            return;
        }
        m_total = reply.page.total;
        m_model->setPage(reply.page, steps);
        setLoading(false);
        if (m_total == 0) {
            m_status->setText(tr("No users."));
        } else {
            const QLocale locale;
            m_status->setText(
                tr("%1–%2 of %3")
                    .arg(locale.toString(m_query.offset + 1),
                        locale.toString(m_query.offset + qint64(reply.page.users.size())), locale.toString(m_total)));
        }
        Q_EMIT pageShown();
    });
}

void FunnelUsersDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export users"), QDir::home().filePath(tr("funnel-users.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void FunnelUsersDialog::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_busy->setVisible(true);
    fetchForExport(path, FunnelUsersPage {});
}

void FunnelUsersDialog::fetchForExport(const QString &path, FunnelUsersPage collected)
{
    FunnelUsersQuery query = m_query;
    query.offset = int(collected.users.size());
    query.limit = FunnelUsersQuery::kMaxLimit;
    whenFinished(this, m_client.funnelUsers(query), [this, path, collected](const FunnelUsersReply &reply) mutable {
        QString error;
        if (!reply.ok())
            error = reply.error;
        if (error.isEmpty()) {
            collected.users.append(reply.page.users);
            collected.total = reply.page.total;
            // Keep asking until every user is in, or a page comes back empty (users left the result).
            if (collected.users.size() < reply.page.total && !reply.page.users.isEmpty()) {
                fetchForExport(path, collected);
                return;
            }
            error = FileExport::write(path, collected.toCsv());
        }
        setLoading(false);
        m_status->setText(error.isEmpty()
                ? tr("Exported %1 to %2")
                      .arg(FunnelFormat::users(collected.users.size()), QDir::toNativeSeparators(path))
                : error);
        Q_EMIT exported(path, error);
    });
}

void FunnelUsersDialog::askCohortName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as cohort"),
        tr("Name of the new static cohort (%1):").arg(FunnelFormat::users(m_total)), QLineEdit::Normal,
        windowTitle().left(Cohort::kMaxNameLength), &ok);
    if (ok)
        saveAsCohort(name);
}

void FunnelUsersDialog::saveAsCohort(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_status->setText(tr("Give the cohort a name."));
        Q_EMIT cohortSaved(Cohort {}, m_status->text());
        return;
    }
    m_savingCohort = true;
    m_saveCohort->setEnabled(false);
    m_status->setText(tr("Saving the cohort…"));
    whenFinished(
        this, m_client.cohortFromFunnel(m_query.funnel.siteId, trimmed, m_query), [this](const CohortReply &reply) {
            m_savingCohort = false;
            setLoading(m_loading);
            if (!reply.ok()) {
                m_status->setText(tr("Could not save the cohort: %1").arg(reply.error));
                Q_EMIT cohortSaved(Cohort {}, reply.error);
                return;
            }
            m_status->setText(tr("Saved the cohort “%1” with %2. Find it on the Cohorts page.")
                                  .arg(reply.cohort.name, FunnelFormat::users(reply.cohort.size)));
            Q_EMIT cohortSaved(reply.cohort, QString());
        });
}

} // namespace pulse::ui
