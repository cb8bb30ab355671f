import Localization

/// The awareness section (issue 10): what trafficking is, its forms, its signs,
/// how traffickers control and recruit people. Every quotation comes from the
/// UN documents in `../shared/data/un_documents`, cited by symbol and paragraph;
/// docs/awareness.md lists where each passage comes from.
enum AwarenessContent {
    /// `/learn`: what trafficking is and what a survivor may expect.
    static let index = AwarenessTopic(slug: "", title: .awarenessIndexTitle, summary: .awarenessIndexSummary, sections: [
        AwarenessSection(heading: .awarenessWhatHeading, blocks: [
            .paragraph(.awarenessWhatText),
            .quote(.awarenessQuotePd4Definition, .declaration("4")),
            .paragraph(.awarenessWhatCrime),
            .quote(.awarenessQuotePd5, .declaration("5")),
        ]),
        AwarenessSection(heading: .awarenessRightsHeading, blocks: [
            .paragraph(.awarenessRightsText),
            .quote(.awarenessQuotePd12, .declaration("12")),
            .quote(.awarenessQuotePd13Justice, .declaration("13")),
            .quote(.awarenessQuotePd14, .declaration("14")),
        ]),
        AwarenessSection(heading: .awarenessWhyHeading, blocks: [
            .paragraph(.awarenessWhyText),
            .quote(.awarenessQuotePd8, .declaration("8")),
        ]),
    ])

    /// The four topic pages, in reading order.
    static let topics: [AwarenessTopic] = [forms, signs, control, recruitment]

    static let forms = AwarenessTopic(slug: "forms-of-trafficking", title: .awarenessFormsTitle, summary: .awarenessFormsSummary, sections: [
        AwarenessSection(heading: .awarenessFormsSexualHeading, blocks: [
            .paragraph(.awarenessFormsSexualText),
            .quote(.awarenessQuotePd11Women, .declaration("11")),
        ]),
        AwarenessSection(heading: .awarenessFormsLabourHeading, blocks: [
            .paragraph(.awarenessFormsLabourText),
            .quote(.awarenessQuotePd28Recruitment, .declaration("28")),
            .quote(.awarenessQuotePd24a, .declaration("24 (a)")),
        ]),
        AwarenessSection(heading: .awarenessFormsMarriageHeading, blocks: [
            .paragraph(.awarenessFormsMarriageText),
            .quote(.awarenessQuotePd25, .declaration("25")),
        ]),
        AwarenessSection(heading: .awarenessFormsOrgansHeading, blocks: [
            .paragraph(.awarenessFormsOrgansText),
            .quote(.awarenessQuotePd27, .declaration("27")),
        ]),
        AwarenessSection(heading: .awarenessFormsChildrenHeading, blocks: [
            .paragraph(.awarenessFormsChildrenText),
            .quote(.awarenessQuotePd10, .declaration("10")),
            .quote(.awarenessQuoteWg10Virtual, .discussion("10")),
        ]),
    ])

    static let signs = AwarenessTopic(slug: "indicators", title: .awarenessSignsTitle, summary: .awarenessSignsSummary, sections: [
        AwarenessSection(heading: .awarenessSignsWorkHeading, blocks: [
            .points([
                AwarenessPoint(.awarenessSignsFee, .recommendation("10 (c)")),
                AwarenessPoint(.awarenessSignsPapers, .recommendation("10 (c)")),
                AwarenessPoint(.awarenessSignsPromise, .recommendation("10 (c)")),
                AwarenessPoint(.awarenessSignsPay, .recommendation("10 (c)")),
            ]),
            .quote(.awarenessQuoteWgRec10c, .recommendation("10 (c)")),
        ]),
        AwarenessSection(heading: .awarenessSignsControlHeading, blocks: [
            .points([
                AwarenessPoint(.awarenessSignsLocked, .declaration("11")),
                AwarenessPoint(.awarenessSignsThreats, .declaration("4")),
                AwarenessPoint(.awarenessSignsPhone, .declaration("26")),
                AwarenessPoint(.awarenessSignsPolice, .declaration("13")),
            ]),
            .quote(.awarenessQuotePd11Confined, .declaration("11")),
        ]),
        AwarenessSection(heading: .awarenessSignsRiskHeading, blocks: [
            .paragraph(.awarenessSignsRiskText),
            .quote(.awarenessQuotePd9, .declaration("9")),
            .quote(.awarenessQuotePd11Covid, .declaration("11")),
        ]),
        AwarenessSection(heading: .awarenessSignsOthersHeading, blocks: [
            .paragraph(.awarenessSignsOthersText),
        ]),
    ])

    static let control = AwarenessTopic(slug: "control", title: .awarenessControlTitle, summary: .awarenessControlSummary, sections: [
        AwarenessSection(heading: .awarenessControlMeansHeading, blocks: [
            .paragraph(.awarenessControlMeansText),
            .quote(.awarenessQuotePd4Means, .declaration("4")),
        ]),
        AwarenessSection(heading: .awarenessControlOnlineHeading, blocks: [
            .paragraph(.awarenessControlOnlineText),
            .quote(.awarenessQuoteWg10Control, .discussion("10")),
        ]),
        AwarenessSection(heading: .awarenessControlFearHeading, blocks: [
            .paragraph(.awarenessControlFearText),
            .quote(.awarenessQuotePd13NonPunishment, .declaration("13")),
            .quote(.awarenessQuotePd28Firewall, .declaration("28")),
            .paragraph(.awarenessControlFearLaw),
        ]),
    ])

    static let recruitment = AwarenessTopic(slug: "recruitment", title: .awarenessRecruitTitle, summary: .awarenessRecruitSummary, sections: [
        AwarenessSection(heading: .awarenessRecruitOffersHeading, blocks: [
            .points([
                AwarenessPoint(.awarenessRecruitHighPay),
                AwarenessPoint(.awarenessRecruitTravelPaid),
                AwarenessPoint(.awarenessRecruitFee, .recommendation("10 (c)")),
                AwarenessPoint(.awarenessRecruitContract),
                AwarenessPoint(.awarenessRecruitSecret),
            ]),
            .quote(.awarenessQuoteWg19, .discussion("19")),
        ]),
        AwarenessSection(heading: .awarenessRecruitOnlineHeading, blocks: [
            .paragraph(.awarenessRecruitOnlineText),
            .quote(.awarenessQuotePd26, .declaration("26")),
            .quote(.awarenessQuoteWg13, .discussion("13")),
        ]),
        AwarenessSection(heading: .awarenessRecruitChildrenHeading, blocks: [
            .paragraph(.awarenessRecruitChildrenText),
            .quote(.awarenessQuoteWgRec4, .recommendation("4")),
            .quote(.awarenessQuoteWg15, .discussion("15")),
        ]),
        AwarenessSection(heading: .awarenessRecruitBeforeHeading, blocks: [
            .points([
                AwarenessPoint(.awarenessRecruitCheck),
                AwarenessPoint(.awarenessRecruitKeepPapers, .recommendation("10 (c)")),
                AwarenessPoint(.awarenessRecruitNoFee, .recommendation("10 (c)")),
                AwarenessPoint(.awarenessRecruitTellSomeone),
                AwarenessPoint(.awarenessRecruitSaveNumbers),
            ]),
            .paragraph(.awarenessRecruitReportAds),
            .quote(.awarenessQuoteWgRec7c, .recommendation("7 (c)")),
        ]),
    ])

    /// The index and the topics: every page with content.
    static let all: [AwarenessTopic] = [index] + topics

    static func topic(slug: String) -> AwarenessTopic? {
        topics.first { $0.slug == slug }
    }
}
