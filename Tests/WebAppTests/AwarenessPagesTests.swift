import Foundation
import Localization
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Awareness pages (/learn)")
struct AwarenessPagesTests {
    static let english = Localizer(.english)
    static let chinese = Localizer(.simplifiedChinese)

    @Test("/learn and every topic open without an account in English and Chinese, say what to do in danger, offer the listen button and cite every source")
    func pagesInBothLanguages() async throws {
        try await TestApp.run { world in
            for topic in AwarenessContent.all {
                let page = try await Browser(app: world.app).get(topic.path)
                #expect(page.status == .ok, "\(topic.path)")
                let html = page.text
                for text in ["<title>\(Self.english(topic.title)) · Libertas</title>", "lang=\"en\"", "id=\"listen-button\"", "data-lang=\"en\"",
                             "/static/listen.js", "class=\"danger-box\"", "href=\"/panic\"", "href=\"/report\"", "href=\"/learn/help\"",
                             "<blockquote", "<figcaption", "id=\"listen-text\"", "In danger now?"] {
                    #expect(html.contains(text), "\(topic.path) lacks \(text)")
                }
                // Hidden until the script finds speech synthesis: a page without scripts shows no dead button.
                #expect(html.contains("<div class=\"listen\" id=\"listen\" hidden"), "\(topic.path): the listen box starts hidden")
                for quote in topic.quotes {
                    #expect(html.contains(HTMLEscaping.escape(Self.english(quote.text))), "\(topic.path) lacks the quotation \(quote.text.rawValue)")
                    #expect(html.contains(HTMLEscaping.escape(quote.citation.label(Self.english))), "\(topic.path) lacks the citation \(quote.citation.label(Self.english))")
                }
                for document in topic.documents {
                    #expect(html.contains("id=\"source-\(document.rawValue)\"") && html.contains(document.symbol), "\(topic.path) lists \(document.symbol)")
                }

                let reader = Browser(app: world.app)
                reader.acceptLanguage = "zh-CN,zh;q=0.9"
                let chinese = try await reader.get(topic.path)
                #expect(chinese.status == .ok)
                for text in ["lang=\"zh-Hans\"", "data-lang=\"zh-CN\"", HTMLEscaping.escape(Self.chinese(topic.title)), "现在有危险吗？", "朗读本页"] {
                    #expect(chinese.text.contains(text), "\(topic.path) in Chinese lacks \(text)")
                }
                for quote in topic.quotes {
                    #expect(chinese.text.contains(HTMLEscaping.escape(Self.chinese(quote.text))), "\(topic.path) lacks the official text \(quote.text.rawValue)")
                    #expect(chinese.text.contains(HTMLEscaping.escape(quote.citation.label(Self.chinese))))
                }
            }
            #expect(AwarenessContent.all.map(\.path) == ["/learn", "/learn/forms-of-trafficking", "/learn/indicators", "/learn/control", "/learn/recruitment"])
            #expect(try await Browser(app: world.app).get("/learn/no-such-topic").status == .notFound)
        }
    }

