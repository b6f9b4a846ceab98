#include "AwsRecords.h"
#include "Readers.h"

#include <array>
#include <cctype>

namespace rs::pricing::readers {

namespace {

/// The longest record read: AWS's records are about 2 KB (the widest offer, AmazonEC2, has
/// some 90 columns of short values); 1 MiB, the JSON readers' string limit, leaves room while
/// a file of junk after a valid header stops at 1 MiB instead of filling memory.
constexpr std::size_t maxRecordBytes = std::size_t{1} << 20;

/// One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and newlines).
class CsvRecords
{
public:
    explicit CsvRecords(std::streambuf& input)
        : m_input(input)
    {}

    /// Reads the next record; false at the end of the input.
    bool next(std::vector<std::string>& fields)
    {
        fields.clear();
        m_startLine = m_line + 1;
        m_unterminatedQuote = false;
        m_tooLong = false;
        std::size_t bytes = 0;
        int c = m_input.sbumpc();
        if (c == EOF)
            return false;
        ++m_line;
        std::string field;
        bool quoted = false;
        for (;; c = m_input.sbumpc()) {
            if (++bytes > maxRecordBytes) {
                m_tooLong = true;
                fields.push_back(std::move(field));
                return true;
            }
            if (c == EOF) {
                m_unterminatedQuote = quoted;
                fields.push_back(std::move(field));
                return true;
            }
            const char ch = static_cast<char>(c);
            if (quoted) {
                if (ch == '"') {
                    if (m_input.sgetc() == '"') {
                        field += '"';
                        m_input.sbumpc();
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n')
                        ++m_line;
                    field += ch;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.push_back(std::move(field));
                field.clear();
            } else if (ch == '\n') {
                fields.push_back(std::move(field));
                return true;
            } else if (ch != '\r') {
                field += ch;
            }
        }
    }

    std::uint64_t startLine() const { return m_startLine; }
    bool unterminatedQuote() const { return m_unterminatedQuote; }
    /// The record read was cut at maxRecordBytes.
    bool tooLong() const { return m_tooLong; }

private:
    std::streambuf& m_input;
    std::uint64_t m_line = 0;
    std::uint64_t m_startLine = 0;
    bool m_unterminatedQuote = false;
    bool m_tooLong = false;
};

Error tooLongError(Location where)
{
    return Error{ErrorCode::TooLarge,
                 "a record longer than " + std::to_string(maxRecordBytes) +
                     " bytes: not a price record (a broken or hostile file)",
                 std::move(where)};
}

std::string canonical(std::string_view name)
{
    std::string out;
    for (const char c : name) {
        if (c != ' ')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

enum Column : std::size_t
{
    Sku,
    OfferTermCode,
    RateCode,
    TermType,
    PriceDescription,
    EffectiveDate,
    StartingRange,
    EndingRange,
    Unit,
    PricePerUnit,
    Currency,
    ServiceCode,
    UsageType,
    ColumnCount,
};

constexpr std::array<std::string_view, ColumnCount> requiredColumns{
    "sku",           "offertermcode", "ratecode",    "termtype", "pricedescription",
    "effectivedate", "startingrange", "endingrange", "unit",     "priceperunit",
    "currency",      "servicecode",   "usagetype"};

} // namespace

Result<PriceFileImport> awsOfferCsv(TrackedInput& input, const ImportVocabulary& vocabulary)
{
    auto out = importOf(PriceFileFormat::AwsOfferCsv, input);
    const auto at = [&](std::uint64_t line, const std::string& record = {}) {
        // Column 1: the record's first field; the message names the field.
        return Location{
            out.file + (record.empty() ? "" : " " + record), static_cast<int>(line), 1, {}};
    };

    CsvRecords csv(*input.stream().rdbuf());
    std::vector<std::string> fields;
    std::string offerCode;
    // The preamble: two-column metadata rows, then the header, which starts with "SKU".
    for (;;) {
        if (!csv.next(fields)) {
            if (input.wasCancelled())
                return cancelledError(input);
            return Error{
                ErrorCode::Syntax,
                csv.startLine() <= 1
                    ? "the file is empty"
                    : "the file ends before the header row (\"SKU\",\"OfferTermCode\",...)",
                at(csv.startLine())};
        }
        if (csv.tooLong())
            return tooLongError(at(csv.startLine()));
        if (!fields.empty() && fields.front() == "SKU")
            break;
        if (fields.size() != 2 || csv.startLine() > 5)
            return Error{ErrorCode::Syntax,
                         "not an AWS offer CSV: expected the five metadata rows (\"FormatVersion\","
                         " ... \"OfferCode\") and then the header row starting with \"SKU\"",
                         at(csv.startLine())};
        if (fields[0] == "Version")
            out.publisherVersion = fields[1];
        else if (fields[0] == "OfferCode")
            offerCode = fields[1];
    }
    const auto headerSize = fields.size();
    std::array<std::size_t, ColumnCount> index{};
    index.fill(headerSize);
    std::vector<std::pair<std::string, std::size_t>> attributes; // every other column
    for (std::size_t i = 0; i < headerSize; ++i) {
        const auto name = canonical(fields[i]);
        bool known = false;
        for (std::size_t c = 0; c < ColumnCount; ++c) {
            if (requiredColumns[c] == name) {
                index[c] = i;
                known = true;
            }
        }
        if (!known || name == "servicecode" || name == "usagetype")
            attributes.emplace_back(fields[i], i);
    }
    for (std::size_t c = 0; c < ColumnCount; ++c) {
        if (index[c] == headerSize)
            return Error{ErrorCode::Missing,
                         "the header has no column \"" + std::string(requiredColumns[c]) +
                             "\" (names are compared without case and spaces)",
                         at(csv.startLine())};
    }

    AwsRecordMapper mapper(vocabulary, "aws-offer-csv " + offerCode + " " + out.publisherVersion);
    AwsProduct product;
    AwsPrice price;
    std::uint64_t records = 0;
    while (csv.next(fields)) {
        const auto line = csv.startLine();
        if (csv.tooLong())
            return tooLongError(at(line));
        if (fields.size() == 1 && fields[0].empty())
            continue; // a blank line, e.g. at the end
        ++records;
        if ((records & 0x3ff) == 0)
            input.setRecords(records);
        if (csv.unterminatedQuote())
            return Error{ErrorCode::Syntax, "the file ends inside a quoted field: it is truncated",
                         at(line)};
        if (fields.size() != headerSize)
            return Error{
                ErrorCode::Syntax,
                "has " + std::to_string(fields.size()) + " fields, the header has " +
                    std::to_string(headerSize) +
                    (input.stream().rdbuf()->sgetc() == EOF ? " (the file is truncated?)" : ""),
                at(line)};
        product.clear();
        product.sku = fields[index[Sku]];
        for (const auto& [name, i] : attributes)
            product.setAttribute(name, fields[i]);
        price.clear();
        price.termType = fields[index[TermType]];
        price.offerTermCode = fields[index[OfferTermCode]];
        price.rateCode = fields[index[RateCode]];
        price.description = fields[index[PriceDescription]];
        price.effectiveDate = fields[index[EffectiveDate]];
        price.beginRange = fields[index[StartingRange]];
        price.endRange = fields[index[EndingRange]];
        price.unit = fields[index[Unit]];
        price.price = fields[index[PricePerUnit]];
        price.currency = fields[index[Currency]];

        const auto where = [&] {
            return out.file + " line " + std::to_string(line) + " (" +
                   awsRecordName(product, price) + ", " + product.usageType + ")";
        };
        if (const char* why = mapper.classify(product)) {
            out.report.skip(why, where);
            continue;
        }
        auto mapped = mapper.map(product, price);
        if (const auto* why = std::get_if<const char*>(&mapped)) {
            out.report.skip(*why, where);
            continue;
        }
        if (const auto* problem = std::get_if<std::string>(&mapped))
            return Error{ErrorCode::Range, *problem, at(line, awsRecordName(product, price))};
        auto& band = std::get<ImportedBand>(mapped);
        band.origin = out.file + " line " + std::to_string(line);
        out.bands.push_back(std::move(band));
        ++out.report.recordsKept;
    }
    if (input.wasCancelled())
        return cancelledError(input);
    out.report.recordsRead = records;
    input.setRecords(records);
    input.reportDone();
    return out;
}

} // namespace rs::pricing::readers
