import PublicReporting

extension InputProblem {
    /// The problem as the form pages and the API report it.
    var fieldError: FieldError {
        switch (kind, field) {
        case (.required, "contact"): FieldError(field, .reportContactNeeded)
        case (.required, _): FieldError(field, .validationRequired)
        case (.invalid, "contact.preferred"): FieldError(field, .reportContactWayInvalid)
        case (.invalid, "contact.phone"): FieldError(field, .reportPhoneInvalid)
        case (.invalid, "contact.email"): FieldError(field, .reportEmailInvalid)
        case (.invalid, "occurred_at"): FieldError(field, .reportDateInvalid)
        case (.outOfRange, "occurred_at"): FieldError(field, .reportDateOutOfRange)
        case (.invalid, _): FieldError(field, .publicFieldInvalid)
        case (.outOfRange, _): FieldError(field, .publicFieldOutOfRange)
        case (.tooLong, _): FieldError(field, .validationTooLong, ["max": limit.map(String.init) ?? "?"])
        case (.mustBeEmpty, _): FieldError(field, .reportTrapFilled)
        case (.notWhenAnonymous, _): FieldError(field, .reportContactWhileAnonymous)
        }
    }
}
