import Foundation
import AccessControl
import CaseModel
import Testing
@testable import Localization

@Suite("Translation catalogues")
struct CatalogTests {
    @Test("Every language has a text for every key, and no extra keys", arguments: Language.allCases)
    func complete(language: Language) {
        let table = Catalog.table(for: language)
        let missing = TextKey.allCases.filter { table[$0] == nil }
        #expect(missing.isEmpty, "\(language) lacks \(missing.map(\.rawValue))")
        #expect(table.count == TextKey.allCases.count)
        let blank = table.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.key.rawValue)
        #expect(blank.isEmpty, "\(language) has empty texts: \(blank)")
    }

    @Test("Translations keep every placeholder of the English text", arguments: Language.allCases)
    func placeholders(language: Language) {
        let english = Catalog.table(for: .english)
        let table = Catalog.table(for: language)
        for key in TextKey.allCases {
            #expect(Catalog.placeholders(in: table[key] ?? "") == Catalog.placeholders(in: english[key] ?? ""), "\(key.rawValue) in \(language)")
        }
    }

    @Test("Chinese texts are really translated, not copied from English")
    func chineseIsChinese() {
        let english = Catalog.table(for: .english)
        let chinese = Catalog.table(for: .simplifiedChinese)
        // The product's name and brand names of apps stay as they are.
        let allowedSame = Set(TextKey.allCases.filter { $0 == .appName || ($0.rawValue.hasPrefix("platform.") && $0 != .codePlatformOther) })
        let copied = TextKey.allCases.filter { !allowedSame.contains($0) && chinese[$0] == english[$0] }
        #expect(copied.isEmpty, "copied untranslated: \(copied.map(\.rawValue))")
        let withoutHan = TextKey.allCases.filter { key in
            !allowedSame.contains(key) && !(chinese[key] ?? "").unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        }
        #expect(withoutHan.isEmpty, "no Chinese characters in: \(withoutHan.map(\.rawValue))")
    }

    @Test("Every role, organisation type and record kind has a label")
    func codeListLabels() {
        let keys = Set(TextKey.allCases.map(\.rawValue))
        for role in Role.allCases {
            #expect(keys.contains("role.\(role.rawValue)"))
            #expect(keys.contains("roleHint.\(role.rawValue)"))
        }
        for type in OrganisationType.allCases { #expect(keys.contains("orgType.\(type.rawValue)")) }
        for kind in RecordKind.allCases { #expect(keys.contains("recordType.\(kind.rawValue)")) }
    }

    @Test("Placeholders are filled in")
    func substitution() {
        let t = Localizer(.simplifiedChinese)
        #expect(t(.dashboardWelcome, ["name": "李伟"]) == "欢迎，李伟")
        #expect(Localizer(.english)(.validationTooLong, ["max": "20"]) == "This must be at most 20 characters.")
    }
}

@Suite("Language negotiation")
struct LanguageTests {
    @Test("Accept-Language picks the best supported language", arguments: [
        ("zh-CN,zh;q=0.9,en;q=0.8", Language.simplifiedChinese),
        ("en-GB,en;q=0.9", .english),
        ("fr-FR,zh-Hans;q=0.5,en;q=0.4", .simplifiedChinese),
        ("fr-FR,de;q=0.8", .english),
        ("en;q=0.2,zh;q=0.9", .simplifiedChinese),
        ("zh;q=0, en", .english),
        ("", .english),
    ])
    func negotiate(header: String, expected: Language) {
        #expect(Language.negotiate(acceptLanguage: header) == expected)
    }

    @Test("Dates are written the way each language writes them")
    func dates() {
        let date = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18 11:06:40 UTC
        #expect(Localizer(.english).dateTime(date) == "18 Nov 2026, 11:06:40 UTC")
        #expect(Localizer(.simplifiedChinese).dateTime(date) == "2026年11月18日 11:06:40 UTC")
    }
}



@Suite("Code-list labels")
struct CodeListLabelTests {
    @Test("Every value of every code list has a label in every language")
    func labels() {
        let keys = Set(TextKey.allCases.map(\.rawValue))
        for list in CodeLists.all {
            for value in list.values {
                #expect(keys.contains("\(list.labelPrefix).\(value)"), "\(list.labelPrefix).\(value)")
            }
        }
    }
}
