// A heuristic for strings a user would see that do not go through tr(): a string literal (plain,
// QStringLiteral, QLatin1String, u"…") passed where Qt shows text: setText, setToolTip, setWindowTitle,
// setPlaceholderText, addAction, addItem, QFormLayout::addRow, header labels, widget constructors
// (QLabel, QPushButton, QCheckBox, QGroupBox, …) and the texts of QMessageBox, QInputDialog and
// QFileDialog. A literal counts only when, outside HTML tags and %1 markers, it holds a word (two
// letters in a row): " ", "–", "%1%" and "<b>%1</b>" pass. A literal that must stay as written (a
// domain, a URL) is marked on its line with a `// no-tr` comment saying why.
#pragma once

#include <QList>
#include <QString>

namespace pulse::test {

struct UntranslatedLiteral {
    QString file;
    int line = 0;
    QString call; // the function or class the literal was given to
    QString literal; // as written, quotes included
};

class UntranslatedLiteralScanner final {
public:
    // Scans one file's text; file is only copied into the findings.
    static QList<UntranslatedLiteral> scan(const QString &file, const QString &text);
    // Scans every .cpp and .h file under dir.
    static QList<UntranslatedLiteral> scanFolder(const QString &dir);
};

} // namespace pulse::test
