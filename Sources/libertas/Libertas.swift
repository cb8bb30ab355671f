import ArgumentParser

@main
struct Libertas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libertas",
        abstract: "Libertas: a national anti-trafficking information system.",
        discussion: """
        Settings come from flags first, then environment variables, then defaults.
        With no settings at all, Libertas keeps everything in ./libertas-data, using
        an embedded SQLite database; set DATABASE_URL=postgres://… to use PostgreSQL.
        See README.md for every setting.
        """,
        version: "0.1.0",
        subcommands: [Serve.self, Migrate.self, CreateAdmin.self, Seed.self, Import.self, Export.self, Report.self, Estimate.self, Link.self, Duplicates.self, Audit.self]
    )
}
