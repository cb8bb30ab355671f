import CaseModel
import Fluent
import Storage
import Vapor

/// Demo entries of the service directory, filed under the demo organisations,
/// so the directory page is not empty on a fresh demo.
enum DemoProviders {
    static func entries() -> [(organisation: String, provider: ServiceProvider)] {
        let eng = LanguageCode("eng")!, fra = LanguageCode("fra")!, spa = LanguageCode("spa")!
        return [
            ("Safe Harbour Shelter", ServiceProvider(
                name: "Safe Harbour – women's shelter",
                services: [.shelter, .psychosocial, .medical],
                eligibility: ProviderEligibility(minimumAge: 18, genders: [.feminine, .transgenderFeminine], acceptsMothersWithChildren: true, disabilityAccess: true),
                languages: [eng, fra], capacity: 16, availablePlaces: 4,
                location: .init(city: "Capital City", address: "12 Harbour Road", point: GeoPoint(latitude: 41.9028, longitude: 12.4964)),
                phone: PhoneNumber(parsing: "+15550100201"), email: "intake@safeharbour.example", hours: "Admissions 24 h, every day"
            )),
            ("Legal Aid Clinic", ServiceProvider(
                name: "Legal Aid Clinic – victims' desk",
                services: [.legalAid, .interpretation],
                eligibility: ProviderEligibility(disabilityAccess: true),
                languages: [eng, fra, spa],
                location: .init(city: "Capital City", address: "3 Court Street", point: GeoPoint(latitude: 41.8986, longitude: 12.4769)),
                phone: PhoneNumber(parsing: "+15550100401"), email: "victims@legalaid.example", hours: "Mon–Fri 9:00–17:00"
            )),
            ("City General Hospital", ServiceProvider(
                name: "City General Hospital – trauma and sexual violence unit",
                services: [.medical, .psychosocial],
                languages: [eng], capacity: 6, availablePlaces: 2,
                location: .init(city: "Capital City", point: GeoPoint(latitude: 41.9109, longitude: 12.5118)),
                phone: PhoneNumber(parsing: "+15550100701"), hours: "Emergency 24 h; clinic Mon–Sat 8:00–20:00"
            )),
        ]
    }

    /// Adds the entries whose organisation exists and that are not there yet.
    static func seed(_ app: Application, actor: AuditEvent.Actor) async throws {
        for (organisationName, provider) in entries() {
            guard let organisation = try await OrganisationModel.query(on: app.db).filter(\.$nameKey == organisationName.lowercased()).first(),
                  let organisationID = organisation.id,
                  try await ServiceProviderModel.query(on: app.db).filter(\.$nameKey == provider.name.lowercased()).count() == 0
            else { continue }
            _ = try await ServiceDirectoryService.insert(provider, organisationID: organisationID, actor: actor, origin: .commandLine, database: app.db, context: app.libertas)
        }
    }
}
