import KnowledgeBase

/// Writes a synthetic court case in Simplified Chinese: the original of a
/// Chinese court's decision, or the translation of another country's. The
/// vocabulary (劳动监察, 国家转介机制, 强迫劳动, 债务奴役 …) is what CJK
/// searches in the portal look for; Chinese has no spaces, so these texts
/// exercise the trigram and substring paths of the index.
enum ChineseDecision {
    static let cityNames = ["Guangzhou": "广州", "Kunming": "昆明", "Shenzhen": "深圳", "Fuzhou": "福州", "Taipei": "台北", "Kaohsiung": "高雄"]

    static func city(_ story: CaseStory) -> String {
        cityNames[story.city] ?? story.jurisdiction.chineseName
    }

    static func offence(_ story: CaseStory) -> String {
        switch story.sector.exploitation {
        case .sexualExploitation: story.children ? "拐卖儿童、强迫卖淫" : "拐卖妇女、强迫卖淫"
        case .forcedLabour, .servitude: "强迫劳动"
        case .forcedMarriage: "拐卖妇女"
        case .organRemoval: "组织出卖人体器官"
        default: "拐卖人口"
        }
    }

    static func title(_ story: CaseStory, using random: inout SeededRandom) -> String {
        let names = story.defendants.count > 1 ? "\(story.defendants[0].chinese)等" : story.defendants[0].chinese
        if story.jurisdiction.code == "CHN" || story.jurisdiction.code == "TWN" {
            let number = "（\(story.decided.year)）\(random.pick(["粤", "云", "闽", "桂", "浙"]))\(Int.random(in: 10...20, using: &random))刑\(story.stage == .firstInstance ? "初" : "终")\(Int.random(in: 1...999, using: &random))号"
            return random.chance(0.5) ? "\(city(story))市人民检察院诉\(names)\(offence(story))案" : "\(names)\(offence(story))案\(number)"
        }
        return "\(story.jurisdiction.chineseName)检察官诉\(names)人口贩运案"
    }

    static func court(_ story: CaseStory) -> String {
        let place = city(story)
        switch story.stage {
        case .firstInstance: return story.jurisdiction.code == "CHN" ? "\(place)市中级人民法院" : "\(place)地方法院"
        case .appeal: return story.jurisdiction.code == "CHN" ? "\(place)所在省高级人民法院" : "\(place)上诉法院"
        case .finalAppeal: return story.jurisdiction.code == "CHN" ? "最高人民法院" : "\(story.jurisdiction.chineseName)最高法院"
        case .other: return "\(place)专门法院"
        }
    }

    static func victims(_ story: CaseStory) -> String {
        let who: String = switch (story.children, story.victimSex) {
        case (true, .female): "女童"
        case (true, .male): "男童"
        case (true, _): "儿童"
        case (false, .female): "妇女"
        case (false, .male): "男子"
        default: "成年人"
        }
        let from = story.isTransnational ? "来自\(story.origin.chineseName)的" : ""
        return "\(from)\(story.victimCount)名\(who)"
    }

    static func summary(_ story: CaseStory, using random: inout SeededRandom) -> String {
        var paragraphs = [
            "\(story.fromYear)年至\(story.fromYear + max(1, story.months / 12))年间，被告人通过\(story.recruitment.chinese)招募\(victims(story))，并\(story.sector.place.chinese)对其进行剥削。被害人被迫\(story.sector.work.chinese)，被告人以\(story.control.map(\.chinese).joined(separator: "、"))等手段控制被害人。",
        ]
        if random.chance(0.7) {
            paragraphs.append("本案经\(story.discovery.chinese)案发。检察机关以\(offence(story))罪提起公诉，主要证据包括\(story.evidence.map(\.chinese).joined(separator: "、"))。")
        }
        if random.chance(0.5) { paragraphs.append(verdict(story)) }
        return paragraphs.joined(separator: "\n\n")
    }

    static func verdict(_ story: CaseStory) -> String {
        switch story.verdict {
        case .convicted: "法院认定被告人\(story.defendants.map(\.chinese).joined(separator: "、"))犯\(offence(story))罪，判处主犯有期徒刑\(story.sentenceYears)年\(story.compensation > 0 ? "，并责令赔偿被害人损失" : "")。"
        case .partlyConvicted: "法院认定\(story.defendants[0].chinese)犯\(offence(story))罪，判处有期徒刑\(story.sentenceYears)年；其余指控因证据不足不予认定。"
        case .acquitted: "法院认为检察机关未能排除合理怀疑地证明控制手段要件，判决被告人无罪，但认定劳动条件具有剥削性质。"
        case .dismissed: "因主要证人下落不明，法院裁定驳回起诉。"
        case .pending: "本裁定涉及羁押措施和证据可采性问题，案件尚在审理中。"
        }
    }

