/// Where a record stands in the editorial workflow.
///
/// The public sees the last published version only: editing a published
/// record makes a new draft beside it (`publishedWithDraft`) until the editor
/// publishes again, so half-finished edits never leak.
public enum KnowledgeStatus: String, Codable, Sendable, CaseIterable {
    /// Never published.
    case draft = "Draft"
    /// Published, and the draft equals what is published.
    case published = "Published"
    /// Published, with unpublished edits.
    case publishedWithDraft = "PublishedWithDraft"
    /// Taken down: was published, is no longer public.
    case withdrawn = "Withdrawn"

    /// Whether the public sees a version of the record.
    public var isPublic: Bool { self == .published || self == .publishedWithDraft }
}
