// Editable combo boxes whose list only suggests: the funnel step and exclusion editors take any
// event name or path, and offer what the site has received so far (a funnel may be defined before
// its last step ever happened).
#pragma once

#include <QStringList>

class QComboBox;
class QWidget;

namespace pulse::ui {

// An editable combo box with a placeholder, completing from its items by substring, any case.
QComboBox *completionCombo(QWidget *parent, const QString &placeholder, int minimumLength);
// Replaces the suggestions and keeps what the user typed.
void setSuggestions(QComboBox *combo, const QStringList &items);

} // namespace pulse::ui
