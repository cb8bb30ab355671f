/// An article of the Trafficking in Persons Protocol (`TIP-…`) or of the
/// Convention against Transnational Organized Crime it supplements (`UNTOC-…`).
///
/// Article 3 of the Protocol is split into its sub-paragraphs because cases
/// turn on them: 3(a) the definition, 3(b) consent, 3(c) children.
public enum ProtocolArticle: String, KnowledgeVocabulary {
    case tip2 = "TIP-2", tip3a = "TIP-3a", tip3b = "TIP-3b", tip3c = "TIP-3c", tip3d = "TIP-3d"
    case tip4 = "TIP-4", tip5 = "TIP-5", tip6 = "TIP-6", tip7 = "TIP-7", tip8 = "TIP-8"
    case tip9 = "TIP-9", tip10 = "TIP-10", tip11 = "TIP-11", tip12 = "TIP-12", tip13 = "TIP-13"
    case untoc2 = "UNTOC-2", untoc3 = "UNTOC-3", untoc5 = "UNTOC-5", untoc6 = "UNTOC-6", untoc8 = "UNTOC-8"
    case untoc10 = "UNTOC-10", untoc12 = "UNTOC-12", untoc13 = "UNTOC-13", untoc16 = "UNTOC-16", untoc18 = "UNTOC-18"
    case untoc20 = "UNTOC-20", untoc23 = "UNTOC-23", untoc24 = "UNTOC-24", untoc25 = "UNTOC-25", untoc26 = "UNTOC-26"
    public static let labelPrefix = "knowledgeArticle"
}
