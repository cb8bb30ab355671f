import Crypto
import Foundation

/// Signed double-submit CSRF tokens.
///
/// Each browser holds a random value in an HttpOnly, SameSite=Strict cookie;
/// every form carries an HMAC of that value under the session secret. Another
/// site can make the browser send the cookie but can neither read it nor
/// compute the HMAC, so it cannot forge the form field.
struct CSRFTokens: Sendable {
    static let cookieName = "libertas_csrf"
    static let fieldName = "_csrf"

    private let key: SymmetricKey

    init(secret: Data) {
        key = SymmetricKey(data: SHA256.hash(data: Data("libertas-csrf|".utf8) + secret))
    }

    /// The form token for a browser's cookie value.
    func token(for cookieValue: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(cookieValue.utf8), using: key)
        return Data(mac).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether `submitted` is the token for `cookieValue`, compared in constant time.
    func isValid(_ submitted: String?, for cookieValue: String?) -> Bool {
        guard let submitted, let cookieValue, !cookieValue.isEmpty else { return false }
        let expected = Array(token(for: cookieValue).utf8)
        let given = Array(submitted.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
