#include "widgets/WorkspaceMenu.h"

#include "pages/ConnectServerDialog.h"
#include "workspace/ServerProfiles.h"

#include <QActionGroup>
#include <QMessageBox>

namespace pulse::ui {

WorkspaceMenu::WorkspaceMenu(const QUrl &current, const Keychain &keychain, QWidget *parent)
    : QMenu(tr("&Workspace"), parent), m_current(current), m_keychain(keychain)
{
    rebuild();
}

void WorkspaceMenu::rebuild()
{
    clear();
    auto *group = new QActionGroup(this);
    QAction *local = addAction(tr("This computer"));
    local->setCheckable(true);
    local->setChecked(m_current.isEmpty());
    group->addAction(local);
    connect(local, &QAction::triggered, this, [this] {
        if (!m_current.isEmpty())
            Q_EMIT switchRequested(QUrl());
    });
    for (const ServerProfile &profile : ServerProfiles::list()) {
        //: A remote server in File > Workspace: "Production (https://pulse.example.com)".
        QAction *server = addAction(tr("%1 (%2)").arg(profile.name, profile.url.toString()));
        server->setCheckable(true);
        server->setChecked(profile.url == m_current);
        group->addAction(server);
        const QUrl url = profile.url;
        connect(server, &QAction::triggered, this, [this, url] {
            if (url != m_current)
                Q_EMIT switchRequested(url);
        });
    }
    addSeparator();
    connect(addAction(tr("Connect to a server…")), &QAction::triggered, this, &WorkspaceMenu::connectToServer);
    if (!m_current.isEmpty())
        connect(addAction(tr("Forget this server…")), &QAction::triggered, this, &WorkspaceMenu::forgetCurrent);
}

void WorkspaceMenu::connectToServer()
{
    ConnectServerDialog dialog(m_keychain, parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    rebuild();
    Q_EMIT switchRequested(dialog.profile().url);
}

void WorkspaceMenu::forgetCurrent()
{
    const std::optional<ServerProfile> profile = ServerProfiles::find(m_current);
    const QString name = profile ? profile->name : m_current.toString();
    const auto answer = QMessageBox::question(parentWidget(), tr("Forget this server"),
        tr("Remove %1 from the Workspace menu and its key from the system keychain? The server and its data are "
           "not touched; to connect again you will need the key.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    const QUrl url = m_current;
    m_keychain.remove(ServerProfiles::keychainName(url));
    ServerProfiles::remove(url);
    Q_EMIT switchRequested(QUrl());
}

} // namespace pulse::ui
