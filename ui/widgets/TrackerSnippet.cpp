// Tracker snippet: read-only, monospace, selectable, copied to the clipboard with one click.
#include "widgets/TrackerSnippet.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace pulse::ui {

TrackerSnippet::TrackerSnippet(QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_copy(new QPushButton(tr("&Copy"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumWidth(420);
    m_copy->setToolTip(tr("Copy the snippet to the clipboard"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy);
    connect(m_copy, &QPushButton::clicked, this, &TrackerSnippet::copy);
}

QString TrackerSnippet::snippet(const QString &siteKey, const QString &collectorUrl)
{
    return QStringLiteral("<script defer data-site=\"%1\" src=\"%2/pulse.js\"></script>").arg(siteKey, collectorUrl);
}

void TrackerSnippet::setSite(const QString &siteKey, const QString &collectorUrl)
{
    m_text->setText(snippet(siteKey, collectorUrl));
    m_text->setCursorPosition(0);
}

QString TrackerSnippet::text() const { return m_text->text(); }

void TrackerSnippet::copy()
{
    QGuiApplication::clipboard()->setText(m_text->text());
    m_copy->setText(tr("Copied"));
    Q_EMIT copied();
}

} // namespace pulse::ui
