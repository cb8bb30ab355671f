/// Runs the whole layout: blocks → boxes → pages → footers.
///
/// Layout is complete before a single byte is written, which is what lets every footer
/// print the total page count.
struct DocumentLayouter {
    var document: PDFDocument

    func layout() -> [LaidOutPage] {
        let geometry = PageGeometry(pageSize: document.pageSize)
        let blockLayouter = BlockLayouter(textWidth: geometry.textWidth)
        let boxes = document.blocks.flatMap(blockLayouter.boxes(for:))
        var pages = Paginator(geometry: geometry).paginate(boxes)
        let footer = FooterBuilder(geometry: geometry, title: document.title)
        for index in pages.indices {
            pages[index].elements += footer.footer(page: index + 1, of: pages.count)
        }
        return pages
    }
}
