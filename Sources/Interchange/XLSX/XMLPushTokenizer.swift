import Foundation

/// Attributes of one start tag, with qualified names as written (`r`, `r:id`).
struct XMLAttributes {
    var items: [(name: String, value: String)] = []

    subscript(name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// The value of a namespaced attribute whatever its prefix (`r:id`, `ns2:id`).
    func prefixed(localName: String) -> String? {
        items.first { item in
            guard let colon = item.name.lastIndex(of: ":") else { return false }
            return item.name[item.name.index(after: colon)...] == localName
        }?.value
    }
}

/// Receives what ``XMLPushTokenizer`` finds. Element names arrive without
/// their namespace prefix (`x:row` → `row`), as some writers prefix them.
protocol XMLEventHandler: AnyObject {
    /// Whether text should be decoded now; false skips the work for
    /// whitespace between tags and for elements the handler ignores.
    var wantsText: Bool { get }
    func startElement(_ name: String, attributes: XMLAttributes) throws
    func endElement(_ name: String) throws
    func text(_ text: String) throws
}

/// A small push tokenizer for the XML parts of a workbook.
///
/// ZIPFoundation hands a decompressed entry over in chunks through a callback,
/// which `XMLParser(stream:)` cannot consume without a temporary file or a
/// second thread. A temporary file would put decompressed case data on disk,
/// so this tokenizer takes the chunks directly and keeps only an unfinished
/// token between them: memory stays flat for any sheet size.
///
/// It reads what SpreadsheetML uses: elements, attributes, character and the
/// five predefined entity references, CDATA, comments and processing
/// instructions. A document type declaration is refused: OOXML parts never
/// have one, and refusing it rules out entity-expansion attacks.
final class XMLPushTokenizer {
    private let handler: any XMLEventHandler
    private let part: String
    private var pending: [UInt8] = []

    init(handler: any XMLEventHandler, part: String) {
        self.handler = handler
        self.part = part
    }

    func feed(_ data: Data) throws {
        pending.append(contentsOf: data)
        try drain(isFinal: false)
    }

    func finish() throws {
        try drain(isFinal: true)
    }

    /// The longest single token (tag, text run, CDATA section) accepted. An
    /// unfinished token is scanned again with each chunk, so a huge one would
    /// cost quadratic time as well as memory; real cells hold at most 32,767
    /// characters, so this only stops damaged or hostile files.
    static let maximumTokenBytes = 16 * 1024 * 1024

    private func drain(isFinal: Bool) throws {
        var consumed = 0
        defer { if consumed > 0 { pending.removeSubrange(0..<consumed) } }
        try pending.withUnsafeBufferPointer { buffer in
            var position = 0
            while position < buffer.count {
                guard let next = try token(in: buffer, at: position, isFinal: isFinal) else { break }
                position = next
                consumed = position
            }
        }
        if pending.count - consumed > Self.maximumTokenBytes {
            throw XLSXError.malformed(part: part, reason: "an XML token is longer than \(Self.maximumTokenBytes) bytes")
        }
    }

    /// Handles the token at `position`; returns where the next one starts, or
    /// `nil` when the token may continue in the next chunk.
    private func token(in buffer: UnsafeBufferPointer<UInt8>, at position: Int, isFinal: Bool) throws -> Int? {
        let lessThan = UInt8(ascii: "<")
        if buffer[position] != lessThan {
            let end = find(lessThan, in: buffer, from: position) ?? (isFinal ? buffer.count : nil)
            guard let end else { return nil }
            if handler.wantsText { try handler.text(XMLText.decode(UnsafeBufferPointer(rebasing: buffer[position..<end]))) }
            return end
        }
        if starts(buffer, at: position, with: "<?") {
            return try skip(to: "?>", in: buffer, from: position + 2, isFinal: isFinal)
        }
        if starts(buffer, at: position, with: "<!--") {
            return try skip(to: "-->", in: buffer, from: position + 4, isFinal: isFinal)
        }
        if starts(buffer, at: position, with: "<![CDATA[") {
            guard let end = try skip(to: "]]>", in: buffer, from: position + 9, isFinal: isFinal) else { return nil }
            if handler.wantsText {
                try handler.text(String(decoding: UnsafeBufferPointer(rebasing: buffer[(position + 9)..<(end - 3)]), as: UTF8.self))
            }
            return end
        }
        if buffer.count - position < 9, !isFinal {
            // Too short to tell a CDATA section or comment from a tag yet.
            return nil
        }
        if starts(buffer, at: position, with: "<!") {
            throw XLSXError.malformed(part: part, reason: "document type declarations are not allowed")
        }
        guard let close = findTagEnd(in: buffer, from: position + 1) else {
            if isFinal { throw XLSXError.malformed(part: part, reason: "unclosed tag at the end") }
            return nil
        }
        try tag(UnsafeBufferPointer(rebasing: buffer[(position + 1)..<close]))
        return close + 1
    }

