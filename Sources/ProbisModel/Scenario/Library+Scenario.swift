extension Library {
    /// The scenario with an id, if that document is one.
    public func scenario(_ id: DocumentID) -> Scenario? {
        if case let .scenario(value)? = document(id) { return value }
        return nil
    }

    /// Every scenario, in library order.
    public var scenarios: [Scenario] {
        documents.compactMap { if case let .scenario(value) = $0 { value } else { nil } }
    }

    /// The default scenario of an organization type, if one is marked `default: true`.
    public func defaultScenario(for type: DocumentID) -> Scenario? {
        scenarios.first { $0.isDefault && $0.organization.id == type }
    }
}
