import CaseModel
import Fluent
import Foundation
import KnowledgeBase
import Storage
import Vapor

/// The knowledge portal's demonstration content: the four UN documents on
/// trafficking in persons in their official Chinese versions (from
/// `../shared/data/un_documents`, when that folder is there), published as
/// bibliography records with an English title beside the Chinese one.
enum DemoKnowledge {
    struct Document {
        let file: String
        let chineseTitle: String
        let englishTitle: String
        let englishSummary: String
        let date: PartialDate
        let type: PublicationType
        let articles: [ProtocolArticle]
    }

    static let documents: [Document] = [
        Document(file: "ga_resolution_76-7_political_declaration_2021.zh.txt",
                 chineseTitle: "2021 年关于执行《联合国打击贩运人口的全球行动计划》的政治宣言（大会第 76/7 号决议）",
                 englishTitle: "2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons (General Assembly resolution 76/7)",
                 englishSummary: "The General Assembly's 2021 commitments on preventing trafficking, protecting victims and prosecuting traffickers, adopted on 22 November 2021.",
                 date: PartialDate(year: 2021, month: 11, day: 22)!, type: .unDocument, articles: [.tip5, .tip6, .tip9]),
        Document(file: "working_group_on_tip_report_2021-10.zh.txt",
                 chineseTitle: "贩运人口问题工作组 2021 年 10 月 12 日至 13 日在维也纳举行的会议的报告",
                 englishTitle: "Report on the meeting of the Working Group on Trafficking in Persons held in Vienna on 12 and 13 October 2021",
                 englishSummary: "Sixteen recommendations of the Working Group on the use of technology in trafficking and on trafficking in public procurement and supply chains.",
                 date: PartialDate(year: 2021, month: 10)!, type: .unDocument, articles: [.tip9, .tip10]),
        Document(file: "unodc_secretariat_report_cop6_2012.zh.txt",
                 chineseTitle: "联合国毒品和犯罪问题办公室在支持执行《贩运人口议定书》方面的活动（秘书处的报告，2012 年）",
                 englishTitle: "Activities of the United Nations Office on Drugs and Crime to support the implementation of the Trafficking in Persons Protocol (Secretariat report, 2012)",
                 englishSummary: "UNODC's report to the sixth session of the Conference of the Parties on its technical assistance, research and coordination against trafficking in persons.",
                 date: PartialDate(year: 2012)!, type: .policyDocument, articles: [.tip5, .tip10]),
        Document(file: "unodc_secretariat_report_cop9_2018_CTOC-COP-2018-2.zh.txt",
                 chineseTitle: "联合国毒品和犯罪问题办公室在支持执行《贩运人口议定书》方面的活动（CTOC/COP/2018/2）",
                 englishTitle: "Activities of the United Nations Office on Drugs and Crime to support the implementation of the Trafficking in Persons Protocol (CTOC/COP/2018/2)",
                 englishSummary: "UNODC's report to the ninth session of the Conference of the Parties, 2018, on its work supporting the Protocol's implementation.",
                 date: PartialDate(year: 2018)!, type: .policyDocument, articles: [.tip5, .tip10]),
    ]

    /// Where the documents are looked for: `LIBERTAS_UN_DOCUMENTS`, else `../shared/data/un_documents`.
    static var folder: URL {
        let path = Environment.get("LIBERTAS_UN_DOCUMENTS") ?? "../shared/data/un_documents"
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Publishes the documents not yet there; returns how many were added (0 without the folder).
    static func seed(_ app: Application) async throws -> Int {
        let author = KnowledgeEditing.Author(userID: nil, actor: .system("seed"), origin: .commandLine)
        let editing = KnowledgeEditing(database: app.db, context: app.libertas)
        var added = 0
        for document in documents {
            let file = folder.appendingPathComponent(document.file)
            guard let body = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let source = "un-documents/\(document.file)"
            if try await KnowledgeRecordModel.query(on: app.db).filter(\.$sourceID == source).count() > 0 { continue }
            let record = KnowledgeRecord(
                type: .bibliography, date: document.date, articles: document.articles, keywords: ["United Nations", "联合国"],
                sources: ["United Nations official document"],
                texts: [KnowledgeText(language: LanguageCode("zho")!, title: document.chineseTitle, body: body),
                        KnowledgeText(language: LanguageCode("eng")!, title: document.englishTitle, summary: document.englishSummary)],
                bibliography: BibliographyDetails(authors: ["United Nations"], publisher: "United Nations", publicationType: document.type, researchMethod: .legalAnalysis)
            )
            _ = try await editing.insert(try await editing.validated(record), sourceID: source, author: author, publish: true)
            added += 1
        }
        return added
    }
}
