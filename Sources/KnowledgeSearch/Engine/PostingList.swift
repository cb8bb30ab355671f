/// The documents that contain one term, in ascending key order, each with the
/// term's frequency there.
///
/// Stored as one byte stream of variable-length integers, the gap from the
/// previous key then the frequency, so a posting of a common word takes two
/// bytes: at 100,000 court decisions the index holds about 40 million postings.
public struct PostingList: Sendable {
    /// How many documents contain the term.
    public private(set) var count = 0
    private var bytes: [UInt8] = []
    private var lastKey = 0

    public init() {}

    /// Adds a document; keys must be appended in ascending order.
    public mutating func append(key: Int, frequency: Int) {
        precondition(key >= lastKey && (count == 0 || key > lastKey), "postings must be appended in ascending key order")
        Self.appendVarint(key - lastKey, to: &bytes)
        Self.appendVarint(frequency, to: &bytes)
        lastKey = key
        count += 1
    }

    /// Calls `body` with each key and frequency, in ascending key order.
    public func forEach(_ body: (_ key: Int, _ frequency: Int) -> Void) {
        withBytes { bytes in
            var index = 0
            var key = 0
            while index < bytes.count {
                key += Self.readVarint(bytes, &index)
                body(key, Self.readVarint(bytes, &index))
            }
        }
    }

    /// Adds every key to `set`: a term's matches. (One loop over the bytes, without a call per posting.)
    func insertKeys(into set: inout KeySet) {
        withBytes { bytes in
            set.withUnsafeWords { words in
                var index = 0
                var key = 0
                while index < bytes.count {
                    key += Self.readVarint(bytes, &index)
                    _ = Self.readVarint(bytes, &index)
                    words[key >> 6] |= 1 << UInt64(key & 63)
                }
            }
        }
    }

    /// Gives up spare capacity once the list is complete.
    mutating func compact() {
        bytes = Array(bytes)
    }

    private func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer(body)
    }

    static func appendVarint(_ value: Int, to bytes: inout [UInt8]) {
        var value = UInt(value)
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func readVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int {
        var value = 0
        var shift = 0
        while true {
            let byte = bytes[index]
            index += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
