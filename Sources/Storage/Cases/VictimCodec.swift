import CaseModel
import Foundation

/// Turns a ``VictimContext`` into its stored form and back.
public struct VictimCodec: Sendable {
    public let cipher: FieldCipher

    public init(cipher: FieldCipher) {
        self.cipher = cipher
    }

    /// Writes the single-valued fields into `model`; multi-select values are returned as rows.
    public func apply(_ context: VictimContext, to model: VictimModel, person: PersonRecord?) throws -> [CodeValueModel] {
        let id = try model.requireID()
        model.traffickingStatus = context.traffickingStatus.rawValue
        model.statusDecidedBy = context.statusDecidedBy?.rawValue
        model.statusDecidedOn = context.statusDecidedOn?.toMonth.description
        model.identifiedOn = context.identifiedOn?.toMonth.description
        model.relationshipToTrafficker = context.relationshipToTrafficker?.rawValue
        model.ageWhenTrafficked = context.ageWhenTrafficked
        model.ageGroupAtExploitation = Self.ageGroupAtExploitation(context, person: person).rawValue
        model.forcedLabourIndustry = context.forcedLabourIndustry?.rawValue
        model.exploitationCountry = context.exploitationCountry.flatMap { Country.find($0)?.iso3 }
        model.repatriatedTo = context.repatriatedTo.flatMap { Country.find($0)?.iso3 }
        model.repatriatedOn = context.repatriatedOn?.toMonth.description
        model.exploitationPlaceCipher = try cipher.sealOptional(context.exploitationPlace, field: VictimModel.EncryptedField.exploitationPlace, rowID: id)
        return context.multiSelectValues.flatMap { field, values in values.map { CodeValueModel(ownerID: id, field: field, value: $0) } }
    }

    /// Reads a stored victim context back, with its multi-select rows.
    public func decode(_ model: VictimModel, codes: [CodeValueModel]) throws -> VictimContext {
        let id = try model.requireID()
        var context = VictimContext(identifiedOn: model.identifiedOn.flatMap(PartialDate.init(parsing:)))
        context.traffickingStatus = TraffickingStatus(rawValue: model.traffickingStatus) ?? .possibleVictimOfTrafficking
        context.statusDecidedBy = model.statusDecidedBy.flatMap(StatusDecisionMaker.init(rawValue:))
        context.statusDecidedOn = model.statusDecidedOn.flatMap(PartialDate.init(parsing:))
        context.relationshipToTrafficker = model.relationshipToTrafficker.flatMap(RelationshipToTrafficker.init(rawValue:))
        context.ageWhenTrafficked = model.ageWhenTrafficked
        if model.ageWhenTrafficked == nil, let group = AgeGroup(rawValue: model.ageGroupAtExploitation), group != .unknown {
            context.ageGroupAtExploitation = group
        }
        context.forcedLabourIndustry = model.forcedLabourIndustry.flatMap(ForcedLabourIndustry.init(rawValue:))
        context.exploitationCountry = model.exploitationCountry
        context.repatriatedTo = model.repatriatedTo
        context.repatriatedOn = model.repatriatedOn.flatMap(PartialDate.init(parsing:))
        context.exploitationPlace = try cipher.openOptional(model.exploitationPlaceCipher, field: VictimModel.EncryptedField.exploitationPlace, rowID: id)
        context.setMultiSelect(codes.filter { $0.ownerID == id }.map { ($0.field, $0.value) })
        return context
    }

    /// The GLOTIP age group when exploitation began: from the age when
    /// trafficked if known, otherwise from the birth date and the identification date.
    static func ageGroupAtExploitation(_ context: VictimContext, person: PersonRecord?) -> AgeGroup {
        if let age = context.ageWhenTrafficked { return AgeGroup(age: age) }
        if let birth = person?.birthDate, let identified = context.identifiedOn { return AgeGroup(ages: birth.ages(on: identified)) }
        return context.ageGroupAtExploitation ?? .unknown
    }
}

/// Turns a ``PerpetratorContext`` into its stored form and back.
public struct PerpetratorCodec: Sendable {
    public let cipher: FieldCipher

    public init(cipher: FieldCipher) {
        self.cipher = cipher
    }

    public func apply(_ context: PerpetratorContext, to model: PerpetratorModel) throws -> [CodeValueModel] {
        let id = try model.requireID()
        model.relationship = context.relationship?.rawValue
        model.roleDetailsCipher = try cipher.sealOptional(context.roleDetails, field: PerpetratorModel.EncryptedField.roleDetails, rowID: id)
        return context.roles.map(\.rawValue).sorted().map { CodeValueModel(ownerID: id, field: PerpetratorContext.rolesField, value: $0) }
    }

    public func decode(_ model: PerpetratorModel, codes: [CodeValueModel]) throws -> PerpetratorContext {
        let id = try model.requireID()
        return PerpetratorContext(
            roles: Set(codes.filter { $0.ownerID == id && $0.field == PerpetratorContext.rolesField }.compactMap { PerpetratorRole(rawValue: $0.value) }),
            relationship: model.relationship.flatMap(RelationshipToTrafficker.init(rawValue:)),
            roleDetails: try cipher.openOptional(model.roleDetailsCipher, field: PerpetratorModel.EncryptedField.roleDetails, rowID: id)
        )
    }
}
