#include "export/EventExporter.h"

#include "analytics/PropertyFilterSql.h"
#include "export/ExportRowReader.h"
#include "export/TableWriter.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <chrono>
#include <limits>
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
// no printf per row (printf was a sixth of an export's time). Years 0-9999. The date part is kept
// while the day stays the same, which in an export in time order it nearly always does.
class IsoTime final {
public:
    QByteArrayView format(qint64 ms)
    {
        using namespace std::chrono;
        constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
        const qint64 day = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs); // floor
        if (day != m_day) {
            m_day = day;
            const year_month_day date { sys_days(days(day)) };
            char *p = digits(m_text, unsigned(std::clamp(int(date.year()), 0, 9999)), 4);
            *p++ = '-';
            p = digits(p, unsigned(date.month()), 2);
            *p++ = '-';
            p = digits(p, unsigned(date.day()), 2);
            *p = 'T';
        }
        auto inDay = unsigned(ms - day * kDayMs);
        char *p = m_text + 11;
        p = digits(p, inDay / 3600000, 2);
        *p++ = ':';
        p = digits(p, inDay / 60000 % 60, 2);
        *p++ = ':';
        p = digits(p, inDay / 1000 % 60, 2);
        *p++ = '.';
        p = digits(p, inDay % 1000, 3);
        *p++ = 'Z';
        return QByteArrayView(m_text, p - m_text);
    }

private:
    qint64 m_day = std::numeric_limits<qint64>::min();
    char m_text[32] = {};
};

QByteArrayView hex16(qint64 value, char (&buffer)[32])
{
    static constexpr char kHex[] = "0123456789abcdef";
    auto bits = static_cast<quint64>(value);
    for (int i = 15; i >= 0; --i, bits >>= 4)
        buffer[i] = kHex[bits & 0xf];
    return QByteArrayView(buffer, 16);
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

    // Stepped on a thread of its own while this one formats the rows before (ExportRowReader).
    std::vector<bool> textColumns(Props + 1, true);
    for (const int col : { Ts, Visitor, Session, IsBot, ReceivedAt })
        textColumns[size_t(col)] = false;
    ExportRowReader reader(st, std::move(textColumns));

    Outcome outcome;
    IsoTime time;
    IsoTime received;
    char visitor[32];
    char session[32];
    while (const ExportRowBatch *batch = reader.next()) {
        for (qsizetype row = 0; row < batch->rows(); ++row) {
            out.beginRow();
            out.text(time.format(batch->integer(row, Ts)));
            for (int col = Name; col <= UserId; ++col)
                out.text(batch->text(row, col));
            out.text(hex16(batch->integer(row, Visitor), visitor));
            out.text(hex16(batch->integer(row, Session), session));
            for (int col = Path; col <= Device; ++col)
                out.text(batch->text(row, col));
            out.boolean(batch->integer(row, IsBot) != 0);
            out.text(batch->text(row, EventId));
            out.text(received.format(batch->integer(row, ReceivedAt)));
            out.json(batch->text(row, Props));
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
    }
    return outcome;
}

} // namespace pulse
