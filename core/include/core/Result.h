#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace rs {

/// What kind of problem an input has; each has a stable, untranslated name for JSON output.
enum class ErrorCode
{
    Io,
    Syntax,
    TooLarge,
    TooDeep,
    NewerSchema,
    Type,
    Missing,
    UnknownField,
    UnknownKind,
    UnknownProperty,
    UnknownRegion,
    Duplicate,
    Dangling,
    Range,
    Inconsistent,
};

std::string_view errorCodeName(ErrorCode code);

/// Where a problem is: a JSON pointer into the document and, where known, line and column
/// (1-based; 0 means unknown) and the element the problem concerns.
struct Location
{
    std::string pointer;
    int line = 0;
    int column = 0;
    std::string elementId;
};

/// One problem found in an input, located and explained for the person who must fix it.
struct Error
{
    ErrorCode code = ErrorCode::Io;
    std::string message;
    Location where;

    /// "line 3, column 14: ..." or "/services/2/region: ..." — the form tools print.
    std::string toString() const;
};

using Errors = std::vector<Error>;

/// The outcome of an operation that can fail on bad input: a value, or every error found.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(Errors{std::move(error)})
    {}
    Result(Errors errors)
        : m_state(std::move(errors))
    {
        assert(!std::get<Errors>(m_state).empty());
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Errors& errors() const { return std::get<Errors>(m_state); }

private:
    std::variant<T, Errors> m_state;
};

} // namespace rs
