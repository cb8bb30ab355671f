import KnowledgeBase

/// Writes a synthetic court case in English: title, facts summary, commentary
/// and a full decision assembled from section templates until it reaches a
/// drawn length. The templates follow the order of real judgments (procedure,
/// facts, evidence, law, sentence) so snippets and ranking meet text shaped
/// like the real thing.
enum EnglishDecision {
    static func title(_ story: CaseStory, using random: inout SeededRandom) -> String {
        let first = story.defendants[0].english
        let others = story.defendants.count > 2 ? " and others" : story.defendants.count == 2 ? " and \(story.defendants[1].english)" : ""
        let prosecutor: String = switch story.jurisdiction.code {
        case "USA": "United States"
        case "GBR": "R"
        case "PHL": "People of the Philippines"
        case "SGP", "MYS": "Public Prosecutor"
        case "CHN": "People's Procuratorate of \(story.city)"
        default: story.isCommonLaw ? random.pick(["State", "The State", "Director of Public Prosecutions"]) : random.pick(["Prosecutor", "Public Prosecutor", "Office of the Prosecutor", "Prosecutor"])
        }
        let versus = story.jurisdiction.code == "GBR" ? "v" : "v."
        let number = random.chance(0.4) ? " (Case No. \(story.caseNumber))" : ""
        return "\(prosecutor) \(versus) \(first)\(others)\(number)"
    }

    static func court(_ story: CaseStory, using random: inout SeededRandom) -> String {
        let city = story.city
        switch (story.stage, story.isCommonLaw) {
        case (.firstInstance, true):
            return story.jurisdiction.code == "GBR" ? "Crown Court at \(city)"
                : story.jurisdiction.code == "USA" ? "United States District Court, \(city)" : "High Court of \(city)"
        case (.firstInstance, false):
            return random.pick(["Criminal Court of First Instance No. \(Int.random(in: 1...12, using: &random)) of \(city)", "Regional Court of \(city)", "District Court of \(city)"])
        case (.appeal, true):
            return story.jurisdiction.code == "USA" ? "Court of Appeals for the \(random.pick(["Fifth", "Ninth", "Eleventh", "Second"])) Circuit" : "Court of Appeal, Criminal Division"
        case (.appeal, false):
            return "Court of Appeal of \(city)"
        case (.finalAppeal, _):
            return random.pick(["Supreme Court", "Court of Cassation", "Supreme Court of Justice", "Federal Court of Justice"])
        default:
            return "Specialised Court for Organised Crime, \(city)"
        }
    }

    static func victims(_ story: CaseStory) -> String {
        let who: String = switch (story.children, story.victimSex) {
        case (true, .female): story.victimCount == 1 ? "a girl" : "girls"
        case (true, .male): story.victimCount == 1 ? "a boy" : "boys"
        case (true, _): story.victimCount == 1 ? "a child" : "children"
        case (false, .female): story.victimCount == 1 ? "a woman" : "women"
        case (false, .male): story.victimCount == 1 ? "a man" : "men"
        default: story.victimCount == 1 ? "an adult" : "adults"
        }
        let from = story.isTransnational ? " from \(story.origin.name)" : ""
        return story.victimCount == 1 ? "\(who)\(from)" : "\(story.victimCount) \(who)\(from)"
    }

