import Foundation
import Testing
@testable import AccessControl

@Suite("Access policy")
struct AccessPolicyTests {
    let policy = AccessPolicy.standard
    let orgA = UUID()
    let orgB = UUID()

    func principal(_ roles: Set<Role>, in organisation: UUID? = nil, id: UUID = UUID()) -> Principal {
        Principal(userID: id, organisationID: organisation ?? orgA, roles: roles)
    }

    @Test("An organisation administrator manages users of their own organisation only")
    func orgAdminScope() {
        let admin = principal([.orgAdmin])
        let colleague = RecordFacts(kind: .user, ownerUserID: UUID(), organisationID: orgA)
        let stranger = RecordFacts(kind: .user, ownerUserID: UUID(), organisationID: orgB)
        for action in [Action.read, .update, .administer] {
            #expect(policy.decide(admin, action, colleague).isAllowed, "\(action) on a colleague")
            #expect(policy.decide(admin, action, stranger) == .denied(visible: false), "\(action) on another organisation's user")
        }
        #expect(policy.filter(for: admin, kind: .user) == .organisation(orgA, orOwnedBy: admin.userID))
        #expect(policy.filter(for: admin, action: .export, kind: .user) == .organisation(orgA, orOwnedBy: admin.userID))
    }

    @Test("A system administrator reaches every organisation")
    func systemAdminScope() {
        let admin = principal([.systemAdmin])
        let stranger = RecordFacts(kind: .user, ownerUserID: UUID(), organisationID: orgB)
        #expect(policy.decide(admin, .administer, stranger) == .allowed(.national))
        #expect(policy.filter(for: admin, kind: .auditEntry) == .everything)
    }

    @Test("Everyone may read and update their own account, but not administer it")
    func ownAccount() {
        for role in Role.allCases {
            let me = principal([role])
            let myRecord = RecordFacts(kind: .user, ownerUserID: me.userID, organisationID: orgA)
            #expect(policy.decide(me, .read, myRecord).isAllowed, "\(role) reads own account")
            #expect(policy.decide(me, .update, myRecord).isAllowed, "\(role) updates own account")
            if ![Role.systemAdmin, .orgAdmin].contains(role) {
                #expect(!policy.decide(me, .administer, myRecord).isAllowed, "\(role) must not administer own account")
            }
        }
    }

    @Test("Analysts and the coordinator never reach other people's personal data", arguments: RecordKind.allCases.filter(\.holdsPersonalData))
    func analystSeesNoPersonalData(kind: RecordKind) {
        for role in [Role.analyst, .coordinator] {
            for action in Action.allCases {
                let scope = policy.scope(for: principal([role]), action: action, kind: kind)
                #expect(scope == nil || scope == .own, "\(role) has \(String(describing: scope)) scope for \(action) on \(kind)")
            }
        }
    }

    @Test("Only the coordinator follows duplicate flags, nationally")
    func duplicateFlags() {
        let flag = RecordFacts(kind: .duplicateFlag, organisationID: orgB)
        #expect(policy.decide(principal([.coordinator]), .list, flag) == .allowed(.national))
        #expect(policy.decide(principal([.coordinator]), .update, flag) == .allowed(.national))
        for role in Role.allCases where role != .coordinator {
            #expect(!policy.decide(principal([role]), .list, flag).isAllowed, "\(role) must not see duplicate flags")
        }
    }

    @Test("Only a supervisor decides approvals, in their own organisation; case workers request them and manage tasks")
    func approvalsAndTasks() {
        let approval = RecordFacts(kind: .approval, organisationID: orgA)
        let supervisor = principal([.supervisor])
        #expect(policy.decide(supervisor, .administer, approval).isAllowed)
        #expect(!policy.decide(principal([.supervisor], in: orgB), .administer, approval).isAllowed)
        #expect(policy.decide(principal([.caseWorker]), .create, approval).isAllowed)
        for role in Role.allCases where role != .supervisor {
            #expect(!policy.decide(principal([role]), .administer, approval).isAllowed, "\(role) must not decide approvals")
        }
        let task = RecordFacts(kind: .task, ownerUserID: UUID(), organisationID: orgA)
        #expect(policy.decide(principal([.caseWorker]), .update, task).isAllowed)
        #expect(!policy.decide(principal([.orgAdmin]), .read, task).isAllowed)
    }

    @Test("The service directory is national to read; organisation administrators edit only their own providers")
    func serviceDirectory() {
        let ours = RecordFacts(kind: .serviceProvider, organisationID: orgA)
        let theirs = RecordFacts(kind: .serviceProvider, organisationID: orgB)
        for role in [Role.caseWorker, .supervisor, .coordinator, .orgAdmin, .analyst] {
            #expect(policy.decide(principal([role]), .read, theirs).isAllowed, "\(role) reads any provider")
            #expect(policy.filter(for: principal([role]), kind: .serviceProvider) == .everything, "\(role) searches the whole directory")
        }
        let orgAdmin = principal([.orgAdmin])
        #expect(policy.decide(orgAdmin, .update, ours).isAllowed)
        #expect(policy.decide(orgAdmin, .create, ours).isAllowed)
        #expect(policy.decide(orgAdmin, .update, theirs) == .denied(visible: true))
        for role in [Role.coordinator, .systemAdmin] {
            #expect(policy.decide(principal([role]), .update, theirs) == .allowed(.national))
            #expect(policy.decide(principal([role]), .administer, theirs) == .allowed(.national))
        }
        for role in [Role.caseWorker, .supervisor, .analyst, .knowledgeEditor, .hotlineOperator] {
            #expect(!policy.decide(principal([role]), .create, ours).isAllowed, "\(role) must not add providers")
            #expect(!policy.decide(principal([role]), .update, ours).isAllowed, "\(role) must not edit providers")
        }
    }

