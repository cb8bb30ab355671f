import CaseModel

/// A phrase in English and in Simplified Chinese, so the two texts of a
/// bilingual record tell the same story.
struct Phrase: Sendable {
    let english: String
    let chinese: String

    init(_ english: String, _ chinese: String) {
        self.english = english
        self.chinese = chinese
    }
}

/// Where victims were exploited: the words decisions use for it and the HTCDS
/// form of exploitation it counts as.
struct Sector: Sendable {
    /// The sector as a noun phrase ("the fishing industry").
    let name: Phrase
    /// Where the work happened ("on fishing vessels far from shore").
    let place: Phrase
    /// What victims were made to do ("to work eighteen-hour shifts hauling nets").
    let work: Phrase
    let exploitation: ExploitationType
    /// Whether the sector is one where children are often found, so child victims are likelier.
    let involvesChildren: Bool
}

/// The vocabulary decisions about trafficking draw on: sectors, recruitment,
/// means of control, how cases came to light, evidence. Chosen by hand from
/// the themes of UNODC's case digests; the wording is the generator's own.
enum KnowledgePhrases {
    static let sectors = Weighted<Sector>([
        (Sector(name: Phrase("agriculture", "农业"), place: Phrase("on farms harvesting tomatoes, strawberries and citrus fruit", "在番茄、草莓和柑橘种植园"),
                work: Phrase("to pick fruit from dawn to dusk for a few coins a day", "从早到晚采摘水果，每天只得到几枚硬币"), exploitation: .forcedLabour, involvesChildren: true), 12),
        (Sector(name: Phrase("the fishing industry", "渔业"), place: Phrase("on fishing vessels that stayed at sea for months", "在数月不靠岸的远洋渔船上"),
                work: Phrase("to haul nets in shifts of up to twenty hours", "每班拖网长达二十小时"), exploitation: .forcedLabour, involvesChildren: false), 6),
        (Sector(name: Phrase("construction", "建筑业"), place: Phrase("on construction sites", "在建筑工地"),
                work: Phrase("to carry bricks and mix cement without pay or protective equipment", "无偿且无防护装备地搬砖和搅拌水泥"), exploitation: .forcedLabour, involvesChildren: false), 8),
        (Sector(name: Phrase("domestic work", "家政服务"), place: Phrase("in private households", "在私人家庭中"),
                work: Phrase("to clean, cook and look after children at any hour, without a day off", "随时打扫、做饭和照看孩子，没有休息日"), exploitation: .servitude, involvesChildren: true), 9),
        (Sector(name: Phrase("garment manufacturing", "服装制造业"), place: Phrase("in an unregistered garment workshop", "在一家未登记的服装加工厂"),
                work: Phrase("to sew clothes for export behind locked doors", "在上锁的门后为出口缝制衣服"), exploitation: .forcedLabour, involvesChildren: true), 6),
        (Sector(name: Phrase("brick kilns", "砖窑"), place: Phrase("at brick kilns outside the city", "在城外的砖窑"),
                work: Phrase("to mould and fire bricks to repay an inherited debt", "制坯烧砖以偿还世代相传的债务"), exploitation: .forcedLabour, involvesChildren: true), 4),
        (Sector(name: Phrase("mining", "采矿业"), place: Phrase("in artisanal gold mines", "在小型金矿"),
                work: Phrase("to dig and wash ore in flooded pits", "在积水的矿坑中挖掘和淘洗矿石"), exploitation: .forcedLabour, involvesChildren: true), 4),
        (Sector(name: Phrase("hospitality", "餐饮住宿业"), place: Phrase("in restaurants and hotels", "在餐馆和酒店"),
                work: Phrase("to wash dishes and clean rooms for fourteen hours a day", "每天洗碗、打扫房间十四个小时"), exploitation: .forcedLabour, involvesChildren: false), 6),
        (Sector(name: Phrase("bars and nightclubs", "酒吧和夜总会"), place: Phrase("in bars and nightclubs", "在酒吧和夜总会"),
                work: Phrase("to entertain clients and provide sexual services", "陪酒并提供性服务"), exploitation: .sexualExploitation, involvesChildren: false), 14),
        (Sector(name: Phrase("massage parlours", "按摩店"), place: Phrase("in massage parlours", "在按摩店"),
                work: Phrase("to provide sexual services to up to fifteen clients a day", "每天向多达十五名客人提供性服务"), exploitation: .sexualExploitation, involvesChildren: false), 8),
        (Sector(name: Phrase("street prostitution", "街头卖淫"), place: Phrase("on the streets near the ring road", "在环城路附近的街头"),
                work: Phrase("to solicit clients every night and hand over all earnings", "每晚招揽客人并上交全部收入"), exploitation: .sexualExploitation, involvesChildren: true), 8),
        (Sector(name: Phrase("online sexual exploitation", "网络性剥削"), place: Phrase("in rented rooms equipped with webcams", "在装有摄像头的出租屋内"),
                work: Phrase("to perform sexual acts streamed live to paying customers abroad", "为境外付费观众进行色情直播"), exploitation: .sexualExploitation, involvesChildren: true), 5),
        (Sector(name: Phrase("forced begging", "强迫乞讨"), place: Phrase("at busy intersections and markets", "在繁忙的路口和市场"),
                work: Phrase("to beg and hand over a daily quota", "乞讨并每天上交定额"), exploitation: .forcedBegging, involvesChildren: true), 4),
        (Sector(name: Phrase("forced marriage", "强迫婚姻"), place: Phrase("in the husbands' villages", "在男方的村庄"),
                work: Phrase("to marry men who had paid for them and to work in their households", "嫁给付钱的男子并在其家中劳作"), exploitation: .forcedMarriage, involvesChildren: true), 4),
        (Sector(name: Phrase("online fraud compounds", "电信诈骗园区"), place: Phrase("in guarded compounds running online scams", "在有人看守的电信诈骗园区"),
                work: Phrase("to defraud strangers through fake investment and romance schemes", "通过虚假投资和网恋骗局诈骗他人"), exploitation: .other, involvesChildren: false), 5),
        (Sector(name: Phrase("car washes", "洗车业"), place: Phrase("at hand car washes", "在人工洗车店"),
                work: Phrase("to wash cars seven days a week and sleep on site", "每周七天洗车并睡在店内"), exploitation: .forcedLabour, involvesChildren: false), 3),
        (Sector(name: Phrase("cannabis cultivation", "大麻种植"), place: Phrase("in houses converted into cannabis farms", "在改建为大麻种植场的房屋内"),
                work: Phrase("to tend plants without leaving the house", "照料植物且不得离开房屋"), exploitation: .other, involvesChildren: true), 3),
        (Sector(name: Phrase("organ removal", "摘取器官"), place: Phrase("in a private clinic", "在一家私人诊所"),
                work: Phrase("to undergo the removal of a kidney for a promised payment that never came", "摘除一个肾脏，许诺的报酬却从未兑现"), exploitation: .organRemoval, involvesChildren: false), 1),
    ])

