import CaseModel
import KnowledgeBase

/// Writes a synthetic anti-trafficking law: a title, its scope, and 8 to 20
/// articles (definitions, offences, aggravating circumstances, victim
/// protection, cooperation), numbered as laws number them.
enum SyntheticLegislation {
    static let topics: [(heading: String, text: String)] = [
        ("Definitions", "For the purposes of this law, \"trafficking in persons\" means the recruitment, transportation, transfer, harbouring or receipt of persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability, or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation."),
        ("Exploitation", "Exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude, forced begging, forced marriage, the exploitation of criminal activities and the removal of organs."),
        ("Consent", "The consent of a victim of trafficking in persons to the intended exploitation shall be irrelevant where any of the means set forth in the definition has been used. Where the victim is a child, no means need be proved."),
        ("Offence of trafficking in persons", "Whoever commits trafficking in persons shall be punished with imprisonment of {min} to {max} years and a fine."),
        ("Aggravating circumstances", "The penalty shall be increased by one half where the victim is a child or a person with a disability, where the offence was committed by a public official in the exercise of his or her functions, by an organised criminal group, or where it endangered the life of the victim."),
        ("Debt bondage", "Whoever compels a person to work by means of a debt that cannot reasonably be repaid, or whose amount or terms are fixed by the creditor alone, shall be punished with imprisonment of {min} to {max} years."),
        ("Forced labour", "Whoever exacts work or services from a person under the menace of any penalty and for which that person has not offered himself or herself voluntarily shall be punished with imprisonment of {min} to {max} years."),
        ("Use of services of a victim", "Whoever knowingly uses the services of a victim of trafficking in persons shall be punished with imprisonment of up to {min} years."),
        ("Non-punishment of victims", "Victims of trafficking in persons shall not be prosecuted or punished for offences they were compelled to commit as a direct consequence of having been trafficked, including immigration offences and the use of false documents."),
        ("Identification and referral", "Any public official who has reasonable grounds to believe that a person is a victim of trafficking shall refer that person to the national referral mechanism without delay, irrespective of the person's willingness to cooperate with the authorities."),
        ("Recovery and reflection period", "A foreign victim shall be granted a recovery and reflection period of at least {days} days, during which no removal order may be enforced, and shall be informed of his or her rights in a language he or she understands."),
        ("Assistance to victims", "Victims shall be entitled to safe accommodation, medical and psychological assistance, legal counselling, interpretation and access to education and employment, provided on a consensual and informed basis."),
        ("Protection of witnesses", "The court may order that a victim testify by video link, behind a screen or in the absence of the defendant, and that his or her identity be withheld from the public record."),
        ("Compensation", "A victim shall be entitled to compensation for damages suffered, including unpaid wages. Where the offender cannot pay, compensation shall be paid from the fund established by this law, financed by confiscated assets."),
        ("Confiscation", "The proceeds of the offences established by this law and property used to commit them shall be confiscated."),
        ("Liability of legal persons", "Legal persons shall be liable for offences committed for their benefit by persons in a leading position, and shall be punished with fines, exclusion from public procurement or dissolution."),
        ("National coordinator", "A national coordinator against trafficking in persons shall be appointed, who shall collect data, monitor the implementation of this law and report annually to Parliament."),
        ("International cooperation", "The competent authorities shall cooperate with foreign authorities in the investigation and prosecution of offences under this law, including through joint investigation teams and mutual legal assistance."),
        ("Labour inspection", "Labour inspectors may enter any workplace without prior notice, shall be trained to identify indicators of forced labour and trafficking, and shall report such indicators to the police."),
        ("Prevention", "The State shall conduct awareness campaigns, regulate recruitment agencies and prohibit the charging of recruitment fees to workers."),
    ]

    static func record(in jurisdiction: JurisdictionProfile, latestYear: Int, using random: inout SeededRandom) -> KnowledgeRecord {
        let year = min(latestYear, Int.random(in: 2000...2025, using: &random))
        let number = Int.random(in: 1...400, using: &random)
        let title = random.pick([
            "Law No. \(number) of \(year) on the Prevention and Suppression of Trafficking in Persons",
            "Act to Combat Trafficking in Persons and Protect Victims, \(year)",
            "Decree No. \(number)/\(year) amending the Penal Code concerning trafficking in persons",
            "Anti-Trafficking in Persons Act \(year)",
            "Law No. \(number) of \(year) on Forced Labour and Modern Slavery",
        ])
        let minimum = Int.random(in: 2...8, using: &random)
        let chosen = Array(topics.prefix(4)) + random.sample(Array(topics.dropFirst(4)), count: Int.random(in: 4...16, using: &random))
        let first = Int.random(in: 1...300, using: &random)
        let provisions = chosen.enumerated().map { index, topic in
            Provision(article: String(first + index) + (random.chance(0.1) ? "-A" : ""), heading: topic.heading,
                      text: topic.text.replacing("{min}", with: String(minimum)).replacing("{max}", with: String(minimum + Int.random(in: 4...15, using: &random)))
                        .replacing("{days}", with: String(Int.random(in: 30...90, using: &random))))
        }
        let summary = "The law \(random.pick(["criminalises trafficking in persons in all its forms", "replaces the earlier provisions of the Penal Code on trafficking", "implements the Trafficking in Persons Protocol"])) in \(jurisdiction.name), defines exploitation broadly, makes the consent of victims irrelevant and establishes measures for the identification, protection and compensation of victims."
        let body = "PREAMBLE\n\nRecognising that trafficking in persons is a grave violation of human rights, and in implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, Parliament enacts as follows.\n\n"
            + provisions.map { "Article \($0.article). \($0.heading)\n\($0.text)" }.joined(separator: "\n\n")
        let status = Weighted<LegislationStatus>([(.inForce, 70), (.amended, 18), (.repealed, 7), (.draft, 5)]).pick(using: &random)
        return KnowledgeRecord(
            type: .legislation, countries: [jurisdiction.code], date: PartialDate(year: year, month: Int.random(in: 1...12, using: &random)),
            articles: [.tip2, .tip3a, .tip3b, .tip5] + random.sample([.tip6, .tip7, .tip8, .tip9, .tip10, .untoc5, .untoc6, .untoc12, .untoc18], count: Int.random(in: 1...5, using: &random)),
            exploitation: random.sample(ExploitationType.allCases.filter { $0 != .other }, count: Int.random(in: 2...8, using: &random)),
            issues: random.sample([.consentIrrelevant, .nonPunishment, .compensation, .victimProtection, .childVictims, .internationalCooperation, .debtBondage], count: Int.random(in: 2...5, using: &random)),
            keywords: random.sample(["criminalisation", "victim protection", "national referral mechanism", "labour inspection", "recruitment fees", "confiscation"], count: 3),
            sources: ["Synthetic law generated for testing; not a real statute."],
            texts: [KnowledgeText(language: SyntheticKnowledgeGenerator.english, title: title, summary: summary, commentary: "", body: body, provisions: provisions)],
            legislation: LegislationDetails(status: status)
        )
    }
}
