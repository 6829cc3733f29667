// File > Workspace > Connect to a server…: the server's address, a name for the menu and a secret key.
// Connect first asks the server (GET /api/v1/sites with the key), so a wrong address or key is said
// before anything is kept; then the key goes to the system keychain (never a settings file) and the
// server joins the Workspace menu.
#pragma once

#include "workspace/Keychain.h"
#include "workspace/ServerProfiles.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pulse::ui {

class ConnectServerDialog final : public QDialog {
    Q_OBJECT
public:
    // keychain: where the key is stored; tests pass one with their own service name.
    ConnectServerDialog(const Keychain &keychain, QWidget *parent = nullptr);

    // The server the dialog connected to, once accepted.
    ServerProfile profile() const { return m_profile; }

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *messageLabel() const { return m_message; }
    // Checks and connects, as the Connect button does.
    void connectToServer();

Q_SIGNALS:
    // The check ran and failed (the message is shown) or the dialog is about to accept.
    void checked(bool ok);

private:
    void fail(const QString &message);
    void store(const ServerProfile &profile, const QString &secret);

    const Keychain &m_keychain;
    QLineEdit *m_url;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    ServerProfile m_profile;
};

} // namespace pulse::ui
