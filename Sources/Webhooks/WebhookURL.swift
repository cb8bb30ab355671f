import Foundation

/// The rules for an endpoint's address.
///
/// Events leave the system through it, so it must be HTTPS: on plain HTTP
/// anyone on the path could read ids and forge deliveries. Loopback addresses
/// (`localhost`, `127.0.0.0/8`, `::1`) may use HTTP, for a receiver on the
/// same machine and for tests. Credentials in the address would be stored
/// and shown in the clear, so they are refused: a receiver checks the signature instead.
public enum WebhookURL {
    public enum Problem: Error, Sendable, Equatable {
        /// Not an absolute http(s) URL with a host, or too long.
        case malformed
        /// Plain HTTP to a host that is not this machine.
        case needsHTTPS
        /// `user:password@` in the address.
        case hasCredentials
    }

    public static let maximumLength = 2_000

    /// The address, trimmed, if it is acceptable.
    public static func validate(_ text: String) -> Result<URL, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= maximumLength, let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), let host = components.host, !host.isEmpty,
              let url = components.url
        else { return .failure(.malformed) }
        if components.user != nil || components.password != nil { return .failure(.hasCredentials) }
        switch scheme {
        case "https": return .success(url)
        case "http": return isLoopback(host) ? .success(url) : .failure(.needsHTTPS)
        default: return .failure(.malformed)
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
