/// One person record as an agency list holds it, before any normalisation.
///
/// Every field except `id` and `source` may be empty; empty means unknown,
/// and unknown fields count neither for nor against a match.
public struct LinkageRecord: Sendable, Hashable, Codable {
    /// Unique within the whole input (e.g. `police-0000042`); opaque.
    public var id: String
    /// The agency list the record comes from.
    public var source: String
    public var givenName: String
    public var familyName: String
    /// ISO 8601 calendar date at any precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var birthDate: String
    /// `F`, `M` or empty.
    public var sex: String
    /// ISO 3166-1 alpha-3.
    public var nationality: String
    /// Any phone notation; normalised to E.164 by ``PhoneNormalizer``.
    public var phone: String
    public var city: String

    public init(id: String, source: String, givenName: String = "", familyName: String = "",
                birthDate: String = "", sex: String = "", nationality: String = "",
                phone: String = "", city: String = "") {
        self.id = id
        self.source = source
        self.givenName = givenName
        self.familyName = familyName
        self.birthDate = birthDate
        self.sex = sex
        self.nationality = nationality
        self.phone = phone
        self.city = city
    }
}
