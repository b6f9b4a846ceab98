#include "ResultChecks.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "pricing/BundledTableBuilder.h"
#include "pricing/PriceTableJson.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace rs;

namespace {

std::string readAll(const std::filesystem::path& path)
{
    auto text = readTextFile(path);
    return text ? std::move(text).value() : std::string();
}

/// ../shared/pricing-sources beside the checkout (or RS_PRICING_SOURCES): the providers' raw
/// files. A clean clone has none, and the committed table is what it runs on.
std::filesystem::path sharedSources()
{
    if (const char* set = std::getenv("RS_PRICING_SOURCES"))
        return set;
    const std::filesystem::path source(test::sourcePath(""));
    for (const auto* up : {"../shared/pricing-sources", "../../shared/pricing-sources"}) {
        const auto candidate = (source / up).lexically_normal();
        if (std::filesystem::is_directory(candidate))
            return candidate;
    }
    return {};
}

/// "line 12: <committed> | <rebuilt>" for the first line that differs.
std::string firstDifference(const std::string& a, const std::string& b)
{
    std::istringstream left(a);
    std::istringstream right(b);
    std::string l;
    std::string r;
    for (int line = 1;; ++line) {
        const bool moreLeft = static_cast<bool>(std::getline(left, l));
        const bool moreRight = static_cast<bool>(std::getline(right, r));
        if (!moreLeft && !moreRight)
            return "sizes differ only";
        if (l != r || moreLeft != moreRight)
            return "line " + std::to_string(line) + ":\n  committed: " + l.substr(0, 300) +
                   "\n  rebuilt:   " + r.substr(0, 300);
    }
}

} // namespace

/// The committed bundled price table is what the project's own importers make of the
/// providers' files plus the hand-kept rows, byte for byte.
class TestBundledTable : public QObject
{
    Q_OBJECT

private slots:
    void rebuildingFromTheSourcesGivesTheCommittedBytes()
    {
        const auto sources = sharedSources();
        if (sources.empty())
            QSKIP("../shared/pricing-sources is not beside this checkout");
        QTemporaryDir scratch;
        const auto table = pricing::buildBundledTable(
            {sources, test::sourcePath("resources/pricing/hand-rows.json"),
             scratch.path().toStdString()});
        REQUIRE_OK(table);
        const auto committed = readAll(test::sourcePath("resources/pricing/default-prices.json"));
        if (table.value().json != committed) {
            const auto out = std::filesystem::path(RS_TEST_OUTPUT_DIR) / "default-prices.json";
            std::filesystem::create_directories(out.parent_path());
            std::ofstream(out, std::ios::binary) << table.value().json;
            QFAIL(("the committed table differs from a rebuild (scripts/build-price-table.sh "
                   "regenerates it; the rebuild is in " +
                   out.string() + "): " + firstDifference(committed, table.value().json))
                      .c_str());
        }
        // Rebuilding twice gives the same bytes: nothing depends on time or file order.
        const auto again = pricing::buildBundledTable(
            {sources, test::sourcePath("resources/pricing/hand-rows.json"),
             scratch.path().toStdString()});
        REQUIRE_OK(again);
        QVERIFY(again.value().json == table.value().json);
    }

    void aHandRowNeverSitsBesideAFileRowOfTheSameItem()
    {
        const auto rows = pricing::readPriceTableJson(
            readAll(test::sourcePath("resources/pricing/default-prices.json")));
        REQUIRE_OK(rows);
        // The sources the importers cite (BundledTableBuilder): every other source is hand-kept.
        const std::set<std::string> fileSources{"F-AWSPP25", "F-AWSPP25EC", "F-AWSDT25", "F-AZRP26",
                                                "F-GCPSKU26"};
        std::map<std::tuple<std::string, std::string, std::string>, std::set<bool>> kinds;
        std::size_t fromFiles = 0;
        for (const auto& row : rows.value()) {
            const bool file = fileSources.contains(row.source);
            fromFiles += file ? 1 : 0;
            kinds[{row.key, row.region, row.toRegion}].insert(file);
        }
        for (const auto& [group, seen] : kinds)
            QVERIFY2(seen.size() == 1, (std::get<0>(group) + " " + std::get<1>(group)).c_str());
        // Most of the table comes from the providers' files now.
        QVERIFY2(fromFiles * 2 > rows.value().size(), std::to_string(fromFiles).c_str());
    }
};

QTEST_GUILESS_MAIN(TestBundledTable)
#include "tst_bundledtable.moc"
