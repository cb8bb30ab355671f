/// Why a provider does not fit a query.
public enum Ineligibility: String, CaseIterable, Codable, Sendable {
    case inactive = "Inactive"
    case serviceNotOffered = "ServiceNotOffered"
    case tooYoung = "TooYoung"
    case tooOld = "TooOld"
    case genderNotAccepted = "GenderNotAccepted"
    case nationalityNotAccepted = "NationalityNotAccepted"
    case nationalityExcluded = "NationalityExcluded"
    case statusNotAccepted = "StatusNotAccepted"
    case childrenNotAccepted = "ChildrenNotAccepted"
    case noDisabilityAccess = "NoDisabilityAccess"
    case languageNotSpoken = "LanguageNotSpoken"
    case noLocation = "NoLocation"
    case tooFar = "TooFar"
    case noPlaces = "NoPlaces"
}

/// Whether one provider fits one query, and why not.
///
/// This is the final word on eligibility: storage may narrow the candidates in
/// SQL first, but every result passes through ``evaluate(_:for:)``.
///
/// **Unknown values.** The directory narrows a search; it does not decide for
/// the provider. So an unknown fact about the person never hides a provider:
/// - an unknown age matches any age range;
/// - an unknown gender (`nil` or `nonSpecifiedUnknown`) matches any gender limit;
/// - no known citizenship (unknown or stateless) matches any nationality limit;
/// - an unknown trafficking status matches any status limit.
///
/// The provider's own limits work the other way: a `nil` age bound or an empty
/// set is no limit. What the provider *offers* must be stated, though: a
/// provider with no languages listed does not match a language asked for, one
/// that does not report free places does not match "only with places free",
/// and one without coordinates does not match a distance limit, because the
/// directory cannot promise what it does not know.
public struct ProviderMatch: Hashable, Sendable {
    /// Empty when the provider fits; otherwise every reason, in a fixed order.
    public var reasons: [Ineligibility]
    /// Kilometres from the query's point, when both points are known.
    public var distanceKm: Double?

    public var isEligible: Bool { reasons.isEmpty }

    public init(reasons: [Ineligibility], distanceKm: Double?) {
        self.reasons = reasons
        self.distanceKm = distanceKm
    }

    /// Checks `provider` against `query`.
    public static func evaluate(_ provider: ServiceProvider, for query: ProviderQuery) -> ProviderMatch {
        let limits = provider.eligibility
        var reasons: [Ineligibility] = []
        if !provider.active { reasons.append(.inactive) }
        if let service = query.service, !provider.services.contains(service) { reasons.append(.serviceNotOffered) }
        if let age = query.age {
            if let minimum = limits.minimumAge, age < minimum { reasons.append(.tooYoung) }
            if let maximum = limits.maximumAge, age > maximum { reasons.append(.tooOld) }
        }
        if let gender = query.gender, gender != .nonSpecifiedUnknown, !limits.genders.isEmpty, !limits.genders.contains(gender) {
            reasons.append(.genderNotAccepted)
        }
        let citizenships = Set(query.citizenships.map { $0.uppercased() })
        if !citizenships.isEmpty {
            if !limits.nationalities.isEmpty, citizenships.isDisjoint(with: limits.nationalities) { reasons.append(.nationalityNotAccepted) }
            if !citizenships.isDisjoint(with: limits.excludedNationalities) { reasons.append(.nationalityExcluded) }
        }
        if let status = query.status, !limits.statuses.isEmpty, !limits.statuses.contains(status) { reasons.append(.statusNotAccepted) }
        if query.withChildren, !limits.acceptsMothersWithChildren { reasons.append(.childrenNotAccepted) }
        if query.needsDisabilityAccess, !limits.disabilityAccess { reasons.append(.noDisabilityAccess) }
        if let language = query.language, !provider.languages.contains(language) { reasons.append(.languageNotSpoken) }
        var distance: Double?
        if let near = query.near {
            distance = provider.location.point.map { near.distanceKm(to: $0) }
            if let limit = query.maximumDistanceKm {
                if let distance {
                    if distance > limit { reasons.append(.tooFar) }
                } else {
                    reasons.append(.noLocation)
                }
            }
        }
        if query.onlyAvailable, (provider.availablePlaces ?? 0) <= 0 { reasons.append(.noPlaces) }
        return ProviderMatch(reasons: reasons, distanceKm: distance)
    }
}
