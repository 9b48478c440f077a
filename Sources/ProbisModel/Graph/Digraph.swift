/// A directed graph over the integers `0..<count`, with the queries probis needs on its maps.
///
/// Successor lists keep their order, so every query is deterministic. All traversals are iterative:
/// no recursion, whatever the size of the graph.
public struct Digraph: Hashable, Sendable {
    /// Successors of each vertex, in order; duplicates allowed (parallel edges).
    public private(set) var successors: [[Int]]

    /// Creates a graph with `count` vertices and no edges.
    public init(count: Int) { successors = Array(repeating: [], count: count) }

    /// Creates a graph from successor lists.
    /// - Precondition: every successor is in `0..<successors.count`.
    public init(successors: [[Int]]) { self.successors = successors }

    /// The number of vertices.
    public var count: Int { successors.count }

    /// Adds an edge from `u` to `v`.
    public mutating func addEdge(_ u: Int, _ v: Int) { successors[u].append(v) }

    /// Predecessor lists, each in ascending order of the predecessor. Complexity: O(V + E).
    public var predecessors: [[Int]] {
        var result = Array(repeating: [Int](), count: count)
        for (u, list) in successors.enumerated() {
            for v in list where result[v].last != u { result[v].append(u) }
        }
        return result
    }

    /// Vertices reachable from the sources (the sources included), as a membership array.
    /// Complexity: O(V + E).
    public func reachable(from sources: [Int]) -> [Bool] {
        var seen = Array(repeating: false, count: count)
        var stack = sources.filter { !seen[$0] }
        for source in stack { seen[source] = true }
        while let u = stack.popLast() {
            for v in successors[u] where !seen[v] {
                seen[v] = true
                stack.append(v)
            }
        }
        return seen
    }

    /// Vertices from which some target can be reached (the targets included). Complexity: O(V + E).
    public func coreachable(to targets: [Int]) -> [Bool] {
        Digraph(successors: predecessors).reachable(from: targets)
    }

    /// Strongly connected components (Tarjan, iterative), each in ascending vertex order, the list ordered
    /// by smallest vertex. Complexity: O(V + E).
    public var stronglyConnectedComponents: [[Int]] {
        var index = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var nextIndex = 0
        for root in 0..<count where index[root] < 0 {
            // Each frame: vertex and position in its successor list.
            var frames: [(vertex: Int, edge: Int)] = [(root, 0)]
            index[root] = nextIndex; low[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while var frame = frames.popLast() {
                let u = frame.vertex
                if frame.edge < successors[u].count {
                    let v = successors[u][frame.edge]
                    frame.edge += 1
                    frames.append(frame)
                    if index[v] < 0 {
                        index[v] = nextIndex; low[v] = nextIndex; nextIndex += 1
                        stack.append(v); onStack[v] = true
                        frames.append((v, 0))
                    } else if onStack[v] {
                        low[u] = min(low[u], index[v])
                    }
                    continue
                }
                if let parent = frames.last { low[parent.vertex] = min(low[parent.vertex], low[u]) }
                if low[u] == index[u] {
                    var component: [Int] = []
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component.append(w)
                        if w == u { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }

    /// The components that contain a cycle: more than one vertex, or one vertex with an edge to itself.
    public var cyclicComponents: [[Int]] {
        stronglyConnectedComponents.filter { $0.count > 1 || successors[$0[0]].contains($0[0]) }
    }

    /// A cycle inside a cyclic component, as the vertex sequence `a, b, …` whose last vertex leads back to
    /// `a`; starts at the component's smallest vertex and follows the first in-component successor that
    /// closes a cycle (breadth-first, so the cycle is a shortest one through that vertex).
    public func cycle(in component: [Int]) -> [Int] {
        let members = Set(component)
        guard let start = component.first else { return [] }
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
            for v in successors[u] where members.contains(v) {
                if v == start {
                    var path = [u]
                    while let p = parent[path[0]] { path.insert(p, at: 0) }
                    return path
                }
                if parent[v] == nil && v != start {
                    parent[v] = u
                    queue.append(v)
                }
            }
        }
        return [start]
    }

    /// Edges that close a cycle in a depth-first search from the roots (then from any unvisited vertex in
    /// ascending order): removing them leaves the graph acyclic. Complexity: O(V + E).
    public func backEdges(roots: [Int]) -> Set<Edge> {
        var state = Array(repeating: 0, count: count) // 0 new, 1 on path, 2 done
        var result: Set<Edge> = []
        for root in roots + Array(0..<count) where state[root] == 0 {
            var frames: [(vertex: Int, edge: Int)] = [(root, 0)]
            state[root] = 1
            while var frame = frames.popLast() {
                let u = frame.vertex
                if frame.edge < successors[u].count {
                    let v = successors[u][frame.edge]
                    frame.edge += 1
                    frames.append(frame)
                    if state[v] == 1 {
                        result.insert(Edge(from: u, to: v))
                    } else if state[v] == 0 {
                        state[v] = 1
                        frames.append((v, 0))
                    }
                } else {
                    state[u] = 2
                }
            }
        }
        return result
    }

    /// A topological order of the graph without the given edges (Kahn's algorithm); among ready vertices
    /// the smallest goes first, so the order follows declaration order where the graph allows.
    /// Vertices on a remaining cycle are left out. Complexity: O((V + E) log V).
    public func topologicalOrder(ignoring ignored: Set<Edge> = []) -> [Int] {
        var indegree = Array(repeating: 0, count: count)
        for (u, list) in successors.enumerated() {
            for v in list where !ignored.contains(Edge(from: u, to: v)) { indegree[v] += 1 }
        }
        var ready = (0..<count).filter { indegree[$0] == 0 }.sorted(by: >)
        var order: [Int] = []
        while let u = ready.popLast() {
            order.append(u)
            for v in successors[u] where !ignored.contains(Edge(from: u, to: v)) {
                indegree[v] -= 1
                if indegree[v] == 0 {
                    let position = ready.firstIndex { $0 < v } ?? ready.endIndex
                    ready.insert(v, at: position)
                }
            }
        }
        return order
    }

    /// Length of the longest path (in edges) from a root to each vertex in the graph without the ignored
    /// edges; vertices not reached from any root get 0. Used to give steps columns.
    public func longestPathDepth(roots: [Int], ignoring ignored: Set<Edge>) -> [Int] {
        var depth = Array(repeating: 0, count: count)
        let reached = reachable(from: roots)
        for u in topologicalOrder(ignoring: ignored) where reached[u] {
            for v in successors[u] where !ignored.contains(Edge(from: u, to: v)) {
                depth[v] = max(depth[v], depth[u] + 1)
            }
        }
        return depth
    }

    /// A directed edge.
    public struct Edge: Hashable, Sendable {
        /// Tail.
        public var from: Int
        /// Head.
        public var to: Int
        /// Creates an edge.
        public init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }
    }
}
