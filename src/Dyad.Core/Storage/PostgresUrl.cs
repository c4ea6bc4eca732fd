using Npgsql;

namespace Dyad.Storage;

/// <summary>
/// Turns what --db says into an Npgsql connection string: a postgres:// or postgresql:// URL
/// (postgres://user:password@host:port/db?sslmode=require) or a connection string as it is.
/// A password missing from both is taken from PGPASSWORD.
/// </summary>
internal static class PostgresUrl
{
    public static bool IsUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static string ToConnectionString(string db)
    {
        NpgsqlConnectionStringBuilder b;
        try
        {
            b = IsUrl(db) ? FromUrl(db) : new NpgsqlConnectionStringBuilder(db);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new StoreException(Redact(db), $"not a PostgreSQL URL or connection string: {e.Message}");
        }
        if (string.IsNullOrEmpty(b.Password) && Environment.GetEnvironmentVariable("PGPASSWORD") is { Length: > 0 } password) b.Password = password;
        return b.ConnectionString;
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var uri = new Uri(url);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.DnsSafeHost.Length == 0 ? "localhost" : uri.DnsSafeHost };
        if (uri.Port > 0) b.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            b.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) b.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            b[key switch
            {
                "sslmode" => "SSL Mode",
                "application_name" => "Application Name",
                "connect_timeout" => "Timeout",
                "options" => "Options",
                _ => key,
            }] = value;
        }
        return b;
    }

    /// <summary>The URL or connection string with its password hidden, for messages.</summary>
    public static string Redact(string db)
    {
        if (IsUrl(db))
        {
            var at = db.IndexOf('@', StringComparison.Ordinal);
            var scheme = db.IndexOf("://", StringComparison.Ordinal) + 3;
            var colon = db.IndexOf(':', scheme);
            return at > 0 && colon > 0 && colon < at ? db[..(colon + 1)] + "***" + db[at..] : db;
        }
        return System.Text.RegularExpressions.Regex.Replace(db, @"(?i)(password|pwd)\s*=[^;]*", "$1=***");
    }
}
