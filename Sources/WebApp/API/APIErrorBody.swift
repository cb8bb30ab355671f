import Vapor

/// The JSON body of every API error:
/// `{"error": {"code", "message", "fields": [{"field", "message"}]}, "requestId"}`.
struct APIErrorBody: Content {
    struct Detail: Content {
        var code: String
        var message: String
        var fields: [FieldMessage]
    }

    struct FieldMessage: Content {
        var field: String
        var message: String
    }

    var error: Detail
    var requestId: String

    init(mapped: ErrorMapping.Mapped, requestID: String) {
        error = Detail(code: mapped.code, message: mapped.message, fields: mapped.fields.map { FieldMessage(field: $0.field, message: $0.message) })
        requestId = requestID
    }

    func response(status: HTTPResponseStatus) -> Response {
        let response = Response(status: status)
        try? response.content.encode(self, as: .json)
        return response
    }
}
