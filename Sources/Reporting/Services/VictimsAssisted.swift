import CaseModel

/// The victims assisted in one year, by type of service and by any service.
public struct VictimsAssistedYear: Hashable, Sendable {
    public var year: Int
    /// Every service type in code-list order, zeros included. A victim given several types counts
    /// under each, so the types do not add up to ``anyService``.
    public var byType: [ServiceTypeCount]
    /// Distinct victims given at least one service.
    public var anyService: ReportedValue

    public init(year: Int, byType: [ServiceTypeCount], anyService: ReportedValue) {
        self.year = year
        self.byType = byType
        self.anyService = anyService
    }

    /// The count of one type.
    public subscript(type: ServiceType) -> ReportedValue? {
        byType.first { $0.serviceType == type }?.victims
    }
}

/// Distinct victims given one type of service.
public struct ServiceTypeCount: Hashable, Sendable {
    public var serviceType: ServiceType
    public var victims: ReportedValue

    public init(serviceType: ServiceType, victims: ReportedValue) {
        self.serviceType = serviceType
        self.victims = victims
    }
}