    private func tag(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let first = bytes.first else { throw XLSXError.malformed(part: part, reason: "empty tag") }
        if first == UInt8(ascii: "/") {
            let name = XMLText.plain(UnsafeBufferPointer(rebasing: bytes[1...])).trimmingCharacters(in: .whitespacesAndNewlines)
            try handler.endElement(Self.localName(name))
            return
        }
        var end = bytes.count
        while end > 0, XMLText.isSpace(bytes[end - 1]) { end -= 1 }
        let selfClosing = end > 0 && bytes[end - 1] == UInt8(ascii: "/")
        if selfClosing { end -= 1 }
        var cursor = 0
        while cursor < end, !XMLText.isSpace(bytes[cursor]) { cursor += 1 }
        let name = Self.localName(XMLText.plain(UnsafeBufferPointer(rebasing: bytes[0..<cursor])))
        let attributes = try parseAttributes(UnsafeBufferPointer(rebasing: bytes[cursor..<end]))
        try handler.startElement(name, attributes: attributes)
        if selfClosing { try handler.endElement(name) }
    }

    private func parseAttributes(_ bytes: UnsafeBufferPointer<UInt8>) throws -> XMLAttributes {
        var attributes = XMLAttributes()
        var cursor = 0
        let count = bytes.count
        while true {
            while cursor < count, XMLText.isSpace(bytes[cursor]) { cursor += 1 }
            if cursor == count { return attributes }
            let nameStart = cursor
            while cursor < count, bytes[cursor] != UInt8(ascii: "="), !XMLText.isSpace(bytes[cursor]) { cursor += 1 }
            let name = XMLText.plain(UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor]))
            while cursor < count, XMLText.isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < count, bytes[cursor] == UInt8(ascii: "=") else {
                throw XLSXError.malformed(part: part, reason: "attribute \(name) has no value")
            }
            cursor += 1
            while cursor < count, XMLText.isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") else {
                throw XLSXError.malformed(part: part, reason: "attribute \(name) is not quoted")
            }
            let quote = bytes[cursor]
            let valueStart = cursor + 1
            guard let valueEnd = find(quote, in: bytes, from: valueStart) else {
                throw XLSXError.malformed(part: part, reason: "attribute \(name) is not closed")
            }
            attributes.items.append((name, XMLText.decode(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), isAttribute: true)))
            cursor = valueEnd + 1
        }
    }

    // MARK: Byte helpers

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private func find(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < buffer.count {
            if buffer[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The `>` ending a tag, skipping any inside quoted attribute values.
    private func findTagEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8 = 0
        var index = start
        while index < buffer.count {
            let byte = buffer[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    private func starts(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int, with prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard buffer.count - position >= length else { return false }
        return prefix.withUTF8Buffer { wanted in
            (0..<length).allSatisfy { buffer[position + $0] == wanted[$0] }
        }
    }

    /// The index just past `terminator`, or `nil` if it is not in the buffer yet.
    private func skip(to terminator: StaticString, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool) throws -> Int? {
        var index = start
        while index < buffer.count {
            if starts(buffer, at: index, with: terminator) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        if isFinal { throw XLSXError.malformed(part: part, reason: "unterminated \(terminator) section") }
        return nil
    }
}
