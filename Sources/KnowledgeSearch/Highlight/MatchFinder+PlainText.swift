/// Matching in plain text: ASCII without CR LF, where every byte is a
/// `Character` and folding only lower-cases letters and turns each run of
/// whitespace and control characters into one space. So a term is found by
/// reading the text itself, with no folded copy: for an English decision that
/// is about ten times faster than folding it, and the snippets of a search
/// page fold the whole text of each hit.
///
/// The rules are the folded path's, byte for byte (a test compares the two):
/// a term starts on a byte whose lower case is its first byte, after a
/// non-word byte when the term starts with a letter or digit, and a space in
/// the term stands for a run of whitespace in the text.
extension MatchFinder {
    /// Whether `text` is plain: every byte ASCII and no CR LF (which is one `Character` of two bytes).
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return true }
            // Eight bytes at a time: any high bit is not ASCII, and a word with
            // a CR in it is looked at byte by byte below.
            var index = 0
            var sawCR = false
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { return false }
                let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
                sawCR = sawCR || (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0
                index += 8
            }
            if bytes[index...].contains(where: { $0 >= 0x80 }) { return false }
            guard sawCR || bytes[index...].contains(0x0D) else { return true }
            return !zip(bytes, bytes.dropFirst()).contains { $0 == 0x0D && $1 == 0x0A }
        }
    }

    /// The matches of a normalised term in plain `text`, in order, not overlapping.
    func plainOccurrences(of needle: [UInt8], needsWordStart: Bool, term: Int) -> [TextMatch] {
        // A term with other than ASCII never meets plain text.
        guard let first = needle.first, needle.allSatisfy({ $0 < 0x80 }) else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            var result: [TextMatch] = []
            var position = 0
            while position < bytes.count {
                if Self.lowered(bytes[position]) == first,
                   !needsWordStart || position == 0 || !ScriptClass.isWordCharacter(ascii: bytes[position - 1]),
                   let end = Self.plainMatchEnd(of: needle, in: bytes, from: position) {
                    result.append(TextMatch(start: position, end: end, term: term))
                    position = end
                } else {
                    position += 1
                }
            }
            return result
        }
    }

    /// Where `needle`, whose first byte matched at `start`, ends in `bytes`; `nil` if it does not match.
    private static func plainMatchEnd(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var position = start + 1
        for byte in needle.dropFirst() {
            if byte == 0x20 {
                guard position < bytes.count, isSpace(bytes[position]) else { return nil }
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            } else {
                guard position < bytes.count, lowered(bytes[position]) == byte else { return nil }
                position += 1
            }
        }
        return position
    }

    /// What the normaliser folds into a space (`TextNormaliser.FoldState.fold(ascii:)`).
    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
