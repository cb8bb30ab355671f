import Vapor

/// `/me`: the token's own user, and changing its password.
enum MeAPI {
    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/me", operationID: "getMe", summary: "The user this token belongs to.", tag: "Account",
            success: .init(status: 200, description: "The user.", schema: .ref("User"))
        )) { request in
            let caller = try request.caller()
            return UserDTO(try await request.userService.get(caller, id: caller.user.id))
        }

        api.add(APIOperation(
            method: .POST, path: "/me/password", operationID: "changeMyPassword", summary: "Change the token user's password. Other browser sessions end.", tag: "Account",
            requestBody: PasswordChangeRequest.schema,
            success: .init(status: 204, description: "Changed."), errors: [422]
        )) { request -> HTTPStatus in
            let body = try request.content.decode(PasswordChangeRequest.self)
            try await request.userService.changeOwnPassword(try request.caller(), current: body.currentPassword, new: body.newPassword, confirmation: body.newPassword)
            return .noContent
        }
    }
}
