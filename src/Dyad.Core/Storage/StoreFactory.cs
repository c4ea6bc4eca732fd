namespace Dyad.Storage;

/// <summary>Opens the store a --db argument (or DYAD_DB) names: a file path for SQLite, a postgres:// URL or Host=... for PostgreSQL.</summary>
public static class StoreFactory
{
    /// <summary>The SQLite file used when neither --db nor DYAD_DB names a store.</summary>
    public const string DefaultPath = "dyad.db";

    /// <summary>
    /// Opens the store <paramref name="db"/> names (else DYAD_DB's, else <see cref="DefaultPath"/>), migrated to this
    /// build's schema: a SQLite file is made if missing; several processes may open one store at once.
    /// </summary>
    /// <exception cref="StoreException">
    /// The PostgreSQL URL or connection string cannot be read, or the store has a newer schema than this build.
    /// </exception>
    public static IDyadStore Open(string? db)
    {
        db = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable("DYAD_DB") : db;
        if (string.IsNullOrWhiteSpace(db)) db = DefaultPath;
        return IsPostgres(db) ? PostgresStore.Open(db) : SqliteStore.Open(db);
    }

    /// <summary>Whether <paramref name="db"/> names a PostgreSQL store (a postgres:// URL or a connection string with Host=) rather than a file.</summary>
    public static bool IsPostgres(string db) => PostgresUrl.IsUrl(db) || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
