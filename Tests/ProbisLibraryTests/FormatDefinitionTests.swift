import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// The format is defined once (`ProcessMapsFormat`); the reader, the writer, the JSON Schema and the
/// reference tables follow it.
struct FormatDefinitionTests {
    static func committed(_ path: String) throws -> String {
        try String(contentsOf: ShippedLibrary.repository.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theCommittedSchemaIsTheGeneratedOne() throws {
        #expect(try Self.committed("docs/processmaps.schema.json") == ProcessMapsFormat.jsonSchema.text() + "\n")
    }

    @Test func theCommittedReferenceIsTheGeneratedOne() throws {
        #expect(try Self.committed("docs/format-reference.md") == ProcessMapsFormat.referenceMarkdown)
    }

    @Test("The reader allows exactly the format's keys of each kind and suggests them", arguments: DocumentKind.allCases)
    func readerFollowsTheFormat(_ kind: DocumentKind) {
        let own = ProcessMapsFormat.document(kind).keys.dropFirst(ProcessMapsFormat.header.count)
        for key in own {
            let text = "kind: \(kind.rawValue)\nid: t\ntitle: T\n\(key.name)x: 1\n"
            let result = ProcessMapsDecoder.decode(text: text, file: "t.yaml")
            let unknown = result.diagnostics.filter { $0.code == .unknownKey }.map(\.codedDescription)
            #expect(unknown == ["t.yaml:4:1: error[unknown-key]: unknown key '\(key.name)x' in \(kind.rawValue) 't' (did you mean '\(key.name)'?)"])
        }
    }

    @Test("A document with only its header misses exactly the format's required keys", arguments: DocumentKind.allCases)
    func requiredKeysFollowTheFormat(_ kind: DocumentKind) {
        let result = ProcessMapsDecoder.decode(text: "kind: \(kind.rawValue)\nid: t\ntitle: T\n", file: "t.yaml")
        let required = ProcessMapsFormat.document(kind).keys.dropFirst(ProcessMapsFormat.header.count).filter(\.isRequired).map(\.name)
        let missing = result.diagnostics.filter { $0.code == .missingKey }.map(\.message)
        #expect(Set(missing) == Set(required.map { "\(kind.rawValue) 't' is missing required key '\($0)'" }))
    }

    @Test func everyElementNamedByAValueIsDefined() {
        func names(_ value: FormatValue) -> [String] {
            switch value {
            case let .element(name): [name]
            case let .list(item), let .idMap(item): names(item)
            case let .choice(forms): forms.flatMap(names)
            default: []
            }
        }
        let all = DocumentKind.allCases.map(ProcessMapsFormat.document) + ProcessMapsFormat.nestedElements
        let named = Set(all.flatMap { $0.keys.flatMap { names($0.value) } })
        #expect(named.subtracting(ProcessMapsFormat.elements.keys).sorted() == [])
        #expect(Set(ProcessMapsFormat.elements.keys).subtracting(named).sorted() == [])
    }
}
