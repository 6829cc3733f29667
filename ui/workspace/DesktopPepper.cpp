#include "workspace/DesktopPepper.h"

#include "access/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace pulse::ui {

namespace {

constexpr qsizetype kMinimumPepperBytes = 16; // as KeyStore::loadOrCreatePepper accepts

// "pepper-<uuid>": a name of its own per folder, so several data folders (or a restored pepper) never
// share or overwrite an entry.
QString newEntryName()
{
    return QStringLiteral("pepper-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isEntryName(const QString &name)
{
    return name.startsWith(QLatin1String("pepper-")) && !QUuid::fromString(name.mid(7)).isNull();
}

// The pepper in its file's format (base64 on one line), or empty when it is not one.
QByteArray decodePepper(const QByteArray &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() >= kMinimumPepperBytes ? decoded.decoded : QByteArray();
}

} // namespace

DesktopPepper::DesktopPepper(const QString &dataDir, const Keychain &keychain)
    : m_dataDir(dataDir), m_keychain(keychain)
{
}

QString DesktopPepper::markerPath() const
{
    return QDir(m_dataDir).filePath(KeyStore::keychainMarkerName());
}

QString DesktopPepper::filePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("pepper"));
}

bool DesktopPepper::store(const QByteArray &pepper, QString *entry, QString *error) const
{
    const QString name = newEntryName();
    const QString text = QString::fromLatin1(pepper.toBase64());
    KeychainReply reply = Keychain::wait(m_keychain.write(name, text));
    if (reply.ok()) {
        // Read back before anything depends on it: some keychains accept a write they do not keep.
        reply = Keychain::wait(m_keychain.read(name));
        if (reply.ok() && reply.secret != text)
            reply.error = tr("The system keychain did not keep the pepper.");
    }
    if (!reply.ok()) {
        *error = reply.error;
        return false;
    }
    QSaveFile marker(markerPath());
    if (!marker.open(QIODevice::WriteOnly) || marker.write(name.toLatin1() + '\n') < 0 || !marker.commit()) {
        *error = tr("Pulse could not write %1: %2").arg(QDir::toNativeSeparators(markerPath()), marker.errorString());
        Keychain::wait(m_keychain.remove(name));
        return false;
    }
    *entry = name;
    return true;
}

PepperChoice DesktopPepper::resolve() const
{
    PepperChoice choice;
    QFile file(filePath());
    if (file.exists()) {
        // A pepper file: pulse-server's or an earlier Pulse's, or one a restore brought back. It moves
        // into the keychain under a new entry (an entry it replaces stays in the keychain untouched) and
        // is deleted only once the keychain has given it back. A damaged file is left to the engine,
        // which says so.
        if (!file.open(QIODevice::ReadOnly))
            return choice;
        const QByteArray pepper = decodePepper(file.readAll());
        file.close();
        if (pepper.isEmpty())
            return choice;
        choice = keep(pepper);
        if (choice.place == PepperChoice::Place::Keychain && !QFile::remove(filePath()))
            choice.note = tr("The pepper is in the system keychain, but its old file %1 could not be deleted: "
                             "delete it by hand.")
                              .arg(QDir::toNativeSeparators(filePath()));
        return choice;
    }

    QFile marker(markerPath());
    if (!marker.exists()) {
        // A new data folder: its pepper is made in the keychain. Without a keychain the engine makes
        // the owner-only file instead, as for pulse-server.
        return keep(KeyStore::generatePepper());
    }

    choice.place = PepperChoice::Place::Keychain;
    const QString name
        = marker.open(QIODevice::ReadOnly) ? QString::fromLatin1(marker.readLine(200).trimmed()) : QString();
    if (!isEntryName(name)) {
        choice.problem = PepperChoice::Problem::Missing; // as good as lost: a new one is all that helps
        choice.error = tr("%1 is damaged: it should name the system keychain's entry that holds this data "
                          "folder's pepper.")
                           .arg(QDir::toNativeSeparators(markerPath()));
        return choice;
    }
    choice.entry = name;
    const KeychainReply reply = Keychain::wait(m_keychain.read(name));
    if (reply.notFound) {
        choice.problem = PepperChoice::Problem::Missing;
        choice.error = tr("This data folder's pepper (the secret its API keys are checked with) is kept in a "
                          "system keychain under the name %1, and this computer's keychain has no such entry. "
                          "The folder was probably copied from another computer or user account.")
                           .arg(name);
        return choice;
    }
    if (!reply.ok()) {
        choice.problem = PepperChoice::Problem::Unavailable;
        choice.error = reply.error;
        return choice;
    }
    choice.pepper = decodePepper(reply.secret.toLatin1());
    if (choice.pepper.isEmpty()) {
        choice.problem = PepperChoice::Problem::Missing; // retrying would read the same
        choice.error = tr("The system keychain's entry %1 does not hold a pepper.").arg(name);
    }
    return choice;
}

PepperChoice DesktopPepper::replaceMissing() const
{
    PepperChoice choice = keep(KeyStore::generatePepper());
    if (choice.place != PepperChoice::Place::Keychain) {
        // No file to fall back to here: the folder's keys belong in the keychain.
        choice.problem = PepperChoice::Problem::Unavailable;
        choice.error = choice.note;
        choice.note.clear();
    }
    return choice;
}

QByteArray DesktopPepper::obtain(PepperChoice *choice, QString *error, const Ask &ask) const
{
    *choice = resolve();
    while (choice->problem != PepperChoice::Problem::None) {
        if (ask(*choice) == Answer::Quit) {
            *error = choice->error;
            return {};
        }
        *choice = choice->problem == PepperChoice::Problem::Missing ? replaceMissing() : resolve();
    }
    if (choice->place == PepperChoice::Place::Keychain)
        return choice->pepper;
    return KeyStore::loadOrCreatePepper(m_dataDir, error); // its owner-only file
}

PepperChoice DesktopPepper::keep(const QByteArray &pepper) const
{
    PepperChoice choice;
    QString error;
    if (!store(pepper, &choice.entry, &error)) {
        choice.note = error; // the pepper stays where it is, or goes to the engine's file
        return choice;
    }
    choice.place = PepperChoice::Place::Keychain;
    choice.pepper = pepper;
    return choice;
}

} // namespace pulse::ui
