// Filter chips: one flat button per filter; clicking removes it. Hidden when there is no filter.
#include "widgets/FilterChips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace pulse::ui {

FilterChips::FilterChips(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
    setVisible(false);
}

void FilterChips::setChips(const QList<Chip> &chips)
{
    if (chips == m_chips)
        return;
    m_chips = chips;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    int index = 0;
    if (!chips.isEmpty()) {
        auto *caption = new QLabel(tr("Filtered by:"), this);
        m_layout->insertWidget(index++, caption);
        m_buttons.append(caption);
    }
    for (const Chip &chip : chips) {
        auto *button = new QToolButton(this);
        button->setText(tr("%1  ✕").arg(chip.label));
        button->setToolTip(tr("Remove this filter"));
        button->setAutoRaise(false);
        button->setObjectName(QStringLiteral("chip_") + chip.key);
        const QString key = chip.key;
        connect(button, &QToolButton::clicked, this, [this, key] { Q_EMIT removeRequested(key); });
        m_layout->insertWidget(index++, button);
        m_buttons.append(button);
    }
    if (chips.size() > 1) {
        auto *clear = new QToolButton(this);
        clear->setText(tr("Clear all"));
        clear->setAutoRaise(true);
        connect(clear, &QToolButton::clicked, this, &FilterChips::clearRequested);
        m_layout->insertWidget(index++, clear);
        m_buttons.append(clear);
    }
    setVisible(!chips.isEmpty());
}

} // namespace pulse::ui
