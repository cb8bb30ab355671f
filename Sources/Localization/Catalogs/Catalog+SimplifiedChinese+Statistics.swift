extension Catalog {
    /// 简体中文：国家统计（GLOTIP 表、可持续发展目标 16.2.2、趋势、路线、服务）及其统计的刑事司法阶段。
    static let simplifiedChineseStatistics: [TextKey: String] = [
        .fieldRepatriatedTo: "遣返目的国",
        .fieldRepatriatedOn: "遣返时间",
        .justiceStagesHeading: "刑事司法",
        .justiceStageAdd: "记录刑事司法阶段",
        .justiceStageDelete: "删除",
        .justiceStagePerpetrator: "施害者",
        .justiceStageField: "阶段",
        .justiceStageHint: "正式接触：被警方怀疑、逮捕或警告。",
        .justiceStageDate: "日期",
        .justiceStageArticle: "刑法条款",
        .justiceStageArticleHint: "可选，例如第165条。罪行按案件和条款计数。",
        .justiceStageFormalContact: "与执法部门正式接触",
        .justiceStageProsecuted: "被起诉",
        .justiceStageConvicted: "被定罪",
        .caseJusticeStageAdded: "已记录刑事司法阶段。",
        .caseJusticeStageDeleted: "已删除刑事司法阶段。",
        .recordTypeNationalStatistics: "国家统计",
    ]
}
