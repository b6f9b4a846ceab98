#include "AwsRecords.h"
#include "ImportHelpers.h"
#include "Readers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

namespace rs::pricing::readers {

namespace {

using json = nlohmann::json;

constexpr const char* unlistedSku = "a term for a SKU the file does not list before its terms";

std::uint64_t skuHash(std::string_view sku)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL; // FNV-1a 64
    for (const char c : sku) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

/// The SAX handler of an AWS offer file. It keeps only the products some rule maps (a few
/// hundred of an EC2 file's hundreds of thousands) and for the others only a hash and why
/// they were skipped, so memory stays small however large the file. The layout it follows
/// (depth: what):
///   1 root: formatVersion, offerCode, version, publicationDate, products, terms
///   3 products/<SKU>            4 products/<SKU>/attributes
///   3 terms/<OnDemand|Reserved> 4 terms/<type>/<SKU>   5 .../<term code> (term)
///   7 .../priceDimensions/<rate code> (dimension)      8 .../pricePerUnit
class OfferSax
{
public:
    OfferSax(TrackedInput& input, const ImportVocabulary& vocabulary, PriceFileImport& out)
        : m_input(input)
        , m_vocabulary(vocabulary)
        , m_out(out)
    {}

    std::optional<Error> error;
    std::string offerCode;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const std::string& text) { return string(text); }
    bool binary(json::binary_t&) { return true; }

    bool start_object(std::size_t) { return enter(false); }
    bool start_array(std::size_t) { return enter(true); }
    bool end_object() { return leave(); }
    bool end_array() { return leave(); }

    bool key(std::string& name)
    {
        if (m_depth < m_keys.size())
            m_keys[m_depth].assign(name);
        if (m_depth == 1)
            return rootKey(name);
        return true;
    }

