extension Catalog {
    /// English: referrals, consent to share, anonymous notifications.
    static let englishReferrals: [TextKey: String] = [
        .recordTypeReferral: "Referral",
        .recordTypeAnonymousNotification: "Anonymous notification",
        .codeReferralStatusPending: "Pending",
        .codeReferralStatusAccepted: "Accepted",
        .codeReferralStatusDeclined: "Declined",
        .codeReferralStatusRevoked: "Revoked",
        .codeReferralStatusCompleted: "Completed",
        .codeDeclineReasonNoCapacity: "No capacity",
        .codeDeclineReasonNotEligible: "Not eligible for the service",
        .codeDeclineReasonOutsideMandate: "Outside our mandate",
        .codeDeclineReasonVictimUnreachable: "Victim could not be reached",
        .codeDeclineReasonVictimRefused: "Victim refused the service",
        .codeDeclineReasonOther: "Other reason",
        .codeDisclosureIdentity: "Identity (names, birth date, languages, identity document)",
        .codeDisclosureContact: "Contact (phone, email, address)",
        .codeDisclosureCaseDetails: "Case details (exploitation, control, recruitment, route)",
        .validationReferralNeedsConsent: "Sharing personal data in a referral needs the victim's current consent to referral. Record the consent first, refer without personal data, or notify anonymously.",
        .validationReferralNeedsGuardian: "This victim is a child: national policy needs the consent of a guardian or responsible authority (consent method “Guardian”).",
        .validationReferralNotCovered: "The consent on record does not cover: {groups}.",
        .validationReferralOrganisation: "Choose another active organisation to refer to.",
        .validationReferralNotPending: "This referral is no longer pending.",
        .validationReferralNotAccepted: "This referral has not been accepted.",
        .validationNotificationNoIdentity: "An anonymous notification takes no names, dates of birth, contacts or free text.",
    ]
}
