// File > Workspace: which workspace the workbench shows — the one on this computer or a remote
// server's — with Connect to a server… and Forget this server. The menu only asks; MainWindow's owner
// opens the chosen workspace.
#pragma once

#include "workspace/Keychain.h"

#include <QMenu>
#include <QUrl>

namespace pulse::ui {

class WorkspaceMenu final : public QMenu {
    Q_OBJECT
public:
    // current: the server shown now, empty for this computer.
    WorkspaceMenu(const QUrl &current, const Keychain &keychain, QWidget *parent = nullptr);

    // Builds the entries again from the saved servers.
    void rebuild();

Q_SIGNALS:
    // Show url's workspace (empty: this computer's).
    void switchRequested(const QUrl &url);

private:
    void connectToServer();
    void forgetCurrent();

    QUrl m_current;
    const Keychain &m_keychain;
};

} // namespace pulse::ui
