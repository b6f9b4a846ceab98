#include "TerminalText.h"

#include <array>

namespace rs::cli {

TerminalSafeBuffer::~TerminalSafeBuffer()
{
    flushPending();
}

bool TerminalSafeBuffer::put(char c)
{
    return m_target->sputc(c) != traits_type::eof();
}

bool TerminalSafeBuffer::putEscaped(unsigned code)
{
    static constexpr std::array<char, 16> hex{'0', '1', '2', '3', '4', '5', '6', '7',
                                              '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    const std::array<char, 6> text{'\\', 'u', '0', '0', hex[(code >> 4) & 0xF], hex[code & 0xF]};
    return m_target->sputn(text.data(), text.size()) == std::streamsize(text.size());
}

bool TerminalSafeBuffer::flushPending()
{
    bool ok = true;
    if (m_pendingReturn)
        ok = putEscaped('\r');
    if (m_pendingC2)
        ok = put('\xC2') && ok;
    m_pendingReturn = m_pendingC2 = false;
    return ok;
}

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type ch)
{
    if (traits_type::eq_int_type(ch, traits_type::eof()))
        return traits_type::not_eof(ch);
    const auto byte = static_cast<unsigned char>(traits_type::to_char_type(ch));
    bool ok = true;
    if (m_pendingReturn) {
        m_pendingReturn = false;
        if (byte == '\n')
            return put('\r') && put('\n') ? ch : traits_type::eof();
        ok = putEscaped('\r');
    }
    if (m_pendingC2) {
        m_pendingC2 = false;
        if (byte >= 0x80 && byte <= 0x9F)
            return ok && putEscaped(byte) ? ch : traits_type::eof();
        ok = put('\xC2') && ok;
    }
    if (byte == '\r')
        m_pendingReturn = true;
    else if (byte == 0xC2)
        m_pendingC2 = true;
    else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F)
        ok = putEscaped(byte) && ok;
    else
        ok = put(static_cast<char>(byte)) && ok;
    return ok ? ch : traits_type::eof();
}

bool TerminalSafeBuffer::finish()
{
    const bool written = flushPending();
    return m_target->pubsync() == 0 && written;
}

int TerminalSafeBuffer::sync()
{
    // Held bytes stay held across a flush: the byte that decides them may still come. finish()
    // writes them.
    return m_target->pubsync();
}

bool TerminalSafeStream::finish()
{
    m_stream.flush();
    const bool written = m_buffer.finish();
    m_target.flush();
    return written && m_stream.good() && m_target.good();
}

} // namespace rs::cli
