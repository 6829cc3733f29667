#include "import/JsonItemReader.h"

#include <cstring>

namespace pulse {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

JsonItemReader::JsonItemReader(QIODevice *device, Format format, Options options)
    : m_input(device, options.chunkBytes), m_format(format), m_options(options)
{
}

QString JsonItemReader::problemMessage() const
{
    if (!m_tooLarge)
        return {};
    return tr("The item is longer than %1 bytes, the limit for one event.").arg(m_options.maxItemBytes);
}

bool JsonItemReader::fill()
{
    if (m_pos < m_buf.size())
        return true;
    QByteArray chunk = m_input.read();
    if (chunk.isEmpty()) {
        if (m_input.hasError())
            m_error = m_input.error();
        return false;
    }
    m_offset += m_buf.size();
    m_buf = std::move(chunk);
    m_pos = 0;
    return true;
}

void JsonItemReader::keep(const char *begin, qsizetype length)
{
    if (m_tooLarge || length == 0)
        return;
    if (m_item.size() + length > m_options.maxItemBytes) {
        m_tooLarge = true; // the rest is scanned, not kept: memory stays bounded
        return;
    }
    m_item.append(begin, length);
}

bool JsonItemReader::next()
{
    if (!m_started) {
        m_started = true;
        // A UTF-8 byte order mark is tolerated at the very start, as the collector does.
        QByteArray head;
        while (head.size() < 3) {
            const QByteArray chunk = m_input.read();
            if (chunk.isEmpty())
                break;
            head += chunk;
        }
        if (m_input.hasError()) {
            m_error = m_input.error();
            return false;
        }
        m_buf = head;
        m_pos = m_buf.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    }
    if (hasError())
        return false;
    return m_format == Format::Lines ? nextLine() : nextElement();
}

bool JsonItemReader::nextLine()
{
    for (;;) {
        m_item.resize(0);
        m_tooLarge = false;
        m_row = m_line = m_lineCounter;
        bool any = false;
        for (;;) {
            if (m_pos >= m_buf.size() && !fill()) {
                if (hasError() || !any)
                    return false;
                break; // the last line needs no line break
            }
            any = true;
            const char *data = m_buf.constData() + m_pos;
            const qsizetype left = m_buf.size() - m_pos;
            const auto *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(left)));
            if (!nl) {
                keep(data, left);
                m_pos = m_buf.size();
                continue;
            }
            keep(data, nl - data);
            m_pos += (nl - data) + 1;
            ++m_lineCounter;
            break;
        }
        m_item = m_item.trimmed();
        if (!m_item.isEmpty() || m_tooLarge)
            return true;
    }
}

bool JsonItemReader::nextElement()
{
    for (;;) {
        if (m_pos >= m_buf.size() && !fill()) {
            if (hasError())
                return false;
            if (m_state == State::InItem || (m_state == State::BetweenItems && m_inArray))
                m_error = tr("The JSON array is not closed: the file ends inside it (is it truncated?).");
            return false;
        }
        const char *const data = m_buf.constData();
        const qsizetype n = m_buf.size();
        switch (m_state) {
        case State::Start:
        case State::Done:
        case State::BetweenItems: {
            const char c = data[m_pos];
            if (isSpace(c)) {
                m_lineCounter += c == '\n' ? 1 : 0;
                ++m_pos;
                break;
            }
            if (m_state == State::Start) {
                if (c != '[' && c != '{') {
                    m_error = tr("The file is not a JSON array of events: it starts with '%1'.").arg(QLatin1Char(c));
                    return false;
                }
                m_inArray = c == '[';
                m_pos += m_inArray ? 1 : 0;
                m_state = State::BetweenItems;
                break;
            }
            if (m_state == State::Done) {
                m_error = tr("Unexpected data after the JSON array at byte %1.").arg(m_offset + m_pos);
                return false;
            }
            if (m_inArray && c == ',') {
                ++m_pos;
                break;
            }
            if (m_inArray && c == ']') {
                ++m_pos;
                m_state = State::Done;
                break;
            }
            m_item.resize(0);
            m_tooLarge = false;
            m_row = ++m_itemCounter;
            m_line = m_lineCounter;
            m_depth = 0;
            m_inString = false;
            m_escaped = false;
            m_state = State::InItem;
            break;
        }
        case State::InItem: {
            qsizetype i = m_pos;
            bool end = false;
            for (; i < n; ++i) {
                const char c = data[i];
                if (c == '\n')
                    ++m_lineCounter;
                if (m_inString) {
                    if (m_escaped)
                        m_escaped = false;
                    else if (c == '\\')
                        m_escaped = true;
                    else if (c == '"')
                        m_inString = false;
                    continue;
                }
                if (c == '"') {
                    m_inString = true;
                } else if (c == '{' || c == '[') {
                    ++m_depth;
                } else if (c == '}' || c == ']') {
                    if (m_depth == 0) { // the array's own ']' (or a stray bracket: the item will not parse)
                        end = true;
                        break;
                    }
                    if (--m_depth == 0 && !m_inArray) {
                        ++i; // a top-level value ends with its bracket
                        end = true;
                        break;
                    }
                } else if (m_depth == 0 && (c == ',' || (!m_inArray && isSpace(c)))) {
                    end = true;
                    break;
                }
            }
            // An item must hold at least one byte: a stray ',' or bracket where an item starts (outside
            // an array, or a second ',') becomes an item of its own, which the caller rejects, instead
            // of an empty item found again and again at the same place.
            if (end && i == m_pos && m_item.isEmpty() && !(m_inArray && data[i] == ']'))
                ++i;
            keep(data + m_pos, i - m_pos);
            m_pos = i;
            if (end) {
                m_state = State::BetweenItems;
                while (!m_item.isEmpty() && isSpace(m_item.back()))
                    m_item.chop(1);
                return true;
            }
            break;
        }
        }
    }
}

} // namespace pulse
