/// Encodes records at the agency (``encode(_:)``), with the key the
/// agencies share. The output is all the central site receives.
public struct PrivacyEncoder: Sendable {
    public let key: any KeyedHash
    public let bloom: BloomEncoder
    public var phoneNormalizer = PhoneNormalizer()

    public init(key: any KeyedHash) {
        self.key = key
        bloom = BloomEncoder(key: key)
    }

    public init(secret: [UInt8]) { self.init(key: HMACSHA256(key: secret)) }

    public func encode(_ records: [LinkageRecord]) -> [EncodedRecord] {
        let table = FeatureTable.build(from: records, phoneNormalizer: phoneNormalizer, keepParts: true)
        let parts = table.parts!
        // Names repeat: encode each distinct name once.
        var distinct: [String: Int] = [:]
        var names: [NameParts] = []
        for part in parts {
            for name in [part.given, part.family] where distinct[name.exact] == nil {
                distinct[name.exact] = names.count
                names.append(name)
            }
        }
        let encodedNames = parallelMap(count: names.count) { encodeName(names[$0]) }
        return parallelMap(count: records.count) { index in
            let part = parts[index]
            let given = encodedNames[distinct[part.given.exact]!]
            let family = encodedNames[distinct[part.family.exact]!]
            return encode(id: records[index].id, source: records[index].source, parts: part, given: given, family: family)
        }
    }

    /// The tokens and filter of one name.
    struct EncodedName: Sendable {
        var exact: [UInt64] = [], folded: [UInt64] = [], tokens: [UInt64] = [], codes: [UInt64] = [], formal: [UInt64] = []
        var filter: [UInt64]
    }

    func encodeName(_ name: NameParts) -> EncodedName {
        guard !name.isEmpty else { return EncodedName(filter: bloom.encode("")) }
        return EncodedName(
            exact: [key.token("name", name.exact)],
            folded: [key.token("folded", name.folded)],
            tokens: name.foldedTokens.prefix(SmallIDSet.capacity).map { key.token("folded", $0) },
            codes: name.codes.prefix(SmallIDSet.capacity).map { key.token("code", $0) },
            formal: name.formalNames.prefix(SmallIDSet.capacity).map { key.token("folded", $0) },
            filter: bloom.encode(name.folded))
    }

    func encode(id: String, source: String, parts: RecordParts, given: EncodedName, family: EncodedName) -> EncodedRecord {
        var tokens = [[UInt64]](repeating: [], count: EncodedRecord.Part.allCases.count)
        func set(_ part: EncodedRecord.Part, _ values: [UInt64]) { tokens[part.rawValue] = values }
        set(.givenExact, given.exact); set(.givenFolded, given.folded); set(.givenTokens, given.tokens)
        set(.givenCodes, given.codes); set(.givenFormal, given.formal)
        set(.familyExact, family.exact); set(.familyFolded, family.folded); set(.familyTokens, family.tokens)
        set(.familyCodes, family.codes); set(.familyFormal, family.formal)
        var precision: UInt8 = 0
        if let date = parts.birthDate {
            precision = UInt8(date.precision)
            var values = [UInt64](repeating: 0, count: 6)
            values[0] = key.token("year", "\(date.year)")
            values[5] = key.token("year", "\(date.year + 1)")
            if let month = date.month {
                values[1] = key.token("ym", "\(date.year)-\(month)")
                if let day = date.day {
                    // The same domain for both readings, so that a's
                    // year-month-day meets b's year-day-month when swapped.
                    values[2] = key.token("ymd", "\(date.year)-\(month)-\(day)")
                    values[3] = key.token("ymd", "\(date.year)-\(day)-\(month)")
                    values[4] = key.token("md", "\(month)-\(day)")
                }
            }
            set(.birthDate, values)
        }
        if parts.sex != 0 { set(.sex, [key.token("sex", "\(parts.sex)")]) }
        if !parts.nationality.isEmpty { set(.nationality, [key.token("nationality", parts.nationality)]) }
        if !parts.city.isEmpty {
            set(.city, [key.token("city", parts.city)])
            set(.cityTokens, parts.cityTokens.prefix(SmallIDSet.capacity).map { key.token("city token", $0) })
        }
        if let phone = parts.phone {
            set(.phone, [key.token("phone", phone)])
            set(.phoneVariants, PhoneNormalizer.deletionVariants(phone).map { key.token("phone", $0) })
        }
        let input = BlockingInput(phone: parts.phone, givenCodes: parts.given.codes, familyCodes: parts.family.codes,
                                  birthDate: parts.birthDate, nationality: parts.nationality, city: parts.city)
        let blockingKeys = Set(input.keys().map { BlockingKey.make(rule: $0.rule, hash: key.token("block \($0.rule.rawValue)", $0.key)) })
        let sortKey = key.token("order", parts.family.folded + "|" + parts.given.folded)
        return EncodedRecord(id: id, source: source, bloom: given.filter + family.filter, datePrecision: precision,
                             tokens: tokens, blockingKeys: blockingKeys.sorted(), sortKey: sortKey)
    }
}
