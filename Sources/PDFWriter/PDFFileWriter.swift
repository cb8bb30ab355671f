/// Serialises a laid-out document: objects, cross-reference table, trailer (§7.5).
///
/// Objects are numbered in a fixed order (catalog, page tree, info, fonts, then each page
/// and its content), so identical documents produce identical files.
struct PDFFileWriter {
    var document: PDFDocument
    var pages: [LaidOutPage]

    private var bytes: [UInt8] = []
    /// Byte offset of each object, indexed by object number (index 0 is the free head).
    private var offsets: [Int] = [0]

    init(document: PDFDocument, pages: [LaidOutPage]) {
        self.document = document
        self.pages = pages
    }

    private enum ObjectNumber {
        static let catalog = 1
        static let pageTree = 2
        static let info = 3
        static let helvetica = 4
        static let helveticaBold = 5
        static let chineseFont = 6
        static let chineseDescendant = 7
        static let chineseDescriptor = 8
        static let chineseToUnicode = 9
    }

    func write() -> [UInt8] {
        var writer = self
        return writer.assemble()
    }

    private mutating func assemble() -> [UInt8] {
        let chineseCodes = Self.chineseCodes(in: pages)
        let usesChinese = !chineseCodes.isEmpty
        let firstPageObject = usesChinese ? 10 : 6
        let pageObjects = pages.indices.map { firstPageObject + 2 * $0 }

        // Header; the comment of four bytes above 127 tells transfer tools the file is binary.
        append("%PDF-1.4\n")
        bytes += [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]

        var catalog = "<< /Type /Catalog /Pages \(ObjectNumber.pageTree) 0 R"
        if let language = document.language, !language.isEmpty {
            catalog += " /Lang \(PDFSyntax.textString(language))"
        }
        // Show the title, not the file name, in the viewer's window bar.
        catalog += " /ViewerPreferences << /DisplayDocTitle true >> >>"
        object(ObjectNumber.catalog, catalog)

        let kids = pageObjects.map { "\($0) 0 R" }.joined(separator: " ")
        object(ObjectNumber.pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")

        var info = "<< /Title \(PDFSyntax.textString(document.title))"
        if let author = document.author { info += " /Author \(PDFSyntax.textString(author))" }
        info += " /Producer (Libertas PDFWriter)"
        if let date = document.creationDate {
            info += " /CreationDate (\(PDFDateFormatter.string(from: date)))"
        }
        object(ObjectNumber.info, info + " >>")

        object(ObjectNumber.helvetica, Self.standardFont("Helvetica"))
        object(ObjectNumber.helveticaBold, Self.standardFont("Helvetica-Bold"))
        if usesChinese { writeChineseFont(codes: chineseCodes) }

        var fonts = "/F1 \(ObjectNumber.helvetica) 0 R /F2 \(ObjectNumber.helveticaBold) 0 R"
        if usesChinese { fonts += " /F3 \(ObjectNumber.chineseFont) 0 R" }
        let media = "[0 0 \(PDFSyntax.number(document.pageSize.width)) \(PDFSyntax.number(document.pageSize.height))]"
        for (page, number) in zip(pages, pageObjects) {
            object(number, """
                << /Type /Page /Parent \(ObjectNumber.pageTree) 0 R /MediaBox \(media) \
                /Resources << /Font << \(fonts) >> /ProcSet [/PDF /Text] >> /Contents \(number + 1) 0 R >>
                """)
            stream(number + 1, dictionary: "", content: ContentStreamBuilder.build(page: page))
        }

        let xrefOffset = bytes.count
        append("xref\n0 \(offsets.count)\n")
        // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space, LF.
        append("0000000000 65535 f \n")
        for offset in offsets.dropFirst() {
            let digits = String(offset)
            append(String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n")
        }
        let id = DocumentID.hex(of: bytes)
        append("""
            trailer
            << /Size \(offsets.count) /Root \(ObjectNumber.catalog) 0 R /Info \(ObjectNumber.info) 0 R /ID [<\(id)> <\(id)>] >>
            startxref
            \(xrefOffset)
            %%EOF

            """)
        return bytes
    }

    /// The Chinese font: a Type0 font over the non-embedded CIDFont STSong-Light.
    ///
    /// STSong-Light is one of Adobe's predefined Asian fonts: readers know it by name and
    /// substitute an installed Chinese font, so nothing is embedded. `UniGB-UCS2-H` lets the
    /// content stream use plain UCS-2 codes; /DW 1000 makes every glyph one em wide.
    private mutating func writeChineseFont(codes: Set<UInt16>) {
        object(ObjectNumber.chineseFont, """
            << /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H \
            /DescendantFonts [\(ObjectNumber.chineseDescendant) 0 R] /ToUnicode \(ObjectNumber.chineseToUnicode) 0 R >>
            """)
        object(ObjectNumber.chineseDescendant, """
            << /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light \
            /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> \
            /FontDescriptor \(ObjectNumber.chineseDescriptor) 0 R /DW 1000 >>
            """)
        // Metrics as Adobe publishes them for STSong-Light; readers use them to pick and
        // scale the substitute font. Flags 6 = serif + symbolic (non-Latin character set).
        object(ObjectNumber.chineseDescriptor, """
            << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] \
            /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>
            """)
        stream(ObjectNumber.chineseToUnicode, dictionary: "", content: ToUnicodeCMap.make(codes: codes))
    }

    /// A standard-14 font: never embedded, widths known to every reader.
    private static func standardFont(_ name: String) -> String {
        "<< /Type /Font /Subtype /Type1 /BaseFont /\(name) /Encoding /WinAnsiEncoding >>"
    }

    private static func chineseCodes(in pages: [LaidOutPage]) -> Set<UInt16> {
        var codes = Set<UInt16>()
        for page in pages {
            for line in page.lines {
                for run in line.runs where run.face.family == .chinese {
                    codes.formUnion(run.glyphs.map(\.code))
                }
            }
        }
        return codes
    }

    private mutating func object(_ number: Int, _ body: String) {
        begin(number)
        append(body + "\nendobj\n")
    }

    /// A stream object. The content is ASCII, so its UTF-8 length is its byte length.
    private mutating func stream(_ number: Int, dictionary: String, content: String) {
        let data = Array(content.utf8)
        begin(number)
        append("<< /Length \(data.count)\(dictionary) >>\nstream\n")
        bytes += data
        append("\nendstream\nendobj\n")
    }

    private mutating func begin(_ number: Int) {
        precondition(number == offsets.count, "objects must be written in numeric order")
        offsets.append(bytes.count)
        append("\(number) 0 obj\n")
    }

    private mutating func append(_ text: String) {
        bytes += Array(text.utf8)
    }
}
