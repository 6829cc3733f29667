// Steps an export's query on a thread of its own and hands its rows over in batches, so that
// SQLite's part of a large export (about a third of its time, docs/benchmarks.md) runs on one core
// while the rows before are formatted on another. One statement, one connection, so the file still
// comes from one read snapshot.
//
// A batch holds each row's columns as SQLite returned them: integers as they are, text copied into
// one arena (SQLite's pointers die with the next step, so the bytes are copied either way).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pulse {

class SqlStatement;

class ExportRowBatch final {
public:
    qsizetype rows() const { return m_rows; }
    qint64 integer(qsizetype row, int column) const { return cell(row, column).value; }
    // A view with a null data pointer for SQL NULL; an empty, non-null view for ''.
    QByteArrayView text(qsizetype row, int column) const
    {
        const Cell &c = cell(row, column);
        if (c.length < 0)
            return QByteArrayView();
        return QByteArrayView(m_arena.constData() + c.value, c.length);
    }

private:
    friend class ExportRowReader;
    struct Cell {
        qint64 value; // the integer, or the text's offset in m_arena
        qint32 length; // the text's length in bytes; -1 for NULL or an integer column
    };
    const Cell &cell(qsizetype row, int column) const { return m_cells[size_t(row * m_columns + column)]; }
    void clear();
    qint64 keep(QByteArrayView text); // copies text into the arena, returns its offset

    int m_columns = 0;
    qsizetype m_rows = 0;
    std::vector<Cell> m_cells;
    QByteArray m_arena; // sized ahead: m_arenaUsed bytes are taken (QByteArray::append cost a tenth)
    qsizetype m_arenaUsed = 0;
};

class ExportRowReader final {
public:
    static constexpr qsizetype kBatchRows = 4096;

    // textColumns[c] says whether column c is read as text (else as an integer). Starts stepping
    // statement at once; the statement must outlive the reader.
    ExportRowReader(SqlStatement &statement, std::vector<bool> textColumns);
    ~ExportRowReader(); // stops the thread
    ExportRowReader(const ExportRowReader &) = delete;
    ExportRowReader &operator=(const ExportRowReader &) = delete;

    // The next batch, valid until the next call; nullptr after the last row. Rethrows what stepping
    // threw (SqlError).
    const ExportRowBatch *next();

private:
    static constexpr size_t kMaxReady = 2;
    void run();
    void fill(ExportRowBatch &batch, bool *end);

    SqlStatement &m_statement;
    const std::vector<bool> m_textColumns;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<ExportRowBatch>> m_ready;
    std::vector<std::unique_ptr<ExportRowBatch>> m_spares;
    std::unique_ptr<ExportRowBatch> m_current; // handed out by next()
    bool m_finished = false; // the reader stepped past the last row (or failed)
    bool m_stopping = false;
    std::exception_ptr m_failure;
    std::thread m_thread;
};

} // namespace pulse
