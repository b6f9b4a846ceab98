#include "PricingSupport.h"

#include <csignal>

namespace rs::cli::pricingcli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

/// "12 kB", "340 MB": whole units people read at a glance.
std::string bytesText(std::uint64_t bytes)
{
    if (bytes < (1u << 20))
        return std::to_string((bytes + 512) >> 10) + " kB";
    return std::to_string((bytes + (1u << 19)) >> 20) + " MB";
}

} // namespace

void printErrors(std::ostream& err, const Errors& errors)
{
    for (const auto& e : errors)
        err << "resilience pricing: " << e.toString() << "\n";
}

std::optional<pricing::PriceCatalogue> openCatalogue(const ParsedArgs& args, std::ostream& err)
{
    const auto option = args.option("--catalog");
    auto catalogue = pricing::PriceCatalogue::openOrCreate(
        option ? std::filesystem::path(*option) : pricing::defaultCataloguePath());
    if (!catalogue) {
        printErrors(err, catalogue.errors());
        return std::nullopt;
    }
    return std::move(catalogue).value();
}

std::optional<Provider> providerNamed(const std::string& name)
{
    const auto provider = enumFromName<Provider>(name);
    if (!provider || *provider == Provider::Neutral)
        return std::nullopt;
    return provider;
}

std::optional<int> versionNumber(const std::string& text, std::ostream& err)
{
    try {
        std::size_t used = 0;
        const int id = std::stoi(text, &used);
        if (used == text.size() && id > 0)
            return id;
    } catch (const std::exception&) {
    }
    err << "resilience pricing: \"" << text << "\" is not a version number\n";
    return std::nullopt;
}

ProgressPrinter::ProgressPrinter(std::ostream& err)
    : m_err(err)
{
    interrupted = false;
    m_control.cancel = &interrupted;
    m_control.onProgress = [this](const pricing::ImportProgress& p) { print(p); };
    m_previousHandler = std::signal(SIGINT, onInterrupt);
}

ProgressPrinter::~ProgressPrinter()
{
    std::signal(SIGINT, m_previousHandler == SIG_ERR ? SIG_DFL : m_previousHandler);
}

void ProgressPrinter::print(const pricing::ImportProgress& p)
{
    const auto now = std::chrono::steady_clock::now();
    const bool done = p.bytesTotal > 0 && p.bytesDone >= p.bytesTotal;
    if (p.stage == m_stage && !done && now - m_last < std::chrono::seconds(2))
        return;
    if (p.stage == m_stage && done && m_last == std::chrono::steady_clock::time_point::max())
        return; // the end of this stage was printed already
    m_stage = p.stage;
    m_last = done ? std::chrono::steady_clock::time_point::max() : now;
    m_err << "  " << p.stage;
    if (p.bytesDone > 0 || p.bytesTotal > 0)
        m_err << ": " << bytesText(p.bytesDone);
    if (p.bytesTotal > 0)
        m_err << " of " << bytesText(p.bytesTotal) << " (" << (p.bytesDone * 100 / p.bytesTotal)
              << " %)";
    if (p.records > 0)
        m_err << ", " << p.records << " records";
    m_err << "\n";
}

} // namespace rs::cli::pricingcli
