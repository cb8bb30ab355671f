@testable import Reporting

/// A hand-made population table small enough to check every figure by hand.
///
/// Country `XXA`, years 2010 and 2015. Age groups not listed are 0.
///
/// | sex    | year | 0–4  | 5–9  | 10–14 | 15–19 | 20–24 | 100+ |
/// |--------|------|------|------|-------|-------|-------|------|
/// | female | 2010 | 1000 | 1000 | 1000  | 500   | 2000  | 0    |
/// | female | 2015 | 1500 | 1000 | 1000  | 1000  | 2500  | 0    |
/// | male   | 2010 | 800  | 0    | 0     | 250   | 0     | 10   |
/// | male   | 2015 | 800  | 0    | 0     | 750   | 0     | 20   |
enum PopulationTinyTable {
    static let csv = """
        # A comment line, as in the shipped file.
        iso3,year,sex,a0,a5,a10,a15,a20,a25,a30,a35,a40,a45,a50,a55,a60,a65,a70,a75,a80,a85,a90,a95,a100
        XXA,2010,female,1000,1000,1000,500,2000,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
        XXA,2010,male,800,0,0,250,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10
        XXA,2015,female,1500,1000,1000,1000,2500,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
        XXA,2015,male,800,0,0,750,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,20

        """

    static func table() throws -> PopulationTable {
        try PopulationTable(csv: csv)
    }
}
