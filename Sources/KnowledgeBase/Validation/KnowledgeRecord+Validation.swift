import CaseModel
import Foundation

/// Limits that keep one record from filling the database or a page.
public enum KnowledgeLimits {
    public static let maximumTitleLength = 500
    public static let maximumTextLength = 50_000
    /// A full decision or law; the longest SHERLOC decisions run to a few hundred pages.
    public static let maximumBodyLength = 2_000_000
    public static let maximumListLength = 100
    public static let maximumShortTextLength = 300
    public static let maximumPartyCount = 100_000
    /// Articles in one law; penal codes run to a thousand or so.
    public static let maximumProvisions = 3_000
}

extension KnowledgeRecord {
    /// The record tidied for storage: text trimmed, countries as alpha-3,
    /// empty list entries and repeats dropped (order kept).
    ///
    /// Country codes that are not ISO 3166 are kept as typed so `validate`
    /// reports them.
    public func normalised() -> KnowledgeRecord {
        var copy = self
        copy.countries = Self.unique(countries.map(Self.countryCode))
        copy.articles = Self.unique(articles)
        copy.exploitation = Self.unique(exploitation)
        copy.issues = Self.unique(issues)
        copy.keywords = Self.unique(keywords.map(Self.trim))
        copy.sources = Self.unique(sources.map(Self.trim))
        copy.citations = Self.unique(citations.map { Citation(record: $0.record, article: Self.trim($0.article)) })
        copy.texts = texts.map { text in
            var text = text
            text.title = Self.trim(text.title)
            text.summary = Self.trim(text.summary)
            text.commentary = Self.trim(text.commentary)
            text.provisions = text.provisions.map { Provision(article: Self.trim($0.article), heading: Self.trim($0.heading), text: Self.trim($0.text)) }
            return text
        }
        if var details = copy.courtCase {
            details.court = Self.trim(details.court)
            details.crimes = Self.unique(details.crimes)
            details.charges = Self.trim(details.charges)
            details.sentence = Self.trim(details.sentence)
            details.defendants = details.defendants.map(Self.normalised)
            details.victims = details.victims.map(Self.normalised)
            copy.courtCase = details
        }
        if var details = copy.bibliography {
            details.authors = Self.unique(details.authors.map(Self.trim))
            details.publisher = Self.trim(details.publisher)
            details.link = Self.trim(details.link)
            copy.bibliography = details
        }
        return copy
    }

    /// Every problem with the record, each at a field path such as
    /// `texts[1].title` or `courtCase.victims[0].citizenship`.
    public func validate(today: PartialDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func check(_ path: String, _ text: String, max: Int, required: Bool = false) {
            if required, text.isEmpty { issues.append(.init(path, .required)) }
            if text.count > max { issues.append(.init(path, .tooLong(max: max))) }
        }
        func checkList(_ path: String, _ count: Int) {
            if count > KnowledgeLimits.maximumListLength { issues.append(.init(path, .outOfRange(min: 0, max: KnowledgeLimits.maximumListLength))) }
        }

        if texts.isEmpty { issues.append(.init("texts", .required)) }
        var seenLanguages: Set<LanguageCode> = []
        for (index, text) in texts.enumerated() {
            let path = "texts[\(index)]"
            if !seenLanguages.insert(text.language).inserted { issues.append(.init("\(path).language", .duplicate(text.language.alpha3))) }
            check("\(path).title", text.title, max: KnowledgeLimits.maximumTitleLength, required: true)
            check("\(path).summary", text.summary, max: KnowledgeLimits.maximumTextLength)
            check("\(path).commentary", text.commentary, max: KnowledgeLimits.maximumTextLength)
            check("\(path).body", text.body, max: KnowledgeLimits.maximumBodyLength)
            if text.provisions.count > KnowledgeLimits.maximumProvisions {
                issues.append(.init("\(path).provisions", .outOfRange(min: 0, max: KnowledgeLimits.maximumProvisions)))
            }
            for (p, provision) in text.provisions.enumerated() {
                check("\(path).provisions[\(p)].article", provision.article, max: 50, required: true)
                check("\(path).provisions[\(p)].heading", provision.heading, max: KnowledgeLimits.maximumShortTextLength)
                check("\(path).provisions[\(p)].text", provision.text, max: KnowledgeLimits.maximumTextLength)
            }
        }
        for code in countries where Country.find(code) == nil { issues.append(.init("countries", .unknownCountry(code))) }
        checkList("countries", countries.count)
        if let date, date.isInFuture(today: today) { issues.append(.init("date", .inFuture)) }
        checkList("keywords", keywords.count)
        for (index, keyword) in keywords.enumerated() { check("keywords[\(index)]", keyword, max: KnowledgeLimits.maximumShortTextLength) }
        checkList("sources", sources.count)
        for (index, source) in sources.enumerated() { check("sources[\(index)]", source, max: 2_000) }
        checkList("citations", citations.count)

        for (name, present, expected) in [("courtCase", courtCase != nil, KnowledgeRecordType.courtCase),
                                          ("legislation", legislation != nil, .legislation),
                                          ("bibliography", bibliography != nil, .bibliography)] where present && type != expected {
            issues.append(.init(name, .notAllowedForType))
        }
        if let details = courtCase {
            check("courtCase.court", details.court, max: KnowledgeLimits.maximumShortTextLength)
            check("courtCase.charges", details.charges, max: KnowledgeLimits.maximumTextLength)
            check("courtCase.sentence", details.sentence, max: KnowledgeLimits.maximumTextLength)
            for (role, groups) in [("defendants", details.defendants), ("victims", details.victims)] {
                checkList("courtCase.\(role)", groups.count)
                for (index, group) in groups.enumerated() {
                    let path = "courtCase.\(role)[\(index)]"
                    if !(1...KnowledgeLimits.maximumPartyCount).contains(group.count) {
                        issues.append(.init("\(path).count", .outOfRange(min: 1, max: KnowledgeLimits.maximumPartyCount)))
                    }
                    for code in group.citizenship where Country.find(code) == nil { issues.append(.init("\(path).citizenship", .unknownCountry(code))) }
                }
            }
        }
        if let details = bibliography {
            checkList("bibliography.authors", details.authors.count)
            for (index, author) in details.authors.enumerated() { check("bibliography.authors[\(index)]", author, max: KnowledgeLimits.maximumShortTextLength) }
            check("bibliography.publisher", details.publisher, max: KnowledgeLimits.maximumShortTextLength)
            if !details.link.isEmpty, !Self.isWebAddress(details.link) { issues.append(.init("bibliography.link", .invalidURL)) }
        }
        return issues
    }

    static func isWebAddress(_ text: String) -> Bool {
        guard text.count <= 2_000, let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else { return false }
        return scheme == "http" || scheme == "https"
    }

    static func countryCode(_ text: String) -> String {
        let trimmed = trim(text)
        return Country.find(trimmed)?.iso3 ?? trimmed
    }

    static func normalised(_ group: PartyGroup) -> PartyGroup {
        var group = group
        group.citizenship = unique(group.citizenship.map(countryCode))
        return group
    }

    static func trim(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { value in
            if let text = value as? String, text.isEmpty { return false }
            return seen.insert(value).inserted
        }
    }
}
