#include "pages/ConnectServerDialog.h"

#include "workspace/FutureWatch.h"
#include "workspace/RestTransport.h"
#include "workspace/SessionCredential.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulse::ui {

ConnectServerDialog::ConnectServerDialog(const Keychain &keychain, QWidget *parent)
    : QDialog(parent),
      m_keychain(keychain),
      m_url(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_key(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a server"));
    m_url->setPlaceholderText(tr("https://pulse.example.com"));
    m_name->setPlaceholderText(tr("Optional: a name for the menu, like Production"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("A secret key from the server's administrator"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(tr("The workbench shows the server's sites and figures instead of the ones on this "
                                "computer. The key is kept in the system keychain, never in a file. A key with the "
                                "read scope shows everything; changing funnels, cohorts or settings needs write."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_url);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Secret key:"), m_key);
    QPushButton *connectButton = m_buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void ConnectServerDialog::fail(const QString &message)
{
    m_message->setText(message);
    m_buttons->setEnabled(true);
    Q_EMIT checked(false);
}

void ConnectServerDialog::connectToServer()
{
    QString error;
    const QUrl url = ServerProfiles::normalizeUrl(m_url->text(), &error);
    if (url.isEmpty()) {
        fail(error);
        m_url->setFocus();
        return;
    }
    const QString secret = m_key->text().trimmed();
    if (secret.isEmpty()) {
        fail(tr("Enter a secret key: the server's administrator creates one with "
                "pulse-server key create --scope read."));
        m_key->setFocus();
        return;
    }
    ServerProfile profile { m_name->text().trimmed().isEmpty() ? url.host() : m_name->text().trimmed(), url };
    m_buttons->setEnabled(false);
    m_message->setText(tr("Connecting to %1…").arg(url.toString()));
    // A throwaway transport: nothing is kept until the server has accepted the key.
    auto *credential = new SessionCredential(url, secret, this);
    auto *transport = new RestTransport(url, *credential, this);
    whenFinished(this, transport->send("GET", QStringLiteral("/api/v1/sites")),
        [this, credential, transport, profile, secret](const RestResponse &response) {
            transport->deleteLater();
            credential->deleteLater();
            if (!response.ok()) {
                fail(response.status == 0 || response.status >= 500 ? response.error
                                                                    : tr("The server refused: %1").arg(response.error));
                return;
            }
            if (!response.body.toObject().value(QStringLiteral("items")).isArray()) {
                fail(tr("This address answers, but not as a Pulse server does. Check the address."));
                return;
            }
            store(profile, secret);
        });
}

void ConnectServerDialog::store(const ServerProfile &profile, const QString &secret)
{
    whenFinished(this, m_keychain.write(ServerProfiles::keychainName(profile.url), secret),
        [this, profile](const KeychainReply &reply) {
            if (!reply.ok()) {
                fail(tr("%1. The key is not stored anywhere else; unlock or set up the system keychain "
                        "and connect again.")
                         .arg(reply.error));
                return;
            }
            ServerProfiles::save(profile);
            m_profile = profile;
            Q_EMIT checked(true);
            accept();
        });
}

} // namespace pulse::ui
