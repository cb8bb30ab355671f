/// The kinds of record that access decisions are made about.
public enum RecordKind: String, CaseIterable, Codable, Sendable {
    case organisation
    case user
    case accessToken
    case auditEntry
    /// A case file and everything in it: victims, perpetrators, route, consent,
    /// support, comments and attachments.
    case caseFile
    /// A person registered as a victim or perpetrator.
    case person
    /// A note that two organisations may have registered the same person,
    /// naming the organisations and their case references only.
    case duplicateFlag
    /// A victim referred from one organisation to another. The receiver reads
    /// the victim through it, within the consent.
    case referral
    /// A victim notified without identity (no consent to referral): sex, age
    /// group, citizenship, forms of exploitation, place and month only.
    case anonymousNotification
    /// A request for a supervisor's approval of a step of a case, with the
    /// request's and the decision's comments (free text about the victim).
    case approval
    /// A piece of work with a due date for one user, usually about a case.
    case task
    /// Referrals counted: by status and service, times to answer and serve,
    /// declines and their reasons. Aggregates only, never a referral.
    case referralStatistics
    /// National statistics: GLOTIP tables, SDG 16.2.2, trends, routes and services, with small
    /// counts suppressed. Aggregates only, never a record about a person.
    case nationalStatistics
    /// An event in one user's in-app inbox: its kind and the ids it concerns.
    case inboxNotification
    /// An organisation's webhook endpoint and its delivery log: addresses,
    /// event kinds, ids and statuses, never personal data.
    case webhookEndpoint
    /// A provider in the national service directory: what it offers and whom
    /// it takes. Describes a service, not a person.
    case serviceProvider
    /// A court case, law or publication in the knowledge portal, in its
    /// editorial state (drafts and revisions). Published versions are public
    /// and read without any grant.
    case knowledgeRecord
    /// A report from the public form: what happened, where, and the reporter's
    /// contact when they left it, with follow-ups and operators' notes.
    case publicReport
    /// A help contact of the public awareness section: a hotline, shelter, NGO,
    /// police unit or consulate, as the public reads it at `/learn/help`.
    /// Describes a service, not a person; active contacts are public and read
    /// without any grant.
    case helpContact

    /// Whether records of this kind hold personal data about someone.
    ///
    /// The policy never grants an analyst more than their own record of such a kind.
    public var holdsPersonalData: Bool {
        switch self {
        case .organisation, .duplicateFlag, .anonymousNotification, .referralStatistics, .nationalStatistics, .inboxNotification, .webhookEndpoint, .serviceProvider, .knowledgeRecord, .helpContact: false
        case .user, .accessToken, .auditEntry, .caseFile, .person, .referral, .approval, .task, .publicReport: true
        }
    }
}
