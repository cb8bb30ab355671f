import Foundation
import Vapor
import Webhooks

/// Sends one signed webhook request and says what became of it.
///
/// Redirects are not followed: an endpoint is the address its administrator
/// entered, and a redirect could point the request anywhere. The receiver's
/// response body is never kept; the log records the status code or our own
/// description of the failure.
struct WebhookSender: Sendable {
    let client: HTTPClient
    let timeout: TimeInterval

    enum Result: Sendable, Equatable {
        case delivered(status: Int)
        case failed(status: Int?, error: String)
    }

    /// A client for one dispatch run, on the application's event loops.
    static func makeClient(_ app: Application, timeout: TimeInterval) -> HTTPClient {
        let seconds = Int64(max(timeout, 1))
        let configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(seconds), read: .seconds(seconds)))
        return HTTPClient(eventLoopGroup: app.eventLoopGroup, configuration: configuration)
    }

    func send(_ payload: WebhookPayload, to url: String, secret: String, at now: Date) async -> Result {
        do {
            let body = try payload.encoded()
            let timestamp = Int(now.timeIntervalSince1970)
            var headers = HTTPHeaders()
            headers.add(name: .contentType, value: "application/json")
            headers.add(name: .userAgent, value: "Libertas-Webhooks/1")
            headers.add(name: WebhookSignature.eventIDHeader, value: payload.id.uuidString)
            headers.add(name: WebhookSignature.timestampHeader, value: String(timestamp))
            headers.add(name: WebhookSignature.signatureHeader, value: WebhookSignature.sign(secret: secret, timestamp: timestamp, body: body))
            let request = try HTTPClient.Request(url: url, method: .POST, headers: headers, body: .data(body))
            // The client's connect and read timeouts bound the wait.
            let response = try await client.execute(request: request).get()
            let status = Int(response.status.code)
            return (200..<300).contains(status) ? .delivered(status: status) : .failed(status: status, error: "HTTP \(status)")
        } catch {
            return .failed(status: nil, error: String(String(describing: error).prefix(200)))
        }
    }
}
