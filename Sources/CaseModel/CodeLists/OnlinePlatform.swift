/// Websites and apps used to recruit or exploit (`vic_RecruitmentWebsitesAndApps`, `vic_ExploitationWebsitesAndApps`).
public enum OnlinePlatform: String, CodeList {
    case facebook = "Facebook"
    case instagram = "Instagram"
    case whatsApp = "WhatsApp"
    case telegram = "Telegram"
    case facebookMessenger = "FacebookMessenger"
    case viber = "Viber"
    case snapChat = "SnapChat"
    case line = "Line"
    case fourSale = "4Sale"
    case weChat = "WeChat"
    case qq = "QQ"
    case qZone = "QZone"
    case tikTok = "TikTok"
    case twitter = "Twitter"
    case other = "Other"

    public static let field = "vic_RecruitmentWebsitesAndApps"
    public static let labelPrefix = "platform"
}
