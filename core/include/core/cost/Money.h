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
///
/// Arithmetic never wraps: a result beyond 128 bits (about 1.7e26 USD) is the overflow value,
/// which stays overflow through every further sum, so a total built from it is never a number.
class Money
{
public:
    static constexpr std::int64_t picoPerDollar = 1'000'000'000'000;

    /// The result of arithmetic that left the 128-bit range.
    static constexpr Money overflow() { return Money(overflowPico); }
    constexpr bool isOverflow() const { return m_pico == overflowPico; }

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
    /// product is formed exactly from the quantity's binary value. Overflow when the product
    /// leaves the 128-bit range or the quantity is not finite.
    Money times(double quantity) const;

    /// Rounded half away from zero to `decimals` places (0 to 12): "1234.57"; "overflow" for the
    /// overflow value.
    std::string toString(int decimals = 2) const;
    /// The exact amount with no trailing zeros: "0.0000002", "12"; "overflow" for the overflow
    /// value.
    std::string toExactString() const;
    /// For charts and ratios only; never add these up. The overflow value reads as NaN.
    double toDouble() const;

    constexpr Money operator+(Money other) const
    {
        Int128 sum = 0;
        if (isOverflow() || other.isOverflow() ||
            __builtin_add_overflow(m_pico, other.m_pico, &sum))
            return overflow();
        return Money(sum);
    }
    constexpr Money operator-(Money other) const { return *this + -other; }
    constexpr Money operator-() const { return isOverflow() ? overflow() : Money(-m_pico); }
    constexpr Money& operator+=(Money other) { return *this = *this + other; }
    constexpr auto operator<=>(const Money&) const = default;

private:
    /// The most negative 128-bit value: no sum or product of real amounts is ever it, and
    /// negating it would overflow, so it cannot be confused with an amount.
    static constexpr Int128 maxPico = ((Int128{1} << 126) - 1) * 2 + 1; // 2^127 - 1
    static constexpr Int128 overflowPico = -maxPico - 1;

    constexpr explicit Money(Int128 pico)
        : m_pico(pico)
    {}
    Int128 m_pico = 0;
};

} // namespace rs