    @Test("The topics cover online recruitment, forced labour and children, quoting the Political Declaration's paragraphs on them")
    func coverage() {
        let cited = Set(AwarenessContent.all.flatMap(\.quotes).map { $0.citation })
        for paragraph in ["4", "9", "10", "13", "24 (a)", "25", "26", "27", "28"] {
            #expect(cited.contains(.declaration(paragraph)), "A/RES/76/7 paragraph \(paragraph) is quoted")
        }
        #expect(cited.contains(.recommendation("10 (c)")) && cited.contains(.recommendation("4")))
        let recruitment = AwarenessContent.recruitment.quotes.map { $0.citation }
        #expect(recruitment.contains(.declaration("26")), "online recruitment quotes paragraph 26 on the misuse of technology")
        // Every page names a source, and every source it names is listed at its foot.
        for topic in AwarenessContent.all { #expect(!topic.quotes.isEmpty && !topic.documents.isEmpty, "\(topic.path)") }
    }

    @Test("The public navigation, the report form and the panic page lead to /learn; the listen script is our own and the security headers are unchanged")
    func linksAndScript() async throws {
        try await TestApp.run { world in
            let entriesBefore = try await AuditEntryModel.query(on: world.app.db).count()
            let browser = Browser(app: world.app)
            for path in ["/report", "/panic", "/login"] {
                let page = try await browser.get(path)
                #expect(page.text.contains("href=\"/learn\""), "\(path) links to /learn")
            }
            #expect(try await browser.get("/panic").text.contains("href=\"/learn/help\""))
            let learn = try await browser.get("/learn")
            #expect(learn.text.contains("<a href=\"/learn\" aria-current=\"page\">Learn</a>"), "the public navigation marks Learn")
            #expect(learn.headers.first(name: "Content-Security-Policy") == SecurityHeadersMiddleware.contentSecurityPolicy)
            #expect(learn.headers.first(name: "Permissions-Policy") == "camera=(), microphone=(), geolocation=()")
            #expect(learn.text.contains("nothing about who reads them is stored"), "the footer says reads leave no trace")

            let script = try await browser.get("/static/listen.js")
            #expect(script.status == .ok && script.headers.contentType?.subType == "javascript")
            for text in ["speechSynthesis", "SpeechSynthesisUtterance", "utterance.lang = lang", "data-listen='skip'", "synth.cancel()", "aria-pressed", "box.hidden = false"] {
                #expect(script.text.contains(text), "the script has \(text)")
            }
            #expect(!script.text.contains("http://") && !script.text.contains("https://"), "no third-party address")
            #expect(try await AuditEntryModel.query(on: world.app.db).count() == entriesBefore, "reading the public pages writes nothing to the audit log")
        }
    }

    @Test("Every Chinese quotation is the official text, word for word, inside the paragraph or recommendation it cites",
          .enabled(if: UNDocuments.available, "UN documents folder ../shared/data/un_documents is absent"))
    func quotationsAreOfficialText() throws {
        let quotes = AwarenessContent.all.flatMap(\.quotes)
        #expect(quotes.count >= 20)
        for quote in quotes {
            let text = try #require(UNDocuments.text(quote.citation.document.file))
            let span = try #require(UNDocuments.span(of: quote.citation.place, in: text), "\(quote.citation.label(Self.english)) is not found in \(quote.citation.document.file)")
            #expect(UNDocuments.normalized(span).contains(UNDocuments.normalized(Self.chinese(quote.text))),
                    "\(quote.text.rawValue) is not in \(quote.citation.label(Self.english))")
            #expect(Self.english(quote.text) != Self.chinese(quote.text))
        }
    }
}

/// The Chinese UN documents beside the repository (`../shared/data/un_documents`), and how to find a paragraph in them.
enum UNDocuments {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/un_documents").standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: folder.path) }

    static func text(_ file: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    /// Without spaces and line breaks (the PDF conversion breaks lines anywhere), with ASCII
    /// punctuation as its full-width form (the conversion mixes both).
    static func normalized(_ text: String) -> String {
        let wide: [Character: Character] = [",": "，", ";": "；", ":": "：", "(": "（", ")": "）"]
        return String(text.filter { !$0.isWhitespace }.map { wide[$0] ?? $0 })
    }

    /// The text of a paragraph (from the line starting `N.` to the next `N+1.`) or of a recommendation
    /// (from `建议 N` to `建议 N+1`, or to the next part's heading).
    static func span(of place: AwarenessCitation.Place, in text: String) -> String? {
        func number(_ label: String) -> Int? { Int(label.prefix { $0.isNumber }) }
        switch place {
        case .paragraph(let label), .discussion(let label):
            guard let n = number(label), let start = text.range(of: "(?m)^\\s*\(n)\\.\\s", options: .regularExpression) else { return nil }
            let rest = text[start.upperBound...]
            let end = rest.range(of: "(?m)^\\s*\(n + 1)\\.\\s", options: .regularExpression)?.lowerBound ?? text.endIndex
            return String(text[start.lowerBound..<end])
        case .recommendation(let label):
            guard let n = number(label), let start = text.range(of: "(?m)^\\s*建议 \(n)\\s*$", options: .regularExpression) else { return nil }
            let rest = text[start.upperBound...]
            let end = rest.range(of: "(?m)^\\s*(建议 \(n + 1)|[A-Z]\\. |[一二三四五六七八九十]+\\. )", options: .regularExpression)?.lowerBound ?? text.endIndex
            return String(text[start.lowerBound..<end])
        }
    }
}
