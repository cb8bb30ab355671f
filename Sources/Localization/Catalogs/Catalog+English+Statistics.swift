extension Catalog {
    /// English: national statistics (GLOTIP tables, SDG 16.2.2, trends, routes, services) and the
    /// criminal-justice stages they count.
    static let englishStatistics: [TextKey: String] = [
        .fieldRepatriatedTo: "Country of repatriation",
        .fieldRepatriatedOn: "Repatriated in",
        .justiceStagesHeading: "Criminal justice",
        .justiceStageAdd: "Record a criminal-justice stage",
        .justiceStageDelete: "Remove",
        .justiceStagePerpetrator: "Perpetrator",
        .justiceStageField: "Stage",
        .justiceStageHint: "Formal contact: suspected, arrested or cautioned by the police.",
        .justiceStageDate: "Date reached",
        .justiceStageArticle: "Criminal-code article",
        .justiceStageArticleHint: "Optional, e.g. Art. 165. Offences are counted by case and article.",
        .justiceStageFormalContact: "Brought into formal contact",
        .justiceStageProsecuted: "Prosecuted",
        .justiceStageConvicted: "Convicted",
        .caseJusticeStageAdded: "The criminal-justice stage was recorded.",
        .caseJusticeStageDeleted: "The criminal-justice stage was removed.",
        .recordTypeNationalStatistics: "National statistics",
    ]
}
