/// The fixed parts of the package, and those that only list the sheets.
///
/// Each part is the smallest that Excel opens without a repair prompt. The
/// optional document properties (`docProps/`) and theme are left out: Excel
/// and LibreOffice open a workbook without them.
enum XLSXPackageParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// `[Content_Types].xml`: the media type of every part.
    static func contentTypes(sheetCount: Int, hasSharedStrings: Bool) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(contentTypePrefix).sheet.main+xml\"/>"
        for number in 1...sheetCount {
            xml += "<Override PartName=\"/\(worksheetPath(number))\" ContentType=\"\(contentTypePrefix).worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(contentTypePrefix).styles+xml\"/>"
        if hasSharedStrings {
            xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(contentTypePrefix).sharedStrings+xml\"/>"
        }
        return xml + "</Types>"
    }

    /// `_rels/.rels`: where the workbook is.
    static let packageRelationships = declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    /// `xl/workbook.xml`: the sheets in tab order. Sheet `n` is relationship `rIdn`.
    static func workbook(sheetNames: [String]) -> [UInt8] {
        var bytes = Array((declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>").utf8)
        for (offset, name) in sheetNames.enumerated() {
            bytes.append(contentsOf: "<sheet name=\"".utf8)
            XLSXWriterEscaping.appendAttribute(name, to: &bytes)
            bytes.append(contentsOf: "\" sheetId=\"\(offset + 1)\" r:id=\"rId\(offset + 1)\"/>".utf8)
        }
        bytes.append(contentsOf: "</sheets></workbook>".utf8)
        return bytes
    }

    /// `xl/_rels/workbook.xml.rels`: the sheets, then the styles and shared strings.
    static func workbookRelationships(sheetCount: Int, hasSharedStrings: Bool) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        for number in 1...sheetCount {
            xml += "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        if hasSharedStrings {
            xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        return xml + "</Relationships>"
    }

    /// `xl/styles.xml`: cell format 0 is the default, 1 the header (bold, tinted,
    /// underlined by a thin border). Fills 0 and 1 are the two every workbook
    /// must have (Excel reserves them), so the tint is fill 2.
    static let styles = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\">"
        + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "</fonts>"
        + "<fills count=\"3\">"
        + "<fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        + "</fills>"
        + "<borders count=\"2\">"
        + "<border><left/><right/><top/><bottom/><diagonal/></border>"
        + "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
        + "</borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    static func worksheetPath(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }
}
