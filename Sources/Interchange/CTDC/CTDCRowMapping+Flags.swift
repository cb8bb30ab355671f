import CaseModel

extension CTDCRowMapping {
    /// A 0 makes the group known (CTDC said "not this"); a 1 adds the
    /// column's effect; blank, `-99` and `NULL` say nothing. The "not
    /// specified" members never make a group known, so a row whose only
    /// answer is "not specified" keeps the field `nil`.
    mutating func readFlag(_ text: String, _ value: String, column: CTDCMapper.BoundColumn, group: CTDCFlagGroup, effect: CTDCFlagEffect) {
        switch CTDCValue.flag(text) {
        case .unknown:
            return
        case .invalid:
            issue(column, value, .invalidValue, "expected 1, 0, -99 or blank")
        case .value(false):
            if case .notSpecified = effect { return }
            markKnown(group)
        case .value(true):
            apply(effect, group: group, column: column, value: value)
        }
    }

    private mutating func apply(_ effect: CTDCFlagEffect, group: CTDCFlagGroup, column: CTDCMapper.BoundColumn, value: String) {
        let source = column.spec.name
        switch effect {
        case .exploitation(let codes): exploitation.insert(codes)
        case .mergedExploitation(let codes, let also): exploitation.merge(source, codes, alsoCovers: also)
        case .control(let code): control.insert(code)
        case .mergedControl(let codes, let also): control.merge(source, codes, alsoCovers: also)
        case .industry(let code): industries.insert(code)
        case .labourOutsideISIC(let form):
            // Begging is forced labour in CTDC but no ISIC industry; HTCDS has it as a form of exploitation.
            industries.unmapped(source)
            exploitation.insert(form)
        case .sex(let code): sex.insert(code)
        case .relationship(let code): relationships.insert(code)
        case .mergedRelationship(let codes): relationships.merge(source, codes)
        case .role(let code): roles.insert(code)
        case .mergedRole(let codes): roles.merge(source, codes)
        case .noEquivalent(let reason):
            addUnmapped(source, to: group)
            issue(column, value, .noEquivalent, "no HTCDS code: \(reason)")
        case .notSpecified:
            break
        }
    }

    private mutating func markKnown(_ group: CTDCFlagGroup) {
        switch group {
        case .exploitation: exploitation.isKnown = true
        case .control: control.isKnown = true
        case .labour: industries.isKnown = true
        case .sex: sex.isKnown = true
        case .recruiterRelation: relationships.isKnown = true
        case .perpetratorRole: roles.isKnown = true
        }
    }

    private mutating func addUnmapped(_ source: String, to group: CTDCFlagGroup) {
        switch group {
        case .exploitation: exploitation.unmapped(source)
        case .control: control.unmapped(source)
        case .labour: industries.unmapped(source)
        case .sex: sex.unmapped(source)
        case .recruiterRelation: relationships.unmapped(source)
        case .perpetratorRole: roles.unmapped(source)
        }
    }
}
