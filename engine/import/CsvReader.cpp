#include "import/CsvReader.h"

#include <array>
#include <cstring>

namespace pulse {

namespace {
constexpr qsizetype kDetectBytes = 64 * 1024;
constexpr int kDetectLines = 10;
constexpr char kCandidates[] = { ',', ';', '\t' };

QString delimiterName(char c)
{
    return c == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(c));
}
} // namespace

CsvReader::CsvReader(QIODevice *device, Options options)
    : m_input(device, options.chunkBytes), m_options(options), m_delimiter(options.delimiter)
{
    m_record.reserve(4096);
}

bool CsvReader::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    while (p != end) {
        // Eight ASCII bytes at a time: nearly every import is ASCII.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return false; // a continuation byte first, an overlong lead (C0, C1) or past U+10FFFF (F5..)
        }
        if (end - p <= more)
            return false;
        for (int k = 1; k <= more; ++k) {
            if ((p[k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[k] & 0x3F);
        }
        if ((more == 2 && cp < 0x800) || (more == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += more + 1;
    }
    return true;
}

char CsvReader::detectDelimiter(QByteArrayView head)
{
    // Counts per line outside quotes; only lines that ended are compared (the last may be cut off).
    QList<std::array<int, 3>> lines;
    std::array<int, 3> counts {};
    bool quoted = false;
    for (qsizetype i = 0; i < head.size() && lines.size() < kDetectLines; ++i) {
        const char c = head[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < head.size() && head[i + 1] == '\n')
                ++i;
            if (counts != std::array<int, 3> {})
                lines.append(counts);
            counts = {};
        } else if (!quoted) {
            for (size_t k = 0; k < 3; ++k)
                counts[k] += c == kCandidates[k] ? 1 : 0;
        }
    }
    if (lines.isEmpty())
        lines.append(counts);

    int best = -1;
    int bestCount = 0;
    for (size_t k = 0; k < 3; ++k) {
        const int first = lines.first()[k];
        bool consistent = first > 0;
        for (const auto &line : lines)
            consistent = consistent && line[k] == first;
        if (consistent && first > bestCount) {
            best = int(k);
            bestCount = first;
        }
    }
    if (best >= 0)
        return kCandidates[best];
    for (size_t k = 0; k < 3; ++k) {
        if (lines.first()[k] > bestCount) {
            best = int(k);
            bestCount = lines.first()[k];
        }
    }
    return best >= 0 ? kCandidates[best] : ',';
}

bool CsvReader::fill()
{
    if (m_pos < m_buf.size())
        return true;
    for (;;) {
        QByteArray chunk = m_input.read();
        if (!chunk.isEmpty()) {
            m_buf = std::move(chunk);
            m_pos = 0;
            return true;
        }
        if (m_input.hasError())
            m_error = m_input.error();
        return false;
    }
}

QByteArrayView CsvReader::field(qsizetype i) const
{
    const qsizetype begin = i == 0 ? 0 : m_fieldEnds.at(i - 1);
    return QByteArrayView(m_record.constData() + begin, m_fieldEnds.at(i) - begin);
}

QList<QString> CsvReader::fieldTexts() const
{
    QList<QString> texts;
    texts.reserve(fieldCount());
    for (qsizetype i = 0; i < fieldCount(); ++i)
        texts.append(fieldText(i));
    return texts;
}

void CsvReader::setProblem(Problem problem, qsizetype field, const QString &message)
{
    if (m_problem != Problem::None)
        return; // the first problem is the one to fix first
    m_problem = problem;
    m_problemField = field;
    m_problemMessage = message;
}

void CsvReader::append(const char *begin, qsizetype length)
{
    if (m_truncated || length == 0)
        return;
    if (m_record.size() - m_fieldStart + length > m_options.maxFieldBytes) {
        setProblem(Problem::FieldTooLarge, m_fieldEnds.size(),
            tr("A field is longer than %1 bytes, the limit; is a closing quote missing?").arg(m_options.maxFieldBytes));
        m_truncated = true;
        return;
    }
    if (m_record.size() + length > m_options.maxRecordBytes) {
        setProblem(Problem::RecordTooLarge, -1,
            tr("The row is longer than %1 bytes, the limit; is a closing quote missing?")
                .arg(m_options.maxRecordBytes));
        m_truncated = true;
        return;
    }
    m_record.append(begin, length);
}

void CsvReader::endField()
{
    m_fieldEnds.append(m_record.size());
    m_fieldStart = m_record.size();
}

void CsvReader::checkRecord()
{
    if (m_problem == Problem::None && !isValidUtf8(m_record)) {
        qsizetype bad = 0;
        while (bad < fieldCount() && isValidUtf8(field(bad)))
            ++bad;
        setProblem(Problem::InvalidUtf8, bad, tr("Field %1 is not valid UTF-8; save the file as UTF-8.").arg(bad + 1));
    }
    if (m_expectedFields < 0)
        m_expectedFields = fieldCount();
    else if (fieldCount() != m_expectedFields)
        setProblem(Problem::Ragged, -1,
            tr("The row has %1 fields, the first row has %2 (delimiter %3).")
                .arg(fieldCount())
                .arg(m_expectedFields)
                .arg(delimiterName(m_delimiter)));
}

bool CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        // Look ahead far enough to detect the delimiter from complete lines.
        QByteArray head;
        while (head.size() < kDetectBytes && head.count('\n') < kDetectLines) {
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
        if (m_delimiter == 0)
            m_delimiter
                = detectDelimiter(QByteArrayView(m_buf).sliced(m_pos).first(qMin(m_buf.size() - m_pos, kDetectBytes)));
    }
    if (hasError())
        return false;

    const char delimiter = m_delimiter;
    for (;;) { // once per physical record; blank lines go round again
        m_record.resize(0);
        m_fieldEnds.resize(0);
        m_fieldStart = 0;
        m_truncated = false;
        m_problem = Problem::None;
        m_problemMessage.clear();
        m_problemField = -1;
        if (!fill())
            return false;
        if (m_skipLf) {
            m_skipLf = false;
            if (m_buf[m_pos] == '\n') {
                ++m_pos;
                if (!fill())
                    return false;
            }
        }
        m_row = ++m_rowCounter;
        m_line = m_lineCounter;
        State state = State::FieldStart;
        bool content = false; // a quote, a delimiter or a character: not a blank line
        bool blankLine = false;

        while (!blankLine) {
            if (m_pos >= m_buf.size() && !fill()) {
                if (hasError())
                    return false;
                // The end of the input ends the last record, which needs no line break.
                if (state == State::Quoted)
                    setProblem(Problem::UnclosedQuote, m_fieldEnds.size(),
                        tr("A quoted field is never closed: the file ends inside it."));
                if (!content)
                    return false;
                endField();
                checkRecord();
                return true;
            }
            const char *const data = m_buf.constData();
            const qsizetype n = m_buf.size();
            switch (state) {
            case State::FieldStart:
                if (data[m_pos] == '"') {
                    ++m_pos;
                    content = true;
                    state = State::Quoted;
                } else {
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted: {
                qsizetype i = m_pos;
                while (i < n && data[i] != delimiter && data[i] != '\n' && data[i] != '\r')
                    ++i;
                if (i > m_pos) {
                    append(data + m_pos, i - m_pos);
                    content = true;
                }
                m_pos = i;
                if (i == n)
                    break; // refill
                const char c = data[i];
                ++m_pos;
                if (c == delimiter) {
                    endField();
                    content = true;
                    state = State::FieldStart;
                    break;
                }
                ++m_lineCounter;
                m_skipLf = c == '\r';
                if (!content) {
                    blankLine = true; // skipped, though it counts as a row
                    break;
                }
                endField();
                checkRecord();
                return true;
            }
            case State::Quoted: {
                qsizetype i = m_pos;
                while (i < n && data[i] != '"') {
                    m_lineCounter += data[i] == '\n' ? 1 : 0;
                    ++i;
                }
                append(data + m_pos, i - m_pos);
                m_pos = i;
                if (i < n) {
                    ++m_pos;
                    state = State::QuoteInQuoted;
                }
                break;
            }
            case State::QuoteInQuoted: {
                const char c = data[m_pos];
                if (c == '"') { // a doubled quote stands for one
                    append(data + m_pos, 1);
                    ++m_pos;
                    state = State::Quoted;
                } else if (c == delimiter) {
                    ++m_pos;
                    endField();
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    ++m_pos;
                    ++m_lineCounter;
                    m_skipLf = c == '\r';
                    endField();
                    checkRecord();
                    return true;
                } else {
                    // "ab"c: RFC 4180 has no meaning for it; keep the text and report the row.
                    setProblem(Problem::TextAfterQuote, m_fieldEnds.size(),
                        tr("Field %1 has text after its closing quote; double quotes inside a quoted field "
                           "(\"\").")
                            .arg(m_fieldEnds.size() + 1));
                    state = State::Unquoted;
                }
                break;
            }
            }
        }
    }
}

} // namespace pulse
