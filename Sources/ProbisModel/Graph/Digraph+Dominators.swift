extension Digraph {
    /// The immediate dominator of each vertex reached from the roots (a virtual root above all roots is
    /// `-1`), by the iterative algorithm of Cooper, Harvey and Kennedy; `nil` for vertices not reached.
    /// Complexity: O((V + E) · d) for loop nesting depth d.
    public func immediateDominators(roots: [Int]) -> [Int?] {
        // Reverse postorder of a depth-first walk from the roots.
        var postorder: [Int] = []
        var state = Array(repeating: false, count: count)
        for root in roots where !state[root] {
            var frames: [(vertex: Int, edge: Int)] = [(root, 0)]
            state[root] = true
            while var frame = frames.popLast() {
                if frame.edge < successors[frame.vertex].count {
                    let v = successors[frame.vertex][frame.edge]
                    frame.edge += 1
                    frames.append(frame)
                    if !state[v] {
                        state[v] = true
                        frames.append((v, 0))
                    }
                } else {
                    postorder.append(frame.vertex)
                }
            }
        }
        var number = Array(repeating: -1, count: count)
        for (index, vertex) in postorder.enumerated() { number[vertex] = index }
        let virtualRoot = postorder.count
        var idom: [Int?] = Array(repeating: nil, count: count)
        let rootSet = Set(roots)
        let predecessors = self.predecessors
        func intersect(_ a: Int, _ b: Int) -> Int {
            var (x, y) = (a, b)
            while x != y {
                while x < y { x = up(x) }
                while y < x { y = up(y) }
            }
            return x
        }
        // One step up the dominator tree, in postorder numbers.
        func up(_ n: Int) -> Int {
            guard n < virtualRoot else { return n }
            let vertex = postorder[n]
            guard let d = idom[vertex] else { return virtualRoot }
            return d == -1 ? virtualRoot : number[d]
        }
        for root in rootSet { idom[root] = -1 }
        var changed = true
        while changed {
            changed = false
            for vertex in postorder.reversed() where !rootSet.contains(vertex) {
                var candidate: Int?
                for p in predecessors[vertex] where number[p] >= 0 && idom[p] != nil {
                    candidate = candidate.map { intersect($0, number[p]) } ?? number[p]
                }
                guard let candidate else { continue }
                let dominator = candidate == virtualRoot ? -1 : postorder[candidate]
                if idom[vertex] != dominator {
                    idom[vertex] = dominator
                    changed = true
                }
            }
        }
        return idom
    }

    /// A dominance test answered in O(1): entry and exit numbers of a walk of the dominator tree, so that
    /// `a` dominates `b` when `b`'s interval lies inside `a`'s. Built in O(V).
    public struct Dominance: Sendable {
        private var entry: [Int]
        private var exit: [Int]

        /// Numbers the tree `immediateDominators` returned.
        public init(_ idom: [Int?]) {
            var children = Array(repeating: [Int](), count: idom.count)
            var roots: [Int] = []
            for (vertex, parent) in idom.enumerated() {
                guard let parent else { continue }
                if parent < 0 { roots.append(vertex) } else { children[parent].append(vertex) }
            }
            entry = Array(repeating: -1, count: idom.count)
            exit = Array(repeating: -1, count: idom.count)
            var clock = 0
            for root in roots {
                var frames: [(vertex: Int, child: Int)] = [(root, 0)]
                entry[root] = clock
                clock += 1
                while var frame = frames.popLast() {
                    if frame.child < children[frame.vertex].count {
                        let child = children[frame.vertex][frame.child]
                        frame.child += 1
                        frames.append(frame)
                        entry[child] = clock
                        clock += 1
                        frames.append((child, 0))
                    } else {
                        exit[frame.vertex] = clock
                        clock += 1
                    }
                }
            }
        }

        /// Whether every path from a root to `b` passes `a` (a vertex dominates itself); false for vertices
        /// not reached.
        public func dominates(_ a: Int, _ b: Int) -> Bool {
            entry[a] >= 0 && entry[b] >= 0 && entry[a] <= entry[b] && exit[b] <= exit[a]
        }
    }
}
