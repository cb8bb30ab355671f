/// The blocking rules: which records are compared at all.
///
/// A pair is compared when the two records share a key of any rule (the
/// rules are OR-ed). Each key is a short string; the plain-text pipeline
/// hashes it with a public hash, the privacy-preserving one with the
/// agencies' secret key, so both produce the same candidate pairs.
public enum BlockingRule: Int, Sendable, CaseIterable, Codable {
    /// Same E.164 phone, or one digit edit apart (shared one-deletion
    /// variant): a dropped or transposed digit still meets.
    case phone = 0
    /// A phonetic code of the given name with one of the family name, as an
    /// unordered pair: catches spelling variants and swapped name order.
    case namePair = 1
    /// Birth year with a phonetic code of any name part: catches a record
    /// whose other name part is a nickname, missing or garbled.
    case yearAndName = 2
    /// Given-name code with nationality and city: records without birth date
    /// and family name (hotline calls).
    case givenNationalityCity = 3
    /// Full birth date with nationality: catches records whose names both
    /// differ (transliterated beyond recognition, or aliases).
    case dateAndNationality = 4

    public var label: String {
        switch self {
        case .phone: "phone (one edit)"
        case .namePair: "given code + family code (unordered)"
        case .yearAndName: "birth year + name code"
        case .givenNationalityCity: "given code + nationality + city"
        case .dateAndNationality: "full birth date + nationality"
        }
    }
}

/// What the blocking rules read from a record, in plain text.
public struct BlockingInput: Sendable {
    public var phone: String?
    /// Double Metaphone codes of the given and family name, most telling
    /// first (``NameParts/codes``).
    public var givenCodes: [String]
    public var familyCodes: [String]
    public var birthDate: LinkageDate?
    public var nationality: String
    public var city: String

    public init(phone: String?, givenCodes: [String], familyCodes: [String], birthDate: LinkageDate?,
                nationality: String, city: String) {
        self.phone = phone
        self.givenCodes = givenCodes
        self.familyCodes = familyCodes
        self.birthDate = birthDate
        self.nationality = nationality
        self.city = city
    }

    /// The key strings of every rule for this record.
    public func keys() -> [(rule: BlockingRule, key: String)] {
        var keys: [(BlockingRule, String)] = []
        if let phone {
            keys.append((.phone, phone))
            for variant in PhoneNormalizer.deletionVariants(phone) { keys.append((.phone, variant)) }
        }
        let given = Array(givenCodes.prefix(3)), family = Array(familyCodes.prefix(3))
        for g in given {
            for f in family { keys.append((.namePair, g < f ? g + "|" + f : f + "|" + g)) }
        }
        if let year = birthDate?.year {
            for code in Set(given + family) { keys.append((.yearAndName, "\(year)|\(code)")) }
        }
        if !nationality.isEmpty && !city.isEmpty {
            for code in given.prefix(2) { keys.append((.givenNationalityCity, "\(code)|\(nationality)|\(city)")) }
        }
        if let date = birthDate, let month = date.month, let day = date.day, !nationality.isEmpty {
            keys.append((.dateAndNationality, "\(date.year)-\(month)-\(day)|\(nationality)"))
        }
        return keys
    }
}

/// Combines a rule and a 64-bit key hash into one sortable key: the rule in
/// the top 4 bits (so that sorting orders rules first, which is how a pair
/// is attributed to the first rule that generates it), bit 59 reserved for
/// the oversized-block flag, the hash in the rest.
enum BlockingKey {
    static let oversizedFlag: UInt64 = 1 << 59
    static let hashMask: UInt64 = (1 << 59) - 1

    @inline(__always)
    static func make(rule: BlockingRule, hash: UInt64) -> UInt64 {
        (UInt64(rule.rawValue) << 60) | (hash & hashMask)
    }

    @inline(__always)
    static func rule(of key: UInt64) -> Int { Int(key >> 60) }

    /// The plain-text key: a public hash of the rule and the key string.
    static func plain(rule: BlockingRule, key: String) -> UInt64 {
        make(rule: rule, hash: StableHash.hash(key, seed: UInt64(rule.rawValue) &* 0x100_0000_01B3))
    }
}
