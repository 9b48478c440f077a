// The part of cairo's C API that ProbisSOPDraw calls: image, PDF and SVG surfaces, paths and the toy text API.
#ifndef PROBIS_CCAIRO_SHIM_H
#define PROBIS_CCAIRO_SHIM_H

#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <cairo/cairo-svg.h>

#endif
