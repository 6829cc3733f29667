#include "pages/settings/KeyRotateDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {
constexpr qint64 kHourSeconds = 60 * 60;
} // namespace

KeyRotateDialog::KeyRotateDialog(const QString &keyName, QWidget *parent)
    : QDialog(parent), m_grace(new QComboBox(this))
{
    setWindowTitle(tr("Rotate API key"));
    m_grace->addItem(tr("Stops at once"), qint64(0));
    m_grace->addItem(tr("1 more hour"), kHourSeconds);
    m_grace->addItem(tr("24 more hours"), 24 * kHourSeconds);
    m_grace->addItem(tr("7 more days"), 7 * 24 * kHourSeconds);
    m_grace->setCurrentIndex(2);
    auto *text = new QLabel(tr("Make a new secret for the key %1? Its name, scopes, site, expiry and usage stay. "
                               "Give the new secret to every program that uses the key before the old one stops.")
                                .arg(keyName),
        this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("The &old secret works"), m_grace);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Rotate"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

qint64 KeyRotateDialog::graceSeconds() const
{
    return m_grace->currentData().toLongLong();
}

void KeyRotateDialog::setGraceSeconds(qint64 seconds)
{
    const int index = m_grace->findData(seconds);
    if (index >= 0)
        m_grace->setCurrentIndex(index);
}

} // namespace pulse::ui
