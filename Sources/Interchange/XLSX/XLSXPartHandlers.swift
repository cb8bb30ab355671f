/// A relationship of an OPC part (`_rels/*.rels`).
struct XLSXRelationship {
    let id: String
    let type: String
    let target: String
}

/// Collects the `Relationship` elements of a `.rels` part.
final class XLSXRelationshipsHandler: XMLEventHandler {
    private(set) var relationships: [XLSXRelationship] = []
    let wantsText = false

    func startElement(_ name: String, attributes: XMLAttributes) throws {
        guard name == "Relationship", attributes["TargetMode"] != "External",
              let id = attributes["Id"], let target = attributes["Target"] else { return }
        relationships.append(XLSXRelationship(id: id, type: attributes["Type"] ?? "", target: target))
    }

    func endElement(_ name: String) throws {}
    func text(_ text: String) throws {}
}

/// Collects the sheets listed in `workbook.xml`, in tab order.
final class XLSXWorkbookHandler: XMLEventHandler {
    private(set) var sheets: [(name: String, relationshipID: String)] = []
    let wantsText = false

    func startElement(_ name: String, attributes: XMLAttributes) throws {
        guard name == "sheet", let sheetName = attributes["name"], let id = attributes.prefixed(localName: "id") else { return }
        sheets.append((sheetName, id))
    }

    func endElement(_ name: String) throws {}
    func text(_ text: String) throws {}
}

/// Builds the shared-strings table: one entry per `si`, its `t` texts joined
/// (rich text has several runs), phonetic guides (`rPh`) left out.
final class XLSXSharedStringsHandler: XMLEventHandler {
    private(set) var strings: [String] = []
    private let limit: Int
    private var totalBytes = 0
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    init(limit: Int) {
        self.limit = limit
    }

    var wantsText: Bool { inText && phoneticDepth == 0 }

    func startElement(_ name: String, attributes: XMLAttributes) throws {
        switch name {
        case "si": inItem = true; current = ""
        case "t": inText = inItem
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func endElement(_ name: String) throws {
        switch name {
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        case "si":
            inItem = false
            totalBytes += current.utf8.count
            if totalBytes > limit { throw XLSXError.sharedStringsTooLarge(limit: limit) }
            strings.append(XMLText.resolveOOXMLEscapes(current))
        default: break
        }
    }

    func text(_ text: String) throws {
        current += text
    }
}
