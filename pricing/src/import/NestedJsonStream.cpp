#include "NestedJsonStream.h"

#include "Readers.h"

namespace rs::pricing {

namespace {

using json = nlohmann::json;

class NestedSax
{
public:
    NestedSax(TrackedInput& input, const NestedJsonStream::Expectation& expectation,
              const NestedJsonStream::HeaderHandler& onHeader,
              const NestedJsonStream::RecordHandler& onRecord, std::size_t maxValues)
        : m_input(input)
        , m_expect(expectation)
        , m_onHeader(onHeader)
        , m_onRecord(onRecord)
        , m_maxValues(maxValues)
        , m_recordsDepth(expectation.recordsKey.empty() ? 1 : 2)
    {}

    std::optional<Error> error;
    bool sawRecords = false;
    std::uint64_t records = 0;

    bool null() { return value(json()); }
    bool boolean(bool v) { return value(json(v)); }
    bool number_integer(json::number_integer_t v) { return value(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return value(json(v)); }
    bool number_float(json::number_float_t v, const std::string&) { return value(json(v)); }
    bool binary(json::binary_t&) { return true; }

    bool string(std::string& v)
    {
        if (v.size() > readers::maxJsonStringBytes)
            return fail("a string of " + std::to_string(v.size()) + " bytes: more than 1 MiB");
        return value(json(std::move(v)));
    }

    bool key(std::string& name)
    {
        if (m_depth == 1) {
            for (const auto& [foreign, kind] : m_expect.foreignKeys) {
                if (name == foreign)
                    return fail(std::string("not ") + std::string(m_expect.formatName) +
                                    ": it has \"" + name + "\", a key of " + std::string(kind),
                                false);
            }
        }
        if (m_inRecords && m_depth == m_recordsDepth && m_stack.empty())
            m_outer = name;
        m_key = std::move(name);
        return true;
    }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& ex)
    {
        error = readers::jsonSyntaxError(m_input, position, lastToken, ex, where());
        return false;
    }

private:
    /// " (in EU (Ireland) / Lambda Duration)": the record being read, for errors.
    std::string where() const
    {
        if (!m_inRecords || m_outer.empty())
            return {};
        return " (in \"" + m_outer + "\"" + (m_inner.empty() ? "" : " / \"" + m_inner + "\"") + ")";
    }

    bool fail(std::string message, bool located = true)
    {
        error = Error{located ? ErrorCode::TooLarge : ErrorCode::Inconsistent,
                      std::move(message) + (located ? where() : ""),
                      {m_input.fileName(), 0, 0, {}}};
        return false;
    }

    bool formatError(std::string message)
    {
        error =
            Error{ErrorCode::Type,
                  "not " + std::string(m_expect.formatName) + ": " + std::move(message) + where(),
                  {m_input.fileName(), 0, 0, {}}};
        return false;
    }

    /// The depth at which a record's value starts: inside the outer (region) object.
    std::size_t recordParentDepth() const { return m_recordsDepth + 1; }

    bool value(json v)
    {
        if (!m_stack.empty())
            return add(std::move(v)) != nullptr;
        if (m_inRecords && m_depth == recordParentDepth()) {
            m_inner = m_key;
            return deliver(v);
        }
        if (m_inRecords && m_depth == m_recordsDepth)
            return formatError("\"" + m_key + "\" must be an object");
        if (m_depth == 1 && m_onHeader) {
            if (auto problem = m_onHeader(m_key, v)) {
                error = std::move(problem);
                return false;
            }
        }
        return true;
    }

    json* add(json v)
    {
        if (++m_values > m_maxValues) {
            fail("a record with more than " + std::to_string(m_maxValues) + " values");
            return nullptr;
        }
        json& top = *m_stack.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        return &(top[m_key] = std::move(v));
    }

