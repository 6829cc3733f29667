#include "analytics/cohort/Cohort.h"

#include "core/CsvField.h"
#include "core/JsonFields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace pulse {

using json::quoted;
using json::readInteger;
using json::readString;

QString CohortMember::key() const
{
    return userId.isEmpty() ? QStringLiteral("v:") + visitorId : QStringLiteral("u:") + userId;
}

CohortMember CohortMember::fromKey(const QString &key)
{
    CohortMember m;
    if (key.startsWith(QLatin1String("u:")))
        m.userId = key.mid(2);
    else if (key.startsWith(QLatin1String("v:")))
        m.visitorId = key.mid(2);
    return m;
}

QJsonObject CohortMember::toJson() const
{
    QJsonObject o;
    if (!userId.isEmpty())
        o.insert(QStringLiteral("user_id"), userId);
    if (!visitorId.isEmpty())
        o.insert(QStringLiteral("visitor_id"), visitorId);
    return o;
}

QString Cohort::kindName(Kind kind)
{
    return kind == Kind::Dynamic ? QStringLiteral("dynamic") : QStringLiteral("static");
}

QJsonObject Cohort::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("site_id"), siteId },
        { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
        { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("created_at_ms"), createdAtMs },
        { QStringLiteral("updated_at_ms"), updatedAtMs }, { QStringLiteral("computed_at_ms"), computedAtMs },
        { QStringLiteral("size"), size }, { QStringLiteral("version"), version } };
    if (kind == Kind::Dynamic) {
        o.insert(QStringLiteral("definition"), definition.toJson());
        o.insert(QStringLiteral("refresh_hours"), refreshHours);
    }
    return o;
}

bool Cohort::fromJson(const QJsonObject &json, Cohort *out, QString *error)
{
    Cohort c = *out;
    QString kind = kindName(c.kind);
    qint64 refresh = c.refreshHours;
    if (!readString(json, "name", &c.name, error) || !readString(json, "description", &c.description, error)
        || !readString(json, "kind", &kind, error) || !readInteger(json, "refresh_hours", &refresh, error))
        return false;
    if (kind != QLatin1String("static") && kind != QLatin1String("dynamic")) {
        *error = QStringLiteral("Field 'kind' must be static or dynamic; got %1.").arg(quoted(kind));
        return false;
    }
    c.kind = kind == QLatin1String("dynamic") ? Kind::Dynamic : Kind::Static;
    if (refresh < 0 || refresh > 24 * 366) {
        *error = QStringLiteral("Field 'refresh_hours' must be from 0 (only on demand) to 8784.");
        return false;
    }
    c.refreshHours = int(refresh);
    const QJsonValue def = json.value(QLatin1String("definition"));
    if (c.kind == Kind::Dynamic) {
        if (!def.isObject()) {
            if (json.contains(QLatin1String("definition")) || c.definition.isEmpty()) {
                *error = QStringLiteral(
                    "A dynamic cohort needs 'definition': {\"match\": \"all\", \"conditions\": [...]}.");
                return false;
            }
        } else {
            QString message;
            if (!CohortGroup::fromJson(def.toObject(), &c.definition, &message)) {
                *error = QStringLiteral("definition: ") + message;
                return false;
            }
        }
    } else if (!def.isUndefined() && !def.isNull()) {
        *error = QStringLiteral("A static cohort has no 'definition'; use kind \"dynamic\" for a behavioural cohort.");
        return false;
    }
    *out = c;
    return true;
}

QJsonObject CohortMembersPage::toJson() const
{
    QJsonArray list;
    for (const CohortMember &m : members)
        list << m.toJson();
    return { { QStringLiteral("members"), list }, { QStringLiteral("total"), total } };
}

CohortMembersPage CohortMembersPage::fromJson(const QJsonObject &json)
{
    CohortMembersPage p;
    for (const QJsonValue &v : json.value(QLatin1String("members")).toArray()) {
        const QJsonObject o = v.toObject();
        p.members << CohortMember { o.value(QLatin1String("user_id")).toString(),
            o.value(QLatin1String("visitor_id")).toString() };
    }
    p.total = json.value(QLatin1String("total")).toInteger();
    return p;
}

QByteArray CohortMembersPage::toCsv() const
{
    QByteArray out = "user_id,visitor_id\r\n";
    for (const CohortMember &m : members)
        out += csvField(m.userId) + ',' + csvField(m.visitorId) + "\r\n";
    return out;
}

} // namespace pulse
