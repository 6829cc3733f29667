// Creating a secret API key: what it is for (its name), what it may do (a checkbox per scope, each with
// a sentence), the one site it is limited to or every site, and an optional expiry date. Creating goes
// through the workspace client; a refusal keeps the dialog open and names the field. The new secret
// is handed on in created() and shown once by the caller.
#pragma once

#include "access/SecretKey.h"
#include "access/SiteStore.h"
#include "workspace/WorkspaceClient.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pulse::ui {

class KeyCreateDialog final : public QDialog {
    Q_OBJECT
public:
    KeyCreateDialog(WorkspaceClient &client, const QList<Site> &sites, QWidget *parent = nullptr);

    NewApiKey newKey() const;
    void create();

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *scopeCheck(Scope scope) const { return m_scopes.value(int(scope)); }
    QComboBox *siteCombo() const { return m_site; }
    QCheckBox *expiresCheck() const { return m_expires; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // Stored; reply.secret holds the new secret, the one time it is known.
    void created(const ApiKeyReply &reply);

private:
    WorkspaceClient &m_client;
    QLineEdit *m_name;
    QMap<int, QCheckBox *> m_scopes;
    QComboBox *m_site;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace pulse::ui
