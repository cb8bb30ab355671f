import CaseModel
import Foundation

/// Who a victim or perpetrator is: someone already registered, or someone new.
enum PersonChoice: Sendable {
    case existing(UUID)
    case new(PersonRecord)
}

struct NewVictim: Sendable {
    var person: PersonChoice
    var context: VictimContext
}

struct NewPerpetrator: Sendable {
    var person: PersonChoice
    var context: PerpetratorContext
}

/// Everything needed to open a case in one step.
struct NewCase: Sendable {
    var record: CaseRecord
    var victims: [NewVictim] = []
    var perpetrators: [NewPerpetrator] = []
    /// Route events with the index of the victim (in `victims`) each is about, or `nil` for the case.
    var events: [(victimIndex: Int?, event: RouteEvent)] = []
    /// Imported cases carry where they came from, so a re-run adds nothing.
    var sourceID: String?
}

extension ValidationIssue {
    /// The issue as a field error, in the form the pages and the API report.
    var fieldError: FieldError {
        switch problem {
        case .required: FieldError(field, .validationRequired)
        case .tooLong(let max): FieldError(field, .validationTooLong, ["max": String(max)])
        case .inFuture: FieldError(field, .validationInFuture)
        case .outOfRange(let min, let max): FieldError(field, .validationRange, ["min": String(min), "max": String(max)])
        case .unknownCountry(let code): FieldError(field, .validationCountry, ["code": code])
        case .invalidEmail: FieldError(field, .validationEmail)
        case .ageInconsistentWithBirthDate(let ages):
            FieldError(field, .validationAgeInconsistent, ["age": ages.lowerBound == ages.upperBound ? "\(ages.lowerBound)" : "\(ages.lowerBound)–\(ages.upperBound)"])
        case .endBeforeStart: FieldError(field, .validationEndBeforeStart)
        case .invalidCoordinates: FieldError(field, .validationCoordinates)
        case .incompleteCoordinates: FieldError(field, .validationCoordinatesIncomplete)
        case .requiredWhenClosed: FieldError(field, .validationRequiredWhenClosed)
        case .duplicate(let value): FieldError(field, .validationDuplicate, ["value": value])
        case .invalidURL: FieldError(field, .validationUrl)
        case .notAllowedForType: FieldError(field, .validationNotForType)
        }
    }
}

extension Array where Element == ValidationIssue {
    func throwIfAny() throws {
        if !isEmpty { throw AppError.invalid(map(\.fieldError)) }
    }
}
