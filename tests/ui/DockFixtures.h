#pragma once

#include "core/Design.h"
#include "core/cost/PriceBook.h"
#include "engine/EngineResults.h"
#include "engine/EngineSnapshot.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCustomPlot;
class QTreeWidget;
class QWidget;

namespace rs::engine {
class LiveEngine;
}

namespace rs::test {

/// The rows of the bundled default price table.
std::vector<PriceRow> bundledPriceRows();
/// The bundled default price table as one book, read without a catalogue file.
std::shared_ptr<const PriceBook> bundledPriceBook();

/// resources/examples/*.json, by file name.
QStringList exampleDesignFiles();
/// An example design (a file name from exampleDesignFiles()); fails the test run if it does not
/// load.
Design exampleDesign(const QString& fileName);

/// Everything the live engine computes for `design`, computed here on the calling thread:
/// what the docks are fed, without the engine's scheduling in between.
engine::EngineResults directResults(const Design& design, std::shared_ptr<const PriceBook> prices,
                                    const engine::EngineSettings& settings = {});

/// Adds a "file" column and a row per example design, for a test's _data() function.
void addExampleRows();

/// Waits until the engine has nothing left to do and its results, projections included, are
/// complete; false after 30 s.
bool settle(engine::LiveEngine& engine);

/// The findings a findings dock's tree lists, over all its severity groups.
int findingRows(const QTreeWidget& tree);

/// Whether `plot` shows a text item reading `text`, such as "Updating…".
bool plotSays(QCustomPlot& plot, const QString& text);

/// Saves `widget` as RS_TEST_OUTPUT_DIR/<name>.png for a person to look at; false if it could
/// not.
bool saveScreenshot(QWidget& widget, const QString& name);

} // namespace rs::test
