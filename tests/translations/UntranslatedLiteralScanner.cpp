// The untranslated-literal heuristic (see UntranslatedLiteralScanner.h): a small lexer blanks out
// comments, then each call Qt shows text from has its arguments split and the text arguments checked.
#include "UntranslatedLiteralScanner.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace pulse::test {

namespace {

// Where Qt shows text, and which arguments hold it (0-based).
struct TextCall {
    QRegularExpression pattern; // matches up to, not including, the opening parenthesis
    QList<int> textArguments;
};

const QList<TextCall> &textCalls()
{
    static const QList<TextCall> calls = [] {
        const auto call = [](const QString &pattern, QList<int> args) {
            return TextCall { QRegularExpression(pattern + QStringLiteral("\\s*(?=\\()")), std::move(args) };
        };
        const QString widgets = QStringLiteral(
            "(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QToolButton|QCommandLinkButton|QAction|QMenu)");
        return QList<TextCall> {
            call(
                QStringLiteral("\\b(?:setText|setToolTip|setWindowTitle|setPlaceholderText|setStatusTip|setWhatsThis|"
                               "setTitle|setLabelText|setInformativeText|setDetailedText|setSpecialValueText|setSuffix|"
                               "setPrefix|showMessage|setAccessibleName|setAccessibleDescription|setCancelButtonText|"
                               "setOkButtonText|setWindowIconText|setIconText|setHtml|setPlainText|addItem|addRow|"
                               "addButton|setNameFilter|setNameFilters|setHorizontalHeaderLabels|"
                               "setVerticalHeaderLabels|setHeaderLabels|setHeaderLabel|addItems)"),
                { 0 }),
            call(QStringLiteral("\\b(?:addAction|addMenu)"), { 0, 1 }), // an icon may come first
            call(QStringLiteral("\\b(?:setTabText|setTabToolTip|setItemText|setItemToolTip|addTab|insertItem|"
                                "setButtonText)"),
                { 1 }),
            call(QStringLiteral("\\b(?:insertTab|setHeaderData)"), { 2 }),
            call(QStringLiteral("\\bnew\\s+") + widgets, { 0, 1 }),
            call(QStringLiteral("\\b") + widgets + QStringLiteral("\\s+[A-Za-z_]\\w*"), { 0, 1 }),
            call(QStringLiteral("\\bQMessageBox::(?:information|warning|critical|question|about)"), { 1, 2 }),
            call(QStringLiteral("\\b(?:new\\s+QMessageBox|QMessageBox\\s+[A-Za-z_]\\w*)"), { 1, 2 }),
            call(QStringLiteral("\\bQInputDialog::get\\w+"), { 1, 2 }),
            call(QStringLiteral("\\bQFileDialog::get\\w+"), { 1, 3 }),
            call(QStringLiteral("\\b(?:new\\s+QProgressDialog|QProgressDialog\\s+[A-Za-z_]\\w*)"), { 0, 1 }),
        };
    }();
    return calls;
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The text with comments blanked out by spaces (line breaks kept, so offsets and line numbers still
// match the file); string and character literals are kept.
QString withoutComments(const QString &text)
{
    enum class State { Code, LineComment, BlockComment, String, Char, RawString };
    QString out = text;
    State state = State::Code;
    QString rawEnd;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const QChar previous = i > 0 ? text.at(i - 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
                state = State::LineComment;
                out[i] = QLatin1Char(' ');
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                out[i] = out[i + 1] = QLatin1Char(' ');
                ++i;
            } else if (c == QLatin1Char('R') && next == QLatin1Char('"')
                && (!isIdentifierChar(previous) || QStringLiteral("uUL8").contains(previous))) {
                const qsizetype open = text.indexOf(QLatin1Char('('), i + 2);
                if (open < 0)
                    return out;
                rawEnd = QLatin1Char(')') + text.mid(i + 2, open - i - 2) + QLatin1Char('"');
                state = State::RawString;
                i = open;
            } else if (c == QLatin1Char('"')) {
                state = State::String;
            } else if (c == QLatin1Char('\'') && !previous.isDigit()) { // not a digit separator (1'000)
                state = State::Char;
            }
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n'))
                state = State::Code;
            else
                out[i] = QLatin1Char(' ');
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                out[i] = out[i + 1] = QLatin1Char(' ');
                ++i;
                state = State::Code;
            } else if (c != QLatin1Char('\n')) {
                out[i] = QLatin1Char(' ');
            }
            break;
        case State::String:
        case State::Char:
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == (state == State::String ? QLatin1Char('"') : QLatin1Char('\'')) || c == QLatin1Char('\n'))
                state = State::Code;
            break;
        case State::RawString:
            if (QStringView(text).mid(i, rawEnd.size()) == rawEnd) {
                i += rawEnd.size() - 1;
                state = State::Code;
            }
            break;
        }
    }
    return out;
}

struct Span {
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
};

