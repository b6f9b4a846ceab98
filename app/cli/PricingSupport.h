#pragma once

#include "Command.h"
#include "CommandLine.h"
#include "core/Result.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/import/ImportControl.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <ostream>

namespace rs::cli {

/// What the `pricing` subcommands share: the catalogue they work on and how they report.
namespace pricingcli {

void printErrors(std::ostream& err, const Errors& errors);

/// The catalogue --catalog names, else the user's (created from the bundled table on first
/// use); prints why it cannot be opened.
std::optional<pricing::PriceCatalogue> openCatalogue(const ParsedArgs& args, std::ostream& err);

/// A provider name from the command line, or an error message.
std::optional<Provider> providerNamed(const std::string& name);

/// A version number argument, or nothing (and a message on `err`).
std::optional<int> versionNumber(const std::string& text, std::ostream& err);

/// Progress lines on stderr for a long import or update, at most one every two seconds and
/// one per new stage; Ctrl-C cancels (the catalogue is then left as it was).
class ProgressPrinter
{
public:
    explicit ProgressPrinter(std::ostream& err);
    ~ProgressPrinter();
    ProgressPrinter(const ProgressPrinter&) = delete;
    ProgressPrinter& operator=(const ProgressPrinter&) = delete;

    const pricing::ImportControl& control() const { return m_control; }

private:
    void print(const pricing::ImportProgress& progress);

    std::ostream& m_err;
    pricing::ImportControl m_control;
    std::string m_stage;
    std::chrono::steady_clock::time_point m_last;
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace pricingcli

} // namespace rs::cli
