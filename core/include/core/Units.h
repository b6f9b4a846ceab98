#pragma once

// The unit system of the engine. Quantities that cross an API carry their unit, so a payload in
// bytes cannot be added to stored data in gigabytes, nor a duration to a price. The system has
// Boost's information and time dimensions plus two of ours: currency (US dollars) and requests.

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/base_units/information/byte.hpp>
#include <boost/units/base_units/si/second.hpp>
#include <boost/units/make_scaled_unit.hpp>
#include <boost/units/make_system.hpp>
#include <boost/units/physical_dimensions/information.hpp>
#include <boost/units/physical_dimensions/time.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/static_constant.hpp>
#include <boost/units/unit.hpp>

namespace rs::units {

namespace bu = boost::units;

struct currency_base_dimension : bu::base_dimension<currency_base_dimension, 1>
{};
struct request_base_dimension : bu::base_dimension<request_base_dimension, 2>
{};
using currency_dimension = currency_base_dimension::dimension_type;
using request_dimension = request_base_dimension::dimension_type;

struct usd_base_unit : bu::base_unit<usd_base_unit, currency_dimension, 1>
{
    static constexpr const char* name() { return "US dollar"; }
    static constexpr const char* symbol() { return "USD"; }
};
struct request_base_unit : bu::base_unit<request_base_unit, request_dimension, 2>
{
    static constexpr const char* name() { return "request"; }
    static constexpr const char* symbol() { return "req"; }
};

using system = bu::make_system<bu::information::byte_base_unit, bu::si::second_base_unit,
                               usd_base_unit, request_base_unit>::type;

using byte_unit = bu::unit<bu::information_dimension, system>;
using second_unit = bu::unit<bu::time_dimension, system>;
using usd_unit = bu::unit<currency_dimension, system>;
using request_unit = bu::unit<request_dimension, system>;
using request_rate_unit = decltype(request_unit{} / second_unit{});

// Scaled units for the figures architects think in; converting to the base unit is explicit.
using gigabyte_unit = bu::make_scaled_unit<byte_unit, bu::scale<10, bu::static_rational<9>>>::type;
using millisecond_unit =
    bu::make_scaled_unit<second_unit, bu::scale<10, bu::static_rational<-3>>>::type;

BOOST_UNITS_STATIC_CONSTANT(byte, byte_unit);
BOOST_UNITS_STATIC_CONSTANT(bytes, byte_unit);
BOOST_UNITS_STATIC_CONSTANT(gigabyte, gigabyte_unit);
BOOST_UNITS_STATIC_CONSTANT(gigabytes, gigabyte_unit);
BOOST_UNITS_STATIC_CONSTANT(second, second_unit);
BOOST_UNITS_STATIC_CONSTANT(seconds, second_unit);
BOOST_UNITS_STATIC_CONSTANT(millisecond, millisecond_unit);
BOOST_UNITS_STATIC_CONSTANT(milliseconds, millisecond_unit);
BOOST_UNITS_STATIC_CONSTANT(usd, usd_unit);
BOOST_UNITS_STATIC_CONSTANT(request, request_unit);
BOOST_UNITS_STATIC_CONSTANT(requests, request_unit);

} // namespace rs::units

namespace rs {

using Bytes = boost::units::quantity<units::byte_unit>;
using Gigabytes = boost::units::quantity<units::gigabyte_unit>;
using Seconds = boost::units::quantity<units::second_unit>;
using Milliseconds = boost::units::quantity<units::millisecond_unit>;
/// An amount in dollars as a unit-checked quantity (a budget); exact amounts that add up to the
/// cent are rs::Money (core/cost/Money.h).
using Dollars = boost::units::quantity<units::usd_unit>;
using Requests = boost::units::quantity<units::request_unit>;
using RequestRate = boost::units::quantity<units::request_rate_unit>;

/// Seconds in the month the engine bills and simulates by: 730 hours, the providers' convention.
inline constexpr double secondsPerBillingMonth = 730.0 * 3600.0;

} // namespace rs
