import Testing
@testable import ProbisInterchange
import ProbisModel

@Suite struct BPMNExportTests {
    @Test func placeholderBuilds() { #expect(BPMNProcess.xmlID("1a") == "_1a") }
}
