import CaseModel

/// JSON schemas of the case registry's bodies, built from the code lists so the
/// document always offers exactly the values the server accepts.
enum CaseSchemas {
    static func code<L: CodeList>(_ list: L.Type, _ description: String? = nil) -> JSONSchema {
        .string(values: L.allCases.map(\.rawValue), description: description ?? "HTCDS `\(L.field)`")
    }

    static func codes<L: CodeList>(_ list: L.Type) -> JSONSchema { .array(code(list)) }

    static let partialDate = JSONSchema.string(description: "YYYY, YYYY-MM or YYYY-MM-DD")
    static let day = JSONSchema.string(format: "date")
    static let country = JSONSchema.string(description: "ISO 3166 alpha-3 (alpha-2 and M49 are accepted on input)")
    static let text = JSONSchema.string()

    static let address = JSONSchema.object([
        ("street", text), ("city", text), ("state", text), ("postalCode", text), ("country", country),
    ], required: [])

    static let person = JSONSchema.object([
        ("givenName", text), ("middleName", text), ("familyName", text), ("aliases", .array(text)),
        ("birthDate", partialDate), ("ageGroup", .string(values: AgeGroup.allCases.map(\.rawValue), description: "Only when no birth date is known")),
        ("gender", code(Gender.self)), ("citizenships", .array(country)),
        ("primaryLanguage", .string(description: "ISO 639-2")), ("secondaryLanguage", .string(description: "ISO 639-2")),
        ("maritalStatus", code(MaritalStatus.self)), ("numberOfChildren", .integer(minimum: 0, maximum: 40)),
        ("education", code(EducationLevel.self)), ("identityNumber", text), ("email", .string(format: "email")),
        ("phone", .string(description: "E.164")), ("address", .ref("Address")), ("deceased", .boolean), ("notes", text),
    ], required: [])

    static let victimContext = JSONSchema.object([
        ("traffickingStatus", code(TraffickingStatus.self)), ("statusDecidedBy", code(StatusDecisionMaker.self)),
        ("statusDecidedOn", partialDate), ("identifiedOn", partialDate),
        ("relationshipToTrafficker", code(RelationshipToTrafficker.self)), ("ageWhenTrafficked", .integer(minimum: 0, maximum: 120)),
        ("ageGroupAtExploitation", .string(values: AgeGroup.allCases.map(\.rawValue), description: "Only when neither the age then nor the birth date is known")),
        ("exploitationTypes", codes(ExploitationType.self)), ("forcedLabourIndustry", code(ForcedLabourIndustry.self)),
        ("sexualExploitationTypes", codes(SexualExploitationType.self)), ("controlMethods", codes(ControlMethod.self)),
        ("recruitmentMethods", codes(RecruitmentMethod.self)), ("recruitmentPlatforms", codes(OnlinePlatform.self)),
        ("exploitationPlatforms", codes(OnlinePlatform.self)), ("exploitationCountry", country), ("exploitationPlace", text),
        ("repatriatedTo", country), ("repatriatedOn", partialDate),
    ], required: [])

    static let perpetratorContext = JSONSchema.object([
        ("roles", codes(PerpetratorRole.self)), ("relationship", code(RelationshipToTrafficker.self)), ("roleDetails", text),
    ], required: [])

    static let routeEvent = JSONSchema.object([
        ("type", code(EventType.self)), ("dateFrom", partialDate), ("dateTo", partialDate), ("country", country),
        ("adminArea", text), ("city", text), ("street", text), ("postalCode", text),
        ("latitude", .number), ("longitude", .number), ("description", text),
    ], required: ["type"])

    static let caseRecord = JSONSchema.object([
        ("openedOn", partialDate), ("status", code(CaseStatus.self)), ("closedOn", partialDate),
        ("closureReason", text), ("summary", text),
    ], required: ["openedOn"])

