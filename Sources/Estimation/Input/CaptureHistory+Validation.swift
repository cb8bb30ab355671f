extension CaptureHistory {
    static func validate(listNames: [String]) throws {
        guard listNames.count >= 2 else { throw EstimationError.tooFewLists(found: listNames.count) }
        guard listNames.count <= maximumListCount else {
            throw EstimationError.tooManyLists(found: listNames.count, limit: maximumListCount)
        }
        var seen = Set<String>()
        for (index, name) in listNames.enumerated() {
            if name.isEmpty { throw EstimationError.emptyListName(index: index) }
            if !seen.insert(name).inserted { throw EstimationError.duplicateListName(name) }
        }
    }

    static func validate(row: Row, listNames: [String]) throws {
        let mask = row.pattern.mask
        guard mask >= 0, mask < 1 << listNames.count else {
            throw EstimationError.patternOutOfRange(mask: mask, listCount: listNames.count)
        }
        if mask == 0 { throw EstimationError.allZeroPattern(count: row.count) }
        if row.count < 0 {
            throw EstimationError.negativeCount(pattern: row.pattern.flags(listCount: listNames.count), count: row.count)
        }
    }
}
