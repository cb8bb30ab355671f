/// Countries within each CTDC region, weighted by how often they appear as
/// countries of origin, exploitation or transit in UNODC's Global Reports on
/// Trafficking in Persons. CTDC publishes regions only, so the split within a
/// region is the generator's own plausible choice, not a published figure.
enum RegionalCountries {
    static func origins(_ region: CTDCShares.Region) -> Weighted<String> {
        switch region {
        case .africa: Weighted([("NGA", 25), ("GHA", 8), ("ETH", 8), ("KEN", 8), ("UGA", 8), ("ERI", 5), ("SEN", 4), ("CIV", 5),
                                ("SLE", 4), ("GIN", 4), ("MLI", 4), ("CMR", 5), ("SDN", 4), ("SOM", 3), ("BFA", 3), ("NER", 3)])
        case .asia: Weighted([("PHL", 20), ("IDN", 12), ("VNM", 10), ("KHM", 8), ("MMR", 6), ("NPL", 6), ("BGD", 8), ("IND", 8),
                              ("CHN", 6), ("THA", 5), ("UZB", 4), ("KGZ", 3), ("LAO", 4), ("PAK", 3)])
        case .europe: Weighted([("UKR", 25), ("ROU", 15), ("BGR", 10), ("MDA", 10), ("ALB", 8), ("RUS", 5), ("BLR", 5), ("POL", 5),
                                ("HUN", 4), ("SVK", 3), ("SRB", 4), ("GBR", 3)])
        case .americasOceania: Weighted([("MEX", 20), ("HND", 12), ("GTM", 12), ("SLV", 8), ("COL", 10), ("VEN", 10), ("BRA", 8),
                                         ("HTI", 6), ("USA", 8), ("DOM", 4), ("PNG", 2)])
        }
    }

    static func destinations(_ region: CTDCShares.Region) -> Weighted<String> {
        switch region {
        case .africa: Weighted([("NGA", 15), ("LBY", 10), ("GHA", 8), ("KEN", 8), ("ZAF", 10), ("EGY", 6), ("UGA", 6), ("MLI", 5),
                                ("CIV", 6), ("SEN", 4)])
        case .asia: Weighted([("THA", 12), ("MYS", 12), ("SAU", 10), ("ARE", 10), ("QAT", 5), ("KWT", 5), ("JPN", 4), ("CHN", 6),
                              ("IND", 6), ("PHL", 5), ("KHM", 6), ("IDN", 5), ("LBN", 4), ("JOR", 3), ("TUR", 5)])
        case .europe: Weighted([("ITA", 14), ("DEU", 14), ("GBR", 12), ("NLD", 8), ("FRA", 8), ("ESP", 8), ("POL", 6), ("UKR", 6),
                                ("ROU", 5), ("BEL", 5), ("GRC", 5), ("AUT", 4)])
        case .americasOceania: Weighted([("USA", 40), ("MEX", 15), ("ARG", 8), ("BRA", 10), ("CAN", 10), ("COL", 8), ("AUS", 5)])
        }
    }

    /// Countries that routes often pass through.
    static let transit = Weighted([("NER", 10), ("LBY", 10), ("TUR", 10), ("SRB", 6), ("HUN", 5), ("MEX", 8), ("GTM", 6), ("THA", 8),
                                   ("MYS", 6), ("ARE", 6), ("EGY", 5), ("SDN", 5), ("MAR", 6), ("PAN", 4)])

    /// The international calling code of the origin countries, for phone numbers.
    static let callingCodes: [String: String] = [
        "NGA": "234", "GHA": "233", "ETH": "251", "KEN": "254", "UGA": "256", "ERI": "291", "SEN": "221", "CIV": "225",
        "SLE": "232", "GIN": "224", "MLI": "223", "CMR": "237", "SDN": "249", "SOM": "252", "BFA": "226", "NER": "227",
        "PHL": "63", "IDN": "62", "VNM": "84", "KHM": "855", "MMR": "95", "NPL": "977", "BGD": "880", "IND": "91", "CHN": "86",
        "THA": "66", "UZB": "998", "KGZ": "996", "LAO": "856", "PAK": "92", "UKR": "380", "ROU": "40", "BGR": "359", "MDA": "373",
        "ALB": "355", "RUS": "7", "BLR": "375", "POL": "48", "HUN": "36", "SVK": "421", "SRB": "381", "GBR": "44", "MEX": "52",
        "HND": "504", "GTM": "502", "SLV": "503", "COL": "57", "VEN": "58", "BRA": "55", "HTI": "509", "USA": "1", "DOM": "1",
        "PNG": "675",
    ]
}
