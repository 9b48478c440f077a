// The part of Graphviz's C API that ProbisRender calls, with const-correct wrappers.
//
// Most cgraph functions take `char *` where they only read the text; Swift passes a `String` only as
// `const char *`. These wrappers take `const char *` and cast, so Swift code never builds mutable C strings.
#ifndef PROBIS_CGRAPHVIZ_SHIM_H
#define PROBIS_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Parses a graph from DOT text; NULL on a syntax error (the message goes to the error function).
static inline Agraph_t *probis_read(const char *text) { return agmemread(text); }

/// Lays out a graph with a layout engine such as "dot"; returns 0 on success (not always trustworthy).
static inline int probis_layout(GVC_t *context, Agraph_t *graph, const char *engine) {
    return gvLayout(context, graph, engine);
}

/// Renders a laid-out graph into a buffer that the caller frees with probis_free_render_data.
static inline int probis_render_data(GVC_t *context, Agraph_t *graph, const char *format, char **result,
                                     unsigned int *length) {
    return gvRenderData(context, graph, format, result, length);
}

/// Frees a buffer returned by probis_render_data.
static inline void probis_free_render_data(char *data) { gvFreeRenderData(data); }

/// Frees the layout of a graph.
static inline int probis_free_layout(GVC_t *context, Agraph_t *graph) { return gvFreeLayout(context, graph); }

/// Closes a graph and frees it.
static inline int probis_close(Agraph_t *graph) { return agclose(graph); }

/// Creates a Graphviz context with the installed plugins. Create one per process and never free it.
static inline GVC_t *probis_context(void) { return gvContext(); }

/// The error function type: receives each message Graphviz would print on standard error.
typedef int (*probis_error_function)(char *message);

/// Sends every Graphviz message to a function instead of standard error; returns the previous one.
static inline probis_error_function probis_set_error_function(probis_error_function function) {
    return agseterrf(function);
}

/// Reports warnings and errors alike (level AGWARN and up) to the error function.
static inline void probis_report_warnings(void) { agseterr(AGWARN); }

/// The highest message level seen since the last reset (0 warnings, 1 errors, 2 fatal), then resets.
static inline int probis_reset_errors(void) { return agreseterrors(); }

/// The level number of an error (AGERR).
static inline int probis_error_level(void) { return AGERR; }

#endif
