#pragma once

#include <ostream>
#include <streambuf>

namespace rs::cli {

/// Passes text on to another stream buffer with every control character a terminal would act
/// on written out as a JSON-style escape ("\u001b"): C0 controls except tab and newline, a
/// carriage return not followed by a newline (CSV's "\r\n" passes), DEL, and the C1 controls
/// (U+0080 to U+009F in UTF-8). Names, ids and region codes come from files; echoed raw, a
/// crafted one could clear the screen or forge output lines. JSON output is unchanged in
/// meaning: nlohmann already escapes C0, and "\u0085" is the same string as a raw U+0085.
class TerminalSafeBuffer : public std::streambuf
{
public:
    explicit TerminalSafeBuffer(std::streambuf* target)
        : m_target(target)
    {}
    ~TerminalSafeBuffer() override;

    /// Writes any held byte and flushes the target; false if a write failed.
    bool finish();

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    bool put(char c);
    bool putEscaped(unsigned code);
    bool flushPending();

    std::streambuf* m_target;
    bool m_pendingReturn = false; ///< a '\r' held back until we see whether '\n' follows
    bool m_pendingC2 = false;     ///< a 0xC2 lead byte held back: it may start a C1 control
};

/// `stream` writing through a TerminalSafeBuffer for as long as this lives; its failures
/// (a full disk behind stdout) show in the wrapped stream's state.
class TerminalSafeStream
{
public:
    explicit TerminalSafeStream(std::ostream& target)
        : m_target(target)
        , m_buffer(target.rdbuf())
        , m_stream(&m_buffer)
    {}

    std::ostream& stream() { return m_stream; }
    /// Flushes everything through to the target; false if any write failed on the way.
    bool finish();

private:
    std::ostream& m_target;
    TerminalSafeBuffer m_buffer;
    std::ostream m_stream;
};

} // namespace rs::cli
