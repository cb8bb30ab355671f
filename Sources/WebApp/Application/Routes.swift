import Vapor

/// Every route of the application, in one place.
func registerRoutes(_ app: Application) throws {
    HealthController.register(on: app)
    StaticAssetsController.register(on: app)

    // Pages. Every form post carries a CSRF token.
    let pages = app.grouped(CSRFMiddleware())
    SignInController.register(public: pages)
    LanguageController.register(on: pages)
    PublicReportPagesController.register(on: pages)
    ReportMapController.register(on: pages)
    PanicPagesController.register(on: pages)
    let signedIn = pages.grouped(RequireSignIn(), UnreadNotificationsMiddleware())
    DashboardController.register(on: signedIn)
    AccountController.register(on: signedIn)
    OrganisationPagesController.register(on: signedIn)
    UserPagesController.register(on: signedIn)
    TokenPagesController.register(on: signedIn)
    AuditPagesController.register(on: signedIn)
    CaseDataPagesController.register(on: signedIn)
    CasePagesController.register(on: signedIn)
    CaseRecordPagesController.register(on: signedIn)
    DuplicatePagesController.register(on: signedIn)
    ReferralPagesController.register(on: signedIn)
    BulkCasePagesController.register(on: signedIn)
    TransferPagesController.register(on: signedIn)
    ReferralFiguresPage.register(on: signedIn)
    StatisticsPagesController.register(on: signedIn)
    EstimatesPagesController.register(on: signedIn)
    WorkflowPagesController.register(on: signedIn)
    InboxPagesController.register(on: signedIn)
    WebhookPagesController.register(on: signedIn)
    ServiceDirectoryPagesController.register(on: signedIn)
    OperatorPagesController.register(on: signedIn)
    KnowledgePagesController.register(public: pages, signedIn: signedIn)

    // JSON API, documented as it is registered.
    let api = APIRegistry(root: app.grouped("api", "v1"), authenticated: TokenAuthenticator())
    MeAPI.register(on: api)
    OrganisationsAPI.register(on: api)
    UsersAPI.register(on: api)
    TokensAPI.register(on: api)
    AuditAPI.register(on: api)
    CasesAPI.register(on: api)
    CaseRecordsAPI.register(on: api)
    CaseDataAPI.register(on: api)
    DuplicateFlagsAPI.register(on: api)
    ReferralsAPI.register(on: api)
    TransfersAPI.register(on: api)
    ReferralFiguresAPI.register(on: api)
    StatisticsAPI.register(on: api)
    EstimatesAPI.register(on: api)
    WorkflowAPI.register(on: api)
    InboxAPI.register(on: api)
    WebhooksAPI.register(on: api)
    ServiceDirectoryAPI.register(on: api)
    KnowledgeAPI.register(on: api)
    PublicReportingAPI.register(on: api)
    PublicReportsAPI.register(on: api)
    OperatorAPI.register(on: api)
    let document = api.document()
    app.storage[OpenAPIDocumentKey.self] = document
    app.get("api", "v1", "openapi.json") { _ in document.response() }
}

private struct OpenAPIDocumentKey: StorageKey {
    typealias Value = OpenAPIDocument
}

extension Application {
    /// The OpenAPI document of this application's API, as served.
    var apiDocument: OpenAPIDocument? { storage[OpenAPIDocumentKey.self] }
}
