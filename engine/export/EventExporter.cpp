#include "export/EventExporter.h"

#include "analytics/PropertyFilterSql.h"
#include "export/ExportRowReader.h"
#include "export/OrderedFragments.h"
#include "export/TableWriter.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <limits>
#include <optional>
#include <stdexcept>
#include <thread>

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

// The SELECT of an export and its parameters after ?1 (the site). A sliced one also takes the
// slice's time bounds, at ?sliceFrom and ?sliceFrom + 1.
struct ExportSql {
    QString sql;
    QList<QVariant> values;
    int sliceFrom = 0;
};

ExportSql exportSql(const EventExportQuery &query, bool sliced)
{
    ExportSql x;
    x.sql = QStringLiteral(
        "SELECT ts, name, user_id, visitor_id, session_id, path, host, referrer, source, source_class, "
        "utm_source, utm_medium, utm_campaign, utm_term, utm_content, browser, os, device, is_bot, event_id, "
        "received_at, props FROM events WHERE site_id = ?1");
    auto param = [&x](const QVariant &value) {
        x.values.append(value);
        return QStringLiteral("?%1").arg(x.values.size() + 1);
    };
    if (query.fromMs != 0 || query.toMs != 0)
        x.sql += QStringLiteral(" AND ts >= %1 AND ts < %2").arg(param(query.fromMs), param(query.toMs));
    if (!query.names.isEmpty()) {
        QStringList placeholders;
        for (const QString &name : query.names)
            placeholders << param(name);
        x.sql += QStringLiteral(" AND name IN (%1)").arg(placeholders.join(u','));
    }
    for (const PropertyFilter &p : query.props)
        x.sql += QStringLiteral(" AND ")
            + propertyFilterTest(QStringLiteral("props"), param(propertyFilterPath(p.key)), param(p.value));
    if (!query.includeBots)
        x.sql += QStringLiteral(" AND is_bot = 0");
    if (sliced) {
        x.sliceFrom = int(x.values.size()) + 2;
        x.sql += QStringLiteral(" AND ts >= ?%1 AND ts < ?%2").arg(x.sliceFrom).arg(x.sliceFrom + 1);
    }
    // The (site_id, ts) index gives this order without a sort; its entries end with the row id.
    x.sql += QStringLiteral(" ORDER BY ts, id");
    return x;
}

void bindExportSql(SqlStatement &st, const EventExportQuery &query, const ExportSql &x)
{
    st.bind(1, query.siteId);
    for (qsizetype i = 0; i < x.values.size(); ++i)
        st.bindVariant(int(i) + 2, x.values.at(i));
}

// One stored event as a row of the export: the same calls whatever holds the row (a batch from
// ExportRowReader, a statement) and whatever takes it (TableWriter, TableRowFormatter).
class EventRowFormat final {
public:
    template<typename Row, typename Out> void write(const Row &row, Out &out)
    {
        out.beginRow();
        out.text(m_time.format(row.integer(Ts)));
        for (int col = Name; col <= UserId; ++col)
            out.text(row.text(col));
        out.text(hex16(row.integer(Visitor), m_visitor));
        out.text(hex16(row.integer(Session), m_session));
        for (int col = Path; col <= Device; ++col)
            out.text(row.text(col));
        out.boolean(row.integer(IsBot) != 0);
        out.text(row.text(EventId));
        out.text(m_received.format(row.integer(ReceivedAt)));
        out.json(row.text(Props));
    }

private:
    IsoTime m_time;
    IsoTime m_received;
    char m_visitor[32];
    char m_session[32];
};

struct BatchRow {
    const ExportRowBatch &batch;
    qsizetype row;
    qint64 integer(int col) const { return batch.integer(row, col); }
    QByteArrayView text(int col) const { return batch.text(row, col); }
};

struct StatementRow {
    const SqlStatement &st;
    qint64 integer(int col) const { return st.columnInt(col); }
    QByteArrayView text(int col) const { return st.columnUtf8OrNull(col); }
};

