import Foundation

extension PopulationTable {
    /// UN DESA World Population Prospects 2024 (Medium variant), 237 countries and areas,
    /// 1990–2050 in five-year steps, shipped with the library (CC BY 3.0 IGO; see
    /// `PopulationMethod.wpp2024Source`).
    ///
    /// The file is parsed the first time this is called and kept for the life of the process;
    /// later calls return the same table.
    public static func wpp2024() throws -> PopulationTable {
        try wpp2024Cache.get()
    }

    // A `static let` is initialised once, lazily and thread-safely, which is exactly the loading
    // rule the shipped table needs; the Result keeps a failure from being retried on every call.
    private static let wpp2024Cache: Result<PopulationTable, PopulationError> = {
        guard let url = Bundle.module.url(forResource: "wpp2024_population", withExtension: "csv", subdirectory: "Resources") else {
            return .failure(.unreadable("wpp2024_population.csv is missing from the Reporting bundle"))
        }
        do {
            return .success(try PopulationTable(contentsOf: url))
        } catch let error as PopulationError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(String(describing: error)))
        }
    }()
}
