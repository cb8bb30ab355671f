/// Checks records before they are stored or imported: required fields, ISO
/// codes, dates not in the future, end after start, and an age when trafficked
/// consistent with the birth date. Every problem is reported, not just the first.
public enum RecordValidation {
    public static let maximumNameLength = 200
    public static let maximumTextLength = 20_000

    public static func validate(_ person: PersonRecord, at path: String, today: PartialDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for (name, value) in [("givenName", person.givenName), ("middleName", person.middleName), ("familyName", person.familyName), ("identityNumber", person.identityNumber)] {
            if let value, value.count > maximumNameLength { issues.append(.init(join(path, name), .tooLong(max: maximumNameLength))) }
        }
        for (index, alias) in person.aliases.enumerated() where alias.count > maximumNameLength {
            issues.append(.init(join(path, "aliases[\(index)]"), .tooLong(max: maximumNameLength)))
        }
        if let birthDate = person.birthDate, birthDate.isInFuture(today: today) {
            issues.append(.init(join(path, "birthDate"), .inFuture))
        }
        for code in person.citizenships where Country.find(code) == nil {
            issues.append(.init(join(path, "citizenships"), .unknownCountry(code)))
        }
        if let country = person.address?.country, Country.find(country) == nil {
            issues.append(.init(join(path, "address.country"), .unknownCountry(country)))
        }
        if let children = person.numberOfChildren, !(0...40).contains(children) {
            issues.append(.init(join(path, "numberOfChildren"), .outOfRange(min: 0, max: 40)))
        }
        if let email = person.email, !isPlausibleEmail(email) {
            issues.append(.init(join(path, "email"), .invalidEmail))
        }
        if let notes = person.notes, notes.count > maximumTextLength {
            issues.append(.init(join(path, "notes"), .tooLong(max: maximumTextLength)))
        }
        return issues
    }

    public static func validate(_ victim: VictimContext, of person: PersonRecord?, at path: String, today: PartialDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let identified = victim.identifiedOn, identified.isInFuture(today: today) { issues.append(.init(join(path, "identifiedOn"), .inFuture)) }
        if let decided = victim.statusDecidedOn, decided.isInFuture(today: today) {
            issues.append(.init(join(path, "statusDecidedOn"), .inFuture))
        }
        if let age = victim.ageWhenTrafficked {
            if !(0...120).contains(age) {
                issues.append(.init(join(path, "ageWhenTrafficked"), .outOfRange(min: 0, max: 120)))
            } else if let birth = person?.birthDate {
                let agesNow = birth.ages(on: today)
                if age > agesNow.upperBound { issues.append(.init(join(path, "ageWhenTrafficked"), .ageInconsistentWithBirthDate(possibleAges: agesNow))) }
            }
        }
        if let country = victim.repatriatedTo, Country.find(country) == nil {
            issues.append(.init(join(path, "repatriatedTo"), .unknownCountry(country)))
        }
        if let country = victim.exploitationCountry, Country.find(country) == nil {
            issues.append(.init(join(path, "exploitationCountry"), .unknownCountry(country)))
        }
        if let place = victim.exploitationPlace, place.count > maximumTextLength {
            issues.append(.init(join(path, "exploitationPlace"), .tooLong(max: maximumTextLength)))
        }
        return issues
    }

    public static func validate(_ event: RouteEvent, at path: String, today: PartialDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let from = event.dateFrom, from.isInFuture(today: today) { issues.append(.init(join(path, "dateFrom"), .inFuture)) }
        if let to = event.dateTo, to.isInFuture(today: today) { issues.append(.init(join(path, "dateTo"), .inFuture)) }
        if let from = event.dateFrom, let to = event.dateTo {
            let start = from.firstDay, end = to.lastDay
            if (end.year, end.month, end.day) < (start.year, start.month, start.day) { issues.append(.init(join(path, "dateTo"), .endBeforeStart)) }
        }
        if let country = event.country, Country.find(country) == nil {
            issues.append(.init(join(path, "country"), .unknownCountry(country)))
        }
        if let latitude = event.latitude, !(-90...90).contains(latitude) { issues.append(.init(join(path, "latitude"), .invalidCoordinates)) }
        if let longitude = event.longitude, !(-180...180).contains(longitude) { issues.append(.init(join(path, "longitude"), .invalidCoordinates)) }
        if (event.latitude == nil) != (event.longitude == nil) { issues.append(.init(join(path, "longitude"), .incompleteCoordinates)) }
        if let description = event.description, description.count > maximumTextLength {
            issues.append(.init(join(path, "description"), .tooLong(max: maximumTextLength)))
        }
        return issues
    }

    public static func validate(_ record: CaseRecord, at path: String, today: PartialDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if record.openedOn.isInFuture(today: today) { issues.append(.init(join(path, "openedOn"), .inFuture)) }
        let closed = record.status == .closed || record.status == .closedReferred
        if closed, (record.closureReason ?? "").isEmpty {
            issues.append(.init(join(path, "closureReason"), .requiredWhenClosed))
        }
        if let closedOn = record.closedOn {
            if closedOn.isInFuture(today: today) { issues.append(.init(join(path, "closedOn"), .inFuture)) }
            if closedOn < record.openedOn { issues.append(.init(join(path, "closedOn"), .endBeforeStart)) }
        }
        for (name, value) in [("summary", record.summary), ("closureReason", record.closureReason)] {
            if let value, value.count > maximumTextLength { issues.append(.init(join(path, name), .tooLong(max: maximumTextLength))) }
        }
        return issues
    }

    /// `path.name`, or just `name` at the top level.
    static func join(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : "\(path).\(name)"
    }

    /// One `@`, text on both sides, a dot in the domain, no spaces.
    public static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace), text.count <= 254 else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
