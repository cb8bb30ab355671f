import Foundation
import PublicReporting
import Testing

@Suite("Report form input")
struct ReportInputTests {
    static let now = ISO8601DateFormatter().date(from: "2026-05-10T12:00:00Z")!
    static let languages: Set<String> = ["en", "zh-Hans"]

    static func problems(_ input: ReportInput) -> Set<String> {
        guard case .failure(let found) = input.validated(now: now, languages: languages) else { return [] }
        return Set(found.problems.map { "\($0.field):\($0.kind.rawValue)" })
    }

    @Test("Only the description is required; a report is anonymous by default and English when no language is given")
    func minimal() throws {
        let checked = try ReportInput(description: "  Someone took their passports  ").validated(now: Self.now, languages: Self.languages).get()
        #expect(checked.description == "Someone took their passports" && checked.isAnonymous && checked.language == "en")
        #expect(Self.problems(ReportInput(description: " ")) == ["description:required"])
    }

    @Test("A day or a moment; not in the future, not before 1950")
    func dates() throws {
        let day = try ReportInput(description: "x", occurredAt: "2026-05-01").validated(now: Self.now, languages: Self.languages).get()
        #expect(day.occurred == IncidentTime(date: ISO8601DateFormatter().date(from: "2026-05-01T00:00:00Z")!, timeKnown: false))
        let moment = try ReportInput(description: "x", occurredAt: "2026-05-01T21:30:00Z").validated(now: Self.now, languages: Self.languages).get()
        #expect(moment.occurred?.timeKnown == true)
        #expect(moment.occurred?.kept(under: ReportPrivacyPolicy(dateOnly: true)) == day.occurred)
        #expect(Self.problems(ReportInput(description: "x", occurredAt: "2026-06-01")) == ["occurred_at:outOfRange"])
        #expect(Self.problems(ReportInput(description: "x", occurredAt: "1949-12-31")) == ["occurred_at:outOfRange"])
        #expect(Self.problems(ReportInput(description: "x", occurredAt: "2026-02-30")) == ["occurred_at:invalid"])
    }

    @Test("Contact only when not anonymous, with a phone or an email that fits the preferred way")
    func contact() throws {
        let phone = ReportInput.ContactInput(phone: "+373 22 555 010")
        #expect(Self.problems(ReportInput(description: "x", contact: phone)) == ["contact:notWhenAnonymous"])
        #expect(Self.problems(ReportInput(description: "x", anonymous: false)) == ["contact:required"])
        #expect(Self.problems(ReportInput(description: "x", anonymous: false, contact: .init(name: "Ana"))) == ["contact:required"])
        #expect(Self.problems(ReportInput(description: "x", anonymous: false, contact: .init(phone: "+373 22 555 010", preferred: "email"))) == ["contact.preferred:invalid"])
        #expect(Self.problems(ReportInput(description: "x", anonymous: false, contact: .init(phone: "12", email: "a@b"))) == ["contact.phone:invalid", "contact.email:invalid"])
        let checked = try ReportInput(description: "x", anonymous: false, contact: phone).validated(now: Self.now, languages: Self.languages).get()
        #expect(checked.contact == ReporterContact(name: nil, phone: "+373 22 555 010", email: nil, preferred: .phone))
    }

    @Test("Positions follow the panic alert's rules under the form's names; the trap must stay empty")
    func locationAndTrap() {
        #expect(Self.problems(ReportInput(description: "x", location: .init(latitude: 91, longitude: 0))) == ["location.latitude:outOfRange"])
        #expect(Self.problems(ReportInput(description: "x", location: .init(latitude: 10, longitude: nil))) == ["location.longitude:required"])
        #expect(Self.problems(ReportInput(description: "x", location: .init(latitude: .nan, longitude: 2))) == ["location.latitude:outOfRange"])
        #expect(Self.problems(ReportInput(description: "x", website: "buy now")) == ["website:mustBeEmpty"])
        #expect(Self.problems(ReportInput(language: "fr", description: "x")) == ["language:invalid"])
    }
}
