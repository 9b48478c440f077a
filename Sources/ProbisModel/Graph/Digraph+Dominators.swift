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

    /// Whether `a` dominates `b` in the tree `immediateDominators` returned.
    public static func dominates(_ a: Int, _ b: Int, in idom: [Int?]) -> Bool {
        var current: Int? = b
        while let vertex = current, vertex >= 0 {
            if vertex == a { return true }
            current = idom[vertex]
        }
        return false
    }
}
