// Palette-derived colours; see Theme.h for why they are computed rather than fixed.
#include "widgets/Theme.h"

namespace pulse::ui::theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor positive(const QPalette &palette)
{
    // Same hue in both themes, lightness flipped so it contrasts with the background.
    return isDark(palette) ? QColor::fromHsl(140, 150, 150) : QColor::fromHsl(140, 200, 70);
}

QColor negative(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(0, 190, 160) : QColor::fromHsl(0, 200, 95);
}

QColor muted(const QPalette &palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.4);
}

QColor series(const QPalette &palette) { return palette.color(QPalette::Highlight); }

QColor seriesFill(const QPalette &palette)
{
    return blend(palette.color(QPalette::Highlight), palette.color(QPalette::Base), 0.6);
}

QColor previousSeries(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.55);
}

QColor categorical(const QPalette &palette, int index)
{
    if (index == 0)
        return series(palette);
    // Hues spread by the golden angle stay apart however many series there are; lightness follows
    // the theme so bars contrast with the background.
    const int hue = (palette.color(QPalette::Highlight).hslHue() + index * 137) % 360;
    return isDark(palette) ? QColor::fromHsl(hue, 150, 155) : QColor::fromHsl(hue, 170, 110);
}

QColor panel(const QPalette &palette)
{
    return blend(palette.color(QPalette::Window), palette.color(QPalette::Base), 0.6);
}

} // namespace pulse::ui::theme
