namespace Dyad.Web;

/// <summary>How the dashboard is served: which store and pack, where it listens, and whether it accepts documents.</summary>
public sealed record WebOptions
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The store: a SQLite file or a PostgreSQL URL, as for the CLI's --db (null: DYAD_DB or ./dyad.db).</summary>
    public string? Db { get; init; }

    /// <summary>The pack folder (null: packs/syria beside the program).</summary>
    public string? PackDirectory { get; init; }

    /// <summary>Semicolon-separated URLs to listen on; port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Accept POST /api/documents (requires <see cref="Token"/>).</summary>
    public bool AllowIngest { get; init; }

    /// <summary>The bearer token ingest requests must carry.</summary>
    public string? Token { get; init; }

    /// <summary>The time one posted document may take to code before it is refused (issue 19); null for none.</summary>
    public TimeSpan? DocumentBudget { get; init; } = Pipeline.CodingBudget.DefaultLimit;

    /// <summary>The largest document body accepted by ingest, in bytes.</summary>
    public long MaxDocumentBytes { get; init; } = 5 * 1024 * 1024;
}
