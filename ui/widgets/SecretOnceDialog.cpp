#include "widgets/SecretOnceDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulse::ui {

SecretOnceDialog::SecretOnceDialog(
    const QString &title, const QString &explanation, const QString &secret, QWidget *parent)
    : QDialog(parent),
      m_explanation(new QLabel(explanation, this)),
      m_secret(new QLineEdit(secret, this)),
      m_warning(new QLabel(tr("Copy it now: Pulse will not show it again."), this)),
      m_copy(nullptr)
{
    setWindowTitle(title);
    m_explanation->setWordWrap(true);
    m_secret->setReadOnly(true);
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_warning->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(m_copy, &QPushButton::clicked, this, &SecretOnceDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_secret);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    m_secret->selectAll();
}

QString SecretOnceDialog::secret() const
{
    return m_secret->text();
}

void SecretOnceDialog::copy()
{
    QApplication::clipboard()->setText(m_secret->text());
    m_copy->setText(tr("Copied"));
}

} // namespace pulse::ui
