import Foundation
import Testing
@testable import AccessControl

@Suite("Access policy: inbox and webhooks")
struct NotificationPolicyTests {
    let policy = AccessPolicy.standard
    let orgA = UUID()
    let orgB = UUID()

    @Test("Webhooks are the organisation administrator's, for their organisation, and the system administrator's; nobody else's")
    func webhooks() {
        let endpointA = RecordFacts(kind: .webhookEndpoint, organisationID: orgA)
        let orgAdmin = Principal(userID: UUID(), organisationID: orgA, roles: [.orgAdmin])
        let otherAdmin = Principal(userID: UUID(), organisationID: orgB, roles: [.orgAdmin])
        let systemAdmin = Principal(userID: UUID(), organisationID: orgB, roles: [.systemAdmin])
        for action in [Action.read, .list, .create, .update, .administer] {
            #expect(policy.decide(orgAdmin, action, endpointA) == .allowed(.organisation))
            #expect(policy.decide(otherAdmin, action, endpointA) == .denied(visible: false))
            #expect(policy.decide(systemAdmin, action, endpointA) == .allowed(.national))
        }
        for role in Role.allCases where role != .orgAdmin && role != .systemAdmin {
            let member = Principal(userID: UUID(), organisationID: orgA, roles: [role])
            #expect(!policy.decide(member, .list, endpointA).isAllowed, "\(role) must not see webhooks")
        }
    }

    @Test("Everyone reads and marks their own notifications, and only their own")
    func inbox() {
        for role in Role.allCases {
            let me = Principal(userID: UUID(), organisationID: orgA, roles: [role])
            #expect(policy.decide(me, .update, RecordFacts(kind: .inboxNotification, ownerUserID: me.userID)).isAllowed)
            #expect(policy.decide(me, .read, RecordFacts(kind: .inboxNotification, ownerUserID: UUID(), organisationID: orgA)) == .denied(visible: false))
            #expect(policy.filter(for: me, kind: .inboxNotification) == .ownedBy(userID: me.userID))
        }
    }
}
