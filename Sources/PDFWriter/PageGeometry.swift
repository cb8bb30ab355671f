/// Where things go on a page, in PDF points with the origin at the bottom left.
struct PageGeometry: Sendable, Hashable {
    var width: Double
    var height: Double
    var marginLeft: Double = 56
    var marginRight: Double = 56
    var marginTop: Double = 56
    /// Larger than the top margin because the footer lives in it.
    var marginBottom: Double = 64
    /// Baseline of the footer line, well inside the bottom margin.
    var footerBaseline: Double = 34

    init(pageSize: PDFPageSize) {
        width = pageSize.width
        height = pageSize.height
    }

    var textWidth: Double { width - marginLeft - marginRight }
    /// Top edge of the text area; the first line of a page starts here.
    var contentTop: Double { height - marginTop }
    /// No line of body text may reach below this.
    var contentBottom: Double { marginBottom }
}
