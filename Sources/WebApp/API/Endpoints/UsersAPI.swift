import Vapor

enum UsersAPI {
    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/users", operationID: "listUsers", summary: "List user accounts the token's user may see, sorted by username.", tag: "Users",
            parameters: [
                .query("organisationId", "Only users of this organisation.", .uuid),
                .query("q", "Only usernames containing this text."),
                .query("active", "`true` for active accounts only.", .boolean),
            ] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of users.", schema: PageDTO<UserDTO>.schema(of: "User"))
        )) { request in
            var organisationID: UUID?
            if let text = request.queryValue("organisationId") {
                guard let id = UUID(uuidString: text) else { throw AppError.badRequest(.errorBadID, ["name": "organisationId"]) }
                organisationID = id
            }
            let page = try await request.userService.list(
                try request.caller(), organisationID: organisationID, search: request.queryValue("q"),
                includeInactive: request.queryValue("active") != "true",
                cursor: request.queryValue("cursor"), limit: try request.limit()
            )
            return PageDTO(page, UserDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/users", operationID: "createUser", summary: "Create a user account with a one-time password.", tag: "Users",
            requestBody: UserRequest.schema(creating: true),
            success: .init(status: 201, description: "Created. Hand the one-time password to the user.", schema: .ref("UserWithPassword")), errors: [403, 404, 409, 422]
        )) { request in
            let body = try request.content.decode(UserRequest.self)
            let (user, password) = try await request.userService.create(try request.caller(), body.input)
            return Created(body: UserWithPasswordDTO(user: UserDTO(user), oneTimePassword: password))
        }

        api.add(APIOperation(
            method: .GET, path: "/users/{id}", operationID: "getUser", summary: "One user account.", tag: "Users",
            parameters: [.path("id", "The user's id.")],
            success: .init(status: 200, description: "The user.", schema: .ref("User")), errors: [404]
        )) { request in
            UserDTO(try await request.userService.get(try request.caller(), id: try request.uuidParameter("id")))
        }

        api.add(APIOperation(
            method: .PATCH, path: "/users/{id}", operationID: "updateUser", summary: "Change a user account. Absent fields stay as they are.", tag: "Users",
            parameters: [.path("id", "The user's id.")],
            requestBody: UserRequest.schema(creating: false),
            success: .init(status: 200, description: "The user as it now is.", schema: .ref("User")), errors: [403, 404, 422]
        )) { request in
            let body = try request.content.decode(UserRequest.self)
            var input = body.input
            input.username = nil
            input.organisationID = nil
            return UserDTO(try await request.userService.update(try request.caller(), id: try request.uuidParameter("id"), input))
        }

        api.add(APIOperation(
            method: .POST, path: "/users/{id}/password-reset", operationID: "resetUserPassword",
            summary: "Give a user a new one-time password; unlocks the account and ends its sessions and tokens.", tag: "Users",
            parameters: [.path("id", "The user's id.")],
            success: .init(status: 200, description: "The new one-time password.", schema: .ref("UserWithPassword")), errors: [403, 404, 422]
        )) { request in
            let caller = try request.caller()
            let id = try request.uuidParameter("id")
            let password = try await request.userService.resetPassword(caller, id: id)
            return UserWithPasswordDTO(user: UserDTO(try await request.userService.get(caller, id: id)), oneTimePassword: password)
        }
    }
}
