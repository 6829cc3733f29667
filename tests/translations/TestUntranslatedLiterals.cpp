// Every user-visible string in ui/ and app/ goes through tr(): a heuristic scan (see
// UntranslatedLiteralScanner.h) finds literals handed straight to Qt's text setters, widget
// constructors and dialogs. The first tests pin down what the heuristic flags and what it lets pass.
#include "UntranslatedLiteralScanner.h"

#include <QDir>
#include <QTest>

using namespace pulse::test;

namespace {

QStringList flagged(const QString &code)
{
    QStringList literals;
    for (const UntranslatedLiteral &found : UntranslatedLiteralScanner::scan(QStringLiteral("sample.cpp"), code))
        literals.append(found.literal);
    return literals;
}

} // namespace

class TestUntranslatedLiterals final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flagsLiteralsWhereQtShowsText_data();
    void flagsLiteralsWhereQtShowsText();
    void letsTranslatedAndWordlessTextPass_data();
    void letsTranslatedAndWordlessTextPass();
    void reportsTheLine();
    void uiAndAppTranslateEveryVisibleString_data();
    void uiAndAppTranslateEveryVisibleString();
};

void TestUntranslatedLiterals::flagsLiteralsWhereQtShowsText_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("literal");
    QTest::newRow("setText") << QStringLiteral("label->setText(QStringLiteral(\"No data yet\"));")
                             << QStringLiteral("QStringLiteral(\"No data yet\")");
    QTest::newRow("plain literal") << QStringLiteral("w.setToolTip(\"Reload\");") << QStringLiteral("\"Reload\"");
    QTest::newRow("QLatin1String") << QStringLiteral("setWindowTitle(QLatin1String(\"Settings\"));")
                                   << QStringLiteral("QLatin1String(\"Settings\")");
    QTest::newRow("placeholder") << QStringLiteral("edit->setPlaceholderText(u\"Search users\"_s);")
                                 << QStringLiteral("u\"Search users\"");
    QTest::newRow("addAction") << QStringLiteral("menu->addAction(QStringLiteral(\"Export\"));")
                               << QStringLiteral("QStringLiteral(\"Export\")");
    QTest::newRow("addAction after icon") << QStringLiteral("menu->addAction(icon, QStringLiteral(\"Export\"));")
                                          << QStringLiteral("QStringLiteral(\"Export\")");
    QTest::newRow("addItem") << QStringLiteral("combo->addItem(QStringLiteral(\"Any event\"), QString());")
                             << QStringLiteral("QStringLiteral(\"Any event\")");
    QTest::newRow("QLabel") << QStringLiteral("auto *l = new QLabel(QStringLiteral(\"Visitors\"), this);")
                            << QStringLiteral("QStringLiteral(\"Visitors\")");
    QTest::newRow("QPushButton in an initializer")
        << QStringLiteral("m_run(new QPushButton(QStringLiteral(\"Run\"), this)),")
        << QStringLiteral("QStringLiteral(\"Run\")");
    QTest::newRow("QCheckBox on the stack")
        << QStringLiteral("QCheckBox box(\"Compare\", this);") << QStringLiteral("\"Compare\"");
    QTest::newRow("QGroupBox") << QStringLiteral("new QGroupBox(QStringLiteral(\"Steps\"))")
                               << QStringLiteral("QStringLiteral(\"Steps\")");
    QTest::newRow("message box text") << QStringLiteral(
        "QMessageBox::warning(this, tr(\"Export\"),\n    QStringLiteral(\"Could not write\"));")
                                      << QStringLiteral("QStringLiteral(\"Could not write\")");
    QTest::newRow("message box title") << QStringLiteral("QMessageBox::question(this, \"Delete\", tr(\"Sure?\"));")
                                       << QStringLiteral("\"Delete\"");
    QTest::newRow("header labels") << QStringLiteral(
        "t->setHorizontalHeaderLabels({tr(\"Page\"), QStringLiteral(\"Visitors\")});")
                                   << QStringLiteral("QStringLiteral(\"Visitors\")");
    QTest::newRow("form row") << QStringLiteral("form->addRow(QStringLiteral(\"Name\"), m_name);")
                              << QStringLiteral("QStringLiteral(\"Name\")");
    QTest::newRow("one branch of ?:") << QStringLiteral(
        "l->setText(empty ? tr(\"None\") : QStringLiteral(\"Some users\"));")
                                      << QStringLiteral("QStringLiteral(\"Some users\")");
    QTest::newRow("file dialog filter") << QStringLiteral(
        "QFileDialog::getSaveFileName(this, tr(\"Export\"), dir, QStringLiteral(\"CSV files (*.csv)\"));")
                                        << QStringLiteral("QStringLiteral(\"CSV files (*.csv)\")");
    QTest::newRow("HTML around words") << QStringLiteral("l->setText(QStringLiteral(\"<b>Total</b> %1\").arg(n));")
                                       << QStringLiteral("QStringLiteral(\"<b>Total</b> %1\")");
}

