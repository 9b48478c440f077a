// Read and adjust a finished layout: the few fields of Graphviz's layout records (types.h macros, which
// Swift cannot call) that ProbisRender's post-layout passes need. Coordinates are points, y upwards.
#ifndef PROBIS_CGRAPHVIZ_LAYOUT_H
#define PROBIS_CGRAPHVIZ_LAYOUT_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The value of an attribute of a graph, subgraph, node or edge; NULL when the attribute is not declared.
static inline const char *probis_attribute(void *object, const char *name) { return agget(object, (char *)name); }

/// Sets an attribute of a graph (declaring it on the root graph if needed).
static inline int probis_set_attribute(Agraph_t *graph, const char *name, const char *value) {
    return agsafeset(graph, (char *)name, (char *)value, "");
}

/// The bounding box of a laid-out graph or cluster.
static inline boxf probis_bounding_box(Agraph_t *graph) { return GD_bb(graph); }

/// Replaces the bounding box of a cluster (what its frame and fill are drawn from).
static inline void probis_set_bounding_box(Agraph_t *graph, boxf box) { GD_bb(graph) = box; }

/// Whether a graph or cluster has a label placed by the layout.
static inline int probis_has_label(Agraph_t *graph) { return GD_label(graph) != NULL && GD_label(graph)->set; }

/// Moves the label of a graph or cluster by an offset.
static inline void probis_move_label(Agraph_t *graph, double dx, double dy) {
    if (GD_label(graph)) { GD_label(graph)->pos.x += dx; GD_label(graph)->pos.y += dy; }
}

/// The centre of a node.
static inline pointf probis_node_center(Agnode_t *node) { return ND_coord(node); }

/// The width and height of a node in points.
static inline pointf probis_node_size(Agnode_t *node) {
    pointf size = { ND_width(node) * 72.0, ND_height(node) * 72.0 };
    return size;
}

/// The rank of a node (a column of a left-to-right layout).
static inline int probis_node_rank(Agnode_t *node) { return ND_rank(node); }

/// The box of an edge's tail label; 0 when the edge has none placed.
static inline int probis_tail_label_box(Agedge_t *edge, boxf *box) {
    textlabel_t *label = ED_tail_label(edge);
    if (!label || !label->set) return 0;
    box->LL.x = label->pos.x - label->dimen.x / 2; box->UR.x = label->pos.x + label->dimen.x / 2;
    box->LL.y = label->pos.y - label->dimen.y / 2; box->UR.y = label->pos.y + label->dimen.y / 2;
    return 1;
}

/// Moves an edge's tail label by an offset.
static inline void probis_move_tail_label(Agedge_t *edge, double dx, double dy) {
    textlabel_t *label = ED_tail_label(edge);
    if (label) { label->pos.x += dx; label->pos.y += dy; }
}

#endif
