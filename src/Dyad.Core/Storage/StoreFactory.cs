namespace Dyad.Storage;

/// <summary>Opens the store a --db argument (or DYAD_DB) names: a file path for SQLite, a postgres:// URL or Host=... for PostgreSQL.</summary>
public static class StoreFactory
{
    public const string DefaultPath = "dyad.db";

    public static IDyadStore Open(string? db)
    {
        db = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable("DYAD_DB") : db;
        if (string.IsNullOrWhiteSpace(db)) db = DefaultPath;
        if (IsPostgres(db))
        {
            return PostgresOpener?.Invoke(db)
                ?? throw new StoreException(db, "PostgreSQL support is not available in this build");
        }
        return new SqliteStore(db);
    }

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Set by the PostgreSQL provider when it is linked in.</summary>
    public static Func<string, IDyadStore>? PostgresOpener { get; set; }
}
