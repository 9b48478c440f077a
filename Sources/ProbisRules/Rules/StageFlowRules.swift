import ProbisModel

/// Planning opens with the head setting the perjanjian kinerja and SKP.
public struct PlanningStartsWithPerjanjianKinerjaRule: RegionalRule {
    public init() {}
    public let id = "perencanaan-perjanjian-kinerja"
    public let summary = "An organization type's planning stage opens with the head drawing up and setting the perjanjian kinerja (and SKP): the first perencanaan activity is in the head's lane and outputs 'perjanjian-kinerja'."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .organizationType(type) = document, let flow = type.flow else { return [] }
        guard let first = flow.ordered.first(where: { $0.kind == .activity && $0.stage == .perencanaan }) else {
            return [context.finding(id, at: type.header.location, "'\(type.header.id)' has no perencanaan activity")]
        }
        var problems: [String] = []
        if !type.headLanes.contains(first.lane.id) { problems.append("is not in the head's lane") }
        if !first.outputs.contains(where: { $0.id == "perjanjian-kinerja" }) { problems.append("does not output 'perjanjian-kinerja'") }
        guard !problems.isEmpty else { return [] }
        return [context.finding(id, at: first.location,
            "the first perencanaan step '\(first.id)' \(problems.joined(separator: " and ")); planning opens with the head setting the perjanjian kinerja")]
    }
}

/// The stages follow each other: perencanaan, then pelaksanaan, then evaluasi (loops back excepted).
public struct StageOrderRule: RegionalRule {
    public init() {}
    public let id = "urutan-tahap"
    public let summary = "Along an organization type's flow the stages never go backwards (perencanaan → pelaksanaan → evaluasi), except through a decision's loop back (perbaikan)."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .organizationType(type) = document, let flow = type.flow else { return [] }
        let graph = FlowGraph(flow)
        let loops = graph.loopEdges
        let rank = Dictionary(uniqueKeysWithValues: Stage.allCases.enumerated().map { ($1, $0) })
        var out: [Diagnostic] = []
        for (from, source) in flow.steps.enumerated() {
            guard let a = source.stage else { continue }
            // The next staged steps, looking through steps without a stage (decisions, connectors).
            var seen: Set<Int> = [from]
            var frontier = [from]
            var reported: Set<StepID> = []
            while let u = frontier.popLast() {
                for v in graph.graph.successors[u] where !loops.contains(Digraph.Edge(from: u, to: v)) && seen.insert(v).inserted {
                    let target = flow.steps[v]
                    guard let b = target.stage else { frontier.append(v); continue }
                    if rank[b]! < rank[a]!, reported.insert(target.id).inserted {
                        out.append(context.finding(id, at: source.location,
                            "step '\(source.id)' (\(a.rawValue)) leads to '\(target.id)' (\(b.rawValue)): the stages go backwards outside a perbaikan loop"))
                    }
                }
            }
        }
        return out
    }
}

/// Evaluation ends with the head accepting the result, or sending it back for perbaikan.
public struct EvaluationEndsWithAcceptanceRule: RegionalRule {
    public init() {}
    public let id = "evaluasi-diterima-pimpinan"
    public let summary = "An organization type's flow ends with a decision in the accepting leader's lane whose 'diterima' branch leads to an end and whose 'perbaikan' branch loops back when the target is not met."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .organizationType(type) = document, let flow = type.flow else { return [] }
        let graph = FlowGraph(flow)
        let canFinish = graph.graph.coreachable(to: graph.endIndices)
        // An accepting decision: its 'diterima' branch goes on to an end without coming back to it.
        func accepts(_ step: FlowStep) -> Bool {
            guard step.kind == .decision, let index = graph.index(of: step.id) else { return false }
            return step.branches.contains { branch in
                guard branch.meaning == .diterima, let target = graph.index(of: branch.target.id) else { return false }
                return canFinish[target] && !graph.graph.reachable(from: [target])[index]
            }
        }
        guard let decision = flow.steps.last(where: accepts) else {
            return [context.finding(id, at: type.header.location,
                "'\(type.header.id)' has no decision whose 'diterima' branch leads to an end: the head's acceptance of the result is missing")]
        }
        // Who accepts is the profile's reading (Provinsi Jambi: the Pimpinan Unit Organisasi).
        let acceptors = context.profile.acceptedBy == .pimpinanUnit ? type.leaderLanes : type.headLanes
        var out: [Diagnostic] = []
        if !acceptors.contains(decision.lane.id) {
            out.append(context.finding(id, at: decision.lane.location ?? decision.location,
                "decision '\(decision.id)' accepts the result in lane '\(decision.lane.id)', which does not hold the head of '\(type.header.id)'"))
        }
        // A perbaikan branch leads back, possibly through a repair step, to work before the decision.
        let index = graph.index(of: decision.id)!
        let reworks = decision.branches.filter { branch in
            branch.meaning == .perbaikan && graph.index(of: branch.target.id).map { graph.graph.reachable(from: [$0])[index] } == true
        }
        if reworks.isEmpty {
            out.append(context.finding(id, at: decision.location,
                "decision '\(decision.id)' has no 'perbaikan' branch back to earlier work for a result that does not meet the target"))
        }
        return out
    }
}
