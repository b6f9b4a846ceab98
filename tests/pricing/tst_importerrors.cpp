#include "ImportFixture.h"
#include "SyntheticOfferFile.h"
#include "pricing/import/CatalogueImport.h"

#include <QTest>

#include <sqlite3.h>

#include <cstring>
#include <fstream>
#include <sstream>

using namespace rs;
using namespace rs::pricing;

namespace {

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// 1-based line of the first `needle` in `text`, counted here, not by the code under test.
int lineOf(const std::string& text, const std::string& needle)
{
    const auto at = text.find(needle);
    return at == std::string::npos
               ? 0
               : 1 + static_cast<int>(std::count(
                         text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

const Error& onlyError(const Result<ImportOutcome>& result)
{
    if (result.ok() || result.errors().size() != 1)
        qFatal("expected exactly one error");
    return result.errors().front();
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

constexpr const char* lambdaCsv = "aws-csv-AWSLambda-eu-west-2-slice-20260831.csv";
constexpr const char* lambda2016 = "aws-offer-AWSLambda-20161207-allregions.json";

} // namespace

class TestImportErrors : public QObject
{
    Q_OBJECT

private slots:
    void emptyFile()
    {
        test::ImportFixture fixture;
        const auto result = fixture.import({fixture.write("empty.json", "")});
        QCOMPARE(onlyError(result).message, std::string("the file is empty"));
        QCOMPARE(onlyError(result).where.pointer, std::string("empty.json"));
    }

    void truncatedJsonNamesWhereItEnds()
    {
        test::ImportFixture fixture;
        const auto text = readAll(test::samplePath(lambda2016));
        const auto cut = text.substr(0, text.size() * 6 / 10);
        const auto result = fixture.import({fixture.write("cut.json", cut)});
        const auto& error = onlyError(result);
        QCOMPARE(error.code, ErrorCode::Syntax);
        QVERIFY2(contains(error.message, "truncated"), error.message.c_str());
        QCOMPARE(error.where.line, 1 + static_cast<int>(std::count(cut.begin(), cut.end(), '\n')));
        QCOMPARE(fixture.catalogue().versions().value().size(), std::size_t{0});
    }

    void malformedJsonInTheMiddleNamesLineAndRecord()
    {
        test::ImportFixture fixture;
        auto text = readAll(test::samplePath(lambda2016));
        // The us-east-1 GB-second rate's price, deep in the terms: drop its opening quote.
        const std::string rate = "\"TG3M4CAGBA3NYQBH.JRTCKXETXF.6YS6EN2CT7\" : {";
        const auto termAt = text.find(rate);
        QVERIFY(termAt != std::string::npos);
        const auto priceAt = text.find("\"USD\" : \"0.0000166667\"", termAt);
        text.replace(priceAt, 22, "\"USD\" : 0.0000166667\"");
        const int line =
            1 + static_cast<int>(std::count(
                    text.begin(), text.begin() + static_cast<std::ptrdiff_t>(priceAt), '\n'));
        const auto result = fixture.import({fixture.write("broken.json", text)});
        const auto& error = onlyError(result);
        QCOMPARE(error.code, ErrorCode::Syntax);
        QCOMPARE(error.where.line, line);
        // The stray quote opens a string that the end of the line breaks: the column of that
        // newline, one past the line's last character.
        const auto lineStart = text.rfind('\n', priceAt) + 1;
        QCOMPARE(error.where.column, static_cast<int>(text.find('\n', priceAt) - lineStart) + 1);
        QVERIFY2(contains(error.message, "malformed JSON") &&
                     contains(error.message, "SKU TG3M4CAGBA3NYQBH"),
                 error.message.c_str());
    }

    void aFileOfAnotherProvider()
    {
        test::ImportFixture fixture;
        ImportOptions options;
        options.provider = Provider::Aws;
        const auto result = importPriceFiles(
            fixture.catalogue(), {test::samplePath("azure-retail-prices-uksouth-subset.json")},
            options);
        const auto& error = onlyError(result);
        QCOMPARE(error.code, ErrorCode::Inconsistent);
        QCOMPARE(error.message,
                 std::string("this is an Azure Retail Prices page, not a price file of aws"));

        // Mixing providers in one import is refused too.
        const auto mixed =
            fixture.import({test::samplePath(lambdaCsv),
                            test::samplePath("gcp-skus-cloud-pub-sub-20260801.json")});
        QVERIFY(contains(onlyError(mixed).message, "one import takes the files of one provider"));

        // A page that turns out to mix formats: told by its root keys, before the items.
        const auto mixedKeys =
            fixture.import({fixture.write("mixed.json", "{\"Items\": [], \"skus\": []}")});
        QCOMPARE(onlyError(mixedKeys).message,
                 std::string("not an Azure Retail Prices page: it has \"skus\", a key of a Google "
                             "Cloud Billing Catalog SKU page"));

        // JSON that is none of the formats.
        const auto other = fixture.import({fixture.write("design.json", "{\"schemaVersion\": 1}")});
        QCOMPARE(onlyError(other).code, ErrorCode::UnknownKind);
    }

    void unknownUnitNamesTheLine()
    {
        test::ImportFixture fixture;
        auto text = readAll(test::samplePath(lambdaCsv));
        const std::string row = "\"NDYBVXT3KB548Z2A\",\"JRTCKXETXF\"";
        const int line = lineOf(text, row);
        const auto unitAt = text.find("\"Request\",\"0.0000002000\"", text.find(row));
        text.replace(unitAt, 9, "\"Gigacalls\"");
        const auto result = fixture.import({fixture.write("units.csv", text)});
        const auto& error = onlyError(result);
        QCOMPARE(error.code, ErrorCode::Range);
        QCOMPARE(error.where.line, line);
        QCOMPARE(error.where.column, 1); // the record; the message says which field
        QVERIFY2(contains(error.message, "unknown unit \"Gigacalls\""), error.message.c_str());
        QVERIFY2(contains(error.where.pointer, "units.csv SKU NDYBVXT3KB548Z2A"),
                 error.where.pointer.c_str());
    }

    void duplicateRows()
    {
        test::ImportFixture fixture;
        const auto text = readAll(test::samplePath(lambdaCsv));
        const std::string row = "\"NDYBVXT3KB548Z2A\",\"JRTCKXETXF\"";
        const auto start = text.find(row);
        const auto line = text.substr(start, text.find('\n', start) + 1 - start);
        // The same row twice: one is counted as a duplicate, the import goes on.
        const auto same = fixture.import({fixture.write("same.csv", text + line)});
        REQUIRE_OK(same);
        const auto& skipped = same.value().report.skipped;
        QVERIFY(std::any_of(skipped.begin(), skipped.end(), [](const auto& s) {
            return s.reason == "a duplicate of an earlier record" && s.count == 1;
        }));
        // The same band at another price: which one is right cannot be known.
        auto changed = line;
        changed.replace(changed.find("0.0000002000"), 12, "0.0000003000");
        const auto result = fixture.import({fixture.write("conflict.csv", text + changed)});
        const auto& error = onlyError(result);
        QCOMPARE(error.code, ErrorCode::Duplicate);
        const int first = lineOf(text, row);
        const int second = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
        QVERIFY2(contains(error.message, ("line " + std::to_string(first)).c_str()) &&
                     contains(error.message, ("line " + std::to_string(second)).c_str()) &&
                     contains(error.message, "0.0000002000 vs 0.0000003000"),
                 error.message.c_str());
    }

    void truncatedCsvRow()
    {
        test::ImportFixture fixture;
        const auto text = readAll(test::samplePath(lambdaCsv));
        const auto cut = text.substr(0, text.size() - 40);
        const auto result = fixture.import({fixture.write("cut.csv", cut)});
        const auto& error = onlyError(result);
        QCOMPARE(error.code, ErrorCode::Syntax);
        QCOMPARE(error.where.line, 1 + static_cast<int>(std::count(cut.begin(), cut.end(), '\n')));
        QVERIFY2(contains(error.message, "fields, the header has 24"), error.message.c_str());
    }

    void aHugeRecordIsRefused()
    {
        test::ImportFixture fixture;
        std::string text = "{\"Items\": [{\"meterName\": \"";
        text.append(std::size_t{3} << 20, 'x');
        text += "\"}], \"NextPageLink\": null}";
        const auto result = fixture.import({fixture.write("huge-item.json", text)});
        QCOMPARE(onlyError(result).code, ErrorCode::TooLarge);
        QVERIFY(contains(onlyError(result).message, "more than 1 MiB"));
    }

    void aLargeFileImportsInBoundedMemory()
    {
        test::ImportFixture fixture;
        const auto file = fixture.path("synthetic.json");
        const auto written = bench::writeSyntheticOffer(file, 48u << 20);
        QVERIFY(written.bytes > (40u << 20));
        // Reset the peak, then import: a parse into a DOM would need several times the file.
        std::ofstream("/proc/self/clear_refs") << "5";
        const long before = bench::statusKiB("VmRSS:");
        const auto outcome = fixture.import({file});
        REQUIRE_OK(outcome);
        const long grown = bench::statusKiB("VmHWM:") - before;
        QVERIFY2(grown < 24 * 1024, QByteArray::number(static_cast<qlonglong>(grown)) + " KiB");
        // Only the mapped Lambda products are kept; every dimension was read.
        QCOMPARE(outcome.value().report.recordsRead, written.dimensions);
        QCOMPARE(outcome.value().report.recordsKept, written.mappedProducts);
    }

    void aFailedImportLeavesTheCatalogueAsItWas()
    {
        QTemporaryDir dir;
        const auto path = std::filesystem::path(dir.path().toStdString()) / "prices.sqlite";
        auto opened = PriceCatalogue::openOrCreate(path);
        REQUIRE_OK(opened);
        auto& catalogue = opened.value();
        // Storage that fails after 10 rows, inside the import's transaction.
        {
            sqlite3* db = nullptr;
            sqlite3_open(path.c_str(), &db);
            QCOMPARE(sqlite3_exec(db,
                                  "CREATE TRIGGER fail_late BEFORE INSERT ON price_rows WHEN "
                                  "(SELECT count(*) FROM price_rows WHERE version_id = "
                                  "NEW.version_id) >= 10 BEGIN SELECT RAISE(ABORT, 'disk full "
                                  "(simulated)'); END",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const auto before = readAll(path);
        const auto versionsBefore = catalogue.versions().value();
        const auto bookBefore = catalogue.loadActivePriceBook();
        REQUIRE_OK(bookBefore);

        ImportOptions options;
        options.activate = true;
        const auto failed = importPriceFiles(catalogue, {test::samplePath(lambda2016)}, options);
        QVERIFY(!failed.ok());
        QVERIFY(contains(failed.errors().front().message, "disk full (simulated)"));
        // A small file too: it is merged with the active version's rows, so it also fails.
        const auto merged = importPriceFiles(
            catalogue, {test::samplePath("aws-csv-AmazonS3-eu-west-2-slice-20260831.csv")},
            options);
        QVERIFY(!merged.ok());

        // Byte for byte the same file, the same versions, the same active prices.
        QVERIFY(readAll(path) == before);
        const auto versionsAfter = catalogue.versions().value();
        QCOMPARE(versionsAfter.size(), versionsBefore.size());
        for (std::size_t i = 0; i < versionsAfter.size(); ++i) {
            QCOMPARE(versionsAfter[i].id, versionsBefore[i].id);
            QCOMPARE(versionsAfter[i].status, versionsBefore[i].status);
        }
        const auto bookAfter = catalogue.loadActivePriceBook();
        REQUIRE_OK(bookAfter);
        QCOMPARE(bookAfter.value().version(), bookBefore.value().version());
        QCOMPARE(bookAfter.value().size(), bookBefore.value().size());
    }

    void cancellingStopsAndStoresNothing()
    {
        test::ImportFixture fixture;
        const auto file = fixture.path("synthetic.json");
        bench::writeSyntheticOffer(file, 6u << 20);
        std::atomic<bool> stop{false};
        std::uint64_t reports = 0;
        ImportControl control{[&](const ImportProgress& p) {
                                  ++reports;
                                  if (p.bytesDone >= (2u << 20))
                                      stop = true; // as a Cancel button would, mid-file
                              },
                              &stop};
        ImportOptions options;
        options.baseVersion = 0;
        const auto result = importPriceFiles(fixture.catalogue(), {file}, options, control);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().front().message, std::string(cancelledMessage));
        QVERIFY(reports >= 2);
        QCOMPARE(fixture.catalogue().versions().value().size(), std::size_t{0});
    }

    void progressFollowsTheFileThenSaysItIsStoring()
    {
        // Issue 20, class 8: a long import must show movement from its first MiB to its last,
        // then say what it waits for once the file is read, never sit on one figure.
        test::ImportFixture fixture;
        const auto file = fixture.path("synthetic.json");
        const auto offer = bench::writeSyntheticOffer(file, 6u << 20);
        std::vector<ImportProgress> seen;
        const ImportControl control{[&](const ImportProgress& p) { seen.push_back(p); }, nullptr};
        REQUIRE_OK(importPriceFiles(fixture.catalogue(), {file}, {}, control));

        QVERIFY(seen.size() >= 7); // one a MiB of 6 MiB and more, and the storing stage
        const auto& storing = seen.back();
        QVERIFY2(storing.stage.starts_with("storing ") && storing.stage.ends_with(" price rows"),
                 storing.stage.c_str());
        QCOMPARE(storing.bytesTotal, std::uint64_t{0}); // no byte count: a busy bar
        std::uint64_t last = 0;
        for (std::size_t i = 0; i + 1 < seen.size(); ++i) {
            QCOMPARE(seen[i].stage, std::string("reading synthetic.json"));
            QCOMPARE(seen[i].bytesTotal, offer.bytes);
            QVERIFY(seen[i].bytesDone >= last && seen[i].bytesDone <= offer.bytes);
            last = seen[i].bytesDone;
        }
        QCOMPARE(last, offer.bytes);
        QVERIFY(seen[seen.size() / 2].bytesDone < offer.bytes); // it moved, not jumped to the end
    }
};

QTEST_GUILESS_MAIN(TestImportErrors)
#include "tst_importerrors.moc"
