/// What a user does in the system. A user may hold several roles; their rights add up.
public enum Role: String, CaseIterable, Codable, Sendable {
    /// Runs the installation: all organisations, all users, the whole audit log.
    case systemAdmin
    /// Manages the users of one organisation and reads its audit trail.
    case orgAdmin
    /// Registers victims, perpetrators and cases, and refers victims to services.
    case caseWorker
    /// Oversees the case workers of an organisation and approves their work.
    case supervisor
    /// Produces statistics. Sees aggregates only, never personal data.
    case analyst
    /// The national coordinator (anti-trafficking committee, national rapporteur):
    /// follows the national picture and the cross-organisation duplicate flags,
    /// which name organisations and case references, never persons.
    case coordinator
    /// Edits and publishes the case-law, legislation and bibliography databases.
    case knowledgeEditor
    /// Triages reports and panic alerts from the public.
    case hotlineOperator
}
