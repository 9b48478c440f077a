extension Validator {
    /// Checks one peta lintas fungsi: lanes, references, symbols, reachability, loops and citations.
    ///
    /// - Parameters:
    ///   - organization: the organization type whose positions lanes may name.
    ///   - requireStages: whether every activity must name its stage (organization types' stage flows).
    func checkFlow(
        _ flow: CrossFunctionalMap, owner: DocumentID, header: DocumentHeader,
        organization: OrganizationType?, requireStages: Bool
    ) -> [Diagnostic] {
        var out = duplicates(flow.lanes.map { ($0.id, $0.location) }, what: "lane", owner: owner)
        out += duplicates(flow.steps.map { ($0.id, $0.location) }, what: "step", owner: owner)
        out += checkLanes(flow, owner: owner, organization: organization)
        out += checkStepReferences(flow, owner: owner, organization: organization)
        out += checkSymbols(flow, owner: owner, header: header, requireStages: requireStages)
        let shape = checkShape(flow, owner: owner)
        out += shape
        if shape.isEmpty { out += Self.checkParallel(flow) }
        out += checkRepeatedPaths(flow, owner: owner)
        return out
    }

    private func checkLanes(_ flow: CrossFunctionalMap, owner: DocumentID, organization: OrganizationType?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for lane in flow.lanes {
            guard !lane.positions.isEmpty else { continue }
            guard let organization else {
                out.append(.error(.invalidLane, at: lane.positions[0].location,
                    "lane '\(lane.id)' names positions, but '\(owner)' names no organization type (add 'organization:')"))
                continue
            }
            let ids = organization.positions.map(\.id.rawValue)
            for reference in lane.positions where organization.position(reference.id) == nil {
                out.append(.error(.danglingReference, at: reference.location,
                    "lane '\(lane.id)' names position '\(reference.id)', which is not a position of '\(organization.header.id)'\(Suggestion.hint(for: reference.id.rawValue, in: ids))"))
            }
        }
        return out
    }

    private func checkStepReferences(_ flow: CrossFunctionalMap, owner: DocumentID, organization: OrganizationType?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let laneIDs = flow.lanes.map(\.id.rawValue)
        let stepIDs = Set(flow.steps.map(\.id))
        let stepNames = flow.steps.map(\.id.rawValue)
        // In an organization type whose lanes are its positions, a wrong lane is a wrong position.
        let lanesArePositions = organization.map { type in
            type.header.id == owner && flow.lanes.allSatisfy { type.position(PositionID($0.id.rawValue)) != nil || $0.role != nil }
        } ?? false
        func laneProblem(_ reference: Reference<LaneID>, step: FlowStep, role: String) -> Diagnostic? {
            guard flow.lane(reference.id) == nil else { return nil }
            let what = lanesArePositions ? "a position" : "a lane"
            return .error(.danglingReference, at: reference.location,
                "step '\(step.id)' names \(role) '\(reference.id)', which is not \(what) of '\(owner)'\(Suggestion.hint(for: reference.id.rawValue, in: laneIDs))")
        }
        for step in flow.steps {
            if let problem = laneProblem(step.lane, step: step, role: "lane") { out.append(problem) }
            for participant in step.participants {
                if let problem = laneProblem(participant, step: step, role: "participant lane") { out.append(problem) }
            }
            let targets = step.kind == .decision ? step.branches.map(\.target) : step.next
            for target in targets where !stepIDs.contains(target.id) {
                out.append(.error(.danglingReference, at: target.location,
                    "step '\(step.id)' leads to step '\(target.id)', which is not a step of '\(owner)'\(Suggestion.hint(for: target.id.rawValue, in: stepNames))"))
            }
            out += checkArtifacts(step.inputs + step.outputs, owner: "step '\(step.id)'")
            if let connection = step.connectsTo,
               let problem = checkDocumentReference(connection, from: "connector '\(step.id)'", role: "map",
                                                    kinds: [.petaLintasFungsi, .organizationType, .petaSubproses, .petaProses]) {
                out.append(problem)
            }
        }
        return out
    }

    private func checkSymbols(_ flow: CrossFunctionalMap, owner: DocumentID, header: DocumentHeader, requireStages: Bool) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if flow.starts.isEmpty {
            out.append(.error(.noStart, at: header.location, "'\(owner)' has no start step (add a step with 'type: start')"))
        }
        if !flow.steps.contains(where: { $0.kind == .end }) {
            out.append(.error(.noEnd, at: header.location, "'\(owner)' has no end step (add a step with 'type: end')"))
        }
        for step in flow.steps {
            switch step.kind {
            case .decision:
                if step.branches.count < 2 {
                    out.append(.error(.decisionBranches, at: step.location,
                        "decision '\(step.id)' has \(step.branches.count) branch\(step.branches.count == 1 ? "" : "es"); a decision needs at least two labelled branches"))
                }
                for (number, branch) in step.branches.enumerated()
                where branch.label.allSatisfy(\.isWhitespace) {
                    out.append(.error(.decisionBranches, at: branch.location ?? step.location,
                        "branch \(number + 1) of decision '\(step.id)' has no label (e.g. 'Ya' or 'Tidak')"))
                }
            case .end:
                if !step.next.isEmpty {
                    out.append(.error(.endHasNext, at: step.next[0].location, "end step '\(step.id)' cannot lead to another step"))
                }
            case .connector:
                if step.connectsTo == nil && step.next.isEmpty {
                    out.append(.error(.connectorTarget, at: step.location,
                        "connector '\(step.id)' leads nowhere (give it 'connects-to:' a map id, or 'next:')"))
                }
            case .start, .activity:
                break
            }
            if header.encodesRegulation && step.encodesRegulation && step.citation == nil {
                out.append(.error(.missingCitation, at: step.location,
                    "step '\(step.id)' encodes \(header.source!) but has no citation (add 'cite:' with the Pasal or Lampiran item)"))
            }
            if requireStages && step.kind == .activity && step.stage == nil {
                out.append(.error(.missingStage, at: step.location,
                    "activity '\(step.id)' of a stage flow names no stage (perencanaan, pelaksanaan or evaluasi)"))
            }
        }
        return out
    }

    private func checkShape(_ flow: CrossFunctionalMap, owner: DocumentID) -> [Diagnostic] {
        let graph = FlowGraph(flow)
        var out: [Diagnostic] = []
        for step in graph.unreachableSteps {
            out.append(.error(.unreachable, at: step.location, "step '\(step.id)' cannot be reached from the start of '\(owner)'"))
        }
        let unreachable = Set(graph.unreachableSteps.map(\.id))
        for step in graph.deadEnds {
            out.append(.error(.deadEnd, at: step.location,
                "step '\(step.id)' is a dead end: it leads nowhere and is not an end step"))
        }
        for step in graph.trappedSteps where !unreachable.contains(step.id) && !graph.endIndices.isEmpty {
            out.append(.error(.noWayOut, at: step.location, "no end step can be reached from step '\(step.id)'"))
        }
        for cycle in graph.cycles where !cycle.throughDecision {
            let text = (cycle.steps + [cycle.steps[0]]).map(\.id.rawValue).joined(separator: " → ")
            out.append(.error(.cycleWithoutDecision, at: cycle.steps[0].location,
                "steps form a loop without a decision: \(text) (a loop must pass through a decision, e.g. a perbaikan branch)"))
        }
        return out
    }
}
