extension FeatureTable {
    /// The blocking input of record `index`, rebuilt from its features.
    func blockingInput(_ index: Int) -> BlockingInput {
        let feature = features[index]
        var date: LinkageDate?
        if feature.year != 0 {
            date = LinkageDate(year: Int(feature.year), month: feature.month == 0 ? nil : Int(feature.month),
                               day: feature.day == 0 ? nil : Int(feature.day))
        }
        return BlockingInput(
            phone: feature.phone >= 0 ? phonePool.string(feature.phone) : nil,
            givenCodes: feature.given.codes.values.map { codePool.string($0) },
            familyCodes: feature.family.codes.values.map { codePool.string($0) },
            birthDate: date,
            nationality: feature.nationality >= 0 ? nationalityPool.string(feature.nationality) : "",
            city: feature.city >= 0 ? cityPool.string(feature.city) : "")
    }

    /// Order inside oversized blocks: the first bytes of the folded family
    /// and given names, so neighbours have similar names.
    func neighbourhoodSortKey(_ index: Int) -> UInt64 {
        let feature = features[index]
        var key: UInt64 = 0
        var used = 0
        for name in [feature.family, feature.given] where name.folded >= 0 {
            for byte in tokenPool.bytes(name.folded).prefix(8 - used) {
                key = key << 8 | UInt64(byte)
                used += 1
            }
            if used >= 5 { break }
        }
        return key << (8 * UInt64(8 - used))
    }

    /// The blocking index of all records under the plain-text keys.
    public func blockingIndex(maxBlockSize: Int = 400, window: Int = 15) -> BlockingIndex {
        let perChunk = parallelCollect(count: count) { range -> ([UInt64], [Int], [UInt64]) in
            var keys: [UInt64] = [], counts: [Int] = [], sortKeys: [UInt64] = []
            for index in range {
                let recordKeys = Set(blockingInput(index).keys().map { BlockingKey.plain(rule: $0.rule, key: $0.key) })
                keys.append(contentsOf: recordKeys)
                counts.append(recordKeys.count)
                sortKeys.append(neighbourhoodSortKey(index))
            }
            return (keys, counts, sortKeys)
        }
        return BlockingIndex.assemble(recordCount: count, perChunk: perChunk, maxBlockSize: maxBlockSize, window: window)
    }
}

extension BlockingIndex {
    /// Builds the index from per-chunk (keys, key counts, sort keys).
    static func assemble(recordCount: Int, perChunk: [([UInt64], [Int], [UInt64])], maxBlockSize: Int,
                         window: Int) -> BlockingIndex {
        var keys: [UInt64] = [], offsets = [0], sortKeys: [UInt64] = []
        keys.reserveCapacity(perChunk.reduce(0) { $0 + $1.0.count })
        sortKeys.reserveCapacity(recordCount)
        offsets.reserveCapacity(recordCount + 1)
        for (chunkKeys, counts, chunkSortKeys) in perChunk {
            keys.append(contentsOf: chunkKeys)
            for count in counts { offsets.append(offsets.last! + count) }
            sortKeys.append(contentsOf: chunkSortKeys)
        }
        return BlockingIndex(recordCount: recordCount, keys: keys, offsets: offsets, sortKeys: sortKeys,
                             maxBlockSize: maxBlockSize, window: window)
    }
}
