#pragma once

namespace rs {

/// A position on the canvas, in scene units. Services inside a region are placed relative to
/// the region's top-left corner, so moving a region moves what it holds.
struct Point
{
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point&) const = default;
};

struct Size
{
    double width = 0.0;
    double height = 0.0;
    bool operator==(const Size&) const = default;
};

} // namespace rs
