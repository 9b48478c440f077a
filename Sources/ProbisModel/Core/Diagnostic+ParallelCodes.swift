// Codes of the parallel split and join checks (issue 12): blocks of parallel work that cannot run.

extension Diagnostic.Code {
    /// A branch of a parallel split ends, or meets another branch, before a join.
    public static let splitWithoutJoin = Self("split-without-join")
    /// A step marked `join: true` that no parallel split leads to.
    public static let joinWithoutSplit = Self("join-without-split")
    /// A step outside a split's branches leads to its join, which would wait forever.
    public static let joinBypassed = Self("join-bypassed")
    /// A step inside a parallel branch leads out of the block without passing the join.
    public static let branchLeavesParallel = Self("branch-leaves-parallel")
    /// A loop enters or leaves a parallel block across its split or join.
    public static let loopCrossesJoin = Self("loop-crosses-join")
    /// Parallel blocks that do not nest: one join closing two splits, or one split closed by two joins.
    public static let mismatchedJoin = Self("mismatched-join")
}
