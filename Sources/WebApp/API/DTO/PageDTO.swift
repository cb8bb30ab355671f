import Storage
import Vapor

/// A page of a list: `{"items": [...], "nextCursor": "..." | null}`.
struct PageDTO<Item: Content>: Content {
    var items: [Item]
    var nextCursor: String?

    init<Source>(_ page: ListPage<Source>, _ transform: (Source) throws -> Item) rethrows {
        items = try page.items.map(transform)
        nextCursor = page.nextCursor
    }

    /// `nextCursor` is always written, as `null` on the last page, so clients can test for it.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)
    }

    static func schema(of item: String) -> JSONSchema {
        .object([("items", .array(.ref(item))), ("nextCursor", .nullable(.string()))], required: ["items", "nextCursor"])
    }
}

/// Every named schema of the API.
enum APISchemas {
    static let all: [String: JSONSchema] = CaseSchemas.components.merging(base) { $1 }.merging(NotificationSchemas.components) { $1 }.merging(KnowledgeSchemas.components) { $1 }

    private static let base: [String: JSONSchema] = [
        "Organisation": OrganisationDTO.schema,
        "User": UserDTO.schema,
        "UserWithPassword": UserWithPasswordDTO.schema,
        "AccessToken": AccessTokenDTO.schema,
        "CreatedAccessToken": CreatedAccessTokenDTO.schema,
        "AuditEntry": AuditEntryDTO.schema,
        "AuditVerification": AuditVerificationDTO.schema,
        "DuplicateFlag": DuplicateFlagDTO.schema,
        "Referral": ReferralDTO.schema,
        "ReferralLine": ReferralLineDTO.schema,
        "CaseTransfer": CaseTransferDTO.schema,
        "AnonymousNotification": AnonymousNotificationDTO.schema,
        "NewAnonymousNotification": AnonymousNotificationDTO.inputSchema,
        "Approval": ApprovalDTO.schema,
        "Task": TaskDTO.schema,
        "ServiceProvider": ServiceProviderDTO.schema,
        "ServiceProviderInput": ServiceProviderDTO.inputSchema,
        "HelpContact": HelpContactDTO.schema,
        "HelpContactInput": HelpContactDTO.inputSchema,
        "Estimate": EstimateDTO.schema,
        "Error": .object([
            ("error", .object([
                ("code", .string()),
                ("message", .string()),
                ("fields", .array(.object([("field", .string()), ("message", .string())], required: ["field", "message"]))),
            ], required: ["code", "message", "fields"])),
            ("requestId", .string()),
        ], required: ["error", "requestId"]),
    ]
}
