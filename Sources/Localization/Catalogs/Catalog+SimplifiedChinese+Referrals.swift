extension Catalog {
    /// Simplified Chinese: referrals, consent to share, anonymous notifications.
    static let simplifiedChineseReferrals: [TextKey: String] = [
        .recordTypeReferral: "转介",
        .recordTypeAnonymousNotification: "匿名通报",
        .codeReferralStatusPending: "待处理",
        .codeReferralStatusAccepted: "已接受",
        .codeReferralStatusDeclined: "已拒绝",
        .codeReferralStatusRevoked: "已撤回",
        .codeReferralStatusCompleted: "已完成",
        .codeDeclineReasonNoCapacity: "容量已满",
        .codeDeclineReasonNotEligible: "不符合服务条件",
        .codeDeclineReasonOutsideMandate: "超出本机构职责范围",
        .codeDeclineReasonVictimUnreachable: "无法联系到受害者",
        .codeDeclineReasonVictimRefused: "受害者拒绝接受服务",
        .codeDeclineReasonOther: "其他原因",
        .codeDisclosureIdentity: "身份信息（姓名、出生日期、语言、身份证件）",
        .codeDisclosureContact: "联系方式（电话、电子邮件、地址）",
        .codeDisclosureCaseDetails: "案件详情（剥削、控制、招募、路线）",
        .validationReferralNeedsConsent: "在转介中共享个人数据需要受害者当前有效的转介同意。请先记录同意，或在不含个人数据的情况下转介，或进行匿名通报。",
        .validationReferralNeedsGuardian: "该受害者是儿童：国家政策要求由监护人或负责机构给予同意（同意方式为“监护人”）。",
        .validationReferralNotCovered: "已记录的同意不包括：{groups}。",
        .validationReferralOrganisation: "请选择另一个有效的机构作为转介对象。",
        .validationReferralNotPending: "该转介已不再处于待处理状态。",
        .validationReferralNotAccepted: "该转介尚未被接受。",
        .validationNotificationNoIdentity: "匿名通报不接受姓名、出生日期、联系方式或自由文本。",
    ]
}
