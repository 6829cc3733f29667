// The pepper of the desktop's own workspace (the secret that API keys are hashed with) kept in the
// system keychain rather than in the data folder (ARCHITECTURE.md, Security model). The folder keeps
// only pepper.keychain, which names the keychain entry; a pepper file found there (made by
// pulse-server or an earlier Pulse, or brought back by a restore) is moved into the keychain, read back
// and only then deleted. Without a usable keychain the pepper stays in its owner-only file, as
// pulse-server keeps it, and Settings > Data folder says why. docs/backup.md describes it for users.
#pragma once

#include "workspace/Keychain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace pulse::ui {

struct PepperChoice {
    enum class Place {
        Keychain,
        File, // dataDir/pepper, owner-only
        Environment, // $PULSE_PEPPER, which wins over both
    };
    enum class Problem {
        None,
        Missing, // the folder says its pepper is in the keychain, which has no such entry (or the marker is damaged)
        Unavailable, // the keychain did not answer
    };
    Place place = Place::File;
    QByteArray pepper; // the pepper when it is in the keychain; empty: the engine's file
    QString entry; // the keychain entry's name
    QString note; // why it is in a file although a keychain is wanted, for people
    Problem problem = Problem::None;
    QString error; // the problem, for people
};

class DesktopPepper final {
    Q_DECLARE_TR_FUNCTIONS(DesktopPepper)
public:
    DesktopPepper(const QString &dataDir, const Keychain &keychain);

    // Finds the folder's pepper, moving a pepper file into the keychain or placing a new pepper there.
    // Waits for the keychain. Call it under the workspace lock (WorkspaceOptions::pepperSource).
    PepperChoice resolve() const;
    // After Problem::Missing, once the user has agreed that keys made with the lost pepper stop
    // working: a new pepper in the keychain for this folder.
    PepperChoice replaceMissing() const;

    // What the user says to a problem: Proceed is "Create a new pepper" for Problem::Missing and
    // "Retry" for Problem::Unavailable.
    enum class Answer { Quit, Proceed };
    using Ask = std::function<Answer(const PepperChoice &problem)>;
    // The pepper for WorkspaceOptions::pepperSource: resolve(), asking about each problem until it is
    // solved or the user quits (then empty, with *error). A pepper left in its file is read (or made)
    // by the engine's KeyStore::loadOrCreatePepper. *choice says where it ended up.
    QByteArray obtain(PepperChoice *choice, QString *error, const Ask &ask) const;

private:
    // Writes pepper under a new entry, reads it back and points the marker at it; false and *error
    // when any step fails (the marker then still names what it named before).
    bool store(const QByteArray &pepper, QString *entry, QString *error) const;
    // store() as a choice: the keychain's, or the file's with the keychain's refusal as its note.
    PepperChoice keep(const QByteArray &pepper) const;
    QString markerPath() const;
    QString filePath() const;

    QString m_dataDir;
    const Keychain &m_keychain;
};

} // namespace pulse::ui
