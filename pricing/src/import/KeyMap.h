#pragma once

#include <string_view>
#include <vector>

/// Which provider price records price which catalogue item: the price keys of
/// resources/catalogue/services.json (and the transfer keys the cost engine looks up by name),
/// matched on the fields docs/pricing-data.md took each bundled row from. Records that match
/// no rule are skipped and counted in the import report.
namespace rs::pricing::keymap {

/// Where an AWS price applies, read from its product's attributes.
enum class AwsPlace
{
    Region,     ///< location / regionCode
    Global,     ///< account-wide ("Any", "Global-" usage types)
    FromRegion, ///< transfer out of fromLocation / fromRegionCode
    ToRegion,   ///< transfer into toLocation / toRegionCode
    RegionPair, ///< inter-region transfer: from -> to
};

struct AwsRule
{
    std::string_view service; ///< the product's servicecode
    std::string_view meter;   ///< its usagetype without the region prefixes
    std::string_view key;
    std::string_view unit; ///< the key's normalised unit
    AwsPlace place = AwsPlace::Region;
};

/// The rule for a product: its usage type as it is, or without one or two region prefixes
/// ("EUW2-Request", "USE1-EU-AWS-Out-Bytes"); us-east-1 often has none ("Request").
const AwsRule* findAwsRule(std::string_view serviceCode, std::string_view usageType);
/// The offer codes with at least one rule: what the online update downloads.
std::vector<std::string_view> awsOfferCodes();

struct AzureRule
{
    std::string_view serviceName;
    std::string_view productName;
    std::string_view skuName; ///< empty: any
    std::string_view meterName;
    std::string_view key;
    std::string_view unit;
    std::string_view freeKey; ///< a leading $0 tier is this account-wide allowance
    /// How many of the key's resource one meter unit is: Cosmos DB meters price 100 RU/s.
    double meterQuantity = 1.0;
};

const AzureRule* findAzureRule(std::string_view serviceName, std::string_view productName,
                               std::string_view skuName, std::string_view meterName);
/// The serviceName filter values the online update asks for.
std::vector<std::string_view> azureServiceNames();

struct GcpRule
{
    std::string_view serviceId; ///< Cloud Billing service id, for the online update
    std::string_view serviceDisplayName;
    std::string_view description; ///< the SKU description, before any " in <region>"
    std::string_view key;
    std::string_view unit;
    std::string_view freeKey;
};

const GcpRule* findGcpRule(std::string_view serviceDisplayName, std::string_view description);
std::vector<std::string_view> gcpServiceIds();

/// Where a price of an AWS pricing-page file applies.
enum class PagePlace
{
    Region,     ///< the region the file lists it under
    Global,     ///< one price for the account, listed under `PageRule::location`
    FromRegion, ///< transfer out of the region it is listed under (internet egress)
    RegionPair, ///< inter-region transfer: listed region -> the entry's "To Location"
};

/// A price of the AWS pricing pages' data files ("meteredUnitMaps" JSON and the scraper's
/// pivot of the data-transfer page): they name a price by its label only, so the rule says
/// the unit and the band the label stands for.
struct PageRule
{
    std::string_view service; ///< manifest.serviceId ("lambda"); "datatransfer" for the pivot
    std::string_view label;   ///< the label as the file writes it
    std::string_view key;
    std::string_view unit;
    double tierStart = 0.0;
    double tierEnd = -1.0; ///< negative: open-ended
    /// How many of the file's units make one of the key's unit (10,000 KMS requests).
    double filePerKeyUnit = 1.0;
    PagePlace place = PagePlace::Region;
    std::string_view location = {}; ///< for Global: the file's region entry that holds it ("Any")
    bool labelIsPrefix = false;     ///< "DataTransfer InterRegion Outbound to <region>"
};

const PageRule* findPageRule(std::string_view service, std::string_view label);
/// The AWS offer code a pricing-page service id stands for, for the rows' `service`.
std::string_view offerCodeOfPageService(std::string_view service);

/// Every key some rule produces (the tests check each against the catalogues).
std::vector<std::string_view> allKeys();

} // namespace rs::pricing::keymap
