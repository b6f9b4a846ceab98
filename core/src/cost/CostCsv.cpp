#include "core/cost/CostCsv.h"

#include <charconv>

namespace rs {

namespace {

std::string cell(std::string_view text)
{
    std::string value(text);
    if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string::npos)
        value.insert(value.begin(), '\'');
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string number(double value)
{
    char buffer[400]; // fixed notation of the largest double
    const auto end =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed).ptr;
    return std::string(buffer, end);
}

} // namespace

std::string costLinesCsv(const CostEstimate& estimate, const DisplayCurrency& currency)
{
    std::string out = "category,element,region,to_region,usage,quantity,amount,currency,"
                      "price_key,sku,usage_type,unit_price_usd,unit,effective_date,source,"
                      "confidence,catalogue_version,unpriced_reason,borrowed_from\r\n";
    for (const auto& line : estimate.lines) {
        const PriceRow* row = line.cited.empty() ? nullptr : &line.cited.back();
        const auto field = [&](auto member) { return row ? cell(row->*member) : std::string(); };
        out += cell(enumName(line.category)) + ',' + cell(line.elementId) + ',' +
               cell(line.region) + ',' + cell(line.toRegion) + ',' + cell(enumName(line.usage)) +
               ',' + number(line.quantity) + ',' + currency.convert(line.amount).toString(6) + ',' +
               currency.code() + ',' + field(&PriceRow::key) + ',' + field(&PriceRow::sku) + ',' +
               field(&PriceRow::usageType) + ',' + (row ? row->price.toString(12) : std::string()) +
               ',' + field(&PriceRow::unit) + ',' + field(&PriceRow::effectiveDate) + ',' +
               field(&PriceRow::source) + ',' +
               (row ? std::string(enumName(row->confidence)) : std::string()) + ',' +
               cell(line.bookVersion) + ',' + cell(line.unpriced ? line.reason : "") + ',' +
               cell(line.borrowedFrom) + "\r\n";
    }
    return out;
}

} // namespace rs