    static let recruitment: [Phrase] = [
        Phrase("a job advertisement on social media promising well-paid work abroad", "在社交媒体上发布的高薪出国务工广告"),
        Phrase("a relative who vouched for the employer", "为雇主担保的亲属"),
        Phrase("a licensed recruitment agency that charged placement fees of several months' wages", "收取数月工资作为中介费的持证招聘机构"),
        Phrase("a romantic relationship begun online with a promise of marriage", "在网上建立的恋爱关系，被告人承诺结婚"),
        Phrase("a fake modelling agency", "虚假的模特经纪公司"),
        Phrase("a marriage broker who paid the families a sum of money", "向其家庭支付一笔钱的婚姻中介"),
        Phrase("an offer of a scholarship and free travel", "提供奖学金和免费机票的承诺"),
        Phrase("a neighbour who had herself worked for the network", "曾为该团伙工作过的邻居"),
        Phrase("a dating application", "交友软件"),
        Phrase("messages in a group chat offering jobs in call centres", "群聊中招聘客服人员的信息"),
        Phrase("a labour broker who visited the villages before the harvest", "收获季节前走村串户的劳务中介"),
        Phrase("an advertisement in a local newspaper for waitresses", "地方报纸上招聘女服务员的广告"),
    ]

    static let control: [Phrase] = [
        Phrase("a debt for travel, food and lodging that grew every month and could never be repaid", "交通、食宿债务逐月增加、永远无法还清，构成债务奴役"),
        Phrase("confiscation of passports and identity documents", "扣押护照和身份证件"),
        Phrase("threats against family members at home", "威胁其在家乡的家人"),
        Phrase("beatings and sexual violence", "殴打和性暴力"),
        Phrase("confinement in a house whose doors were locked at night", "夜间将其锁在房屋内"),
        Phrase("withholding of all wages", "克扣全部工资"),
        Phrase("a ritual oath sworn before departure", "出发前被迫立下的宗教仪式誓言"),
        Phrase("the supply of drugs to create dependency", "提供毒品使其成瘾"),
        Phrase("constant surveillance by cameras and guards", "摄像头和看守的不间断监视"),
        Phrase("threats to report them to the immigration authorities", "威胁向移民当局举报"),
        Phrase("fines for talking, resting or falling ill", "因说话、休息或生病而被罚款"),
        Phrase("isolation from anyone who spoke their language", "使其与讲同一语言的人隔绝"),
    ]

