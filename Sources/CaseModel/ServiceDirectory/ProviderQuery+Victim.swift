extension ProviderQuery {
    /// The search a case worker starts from for a victim ("find a provider"):
    /// the person's profile and the first of their open needs. The worker can
    /// change any of it before searching.
    ///
    /// - The age is the youngest the birth date allows on `today` (a birth
    ///   year alone leaves two ages): the protective reading, the same one the
    ///   referral consent gate makes. Without a birth date the age is unknown,
    ///   which matches any age limit.
    /// - Citizenships, gender, trafficking status and the primary language are
    ///   copied as recorded; unknown ones stay unknown.
    /// - A person with children is assumed to come with them, so only providers
    ///   that take mothers with children are found until the worker says otherwise.
    /// - Parameters:
    ///   - person: the victim's person record.
    ///   - context: the victim's context on the case.
    ///   - needs: the service types of the victim's open services, in the order recorded.
    ///   - today: the day to compute the age on.
    public init(victim person: PersonRecord, context: VictimContext, needs: [ServiceType], today: PartialDate) {
        self.init(
            service: needs.first,
            age: person.birthDate?.ages(on: today).lowerBound,
            gender: person.gender,
            citizenships: Set(person.citizenships.map { $0.uppercased() }),
            status: context.traffickingStatus,
            withChildren: (person.numberOfChildren ?? 0) > 0,
            language: person.primaryLanguage
        )
    }
}
