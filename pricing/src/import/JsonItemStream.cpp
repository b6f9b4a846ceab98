#include "JsonItemStream.h"

#include "Readers.h"

namespace rs::pricing {

namespace {

using json = nlohmann::json;

class ItemSax
{
public:
    ItemSax(TrackedInput& input, const JsonItemStream::Expectation& expectation,
            const JsonItemStream::ItemHandler& onItem, std::size_t maxItemValues)
        : m_input(input)
        , m_expect(expectation)
        , m_onItem(onItem)
        , m_maxValues(maxItemValues)
    {}

    json header = json::object();
    std::optional<Error> error;
    bool sawArray = false;
    std::uint64_t items = 0;

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
    std::string where() const
    {
        return m_inArray ? " (in " + std::string(m_expect.arrayKey) + " element " +
                               std::to_string(items) + ")"
                         : std::string();
    }

    bool fail(std::string message, bool located = true)
    {
        error = Error{ErrorCode::TooLarge,
                      std::move(message) + (located ? where() : ""),
                      {m_input.fileName(), 0, 0, {}}};
        if (!located)
            error->code = ErrorCode::Inconsistent;
        return false;
    }

    bool value(json v)
    {
        if (!m_stack.empty())
            return add(std::move(v)) != nullptr;
        if (m_depth == 1)
            header[m_key] = std::move(v);
        else if (m_depth == 2 && m_inArray)
            return deliver(v);
        return true;
    }

    json* add(json v)
    {
        if (++m_values > m_maxValues) {
            fail("an element with more than " + std::to_string(m_maxValues) + " values");
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
            return true;
        }
        if (!m_stack.empty()) {
            json* child = add(std::move(container));
            if (!child)
                return false;
            m_stack.push_back(child);
            return true;
        }
        if (m_depth == 2 && m_key == m_expect.arrayKey && container.is_array()) {
            m_inArray = true;
            sawArray = true;
            return true;
        }
        if (m_depth == 3 && m_inArray) {
            m_item = std::move(container);
            m_values = 0;
            m_stack.push_back(&m_item);
        }
        return true;
    }

    bool close()
    {
        --m_depth;
        if (!m_stack.empty()) {
            m_stack.pop_back();
            if (m_stack.empty())
                return deliver(m_item);
            return true;
        }
        if (m_depth == 1)
            m_inArray = false;
        return true;
    }

    bool deliver(const json& item)
    {
        if (auto problem = m_onItem(item, items)) {
            error = std::move(problem);
            return false;
        }
        ++items;
        if ((items & 0xff) == 0)
            m_input.setRecords(items);
        return true;
    }

    TrackedInput& m_input;
    const JsonItemStream::Expectation& m_expect;
    const JsonItemStream::ItemHandler& m_onItem;
    std::size_t m_maxValues;
    std::size_t m_depth = 0;
    std::string m_key;
    bool m_inArray = false;
    json m_item;
    std::vector<json*> m_stack; ///< the containers of the element being built
    std::size_t m_values = 0;
};

} // namespace

Result<nlohmann::json> JsonItemStream::read(TrackedInput& input, const Expectation& expectation,
                                            const ItemHandler& onItem, std::size_t maxItemValues)
{
    const Location file{input.fileName(), 0, 0, {}};
    if (input.size() == 0)
        return Error{ErrorCode::Syntax, "the file is empty", file};
    ItemSax sax(input, expectation, onItem, maxItemValues);
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
    if (!sax.sawArray)
        return Error{ErrorCode::Missing,
                     "not " + std::string(expectation.formatName) + ": it has no \"" +
                         std::string(expectation.arrayKey) + "\" array",
                     file};
    input.setRecords(sax.items);
    input.reportDone();
    return std::move(sax.header);
}

} // namespace rs::pricing
