import Localization

/// How an event reads on a page: a sentence for the inbox, a short label for
/// lists and checkboxes. Kinds this version does not know read as "unknown".
extension DomainEvent.Kind {
    var sentence: TextKey {
        switch self {
        case .referralReceived: .eventReferralReceived
        case .referralAccepted: .eventReferralAccepted
        case .referralDeclined: .eventReferralDeclined
        case .referralRevoked: .eventReferralRevoked
        case .referralCompleted: .eventReferralCompleted
        case .transferRequested: .eventTransferRequested
        case .transferAccepted: .eventTransferAccepted
        case .transferDeclined: .eventTransferDeclined
        case .approvalRequested: .eventApprovalRequested
        case .approvalDecided: .eventApprovalDecided
        case .taskAssigned: .eventTaskAssigned
        case .taskOverdue: .eventTaskOverdue
        case .webhookTest: .eventWebhookTest
        case .knowledgeMatch: .eventKnowledgeMatch
        }
    }

    var label: TextKey {
        switch self {
        case .referralReceived: .eventKindReferralReceived
        case .referralAccepted: .eventKindReferralAccepted
        case .referralDeclined: .eventKindReferralDeclined
        case .referralRevoked: .eventKindReferralRevoked
        case .referralCompleted: .eventKindReferralCompleted
        case .transferRequested: .eventKindTransferRequested
        case .transferAccepted: .eventKindTransferAccepted
        case .transferDeclined: .eventKindTransferDeclined
        case .approvalRequested: .eventKindApprovalRequested
        case .approvalDecided: .eventKindApprovalDecided
        case .taskAssigned: .eventKindTaskAssigned
        case .taskOverdue: .eventKindTaskOverdue
        case .webhookTest: .eventKindWebhookTest
        case .knowledgeMatch: .eventKindKnowledgeMatch
        }
    }
}