    static let participant = JSONSchema.object([
        ("id", .uuid), ("personId", .uuid), ("person", .ref("Person")), ("context", .ref("VictimContext")),
    ], required: ["id", "personId", "person", "context"])

    static let caseFile = JSONSchema.object([
        ("id", .uuid), ("reference", text), ("organisationId", .uuid), ("assignedTo", .nullable(.uuid)),
        ("record", .ref("CaseRecord")),
        ("victims", .array(participant)),
        ("perpetrators", .array(.object([("id", .uuid), ("personId", .uuid), ("person", .ref("Person")), ("context", .ref("PerpetratorContext"))], required: ["id", "personId", "person", "context"]))),
        ("events", .array(.object([("id", .uuid), ("victimId", .nullable(.uuid)), ("event", .ref("RouteEvent"))], required: ["id", "event"]))),
        ("consents", .array(.object([
            ("id", .uuid), ("personId", .uuid), ("purpose", code(ConsentPurpose.self)), ("granted", .boolean), ("givenOn", day),
            ("method", code(ConsentMethod.self)), ("givenBy", text), ("withdrawnOn", day), ("withdrawalNote", text), ("shares", codes(DisclosureGroup.self)), ("current", .boolean),
        ], required: ["id", "personId", "purpose", "granted", "givenOn", "method", "current"]))),
        ("supportPlans", .array(.object([
            ("id", .uuid), ("victimId", .uuid), ("type", code(SupportPlanType.self)), ("objectives", text), ("actionPlan", text),
            ("plannedEnd", day), ("actualEnd", day),
        ], required: ["id", "victimId", "type"]))),
        ("services", .array(.object([
            ("id", .uuid), ("victimId", .uuid), ("planId", .uuid), ("type", code(ServiceType.self)), ("need", text), ("providerId", .uuid),
            ("providerName", text), ("status", code(ServiceStatus.self)), ("startOn", day), ("endOn", day), ("notes", text),
        ], required: ["id", "victimId", "type", "status"]))),
        ("comments", .array(.object([("id", .uuid), ("author", text), ("body", text), ("createdAt", .dateTime)], required: ["id", "author", "body"]))),
        ("attachments", .array(.object([
            ("id", .uuid), ("fileName", text), ("contentType", text), ("sizeBytes", .integer(minimum: 0)), ("uploadedAt", .dateTime),
        ], required: ["id", "fileName", "contentType", "sizeBytes"]))),
        ("createdAt", .dateTime), ("updatedAt", .dateTime),
    ], required: ["id", "reference", "organisationId", "record", "victims", "perpetrators", "events", "consents", "supportPlans", "services", "comments", "attachments"])

    static let caseSummary = JSONSchema.object([
        ("id", .uuid), ("reference", text), ("organisationId", .uuid), ("status", code(CaseStatus.self)), ("openedOn", day),
        ("assignedTo", .uuid), ("victims", .array(text)), ("exploitationTypes", codes(ExploitationType.self)),
    ], required: ["id", "reference", "organisationId", "status", "openedOn", "victims", "exploitationTypes"])

    static let newCase = JSONSchema.object([
        ("record", .ref("CaseRecord")),
        ("victims", .array(.object([("personId", .uuid), ("person", .ref("Person")), ("context", .ref("VictimContext"))], required: ["context"]))),
        ("perpetrators", .array(.object([("personId", .uuid), ("person", .ref("Person")), ("context", .ref("PerpetratorContext"))], required: []))),
        ("events", .array(.object([("victim", .integer(minimum: 0)), ("event", .ref("RouteEvent"))], required: ["event"]))),
    ], required: ["record"])

    /// The named schemas this file adds to the document.
    static let components: [String: JSONSchema] = [
        "Address": address, "Person": person, "VictimContext": victimContext, "PerpetratorContext": perpetratorContext,
        "RouteEvent": routeEvent, "CaseRecord": caseRecord, "Case": caseFile, "CaseSummary": caseSummary, "NewCase": newCase,
    ]
}
