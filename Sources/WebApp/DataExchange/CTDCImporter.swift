import CaseModel
import Foundation
import Interchange
import Storage

/// Reads a CTDC file (any of its three layouts) into cases: one case per row,
/// with one victim, and for the victim–perpetrator file one perpetrator.
///
/// CTDC is coarser than HTCDS in places (merged categories, banded years,
/// regions instead of countries). Exact values become HTCDS fields; the rest is
/// kept word for word in the case summary, so nothing is lost and no
/// statistic counts a guess. docs/ctdc-crosswalk.md lists every column.
struct CTDCImporter {
    let sink: CaseImportSink
    let progress: (any ImportProgress)?

    func run(_ source: RowSource, errors: inout [ImportRowError]) throws {
        let totalBytes = (try? FileManager.default.attributesOfItem(atPath: source.url.path)[.size] as? Int64) ?? nil
        let today = PartialDate.today(sink.context.now())
        let sourceName = sink.source
        var mapper: CTDCMapper?
        var header: [String] = []
        var collected: [ImportRowError] = []
        try source.forEachRow({ number, cells in
            if mapper == nil {
                header = Array(cells.keys)
                mapper = try CTDCMapper(header: header)
            }
            sink.countRead()
            let mapped = mapper!.map(header.map { cells[$0] ?? "" }, row: number)
            let draft = Self.draft(mapped.record, source: sourceName, today: today)
            // Cells CTDC defines but HTCDS cannot hold are listed, not fatal: the row still imports.
            collected += mapped.issues.filter { $0.kind == .invalidValue || $0.kind == .malformedRow }
                .map { ImportRowError(row: number, column: $0.column, value: $0.value, message: $0.message) }
            try sink.add(draft, rows: 1)
        }, unreadable: { number, message in
            sink.countRead()
            sink.countErrors()
            collected.append(ImportRowError(row: number, column: "", value: "", message: message))
        }, bytesRead: { bytes in
            progress?.update(sink.summary, bytesRead: bytes, totalBytes: totalBytes)
        })
        try sink.finish()
        progress?.update(sink.summary, bytesRead: totalBytes, totalBytes: totalBytes)
        errors += collected
    }

    static func draft(_ record: CTDCRecord, source: String, today: PartialDate) -> CaseDraft {
        var notes: [String] = ["Imported from CTDC (\(record.layout.rawValue)), row \(record.row)."]
        var identified: PartialDate?
        if let years = record.registrationYears {
            if let upper = years.upperBound, upper == years.lowerBound {
                identified = PartialDate(year: years.lowerBound)
            } else {
                notes.append("Registered \(years).")
            }
        }

        var person = PersonRecord()
        person.gender = record.gender
        if record.gender == nil, let merged = record.mergedGender {
            // All three candidates count as "Other" in GLOTIP's sex categories.
            person.gender = .nonConforming
            notes.append("Gender: \(merged.source).")
        }
        person.ageGroup = record.ageGroup == .unknown ? nil : record.ageGroup
        if let band = record.ageBand { notes.append("Age band: \(band).") }
        person.citizenships = record.citizenship.map { [$0.iso3] } ?? []
        if let region = record.originRegion { notes.append("Region of origin: \(region.rawValue).") }

        var victim = VictimContext(identifiedOn: identified)
        victim.traffickingStatus = record.dataSource == .hotline ? .possibleVictimOfTrafficking : .actualVictimOfTrafficking
        victim.ageGroupAtExploitation = record.ageGroupAtExploitation == .unknown ? nil : record.ageGroupAtExploitation
        victim.exploitationTypes = exact(record.exploitationTypes, notes: &notes, field: "forms of exploitation")
        victim.controlMethods = exact(record.controlMethods, notes: &notes, field: "means of control")
        victim.sexualExploitationTypes = exact(record.sexualExploitationTypes, notes: &notes, field: "forms of sexual exploitation")
        let industries = exact(record.forcedLabourIndustries, notes: &notes, field: "industries")
        victim.forcedLabourIndustry = ForcedLabourIndustry.allCases.first { industries.contains($0) }
        if industries.count > 1 { notes.append("Industries: \(industries.map(\.rawValue).sorted().joined(separator: ", ")).") }
        let relations = exact(record.recruiterRelationships, notes: &notes, field: "relationship to the recruiter")
        victim.relationshipToTrafficker = RelationshipToTrafficker.allCases.first { relations.contains($0) }
        if relations.count > 1 { notes.append("Relationships: \(relations.map(\.rawValue).sorted().joined(separator: ", ")).") }
        victim.exploitationCountry = record.countryOfExploitation?.iso3
        if let region = record.exploitationRegion { notes.append("Region of exploitation: \(region.rawValue).") }
        if let abduction = record.abduction { notes.append("Abduction: \(abduction ? "yes" : "no").") }
        if let months = record.traffickingMonths { notes.append("Months in trafficking: \(months).") }

        var draft = CaseDraft(record: CaseRecord(openedOn: identified ?? today))
        draft.sourceID = "ctdc:\(source)#\(record.row)"
        var events: [(victimIndex: Int?, event: RouteEvent)] = []
        if let country = record.countryOfExploitation {
            events.append((0, RouteEvent(type: .exploitation, dateFrom: identified, country: country.iso3)))
        }
        draft.events = events
        if let group = record.perpetrators {
            var perpetrator = PersonRecord()
            if let genders = group.genders {
                if genders.count == 1 { perpetrator.gender = genders.first } else { notes.append("Perpetrators' genders: \(genders.map(\.rawValue).sorted().joined(separator: ", ")).") }
            }
            var context = PerpetratorContext(roles: exact(group.roles, notes: &notes, field: "perpetrator roles"))
            let relations = exact(group.relationships, notes: &notes, field: "relationship to the perpetrators")
            context.relationship = RelationshipToTrafficker.allCases.first { relations.contains($0) }
            if let regions = group.citizenshipRegions, !regions.isEmpty { notes.append("Perpetrators' regions: \(regions.map(\.rawValue).sorted().joined(separator: ", ")).") }
            if let bands = group.ageBands, !bands.isEmpty { notes.append("Perpetrators' age bands: \(bands.map(\.description).joined(separator: ", ")).") }
            if let paid = group.paidMoney, !paid.isEmpty { notes.append("Money paid: \(paid.sorted { !$0 && $1 }.map { $0 ? "yes" : "no" }.joined(separator: ", ")).") }
            draft.perpetrators = [(.new(perpetrator), context)]
        }
        draft.victims = [(.new(person), victim)]
        draft.record.summary = notes.joined(separator: " ")
        return draft
    }

    /// The exact HTCDS codes of a CTDC field; merged and unmapped CTDC categories go into the notes.
    static func exact<Code>(_ set: MappedSet<Code>?, notes: inout [String], field: String) -> Set<Code> {
        guard let set else { return [] }
        let extra = set.merged.map(\.source).sorted() + set.unmapped.sorted()
        if !extra.isEmpty { notes.append("CTDC \(field): \(extra.joined(separator: ", ")).") }
        return set.codes
    }
}