    static func commentary(_ story: CaseStory, using random: inout SeededRandom) -> String {
        var sentences: [String] = []
        if story.usesDebt { sentences.append("本案是债务奴役的典型案例：债务由被告人单方确定，不断增加，被害人根本无法偿还。") }
        if story.issues.contains(.consentIrrelevant) { sentences.append("判决重申，一旦使用了任何非法手段，被害人对剥削的同意即不具有法律效力。") }
        if story.isTransnational { sentences.append("与\(story.origin.chineseName)有关部门的司法协助对查找证人和追查资金起到了决定性作用。") }
        if story.evidence.contains(where: { $0.chinese.contains("劳动监察") }) || story.discovery.chinese.contains("劳动监察") {
            sentences.append("劳动监察部门在发现强迫劳动线索并移送公安机关方面发挥了关键作用。")
        }
        if story.discovery.chinese.contains("国家转介机制") || random.chance(0.3) { sentences.append("被害人经国家转介机制获得庇护、医疗和法律援助。") }
        sentences.append(random.pick(["本案常被引用于被害人陈述的审查判断。", "评论者指出，判决对犯罪构成各要件的论证十分严谨。", "本案已被编入法官培训教材。"]))
        return sentences.joined()
    }

    /// A decision of about `target` bytes (three per character).
    static func body(_ story: CaseStory, target: Int, using random: inout SeededRandom) -> String {
        let paragraphs = [opening(story, using: &random), "一、审理查明的事实", facts(story, using: &random)]
        var middle: [String] = []
        var length = paragraphs.reduce(0) { $0 + $1.utf8.count }
        var turn = 0
        let closing = ["三、本院认为", reasoning(story, index: 0, using: &random), "四、判决结果", disposition(story)]
        length += closing.reduce(0) { $0 + $1.utf8.count }
        while length < target {
            let paragraph = turn % 2 == 0 ? moreFacts(story, using: &random) : reasoning(story, index: 1 + turn / 2, using: &random)
            middle.append(paragraph)
            length += paragraph.utf8.count
            turn += 1
        }
        return (paragraphs + ["二、证据"] + middle + closing).joined(separator: "\n\n")
    }

    static func opening(_ story: CaseStory, using random: inout SeededRandom) -> String {
        "公诉机关指控被告人\(story.defendants.map(\.chinese).joined(separator: "、"))犯\(offence(story))罪，于\(story.decided.year - 1)年向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案，庭审历时\(Int.random(in: 2...30, using: &random))天，听取了\(Int.random(in: 3...40, using: &random))名证人的证言。\(random.pick(["被害人在翻译人员协助下出庭作证。", "为保护被害人，部分庭审不公开进行。", "各被告人均委托了辩护人。"]))"
    }

    static func facts(_ story: CaseStory, using random: inout SeededRandom) -> String {
        "经审理查明：被告人通过\(story.recruitment.chinese)招募\(victims(story))，许诺\(random.pick(["高薪工作", "包吃包住、月薪固定", "足以养家的收入"]))，并称\(story.isTransnational ? "从\(story.origin.chineseName)出发的路费、签证费" : "路费和住宿费")由雇主垫付。被害人到达\(city(story))后，被带到\(story.sector.place.chinese.replacingOccurrences(of: "在", with: ""))，被迫\(story.sector.work.chinese)。剥削持续约\(story.months)个月。"
    }

