/// Visits text character by character, reading plain ASCII as bytes and common
/// CJK characters as single scalars.
///
/// Normalising, splitting and highlighting run over whole decisions, and going
/// through `Character` for each letter was most of their cost: for Chinese text
/// the grapheme breaking and the property lookups took about 200 ns a character.
///
/// A scalar is read on its own when a grapheme break is certain on both sides.
/// Unicode's rules (UAX #29) put a break between any two scalars of the set `S`
/// below (ASCII, the common Han block, kana and Hangul syllables), except CR LF:
/// none of them is an extending mark, a joiner, a prepended sign or a Hangul jamo
/// that joins a syllable. So a scalar of `S` that follows a break and is followed
/// by another scalar of `S` (or by the end) is a whole `Character`. CR LF is one
/// `Character` and is handed over as one. Anything else, up to the next two
/// scalars of `S` in a row, is decoded as `Character`s, so a combining mark after
/// an ASCII letter (`e` + U+0301) or after a kana stays in its cluster.
/// Each call is therefore exactly one `Character` of the text, which the
/// highlighter counts.
enum CharacterWalk {
    @inline(__always)
    static func walk(_ text: String, ascii: (UInt8) -> Void, cjk: (Unicode.Scalar) -> Void, character: (Character) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if isLineBreak(bytes, at: index) {
                        character("\r\n")
                        index += 2
                        continue
                    }
                    if startsWhole(bytes, at: index + 1) {
                        ascii(byte)
                        index += 1
                        continue
                    }
                } else if let scalar = commonCJK(bytes, at: index), startsWhole(bytes, at: index + 3) {
                    cjk(scalar)
                    index += 3
                    continue
                }
                var end = index + 1
                while end < bytes.count, !(endsWhole(bytes, at: end) && startsWhole(bytes, at: end)) { end += 1 }
                for each in String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self) {
                    character(each)
                }
                index = end
            }
        }
    }

    /// Whether the text ends at `index` or a scalar of `S` starts there (not CR of CR LF).
    @inline(__always)
    private static func startsWhole(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        if bytes[index] < 0x80 { return !isLineBreak(bytes, at: index) }
        return commonCJK(bytes, at: index) != nil
    }

    /// Whether a scalar of `S` ends just before `index` (not the CR of CR LF).
    @inline(__always)
    private static func endsWhole(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if bytes[index - 1] < 0x80 { return !isLineBreak(bytes, at: index - 1) }
        return index >= 3 && commonCJK(bytes, at: index - 3) != nil
    }

    /// The scalar at `index` when it is one of the three-byte scalars of `S`:
    /// CJK Unified Ideographs, kana without the combining sound marks
    /// U+3099–309A, and Hangul syllables. These are the characters the
    /// normaliser keeps as they are (`TextNormaliser.fold`).
    @inline(__always)
    static func commonCJK(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        guard bytes[index] & 0xF0 == 0xE0, index + 2 < bytes.count else { return nil }
        let value = UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        switch value {
        case 0x4E00...0x9FFF, 0x3041...0x3098, 0x309B...0x30FF, 0xAC00...0xD7A3: return Unicode.Scalar(value)
        default: return nil
        }
    }

    /// The UTF-8 bytes of a scalar `commonCJK` returned.
    @inline(__always)
    static func utf8(_ scalar: Unicode.Scalar) -> (UInt8, UInt8, UInt8) {
        let value = scalar.value
        return (0xE0 | UInt8(value >> 12), 0x80 | UInt8(value >> 6 & 0x3F), 0x80 | UInt8(value & 0x3F))
    }

    /// Whether CR LF starts at `index`.
    @inline(__always)
    private static func isLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
    }
}
