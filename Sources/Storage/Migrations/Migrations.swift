import FluentKit

/// Every migration, in the order it runs. One list serves SQLite and PostgreSQL.
public enum LibertasMigrations {
    public static let all: [any Migration] = [
        M001_CreateOrganisations(),
        M002_CreateUsers(),
        M003_CreateSessionsAndTokens(),
        M004_CreateAuditEntries(),
        M005_CreateSettings(),
        M006_CreateCaseRegistry(),
        M007_CreateDuplicateFlags(),
        M008_AddCaseListIndexes(),
        M009_IndexesForLargeRegisters(),
        M010_CreateReferrals(),
        M011_CreateServiceDirectory(),
        M012_CreateNotifications(),
        M013_CreateApprovalsAndTasks(),
        M014_CreateCaseTransfers(),
        M015_CreateStatistics(),
        M016_CreateJusticeFacts(),
        M017_CreateCaseFacets(),
        M018_AddLinkageEvidenceToDuplicateFlags(),
        M019_CreateKnowledgeBase(),
        M020_CreatePanicAlerts(),
        M021_ReindexKnowledgeSearch(),
        M022_CreatePublicReports(),
        M023_AddOperatorConsole(),
        M024_CreateHelpContacts(),
        M025_AddOperatorReferrals(),
        M026_CompressKnowledgeTextWithLZ4(),
        M027_CreateDeferredIndexes(),
    ]
}
