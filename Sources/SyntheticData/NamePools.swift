/// Given and family names common in each region of origin, so that synthetic
/// registers have the spelling variety and the repeated names that
/// search-before-create must cope with. Chosen by hand from public lists of
/// common names; no real person is meant.
struct NamePool: Sendable {
    let feminine: [String]
    let masculine: [String]
    let family: [String]

    static func of(_ region: CTDCShares.Region?) -> NamePool {
        switch region {
        case .africa: africa
        case .asia: asia
        case .europe: europe
        case .americasOceania: americas
        case nil: mixed
        }
    }

    static let africa = NamePool(
        feminine: ["Amara", "Blessing", "Joy", "Precious", "Aisha", "Fatima", "Grace", "Mercy", "Esther", "Favour", "Chioma", "Ngozi",
                   "Adaeze", "Abena", "Akosua", "Ama", "Efua", "Halima", "Zainab", "Hawa", "Mariam", "Rahel", "Selam", "Tigist",
                   "Hiwot", "Wanjiru", "Achieng", "Nafula", "Awa", "Fatou", "Aminata", "Khadija", "Salma", "Neema", "Rehema",
                   "Faith", "Hope", "Patience", "Comfort", "Gift"],
        masculine: ["Chinedu", "Emeka", "Ifeanyi", "Kwame", "Kofi", "Yaw", "Kwabena", "Ibrahim", "Musa", "Abdullahi", "Yusuf",
                    "Mohammed", "Tesfaye", "Dawit", "Yonas", "Kibrom", "Samuel", "Daniel", "Joseph", "Emmanuel", "Peter", "John",
                    "Moses", "Isaac", "Ousmane", "Mamadou", "Abdoulaye", "Moussa", "Seydou", "Kamau", "Otieno", "Baraka", "Juma",
                    "Hassan", "Ali", "Omar", "Suleiman", "Godwin", "Sunday", "Tunde"],
        family: ["Okafor", "Okonkwo", "Eze", "Nwosu", "Adeyemi", "Balogun", "Ogunleye", "Obi", "Mensah", "Owusu", "Boateng",
                 "Asante", "Appiah", "Osei", "Diallo", "Traoré", "Keita", "Coulibaly", "Camara", "Touré", "Ndiaye", "Sow", "Bah",
                 "Kamara", "Conteh", "Sesay", "Bangura", "Haile", "Gebre", "Bekele", "Tadesse", "Alemu", "Abdi", "Hassan", "Ali",
                 "Yusuf", "Kamau", "Otieno", "Mwangi", "Njoroge", "Wanjala", "Mutua", "Ochieng", "Odhiambo", "Okello", "Mugisha",
                 "Nakato", "Banda", "Phiri", "Zulu", "Moyo", "Dlamini", "Ndlovu", "Chukwu", "Ibrahim", "Bello", "Abubakar",
                 "Sani", "Adebayo", "Okoro"]
    )

