import CaseModel

/// Counts of persons at the finest grain the GLOTIP tables need, as the database returns them
/// (one `GROUP BY` each). The table builder adds the margins and applies suppression; it never
/// needs a record about a person.
public struct GLOTIPTallies: Sendable, Equatable {
    /// Detected victims by year, sex, age and the one GLOTIP group of their forms of exploitation:
    /// `nil` when no form is recorded. A victim exploited in forms of several groups counts once,
    /// under "Other forms of exploitation" (UNODC's "mixed forms").
    public var victimsByGroup: [VictimGroupKey: Int]
    /// Detected victims by year, sex, age and each HTCDS form: a victim counts once per form.
    public var victimsByForm: [VictimFormKey: Int]
    /// Detected victims by year and first-recorded citizenship (ISO 3166-1 alpha-3; `nil` unknown).
    public var victimsByCitizenship: [YearCountryKey: Int]
    /// Detected victims by year and the country they were repatriated to (`nil`: not repatriated).
    public var victimsByRepatriation: [YearCountryKey: Int]
    /// Persons at each criminal-justice stage, by the year they reached it, sex and age.
    public var personsByStage: [PersonStageKey: Int]
    /// Persons convicted, by year and first-recorded citizenship.
    public var convictedByCitizenship: [YearCountryKey: Int]
    /// Persons convicted, by year and the GLOTIP group of the forms of exploitation in their case
    /// (mixed forms count under other forms; `nil` when the case records none).
    public var convictedByGroup: [YearGroupKey: Int]
    /// Offences of trafficking in persons recorded, by year.
    public var offencesByYear: [Int: Int]

    public init(
        victimsByGroup: [VictimGroupKey: Int] = [:], victimsByForm: [VictimFormKey: Int] = [:],
        victimsByCitizenship: [YearCountryKey: Int] = [:], victimsByRepatriation: [YearCountryKey: Int] = [:],
        personsByStage: [PersonStageKey: Int] = [:], convictedByCitizenship: [YearCountryKey: Int] = [:],
        convictedByGroup: [YearGroupKey: Int] = [:], offencesByYear: [Int: Int] = [:]
    ) {
        self.victimsByGroup = victimsByGroup
        self.victimsByForm = victimsByForm
        self.victimsByCitizenship = victimsByCitizenship
        self.victimsByRepatriation = victimsByRepatriation
        self.personsByStage = personsByStage
        self.convictedByCitizenship = convictedByCitizenship
        self.convictedByGroup = convictedByGroup
        self.offencesByYear = offencesByYear
    }
}

/// A year, a sex and an age category (never `total`).
public struct VictimGroupKey: Hashable, Sendable {
    public var year: Int
    public var sex: GLOTIPSex
    public var age: GLOTIPAge
    public var group: GLOTIPExploitationGroup?

    public init(year: Int, sex: GLOTIPSex, age: GLOTIPAge, group: GLOTIPExploitationGroup?) {
        self.year = year
        self.sex = sex
        self.age = age
        self.group = group
    }
}

public struct VictimFormKey: Hashable, Sendable {
    public var year: Int
    public var sex: GLOTIPSex
    public var age: GLOTIPAge
    public var form: ExploitationType

    public init(year: Int, sex: GLOTIPSex, age: GLOTIPAge, form: ExploitationType) {
        self.year = year
        self.sex = sex
        self.age = age
        self.form = form
    }
}

public struct YearCountryKey: Hashable, Sendable {
    public var year: Int
    /// ISO 3166-1 alpha-3, or `nil` for unknown.
    public var country: String?

    public init(year: Int, country: String?) {
        self.year = year
        self.country = country
    }
}

public struct YearGroupKey: Hashable, Sendable {
    public var year: Int
    public var group: GLOTIPExploitationGroup?

    public init(year: Int, group: GLOTIPExploitationGroup?) {
        self.year = year
        self.group = group
    }
}

/// The criminal-justice stages GLOTIP counts persons at.
public enum JusticeStage: String, CaseIterable, Codable, Sendable {
    /// Suspected, arrested or cautioned: "persons brought into formal contact with the police".
    case formalContact = "FormalContact"
    case prosecuted = "Prosecuted"
    case convicted = "Convicted"

    public var indicator: GLOTIPIndicator {
        switch self {
        case .formalContact: .formalContact
        case .prosecuted: .prosecuted
        case .convicted: .convicted
        }
    }
}

public struct PersonStageKey: Hashable, Sendable {
    public var stage: JusticeStage
    public var year: Int
    public var sex: GLOTIPSex
    public var age: GLOTIPAge

    public init(stage: JusticeStage, year: Int, sex: GLOTIPSex, age: GLOTIPAge) {
        self.stage = stage
        self.year = year
        self.sex = sex
        self.age = age
    }
}
