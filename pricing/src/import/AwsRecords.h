#pragma once

#include "KeyMap.h"
#include "pricing/import/PriceFileImport.h"

#include <string>
#include <string_view>
#include <variant>

namespace rs::pricing {

/// The attributes of an AWS product the importer reads, from the JSON offer file's
/// `attributes` or the CSV's columns (names compared lower-case without spaces, so
/// "From Region Code" and "fromRegionCode" are one attribute).
struct AwsProduct
{
    std::string sku;
    std::string serviceCode;
    std::string usageType;
    std::string location;
    std::string regionCode;
    std::string fromLocation;
    std::string toLocation;
    std::string fromRegionCode;
    std::string toRegionCode;

    // Resolved by AwsRecordMapper::classify().
    const keymap::AwsRule* rule = nullptr;
    std::string region;
    std::string toRegion;

    void clear();
    /// Keeps `value` when `name` is an attribute the importer reads.
    void setAttribute(std::string_view name, std::string_view value);
};

/// One price dimension of an AWS product: a term's rate.
struct AwsPrice
{
    std::string termType = "OnDemand";
    std::string offerTermCode;
    std::string rateCode;
    std::string description;
    std::string effectiveDate;
    std::string beginRange;
    std::string endRange;
    std::string unit;
    std::string price;
    std::string currency = "USD";

    void clear() { *this = AwsPrice{}; }
};

/// Turns AWS products and their price dimensions into catalogue bands, the same way for the
/// JSON and the CSV offer files.
class AwsRecordMapper
{
public:
    AwsRecordMapper(const ImportVocabulary& vocabulary, std::string source);

    /// Finds the product's rule and regions. Returns why the product is skipped (a reason for
    /// the report), or nullptr when its prices are kept.
    const char* classify(AwsProduct& product) const;

    /// The band of one price dimension of a kept product; a skip reason (const char*); or an
    /// error message (std::string) for a record that cannot be right.
    std::variant<ImportedBand, const char*, std::string> map(const AwsProduct& product,
                                                             const AwsPrice& price) const;

private:
    std::optional<std::string> regionOf(const std::string& code, const std::string& location) const;

    const ImportVocabulary& m_vocabulary;
    std::string m_source;
};

/// "aws.json SKU ABC, rate ABC.JRTCKXETXF.6YS6EN2CT7".
std::string awsRecordName(const AwsProduct& product, const AwsPrice& price);

} // namespace rs::pricing
