#pragma once

// Graphviz's obstacle-avoiding shortest paths (libpathplan, the router of neato's splines).
// Debian's libgraphviz-dev ships the library and its pathplan.h, but not vispath.h, which
// declares the obstacle API: these four declarations are copied from its documented interface
// (lib/pathplan/vispath.h, unchanged since Graphviz 2.x; libpathplan.so.4 exports them).
#include <graphviz/pathplan.h>

extern "C" {

/// Builds the visibility graph of `n_obs` non-overlapping simple polygons (clockwise).
vconfig_t* Pobsopen(Ppoly_t** obstacles, int n_obs);
void Pobsclose(vconfig_t* config);
/// The shortest path from p0 to p1 around the obstacles; `poly0` / `poly1` name the obstacle a
/// point lies in, or POLYID_NONE. Non-zero when it found one. The route's points are malloc'ed:
/// the caller frees them.
int Pobspath(vconfig_t* config, Ppoint_t p0, int poly0, Ppoint_t p1, int poly1,
             Ppolyline_t* output_route);
}

inline constexpr int POLYID_NONE = -1111;
