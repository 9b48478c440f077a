extension Validator {
    /// Parallel blocks that cannot run: every split's branches meet at one join before the flow ends or
    /// leaves the block, every join has its split, loops stay inside one branch or outside the block, and
    /// blocks nest. Run only on a flow whose shape is otherwise sound, so a dead end is not reported twice.
    ///
    /// Public so that the simulator refuses a flow it cannot run even when the library was not validated.
    public static func checkParallel(_ flow: CrossFunctionalMap) -> [Diagnostic] {
        let graph = FlowGraph(flow)
        func location(_ id: StepID) -> SourceLocation? { graph.index(of: id).flatMap { flow.steps[$0].location } }
        func branchLocation(_ split: StepID, _ branch: StepID) -> SourceLocation? {
            graph.index(of: split).flatMap { flow.steps[$0].next.first { $0.id == branch }?.location } ?? location(split)
        }
        func joined(_ join: StepID?) -> String { join.map { " (joined at '\($0)')" } ?? "" }
        return graph.parallelBlocks.problems.map { step, problem in
            switch problem {
            case let .endsBeforeJoin(split, branch, from, end):
                return .error(.splitWithoutJoin, at: location(from),
                    "step '\(from)', in branch '\(branch)' of the parallel split at '\(split)', leads to '\(end)' without a join; the branches of a split meet at one step marked 'join: true' before the flow ends")
            case let .meetWithoutJoin(split, branches, at):
                return .error(.splitWithoutJoin, at: location(at),
                    "branches '\(branches.map(\.rawValue).joined(separator: "' and '"))' of the parallel split at '\(split)' meet at '\(at)', which is not a join; mark it 'join: true' so that it waits for every branch")
            case let .branchNeverJoins(split, branch, join):
                return .error(.splitWithoutJoin, at: branchLocation(split, branch),
                    "branch '\(branch)' of the parallel split at '\(split)' never reaches its join '\(join)', which would wait forever")
            case let .joinWithoutSplit(join):
                return .error(.joinWithoutSplit, at: location(join),
                    "step '\(join)' is marked 'join: true', but no parallel split leads to it (a split is a start or activity with two or more 'next' steps); remove 'join'")
            case let .joinBypassed(join, split, from):
                return .error(.joinBypassed, at: location(from),
                    "step '\(from)' leads to join '\(join)' from outside the branches of the parallel split at '\(split)', so the join would wait for branches that never come; lead it to a step before the split")
            case let .leavesBlock(split, branch, from, to, join):
                return .error(.branchLeavesParallel, at: location(from),
                    "step '\(from)', in branch '\(branch)' of the parallel split at '\(split)'\(joined(join)), leads to '\(to)' outside the block without passing the join; a branch ends only at its join")
            case let .loopCrossesJoin(split, from, to, join):
                return .error(.loopCrossesJoin, at: location(from),
                    "the loop from '\(from)' back to '\(to)' crosses the parallel block of the split at '\(split)'\(joined(join)); a perbaikan loop stays inside one branch or goes back to a step before the split")
            case let .mismatchedJoin(join, splits):
                return .error(.mismatchedJoin, at: location(join),
                    "join '\(join)' closes branches of both the split at '\(splits[0])' and the split at '\(splits[1])'; parallel blocks nest: give the inner split its own join inside the outer branch")
            case let .twoJoins(split, joins):
                return .error(.mismatchedJoin, at: location(step),
                    "the branches of the parallel split at '\(split)' meet at two joins, '\(joins[0])' and '\(joins[1])'; all branches of a split meet at one join")
            }
        }
    }
}
