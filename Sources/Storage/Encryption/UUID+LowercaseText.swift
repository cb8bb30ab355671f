import Foundation

extension UUID {
    /// The id as lowercase text, `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`: the same characters as
    /// `uuidString.lowercased()`, written byte by byte.
    ///
    /// Every sealed field binds its row's id into the cipher's associated data, so an import
    /// or a list page formats thousands of ids; Foundation's `uuidString` goes through
    /// `snprintf` on Linux, which `perf` showed at a few percent of an import.
    public var lowercaseText: String {
        let digits = Self.hexDigits
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { out in
                var position = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        out[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    out[position] = digits[Int(byte >> 4)]
                    out[position + 1] = digits[Int(byte & 0x0F)]
                    position += 2
                }
                return position
            }
        }
    }

    /// Made once: this runs for every sealed field.
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