    static let asia = NamePool(
        feminine: ["Maria", "Ana", "Jocelyn", "Rowena", "Marites", "Siti", "Nur", "Dewi", "Sri", "Ayu", "Putri", "Lan", "Linh", "Hoa",
                   "Mai", "Thu", "Huong", "Sreymom", "Channary", "Mya", "Thandar", "Aye", "Sita", "Gita", "Sunita", "Anjali",
                   "Priya", "Fatema", "Nasrin", "Rina", "Mei", "Xiuying", "Fang", "Nigora", "Dilnoza", "Gulnara", "Aigerim",
                   "Malika", "Ploy", "Nisa"],
        masculine: ["Jose", "Juan", "Mark", "Rodel", "Jun", "Budi", "Agus", "Eko", "Rizal", "Hendra", "Minh", "Tuan", "Hung", "Nam",
                    "Duc", "Dara", "Vuthy", "Sokha", "Aung", "Kyaw", "Zaw", "Ram", "Hari", "Bikash", "Suresh", "Rajesh", "Amit",
                    "Rahim", "Karim", "Abdul", "Wei", "Ming", "Jian", "Bekzod", "Rustam", "Timur", "Azamat", "Somchai", "Anan",
                    "Arjun"],
        family: ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva", "Wijaya", "Santoso",
                 "Hidayat", "Saputra", "Kurniawan", "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vo", "Dang", "Bui", "Sok", "Chan",
                 "Heng", "Lim", "Win", "Htun", "Oo", "Thapa", "Gurung", "Shrestha", "Tamang", "Rai", "Sharma", "Singh", "Kumar",
                 "Das", "Begum", "Akter", "Hossain", "Rahman", "Islam", "Chowdhury", "Wang", "Li", "Zhang", "Liu", "Chen",
                 "Yang", "Huang", "Zhao", "Karimov", "Rakhimov", "Tursunov", "Saidov", "Aliev", "Abdullaev", "Srisai", "Wongsa",
                 "Khan"]
    )

    static let europe = NamePool(
        feminine: ["Olena", "Oksana", "Iryna", "Natalia", "Svitlana", "Tetiana", "Yulia", "Anastasia", "Maria", "Elena", "Ioana",
                   "Andreea", "Mihaela", "Alina", "Cristina", "Daniela", "Gabriela", "Ivana", "Petya", "Desislava", "Elitsa",
                   "Galina", "Svetlana", "Olga", "Tatiana", "Ekaterina", "Anna", "Katarzyna", "Agnieszka", "Magdalena", "Joanna",
                   "Ewa", "Marta", "Lucia", "Jana", "Eva", "Viktoria", "Kristina", "Ardita", "Besa"],
        masculine: ["Oleksandr", "Andriy", "Serhiy", "Mykola", "Dmytro", "Ivan", "Vasyl", "Ion", "Andrei", "Mihai", "Florin",
                    "Gheorghe", "Marian", "Vasile", "Constantin", "Georgi", "Dimitar", "Nikolai", "Stoyan", "Petar", "Aleksei",
                    "Sergei", "Vladimir", "Pavel", "Maksim", "Piotr", "Tomasz", "Pawel", "Krzysztof", "Marek", "Jan", "Lukas",
                    "Martin", "Arben", "Ilir", "Besnik", "Artan", "Gentian", "Viktor", "Roman"],
        family: ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Popescu", "Ionescu",
                 "Popa", "Stan", "Dumitru", "Munteanu", "Rusu", "Ciobanu", "Ceban", "Lungu", "Georgiev", "Dimitrov", "Ivanov",
                 "Petrov", "Nikolov", "Stoyanov", "Todorov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Novak", "Kowalski",
                 "Nowak", "Wisniewski", "Wojcik", "Kaminski", "Horvath", "Nagy", "Kovacs", "Toth", "Szabo", "Hoxha", "Shehu",
                 "Gashi", "Krasniqi", "Berisha", "Dervishi", "Kola", "Marku", "Jovanovic", "Petrovic", "Nikolic", "Markovic",
                 "Ilic", "Horvat", "Kolar", "Balan", "Moraru", "Cojocaru", "Sirbu", "Rossi", "Ferrari"]
    )

    static let americas = NamePool(
        feminine: ["Maria", "Ana", "Guadalupe", "Rosa", "Carmen", "Daniela", "Valentina", "Camila", "Sofia", "Lucia", "Andrea",
                   "Paola", "Yesenia", "Gabriela", "Fernanda", "Juliana", "Larissa", "Mariana", "Jessica", "Keisha", "Ashley",
                   "Jennifer", "Kimberly", "Tatiana", "Yolanda", "Marisol", "Esperanza", "Dayana", "Karla", "Wendy"],
        masculine: ["Jose", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Pedro", "Francisco", "Manuel", "Javier", "Diego",
                    "Andres", "Alejandro", "Eduardo", "Fernando", "Ricardo", "Wilmer", "Edwin", "Henry", "Kevin", "Brayan",
                    "Jefferson", "Anderson", "Thiago", "Lucas", "Mateus", "Gabriel", "Rafael", "Michael", "James"],
        family: ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres",
                 "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Morales", "Reyes", "Gutierrez", "Ortiz", "Castillo", "Mendoza",
                 "Vargas", "Romero", "Herrera", "Medina", "Aguilar", "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa",
                 "Alves", "Ferreira", "Rocha", "Lima", "Carvalho", "Johnson", "Williams", "Brown", "Jones", "Smith", "Baptiste",
                 "Joseph", "Pierre", "Jean", "Charles", "Louis"]
    )

    /// For people whose origin is not recorded.
    static let mixed = NamePool(
        feminine: africa.feminine + asia.feminine + europe.feminine + americas.feminine,
        masculine: africa.masculine + asia.masculine + europe.masculine + americas.masculine,
        family: africa.family + asia.family + europe.family + americas.family
    )
}
