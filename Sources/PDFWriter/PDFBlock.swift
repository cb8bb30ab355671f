/// One piece of document content, laid out top to bottom in the order it was added.
///
/// The set is deliberately small: a case digest is headings, labelled facts and prose.
/// Anything richer (tables, images) belongs in a real typesetting tool, not in the server.
public enum PDFBlock: Sendable, Hashable {
    /// Large bold text, meant as the first block of the first page.
    case title(String)
    /// Bold section heading. It is never left alone at the bottom of a page: if it
    /// cannot share the page with the first line of the following block, it moves on.
    case heading(String)
    /// Smaller bold heading inside a section; kept with the next block like ``heading(_:)``.
    case subheading(String)
    /// Body text, wrapped to the text width. A blank line in the string starts a new
    /// paragraph; a single line break is kept as a line break, because text typed into
    /// forms uses it on purpose (addresses, short lists).
    case paragraph(String)
    /// A labelled value, printed as "**Label:** value" with the value wrapped like a paragraph.
    case field(label: String, value: String)
    /// A thin horizontal line across the text width, to separate entries.
    case rule
    /// Continues on a new page. Ignored at the top of a still empty page, so an automatic
    /// break followed by an explicit one never produces a blank page.
    case pageBreak
}
