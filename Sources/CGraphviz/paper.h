// Paper PDF: one laid-out graph drawn on several pages of one PDF through cairo.
//
// Graphviz 2.43's cairo PDF device ignores the `page` attribute (one page, as large as the drawing) and
// finishes the cairo surface at the end of every page it draws, even on a context the caller passed with
// gvRenderContext. So the PDF surface is ours, each page is drawn by Graphviz through a tee surface in front
// of it (finishing the tee leaves the PDF surface open), the page's part of the drawing is chosen with the
// `viewport` attribute, and the page is closed by us.
#ifndef PROBIS_CGRAPHVIZ_PAPER_H
#define PROBIS_CGRAPHVIZ_PAPER_H

#include <graphviz/gvc.h>
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <cairo/cairo-tee.h>
#include <stdlib.h>
#include <string.h>

/// A PDF being written into memory.
typedef struct {
    cairo_surface_t *surface;
    unsigned char *data;
    size_t length;
    size_t capacity;
    int failed;
} probis_paper_t;

static inline cairo_status_t probis_paper_write(void *closure, const unsigned char *bytes, unsigned int count) {
    probis_paper_t *paper = (probis_paper_t *)closure;
    if (paper->length + count > paper->capacity) {
        size_t capacity = paper->capacity ? paper->capacity : 65536;
        while (capacity < paper->length + count) capacity *= 2;
        unsigned char *grown = (unsigned char *)realloc(paper->data, capacity);
        if (!grown) { paper->failed = 1; return CAIRO_STATUS_WRITE_ERROR; }
        paper->data = grown;
        paper->capacity = capacity;
    }
    memcpy(paper->data + paper->length, bytes, count);
    paper->length += count;
    return CAIRO_STATUS_SUCCESS;
}

/// Starts a PDF whose pages are `width` × `height` points; NULL when cairo cannot.
static inline probis_paper_t *probis_paper_open(double width, double height) {
    probis_paper_t *paper = (probis_paper_t *)calloc(1, sizeof(probis_paper_t));
    if (!paper) return NULL;
    paper->surface = cairo_pdf_surface_create_for_stream(probis_paper_write, paper, width, height);
    if (cairo_surface_status(paper->surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(paper->surface);
        free(paper);
        return NULL;
    }
    return paper;
}

/// Draws one page: the part of the laid-out graph that `viewport` (Graphviz's "W,H,Z,X,Y") selects, with
/// its top left corner at (`left`, `top`) on the page, clipped to `width` × `height` points, and a line of text (`footer`, DejaVu Sans at
/// `footer_size` points) with its baseline at (`left`, `footer_y`). Returns gvRenderContext's status, or -1
/// when cairo failed.
static inline int probis_paper_page(probis_paper_t *paper, GVC_t *context, Agraph_t *graph, const char *viewport,
                                    double left, double top, double width, double height,
                                    const char *footer, double footer_y, double footer_size) {
    agsafeset(graph, "viewport", (char *)viewport, "");
    cairo_surface_t *tee = cairo_tee_surface_create(paper->surface);
    cairo_t *drawing = cairo_create(tee);
    cairo_translate(drawing, left, top);
    cairo_rectangle(drawing, 0, 0, width, height);
    cairo_clip(drawing);
    int status = gvRenderContext(context, graph, "pdf:cairo", drawing);
    cairo_destroy(drawing);
    cairo_surface_destroy(tee);

    cairo_t *page = cairo_create(paper->surface);
    cairo_select_font_face(page, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(page, footer_size);
    cairo_set_source_rgb(page, 0.37, 0.42, 0.48);
    cairo_move_to(page, left, footer_y);
    cairo_show_text(page, footer);
    cairo_show_page(page);
    if (cairo_status(page) != CAIRO_STATUS_SUCCESS) status = -1;
    cairo_destroy(page);
    return status;
}

/// Finishes the PDF and hands its bytes to the caller (free them with free()); -1 when writing failed.
static inline int probis_paper_close(probis_paper_t *paper, unsigned char **data, size_t *length) {
    cairo_surface_finish(paper->surface);
    int status = (cairo_surface_status(paper->surface) == CAIRO_STATUS_SUCCESS && !paper->failed) ? 0 : -1;
    cairo_surface_destroy(paper->surface);
    *data = paper->data;
    *length = paper->length;
    free(paper);
    return status;
}

#endif
