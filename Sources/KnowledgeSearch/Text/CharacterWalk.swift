/// Visits text character by character, reading plain ASCII as bytes.
///
/// Normalising, splitting and highlighting run over whole decisions, and going
/// through `Character` for each letter of mostly-ASCII text was most of their
/// cost. An ASCII byte followed by another ASCII byte (or by the end) is a
/// whole `Character`, except CR LF, which is one and is handed over as one.
/// Anything else, up to the next two ASCII bytes in a row that are not CR LF
/// (always a `Character` boundary), is decoded as `Character`s, so a combining
/// mark after an ASCII letter (`e` + U+0301) or a sign prepended to a digit
/// stays in its cluster. Each call is therefore exactly one `Character` of the
/// text, which the highlighter counts.
enum CharacterWalk {
    @inline(__always)
    static func walk(_ text: String, ascii: (UInt8) -> Void, character: (Character) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 {
                    if isLineBreak(bytes, at: index) {
                        character("\r\n")
                        index += 2
                    } else {
                        ascii(byte)
                        index += 1
                    }
                    continue
                }
                var end = index + 1
                while end < bytes.count, !(bytes[end - 1] < 0x80 && bytes[end] < 0x80 && !isLineBreak(bytes, at: end - 1)) { end += 1 }
                for each in String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self) {
                    character(each)
                }
                index = end
            }
        }
    }

    /// Whether CR LF starts at `index`.
    @inline(__always)
    private static func isLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
    }
}