    static func moreFacts(_ story: CaseStory, using random: inout SeededRandom) -> String {
        let control = random.pick(story.control).chinese
        let item = random.pick(story.evidence).chinese
        return random.pick([
            "被告人以\(control)控制被害人。\(story.defendants[0].chinese)记账登记每名被害人的收入和债务，以伙食费、房租、罚款等名义任意扣款，使被害人始终负债，形成债务奴役。被害人提出离开时，被告人称其家人必须替其还债。",
            "证据显示，被害人每天工作十几个小时，没有休息日，外出须有人陪同，不能支配自己的收入。\(item)与被害人陈述相互印证。",
            "本案经\(story.discovery.chinese)案发。执法人员进入现场时发现被害人居住条件恶劣。被害人随后经国家转介机制被安置到庇护场所，获得医疗、心理辅导和法律援助。",
            "劳动监察部门在检查中发现，被害人的工资远低于法定最低工资，且被以偿还债务为由扣留。劳动监察员出庭证实，现场没有劳动合同和考勤记录，被害人的身份证件被统一保管。",
            "辩护人对\(item)提出异议，认为其取得程序不合法。经查，该证据依法取得，来源清楚，本院予以采信。",
            "资金流水显示，\(story.months)个月内被告人账户收到款项约\(Int.random(in: 10...900, using: &random))万元，与被害人所述收入相符，远超被告人申报的合法收入。",
            "被害人\(random.pick(["在专门的询问室", "在社工陪同下", "在翻译人员协助下", "获救后不久"]))接受询问，其陈述与\(item)相互印证。被害人起初不愿陈述，系因害怕报复，本院不因此对其陈述作不利推断。",
            "团伙分工明确：\(story.defendants.count > 1 ? "\(story.defendants[1].chinese)负责运送和安排住宿，\(story.defendants[0].chinese)负责联系雇主和收取款项" : "被告人独自安排运送、住宿和收款")。\(story.isTransnational ? "款项通过地下钱庄汇往\(story.origin.chineseName)" : "款项存入以亲属名义开立的账户")，每笔金额均低于申报标准。",
            "被害人\(random.pick(["体重明显下降", "多次生病", "出现严重的焦虑症状"]))，但直到\(random.pick(["症状严重", "同事介入", "案发"]))才得到医治。\(story.children ? "部分被害人系未成年人，被剥夺了受教育的机会。" : "")",
        ])
    }

    static func reasoning(_ story: CaseStory, index: Int, using random: inout SeededRandom) -> String {
        let texts = [
            "本院认为，人口贩运犯罪须具备行为要件（招募、运送、转移、窝藏或接收人员）、手段要件（以暴力、胁迫、欺骗、滥用权力或利用弱势地位等手段）和目的要件（以剥削为目的）。本案被告人的行为符合上述各要件。",
            "关于手段要件，被告人以\(story.control.map(\.chinese).joined(separator: "、"))等方式控制被害人。\(story.children ? "被害人系儿童，无需证明手段要件。" : "被害人除屈服外别无真正可接受的选择，构成对弱势地位的利用。")",
            "关于被害人同意的问题，\(story.children ? "儿童不能对剥削作出有效同意。" : "即使被害人起初同意外出务工，也并未同意被强加的条件，以欺骗或胁迫取得的同意不具有法律效力。")辩护人关于被害人自愿的意见，本院不予采纳。",
            "关于强迫劳动的认定，被害人在惩罚威胁下从事非自愿劳动，工资被克扣，人身自由受到限制，符合强迫劳动的特征。单纯的劳动条件恶劣不足以构成本罪，但本案同时具备非法手段和剥削目的。",
            "根据不惩罚原则，被害人因被贩运而被迫实施的违法行为不应追究其责任。\(story.sector.exploitation == .other ? "公诉机关已撤回对部分被害人的指控。" : "")",
            "\(story.isTransnational ? "本案部分行为发生在\(story.origin.chineseName)，但招募完成地和剥削地均在本国境内，本院具有管辖权；有关证据通过刑事司法协助取得。" : "本案全部行为发生在本国境内，不存在管辖权争议。")",
        ]
        return texts[index % texts.count]
    }

    static func disposition(_ story: CaseStory) -> String {
        let law = story.jurisdiction.code == "CHN" ? "《中华人民共和国刑法》" : "\(story.jurisdiction.chineseName)刑法"
        var text = "综上，依照\(law)及相关规定，判决如下："
        switch story.verdict {
        case .convicted: text += "被告人\(story.defendants.map(\.chinese).joined(separator: "、"))犯\(offence(story))罪，主犯判处有期徒刑\(story.sentenceYears)年。"
        case .partlyConvicted: text += "被告人\(story.defendants[0].chinese)犯\(offence(story))罪，判处有期徒刑\(story.sentenceYears)年；其余指控不成立。"
        case .acquitted: text += "被告人无罪；本案涉及的劳动违法问题移送劳动监察部门处理。"
        case .dismissed: text += "驳回起诉。"
        case .pending: text += "继续羁押被告人，案件继续审理。"
        }
        if story.compensation > 0 { text += "被告人共同赔偿被害人经济损失\(story.compensation)万元。" }
        return text
    }
}
