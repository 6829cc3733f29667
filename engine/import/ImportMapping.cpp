#include "import/ImportMapping.h"

#include <QJsonArray>

#include <algorithm>

namespace pulse {

namespace {

const char *const kTimeNames[] = { "auto", "epoch_seconds", "epoch_millis", "iso8601" };

// Header names recognised for each role when detectColumns is set (compared case-insensitively).
const QStringList &candidates(const char *role)
{
    static const QStringList timestamp { QStringLiteral("timestamp"), QStringLiteral("ts"), QStringLiteral("time"),
        QStringLiteral("date"), QStringLiteral("datetime"), QStringLiteral("event_time") };
    static const QStringList name { QStringLiteral("event"), QStringLiteral("name"), QStringLiteral("event_name"),
        QStringLiteral("type") };
    static const QStringList user { QStringLiteral("user_id"), QStringLiteral("userid"), QStringLiteral("user"),
        QStringLiteral("distinct_id"), QStringLiteral("visitor_id") };
    static const QStringList location { QStringLiteral("url"), QStringLiteral("path"), QStringLiteral("page"),
        QStringLiteral("pathname") };
    static const QStringList referrer { QStringLiteral("referrer"), QStringLiteral("referer"), QStringLiteral("ref") };
    static const QStringList id { QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("uuid") };
    static const QStringList none;
    const QLatin1String r(role);
    if (r == QLatin1String("timestamp"))
        return timestamp;
    if (r == QLatin1String("name"))
        return name;
    if (r == QLatin1String("user_id"))
        return user;
    if (r == QLatin1String("path"))
        return location;
    if (r == QLatin1String("referrer"))
        return referrer;
    if (r == QLatin1String("id"))
        return id;
    return none;
}

QJsonValue columnToJson(const ImportColumn &c)
{
    if (c.index >= 0)
        return c.index;
    if (!c.name.isEmpty())
        return c.name;
    return QJsonValue::Null;
}

bool columnFromJson(const QJsonValue &v, ImportColumn *out)
{
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (v.isString() && !v.toString().isEmpty()) {
        *out = ImportColumn::named(v.toString());
        return true;
    }
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 10000 && v.toDouble() == double(int(v.toDouble()))) {
        *out = ImportColumn::at(v.toInt());
        return true;
    }
    return false;
}

struct Role {
    const char *key;
    ImportColumn ImportMapping::*column;
};
constexpr Role kRoles[] = { { "timestamp", &ImportMapping::timestamp }, { "name", &ImportMapping::name },
    { "user_id", &ImportMapping::userId }, { "path", &ImportMapping::location },
    { "referrer", &ImportMapping::referrer }, { "id", &ImportMapping::eventId } };

} // namespace

ImportMapping ImportMapping::automatic()
{
    ImportMapping m;
    m.hasHeader = true;
    m.detectColumns = true;
    m.otherColumnsAsProps = true;
    return m;
}

QStringList ImportMapping::presetNames()
{
    return { QStringLiteral("pulse-bench") };
}

std::optional<ImportMapping> ImportMapping::preset(const QString &presetName)
{
    if (presetName == QLatin1String("pulse-bench")) {
        // ../shared/bench/gen-events.cpp: no header; ts,user_id,event,path,referrer,country,device.
        ImportMapping m;
        m.hasHeader = false;
        m.delimiter = ',';
        m.timestamp = ImportColumn::at(0);
        m.timeFormat = Time::EpochSeconds;
        m.userId = ImportColumn::at(1);
        m.name = ImportColumn::at(2);
        m.location = ImportColumn::at(3);
        m.referrer = ImportColumn::at(4);
        m.props
            = { { QStringLiteral("country"), ImportColumn::at(5) }, { QStringLiteral("device"), ImportColumn::at(6) } };
        m.otherColumnsAsProps = false;
        return m;
    }
    return std::nullopt;
}

QString ImportMapping::timeFormatName(Time format)
{
    return QLatin1String(kTimeNames[int(format)]);
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columns;
    for (const Role &role : kRoles)
        columns.insert(QLatin1String(role.key), columnToJson(this->*role.column));
    QJsonArray propList;
    for (const ImportProperty &p : props)
        propList.append(
            QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("column"), columnToJson(p.column) } });
    return QJsonObject {
        { QStringLiteral("header"), hasHeader },
        { QStringLiteral("delimiter"), delimiter == 0 ? QStringLiteral("auto") : QString(QLatin1Char(delimiter)) },
        { QStringLiteral("detect_columns"), detectColumns },
        { QStringLiteral("columns"), columns },
        { QStringLiteral("timestamp_format"), timeFormatName(timeFormat) },
        { QStringLiteral("props"), propList },
        { QStringLiteral("other_columns_as_props"), otherColumnsAsProps },
    };
}

