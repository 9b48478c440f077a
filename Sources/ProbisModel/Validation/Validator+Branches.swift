extension Validator {
    /// Branches and next steps that say the same thing twice: two branches of a decision with one label
    /// (`Ya` and `ya`), or with one target and the same `means` (or none), a branch back to its own
    /// decision, and a next step named twice.
    func checkRepeatedPaths(_ flow: CrossFunctionalMap, owner: DocumentID) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for step in flow.steps {
            if step.kind == .decision {
                var labels: [String: Branch] = [:]
                var targets: [StepID: Branch] = [:]
                for branch in step.branches {
                    if branch.target.id == step.id {
                        out.append(.error(.branchToItself, at: branch.target.location ?? branch.location,
                            "branch '\(branch.label)' of decision '\(step.id)' leads back to the decision itself; lead it to the step that is redone"))
                        continue
                    }
                    let label = branch.label.trimmingWhitespace.lowercased()
                    if !label.isEmpty, let earlier = labels[label] {
                        out.append(.error(.duplicateBranch, at: branch.location ?? step.location,
                            "decision '\(step.id)' has two branches labelled '\(branch.label)'\(Self.firstAt(earlier.location)); give each branch its own answer"))
                    } else if let earlier = targets[branch.target.id], earlier.meaning == branch.meaning {
                        // Branches that mean different things (disetujui / ditolak) may lead to one step.
                        out.append(.error(.duplicateBranch, at: branch.target.location ?? branch.location,
                            "branches '\(earlier.label)' and '\(branch.label)' of decision '\(step.id)' both lead to '\(branch.target.id)'; a decision's branches lead to different steps"))
                    }
                    if labels[label] == nil { labels[label] = branch }
                    if targets[branch.target.id] == nil { targets[branch.target.id] = branch }
                }
            }
            var seen: Set<StepID> = []
            for next in step.next where !seen.insert(next.id).inserted {
                out.append(.error(.duplicateNext, at: next.location ?? step.location,
                    "step '\(step.id)' names next step '\(next.id)' twice; name it once"))
            }
        }
        return out
    }

    /// " (first at line 12)" or "".
    static func firstAt(_ location: SourceLocation?) -> String {
        location.map { " (first at line \($0.line))" } ?? ""
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
