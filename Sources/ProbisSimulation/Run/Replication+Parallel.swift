import ProbisModel

/// Work done by several people at once: a team's anggota, a cycle's planners, and the branches of a
/// parallel split. Each is a set of tokens counted down in a ``Replication/Join``, whose parent token goes
/// on when the last is done.
extension Replication {
    /// A parallel split: the token waits at the fork while one new token per branch goes on, each taking
    /// its own performers; ``arriveAtJoin(_:)`` brings them together.
    mutating func fork(_ token: Int32, branches: [Int32]) throws {
        let block = newJoin(branches.count, parent: token)
        let item = tokens[Int(token)]
        for first in branches {
            let branch = newToken(owner: item.owner, step: first)
            tokens[Int(branch)].key = item.key
            tokens[Int(branch)].fixed = item.fixed
            tokens[Int(branch)].block = block
            try advance(branch)
        }
    }

    /// A branch reached its join: it ends there; the last to arrive sends the waiting token on from the join.
    mutating func arriveAtJoin(_ token: Int32) throws {
        let block = tokens[Int(token)].block
        let join = tokens[Int(token)].step
        freeTokens.append(token)
        joins[Int(block)].remaining -= 1
        guard joins[Int(block)].remaining == 0 else { return }
        let parent = joins[Int(block)].parent
        freeJoins.append(block)
        tokens[Int(parent)].step = join
        try advance(parent, joined: true)
    }

    /// Anggota tim work in parallel, one token each, each a specific person (``teamMembers(of:size:)``);
    /// an approved cross-unit case has one member from outside.
    mutating func splitTeam(_ token: Int32, step: CompiledStep) throws {
        let owner = tokens[Int(token)].owner
        let state = cases[Int(owner)]
        let members = teamMembers(of: state, size: state.teamSize)
        let join = newJoin(members.count, parent: token)
        for member in members {
            let memberToken = newToken(owner: owner, step: tokens[Int(token)].step, join: join)
            tokens[Int(memberToken)].key = max(member, 0)
            try request(memberToken, step: step, outside: member < 0)
        }
    }

    /// A planning step of the cycle in a lane that several people hold: each of them does it (every
    /// Kepala Bidang plans for their bidang); the cycle goes on when all are done.
    mutating func splitPlanning(_ token: Int32, step: CompiledStep) throws {
        let planners = model.routing.holders[Int(step.slot)]
        let join = newJoin(planners.count, parent: token)
        for planner in planners {
            let plannerToken = newToken(owner: tokens[Int(token)].owner, step: tokens[Int(token)].step, join: join)
            tokens[Int(plannerToken)].fixed = planner
            try request(plannerToken, step: step, outside: false)
        }
    }

    /// A join counting down `count` tokens for a parent token, from the free list when one is free.
    private mutating func newJoin(_ count: Int, parent: Int32) -> Int32 {
        let value = Join(remaining: Int32(count), parent: parent)
        if let reused = freeJoins.popLast() {
            joins[Int(reused)] = value
            return reused
        }
        joins.append(value)
        return Int32(joins.count - 1)
    }
}
