// The part of Graphviz's C API that ProbisRender calls, with const-correct wrappers.
//
// Most cgraph functions take `char *` where they only read the text; Swift passes a `String` only as
// `const char *`. These wrappers take `const char *` and cast, so Swift code never builds mutable C strings.
#ifndef PROBIS_CGRAPHVIZ_SHIM_H
#define PROBIS_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <string.h>
#include <sys/mman.h>
#include "layout.h"
#include "paper.h"

// Graphviz 2.43 orders a graph's subgraphs by id, and the id of a named subgraph is the address of its
// interned name: with malloc, the order of clusters (and with it the SVG, and for some graphs the layout)
// depends on the heap's history in the process. Graphs read with probis_read get their memory from an arena
// that only grows (one reservation, addresses increasing in allocation order), so names interned earlier
// always have lower addresses and subgraphs are ordered as the DOT text declares them.

/// The arena of one graph: a reserved address range filled front to back.
typedef struct {
    char *base;
    size_t used;
    size_t size;
} probis_arena_t;

static inline void *probis_arena_open(Agdisc_t *disc) {
    (void)disc;
    probis_arena_t *arena = (probis_arena_t *)calloc(1, sizeof(probis_arena_t));
    if (!arena) return NULL;
    arena->size = (size_t)1 << 30;
    void *base = mmap(NULL, arena->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED) { free(arena); return NULL; }
    arena->base = (char *)base;
    return arena;
}

/// Zeroed memory (fresh pages are zero and nothing is reused), 16-byte aligned; NULL when the range is full.
static inline void *probis_arena_alloc(void *state, size_t request) {
    probis_arena_t *arena = (probis_arena_t *)state;
    size_t size = (request + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    if (arena->used + size > arena->size) return NULL;
    void *result = arena->base + arena->used;
    arena->used += size;
    return result;
}

static inline void *probis_arena_resize(void *state, void *pointer, size_t old, size_t request) {
    void *result = probis_arena_alloc(state, request);
    if (result && pointer) memcpy(result, pointer, old < request ? old : request);
    return result;
}

static inline void probis_arena_free(void *state, void *pointer) { (void)state; (void)pointer; }

static inline void probis_arena_close(void *state) {
    probis_arena_t *arena = (probis_arena_t *)state;
    munmap(arena->base, arena->size);
    free(arena);
}

/// DOT text being read by probis_read.
typedef struct {
    const char *text;
    size_t length;
    size_t position;
} probis_reader_t;

static inline int probis_reader_read(void *channel, char *buffer, int size) {
    probis_reader_t *reader = (probis_reader_t *)channel;
    size_t left = reader->length - reader->position;
    size_t count = left < (size_t)size ? left : (size_t)size;
    memcpy(buffer, reader->text + reader->position, count);
    reader->position += count;
    return (int)count;
}

/// Parses a graph from DOT text into an arena of its own (see above); NULL on a syntax error (the message
/// goes to the error function). The arena is released by agclose.
static inline Agraph_t *probis_read(const char *text) {
    static Agmemdisc_t memory = {
        probis_arena_open, probis_arena_alloc, probis_arena_resize, probis_arena_free, probis_arena_close
    };
    static Agiodisc_t io;
    static Agdisc_t discipline;
    io = AgIoDisc;
    io.afread = probis_reader_read;
    discipline.mem = &memory;
    discipline.id = &AgIdDisc;
    discipline.io = &io;
    probis_reader_t reader = { text, strlen(text), 0 };
    return agread(&reader, &discipline);
}

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
