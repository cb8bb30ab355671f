/// One thing wrong with a record, at a field path such as `victims[0].person.birthDate`.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case required
        case tooLong(max: Int)
        case inFuture
        case outOfRange(min: Int, max: Int)
        case unknownCountry(String)
        case invalidEmail
        /// The age when trafficked cannot be reached from the birth date.
        case ageInconsistentWithBirthDate(possibleAges: ClosedRange<Int>)
        /// An end date before its start date.
        case endBeforeStart
        case invalidCoordinates
        /// A latitude without a longitude, or the other way round.
        case incompleteCoordinates
        /// Needed once a case is closed, such as the closure reason.
        case requiredWhenClosed
        /// A value that may appear once was given again, such as a language.
        case duplicate(String)
        /// Not an http or https address.
        case invalidURL
        /// Details of another kind of record, such as court details on a law.
        case notAllowedForType
    }

    public var field: String
    public var problem: Problem

    public init(_ field: String, _ problem: Problem) {
        self.field = field
        self.problem = problem
    }

    /// An English description, for logs and command-line reports; pages translate `problem`.
    public var description: String {
        let text: String = switch problem {
        case .required: "is required"
        case .tooLong(let max): "must be at most \(max) characters"
        case .inFuture: "is in the future"
        case .outOfRange(let min, let max): "must be between \(min) and \(max)"
        case .unknownCountry(let code): "'\(code)' is not an ISO 3166 country code"
        case .invalidEmail: "is not an email address"
        case .ageInconsistentWithBirthDate(let ages): "is not possible for the birth date (age now \(ages.lowerBound == ages.upperBound ? "\(ages.lowerBound)" : "\(ages.lowerBound)–\(ages.upperBound)"))"
        case .endBeforeStart: "ends before it starts"
        case .invalidCoordinates: "has a latitude or longitude out of range"
        case .incompleteCoordinates: "needs both a latitude and a longitude"
        case .requiredWhenClosed: "is required when the case is closed"
        case .duplicate(let value): "gives '\(value)' more than once"
        case .invalidURL: "is not an http or https address"
        case .notAllowedForType: "does not belong to this kind of record"
        }
        return "\(field) \(text)"
    }
}
