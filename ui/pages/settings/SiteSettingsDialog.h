// Adding a site or editing one: name, domain, time zone, the origins allowed to send events (an
// editable list), how many days events are kept (the daily purge deletes older ones), bot filtering,
// Do Not Track, cookieless or user-id visitors and the ingestion quota. Saving goes through the
// workspace client; a refused setting keeps the dialog open, names the field and focuses it.
#pragma once

#include "access/SiteStore.h"
#include "workspace/WorkspaceClient.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pulse::ui {

class SiteSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SiteSettingsDialog(WorkspaceClient &client, const std::optional<Site> &existing, QWidget *parent = nullptr);

    // The site as REST's PUT /api/v1/sites/{id} takes it.
    QJsonObject siteJson() const;
    void save();

    // Appends an origin row and starts editing it (the Add origin button).
    void addOrigin(const QString &origin = {});
    void removeSelectedOrigin();
    QStringList origins() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *domainEdit() const { return m_domain; }
    QComboBox *timeZoneCombo() const { return m_timeZone; }
    QListWidget *originList() const { return m_origins; }
    QSpinBox *retentionSpin() const { return m_retention; }
    QCheckBox *botFilteringCheck() const { return m_bots; }
    QCheckBox *dntCheck() const { return m_dnt; }
    QComboBox *identityCombo() const { return m_identity; }
    QSpinBox *quotaSpin() const { return m_quota; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const;

Q_SIGNALS:
    void saved(const Site &site);

private:
    void showRefusal(const QString &field, const QString &error);

    WorkspaceClient &m_client;
    std::optional<Site> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_domain;
    QComboBox *m_timeZone;
    QListWidget *m_origins;
    QPushButton *m_addOrigin;
    QPushButton *m_removeOrigin;
    QSpinBox *m_retention;
    QCheckBox *m_bots;
    QCheckBox *m_dnt;
    QComboBox *m_identity;
    QSpinBox *m_quota;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace pulse::ui
