#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rs {

__extension__ using Int128 = __int128;

/// An exact amount of US dollars: a whole number of pico-dollars (10^-12 USD) in 128 bits.
/// Prices quoted to ten decimals ($0.0000166667 per GB-second) multiply and add up over billions
/// of units without drift; amounts are rounded only for display.
class Money
{
public:
    static constexpr std::int64_t picoPerDollar = 1'000'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromPico(Int128 pico) { return Money(pico); }
    static constexpr Money dollars(std::int64_t whole)
    {
        return Money(Int128{whole} * picoPerDollar);
    }

    /// A plain decimal as price files write it: "0.0000002", "12", "-3.5". Nothing for anything
    /// else (exponents, more than 12 decimals, text).
    static std::optional<Money> parse(std::string_view decimal);

    constexpr Int128 pico() const { return m_pico; }

    /// This price times a quantity, rounded once, half away from zero, to the pico-dollar. The
    /// product is formed exactly from the quantity's binary value.
    Money times(double quantity) const;

    /// Rounded half away from zero to `decimals` places (0 to 12): "1234.57".
    std::string toString(int decimals = 2) const;
    /// For charts and ratios only; never add these up.
    double toDouble() const;

    constexpr Money operator+(Money other) const { return Money(m_pico + other.m_pico); }
    constexpr Money operator-(Money other) const { return Money(m_pico - other.m_pico); }
    constexpr Money operator-() const { return Money(-m_pico); }
    constexpr Money& operator+=(Money other)
    {
        m_pico += other.m_pico;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(Int128 pico)
        : m_pico(pico)
    {}
    Int128 m_pico = 0;
};

} // namespace rs
