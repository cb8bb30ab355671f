import KnowledgeBase

/// A country whose courts the synthetic case law comes from: how often it
/// appears, its name as an English and a Chinese sentence writes it, a few
/// cities (for court names and places of exploitation), its legal tradition
/// and the region its names are drawn from.
///
/// The weights are the generator's own plausible choice, loosely following how
/// many decisions each country contributes to UNODC's SHERLOC case law
/// database: the Americas, Western Europe and South-East Asia contribute most.
struct JurisdictionProfile: Sendable {
    let code: String
    let weight: Double
    let name: String
    let chineseName: String
    let cities: [String]
    let legalSystem: LegalSystem
    let region: CTDCShares.Region

    /// Whether titles read "R v X" / "United States v. X" rather than "Prosecutor v. X".
    var isCommonLaw: Bool { legalSystem == .commonLaw }

    static let all: [JurisdictionProfile] = [
        .init(code: "MEX", weight: 6, name: "Mexico", chineseName: "墨西哥", cities: ["Mexico City", "Tijuana", "Puebla", "Tapachula"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "USA", weight: 7, name: "the United States", chineseName: "美国", cities: ["Houston", "Atlanta", "New York", "Los Angeles"], legalSystem: .commonLaw, region: .americasOceania),
        .init(code: "GBR", weight: 5, name: "the United Kingdom", chineseName: "英国", cities: ["London", "Birmingham", "Manchester", "Glasgow"], legalSystem: .commonLaw, region: .europe),
        .init(code: "NGA", weight: 4, name: "Nigeria", chineseName: "尼日利亚", cities: ["Lagos", "Benin City", "Abuja"], legalSystem: .commonLaw, region: .africa),
        .init(code: "PHL", weight: 5, name: "the Philippines", chineseName: "菲律宾", cities: ["Manila", "Cebu", "Davao"], legalSystem: .mixed, region: .asia),
        .init(code: "THA", weight: 4, name: "Thailand", chineseName: "泰国", cities: ["Bangkok", "Samut Sakhon", "Chiang Mai"], legalSystem: .civilLaw, region: .asia),
        .init(code: "IND", weight: 4, name: "India", chineseName: "印度", cities: ["Mumbai", "Delhi", "Kolkata", "Chennai"], legalSystem: .commonLaw, region: .asia),
        .init(code: "BRA", weight: 4, name: "Brazil", chineseName: "巴西", cities: ["São Paulo", "Belém", "Rio de Janeiro"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "COL", weight: 3, name: "Colombia", chineseName: "哥伦比亚", cities: ["Bogotá", "Medellín", "Cartagena"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "ARG", weight: 3, name: "Argentina", chineseName: "阿根廷", cities: ["Buenos Aires", "Córdoba", "Mendoza"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "ESP", weight: 3, name: "Spain", chineseName: "西班牙", cities: ["Madrid", "Barcelona", "Almería"], legalSystem: .civilLaw, region: .europe),
        .init(code: "ITA", weight: 3, name: "Italy", chineseName: "意大利", cities: ["Rome", "Palermo", "Turin", "Naples"], legalSystem: .civilLaw, region: .europe),
        .init(code: "DEU", weight: 3, name: "Germany", chineseName: "德国", cities: ["Berlin", "Hamburg", "Munich"], legalSystem: .civilLaw, region: .europe),
        .init(code: "NLD", weight: 3, name: "the Netherlands", chineseName: "荷兰", cities: ["Amsterdam", "Rotterdam", "The Hague"], legalSystem: .civilLaw, region: .europe),
        .init(code: "FRA", weight: 2, name: "France", chineseName: "法国", cities: ["Paris", "Lyon", "Marseille"], legalSystem: .civilLaw, region: .europe),
        .init(code: "BEL", weight: 2, name: "Belgium", chineseName: "比利时", cities: ["Brussels", "Antwerp", "Liège"], legalSystem: .civilLaw, region: .europe),
        .init(code: "ROU", weight: 2, name: "Romania", chineseName: "罗马尼亚", cities: ["Bucharest", "Iași", "Craiova"], legalSystem: .civilLaw, region: .europe),
        .init(code: "BGR", weight: 2, name: "Bulgaria", chineseName: "保加利亚", cities: ["Sofia", "Varna", "Sliven"], legalSystem: .civilLaw, region: .europe),
        .init(code: "UKR", weight: 2, name: "Ukraine", chineseName: "乌克兰", cities: ["Kyiv", "Odesa", "Kharkiv"], legalSystem: .civilLaw, region: .europe),
        .init(code: "MDA", weight: 1, name: "the Republic of Moldova", chineseName: "摩尔多瓦", cities: ["Chișinău", "Bălți"], legalSystem: .civilLaw, region: .europe),
        .init(code: "POL", weight: 2, name: "Poland", chineseName: "波兰", cities: ["Warsaw", "Kraków", "Gdańsk"], legalSystem: .civilLaw, region: .europe),
        .init(code: "CZE", weight: 1, name: "Czechia", chineseName: "捷克", cities: ["Prague", "Brno"], legalSystem: .civilLaw, region: .europe),
        .init(code: "ALB", weight: 1, name: "Albania", chineseName: "阿尔巴尼亚", cities: ["Tirana", "Durrës"], legalSystem: .civilLaw, region: .europe),
        .init(code: "SRB", weight: 1, name: "Serbia", chineseName: "塞尔维亚", cities: ["Belgrade", "Novi Sad"], legalSystem: .civilLaw, region: .europe),
        .init(code: "ZAF", weight: 2, name: "South Africa", chineseName: "南非", cities: ["Johannesburg", "Cape Town", "Durban"], legalSystem: .mixed, region: .africa),
        .init(code: "KEN", weight: 2, name: "Kenya", chineseName: "肯尼亚", cities: ["Nairobi", "Mombasa"], legalSystem: .commonLaw, region: .africa),
        .init(code: "UGA", weight: 1, name: "Uganda", chineseName: "乌干达", cities: ["Kampala", "Gulu"], legalSystem: .commonLaw, region: .africa),
        .init(code: "GHA", weight: 1, name: "Ghana", chineseName: "加纳", cities: ["Accra", "Kumasi"], legalSystem: .commonLaw, region: .africa),
        .init(code: "EGY", weight: 1, name: "Egypt", chineseName: "埃及", cities: ["Cairo", "Alexandria"], legalSystem: .mixed, region: .africa),
        .init(code: "MAR", weight: 1, name: "Morocco", chineseName: "摩洛哥", cities: ["Casablanca", "Tangier"], legalSystem: .mixed, region: .africa),
        .init(code: "SEN", weight: 1, name: "Senegal", chineseName: "塞内加尔", cities: ["Dakar", "Saint-Louis"], legalSystem: .civilLaw, region: .africa),
        .init(code: "ISR", weight: 2, name: "Israel", chineseName: "以色列", cities: ["Tel Aviv", "Jerusalem", "Haifa"], legalSystem: .mixed, region: .asia),
        .init(code: "ARE", weight: 1, name: "the United Arab Emirates", chineseName: "阿联酋", cities: ["Dubai", "Abu Dhabi"], legalSystem: .religious, region: .asia),
        .init(code: "QAT", weight: 1, name: "Qatar", chineseName: "卡塔尔", cities: ["Doha"], legalSystem: .mixed, region: .asia),
        .init(code: "IDN", weight: 2, name: "Indonesia", chineseName: "印度尼西亚", cities: ["Jakarta", "Surabaya", "Batam"], legalSystem: .civilLaw, region: .asia),
        .init(code: "MYS", weight: 2, name: "Malaysia", chineseName: "马来西亚", cities: ["Kuala Lumpur", "Johor Bahru", "Penang"], legalSystem: .commonLaw, region: .asia),
        .init(code: "VNM", weight: 2, name: "Viet Nam", chineseName: "越南", cities: ["Hanoi", "Ho Chi Minh City", "Hai Phong"], legalSystem: .civilLaw, region: .asia),
        .init(code: "KHM", weight: 1, name: "Cambodia", chineseName: "柬埔寨", cities: ["Phnom Penh", "Sihanoukville"], legalSystem: .civilLaw, region: .asia),
        .init(code: "CHN", weight: 4, name: "China", chineseName: "中国", cities: ["Guangzhou", "Kunming", "Shenzhen", "Fuzhou"], legalSystem: .civilLaw, region: .asia),
        .init(code: "TWN", weight: 1, name: "Taiwan", chineseName: "台湾", cities: ["Taipei", "Kaohsiung"], legalSystem: .civilLaw, region: .asia),
        .init(code: "SGP", weight: 1, name: "Singapore", chineseName: "新加坡", cities: ["Singapore"], legalSystem: .commonLaw, region: .asia),
        .init(code: "JPN", weight: 1, name: "Japan", chineseName: "日本", cities: ["Tokyo", "Osaka"], legalSystem: .civilLaw, region: .asia),
        .init(code: "KOR", weight: 1, name: "the Republic of Korea", chineseName: "韩国", cities: ["Seoul", "Busan"], legalSystem: .civilLaw, region: .asia),
        .init(code: "NPL", weight: 1, name: "Nepal", chineseName: "尼泊尔", cities: ["Kathmandu", "Pokhara"], legalSystem: .mixed, region: .asia),
        .init(code: "BGD", weight: 1, name: "Bangladesh", chineseName: "孟加拉国", cities: ["Dhaka", "Chittagong"], legalSystem: .commonLaw, region: .asia),
        .init(code: "PAK", weight: 1, name: "Pakistan", chineseName: "巴基斯坦", cities: ["Lahore", "Karachi"], legalSystem: .commonLaw, region: .asia),
        .init(code: "AUS", weight: 2, name: "Australia", chineseName: "澳大利亚", cities: ["Sydney", "Melbourne", "Perth"], legalSystem: .commonLaw, region: .americasOceania),
        .init(code: "NZL", weight: 1, name: "New Zealand", chineseName: "新西兰", cities: ["Auckland", "Wellington"], legalSystem: .commonLaw, region: .americasOceania),
        .init(code: "CAN", weight: 2, name: "Canada", chineseName: "加拿大", cities: ["Toronto", "Vancouver", "Montreal"], legalSystem: .commonLaw, region: .americasOceania),
        .init(code: "GTM", weight: 2, name: "Guatemala", chineseName: "危地马拉", cities: ["Guatemala City", "Quetzaltenango"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "HND", weight: 1, name: "Honduras", chineseName: "洪都拉斯", cities: ["Tegucigalpa", "San Pedro Sula"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "SLV", weight: 1, name: "El Salvador", chineseName: "萨尔瓦多", cities: ["San Salvador"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "PER", weight: 2, name: "Peru", chineseName: "秘鲁", cities: ["Lima", "Cusco", "Madre de Dios"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "CHL", weight: 1, name: "Chile", chineseName: "智利", cities: ["Santiago", "Valparaíso"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "ECU", weight: 1, name: "Ecuador", chineseName: "厄瓜多尔", cities: ["Quito", "Guayaquil"], legalSystem: .civilLaw, region: .americasOceania),
        .init(code: "DOM", weight: 1, name: "the Dominican Republic", chineseName: "多米尼加", cities: ["Santo Domingo", "Santiago de los Caballeros"], legalSystem: .civilLaw, region: .americasOceania),
    ]

    static let weighted = Weighted(all.map { ($0, $0.weight) })
    static let byCode: [String: JurisdictionProfile] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
}
