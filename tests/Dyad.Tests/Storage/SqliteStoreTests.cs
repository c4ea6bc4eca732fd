using Dyad.Storage;

namespace Dyad.Tests.Storage;

/// <summary>The store contract on SQLite: a file in a fresh temporary folder per test.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-store-").FullName;

    protected override IDyadStore Open() => StoreFactory.Open(Path.Combine(_dir, "dyad.db"));

    public override void Dispose() => Directory.Delete(_dir, recursive: true);
}
