/// The parts of a victim's record a referral can share, beyond the minimal
/// profile (sex, age group, citizenship, forms of exploitation) that every
/// referral carries. A consent to referral names the groups the person agreed to.
public enum DisclosureGroup: String, CodeList {
    /// Names, aliases, birth date, languages, identity document.
    case identity = "Identity"
    /// Phone, email, address.
    case contact = "Contact"
    /// The victim's context on the case (control, recruitment, place of
    /// exploitation) and the route.
    case caseDetails = "CaseDetails"

    public static let field = "con_Shares"
    public static let labelPrefix = "disclosure"
}

/// How children's referrals are consented to, by national policy.
public enum ChildConsentPolicy: String, Sendable, CaseIterable {
    /// A guardian or responsible authority consents for the child (consent method `Guardian`).
    case guardian
    /// Children are referred without consent, as in the UK National Referral Mechanism.
    case notRequired = "not-required"
}

extension DisclosureGroup {
    /// Reads groups stored as `;`-separated values; unknown values are left out.
    public static func set(from text: String) -> Set<DisclosureGroup> {
        Set(text.split(separator: ";").compactMap { DisclosureGroup(rawValue: String($0)) })
    }

    /// Stores groups as `;`-separated values in code-list order.
    public static func text(of groups: Set<DisclosureGroup>) -> String {
        groups.inListOrder.map(\.rawValue).joined(separator: ";")
    }
}
