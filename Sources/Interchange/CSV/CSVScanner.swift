/// Where one cell lies in the reader's buffer.
struct CSVFieldSpan {
    /// Content bounds: inside the quotes for a quoted cell.
    var start: Int
    var end: Int
    var quoted: Bool
    /// The quoted content holds doubled quotes to undouble.
    var hasEscapes: Bool
    /// Bytes after a closing quote (malformed input), kept apart so the
    /// scanner's caller can report them.
    var trailingStart: Int
    var trailingEnd: Int

    var isPlainSlice: Bool { !hasEscapes && trailingStart == trailingEnd }
}

/// What scanning one record from a buffer found.
enum CSVScanOutcome {
    /// The record may continue past the buffer: read more and scan again.
    case needMoreData
    /// No bytes are left.
    case endOfFile
    /// A complete record; its cells are in the spans array.
    case record(next: Int, lineBreaks: Int, problem: CSVError.Reason?)
    /// A quoted cell is still open at the end of the file.
    case unterminatedQuote
}

/// The RFC 4180 state machine, as a pure function over a contiguous buffer.
///
/// It finds cell boundaries without building strings, so a record cut off by
/// the end of a chunk is simply scanned again once more bytes are in (the
/// reader grows its reads geometrically, which keeps re-scans linear).
struct CSVScanner {
    let delimiter: UInt8

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Scans the record starting at `start`.
    /// - Parameter isFinal: no more bytes will come, so the buffer's end is the file's end.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool, spans: inout [CSVFieldSpan]) -> CSVScanOutcome {
        spans.removeAll(keepingCapacity: true)
        let count = bytes.count
        if start == count { return isFinal ? .endOfFile : .needMoreData }
        var index = start
        var lineBreaks = 0
        var problem: CSVError.Reason?

        while true {
            if index == count {
                // Only reached right after a delimiter: the last cell is empty.
                guard isFinal else { return .needMoreData }
                spans.append(CSVFieldSpan(start: index, end: index, quoted: false, hasEscapes: false, trailingStart: index, trailingEnd: index))
                return .record(next: index, lineBreaks: lineBreaks, problem: problem)
            }
            if bytes[index] == Self.quote {
                let contentStart = index + 1
                var cursor = contentStart
                var hasEscapes = false
                var closing = -1
                while cursor < count {
                    let byte = bytes[cursor]
                    if byte == Self.quote {
                        guard cursor + 1 < count else {
                            // A quote at the buffer's end may be the first half of `""`.
                            guard isFinal else { return .needMoreData }
                            closing = cursor
                            break
                        }
                        if bytes[cursor + 1] == Self.quote {
                            hasEscapes = true
                            cursor += 2
                            continue
                        }
                        closing = cursor
                        break
                    } else if byte == Self.lineFeed {
                        lineBreaks += 1
                    } else if byte == Self.carriageReturn {
                        // `\r\n` is one line break: count it at the `\n`.
                        guard cursor + 1 < count else {
                            guard isFinal else { return .needMoreData }
                            lineBreaks += 1
                            cursor += 1
                            continue
                        }
                        if bytes[cursor + 1] != Self.lineFeed { lineBreaks += 1 }
                    }
                    cursor += 1
                }
                if closing < 0 { return isFinal ? .unterminatedQuote : .needMoreData }
                var after = closing + 1
                while after < count, !isCellEnd(bytes[after]) { after += 1 }
                if after == count, !isFinal { return .needMoreData }
                if after > closing + 1, problem == nil { problem = .textAfterClosingQuote(field: spans.count) }
                spans.append(CSVFieldSpan(start: contentStart, end: closing, quoted: true, hasEscapes: hasEscapes, trailingStart: closing + 1, trailingEnd: after))
                index = after
            } else {
                var cursor = index
                while cursor < count, !isCellEnd(bytes[cursor]) { cursor += 1 }
                if cursor == count, !isFinal { return .needMoreData }
                spans.append(CSVFieldSpan(start: index, end: cursor, quoted: false, hasEscapes: false, trailingStart: cursor, trailingEnd: cursor))
                index = cursor
            }

            // `index` is now on a delimiter, a line break, or the end of the file.
            if index == count { return .record(next: index, lineBreaks: lineBreaks, problem: problem) }
            let terminator = bytes[index]
            if terminator == delimiter {
                index += 1
                continue
            }
            if terminator == Self.carriageReturn {
                guard index + 1 < count else {
                    guard isFinal else { return .needMoreData }
                    return .record(next: index + 1, lineBreaks: lineBreaks + 1, problem: problem)
                }
                let next = bytes[index + 1] == Self.lineFeed ? index + 2 : index + 1
                return .record(next: next, lineBreaks: lineBreaks + 1, problem: problem)
            }
            return .record(next: index + 1, lineBreaks: lineBreaks + 1, problem: problem)
        }
    }

    @inline(__always)
    private func isCellEnd(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn
    }
}
