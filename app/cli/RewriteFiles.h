#pragma once

#include "Command.h"
#include "core/Design.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rs::cli {

/// How a rewriting command speaks of what it does to a file.
struct RewriteWords
{
    const char* done;    ///< "formatted": said of each file saved
    const char* notDone; ///< "not formatted": said of a file it could not read as a design
    const char* pending; ///< "not in canonical form": said of a file a check would change
};

/// The loop `format` and `arrange` share. For each file: reads it (cannot: exit 2), reads the
/// design in it (invalid or newer than this program: said with the file's name, exit 1), lets
/// `change` alter the design (it returns a reason to refuse: said, exit 1), and when the file's
/// text would differ, saves it and says "<file>: <done>" — or, with `checkOnly`, changes
/// nothing and says "<file>: <pending>" (exit 1). A file left as it was is not mentioned.
int rewriteDesignFiles(const std::vector<std::string>& files, CommandContext& context,
                       const RewriteWords& words,
                       const std::function<std::optional<std::string>(Design&)>& change,
                       bool checkOnly = false);

} // namespace rs::cli
