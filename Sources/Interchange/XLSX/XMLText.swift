/// Turning XML bytes into strings.
enum XMLText {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Bytes with no references to resolve, such as names.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Character data with references (`&amp;`, `&#20013;`, `&#x4E2D;`)
    /// resolved and line breaks normalised to `\n`, as XML 1.0 §2.11 requires.
    /// In attribute values, tabs and line breaks become spaces (§3.3.3).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, isAttribute: Bool = false) -> String {
        if !bytes.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D || (isAttribute && ($0 == 0x0A || $0 == 0x09)) }) {
            return plain(bytes)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let (scalar, length) = reference(in: bytes, at: index) {
                output.append(contentsOf: Array(String(scalar).utf8))
                index += length
                continue
            }
            if byte == 0x0D {
                // `\r\n` and a lone `\r` both become one `\n`.
                output.append(isAttribute ? 0x20 : 0x0A)
                index += (index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                continue
            }
            if isAttribute, byte == 0x0A || byte == 0x09 {
                output.append(0x20)
            } else {
                // Unknown references stay as written rather than vanish.
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let named: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"]

    /// The character a reference at `start` stands for, and the reference's length.
    private static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < bytes.count, end - start <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        let length = end - start + 1
        if let scalar = named[body] { return (scalar, length) }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Resolves OOXML's `_xHHHH_` escapes (ECMA-376 ST_Xstring), which Excel
    /// writes for characters XML cannot carry, such as `_x000D_` for a
    /// carriage return; `_x005F_` escapes a literal underscore.
    static func resolveOOXMLEscapes(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}
