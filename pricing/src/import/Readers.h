#pragma once

#include "JsonItemStream.h"
#include "TrackedInput.h"
#include "pricing/import/PriceFileImport.h"

/// The four price-file readers behind readPriceFile(); each streams its input.
namespace rs::pricing::readers {

Result<PriceFileImport> awsOfferJson(TrackedInput& input, const ImportVocabulary& vocabulary);
Result<PriceFileImport> awsOfferCsv(TrackedInput& input, const ImportVocabulary& vocabulary);
Result<PriceFileImport> azureRetail(TrackedInput& input, const ImportVocabulary& vocabulary);
Result<PriceFileImport> gcpSkus(TrackedInput& input, const ImportVocabulary& vocabulary);

/// The error of an input that stopped because the import was cancelled.
Error cancelledError(const TrackedInput& input);

/// An empty import of `input` in `format`.
PriceFileImport importOf(PriceFileFormat format, const TrackedInput& input);

/// Streams a page of items (Azure's, Google's) through `onItem`, which fills `out`, takes the
/// page's `nextPageKey` member as its next page, and hands `out` back.
Result<PriceFileImport> readItemPage(TrackedInput& input,
                                     const JsonItemStream::Expectation& expectation,
                                     const char* nextPageKey,
                                     const JsonItemStream::ItemHandler& onItem,
                                     PriceFileImport& out);

} // namespace rs::pricing::readers