std::optional<ImportMapping> ImportMapping::fromJson(const QJsonObject &json, QString *error)
{
    ImportMapping m;
    auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    const QJsonValue header = json.value(QLatin1String("header"));
    if (!header.isUndefined() && !header.isBool())
        return fail(tr("\"header\" must be true or false."));
    m.hasHeader = header.toBool(true);

    const QString delimiter = json.value(QLatin1String("delimiter")).toString(QStringLiteral("auto"));
    if (delimiter == QLatin1String("auto"))
        m.delimiter = 0;
    else if (delimiter == QLatin1String(",") || delimiter == QLatin1String(";") || delimiter == QLatin1String("\t"))
        m.delimiter = char(delimiter.at(0).unicode());
    else
        return fail(tr("\"delimiter\" must be \",\", \";\", a tab or \"auto\", not '%1'.").arg(delimiter));

    m.detectColumns = json.value(QLatin1String("detect_columns")).toBool(false);
    m.otherColumnsAsProps = json.value(QLatin1String("other_columns_as_props")).toBool(true);

    const QJsonObject columns = json.value(QLatin1String("columns")).toObject();
    for (const Role &role : kRoles) {
        if (!columnFromJson(columns.value(QLatin1String(role.key)), &(m.*role.column)))
            return fail(
                tr("columns.%1 must be a header name or a 0-based column number.").arg(QLatin1String(role.key)));
    }

    const QString format = json.value(QLatin1String("timestamp_format")).toString(QStringLiteral("auto"));
    const auto found = std::find_if(
        std::begin(kTimeNames), std::end(kTimeNames), [&](const char *n) { return format == QLatin1String(n); });
    if (found == std::end(kTimeNames))
        return fail(
            tr("\"timestamp_format\" must be auto, epoch_seconds, epoch_millis or iso8601, not '%1'.").arg(format));
    m.timeFormat = Time(found - std::begin(kTimeNames));

    for (const QJsonValue &v : json.value(QLatin1String("props")).toArray()) {
        ImportProperty p;
        p.name = v.toObject().value(QLatin1String("name")).toString();
        if (p.name.isEmpty() || !columnFromJson(v.toObject().value(QLatin1String("column")), &p.column)
            || !p.column.isSet())
            return fail(
                tr("Each entry of \"props\" needs a \"name\" and a \"column\" (header name or 0-based number)."));
        m.props.append(p);
    }
    return m;
}

std::optional<ResolvedMapping> ImportMapping::resolve(
    const QStringList &header, qsizetype columnCount, QString *error) const
{
    ResolvedMapping r;
    r.timeFormat = timeFormat;
    r.columnCount = columnCount;
    for (qsizetype i = 0; i < columnCount; ++i) {
        const QString headerName = hasHeader ? header.value(i).trimmed() : QString();
        r.columnNames << (headerName.isEmpty() ? tr("column %1").arg(i + 1) : headerName);
    }

    auto find = [&](const ImportColumn &c, int *out) {
        if (c.index >= 0) {
            if (c.index >= columnCount) {
                *error = tr("The mapping uses column %1, but the file has only %2 columns.")
                             .arg(c.index + 1)
                             .arg(columnCount);
                return false;
            }
            *out = c.index;
            return true;
        }
        if (!hasHeader) {
            *error
                = tr("The mapping names column '%1', but the file has no header: map columns by number.").arg(c.name);
            return false;
        }
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(c.name, Qt::CaseInsensitive) == 0) {
                *out = int(i);
                return true;
            }
        }
        *error = tr("The file has no column '%1'; its columns are: %2.").arg(c.name, header.join(QStringLiteral(", ")));
        return false;
    };

    int *const targets[] = { &r.timestamp, &r.name, &r.userId, &r.location, &r.referrer, &r.eventId };
    for (size_t k = 0; k < std::size(kRoles); ++k) {
        const ImportColumn &c = this->*kRoles[k].column;
        if (c.isSet()) {
            if (!find(c, targets[k]))
                return std::nullopt;
        } else if (detectColumns && hasHeader) {
            for (const QString &candidate : candidates(kRoles[k].key)) {
                qsizetype match = -1;
                for (qsizetype i = 0; i < header.size() && match < 0; ++i)
                    match = header.at(i).trimmed().compare(candidate, Qt::CaseInsensitive) == 0 ? i : -1;
                if (match >= 0) {
                    *targets[k] = int(match);
                    break;
                }
            }
        }
    }
    if (r.timestamp < 0)
        *error = tr("No column holds the time: map one (for example a header named 'timestamp' or 'ts').");
    else if (r.name < 0)
        *error = tr("No column holds the event name: map one (for example a header named 'event' or 'name').");
    else if (r.userId < 0)
        *error = tr("No column holds the user id: map one (for example a header named 'user_id'); imported visitors "
                    "are told apart by it.");
    if (r.timestamp < 0 || r.name < 0 || r.userId < 0)
        return std::nullopt;

    QList<bool> used(columnCount, false);
    for (int *t : targets) {
        if (*t >= 0)
            used[*t] = true;
    }
    QStringList propNames;
    for (const ImportProperty &p : props) {
        int at = -1;
        if (!find(p.column, &at))
            return std::nullopt;
        r.props.append({ at, p.name });
        propNames << p.name;
        used[at] = true;
    }
    if (otherColumnsAsProps) {
        for (qsizetype i = 0; i < columnCount; ++i) {
            const QString propName = hasHeader ? header.value(i).trimmed() : QStringLiteral("column_%1").arg(i + 1);
            if (!used[i] && !propName.isEmpty() && !propNames.contains(propName)) {
                r.props.append({ int(i), propName });
                propNames << propName;
            }
        }
    }
    std::sort(r.props.begin(), r.props.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return r;
}

} // namespace pulse
