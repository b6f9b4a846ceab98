// libFuzzer target: one price-file reader, chosen at build time by RS_FUZZ_READER (a function
// of rs::pricing::readers). Any bytes must give an import or located errors, never a crash, and
// every price and tier read must be a finite, non-negative number.
#include "Readers.h"

#include "pricing/PriceCatalogue.h"
#include "pricing/import/PriceFileImport.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace rs::pricing;

struct Workspace
{
    fs::path dir;
    ImportVocabulary vocabulary;
};

const Workspace& workspace()
{
    static const Workspace ws = [] {
        Workspace w;
        w.dir = fs::temp_directory_path() / ("rs-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(w.dir);
        auto catalogue = PriceCatalogue::openOrCreate(w.dir / "prices.sqlite");
        if (!catalogue) {
            std::fputs("cannot create the catalogue the vocabulary comes from\n", stderr);
            std::abort();
        }
        w.vocabulary = loadImportVocabulary(catalogue.value()).value();
        return w;
    }();
    return ws;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto& ws = workspace();
    const auto file = ws.dir / "input";
    std::ofstream(file, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));

    const ImportControl control;
    auto input = TrackedInput::open(file, control);
    if (!input)
        return 0;
    const auto read = readers::RS_FUZZ_READER(*input.value(), ws.vocabulary);
    if (!read) {
        if (read.errors().empty()) {
            std::fputs("refused without saying why\n", stderr);
            std::abort();
        }
        return 0;
    }
    for (const auto& band : read.value().bands) {
        const double start = band.row.tierStart;
        if (band.row.price.pico() < 0 || !std::isfinite(start) || start < 0) {
            std::fprintf(stderr, "%s: a negative price or a tier starting at %g\n",
                         band.origin.c_str(), start);
            std::abort();
        }
    }
    return 0;
}
