/// A content-derived file identifier for the trailer's /ID.
///
/// PDF 2.0 expects an /ID; deriving it from the bytes (two FNV-1a 64-bit hashes with
/// different seeds) keeps it stable for identical content, unlike a random UUID, and needs
/// no crypto library. It identifies, it does not protect: nothing relies on it being secure.
enum DocumentID {
    static func hex(of bytes: [UInt8]) -> String {
        func fnv1a(seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        let first = fnv1a(seed: 0xCBF2_9CE4_8422_2325)
        let second = fnv1a(seed: 0x8422_2325_CBF2_9CE4)
        return [first, second].map { value in
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
