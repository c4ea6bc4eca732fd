using System.CommandLine;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>Options every command takes: the store and the pack.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "The store: a SQLite file (default ./dyad.db, or DYAD_DB), or a PostgreSQL URL postgres://user@host:port/db",
        Recursive = true,
    };

    public Option<string?> Pack { get; } = new("--pack")
    {
        Description = "The pack folder (default: packs/syria shipped with Dyad)",
        Recursive = true,
    };

    public IDyadStore OpenStore(ParseResult parse) => StoreFactory.Open(parse.GetValue(Db));

    /// <summary>
    /// The store a read command queries, which must exist: a SQLite path with no file is an error, not a new empty
    /// store (issue 19: `events --db` on a mistyped path made one and printed no events).
    /// </summary>
    public IDyadStore OpenExistingStore(ParseResult parse)
    {
        var db = parse.GetValue(Db);
        db = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable("DYAD_DB") : db;
        if (string.IsNullOrWhiteSpace(db)) db = StoreFactory.DefaultPath;
        if (!StoreFactory.IsPostgres(db) && !File.Exists(db))
            throw new StoreException(db, "no store here (make one with `dyad ingest`)");
        return StoreFactory.Open(db);
    }

    public Pack LoadPack(ParseResult parse) => PackLoader.Load(parse.GetValue(Pack) ?? PackLoader.DefaultDirectory);

    public CodingPipeline Pipeline(ParseResult parse) => CodingPipeline.Create(LoadPack(parse));

    /// <summary>Reads an actor given by id or name through the pack; an unknown name is an <see cref="UnknownActorException"/> (exit code 2).</summary>
    public static string Actor(ActorNames names, string text) =>
        names.Resolve(text) is { Found: true } found ? found.Id! : throw new UnknownActorException(names.Resolve(text).Error!);

    /// <summary>Runs a command body; a bad pack, store or argument is a one-line error and exit code 2, never a stack trace.</summary>
    public static int Guard(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is PackException or StoreException or ArgumentException or IOException or UnauthorizedAccessException or UnknownActorException
                                       or System.Data.Common.DbException)
        {
            error.WriteLine($"dyad: {e.Message}");
            return 2;
        }
    }
}

/// <summary>An actor name the pack does not know: a one-line error and exit code 2.</summary>
public sealed class UnknownActorException(string message) : Exception(message);
