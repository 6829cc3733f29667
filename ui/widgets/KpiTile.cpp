// KPI tile: title, large value, coloured change line; colours follow the palette (Theme.h).
#include "widgets/KpiTile.h"

#include "widgets/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pulse::ui {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(QStringLiteral("–"), this)),
      m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setMinimumWidth(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    QFont titleFont = m_title->font();
    titleFont.setCapitalization(QFont::AllUppercase);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.85);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    m_change->setText(QStringLiteral(" "));
    applyColours();
}

QString KpiTile::title() const { return m_title->text(); }
QString KpiTile::valueText() const { return m_value->text(); }
QString KpiTile::changeText() const { return m_change->text().trimmed(); }

void KpiTile::setValue(const QString &text) { m_value->setText(text); }

void KpiTile::setChange(const QString &change, std::optional<bool> improved)
{
    // A space keeps the line's height, so tiles do not jump when comparison is switched on and off.
    m_change->setText(change.isEmpty() ? QStringLiteral(" ") : change);
    m_improved = improved;
    applyColours();
}

void KpiTile::setLoading(bool loading)
{
    m_loading = loading;
    applyColours();
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
        event->type() == QEvent::StyleChange)
        applyColours();
}

void KpiTile::applyColours()
{
    if (m_applying)
        return; // our own setPalette() calls below come back as PaletteChange events
    m_applying = true;
    // The application palette, not ours: ours already carries the tile colour set below.
    // Empty palettes with one role set: every other role keeps following the application palette,
    // so a switch to dark mode still reaches these widgets (and comes back here as PaletteChange).
    const QPalette base = QApplication::palette(this);
    QPalette own;
    own.setColor(QPalette::Window, theme::panel(base));
    setPalette(own);
    QPalette titlePalette;
    titlePalette.setColor(QPalette::WindowText, theme::muted(base));
    m_title->setPalette(titlePalette);
    QPalette valuePalette;
    valuePalette.setColor(QPalette::WindowText,
                          m_loading ? theme::muted(base) : base.color(QPalette::WindowText));
    m_value->setPalette(valuePalette);
    QPalette changePalette;
    QColor changeColour = theme::muted(base);
    if (m_improved && !m_loading)
        changeColour = *m_improved ? theme::positive(base) : theme::negative(base);
    changePalette.setColor(QPalette::WindowText, changeColour);
    m_change->setPalette(changePalette);
    m_applying = false;
}

} // namespace pulse::ui
