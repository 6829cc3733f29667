#include "import/ImportRowBuilder.h"

#include "core/Sha256.h"
#include "import/CsvReader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <charconv>
#include <cmath>

namespace pulse {

namespace {

constexpr char kFieldSeparator = '\x1f'; // ASCII unit separator: cannot occur in a value a user typed
constexpr char kPropSeparator = '\x1e'; // ASCII record separator

bool isDigits(QByteArrayView t)
{
    if (t.isEmpty())
        return false;
    for (char c : t) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Decimal seconds or milliseconds, possibly with a fraction ("1704067200.25").
bool parseNumber(QByteArrayView t, double scale, qint64 *ms)
{
    if (isDigits(t) && t.size() <= 15) {
        *ms = t.toLongLong() * qint64(scale);
        return true;
    }
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !std::isfinite(d) || d < 0 || d * scale > 1.0e15)
        return false;
    *ms = qint64(std::llround(d * scale));
    return true;
}

bool parseIso(QByteArrayView t, qint64 *ms)
{
    QString text = QString::fromLatin1(t.data(), t.size());
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T'); // "2024-05-01 12:30:00Z", as databases write it
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return false;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc()); // no zone: UTC, as the collector reads it
    *ms = parsed.toMSecsSinceEpoch();
    return true;
}

QString formatHint(ResolvedMapping::Time format)
{
    switch (format) {
    case ResolvedMapping::Time::EpochSeconds:
        return ImportRowBuilder::tr("seconds since 1970 (like 1704067200)");
    case ResolvedMapping::Time::EpochMillis:
        return ImportRowBuilder::tr("milliseconds since 1970 (like 1704067200000)");
    case ResolvedMapping::Time::Iso8601:
        return ImportRowBuilder::tr("an ISO 8601 time (like 2024-01-01T12:30:00Z)");
    case ResolvedMapping::Time::Auto:
        break;
    }
    return ImportRowBuilder::tr("seconds or milliseconds since 1970, or an ISO 8601 time");
}

// The time a JSON event's "timestamp" gives, as the collector reads it (milliseconds or ISO 8601,
// UTC without a zone); 0 when it gives none (the validator then rejects the event).
qint64 jsonTimeMs(const QJsonValue &ts)
{
    if (ts.isDouble()) {
        const double d = ts.toDouble();
        return d >= 0 && d < 1.0e15 ? qint64(d) : 0;
    }
    if (!ts.isString())
        return 0;
    QDateTime parsed = QDateTime::fromString(ts.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return 0;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toMSecsSinceEpoch();
}

void addField(QByteArray &buffer, QByteArrayView value)
{
    buffer.append(kFieldSeparator);
    buffer.append(value.data(), value.size());
}

} // namespace

ResolvedMapping ImportRowBuilder::nativeJsonMapping()
{
    ResolvedMapping m;
    m.columnNames = { QStringLiteral("timestamp"), QStringLiteral("name"), QStringLiteral("user_id"),
        QStringLiteral("url"), QStringLiteral("referrer"), QStringLiteral("id") };
    m.timestamp = 0;
    m.name = 1;
    m.userId = 2;
    m.location = 3;
    m.referrer = 4;
    m.eventId = 5;
    m.columnCount = m.columnNames.size();
    return m;
}

ImportRowBuilder::ImportRowBuilder(QString siteKey, ResolvedMapping mapping)
    : m_siteKey(std::move(siteKey)), m_siteKeyUtf8(m_siteKey.toUtf8()), m_mapping(std::move(mapping))
{
    for (const auto &prop : std::as_const(m_mapping.props))
        m_propNamesUtf8.append(prop.second.toUtf8());
}

QString ImportRowBuilder::contentId(qint64 timeMs, QByteArrayView hashInput)
{
    const Sha256::Digest digest = Sha256::of(hashInput);
    constexpr char kHex[] = "0123456789abcdef";
    char id[kContentIdLength] = { 'i', 'm', 'p', '-' };
    // The time as 12 hex digits (48 bits of milliseconds reach the year 10889), zero-padded so ids
    // sort by time: a file in time order then appends to the (site_id, event_id) index instead of
    // writing all over it. Times outside that range (rows the validator rejects) are clamped.
    const quint64 time = quint64(qBound(qint64(0), timeMs, (qint64(1) << 48) - 1));
    for (int i = 0; i < 12; ++i)
        id[4 + i] = kHex[(time >> (44 - 4 * i)) & 0xf];
    for (int i = 0; i < 8; ++i) {
        id[16 + 2 * i] = kHex[digest[i] >> 4];
        id[17 + 2 * i] = kHex[digest[i] & 0xf];
    }
    return QString::fromLatin1(id, kContentIdLength);
}

bool ImportRowBuilder::parseTime(QByteArrayView t, ResolvedMapping::Time format, qint64 *ms)
{
    switch (format) {
    case ResolvedMapping::Time::EpochSeconds:
        return parseNumber(t, 1000, ms);
    case ResolvedMapping::Time::EpochMillis:
        return parseNumber(t, 1, ms);
    case ResolvedMapping::Time::Iso8601:
        return parseIso(t, ms);
    case ResolvedMapping::Time::Auto:
        break;
    }
    // Twelve or more integer digits are milliseconds (seconds reach 12 digits only in the year 5138).
    const qsizetype dot = t.indexOf('.');
    const qsizetype integerDigits = dot < 0 ? t.size() : dot;
    if (!t.isEmpty() && t[0] >= '0' && t[0] <= '9' && !t.contains('-') && !t.contains(':'))
        return parseNumber(t, integerDigits >= 12 ? 1 : 1000, ms);
    return parseIso(t, ms);
}

bool ImportRowBuilder::fromCsv(const CsvReader &row, EventFields *fields, RowRejection *rejection) const
{
    const ResolvedMapping &m = m_mapping;
    auto field = [&](int i) { return i >= 0 && i < row.fieldCount() ? row.field(i).trimmed() : QByteArrayView(); };
    auto text = [&](QByteArrayView v) { return QString::fromUtf8(v.data(), v.size()); };
    auto reject = [&](int column, const QString &reason, const QString &message) {
        rejection->column = m.columnName(column);
        rejection->reason = reason;
        rejection->message = message;
        return false;
    };

    const QByteArrayView ts = field(m.timestamp);
    if (ts.isEmpty())
        return reject(m.timestamp, QStringLiteral("missing_timestamp"),
            tr("The row has no time; every imported event needs one."));
    qint64 ms = 0;
    if (!parseTime(ts, m.timeFormat, &ms))
        return reject(m.timestamp, QStringLiteral("invalid_timestamp"),
            tr("'%1' is not %2.").arg(text(ts.first(qMin(ts.size(), qsizetype(60)))), formatHint(m.timeFormat)));
    const QByteArrayView user = field(m.userId);
    if (user.isEmpty())
        return reject(m.userId, QStringLiteral("missing_user_id"),
            tr("The row has no user id; imported events need one to tell visitors apart."));

    const QByteArrayView name = field(m.name);
    const QByteArrayView location = field(m.location);
    const QByteArrayView referrer = field(m.referrer);
    const QByteArrayView id = field(m.eventId);

    EventFields &e = *fields;
    e.clear();
    e.site.setString(m_siteKey);
    e.timestamp.setNumber(double(ms));
    e.userId.setString(text(user));
    e.name.setString(text(name));
    if (!location.isEmpty()) {
        const bool isUrl = location.startsWith("http://") || location.startsWith("https://");
        (isUrl ? e.url : e.path).setString(text(location));
    }
    if (!referrer.isEmpty()) {
        // A bare host ("news.ycombinator.com", as the bench data has) is read as that site's address.
        if (referrer.indexOf("://") >= 0)
            e.referrer.setString(text(referrer));
        else
            e.referrer.setString(QLatin1String("https://") + text(referrer));
    }

    QByteArray &h = m_hashInput;
    h.resize(0);
    h.append(m_siteKeyUtf8);
    char digits[24];
    addField(h, QByteArrayView(digits, std::to_chars(digits, digits + sizeof digits, ms).ptr - digits));
    addField(h, name);
    addField(h, user);
    addField(h, location);
    addField(h, referrer);
    if (!m.props.isEmpty()) {
        for (qsizetype i = 0; i < m.props.size(); ++i) {
            const auto &[column, propName] = m.props.at(i);
            const QByteArrayView value = field(column);
            if (value.isEmpty())
                continue; // an empty cell is no value, not an empty string
            e.propsList.append({ propName, value });
            h.append(kPropSeparator);
            h.append(m_propNamesUtf8.at(i));
            addField(h, value);
        }
        if (!e.propsList.isEmpty())
            e.props = EventFields::Props::List;
    }
    e.id.setString(id.isEmpty() ? contentId(ms, h) : text(id));
    return true;
}

bool ImportRowBuilder::fromJson(QJsonObject item, EventFields *fields, RowRejection *rejection) const
{
    auto reject = [&](const QString &column, const QString &reason, const QString &message) {
        rejection->column = column;
        rejection->reason = reason;
        rejection->message = message;
        return false;
    };
    // The import's site, whatever the item says: a file is imported into the site it was given for.
    item.remove(QLatin1String("site"));
    item.remove(QLatin1String("domain"));
    const QJsonValue ts = item.value(QLatin1String("timestamp"));
    if (ts.isUndefined() || ts.isNull())
        return reject(QStringLiteral("timestamp"), QStringLiteral("missing_timestamp"),
            tr("The event has no \"timestamp\"; every imported event needs one."));
    const QJsonValue user = item.value(QLatin1String("user_id"));
    if (user.isUndefined() || user.isNull() || (user.isString() && user.toString().isEmpty()))
        return reject(QStringLiteral("user_id"), QStringLiteral("missing_user_id"),
            tr("The event has no \"user_id\"; imported events need one to tell visitors apart."));
    const QJsonValue id = item.value(QLatin1String("id"));
    if (id.isUndefined() || id.isNull()) {
        item.remove(QLatin1String("id"));
        QByteArray &h = m_hashInput;
        h.resize(0);
        h.append(m_siteKeyUtf8);
        addField(h, QJsonDocument(item).toJson(QJsonDocument::Compact)); // keys sorted: one text per content
        item.insert(QLatin1String("id"), contentId(jsonTimeMs(ts), h));
    }
    item.insert(QLatin1String("site"), m_siteKey);
    fields->readJson(item);
    return true;
}

QString ImportRowBuilder::columnForReason(const QString &reason) const
{
    const ResolvedMapping &m = m_mapping;
    if (reason.contains(QLatin1String("timestamp")))
        return m.columnName(m.timestamp);
    if (reason.contains(QLatin1String("user_id")))
        return m.columnName(m.userId);
    if (reason.contains(QLatin1String("name")))
        return m.columnName(m.name);
    if (reason.contains(QLatin1String("url")) || reason.contains(QLatin1String("path")))
        return m.columnName(m.location);
    if (reason.contains(QLatin1String("referrer")))
        return m.columnName(m.referrer);
    if (reason == QLatin1String("invalid_id") || reason == QLatin1String("id_too_long"))
        return m.columnName(m.eventId);
    if (reason.contains(QLatin1String("prop")))
        return QStringLiteral("props");
    return {};
}

} // namespace pulse
