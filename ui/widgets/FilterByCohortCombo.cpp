#include "widgets/FilterByCohortCombo.h"

#include "workspace/FutureWatch.h"

#include <QLocale>

namespace pulse::ui {

FilterByCohortCombo::FilterByCohortCombo(WorkspaceClient &client, QWidget *parent) : QComboBox(parent), m_client(client)
{
    setToolTip(tr("Count only the users of a saved cohort (create cohorts on the Cohorts page)"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    fill({});
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT cohortChosen(cohortId()); });
    connect(&m_client, &WorkspaceClient::cohortsChanged, this, [this](qint64 siteId) {
        if (siteId == m_siteId)
            reload();
    });
}

void FilterByCohortCombo::setSite(qint64 siteId)
{
    m_siteId = siteId;
    fill({});
    Q_EMIT cohortsListed();
    if (siteId > 0)
        reload();
}

void FilterByCohortCombo::reload()
{
    const int generation = ++m_generation;
    const qint64 siteId = m_siteId;
    whenFinished(this, m_client.cohorts(siteId), [this, generation, siteId](const CohortsReply &reply) {
        if (generation != m_generation || siteId != m_siteId || !reply.ok())
            return;
        const qint64 chosen = cohortId();
        fill(reply.cohorts);
        const int index = findData(chosen);
        setCurrentIndex(index < 0 ? 0 : index);
        Q_EMIT cohortsListed();
        if (chosen != 0 && index < 0)
            Q_EMIT cohortChosen(0); // the chosen cohort was deleted
    });
}

bool FilterByCohortCombo::showCohort(qint64 id)
{
    const QSignalBlocker quiet(this);
    const int index = findData(id);
    setCurrentIndex(index < 0 ? 0 : index);
    return index >= 0;
}

QList<qint64> FilterByCohortCombo::cohortIds() const
{
    QList<qint64> ids;
    for (int i = 1; i < count(); ++i)
        ids << itemData(i).toLongLong();
    return ids;
}

void FilterByCohortCombo::fill(const QList<Cohort> &cohorts)
{
    const QSignalBlocker quiet(this);
    m_listed = cohorts;
    clear();
    addItem(tr("All users"), qint64(0));
    const QLocale locale;
    for (const Cohort &c : cohorts) {
        addItem(tr("%1 (%2)").arg(c.name, locale.toString(c.size)), c.id);
        setItemData(count() - 1, c.description.isEmpty() ? c.name : c.description, Qt::ToolTipRole);
    }
    setEnabled(count() > 1);
}

} // namespace pulse::ui
