#pragma once
// What the import tests (issue 16) ask of an imported design, shared by tst_import and
// tst_importstacks.
#include "TestCatalogues.h"
#include "core/import/Import.h"

#include <QTemporaryDir>
#include <QtGlobal>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

namespace rs::test::importing {

using namespace rs::import;

inline const std::string data = test::sourcePath("tests/data/import/");

inline ImportResult imported(const std::vector<ImportSource>& sources,
                             const ImportOptions& options = {})
{
    auto result = importFiles(sources, test::builtInCatalogues(), options);
    if (!result)
        qFatal("%s", result.errors().front().toString().c_str());
    return std::move(result).value();
}

/// The `nth` service (in id order) of that name.
inline const Service& byName(const Design& design, const std::string& name, int nth = 0)
{
    for (const auto& [id, s] : design.services)
        if (s.name == name && nth-- == 0)
            return s;
    qFatal("no service named %s", name.c_str());
}

inline std::string regionCode(const Design& design, const Service& service)
{
    return service.region ? design.region(*service.region)->code : "global";
}

inline bool linked(const Design& design, const std::string& from, const std::string& to,
                   LinkKind kind)
{
    return std::any_of(design.links.begin(), design.links.end(), [&](const auto& entry) {
        const auto& l = entry.second;
        return design.service(l.from)->name == from && design.service(l.to)->name == to &&
               l.kind == kind;
    });
}

inline Error firstError(const std::vector<ImportSource>& sources, const ImportOptions& options = {})
{
    auto result = importFiles(sources, test::builtInCatalogues(), options);
    if (result)
        qFatal("expected an error");
    return result.errors().front();
}

inline std::string writeTemp(const QTemporaryDir& dir, const std::string& name,
                             const std::string& text)
{
    const auto path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path) << text;
    return path;
}

} // namespace rs::test::importing