    bool open(json container)
    {
        ++m_depth;
        if (m_depth == 1) {
            if (!container.is_object())
                return fail(std::string("not ") + std::string(m_expect.formatName) +
                                ": the file is a JSON array, not an object",
                            false);
            if (m_recordsDepth == 1)
                m_inRecords = sawRecords = true;
            return true;
        }
        if (!m_stack.empty()) {
            json* child = add(std::move(container));
            if (!child)
                return false;
            m_stack.push_back(child);
            return true;
        }
        if (m_depth == 2 && !m_inRecords) {
            if (m_key == m_expect.recordsKey) {
                if (!container.is_object())
                    return formatError("\"" + m_key + "\" must be an object");
                m_inRecords = sawRecords = true;
                return true;
            }
            // Another root member (the manifest): built whole, it is small.
            m_header = std::move(container);
            m_headerKey = m_key;
            m_values = 0;
            m_stack.push_back(&m_header);
            return true;
        }
        if (m_inRecords && m_depth == recordParentDepth()) {
            if (!container.is_object())
                return formatError("\"" + m_outer + "\" must be an object");
            return true;
        }
        if (m_inRecords && m_depth == recordParentDepth() + 1) {
            m_inner = m_key;
            m_record = std::move(container);
            m_values = 0;
            m_stack.push_back(&m_record);
        }
        return true;
    }

    bool close()
    {
        --m_depth;
        if (!m_stack.empty()) {
            m_stack.pop_back();
            if (!m_stack.empty())
                return true;
            if (m_inRecords)
                return deliver(m_record);
            if (m_onHeader) {
                if (auto problem = m_onHeader(m_headerKey, m_header)) {
                    error = std::move(problem);
                    return false;
                }
            }
            m_header = json();
            return true;
        }
        if (m_inRecords && m_depth + 1 == m_recordsDepth) {
            m_inRecords = false;
            m_outer.clear();
        }
        return true;
    }

    bool deliver(const json& record)
    {
        if (auto problem = m_onRecord(m_outer, m_inner, record)) {
            error = std::move(problem);
            return false;
        }
        m_inner.clear();
        ++records;
        if ((records & 0xff) == 0)
            m_input.setRecords(records);
        return true;
    }

    TrackedInput& m_input;
    const NestedJsonStream::Expectation& m_expect;
    const NestedJsonStream::HeaderHandler& m_onHeader;
    const NestedJsonStream::RecordHandler& m_onRecord;
    std::size_t m_maxValues;
    std::size_t m_recordsDepth; ///< depth of the object whose members are the outer keys
    std::size_t m_depth = 0;
    std::string m_key;
    std::string m_outer;
    std::string m_inner;
    std::string m_headerKey;
    bool m_inRecords = false;
    json m_record;
    json m_header;
    std::vector<json*> m_stack; ///< the containers of the record (or header) being built
    std::size_t m_values = 0;
};

} // namespace

Result<std::uint64_t> NestedJsonStream::read(TrackedInput& input, const Expectation& expectation,
                                             const HeaderHandler& onHeader,
                                             const RecordHandler& onRecord,
                                             std::size_t maxRecordValues)
{
    const Location file{input.fileName(), 0, 0, {}};
    if (input.size() == 0)
        return Error{ErrorCode::Syntax, "the file is empty", file};
    NestedSax sax(input, expectation, onHeader, onRecord, maxRecordValues);
    bool parsed = false;
    try {
        parsed = json::sax_parse(input.stream(), &sax);
    } catch (const json::exception& e) {
        return Error{ErrorCode::Syntax, e.what(), file};
    }
    if (input.wasCancelled())
        return readers::cancelledError(input);
    if (!parsed)
        return sax.error ? *sax.error
                         : Error{ErrorCode::Syntax, "the JSON could not be read", file};
    if (!sax.sawRecords)
        return Error{ErrorCode::Missing,
                     "not " + std::string(expectation.formatName) + ": it has no \"" +
                         std::string(expectation.recordsKey) + "\" object",
                     file};
    input.setRecords(sax.records);
    input.reportDone();
    return sax.records;
}

} // namespace rs::pricing
