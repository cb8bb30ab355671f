/// Places boxes on pages top to bottom, starting a new page whenever the next line
/// would reach into the bottom margin.
struct Paginator {
    var geometry: PageGeometry

    private struct State {
        var pages: [LaidOutPage] = []
        var current = LaidOutPage()
        var cursor: Double          // top of the free space on the current page
        var hasContent = false
        var previousSpaceAfter = 0.0
    }

    /// Returns at least one page, so that an empty document is still a valid PDF.
    func paginate(_ boxes: [LayoutBox]) -> [LaidOutPage] {
        var state = State(cursor: geometry.contentTop)

        func newPage() {
            state.pages.append(state.current)
            state.current = LaidOutPage()
            state.cursor = geometry.contentTop
            state.hasContent = false
            state.previousSpaceAfter = 0
        }
        func fits(_ height: Double) -> Bool {
            state.cursor - height >= geometry.contentBottom - 1e-9
        }

        for index in boxes.indices {
            let box = boxes[index]
            if case .pageBreak = box.content {
                if state.hasContent { newPage() }
                continue
            }
            // Collapsing margins: the gap between two blocks is the larger of the two spacings.
            var gap = state.hasContent ? max(state.previousSpaceAfter, box.spaceBefore) : 0
            if box.keepWithNext, state.hasContent, !fits(gap + keepTogetherHeight(boxes, from: index)) {
                newPage()
                gap = 0
            }
            switch box.content {
            case .rule:
                if state.hasContent, !fits(gap + LayoutBox.ruleHeight) {
                    newPage()
                    gap = 0
                }
                let y = state.cursor - gap - LayoutBox.ruleHeight / 2
                state.current.elements.append(
                    .rule(y: y, fromX: geometry.marginLeft, toX: geometry.marginLeft + geometry.textWidth)
                )
                state.cursor -= gap + LayoutBox.ruleHeight
                state.hasContent = true
            case .lines(let lines):
                for line in lines {
                    if state.hasContent, !fits(gap + line.height) {
                        newPage()
                        gap = 0
                    }
                    let baseline = state.cursor - gap - line.baselineOffset
                    state.current.elements.append(.text(line, x: geometry.marginLeft, baseline: baseline))
                    state.cursor -= gap + line.height
                    state.hasContent = true
                    gap = 0
                }
            case .pageBreak:
                break
            }
            state.previousSpaceAfter = box.spaceAfter
        }
        if state.hasContent || state.pages.isEmpty { state.pages.append(state.current) }
        return state.pages
    }

    /// Height from the top of `boxes[start]` down to the first line of the first box that
    /// is not kept with its successor (a heading followed by a subheading keeps both with
    /// the text). The gap above `start` itself is not included.
    private func keepTogetherHeight(_ boxes: [LayoutBox], from start: Int) -> Double {
        var total = 0.0
        var index = start
        while index < boxes.count {
            let box = boxes[index]
            if case .pageBreak = box.content { break }
            let gap = index == start ? 0 : max(boxes[index - 1].spaceAfter, box.spaceBefore)
            if box.keepWithNext {
                total += gap + box.fullHeight
                index += 1
            } else {
                total += gap + box.firstLineHeight
                break
            }
        }
        return total
    }
}
