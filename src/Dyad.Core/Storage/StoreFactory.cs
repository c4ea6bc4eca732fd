namespace Dyad.Storage;

/// <summary>Opens the store a --db argument (or DYAD_DB) names: a file path for SQLite, a postgres:// URL or Host=... for PostgreSQL.</summary>
public static class StoreFactory
{
    public const string DefaultPath = "dyad.db";

    public static IDyadStore Open(string? db)
    {
        db = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable("DYAD_DB") : db;
        if (string.IsNullOrWhiteSpace(db)) db = DefaultPath;
        return IsPostgres(db) ? PostgresStore.Open(db) : SqliteStore.Open(db);
    }

    public static bool IsPostgres(string db) => PostgresUrl.IsUrl(db) || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