// Skips a string or character literal starting at i; returns the index just after it.
qsizetype skipLiteral(const QString &code, qsizetype i)
{
    const QChar quote = code.at(i);
    for (++i; i < code.size(); ++i) {
        if (code.at(i) == QLatin1Char('\\'))
            ++i;
        else if (code.at(i) == quote || code.at(i) == QLatin1Char('\n'))
            return i + 1;
    }
    return i;
}

// The top-level pieces of code[from, to) separated by any of separators; brackets and literals nest.
QList<Span> splitTopLevel(const QString &code, qsizetype from, qsizetype to, const QString &separators)
{
    QList<Span> parts;
    int depth = 0;
    qsizetype start = from;
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"') || (c == QLatin1Char('\'') && !(i > 0 && code.at(i - 1).isDigit()))) {
            i = skipLiteral(code, i) - 1;
        } else if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
        } else if (depth == 0 && separators.contains(c)) {
            if (c == QLatin1Char(':')
                && ((i + 1 < to && code.at(i + 1) == QLatin1Char(':'))
                    || (i > from && code.at(i - 1) == QLatin1Char(':'))))
                continue; // a scope (QString::number), not the ternary's colon
            parts.append({ start, i });
            start = i + 1;
        }
    }
    parts.append({ start, to });
    return parts;
}

// The arguments of the call whose opening parenthesis is at open; empty when it never closes.
QList<Span> callArguments(const QString &code, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            i = skipLiteral(code, i) - 1;
        } else if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if ((c == QLatin1Char(')') || c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0) {
            return i == open + 1 ? QList<Span>() : splitTopLevel(code, open + 1, i, QStringLiteral(","));
        }
    }
    return {};
}

// True when a literal's text holds a word once markup, %1 markers and escapes are set aside.
bool holdsWords(const QString &literal)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|%L?\\d+|\\\\."));
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
    QString text = literal;
    text.remove(markup);
    return word.match(text).hasMatch();
}

// The literals an argument's value can start with: itself, each element of a {…} list, and both
// branches of a ?: (a translated branch next to an untranslated one is still a miss).
void collectLiterals(const QString &code, Span arg, QList<Span> *literals)
{
    static const QRegularExpression literal(QStringLiteral(
        "\\s*(?:(QStringLiteral|QLatin1String|QLatin1StringView|QStringView|QString::fromUtf8|"
        "QString::fromLatin1|QString|QByteArrayLiteral)\\s*\\(\\s*)?(?:u8|u|U|L)?\"(?:[^\"\\\\\\n]|\\\\.)*\""
        "(?(1)\\s*\\))")); // with its wrapper's closing parenthesis
    while (arg.start < arg.end && code.at(arg.start).isSpace())
        ++arg.start;
    if (arg.start >= arg.end)
        return;
    if (code.at(arg.start) == QLatin1Char('{')) {
        const qsizetype close = code.lastIndexOf(QLatin1Char('}'), arg.end - 1);
        if (close > arg.start) {
            for (const Span &element : splitTopLevel(code, arg.start + 1, close, QStringLiteral(",")))
                collectLiterals(code, element, literals);
        }
        return;
    }
    const QList<Span> branches = splitTopLevel(code, arg.start, arg.end, QStringLiteral("?:"));
    if (branches.size() == 3) {
        collectLiterals(code, branches.at(1), literals);
        collectLiterals(code, branches.at(2), literals);
        return;
    }
    const QRegularExpressionMatch m = literal.match(
        code, arg.start, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch() && m.capturedEnd() <= arg.end)
        literals->append({ m.capturedStart(), m.capturedEnd() });
}

} // namespace

QList<UntranslatedLiteral> UntranslatedLiteralScanner::scan(const QString &file, const QString &text)
{
    const QString code = withoutComments(text);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<UntranslatedLiteral> found;
    QList<qsizetype> reported; // a literal matched by two rules (a stack QLabel named like a setter) once
    for (const TextCall &call : textCalls()) {
        QRegularExpressionMatchIterator it = call.pattern.globalMatch(code);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype open = code.indexOf(QLatin1Char('('), match.capturedEnd());
            const QList<Span> args = callArguments(code, open);
            for (int index : call.textArguments) {
                if (index >= args.size())
                    continue;
                QList<Span> literals;
                collectLiterals(code, args.at(index), &literals);
                for (const Span &span : literals) {
                    const QString literalText = code.mid(span.start, span.end - span.start);
                    const int line = int(QStringView(code).left(span.start).count(QLatin1Char('\n'))) + 1;
                    if (reported.contains(span.start) || !holdsWords(literalText.section(QLatin1Char('"'), 1, -2))
                        || lines.value(line - 1).contains(QLatin1String("// no-tr")))
                        continue;
                    reported.append(span.start);
                    found.append({ file, line, match.captured(0).simplified(), literalText.simplified() });
                }
            }
        }
    }
    std::sort(found.begin(), found.end(),
        [](const UntranslatedLiteral &a, const UntranslatedLiteral &b) { return a.line < b.line; });
    return found;
}

QList<UntranslatedLiteral> UntranslatedLiteralScanner::scanFolder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QList<UntranslatedLiteral> found;
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            found += scan(path, QString::fromUtf8(file.readAll()));
    }
    return found;
}

} // namespace pulse::test
