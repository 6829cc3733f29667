#include "export/ExportRowReader.h"

#include "storage/Sqlite.h"

#include <cstring>

namespace pulse {

void ExportRowBatch::clear()
{
    m_rows = 0;
    m_cells.clear(); // keeps its capacity for the next batch, as the arena keeps its size
    m_arenaUsed = 0;
}

qint64 ExportRowBatch::keep(QByteArrayView text)
{
    const qsizetype offset = m_arenaUsed;
    if (offset + text.size() > m_arena.size())
        m_arena.resize(qMax(m_arena.size() * 2, offset + text.size() + 64 * 1024));
    if (!text.isEmpty())
        std::memcpy(m_arena.data() + offset, text.data(), size_t(text.size()));
    m_arenaUsed += text.size();
    return offset;
}

ExportRowReader::ExportRowReader(SqlStatement &statement, std::vector<bool> textColumns)
    : m_statement(statement), m_textColumns(std::move(textColumns))
{
    m_thread = std::thread([this] { run(); });
}

ExportRowReader::~ExportRowReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

const ExportRowBatch *ExportRowReader::next()
{
    std::unique_lock lock(m_mutex);
    if (m_current)
        m_spares.push_back(std::move(m_current));
    m_changed.notify_all(); // a spare may be what the reader waits for
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (!m_ready.empty()) {
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return m_current.get();
    }
    if (m_failure)
        std::rethrow_exception(m_failure);
    return nullptr;
}

void ExportRowReader::run()
{
    for (;;) {
        std::unique_ptr<ExportRowBatch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < kMaxReady || m_stopping; });
            if (m_stopping)
                return;
            if (!m_spares.empty()) {
                batch = std::move(m_spares.back());
                m_spares.pop_back();
            }
        }
        if (!batch)
            batch = std::make_unique<ExportRowBatch>();
        bool end = false;
        std::exception_ptr failure;
        try {
            fill(*batch, &end);
        } catch (...) {
            failure = std::current_exception();
            end = true;
        }
        std::lock_guard lock(m_mutex);
        if (batch->rows() > 0 && !failure)
            m_ready.push_back(std::move(batch));
        if (end) {
            m_failure = failure;
            m_finished = true;
        }
        m_changed.notify_all();
        if (end)
            return;
    }
}

void ExportRowReader::fill(ExportRowBatch &batch, bool *end)
{
    batch.clear();
    const int columns = int(m_textColumns.size());
    batch.m_columns = columns;
    batch.m_cells.reserve(size_t(kBatchRows * columns));
    while (batch.m_rows < kBatchRows) {
        if (!m_statement.step()) {
            *end = true;
            return;
        }
        for (int col = 0; col < columns; ++col) {
            if (!m_textColumns[size_t(col)]) {
                batch.m_cells.push_back({ m_statement.columnInt(col), -1 });
                continue;
            }
            const QByteArrayView text = m_statement.columnUtf8OrNull(col);
            if (text.data() == nullptr)
                batch.m_cells.push_back({ 0, -1 });
            else
                batch.m_cells.push_back({ batch.keep(text), qint32(text.size()) });
        }
        ++batch.m_rows;
    }
}

} // namespace pulse