    @Test("Tokens belong to their owner, whatever the role")
    func tokensAreOwn() {
        let admin = principal([.systemAdmin])
        let someoneElses = RecordFacts(kind: .accessToken, ownerUserID: UUID(), organisationID: orgA)
        #expect(!policy.decide(admin, .administer, someoneElses).isAllowed)
        #expect(policy.filter(for: admin, kind: .accessToken) == .ownedBy(userID: admin.userID))
    }

    @Test("Refusals of records the user can see are 403, of records they cannot are 404")
    func visibility() {
        let worker = principal([.caseWorker])
        let colleague = RecordFacts(kind: .user, ownerUserID: UUID(), organisationID: orgA)
        #expect(policy.decide(worker, .administer, colleague) == .denied(visible: true))
        let stranger = RecordFacts(kind: .user, ownerUserID: UUID(), organisationID: orgB)
        #expect(policy.decide(worker, .read, stranger) == .denied(visible: false))
    }

    @Test("Rights of several roles add up")
    func rolesCombine() {
        let both = principal([.analyst, .orgAdmin])
        #expect(policy.scope(for: both, action: .list, kind: .user) == .organisation)
        #expect(policy.scope(for: principal([.analyst]), action: .list, kind: .user) == nil)
    }

    @Test("Only a system administrator makes system administrators")
    func assignment() {
        #expect(policy.mayAssign(.systemAdmin, by: principal([.systemAdmin])))
        #expect(!policy.mayAssign(.systemAdmin, by: principal([.orgAdmin])))
        #expect(policy.mayAssign(.caseWorker, by: principal([.orgAdmin])))
        #expect(!policy.mayAssign(.caseWorker, by: principal([.supervisor])))
    }

    @Test("Scopes nest: own within organisation within referred within national")
    func scopesNest() {
        let me = principal([.caseWorker])
        let referred = RecordFacts(kind: .user, organisationID: orgB, referredToOrganisationIDs: [orgA])
        #expect(!referred.lies(within: .organisation, for: me))
        #expect(referred.lies(within: .referred, for: me))
        #expect(referred.lies(within: .national, for: me))
        let mine = RecordFacts(kind: .user, ownerUserID: me.userID, organisationID: orgB)
        for scope in Scope.allCases { #expect(mine.lies(within: scope, for: me)) }
    }

    @Test("Hotline operators triage the public channel nationally, open cases in their organisation, read and change only the cases they hold, refer from them and see only their own referrals")
    func hotlineOperator() {
        let chen = principal([.hotlineOperator])
        #expect(policy.decide(chen, .update, RecordFacts(kind: .publicReport)) == .allowed(.national))
        #expect(policy.decide(chen, .create, RecordFacts(kind: .caseFile, ownerUserID: chen.userID, organisationID: orgA)).isAllowed)
        #expect(!policy.decide(chen, .create, RecordFacts(kind: .caseFile, organisationID: orgB)).isAllowed)
        #expect(policy.decide(chen, .read, RecordFacts(kind: .caseFile, ownerUserID: chen.userID, organisationID: orgA)).isAllowed)
        #expect(!policy.decide(chen, .read, RecordFacts(kind: .caseFile, ownerUserID: UUID(), organisationID: orgA)).isAllowed)
        #expect(policy.decide(chen, .update, RecordFacts(kind: .caseFile, ownerUserID: chen.userID, organisationID: orgA)).isAllowed)
        #expect(!policy.decide(chen, .update, RecordFacts(kind: .caseFile, ownerUserID: UUID(), organisationID: orgA)).isAllowed)
        #expect(!policy.decide(chen, .administer, RecordFacts(kind: .caseFile, ownerUserID: chen.userID, organisationID: orgA)).isAllowed)
        #expect(policy.scope(for: chen, action: .list, kind: .caseFile) == nil)
        let theirReferral = RecordFacts(kind: .referral, ownerUserID: chen.userID, organisationID: orgA, referredToOrganisationIDs: [orgB])
        let colleagues = RecordFacts(kind: .referral, ownerUserID: UUID(), organisationID: orgA, referredToOrganisationIDs: [orgB])
        for action in [Action.create, .read, .update] {
            #expect(policy.decide(chen, action, theirReferral) == .allowed(.own), "\(action)")
            #expect(!policy.decide(chen, action, colleagues).isAllowed, "\(action)")
        }
        #expect(policy.scope(for: chen, action: .list, kind: .referral) == nil, "no referral lists")
        #expect(policy.filter(for: chen, kind: .serviceProvider) == .everything, "the directory, to choose where to refer")
        for kind in [RecordKind.person, .anonymousNotification, .task, .approval] {
            #expect(policy.scope(for: chen, action: .read, kind: kind) == nil, "\(kind)")
        }
        for role in [Role.caseWorker, .supervisor, .systemAdmin, .coordinator, .analyst] {
            #expect(policy.decide(principal([role]), .read, RecordFacts(kind: .publicReport)) == .denied(visible: false), "\(role)")
        }
    }

    @Test("Only the system administrator keeps the help directory; every other role is refused without learning the contact exists")
    func helpContacts() {
        let contact = RecordFacts(kind: .helpContact)
        for action in [Action.list, .create, .update, .administer] {
            #expect(policy.decide(principal([.systemAdmin]), action, contact) == .allowed(.national), "\(action)")
        }
        for role in Role.allCases where role != .systemAdmin {
            for action in [Action.read, .list, .create, .update, .administer] {
                #expect(policy.decide(principal([role]), action, contact) == .denied(visible: false), "\(role) \(action)")
            }
        }
    }
}
