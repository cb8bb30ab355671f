import Fluent
import Storage
import Vapor

/// Demo entries of the awareness section's help directory, so `/learn/help` is
/// not empty on a fresh demo. Every one is marked as an example in its name
/// and note, and none can reach anyone: the numbers are from Ofcom's ranges
/// reserved for drama (020 7946 0xxx, 0113 496 0xxx, 0161 496 0xxx), the
/// addresses and websites use the reserved `.example` domain.
enum DemoHelpContacts {
    static let exampleNote = "Example entry for the demonstration: not a real service."

    static let entries: [HelpContact] = [
        HelpContact(name: "National Trafficking Hotline (example)", kind: .hotline, country: "GBR", languages: ["eng", "vie", "zho"],
                    phone: "+442079460123", email: "help@hotline.example", website: "https://hotline.example",
                    hours: "24 hours, every day", note: exampleNote + " Calls are confidential; interpreters on request."),
        HelpContact(name: "Police anti-trafficking unit (example)", kind: .police, country: "GBR", languages: ["eng"],
                    phone: "+441134960456", email: "atu@police.example", hours: "24 hours", note: exampleNote),
        HelpContact(name: "Safe Harbour Shelter (example)", kind: .shelter, country: "GBR", languages: ["eng", "fra"],
                    phone: "+441614960789", website: "https://safeharbour.example", hours: "Admissions 24 hours, every day",
                    note: exampleNote + " Women and their children."),
        HelpContact(name: "Migrant Workers' Support Network (example)", kind: .ngo, country: "GBR", languages: ["eng", "fil", "vie", "zho"],
                    email: "advice@migrant-support.example", website: "https://migrant-support.example", hours: "Monday to Friday, 9:00–18:00",
                    note: exampleNote + " Advice on wages, papers and debts, in several languages."),
        HelpContact(name: "Legal Aid Clinic – victims' desk (example)", kind: .legalAid, country: "GBR", languages: ["eng", "fra", "spa"],
                    phone: "+442079460401", address: "3 Court Street, Example City", hours: "Monday to Friday, 9:00–17:00", note: exampleNote),
        HelpContact(name: "Consulate of the Philippines (example)", kind: .consulate, country: "GBR", represents: "PHL", languages: ["eng", "fil"],
                    phone: "+442079460555", address: "1 Example Street, Example City", hours: "Monday to Friday, 9:00–17:00; emergency line 24 hours",
                    note: exampleNote),
        HelpContact(name: "Consulate-General of China (example)", kind: .consulate, country: "GBR", represents: "CHN", languages: ["eng", "zho"],
                    phone: "+442079460888", website: "https://consulate-cn.example", hours: "Monday to Friday, 9:00–12:00 and 14:00–17:00",
                    note: exampleNote),
    ]

    /// Adds the entries not there yet (by name), each audited like an administrator's.
    static func seed(_ app: Application, actor: AuditEvent.Actor) async throws {
        for contact in entries {
            guard try await HelpContactModel.query(on: app.db).filter(\.$nameKey == contact.name.lowercased()).count() == 0 else { continue }
            _ = try await HelpDirectoryService.insert(contact, actor: actor, origin: .commandLine, database: app.db, context: app.libertas)
        }
    }
}