    bool string(const std::string& value)
    {
        switch (m_section) {
        case Section::Root:
            if (m_depth == 1)
                rootValue(value);
            return true;
        case Section::Products:
            if (m_depth == 4 && m_keys[3] == "attributes")
                m_product.setAttribute(m_keys[4], value);
            return true;
        case Section::Terms:
            if (!m_kept)
                return true;
            if (m_depth == 5)
                termValue(value);
            else if (m_depth == 7)
                dimensionValue(value);
            else if (m_depth == 8 && m_keys[7] == "pricePerUnit" &&
                     (m_keys[8] == "USD" || m_dimension.price.empty())) {
                m_dimension.currency = m_keys[8];
                m_dimension.price = value;
            }
            return true;
        case Section::Other:
            return true;
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& ex)
    {
        if (m_input.wasCancelled()) {
            error = cancelledError(m_input);
            return false;
        }
        std::string what = ex.what();
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what.erase(0, colon + 2); // nlohmann's own "[json.exception...] at line..." prefix
        const bool truncated = position >= m_input.size() || lastToken.empty();
        const auto offset = position > 0 ? position - 1 : 0;
        error = m_input.error(ErrorCode::Syntax,
                              (truncated
                                   ? "the file ends in the middle of the JSON (is it truncated?): "
                                   : "malformed JSON: ") +
                                  what + context(),
                              offset);
        return false;
    }

    bool sawOffer() const { return !offerCode.empty() || m_sawProducts; }

    std::uint64_t records = 0;

private:
    enum class Section
    {
        Root,
        Products,
        Terms,
        Other,
    };

    std::string context() const
    {
        if (m_section == Section::Products && m_depth >= 3)
            return " (in the product " + m_keys[2] + ")";
        if (m_section == Section::Terms && m_depth >= 4)
            return " (in the " + m_keys[2] + " terms of SKU " + m_keys[3] + ")";
        return {};
    }

    bool rootKey(const std::string& name)
    {
        // Another provider's file shows in its first keys; say so before reading it all.
        for (const auto& [foreign, kind] : m_foreignKeys) {
            if (name == foreign) {
                error = m_input.error(ErrorCode::Inconsistent,
                                      "not an AWS offer file: it has \"" + name + "\", a key of " +
                                          std::string(kind),
                                      0);
                return false;
            }
        }
        return true;
    }

    void rootValue(const std::string& value)
    {
        if (m_keys[1] == "offerCode")
            offerCode = value;
        else if (m_keys[1] == "version")
            m_out.publisherVersion = value;
    }

    void termValue(const std::string& value)
    {
        if (m_keys[5] == "offerTermCode")
            m_term.offerTermCode = value;
        else if (m_keys[5] == "effectiveDate")
            m_term.effectiveDate = value;
    }

    void dimensionValue(const std::string& value)
    {
        const auto& name = m_keys[7];
        if (name == "rateCode")
            m_dimension.rateCode = value;
        else if (name == "description")
            m_dimension.description = value;
        else if (name == "beginRange" || name == "startingRange")
            m_dimension.beginRange = value;
        else if (name == "endRange" || name == "endingRange")
            m_dimension.endRange = value;
        else if (name == "unit")
            m_dimension.unit = value;
    }

    bool enter(bool array)
    {
        ++m_depth;
        if (m_depth == 1) {
            if (array) {
                error = m_input.error(
                    ErrorCode::Type, "not an AWS offer file: it is a JSON array, not an object", 0);
                return false;
            }
            return true;
        }
        if (m_depth == 2) {
            const auto& name = m_keys[1];
            m_section = name == "products" ? Section::Products
                        : name == "terms"  ? Section::Terms
                                           : Section::Other;
            if (m_section == Section::Products)
                m_sawProducts = true;
            if (m_section == Section::Terms)
                std::sort(m_skipped.begin(), m_skipped.end());
            return true;
        }
        if (m_section == Section::Products && m_depth == 3) {
            m_product.clear();
            m_product.sku = m_keys[2];
        } else if (m_section == Section::Terms) {
            if (m_depth == 4)
                return enterSkuTerms();
            if (m_depth == 5 && m_kept)
                m_term.clear();
            else if (m_depth == 7)
                return enterDimension();
        }
        return true;
    }

    bool enterSkuTerms()
    {
        const auto& sku = m_keys[3];
        m_kept = nullptr;
        m_skipReason = nullptr;
        if (m_keys[2] != "OnDemand") {
            m_skipReason = skipReason::notOnDemand;
            return true;
        }
        if (const auto it = m_products.find(sku); it != m_products.end()) {
            m_kept = &it->second;
            return true;
        }
        const auto hash = skuHash(sku);
        const auto it = std::lower_bound(m_skipped.begin(), m_skipped.end(),
                                         std::pair<std::uint64_t, const char*>{hash, nullptr});
        m_skipReason = it != m_skipped.end() && it->first == hash ? it->second : unlistedSku;
        return true;
    }

    bool enterDimension()
    {
        ++records;
        if ((records & 0xfff) == 0)
            m_input.setRecords(records);
        if (m_kept) {
            m_dimension.clear();
            return true;
        }
        if (auto& skips = m_out.report.skip(m_skipReason); skips.example.empty()) {
            const auto first = m_examples.find(m_skipReason);
            skips.example = first != m_examples.end()
                                ? first->second
                                : m_out.file + " SKU " + m_keys[3] + " (" + m_keys[2] + " terms)";
        }
        return true;
    }

    bool leave()
    {
        bool ok = true;
        if (m_section == Section::Products && m_depth == 3)
            keepOrSkipProduct();
        else if (m_section == Section::Terms && m_kept) {
            if (m_depth == 7)
                m_dimensions.push_back(m_dimension);
            else if (m_depth == 5)
                ok = mapTerm();
        }
        --m_depth;
        if (m_depth == 1)
            m_section = Section::Root;
        return ok;
    }

    void keepOrSkipProduct()
    {
        if (const char* why = m_mapper.classify(m_product)) {
            m_skipped.emplace_back(skuHash(m_product.sku), why);
            // The product says more than its terms will: keep the first as the example.
            if (!m_examples.contains(why))
                m_examples.emplace(why, m_out.file + " SKU " + m_product.sku + " (" +
                                            m_product.serviceCode + " " + m_product.usageType +
                                            ")");
            return;
        }
        m_products.emplace(m_product.sku, m_product);
    }

    bool mapTerm()
    {
        for (auto& dimension : m_dimensions) {
            dimension.offerTermCode = m_term.offerTermCode;
            dimension.effectiveDate = m_term.effectiveDate;
            auto mapped = m_mapper.map(*m_kept, dimension);
            if (const auto* why = std::get_if<const char*>(&mapped)) {
                m_out.report.skip(
                    *why, [&] { return m_out.file + " " + awsRecordName(*m_kept, dimension); });
                continue;
            }
            if (const auto* problem = std::get_if<std::string>(&mapped)) {
                error = Error{ErrorCode::Range,
                              *problem,
                              {m_out.file + " " + awsRecordName(*m_kept, dimension), 0, 0, {}}};
                return false;
            }
            auto& band = std::get<ImportedBand>(mapped);
            band.origin = m_out.file + " " + awsRecordName(*m_kept, dimension);
            m_out.bands.push_back(std::move(band));
            ++m_out.report.recordsKept;
        }
        m_dimensions.clear();
        return true;
    }

    TrackedInput& m_input;
    const ImportVocabulary& m_vocabulary;
    PriceFileImport& m_out;
    AwsRecordMapper m_mapper{m_vocabulary, "aws-offer-json"};

    const std::vector<std::pair<std::string_view, std::string_view>> m_foreignKeys =
        foreignKeysOf(PriceFileFormat::AwsOfferJson);
    std::size_t m_depth = 0;
    std::array<std::string, 16> m_keys;
    Section m_section = Section::Root;
    bool m_sawProducts = false;

    AwsProduct m_product;
    std::unordered_map<std::string, AwsProduct> m_products;       ///< the kept ones
    std::vector<std::pair<std::uint64_t, const char*>> m_skipped; ///< SKU hash, why
    std::map<const char*, std::string> m_examples; ///< the first product skipped for each reason

    const AwsProduct* m_kept = nullptr; ///< the SKU whose terms are being read, if kept
    const char* m_skipReason = nullptr;
    AwsPrice m_term;
    AwsPrice m_dimension;
    std::vector<AwsPrice> m_dimensions;
};

} // namespace

Result<PriceFileImport> awsOfferJson(TrackedInput& input, const ImportVocabulary& vocabulary)
{
    auto out = importOf(PriceFileFormat::AwsOfferJson, input);
    if (input.size() == 0)
        return Error{ErrorCode::Syntax, "the file is empty", {out.file, 0, 0, {}}};

    OfferSax sax(input, vocabulary, out);
    bool parsed = false;
    try {
        parsed = json::sax_parse(input.stream(), &sax);
    } catch (const json::exception& e) {
        return Error{ErrorCode::Syntax, e.what(), {out.file, 0, 0, {}}};
    }
    if (input.wasCancelled())
        return cancelledError(input);
    if (!parsed)
        return sax.error
                   ? *sax.error
                   : Error{ErrorCode::Syntax, "the JSON could not be read", {out.file, 0, 0, {}}};
    if (!sax.sawOffer())
        return Error{ErrorCode::Missing,
                     "not an AWS offer file: it has neither \"offerCode\" nor \"products\"",
                     {out.file, 0, 0, {}}};
    for (auto& band : out.bands)
        band.row.source = "aws-offer-json " + sax.offerCode + " " + out.publisherVersion;
    out.report.recordsRead = sax.records;
    input.setRecords(sax.records);
    input.reportDone();
    return out;
}

} // namespace rs::pricing::readers
