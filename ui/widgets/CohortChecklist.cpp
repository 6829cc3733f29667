#include "widgets/CohortChecklist.h"

#include <QLocale>
#include <QSignalBlocker>
#include <QToolTip>

namespace pulse::ui {

namespace {
constexpr int kVisibleRows = 6;
} // namespace

CohortChecklist::CohortChecklist(int maxChecked, QWidget *parent) : QListWidget(parent), m_max(maxChecked)
{
    setAccessibleName(tr("Cohorts to compare"));
    setToolTip(tr("Tick the saved cohorts to set side by side (at most %1)").arg(m_max));
    setUniformItemSizes(true);
    setMaximumHeight(sizeHintForRow(0) > 0 ? sizeHintForRow(0) * kVisibleRows + 2 * frameWidth()
                                           : fontMetrics().height() * kVisibleRows * 3 / 2);
    connect(this, &QListWidget::itemChanged, this, &CohortChecklist::onItemChanged);
}

void CohortChecklist::setCohorts(const QList<Cohort> &cohorts)
{
    const QList<qint64> keep = checkedIds();
    if (cohorts.isEmpty())
        m_chosen = false; // another site, or its last cohort went: start afresh
    {
        const QSignalBlocker quiet(this);
        clear();
        const QLocale locale;
        for (const Cohort &c : cohorts) {
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(c.name, locale.toString(c.size)), this);
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(c.description.isEmpty() ? c.name : c.description);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool tick = m_chosen ? keep.contains(c.id) : count() <= m_max;
            item->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (checkedIds() != keep)
        Q_EMIT checkedChanged();
}

QList<qint64> CohortChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids << item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void CohortChecklist::setCheckedIds(const QList<qint64> &ids)
{
    m_chosen = true;
    const QList<qint64> before = checkedIds();
    {
        const QSignalBlocker quiet(this);
        int ticked = 0;
        for (int i = 0; i < count(); ++i) {
            const bool tick = ids.contains(item(i)->data(Qt::UserRole).toLongLong()) && ticked < m_max;
            ticked += tick ? 1 : 0;
            item(i)->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (checkedIds() != before)
        Q_EMIT checkedChanged();
}

void CohortChecklist::onItemChanged(QListWidgetItem *changed)
{
    if (changed->checkState() == Qt::Checked && checkedIds().size() > m_max) {
        {
            const QSignalBlocker quiet(this);
            changed->setCheckState(Qt::Unchecked);
        }
        QToolTip::showText(viewport()->mapToGlobal(visualItemRect(changed).bottomLeft()),
            tr("Compare at most %1 cohorts at once; untick one first.").arg(m_max), this);
        return;
    }
    m_chosen = true;
    Q_EMIT checkedChanged();
}

} // namespace pulse::ui
