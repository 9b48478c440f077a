import Foundation
import ProbisRender
import Testing

/// `AtomicFile` replaces regular files atomically and never replaces anything else.
struct AtomicFileTests {
    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func type(_ path: String) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    @Test("A device is written directly and stays a device")
    func device() throws {
        try AtomicFile.write("nothing\n", to: "/dev/null")
        #expect(try type("/dev/null") == .typeCharacterSpecial)
        #expect(throws: RenderError.write(path: "/dev/full", reason: "no space left on device")) {
            try AtomicFile.write("full\n", to: "/dev/full")
        }
        #expect(try type("/dev/full") == .typeCharacterSpecial)
    }

    @Test("A symbolic link to a regular file: the file is replaced, the link stays")
    func link() throws {
        let folder = try temporaryFolder()
        try AtomicFile.write("old\n", to: folder + "/target.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: "target.txt")
        try AtomicFile.write("new\n", to: folder + "/link.txt")
        #expect(try type(folder + "/link.txt") == .typeSymbolicLink)
        #expect(AtomicFile.read(folder + "/target.txt") == Array("new\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["link.txt", "target.txt"])
    }

    @Test("A link to nothing and a folder are refused; missing folders are created")
    func refusals() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.txt", withDestinationPath: "nowhere.txt")
        #expect(throws: RenderError.write(path: folder + "/dangling.txt", reason: "it is a symbolic link to 'nowhere.txt', which does not exist")) {
            try AtomicFile.write("x", to: folder + "/dangling.txt")
        }
        #expect(throws: RenderError.write(path: folder, reason: "it is a folder; give a file name")) {
            try AtomicFile.write("x", to: folder)
        }
        try AtomicFile.write("deep\n", to: folder + "/a/b/c.txt")
        #expect(AtomicFile.read(folder + "/a/b/c.txt") == Array("deep\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder + "/nowhere.txt"))
    }
}
