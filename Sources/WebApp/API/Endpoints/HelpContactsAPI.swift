import Foundation
import Vapor

/// The awareness section's directory of help contacts and consulates: the
/// public reads the active contacts without a token; the system administrator
/// lists all of them and adds, edits, deactivates and reactivates them. Other
/// roles get 404 on every editing operation.
enum HelpContactsAPI {
    static let tag = "Help directory"
    static let contactID = APIOperation.Parameter.path("id", "The contact's id.")

    static let filters: [APIOperation.Parameter] = [
        .query("kind", "Only contacts of this kind.", HelpContactDTO.kindSchema),
        .query("country", "ISO 3166 code: contacts in this country, and consulates of this country wherever they are."),
        .query("language", "ISO 639 code: contacts that speak this language."),
    ] + APIOperation.Parameter.pagination

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/help-contacts", operationID: "listHelpContacts",
            summary: "The active help contacts and consulates, by name, as the public help page shows them. No token.",
            tag: tag, parameters: filters,
            success: .init(status: 200, description: "A page of active contacts.", schema: PageDTO<HelpContactDTO>.schema(of: "HelpContact")),
            errors: [422], isPublic: true
        )) { request in
            let filter = try HelpDirectoryFilter { request.queryValue($0) }.checked()
            let page = try await request.helpDirectory.publicList(filter, cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, HelpContactDTO.init)
        }

        api.add(APIOperation(
            method: .GET, path: "/help-contacts/{id}", operationID: "getHelpContact",
            summary: "One active contact. No token; a deactivated contact is 404.", tag: tag, parameters: [contactID],
            success: .init(status: 200, description: "The contact.", schema: .ref("HelpContact")), errors: [404], isPublic: true
        )) { request in
            HelpContactDTO(try await request.helpDirectory.publicGet(id: try request.uuidParameter("id")))
        }

        api.add(APIOperation(
            method: .POST, path: "/help-contacts", operationID: "createHelpContact",
            summary: "Add a contact (system administrator). It is active, so public at once. Audited.",
            tag: tag, requestBody: .ref("HelpContactInput"),
            success: .init(status: 201, description: "The new contact.", schema: .ref("HelpContact")), errors: [404, 422]
        )) { request in
            let caller = try request.caller()
            let body = try request.content.decode(HelpContactRequest.self)
            let id = try await request.helpDirectory.create(caller, body.input)
            return Created(body: HelpContactDTO(try await request.helpDirectory.get(caller, id: id)))
        }

        api.add(APIOperation(
            method: .PUT, path: "/help-contacts/{id}", operationID: "updateHelpContact",
            summary: "Replace a contact's description (system administrator). `active: false` deactivates it (no longer public), `true` reactivates it; omitted keeps it. Audited.",
            tag: tag, parameters: [contactID], requestBody: .ref("HelpContactInput"),
            success: .init(status: 200, description: "The contact as saved.", schema: .ref("HelpContact")), errors: [404, 422]
        )) { request in
            let caller = try request.caller()
            let id = try request.uuidParameter("id")
            try await request.helpDirectory.update(caller, id: id, try request.content.decode(HelpContactRequest.self).input)
            return HelpContactDTO(try await request.helpDirectory.get(caller, id: id))
        }

        api.add(APIOperation(
            method: .GET, path: "/admin/help-contacts", operationID: "listAllHelpContacts",
            summary: "Every contact, deactivated ones included, by name (system administrator), with the same filters as the public list.",
            tag: tag, parameters: filters,
            success: .init(status: 200, description: "A page of contacts.", schema: PageDTO<HelpContactDTO>.schema(of: "HelpContact")),
            errors: [404, 422]
        )) { request in
            let caller = try request.caller()
            let filter = try HelpDirectoryFilter { request.queryValue($0) }.checked()
            return PageDTO(try await request.helpDirectory.list(caller, filter, cursor: request.queryValue("cursor"), limit: try request.limit()), HelpContactDTO.init)
        }

        api.add(APIOperation(
            method: .GET, path: "/admin/help-contacts/{id}", operationID: "getAnyHelpContact",
            summary: "One contact, active or not (system administrator).", tag: tag, parameters: [contactID],
            success: .init(status: 200, description: "The contact.", schema: .ref("HelpContact")), errors: [404]
        )) { request in
            HelpContactDTO(try await request.helpDirectory.get(try request.caller(), id: try request.uuidParameter("id")))
        }
    }
}

extension Request {
    var helpDirectory: HelpDirectoryService { HelpDirectoryService(database: db, context: libertas) }
}
