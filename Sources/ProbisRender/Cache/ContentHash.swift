import Crypto

/// SHA-256 content hashes, written as 64 lowercase hexadecimal digits: the keys of the render cache.
public enum ContentHash {
    /// The SHA-256 digest of bytes in hexadecimal.
    /// - Complexity: O(n) in the number of bytes.
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The SHA-256 digest of a string's UTF-8 bytes in hexadecimal.
    public static func sha256(_ text: String) -> String {
        sha256(Array(text.utf8))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        var characters: [UInt8] = []
        characters.reserveCapacity(64)
        for byte in digest {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
