import Localization

/// A UN document the awareness pages quote. The Chinese pages quote its
/// official Chinese text word for word (a test checks each quotation against
/// `../shared/data/un_documents`); the English pages carry our rendering.
enum AwarenessDocument: String, CaseIterable, Sendable {
    /// General Assembly resolution 76/7: the 2021 Political Declaration on the
    /// Global Plan of Action to Combat Trafficking in Persons.
    case politicalDeclaration2021
    /// The report of the Working Group on Trafficking in Persons, Vienna,
    /// 12–13 October 2021: recommendations on technology and procurement, and
    /// the Chair's summary of the discussion.
    case workingGroup2021

    /// The document symbol, the same in every language.
    var symbol: String {
        switch self {
        case .politicalDeclaration2021: "A/RES/76/7"
        // The converted text does not print its own symbol; the Working Group's meeting
        // reports follow its background papers (/1–/3; /5 is the compilation). See docs/awareness.md.
        case .workingGroup2021: "CTOC/COP/WG.4/2021/4"
        }
    }

    var title: TextKey {
        switch self {
        case .politicalDeclaration2021: .awarenessDocPoliticalDeclaration
        case .workingGroup2021: .awarenessDocWorkingGroup
        }
    }

    /// The file of `../shared/data/un_documents` that holds the official Chinese text.
    var file: String {
        switch self {
        case .politicalDeclaration2021: "ga_resolution_76-7_political_declaration_2021.zh.txt"
        case .workingGroup2021: "working_group_on_tip_report_2021-10.zh.txt"
        }
    }
}

/// Where in a document a passage stands.
struct AwarenessCitation: Hashable, Sendable {
    enum Place: Hashable, Sendable {
        /// A numbered paragraph, e.g. `26` or `24 (a)`.
        case paragraph(String)
        /// One of the Working Group's adopted recommendations, e.g. `10 (c)`.
        case recommendation(String)
        /// A paragraph of the Chair's summary of the discussion: what speakers said,
        /// not what the Working Group adopted, and the page says so.
        case discussion(String)
    }

    let document: AwarenessDocument
    let place: Place

    static func declaration(_ paragraph: String) -> AwarenessCitation { .init(document: .politicalDeclaration2021, place: .paragraph(paragraph)) }
    static func recommendation(_ number: String) -> AwarenessCitation { .init(document: .workingGroup2021, place: .recommendation(number)) }
    static func discussion(_ paragraph: String) -> AwarenessCitation { .init(document: .workingGroup2021, place: .discussion(paragraph)) }

    /// "A/RES/76/7, paragraph 26" in the reader's language.
    func label(_ t: Localizer) -> String {
        switch place {
        case .paragraph(let number): t(.awarenessCiteParagraph, ["document": document.symbol, "number": number])
        case .recommendation(let number): t(.awarenessCiteRecommendation, ["document": document.symbol, "number": number])
        case .discussion(let number): t(.awarenessCiteDiscussion, ["document": document.symbol, "number": number])
        }
    }
}
