import Vapor

/// bcrypt, run on the thread pool so a quarter-second hash never blocks an event loop.
struct PasswordHasher: Sendable {
    let cost: Int
    /// A hash of a random password, verified against when the username does not
    /// exist, so that a wrong username takes as long as a wrong password.
    let decoyHash: String

    init(cost: Int) {
        self.cost = cost
        // Hashing a short ASCII string with a valid cost cannot fail.
        self.decoyHash = try! Bcrypt.hash("decoy-\(UUID().uuidString)", cost: cost)
    }

    /// bcrypt reads at most 72 bytes; longer passwords are refused by ``PasswordPolicy``.
    static let maximumBytes = 72

    func hash(_ password: String, on pool: NIOThreadPool) async throws -> String {
        let cost = self.cost
        return try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, against hash: String, on pool: NIOThreadPool) async throws -> Bool {
        guard password.utf8.count <= Self.maximumBytes else { return false }
        return try await pool.runIfActive { try Bcrypt.verify(password, created: hash) }
    }
}
