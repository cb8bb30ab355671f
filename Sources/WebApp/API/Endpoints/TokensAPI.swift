import Vapor

enum TokensAPI {
    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/tokens", operationID: "listTokens", summary: "The token user's own access tokens, newest first.", tag: "Tokens",
            success: .init(status: 200, description: "The tokens.", schema: .array(.ref("AccessToken")))
        )) { request in
            try await request.tokenService.list(try request.caller()).map(AccessTokenDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/tokens", operationID: "createToken", summary: "Create an access token for the token user.", tag: "Tokens",
            requestBody: AccessTokenRequest.schema,
            success: .init(status: 201, description: "Created; `secret` is shown this once.", schema: .ref("CreatedAccessToken")), errors: [422]
        )) { request in
            let body = try request.content.decode(AccessTokenRequest.self)
            let (token, secret) = try await request.tokenService.create(try request.caller(), name: body.name, lifetimeDays: body.lifetimeDays)
            return Created(body: CreatedAccessTokenDTO(token: try AccessTokenDTO(token), secret: secret))
        }

        api.add(APIOperation(
            method: .DELETE, path: "/tokens/{id}", operationID: "revokeToken", summary: "Revoke one of the token user's tokens.", tag: "Tokens",
            parameters: [.path("id", "The token's id.")],
            success: .init(status: 200, description: "The revoked token.", schema: .ref("AccessToken")), errors: [404]
        )) { request in
            try AccessTokenDTO(try await request.tokenService.revoke(try request.caller(), id: try request.uuidParameter("id")))
        }
    }
}
