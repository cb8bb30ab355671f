import Foundation

/// A panic alert as the public page sends it, before it is trusted:
/// `{"id": "<client uuid>", "latitude": …, "longitude": …, "accuracy_m": …, "sent_at": "ISO-8601"}`.
///
/// The id is made by the device, so a queued alert sent again after a lost
/// connection is recognised as the same alert.
public struct PanicAlertInput: Codable, Sendable, Equatable {
    public var id: String?
    public var latitude: Double?
    public var longitude: Double?
    public var accuracyM: Double?
    public var sentAt: String?
    /// What the person typed once on the panic page and keeps only on their device.
    public var basicData: PanicBasicData?

    enum CodingKeys: String, CodingKey {
        case id, latitude, longitude
        case accuracyM = "accuracy_m"
        case sentAt = "sent_at"
        case basicData = "basic_data"
    }

    public init(id: String?, latitude: Double?, longitude: Double?, accuracyM: Double?, sentAt: String?, basicData: PanicBasicData? = nil) {
        self.id = id
        self.latitude = latitude
        self.longitude = longitude
        self.accuracyM = accuracyM
        self.sentAt = sentAt
        self.basicData = basicData
    }

    /// Limits on what an alert may claim.
    public enum Limits {
        /// A phone's worst useful fix; larger is a typo or an attack.
        public static let maximumAccuracyMeters = 100_000.0
        /// An alert queued offline may arrive days late, but not weeks.
        public static let maximumAge: TimeInterval = 14 * 24 * 3600
        /// Device clocks drift; an alert "from the future" beyond this is refused.
        public static let maximumClockSkew: TimeInterval = 10 * 60
    }

    /// The alert checked against `now`, or every problem with it (field name and reason).
    public func validated(now: Date) -> Result<PanicAlert, InputProblems> {
        var problems: [InputProblem] = []
        let uuid = id.flatMap(UUID.init(uuidString:))
        if uuid == nil { problems.append(InputProblem("id", id == nil ? .required : .invalid)) }
        if let latitude, !(-90...90).contains(latitude) || !latitude.isFinite { problems.append(InputProblem("latitude", .outOfRange)) }
        if let longitude, !(-180...180).contains(longitude) || !longitude.isFinite { problems.append(InputProblem("longitude", .outOfRange)) }
        if (latitude == nil) != (longitude == nil) { problems.append(InputProblem(latitude == nil ? "latitude" : "longitude", .required)) }
        if let accuracyM, !(0...Limits.maximumAccuracyMeters).contains(accuracyM) || !accuracyM.isFinite {
            problems.append(InputProblem("accuracy_m", .outOfRange))
        }
        var sent: Date?
        if let sentAt {
            sent = ISO8601.parse(sentAt)
            if let date = sent {
                if date > now.addingTimeInterval(Limits.maximumClockSkew) || date < now.addingTimeInterval(-Limits.maximumAge) {
                    problems.append(InputProblem("sent_at", .outOfRange))
                }
            } else {
                problems.append(InputProblem("sent_at", .invalid))
            }
        } else {
            problems.append(InputProblem("sent_at", .required))
        }
        problems += basicData?.problems ?? []
        guard problems.isEmpty, let uuid, let sent else { return .failure(InputProblems(problems)) }
        let point = latitude.flatMap { lat in longitude.map { GeoFix(latitude: lat, longitude: $0, accuracyMeters: accuracyM) } }
        return .success(PanicAlert(id: uuid, location: point, sentAt: sent, basicData: basicData?.trimmed))
    }
}

/// A checked panic alert.
public struct PanicAlert: Sendable, Equatable {
    public let id: UUID
    /// Where the device was; nil when the browser could not tell (the alert still counts).
    public let location: GeoFix?
    public let sentAt: Date
    /// Pre-registered data, trimmed; nil when nothing was filled in.
    public var basicData: PanicBasicData? = nil
}

/// A position from the browser's Geolocation API.
public struct GeoFix: Sendable, Equatable, Codable {
    public let latitude: Double
    public let longitude: Double
    /// Radius of 95 % confidence in metres, when the device reported one.
    public let accuracyMeters: Double?

    public init(latitude: Double, longitude: Double, accuracyMeters: Double?) {
        self.latitude = latitude
        self.longitude = longitude
        self.accuracyMeters = accuracyMeters
    }
}

/// One thing wrong with public input.
public struct InputProblem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case required, invalid, outOfRange, tooLong
        /// The spam trap, which people never see, was filled in.
        case mustBeEmpty
        /// Contact details sent with a report that says it is anonymous.
        case notWhenAnonymous
    }

    public let field: String
    public let kind: Kind
    /// The limit broken, for `tooLong` (characters).
    public let limit: Int?

    public init(_ field: String, _ kind: Kind, limit: Int? = nil) {
        self.field = field
        self.kind = kind
        self.limit = limit
    }
}

/// Every problem of one input, as one error.
public struct InputProblems: Error, Sendable, Equatable {
    public let problems: [InputProblem]

    public init(_ problems: [InputProblem]) {
        self.problems = problems
    }
}

/// ISO 8601 timestamps as browsers write them (`toISOString()` has milliseconds).
enum ISO8601 {
    static func parse(_ text: String) -> Date? {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withFraction.date(from: text) { return date }
        return ISO8601DateFormatter().date(from: text)
    }
}
