/// The paper size of every page of a ``PDFDocument``.
///
/// Only the two sizes our users print on are offered; a free-form size would invite
/// layouts (narrow columns, tiny pages) that the fixed margins were never tuned for.
public enum PDFPageSize: Sendable, Hashable {
    /// ISO A4, 210 × 297 mm, rounded to whole points (595 × 842) as most PDF producers do.
    case a4
    /// US Letter, 8.5 × 11 in (612 × 792 pt).
    case letter

    /// Page width in PDF points (1/72 in).
    var width: Double {
        switch self {
        case .a4: 595
        case .letter: 612
        }
    }

    /// Page height in PDF points (1/72 in).
    var height: Double {
        switch self {
        case .a4: 842
        case .letter: 792
        }
    }
}