    static let discovery: [Phrase] = [
        Phrase("a routine labour inspection of the premises", "劳动监察部门的例行检查"),
        Phrase("a call from a victim who escaped and reached a hotline", "一名被害人逃出后拨打热线求助"),
        Phrase("a police raid prompted by complaints from neighbours", "邻居投诉后警方的突击检查"),
        Phrase("an outreach team of a non-governmental organisation", "非政府组织外展人员的发现"),
        Phrase("border officials who noticed travellers with identical invitation letters", "边检人员发现多名旅客持有相同的邀请函"),
        Phrase("a referral through the national referral mechanism", "通过国家转介机制的转介"),
        Phrase("a hospital that treated one of the victims", "一家医院在救治被害人时发现"),
        Phrase("a financial intelligence report on unusual transfers", "金融情报部门关于异常转账的报告"),
        Phrase("a joint investigation team with the country of origin", "与来源国组成的联合调查组"),
    ]

    static let evidence: [Phrase] = [
        Phrase("the testimony of the victims, heard by video link with protective measures", "被害人在保护措施下通过视频作证"),
        Phrase("telephone intercepts authorised by the investigating judge", "经侦查法官批准的电话监听"),
        Phrase("bank transfers and money remittance records", "银行转账和汇款记录"),
        Phrase("a financial investigation tracing the proceeds", "追查犯罪所得的财务调查"),
        Phrase("messages recovered from the defendants' phones", "从被告人手机中恢复的聊天记录"),
        Phrase("the report of the labour inspectorate", "劳动监察报告"),
        Phrase("an undercover operation", "卧底侦查"),
        Phrase("the evidence of a psychologist on the effects of trauma", "心理学专家关于创伤影响的鉴定意见"),
        Phrase("CCTV footage of the premises", "场所的监控录像"),
        Phrase("advertisements published online", "网上发布的广告"),
        Phrase("the testimony of a labour inspector", "劳动监察员的证言"),
        Phrase("ledgers seized at the premises recording each victim's debt", "在现场查获的记录每名被害人债务的账本"),
        Phrase("travel records and passenger lists", "出行记录和乘客名单"),
    ]

    /// Opening words of the court's reasoning, so paragraphs do not all start alike.
    static let connectives = [
        "The court notes that", "It is established that", "The evidence shows that", "The chamber is satisfied that",
        "It is not disputed that", "The record reflects that", "As the prosecution rightly submitted,", "Contrary to the defence's submission,",
        "On the evidence before it, the court finds that", "Having heard the witnesses, the court accepts that",
    ]

    /// Common Chinese family names with their pinyin, for decisions of Chinese courts.
    static let chineseSurnames = [
        Phrase("Wang", "王"), Phrase("Li", "李"), Phrase("Zhang", "张"), Phrase("Liu", "刘"), Phrase("Chen", "陈"), Phrase("Yang", "杨"),
        Phrase("Huang", "黄"), Phrase("Zhao", "赵"), Phrase("Wu", "吴"), Phrase("Zhou", "周"), Phrase("Xu", "徐"), Phrase("Sun", "孙"),
        Phrase("Ma", "马"), Phrase("Zhu", "朱"), Phrase("Hu", "胡"), Phrase("Guo", "郭"), Phrase("He", "何"), Phrase("Lin", "林"),
        Phrase("Luo", "罗"), Phrase("Zheng", "郑"),
    ]
}

extension RandomNumberGenerator {
    /// One element of a non-empty array, uniformly.
    mutating func pick<T>(_ values: [T]) -> T {
        values[Int.random(in: 0..<values.count, using: &self)]
    }

    /// `count` distinct elements (at most all of them), in random order.
    mutating func sample<T>(_ values: [T], count: Int) -> [T] {
        var pool = values
        var result: [T] = []
        for _ in 0..<min(count, pool.count) {
            result.append(pool.remove(at: Int.random(in: 0..<pool.count, using: &self)))
        }
        return result
    }
}
