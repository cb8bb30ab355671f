/// How the victim was recruited (`vic_MethodOfRecruitment`).
public enum RecruitmentMethod: String, CodeList {
    case atAPlaceOfBusiness = "AtAPlaceOfBusiness"
    case atAnEducationalInstitution = "AtAnEducationalInstitution"
    case atWork = "AtWork"
    case throughOnlineSocialNetworks = "ThroughOnlineSocialNetworks"
    case throughAnOnlineAdvertisement = "ThroughAnOnlineAdvertisement"
    case throughATelevisionAdvert = "ThroughATelevisionAdvert"
    case throughANewspaperAdvert = "ThroughANewspaperAdvert"
    case throughFamilyOrFamilyEvents = "ThroughFamilyOrFamilyEvents"
    case throughFriendsOrSocialEvents = "ThroughFriendsOrSocialEvents"
    case other = "Other"

    public static let field = "vic_MethodOfRecruitment"
    public static let labelPrefix = "recruitment"
}
