#include "CliRun.h"
#include "FileSizeLimit.h"
#include "TerminalText.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace rs;
using test::run;

// Issue 20, class 6 (files and output streams), the terminal half of 7 and format's and
// /dev/zero's parts of 8, through the command line as a script meets them.

namespace {

/// Valid, but not in canonical form (one line, keys out of order): `format` rewrites it.
constexpr const char* uncanonical =
    R"({"name": "files", "schemaVersion": 1, "regions": [{"id": "use1", "provider": "aws",)"
    R"( "code": "us-east-1", "trafficPercent": 100}]})";

std::string slurp(const std::string& path)
{
    return readTextFile(path).value();
}

unsigned mode(const std::string& path)
{
    struct stat st = {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 07777;
}

bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

/// Files in `dir` whose name has `.saving-`: the atomic writer's leftovers.
int leftovers(const QTemporaryDir& dir)
{
    int n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path().toStdString()))
        n += contains(entry.path().filename().string(), ".saving-") ? 1 : 0;
    return n;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void formatKeepsAPrivateFilePrivate()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("private.json").toStdString();
        std::ofstream(file) << uncanonical;
        ::chmod(file.c_str(), 0600);
        const auto r = run({"format", file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(slurp(file) != uncanonical);
        QCOMPARE(mode(file), 0600u);
    }

    void formatKeepsTheOwnerWhereItMay()
    {
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another user");
        QTemporaryDir dir;
        const auto file = dir.filePath("theirs.json").toStdString();
        std::ofstream(file) << uncanonical;
        QCOMPARE(::chown(file.c_str(), 65534, 65534), 0); // nobody:nogroup
        QCOMPARE(run({"format", file}).exitCode, 0);
        struct stat st = {};
        ::stat(file.c_str(), &st);
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
    }

    void formatRefusesAReadOnlyFile()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("locked.json").toStdString();
        std::ofstream(file) << uncanonical;
        ::chmod(file.c_str(), 0444);
        const auto r = run({"format", file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(contains(r.err, "read-only"), r.err.c_str());
        QCOMPARE(slurp(file), std::string(uncanonical));
        QCOMPARE(mode(file), 0444u);
    }

    void formatWritesThroughASymlink()
    {
        QTemporaryDir dir;
        const auto target = dir.filePath("real.json").toStdString();
        const auto link = dir.filePath("link.json").toStdString();
        std::ofstream(target) << uncanonical;
        std::filesystem::create_symlink(target, link);
        QCOMPARE(run({"format", link}).exitCode, 0);
        QVERIFY(std::filesystem::is_symlink(link));
        QVERIFY(slurp(target) != uncanonical);
        QCOMPARE(leftovers(dir), 0);
    }

    void formatSaysAFileIsNewerNotInvalid()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("newer.json").toStdString();
        std::ofstream(file) << R"({"schemaVersion": 99, "name": "from the future"})";
        const auto r = run({"format", file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(contains(r.err, "newer than this program supports"), r.err.c_str());
        QVERIFY2(contains(r.err, "schema version 99"), r.err.c_str());
    }

    void aFullDiskFailsTheWriteAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const auto design = dir.filePath("design.json").toStdString();
        std::ofstream(design) << uncanonical;
        // A device path: every write fails with ENOSPC.
        const auto full = run({"review", design, "--json", "/dev/full"});
        QVERIFY(full.exitCode != 0);
        QVERIFY2(contains(full.err, "No space left on device"), full.err.c_str());

        // A regular file on a "full disk": a file size limit of 4 KiB makes the write fail
        // (EFBIG) the way ENOSPC would. A first review, unlimited, seeds the price catalogue
        // and shows the review is longer than the limit.
        const auto first = dir.filePath("first.json").toStdString();
        QCOMPARE(run({"review", design, "--json", first}).exitCode, 0);
        QVERIFY(std::filesystem::file_size(first) > 4096);
        const auto old = dir.filePath("review.json").toStdString();
        std::ofstream(old) << "the old review";
        const auto r = [&] {
            const test::FileSizeLimit limit(4096);
            return run({"review", design, "--json", old});
        }();
        QVERIFY2(r.exitCode != 0, r.out.c_str());
        QCOMPARE(slurp(old), std::string("the old review"));
        QCOMPARE(leftovers(dir), 0);
    }

    void aFailingStdoutIsAFailedRun()
    {
        QTemporaryDir dir;
        const auto design = dir.filePath("design.json").toStdString();
        std::ofstream(design) << uncanonical;
        // `resilience validate design.json > /dev/full`: the bytes are lost at the flush.
        std::ofstream out("/dev/full");
        std::ostringstream err;
        const int code = cli::runCli({"validate", design}, out, err);
        QCOMPARE(code, 2);
        QVERIFY2(contains(err.str(), "could not be written"), err.str().c_str());
    }

    void controlCharactersFromAFileReachNoTerminal()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("escape.json").toStdString();
        // ESC [2J clears the screen; BEL rings; a lone CR would overwrite the line so far;
        // U+009B is the one-byte CSI of C1. JSON escapes them in the file itself. (A plain
        // literal: moc's lexer loses its way in this raw string.)
        std::ofstream(file)
            << R"({"schemaVersion": 1, "name": "n",)"
            << R"("regions": [{"id": "r", "provider": "aws",)"
            << "\"code\": \"us-east-1\\u001b[2J\\u0007\\r\\u009b\", \"trafficPercent\": 100}]}";
        const auto r = run({"validate", file});
        QCOMPARE(r.exitCode, 1);
        const auto all = r.out + r.err;
        QVERIFY2(contains(all, "us-east-1\\u001b[2J\\u0007\\u000d\\u009b"), all.c_str());
        for (const char c : all)
            QVERIFY2(c == '\n' || static_cast<unsigned char>(c) >= 0x20, all.c_str());
        QVERIFY(!contains(all, "\xC2\x9B"));
    }

    void csvLineEndsPassTheFilterALoneReturnDoesNot()
    {
        // The cost CSV ends its lines with CR LF (RFC 4180), so that pair passes; a CR alone
        // (which would send the cursor back over the line) and a CR held at the end do not.
        std::ostringstream target;
        {
            cli::TerminalSafeStream safe(target);
            safe.stream() << "a,b\r\nc\rd\t\x7f\r";
            QVERIFY(safe.finish());
        }
        QCOMPARE(target.str(), std::string("a,b\r\nc\\u000dd\t\\u007f\\u000d"));
    }

    void aDeviceWithoutEndStopsAtTheSizeLimit()
    {
        // /dev/zero reports size 0 and never ends: the reader stops at 64 MiB, not 2 GiB.
        const auto r = run({"validate", "/dev/zero"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(contains(r.out + r.err, "bytes, the limit"), (r.out + r.err).c_str());
    }

    void anAstronomicWorkloadIsRefusedNotPriced()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("huge.json").toStdString();
        std::ofstream(file) << R"({"schemaVersion": 1, "name": "huge",)"
                            << R"("workload": {"requestsPerMonth": 1e308}})";
        const auto r = run({"estimate", file});
        QCOMPARE(r.exitCode, 1);
        const auto all = r.out + r.err;
        QVERIFY2(contains(all, "/workload/requestsPerMonth"), all.c_str());
        QVERIFY(!contains(all, "inf"));
    }
};

QTEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