// Slices of a parallel export: enough that the last ones, where one thread may wait for another,
// are a small part of the whole; each is one index range scan.
constexpr quint64 kSlices = 1024;
// A worker hands its output over in pieces of about this size, so a slice of any size needs little
// memory.
constexpr qsizetype kFragmentBytes = 1 << 20;

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
    const ExportSql x = exportSql(query, false);

    std::optional<SqlTransaction> snapshot;
    if (sqlite3_get_autocommit(readDb.handle()))
        snapshot.emplace(readDb, false);
    SqlStatement st = readDb.prepare(x.sql);
    bindExportSql(st, query, x);

    // Stepped on a thread of its own while this one formats the rows before (ExportRowReader).
    std::vector<bool> textColumns(Props + 1, true);
    for (const int col : { Ts, Visitor, Session, IsBot, ReceivedAt })
        textColumns[size_t(col)] = false;
    ExportRowReader reader(st, std::move(textColumns));

    Outcome outcome;
    EventRowFormat format;
    while (const ExportRowBatch *batch = reader.next()) {
        for (qsizetype row = 0; row < batch->rows(); ++row) {
            format.write(BatchRow { *batch, row }, out);
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

EventExporter::Outcome EventExporter::write(const ParallelReads &reads, const EventExportQuery &query, TableWriter &out,
    const std::function<bool(qint64 rows)> &progress)
{
    if (reads.connections.empty())
        throw std::invalid_argument("an export needs a read connection");
    if (reads.connections.size() < 2 || !reads.betweenCommits)
        return write(*reads.connections.front(), query, out, progress);
    const QString problem = query.validationError();
    if (!problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    const ExportSql x = exportSql(query, true);

    // One snapshot for every connection: their read transactions begin while nothing commits.
    const size_t workers = reads.connections.size();
    std::vector<std::optional<SqlTransaction>> snapshots(workers);
    reads.betweenCommits([&] {
        for (size_t i = 0; i < workers; ++i) {
            snapshots[i].emplace(*reads.connections[i], false);
            reads.connections[i]->queryInt(
                QStringLiteral("SELECT count(*) FROM sqlite_schema")); // the first read fixes it
        }
    });

    // The slices split the time the selected events span into equal parts.
    SqliteDatabase &first = *reads.connections.front();
    auto edge = [&](const char *aggregate) -> std::optional<qint64> {
        const bool ranged = query.fromMs != 0 || query.toMs != 0;
        SqlStatement st = first.prepare(
            QStringLiteral("SELECT %1(ts) FROM events WHERE site_id = ?1%2")
                .arg(QLatin1String(aggregate), ranged ? QStringLiteral(" AND ts >= ?2 AND ts < ?3") : QString()));
        st.bind(1, query.siteId);
        if (ranged)
            st.bind(2, query.fromMs).bind(3, query.toMs);
        if (!st.step() || st.columnIsNull(0))
            return std::nullopt;
        return st.columnInt(0);
    };
    const std::optional<qint64> lo = edge("min");
    const std::optional<qint64> hi = edge("max");
    if (!lo || !hi)
        return {};
    const quint64 span = quint64(*hi - *lo) + 1;
    const quint64 slices = std::min(kSlices, span);
    auto sliceStart = [&](quint64 slice) { // floor(span * slice / slices), without overflow
        return *lo + qint64((span / slices) * slice + (span % slices) * slice / slices);
    };

    OrderedFragments fragments(int(slices), int(2 * workers), int(2 * workers));
    std::vector<std::exception_ptr> failures(workers);
    std::vector<std::thread> threads;
    threads.reserve(workers);
    for (size_t w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            try {
                SqlStatement st = reads.connections[w]->prepare(x.sql);
                TableRowFormatter rows(out.format(), out.columns());
                EventRowFormat format;
                QByteArray fragment;
                auto hand = [&](int slice, bool last) {
                    const qint64 count = rows.rowsInBuffer();
                    rows.take(fragment, false);
                    return fragments.push(slice, fragment, count, last);
                };
                for (int slice; (slice = fragments.claim()) >= 0;) {
                    st.reset();
                    bindExportSql(st, query, x);
                    st.bind(x.sliceFrom, sliceStart(quint64(slice)))
                        .bind(x.sliceFrom + 1, sliceStart(quint64(slice) + 1));
                    while (st.step()) {
                        format.write(StatementRow { st }, rows);
                        rows.endRow();
                        if (rows.size() >= kFragmentBytes && !hand(slice, false))
                            return;
                    }
                    if (!hand(slice, true))
                        return;
                }
            } catch (...) {
                failures[w] = std::current_exception();
                fragments.stop();
            }
        });
    }

    Outcome outcome;
    QByteArray bytes;
    qint64 count = 0;
    while (fragments.pop(bytes, count)) {
        const qint64 before = outcome.rows;
        outcome.rows += count;
        if (!out.appendRows(bytes, count)) {
            outcome.writeError = out.errorString();
            break;
        }
        if (progress && outcome.rows / kProgressRows > before / kProgressRows && !progress(outcome.rows)) {
            outcome.cancelled = true;
            break;
        }
    }
    fragments.stop();
    for (std::thread &t : threads)
        t.join();
    if (outcome.writeError.isEmpty() && !outcome.cancelled) {
        for (const std::exception_ptr &failure : failures) {
            if (failure)
                std::rethrow_exception(failure);
        }
    }
    return outcome;
}

} // namespace pulse
