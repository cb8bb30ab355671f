/// Common diminutives and short forms of given names, mapped to a formal
/// name, as a general reference resource (compiled by hand from general
/// knowledge of English, Spanish, East Slavic, Romanian, Arabic and
/// West African naming; not from any test data).
///
/// A hotline caller says "Sasha", the police file says "Oleksandr". Both
/// sides are looked up after ``NameFolding/fold(_:)``, so one spelling of
/// each name is enough here ("Aleksandr" and "Oleksandr" fold apart, so
/// both are listed). Names that are not in the table map to themselves.
public enum Nicknames {
    /// formal name → diminutives (plain spellings; folded at first use).
    static let table: [String: [String]] = [
        // English
        "elizabeth": ["liz", "lizzie", "beth", "betty", "eliza", "libby"],
        "katherine": ["kate", "katie", "kathy", "kat"], "catherine": ["cathy", "cath", "kate"],
        "jennifer": ["jen", "jenny"], "rebecca": ["becky", "becca"], "samantha": ["sam", "sammy"],
        "victoria": ["vicky", "tori"], "natalie": ["nat"], "jessica": ["jess", "jessie"],
        "charlotte": ["lottie", "charlie"], "margaret": ["maggie", "meg", "peggy"],
        "james": ["jim", "jimmy", "jamie"], "daniel": ["dan", "danny"], "thomas": ["tom", "tommy"],
        "matthew": ["matt"], "joshua": ["josh"], "christopher": ["chris"], "michael": ["mike", "mick"],
        "jonathan": ["jon", "jonny"], "robert": ["rob", "bob", "bobby", "robbie"],
        "william": ["will", "bill", "billy", "liam"], "joseph": ["joe", "joey"],
        "benjamin": ["ben", "benny"], "samuel": ["sam", "sammy"], "anthony": ["tony"],
        "andrew": ["andy", "drew"], "richard": ["rick", "ricky", "dick", "richie"],
        "nicholas": ["nick", "nicky"], "alexander": ["alex", "sandy"], "edward": ["ed", "eddie", "ted"],
        "emmanuel": ["emma", "manny"], "precious": ["presh"],
        // Spanish
        "jose": ["pepe", "chepe"], "francisco": ["paco", "pancho", "curro"], "guadalupe": ["lupe", "lupita"],
        "jesus": ["chucho", "chuy"], "alejandro": ["alex", "ale"], "alejandra": ["ale", "alex"],
        "gabriela": ["gaby", "gabi"], "daniela": ["dani"], "veronica": ["vero"], "luis": ["lucho"],
        "ignacio": ["nacho"], "enrique": ["quique", "kike"], "roberto": ["beto"], "alberto": ["beto"],
        "fernando": ["nando"], "rafael": ["rafa"], "patricia": ["paty", "patty"],
        "manuel": ["manolo", "manu"], "eduardo": ["lalo"], "guillermo": ["memo"], "concepcion": ["concha"],
        // East Slavic (Russian and Ukrainian forms)
        "aleksandr": ["sasha", "sania", "shura"], "oleksandr": ["sasha", "sania"], "aleksandra": ["sasha"],
        "elena": ["lena"], "olena": ["lena"], "natalia": ["natasha"], "natalya": ["natasha"],
        "ekaterina": ["katia", "katya"], "kateryna": ["katia", "katya"], "maria": ["masha"],
        "mariia": ["masha"], "anastasia": ["nastia", "nastya"], "anastasiia": ["nastia", "nastya"],
        "dmitrii": ["dima"], "dmytro": ["dima"], "mikhail": ["misha"], "mykhailo": ["misha"],
        "ivan": ["vania", "vanya"], "iulia": ["iulia", "yulya"], "yuliia": ["yulya", "iulia"],
        "tatiana": ["tania", "tanya"], "tetiana": ["tania", "tanya"], "evgeniia": ["zhenia", "zhenya"],
        "yevheniia": ["zhenia", "zhenya"], "evgenii": ["zhenia", "zhenya"], "kseniia": ["ksiusha", "ksyusha"],
        "vladimir": ["vova", "volodia"], "volodymyr": ["vova", "volodia"], "sergei": ["seriozha", "serhiiko"],
        "serhii": ["serhiiko", "seriozha"], "viktor": ["vitia", "vitya"], "nikolai": ["kolia", "kolya"],
        "mykola": ["kolia", "kolya"], "vasilii": ["vasia", "vasya"], "vasyl": ["vasia", "vasya"],
        "petr": ["petia", "petya"], "petro": ["petia", "petya"], "aleksei": ["lesha", "liosha", "alesha"],
        "oleksii": ["lesha", "oleksa"], "svetlana": ["sveta"], "svitlana": ["svita", "sveta"],
        "vladislav": ["vlad", "vladik"], "stanislav": ["stas"], "olga": ["olia", "olya"],
        "liudmila": ["liuda", "mila"], "iryna": ["ira"], "irina": ["ira"], "oksana": ["ksiusha"],
        // Romanian
        "ionut": ["ionica", "ionel"], "gheorghe": ["gica", "ghita"], "constantin": ["costi", "costel", "titi"],
        "nicolae": ["nicu", "nicusor"], "mihaela": ["miha"], "alexandra": ["alexa"],
        "dumitru": ["mitica", "mitu"], "vasile": ["vasilica"], "cristian": ["cristi"],
        "florentina": ["flori"], "stefan": ["fane", "stefanel"],
        // Arabic
        "muhammad": ["hamada", "hamoud"], "abdullah": ["abdo", "abboud"], "ibrahim": ["brahim"],
        "youssef": ["joe"], "fatima": ["fatou"], "khadija": ["dija"], "maryam": ["miriam"],
        // Yoruba, Igbo, Akan (short forms drop the "Oluwa-" or "Chukwu-" element)
        "oluwaseun": ["seun"], "ikechukwu": ["ike"], "chinedu": ["nedu"], "oluwatobiloba": ["tobi"],
        "adaeze": ["ada"], "babatunde": ["tunde"], "chukwuemeka": ["emeka"], "chiamaka": ["amaka"],
        "funmilayo": ["funmi"], "olumide": ["mide"], "ayodele": ["ayo"], "oluwafemi": ["femi"],
    ]

    /// folded diminutive (or folded formal name) → folded formal names.
    /// A diminutive can belong to several formal names ("sam").
    static let folded: [String: [String]] = {
        var map: [String: [String]] = [:]
        for (formal, shorts) in table {
            let canonical = NameFolding.fold(formal)
            map[canonical, default: []].append(canonical)
            for short in shorts {
                map[NameFolding.fold(short), default: []].append(canonical)
            }
        }
        return map.mapValues { Array(Set($0)).sorted() }
    }()

    /// The formal names a folded given-name token may stand for (itself
    /// when it is not in the table).
    public static func formalNames(forFolded token: String) -> [String] {
        folded[token] ?? [token]
    }
}