    static func defendantList(_ story: CaseStory) -> String {
        list(story.defendants.map(\.english))
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    static func summary(_ story: CaseStory, using random: inout SeededRandom) -> String {
        var paragraphs = [
            "Between \(story.fromYear) and \(story.fromYear + max(1, story.months / 12)), the defendants recruited \(victims(story)) through \(story.recruitment.english) and exploited them \(story.sector.place.english) in and around \(story.city). The victims were made \(story.sector.work.english), and were kept in the work by \(list(story.control.map(\.english))).",
        ]
        if random.chance(0.7) {
            paragraphs.append("The case came to light through \(story.discovery.english). \(story.defendants.count == 1 ? "The defendant was" : "The \(story.defendants.count) defendants were") charged with trafficking in persons\(story.crimes.count > 1 ? " and related offences" : ""). The prosecution relied on \(list(story.evidence.map(\.english))).")
        }
        if random.chance(0.5) {
            paragraphs.append(verdictSentence(story))
        }
        return paragraphs.joined(separator: "\n\n")
    }

    static func verdictSentence(_ story: CaseStory) -> String {
        switch story.verdict {
        case .convicted:
            return "The \(story.stage == .firstInstance ? "court" : "court of \(story.stage == .appeal ? "appeal" : "last resort")") convicted \(defendantList(story)) and sentenced the principal defendant to \(story.sentenceYears) years' imprisonment\(story.compensation > 0 ? ", ordering compensation to the victims" : "")."
        case .partlyConvicted:
            return "The court convicted \(story.defendants[0].english) of trafficking in persons but acquitted \(story.defendants.count > 1 ? "the co-defendants" : "the defendant of the remaining charges") for lack of evidence of intent; the principal defendant received \(story.sentenceYears) years' imprisonment."
        case .acquitted:
            return "The court acquitted the defendants, holding that the prosecution had not proved the means element beyond reasonable doubt, although it accepted that the working conditions were exploitative."
        case .dismissed:
            return "The case was dismissed on procedural grounds after the main witnesses could not be located."
        case .pending:
            return "The decision reported here concerns pre-trial detention and the admissibility of evidence; the trial is pending."
        }
    }

    static func commentary(_ story: CaseStory, using random: inout SeededRandom) -> String {
        var sentences: [String] = []
        if story.issues.contains(.consentIrrelevant) { sentences.append("The decision applies the rule that the consent of a victim to the intended exploitation is irrelevant once any of the means has been used\(story.children ? ", and that no means need be proved where the victim is a child" : "").") }
        if story.usesDebt { sentences.append("It is a clear illustration of debt bondage: the debt was fixed by the defendants, grew with arbitrary charges and was never meant to be repaid.") }
        if story.issues.contains(.abuseOfVulnerability) { sentences.append("The court's analysis of abuse of a position of vulnerability, looking at the victims' irregular status, poverty and lack of the local language, is of wider interest.") }
        if story.isTransnational { sentences.append("Cooperation with the authorities of \(story.origin.name) was decisive in locating witnesses and tracing payments.") }
        if story.sector.exploitation == .other { sentences.append("The court treated the victims' own offences as committed under compulsion and declined to punish them, in line with the non-punishment principle.") }
        if story.verdict == .acquitted { sentences.append("The acquittal shows how courts may confuse severe labour exploitation with trafficking when the means are subtle rather than violent.") }
        if story.compensation > 0 { sentences.append("Compensation of \(story.compensation),000 in local currency was ordered from confiscated assets.") }
        sentences.append(random.pick([
            "The case is often cited for its treatment of victim testimony given after long delays.",
            "Commentators note the careful reasoning on each element of the offence.",
            "The decision was reported in the national law reports and is used in judicial training.",
            "It illustrates how financial evidence can corroborate the accounts of victims.",
        ]))
        return sentences.joined(separator: " ")
    }

    static func charges(_ story: CaseStory) -> String {
        let named = story.crimes.map { crime -> String in
            switch crime {
            case .traffickingInPersons: "trafficking in persons"
            case .migrantSmuggling: "smuggling of migrants"
            case .organizedCriminalGroup: "participation in an organised criminal group"
            case .moneyLaundering: "laundering of the proceeds of crime"
            case .corruption: "bribery of public officials"
            case .obstructionOfJustice: "obstruction of justice"
            case .documentFraud: "forgery of travel documents"
            case .other: "other offences"
            }
        }
        return named.joined(separator: "; ").prefix(1).uppercased() + named.joined(separator: "; ").dropFirst()
    }

    static func sentence(_ story: CaseStory) -> String {
        guard story.convicted else { return story.verdict == .acquitted ? "Acquitted." : "" }
        let fine = story.sentenceYears > 10 ? " and a fine" : ""
        return "\(story.sentenceYears) years' imprisonment\(fine)" + (story.compensation > 0 ? "; compensation to the victims" : "") + "."
    }

    // MARK: The decision

    /// A decision of about `target` bytes.
    static func body(_ story: CaseStory, target: Int, using random: inout SeededRandom) -> String {
        var facts = [factsParagraph(story, using: &random)]
        var evidence = [evidenceParagraph(story, using: &random)]
        var law = [lawParagraph(story, index: 0, using: &random)]
        let opening = procedure(story, using: &random)
        let closing = disposition(story, using: &random)
        var length = opening.utf8.count + closing.utf8.count + facts[0].utf8.count + evidence[0].utf8.count + law[0].utf8.count
        var turn = 0
        while length < target {
            let paragraph: String
            switch turn % 3 {
            case 0: paragraph = moreFacts(story, using: &random); facts.append(paragraph)
            case 1: paragraph = moreEvidence(story, using: &random); evidence.append(paragraph)
            default: paragraph = lawParagraph(story, index: law.count, using: &random); law.append(paragraph)
            }
            length += paragraph.utf8.count + 2
            turn += 1
        }
        return ([opening, "I. THE FACTS"] + facts + ["II. THE EVIDENCE"] + evidence + ["III. THE LAW"] + law + ["IV. DECISION", closing]).joined(separator: "\n\n")
    }

    static func procedure(_ story: CaseStory, using random: inout SeededRandom) -> String {
        let stage = switch story.stage {
        case .firstInstance: "The defendants were brought to trial on an indictment filed by the prosecution service"
        case .appeal: "This is an appeal by \(story.verdict == .acquitted ? "the prosecution against the acquittal" : "the defendants against their conviction and sentence") pronounced at first instance"
        case .finalAppeal: "The court of last resort hears a further appeal on points of law against the judgment of the court of appeal"
        case .other: "The specialised chamber examines the case referred to it"
        }
        return "\(stage) in \(story.city) in \(story.decided.year - 1). \(defendantList(story)) \(story.defendants.count == 1 ? "stands" : "stand") accused of \(charges(story).lowercased()). The hearings took place over \(Int.random(in: 3...40, using: &random)) days, during which the court heard \(Int.random(in: 4...60, using: &random)) witnesses, \(story.victimCount == 1 ? "including the victim" : "including \(min(story.victimCount, Int.random(in: 2...12, using: &random))) of the victims"), and examined the documents in the case file. \(random.pick(["The defendants were represented by counsel throughout.", "An interpreter assisted the victims during their testimony.", "Part of the hearings was held in camera to protect the victims.", "The court granted the victims the status of civil parties."]))"
    }

    static func factsParagraph(_ story: CaseStory, using random: inout SeededRandom) -> String {
        "\(random.pick(KnowledgePhrases.connectives)) the defendants recruited \(EnglishDecision.victims(story)) through \(story.recruitment.english). The victims were told that they would earn \(random.pick(["several times what they earned at home", "enough to support their families", "a fixed monthly salary with board and lodging", "money to pay for their studies"])), and that the cost of \(story.isTransnational ? "the journey from \(story.origin.name), the visa and the first weeks of lodging" : "transport and lodging") would be advanced by the employer. On arrival in \(story.city) they were put to work \(story.sector.place.english), where they were made \(story.sector.work.english). The exploitation lasted about \(story.months) months."
    }

    static func moreFacts(_ story: CaseStory, using random: inout SeededRandom) -> String {
        let control = random.pick(story.control).english
        return random.pick([
            "The victims were controlled through \(control). \(story.defendants[0].english) kept a notebook in which each victim's earnings and debts were recorded; deductions were made for food, rent, clothing and fines, so that the balance was always owed to the defendants. Victims who asked to leave were told that their families would have to pay what they owed.",
            "The victims described \(control). They worked every day of the week, were allowed out only under escort and had no access to their own money. \(story.victimCount > 1 ? "Several of them" : "The victim") lost weight and fell ill, but were refused medical care until \(random.pick(["the symptoms became severe", "a co-worker intervened", "the case was discovered"])).",
            "The operation was organised: \(story.defendants.count > 1 ? "\(story.defendants[1].english) handled transport and accommodation, while \(story.defendants[0].english) dealt with the employers and collected the money" : "the defendant arranged transport, accommodation and payment alone, with the help of acquaintances"). Money was sent \(story.isTransnational ? "to \(story.origin.name) through money transfer agencies" : "to accounts held in the names of relatives"), in amounts kept below the reporting threshold.",
            "The case came to light through \(story.discovery.english). When the authorities entered the premises they found \(story.victimCount == 1 ? "the victim" : "\(story.victimCount) people") living in overcrowded rooms, \(random.pick(["without windows", "sleeping on mattresses on the floor", "with a single bathroom", "next to the machinery"])). The victims were referred to \(random.pick(["a shelter run by a non-governmental organisation", "specialised support services", "the national referral mechanism", "a state shelter"])) and granted a recovery and reflection period.",
            "The conditions \(story.sector.place.english) were described in detail by the witnesses. The victims were made \(story.sector.work.english). Their wages, when paid at all, were a fraction of the legal minimum, and were withheld to cover the alleged debt. The defence did not dispute these conditions, but argued that the victims had accepted them knowingly.",
        ])
    }

    static func evidenceParagraph(_ story: CaseStory, using random: inout SeededRandom) -> String {
        "The prosecution's case rested on \(list(story.evidence.map(\.english))). \(random.pick(KnowledgePhrases.connectives)) these sources corroborate one another on every material point: the recruitment, the journey, the conditions of work and the means of control. The defence challenged the reliability of the victims' accounts, pointing to inconsistencies in dates and amounts; the court considers such inconsistencies natural in witnesses who suffered trauma and testified long after the events."
    }

    static func moreEvidence(_ story: CaseStory, using random: inout SeededRandom) -> String {
        let item = random.pick(story.evidence).english
        return random.pick([
            "As to \(item), the court finds it admissible and reliable. It was obtained in accordance with the law and its chain of custody is documented. It shows that \(story.defendants[0].english) \(random.pick(["gave instructions on where the victims were to work", "discussed the victims' debts and how to collect them", "arranged the victims' travel and accommodation", "received the greater part of the victims' earnings"])).",
            "The victims' statements were taken \(random.pick(["by specially trained officers", "with the assistance of an interpreter and a support worker", "in a child-friendly interview room", "shortly after their rescue"])). Their accounts are consistent with \(item). The court has taken care not to draw adverse inferences from the victims' initial reluctance to speak, which is common among victims of trafficking who fear reprisals.",
            "The defence objected to \(item), arguing that \(random.pick(["it had been obtained without a valid warrant", "it was incomplete", "the translation was inaccurate", "it had been disclosed late"])). The objection is rejected: \(random.pick(["the warrant was issued in due form", "the defence had ample opportunity to examine it", "an independent translator confirmed the translation", "the delay caused no prejudice to the defence"])).",
            "Financial records show transfers totalling about \(Int.random(in: 10...900, using: &random)),000 in local currency over \(story.months) months, consistent with the earnings the victims described and far exceeding the defendants' declared income. \(story.crimes.contains(.moneyLaundering) ? "The proceeds were invested in property and vehicles registered to third parties." : "No legitimate source for these sums was put forward.")",
        ])
    }

    static func lawParagraph(_ story: CaseStory, index: Int, using random: inout SeededRandom) -> String {
        let texts = [
            "Trafficking in persons requires an act (recruitment, transportation, transfer, harbouring or receipt of persons), a means (threat or use of force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or giving payments to a person having control over another) and a purpose of exploitation, as defined in article 3 of the Protocol and reflected in the national penal code. The court examines each element in turn.",
            "As to the act, the defendants recruited the victims through \(story.recruitment.english), arranged their transport and harboured them in accommodation they controlled. The act element is therefore proved in respect of \(story.convicted ? "each defendant found guilty" : "the defendants' conduct, although this alone is not sufficient").",
            "As to the means, the court has found \(list(story.control.map(\.english))). \(story.children ? "Since the victims were children, the means need not be proved; the court nonetheless records them as aggravating circumstances." : "These amount to coercion and to abuse of a position of vulnerability: the victims had no real and acceptable alternative but to submit.")",
            "As to the purpose, the victims were made \(story.sector.work.english). This is \(story.sector.exploitation == .sexualExploitation ? "exploitation of the prostitution of others and other forms of sexual exploitation" : story.sector.exploitation == .forcedLabour ? "forced labour, work exacted under the menace of a penalty and for which the victims did not offer themselves voluntarily" : "exploitation within the meaning of the law, whose list of forms is not exhaustive").",
            "The consent of the victims is irrelevant. \(story.children ? "A child cannot consent to exploitation." : "Whatever the victims agreed to at the outset, they did not agree to the conditions imposed on them, and consent obtained by deception or coercion has no legal effect.") The defence argument that the victims came willingly and could have left is therefore rejected.",
            "On intent, the court finds that \(story.defendants[0].english) knew of and intended the exploitation: \(random.pick(["the defendant set the debts and the rules", "the defendant received the proceeds", "the defendant's messages show knowledge of the victims' situation", "the defendant organised the victims' confinement"])). \(story.defendants.count > 1 ? "The role of the other defendants is assessed individually below." : "")",
            "The court has considered the principle of non-punishment of victims. None of the victims has been prosecuted for offences committed as a direct consequence of their trafficking\(story.sector.exploitation == .other ? ", and the charges brought against some of them for the fraud they were forced to commit were withdrawn" : "").",
            "Regarding jurisdiction, \(story.isTransnational ? "part of the conduct took place in \(story.origin.name), but the recruitment was completed and the exploitation took place within the territory, which founds the court's jurisdiction; evidence from \(story.origin.name) was obtained through mutual legal assistance" : "all the conduct took place within the territory and no question of jurisdiction arises").",
            "The court has also considered the case law of the higher courts on the distinction between trafficking and labour law violations. Poor working conditions alone do not amount to trafficking; what distinguishes trafficking is the combination of an act, improper means and exploitative purpose. Here, \(story.verdict == .acquitted ? "the prosecution has not shown the improper means to the required standard" : "all three are present").",
        ]
        if index < texts.count { return texts[index] }
        let again = random.pick(texts)
        return "\(random.pick(KnowledgePhrases.connectives)) \(again.prefix(1).lowercased())\(again.dropFirst())"
    }

    static func disposition(_ story: CaseStory, using random: inout SeededRandom) -> String {
        var text = "For these reasons, the court, " + (story.stage == .firstInstance ? "ruling in public and after deliberation, " : "having examined the grounds of appeal, ")
        switch story.verdict {
        case .convicted:
            text += "finds \(defendantList(story)) guilty as charged. \(story.defendants[0].english) is sentenced to \(story.sentenceYears) years' imprisonment\(story.defendants.count > 1 ? "; the co-defendants to terms of between \(max(1, story.sentenceYears / 3)) and \(max(2, story.sentenceYears - 1)) years" : "")."
        case .partlyConvicted:
            text += "finds \(story.defendants[0].english) guilty of trafficking in persons and sentences the defendant to \(story.sentenceYears) years' imprisonment, and acquits on the remaining counts."
        case .acquitted:
            text += "acquits the defendants of trafficking in persons, and refers the file to the labour authorities for the violations of labour law disclosed by the evidence."
        case .dismissed:
            text += "declares the proceedings inadmissible and dismisses the case."
        case .pending:
            text += "orders that the defendants remain in pre-trial detention and that the evidence challenged by the defence be admitted; the trial will continue."
        }
        if story.compensation > 0 { text += " The court orders the defendants, jointly, to pay the victims compensation of \(story.compensation),000 in local currency, to be paid from the confiscated assets." }
        if story.convicted, story.sentenceYears > 8 { text += " The assets acquired with the proceeds of the offence are confiscated." }
        return text
    }
}
