#include "export/EventExporter.h"

#include "analytics/PropertyFilterSql.h"
#include "export/TableWriter.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <stdexcept>

#include <sqlite3.h>

namespace pulse {

namespace {

// Stored columns in the order of EventExporter::columns().
enum Column {
    Ts,
    Name,
    UserId,
    Visitor,
    Session,
    Path,
    Host,
    Referrer,
    Source,
    SourceClass,
    UtmSource,
    UtmMedium,
    UtmCampaign,
    UtmTerm,
    UtmContent,
    Browser,
    Os,
    Device,
    IsBot,
    EventId,
    ReceivedAt,
    Props,
};

// Writes value as exactly `width` decimal digits (zero-padded) at out; returns the end.
char *digits(char *out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    return out + width;
}

// "2024-03-10T12:34:56.789Z": std::chrono's civil calendar, no time zone database, no QDateTime and
// no printf per row (printf was a sixth of an export's time). Years 0-9999.
QByteArrayView isoTime(qint64 ms, char (&buffer)[32])
{
    using namespace std::chrono;
    const sys_time<milliseconds> t { milliseconds(ms) };
    const sys_days day = floor<days>(t);
    const year_month_day date { day };
    const hh_mm_ss<milliseconds> time { t - day };
    char *p = digits(buffer, unsigned(std::clamp(int(date.year()), 0, 9999)), 4);
    *p++ = '-';
    p = digits(p, unsigned(date.month()), 2);
    *p++ = '-';
    p = digits(p, unsigned(date.day()), 2);
    *p++ = 'T';
    p = digits(p, unsigned(time.hours().count()), 2);
    *p++ = ':';
    p = digits(p, unsigned(time.minutes().count()), 2);
    *p++ = ':';
    p = digits(p, unsigned(time.seconds().count()), 2);
    *p++ = '.';
    p = digits(p, unsigned(time.subseconds().count()), 3);
    *p++ = 'Z';
    return QByteArrayView(buffer, p - buffer);
}

QByteArrayView hex16(qint64 value, char (&buffer)[32])
{
    static constexpr char kHex[] = "0123456789abcdef";
    auto bits = static_cast<quint64>(value);
    for (int i = 15; i >= 0; --i, bits >>= 4)
        buffer[i] = kHex[bits & 0xf];
    return QByteArrayView(buffer, 16);
}

// The column's text, or a null view for SQL NULL (written as null / an empty CSV field).
QByteArrayView textOrNull(const SqlStatement &st, int col)
{
    if (st.columnIsNull(col))
        return QByteArrayView();
    const QByteArrayView text = st.columnUtf8(col);
    return text.data() ? text : QByteArrayView("", 0);
}

} // namespace

QStringList EventExporter::columns()
{
    return { QStringLiteral("timestamp"), QStringLiteral("name"), QStringLiteral("user_id"),
        QStringLiteral("visitor_id"), QStringLiteral("session_id"), QStringLiteral("path"), QStringLiteral("host"),
        QStringLiteral("referrer"), QStringLiteral("source"), QStringLiteral("source_class"),
        QStringLiteral("utm_source"), QStringLiteral("utm_medium"), QStringLiteral("utm_campaign"),
        QStringLiteral("utm_term"), QStringLiteral("utm_content"), QStringLiteral("browser"), QStringLiteral("os"),
        QStringLiteral("device"), QStringLiteral("is_bot"), QStringLiteral("id"), QStringLiteral("received_at"),
        QStringLiteral("props") };
}

EventExporter::Outcome EventExporter::write(SqliteDatabase &readDb, const EventExportQuery &query, TableWriter &out,
    const std::function<bool(qint64 rows)> &progress)
{
    const QString problem = query.validationError();
    if (!problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());

    QString sql = QStringLiteral(
        "SELECT ts, name, user_id, visitor_id, session_id, path, host, referrer, source, source_class, "
        "utm_source, utm_medium, utm_campaign, utm_term, utm_content, browser, os, device, is_bot, event_id, "
        "received_at, props FROM events WHERE site_id = ?1");
    QList<QVariant> values;
    auto param = [&values](const QVariant &value) {
        values.append(value);
        return QStringLiteral("?%1").arg(values.size() + 1);
    };
    if (query.fromMs != 0 || query.toMs != 0)
        sql += QStringLiteral(" AND ts >= %1 AND ts < %2").arg(param(query.fromMs), param(query.toMs));
    if (!query.names.isEmpty()) {
        QStringList placeholders;
        for (const QString &name : query.names)
            placeholders << param(name);
        sql += QStringLiteral(" AND name IN (%1)").arg(placeholders.join(u','));
    }
    for (const PropertyFilter &p : query.props)
        sql += QStringLiteral(" AND ")
            + propertyFilterTest(QStringLiteral("props"), param(propertyFilterPath(p.key)), param(p.value));
    if (!query.includeBots)
        sql += QStringLiteral(" AND is_bot = 0");
    // The (site_id, ts) index gives this order without a sort; its entries end with the row id.
    sql += QStringLiteral(" ORDER BY ts, id");

    std::optional<SqlTransaction> snapshot;
    if (sqlite3_get_autocommit(readDb.handle()))
        snapshot.emplace(readDb, false);
    SqlStatement st = readDb.prepare(sql);
    st.bind(1, query.siteId);
    for (qsizetype i = 0; i < values.size(); ++i)
        st.bindVariant(int(i) + 2, values.at(i));

    Outcome outcome;
    char time[32];
    char received[32];
    char visitor[32];
    char session[32];
    while (st.step()) {
        out.beginRow();
        out.text(isoTime(st.columnInt(Ts), time));
        for (int col = Name; col <= UserId; ++col)
            out.text(textOrNull(st, col));
        out.text(hex16(st.columnInt(Visitor), visitor));
        out.text(hex16(st.columnInt(Session), session));
        for (int col = Path; col <= Device; ++col)
            out.text(textOrNull(st, col));
        out.boolean(st.columnInt(IsBot) != 0);
        out.text(textOrNull(st, EventId));
        out.text(isoTime(st.columnInt(ReceivedAt), received));
        out.json(textOrNull(st, Props));
        ++outcome.rows;
        if (!out.endRow()) {
            outcome.writeError = out.errorString();
            return outcome;
        }
        if (progress && outcome.rows % kProgressRows == 0 && !progress(outcome.rows)) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    return outcome;
}

} // namespace pulse
