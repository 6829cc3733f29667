// The committed catalogues (translations/pulse_*.ts) against the sources and against shipping:
//   upToDate  lupdate, run on a copy exactly as `update_translations` runs it, finds the same messages
//             (context, source text, disambiguation) as the committed file: no string added in the code
//             and missing from the catalogue, none removed from the code and still in it.
//   complete  every message has a finished translation, so no untranslated string ships.
// CTest runs them as test_translations_up_to_date and test_translations_complete. The command line,
// languages and sources come from cmake/PulseTranslations.cmake through the environment.
#include "TsCatalogue.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse::test;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QStringList envList(const char *name)
{
    return env(name).split(u' ', Qt::SkipEmptyParts);
}

QString committedFile(const QString &language)
{
    return QDir(env("PULSE_SOURCE_DIR")).filePath(QStringLiteral("translations/pulse_%1.ts").arg(language));
}

QString fixCommand()
{
    return QStringLiteral("cmake --build <build folder> --target update_translations\n  (or, in %1: %2 %3 "
                          "-target-language LANGUAGE %4 -ts translations/pulse_LANGUAGE.ts)")
        .arg(env("PULSE_SOURCE_DIR"), env("PULSE_LUPDATE"), env("PULSE_LUPDATE_OPTIONS"),
            env("PULSE_TRANSLATION_SOURCES"));
}

QStringList describeAll(const QList<TsMessage> &messages, const QSet<QString> &keys)
{
    QStringList lines;
    for (const TsMessage &m : messages) {
        if (keys.contains(m.key()))
            lines.append(QStringLiteral("    ") + m.describe());
    }
    return lines;
}

} // namespace

class TestTranslationCatalogues final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void upToDate_data();
    void upToDate();
    void complete_data();
    void complete();

private:
    void addLanguages();
};

void TestTranslationCatalogues::initTestCase()
{
    for (const char *name : { "PULSE_SOURCE_DIR", "PULSE_LUPDATE", "PULSE_LUPDATE_OPTIONS", "PULSE_TRANSLATION_SOURCES",
             "PULSE_TRANSLATION_LANGUAGES" })
        QVERIFY2(!env(name).isEmpty(), name); // set by tests/translations/CMakeLists.txt
}

void TestTranslationCatalogues::addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : envList("PULSE_TRANSLATION_LANGUAGES"))
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslationCatalogues::upToDate_data()
{
    addLanguages();
}

void TestTranslationCatalogues::upToDate()
{
    QFETCH(QString, language);
    TsCatalogue committed;
    QString error;
    QVERIFY2(TsCatalogue::read(committedFile(language), &committed, &error), qPrintable(error));

    // lupdate on a copy: the committed file stays as it is, whatever lupdate would change.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("pulse_%1.ts").arg(language));
    QVERIFY(QFile::copy(committedFile(language), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(env("PULSE_SOURCE_DIR"));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(env("PULSE_LUPDATE"),
        envList("PULSE_LUPDATE_OPTIONS") + QStringList { QStringLiteral("-target-language"), language }
            + envList("PULSE_TRANSLATION_SOURCES") + QStringList { QStringLiteral("-ts"), copy });
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    TsCatalogue fresh;
    QVERIFY2(TsCatalogue::read(copy, &fresh, &error), qPrintable(error));
    const QSet<QString> now = fresh.keys();
    const QSet<QString> before = committed.keys();
    const QSet<QString> added = QSet<QString>(now).subtract(before);
    const QSet<QString> gone = QSet<QString>(before).subtract(now);
    if (added.isEmpty() && gone.isEmpty())
        return;
    QStringList report = { QStringLiteral("translations/pulse_%1.ts is out of date with the sources.").arg(language) };
    if (!added.isEmpty())
        report << QStringLiteral("  New in the code, missing from the catalogue (%1):").arg(added.size())
               << describeAll(fresh.messages, added);
    if (!gone.isEmpty())
        report << QStringLiteral("  Gone from the code, still in the catalogue (%1):").arg(gone.size())
               << describeAll(committed.messages, gone);
    report << QStringLiteral("  To fix: %1").arg(fixCommand());
    QFAIL(qPrintable(report.join(u'\n')));
}

void TestTranslationCatalogues::complete_data()
{
    addLanguages();
}

void TestTranslationCatalogues::complete()
{
    QFETCH(QString, language);
    TsCatalogue catalogue;
    QString error;
    QVERIFY2(TsCatalogue::read(committedFile(language), &catalogue, &error), qPrintable(error));
    QCOMPARE(catalogue.language, language);
    QVERIFY(!catalogue.messages.isEmpty());
    const QList<TsMessage> open = catalogue.unfinished();
    if (open.isEmpty())
        return;
    constexpr int kListed = 40;
    QStringList report = { QStringLiteral("translations/pulse_%1.ts: %2 of %3 messages are unfinished or empty; they "
                                          "would show in English:")
                               .arg(language)
                               .arg(open.size())
                               .arg(catalogue.messages.size()) };
    for (qsizetype i = 0; i < std::min<qsizetype>(open.size(), kListed); ++i)
        report << QStringLiteral("    ") + open.at(i).describe();
    if (open.size() > kListed)
        report << QStringLiteral("    … and %1 more").arg(open.size() - kListed);
    report << QStringLiteral("  Translate them and mark them finished, e.g. with /usr/lib/qt6/bin/linguist "
                             "translations/pulse_%1.ts (docs/translations.md).")
                  .arg(language);
    QFAIL(qPrintable(report.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "TestTranslationCatalogues.moc"
