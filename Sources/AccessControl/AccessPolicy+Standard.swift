extension AccessPolicy {
    /// The policy Libertas ships with.
    ///
    /// Everyone may read and update their own account and manage their own API
    /// tokens. Organisation names are not personal data, so every role may read
    /// the organisation list; user accounts and the audit trail are.
    ///
    /// Case files belong to the organisation that opened them: its case workers
    /// and supervisors work on them together. Administrators run the system and
    /// do not see victims' data unless they also hold a case-work role
    /// (separation of duties); analysts and the national coordinator never do.
    /// The coordinator follows the duplicate flags between organisations.
    ///
    /// Referrals are seen by both ends (the `referred` scope): the sender's and
    /// the receiver's case workers. Which end may accept, decline or revoke is
    /// the referral service's rule. Anonymous notifications carry no identity:
    /// the coordinator and analysts count them nationally.
    ///
    /// Approvals and tasks stay in the case's organisation. Case workers and
    /// supervisors request approvals and manage tasks; deciding a request is
    /// `administer` on the approval, which only supervisors hold (and the
    /// approval service adds that no one decides their own request).
    /// Everyone reads their own inbox. An organisation's webhooks are its
    /// administrator's to manage (the system administrator's for any organisation).
    /// The service directory is national: everyone who works cases, analyses
    /// or coordinates may search it. An organisation administrator keeps their
    /// own organisation's providers up to date; the coordinator and the system
    /// administrator may edit any provider. National statistics (aggregates, small counts
    /// suppressed) are for analysts and the coordinator. Knowledge editors draft,
    /// publish (`administer`) and withdraw the portal's records, which are
    /// public once published. Hotline operators triage the public's reports, which
    /// belong to no organisation: the channel is national; escalating an alert or
    /// report opens a case in the operator's organisation, which they may read and
    /// change while it is theirs (until a supervisor assigns it to someone), and
    /// from which they may refer the person; they read and revoke only the
    /// referrals they made, and search the service directory to choose where.
    /// The public awareness section's directory of help contacts and consulates
    /// is national and belongs to no organisation: the system administrator
    /// keeps it (creates, edits, deactivates with `administer`); the active
    /// contacts are public and read without any grant, so no other role needs
    /// one, and every other role gets 404 on the editing routes.
    public static let standard = AccessPolicy(grants: [
        .systemAdmin: [
            Grant(.organisation, [.read, .list, .create, .update, .administer, .export], .national),
            Grant(.user, [.read, .list, .create, .update, .administer, .export], .national),
            Grant(.auditEntry, [.read, .list, .export], .national),
            Grant(.webhookEndpoint, [.read, .list, .create, .update, .administer], .national),
            Grant(.serviceProvider, [.read, .list, .create, .update, .administer], .national),
            Grant(.helpContact, [.read, .list, .create, .update, .administer], .national),
        ] + everyone,
        .orgAdmin: [
            Grant(.organisation, [.read, .list], .national),
            Grant(.organisation, [.update], .organisation),
            Grant(.user, [.read, .list, .create, .update, .administer, .export], .organisation),
            Grant(.auditEntry, [.read, .list, .export], .organisation),
            Grant(.webhookEndpoint, [.read, .list, .create, .update, .administer], .organisation),
            Grant(.serviceProvider, [.read, .list], .national),
            Grant(.serviceProvider, [.create, .update, .administer], .organisation),
        ] + everyone,
        .supervisor: [
            Grant(.organisation, [.read, .list], .national),
            Grant(.user, [.read, .list], .organisation),
            Grant(.caseFile, [.read, .list, .create, .update, .administer, .export], .organisation),
            Grant(.person, [.read, .list, .create, .update, .export], .organisation),
            Grant(.referral, [.read, .list, .create, .update, .administer], .referred),
            Grant(.anonymousNotification, [.read, .list, .create], .organisation),
            Grant(.approval, [.read, .list, .create, .administer], .organisation),
            Grant(.task, [.read, .list, .create, .update], .organisation),
            Grant(.serviceProvider, [.read, .list], .national),
        ] + everyone,
        .caseWorker: [
            Grant(.organisation, [.read, .list], .national),
            Grant(.user, [.read, .list], .organisation),
            Grant(.caseFile, [.read, .list, .create, .update, .export], .organisation),
            Grant(.person, [.read, .list, .create, .update, .export], .organisation),
            Grant(.referral, [.read, .list, .create, .update], .referred),
            Grant(.anonymousNotification, [.read, .list, .create], .organisation),
            Grant(.approval, [.read, .list, .create], .organisation),
            Grant(.task, [.read, .list, .create, .update], .organisation),
            Grant(.serviceProvider, [.read, .list], .national),
        ] + everyone,
        .analyst: [
            Grant(.organisation, [.read, .list], .national),
            Grant(.anonymousNotification, [.read, .list, .export], .national),
            Grant(.referralStatistics, [.read, .export], .national),
            Grant(.nationalStatistics, [.read, .export], .national),
            Grant(.serviceProvider, [.read, .list], .national),
        ] + everyone,
        .coordinator: [
            Grant(.organisation, [.read, .list], .national),
            Grant(.duplicateFlag, [.read, .list, .update], .national),
            Grant(.anonymousNotification, [.read, .list, .export], .national),
            Grant(.referralStatistics, [.read, .export], .national),
            Grant(.nationalStatistics, [.read, .export], .national),
            Grant(.serviceProvider, [.read, .list, .create, .update, .administer], .national),
        ] + everyone,
        .knowledgeEditor: [
            Grant(.organisation, [.read, .list], .national),
            Grant(.knowledgeRecord, [.read, .list, .create, .update, .administer, .export], .national),
        ] + everyone,
        .hotlineOperator: [
            Grant(.organisation, [.read, .list], .national),
            Grant(.publicReport, [.read, .list, .update], .national),
            // Escalation opens a case in the operator's organisation; they may read the cases they opened,
            // and update them, which the referral service asks of whoever refers from a case.
            Grant(.caseFile, [.create], .organisation),
            Grant(.caseFile, [.read, .update], .own),
            // Referral from the console: their own referrals only (revoking is an update).
            Grant(.referral, [.read, .create, .update], .own),
            Grant(.serviceProvider, [.read, .list], .national),
        ] + everyone,
    ])

    private static let everyone: [Grant] = [
        Grant(.user, [.read, .update], .own),
        Grant(.accessToken, [.read, .list, .create, .administer], .own),
        Grant(.inboxNotification, [.read, .list, .update], .own),
    ]
}
