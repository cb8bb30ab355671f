import Foundation

/// A simple multi-page text document (a "case digest") that renders to PDF bytes.
///
/// It is a plain value: build it on any thread, copy it, render it as often as needed.
/// Text may be English, Simplified Chinese or both mixed. Latin text uses the standard
/// Helvetica fonts and Chinese uses the non-embedded Adobe font STSong-Light, so no font
/// file is shipped and the PDFs stay small; readers substitute an installed Chinese font.
///
/// ```swift
/// var digest = PDFDocument(title: "Case digest", author: "Libertas")
/// digest.add(.title("Case digest"))
/// digest.add(.field(label: "Court", value: "Supreme People's Court"))
/// digest.add(.paragraph("劳动监察 …"))
/// let bytes = digest.render()
/// ```
public struct PDFDocument: Sendable, Hashable {
    /// Document title: written to the PDF metadata (shown by viewers instead of the file
    /// name) and printed in every page footer.
    public var title: String
    /// Optional author for the PDF metadata.
    public var author: String?
    /// Optional creation date for the PDF metadata. Never defaulted to "now", so that the
    /// same content always renders to the same bytes.
    public var creationDate: Date?
    /// Paper size of every page.
    public var pageSize: PDFPageSize
    /// Optional BCP 47 language tag ("en", "zh-CN") written as the document's /Lang, which
    /// screen readers use to pick a voice. Omitted when nil, since a wrong tag is worse than none.
    public var language: String?
    /// The content, in reading order.
    public private(set) var blocks: [PDFBlock] = []

    /// Creates an empty document.
    /// - Parameters:
    ///   - title: metadata title and footer text.
    ///   - author: metadata author, omitted when nil.
    ///   - creationDate: metadata creation date, omitted when nil (keeps output reproducible).
    ///   - pageSize: paper size, A4 unless the reader's region prints on Letter.
    ///   - language: BCP 47 tag for the /Lang entry, omitted when nil.
    public init(
        title: String,
        author: String? = nil,
        creationDate: Date? = nil,
        pageSize: PDFPageSize = .a4,
        language: String? = nil
    ) {
        self.title = title
        self.author = author
        self.creationDate = creationDate
        self.pageSize = pageSize
        self.language = language
    }

    /// Appends a block after the current content.
    public mutating func add(_ block: PDFBlock) {
        blocks.append(block)
    }

    /// Lays the document out and returns the complete PDF file.
    ///
    /// Deterministic: equal documents give byte-identical output (no random IDs, no clock),
    /// which keeps tests and caches simple. Characters that no font of the document can show
    /// (emoji, for instance) are printed as "?" so the file is never broken.
    public func render() -> Data {
        let pages = layout()
        return Data(PDFFileWriter(document: self, pages: pages).write())
    }

    /// Runs the layout alone. Internal so tests can check line widths and page breaks.
    func layout() -> [LaidOutPage] {
        DocumentLayouter(document: self).layout()
    }
}