void TestUntranslatedLiterals::flagsLiteralsWhereQtShowsText()
{
    QFETCH(QString, code);
    QFETCH(QString, literal);
    QCOMPARE(flagged(code), QStringList { literal });
}

void TestUntranslatedLiterals::letsTranslatedAndWordlessTextPass_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("tr") << QStringLiteral("label->setText(tr(\"No data yet\"));");
    QTest::newRow("translate") << QStringLiteral("box.setText(QCoreApplication::translate(\"main\", \"Port\"));");
    QTest::newRow("no words") << QStringLiteral(
        "m_change->setText(QStringLiteral(\" \")); m_value->setText(QStringLiteral(\"–\"));");
    QTest::newRow("markers and markup") << QStringLiteral("l->setText(QStringLiteral(\"<b>%1</b> %2%\").arg(a, b));");
    QTest::newRow("a variable") << QStringLiteral("l->setText(name);");
    QTest::newRow("item data") << QStringLiteral("combo->addItem(tr(\"Pageview\"), QStringLiteral(\"pageview\"));");
    QTest::newRow("object name") << QStringLiteral("bar->setObjectName(QStringLiteral(\"contextToolBar\"));");
    QTest::newRow("in a comment") << QStringLiteral(
        "// label->setText(QStringLiteral(\"Old text\"));\n/* setToolTip(\"x y\") */");
    QTest::newRow("marked") << QStringLiteral(
        "edit->setPlaceholderText(QStringLiteral(\"example.com\")); // no-tr: a domain");
    QTest::newRow("settings key") << QStringLiteral("settings.setValue(QStringLiteral(\"ui/language\"), code);");
}

void TestUntranslatedLiterals::letsTranslatedAndWordlessTextPass()
{
    QFETCH(QString, code);
    QCOMPARE(flagged(code), QStringList());
}

void TestUntranslatedLiterals::reportsTheLine()
{
    const QList<UntranslatedLiteral> found = UntranslatedLiteralScanner::scan(
        QStringLiteral("sample.cpp"), QStringLiteral("// header\nvoid f()\n{\n    b->setText(\"Go\");\n}\n"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().line, 4);
    QCOMPARE(found.first().call, QStringLiteral("setText"));
}

void TestUntranslatedLiterals::uiAndAppTranslateEveryVisibleString_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("ui") << QStringLiteral("ui");
    QTest::newRow("app") << QStringLiteral("app");
}

void TestUntranslatedLiterals::uiAndAppTranslateEveryVisibleString()
{
    QFETCH(QString, folder);
    const QDir source(qEnvironmentVariable("PULSE_SOURCE_DIR"));
    QVERIFY2(source.exists(folder), qPrintable(source.filePath(folder)));
    const QList<UntranslatedLiteral> found = UntranslatedLiteralScanner::scanFolder(source.filePath(folder));
    if (found.isEmpty())
        return;
    QStringList report = { QStringLiteral("%1 user-visible literal(s) without tr():").arg(found.size()) };
    for (const UntranslatedLiteral &f : found)
        report << QStringLiteral("    %1:%2: %3(%4)")
                      .arg(source.relativeFilePath(f.file))
                      .arg(f.line)
                      .arg(f.call, f.literal);
    report << QStringLiteral("  Wrap each in tr() (QCoreApplication::translate outside a QObject), or, when it must "
                             "stay as written, end its line with a `// no-tr: why` comment.");
    QFAIL(qPrintable(report.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestUntranslatedLiterals)
#include "TestUntranslatedLiterals.moc"
