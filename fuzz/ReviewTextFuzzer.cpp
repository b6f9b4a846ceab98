// libFuzzer target: the review writers' text paths (issue 20). The fuzzer's bytes become the
// names a user types (design, regions, services: as the GUI hands them over, valid UTF-8 with
// anything else replaced) in the bundled example 03; the review JSON must then parse back with
// the design's name, and the SVG diagram must be well-formed XML.
#include "core/Catalogues.h"
#include "core/DesignFile.h"
#include "core/review/Review.h"
#include "core/review/ReviewJson.h"
#include "diagram/DiagramExport.h"

#include <QFile>
#include <QGuiApplication>
#include <QString>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

struct Workspace
{
    rs::Catalogues catalogues;
    rs::Design design;
    QString svg;
};

const Workspace& workspace()
{
    static const Workspace ws = [] {
        Workspace w{rs::Catalogues::builtIn().value(), {}, {}};
        const fs::path example =
            fs::path(RS_SOURCE_DIR) / "resources/examples/03-aws-active-active.json";
        auto design = rs::loadDesignFile(example, w.catalogues);
        if (!design)
            fail("cannot read the example the names go into");
        w.design = std::move(design).value();
        const auto dir = fs::temp_directory_path() / ("rs-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        w.svg = QString::fromStdString((dir / "diagram.svg").string());
        return w;
    }();
    return ws;
}

/// The fuzzer's bytes as three names, split at the first two 0x1f bytes.
std::vector<std::string> namesFrom(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> names(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0x1f && names.size() < 3)
            names.emplace_back();
        else
            names.back().push_back(static_cast<char>(data[i]));
    }
    names.resize(3);
    for (auto& name : names)
        name = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())).toStdString();
    return names;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto& ws = workspace();
    const auto names = namesFrom(data, size);
    rs::Design design = ws.design;
    design.name = names[0];
    design.regions.begin()->second.name = names[1];
    design.services.begin()->second.name = names[2];

    rs::ReviewOptions options;
    options.parts = rs::AnalysisParts::none();
    options.parts.findings = true;
    options.parts.scenarios = true;
    options.timestamp = "2026-12-06T00:00:00Z";
    const auto review = rs::buildReview(design, ws.catalogues, {}, nullptr, options);
    const auto json = nlohmann::json::parse(rs::writeReviewJson(review), nullptr, false);
    if (json.is_discarded())
        fail("the review JSON does not parse");
    if (json.value("/design/name"_json_pointer, std::string()) != names[0])
        fail("the review JSON does not give the design's name back");

    if (!rs::diagram::saveDiagramSvg(design, ws.catalogues, ws.svg))
        fail("the diagram could not be written");
    QFile file(ws.svg);
    if (!file.open(QIODevice::ReadOnly))
        fail("the diagram written cannot be read");
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        fail(qPrintable(QStringLiteral("the SVG is not well-formed XML: ") + xml.errorString()));
    return 0;
}
