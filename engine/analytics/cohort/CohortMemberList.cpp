#include "analytics/cohort/CohortMemberList.h"

#include "import/CsvReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonValue>

namespace pulse {

namespace {

bool isVisitorId(const QString &id)
{
    if (id.size() != 16)
        return false;
    for (QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Adds one id as a key; false with *error when it cannot be one.
bool addId(const QString &raw, bool visitor, QStringList *keys, QString *error)
{
    const QString id = raw.trimmed();
    if (id.isEmpty())
        return true; // blank cells are skipped
    if (id.size() > CohortMemberList::kMaxIdLength) {
        *error = QStringLiteral("ids are limited to %1 characters.").arg(CohortMemberList::kMaxIdLength);
        return false;
    }
    if (visitor && !isVisitorId(id.toLower())) {
        *error = QStringLiteral("a visitor id is 16 hexadecimal digits, as Pulse shows it.");
        return false;
    }
    if (keys->size() >= CohortMemberList::kMaxMembers) {
        *error = QStringLiteral("a list holds at most %1 users.").arg(CohortMemberList::kMaxMembers);
        return false;
    }
    *keys << (visitor ? QStringLiteral("v:") + id.toLower() : QStringLiteral("u:") + id);
    return true;
}

} // namespace

bool CohortMemberList::fromCsv(const QByteArray &csv, QStringList *keys, QString *error)
{
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    qsizetype userColumn = 0, visitorColumn = -1;
    bool first = true;
    QStringList out;
    while (reader.next()) {
        if (reader.problem() != CsvReader::Problem::None) {
            *error = QStringLiteral("Row %1: %2").arg(reader.row()).arg(reader.problemMessage());
            return false;
        }
        if (first) {
            first = false;
            const QList<QString> names = reader.fieldTexts();
            const qsizetype user = names.indexOf(QStringLiteral("user_id"));
            const qsizetype visitor = names.indexOf(QStringLiteral("visitor_id"));
            if (user >= 0 || visitor >= 0) { // a header row
                userColumn = user;
                visitorColumn = visitor;
                continue;
            }
        }
        // A row with a user id counts as that user; otherwise by its visitor id (anonymous visitors).
        const QString user = userColumn >= 0 ? reader.fieldText(userColumn).trimmed() : QString();
        QString message;
        const bool ok = !user.isEmpty() ? addId(user, false, &out, &message)
            : visitorColumn >= 0        ? addId(reader.fieldText(visitorColumn), true, &out, &message)
                                        : true;
        if (!ok) {
            *error = QStringLiteral("Row %1: %2").arg(reader.row()).arg(message);
            return false;
        }
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    *keys = out;
    return true;
}

bool CohortMemberList::fromJson(const QJsonObject &json, QStringList *keys, QString *error)
{
    QStringList out;
    for (const auto &[field, visitor] : { std::pair { "user_ids", false }, { "visitor_ids", true } }) {
        const QJsonValue value = json.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isArray()) {
            *error = QStringLiteral("Field '%1' must be an array of strings.").arg(QLatin1String(field));
            return false;
        }
        const QJsonArray ids = value.toArray();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QString message;
            if (!ids[i].isString() || !addId(ids[i].toString(), visitor, &out, &message)) {
                *error = QStringLiteral("%1[%2]: %3")
                             .arg(QLatin1String(field))
                             .arg(i)
                             .arg(message.isEmpty() ? QStringLiteral("must be a string.") : message);
                return false;
            }
        }
    }
    if (out.isEmpty()) {
        *error = QStringLiteral("Send 'user_ids' and/or 'visitor_ids' with at least one id.");
        return false;
    }
    *keys = out;
    return true;
}

} // namespace pulse
