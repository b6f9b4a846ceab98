// libFuzzer target: the design reader (issue 20). Any bytes must give a design or located
// errors, never a crash; a design that reads must write back to text that reads to the same
// bytes again (the canonical form is a fixed point).
#include "core/Catalogues.h"
#include "core/DesignFormat.h"

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const rs::Catalogues catalogues = rs::Catalogues::builtIn().value();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto design = rs::readDesign(text, catalogues);
    if (!design) {
        if (design.errors().empty()) {
            std::fputs("refused without saying why\n", stderr);
            std::abort();
        }
        return 0;
    }
    const auto written = rs::writeDesign(design.value());
    const auto again = rs::readDesign(written, catalogues);
    if (!again || rs::writeDesign(again.value()) != written) {
        std::fputs("the canonical form of a design that read does not read back the same\n", stderr);
        std::abort();
    }
    return 0;
}
