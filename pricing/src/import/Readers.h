#pragma once

#include "JsonItemStream.h"
#include "TrackedInput.h"
#include "pricing/import/PriceFileImport.h"

/// The price-file readers behind readPriceFile(); each streams its input.
namespace rs::pricing::readers {

Result<PriceFileImport> awsOfferJson(TrackedInput& input, const ImportVocabulary& vocabulary);
Result<PriceFileImport> awsOfferCsv(TrackedInput& input, const ImportVocabulary& vocabulary);
Result<PriceFileImport> azureRetail(TrackedInput& input, const ImportVocabulary& vocabulary);
Result<PriceFileImport> gcpSkus(TrackedInput& input, const ImportVocabulary& vocabulary);
Result<PriceFileImport> awsPricingPage(TrackedInput& input, const ImportVocabulary& vocabulary);
Result<PriceFileImport> awsPricingPivot(TrackedInput& input, const ImportVocabulary& vocabulary);
/// The one reader that does not stream: yaml-cpp builds the whole document first.
Result<PriceFileImport> gcpPricingYaml(TrackedInput& input, const ImportVocabulary& vocabulary);

/// The longest string a JSON price file may hold (a description, a URL): longer is an error,
/// not a way to exhaust memory.
inline constexpr std::size_t maxJsonStringBytes = std::size_t{1} << 20;

/// The error of an input that stopped because the import was cancelled.
Error cancelledError(const TrackedInput& input);

/// The error of JSON that nlohmann's SAX parser refused at `position`: a cancelled import, a
/// file that ends in the middle (truncated) or malformed JSON, with `where` (the record) appended.
Error jsonSyntaxError(const TrackedInput& input, std::size_t position, const std::string& lastToken,
                      const std::exception& ex, const std::string& where);

/// "an Azure Retail Prices page": a format as errors name it.
std::string_view formatDescription(PriceFileFormat format);

/// The root keys of the other JSON formats, each with the format it shows: a file with one
/// of them is not of `format`. The same keys tell the formats apart in detectPriceFileFormat().
std::vector<std::pair<std::string_view, std::string_view>> foreignKeysOf(PriceFileFormat format);

/// An empty import of `input` in `format`.
PriceFileImport importOf(PriceFileFormat format, const TrackedInput& input);

/// Streams a page of items (Azure's, Google's) through `onItem`, which fills `out`, takes the
/// page's `nextPageKey` member as its next page, and hands `out` back.
Result<PriceFileImport> readItemPage(TrackedInput& input, PriceFileFormat format,
                                     std::string_view arrayKey, const char* nextPageKey,
                                     const JsonItemStream::ItemHandler& onItem,
                                     PriceFileImport& out);

} // namespace rs::pricing::readers
